"""Make tests/data/age/: files encrypted by the real ``age`` tool, kept so every test run (also
without ``age`` installed) checks that our code reads what age writes.

    python tests/data/make_age_vectors.py      (needs age and age-keygen; run once, commit)

Plaintexts are SHAKE-256 of a fixed label, so only their SHA-256 is stored (vectors.json).
"""

from __future__ import annotations

import hashlib
import json
import os
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent / "age"
PASSPHRASE = "opnamestudio testvector"
SIZES = {"empty": 0, "small": 1000, "one-chunk": 65536, "chunk-and-one": 65537, "three": 150_000}


def plaintext(size: int) -> bytes:
    return hashlib.shake_256(b"opnamestudio age vector").digest(size) if size else b""


def age_with_passphrase(args: list[str]) -> None:
    import pty

    pid, fd = pty.fork()
    if pid == 0:
        os.execvp("age", ["age", *args])
    seen, answered, deadline = b"", 0, time.monotonic() + 60
    while time.monotonic() < deadline:
        if not select.select([fd], [], [], 0.5)[0]:
            continue
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        seen += data
        if seen.lower().count(b"passphrase") > answered:
            os.write(fd, PASSPHRASE.encode() + b"\n")
            answered += 1
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"age {args} failed")


def main() -> None:
    HERE.mkdir(exist_ok=True)
    key, other = HERE / "key.txt", HERE / "other-key.txt"
    for path in (key, other):
        path.unlink(missing_ok=True)
        subprocess.run(["age-keygen", "-o", str(path)], check=True, capture_output=True)
    recipient = subprocess.run(
        ["age-keygen", "-y", str(key)], check=True, capture_output=True, text=True
    ).stdout.strip()
    other_recipient = subprocess.run(
        ["age-keygen", "-y", str(other)], check=True, capture_output=True, text=True
    ).stdout.strip()
    vectors = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, size in SIZES.items():
            plain = Path(tmp) / name
            plain.write_bytes(plaintext(size))
            out = HERE / f"x25519-{name}.age"
            subprocess.run(["age", "-r", recipient, "-o", str(out), str(plain)], check=True)
            vectors[out.name] = {
                "size": size,
                "sha256": hashlib.sha256(plaintext(size)).hexdigest(),
            }
        plain = Path(tmp) / "two"
        plain.write_bytes(plaintext(70_000))
        out = HERE / "two-recipients.age"
        subprocess.run(
            ["age", "-r", recipient, "-r", other_recipient, "-o", str(out), str(plain)], check=True
        )
        vectors[out.name] = {
            "size": 70_000,
            "sha256": hashlib.sha256(plaintext(70_000)).hexdigest(),
        }
        out = HERE / "scrypt.age"
        out.unlink(missing_ok=True)
        age_with_passphrase(["-p", "-o", str(out), str(plain)])
        vectors[out.name] = {
            "size": 70_000,
            "sha256": hashlib.sha256(plaintext(70_000)).hexdigest(),
        }
    (HERE / "vectors.json").write_text(
        json.dumps({"passphrase": PASSPHRASE, "files": vectors}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()
