"""Decrypt-for-export of a 2-hour archived recording against ``openssl dgst -sha256`` (issue #7).

    python bench/bench_archive_decrypt.py [--seconds 7200] [--rounds 3]

Goal: the archive's decrypt-for-export (``core.archive.decrypt_file`` as
``Archive.decrypt_for_export`` calls it: read the age file, authenticate and decrypt every 64 KiB
chunk, write it under a temporary name, rename) runs at no less than 0.5x the throughput of
``openssl dgst -sha256`` over the same plaintext, measured in the same run. For the export the
plaintext is neither hashed nor fsynced here, because the export hashes its copy against the
seal and syncs it (its own bench covers that). ``archive decrypt`` for a file that stays also
hashes (on the second core) and fsyncs: that figure is printed for information; it depends on
the disk and on whether the second core is free.

Design: the plaintext stands in for a 2-hour mono FLAC (48 kHz, 16 bit; FLAC keeps about 55 % of
the PCM for speech): incompressible random bytes of that size, since FLAC output is close to
random to a cipher. It is encrypted with ``encrypt_stream`` to two recipients, exactly as
``Archive.archive_recording`` does. Both contenders read from the page cache (each file is read
once before timing). Per round the baseline and the decryption run alternately; the median of
the per-round ratios is the result. The decrypted copy is compared with the plaintext once.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from opnamestudio.core.agecrypt import X25519Identity, encrypt_stream  # noqa: E402
from opnamestudio.core.archive import decrypt_file  # noqa: E402

GOAL = 0.5
FLAC_RATIO = 0.55


def _make_plaintext(path: Path, size: int) -> str:
    digest = hashlib.sha256()
    block = 8 * 1024 * 1024
    with open(path, "wb") as fh:
        left = size
        while left:
            data = os.urandom(min(block, left))
            digest.update(data)
            fh.write(data)
            left -= len(data)
    return digest.hexdigest()


def _warm(path: Path) -> None:
    with open(path, "rb", buffering=0) as fh:
        while fh.read(8 * 1024 * 1024):
            pass


def _settle() -> None:
    """Write back what earlier steps left dirty, so the kernel's writeback does not run (and
    take a core) during the next measurement."""
    if hasattr(os, "sync"):
        os.sync()


def _openssl(path: Path) -> float:
    _settle()
    start = time.perf_counter()
    subprocess.run(["openssl", "dgst", "-sha256", str(path)], check=True, capture_output=True)
    return time.perf_counter() - start


def _decrypt(
    cipher: Path, dest: Path, identity: X25519Identity, expected: str | None, *, durable: bool
) -> float:
    dest.unlink(missing_ok=True)
    _settle()
    start = time.perf_counter()
    src = open(cipher, "rb")  # noqa: SIM115 - decrypt_file closes it
    decrypt_file(src, dest, [identity], name="bench", expected_sha256=expected, durable=durable)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=7200.0, help="recording length")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    size = int(args.seconds * 48000 * 2 * FLAC_RATIO)
    identity = X25519Identity.generate()
    recovery = X25519Identity.generate()
    with tempfile.TemporaryDirectory(prefix="bench-archive-") as tmp:
        folder = Path(tmp)
        plain, cipher, dest = (
            folder / "gesprek.flac",
            folder / "gesprek.flac.age",
            folder / "uit.flac",
        )
        print(
            f"plaintext: {size / 1e6:.0f} MB of random bytes (~{args.seconds / 3600:.1f} h of "
            "mono FLAC); no seed: the content does not change the cost"
        )
        expected = _make_plaintext(plain, size)
        with open(plain, "rb") as src, open(cipher, "wb") as dst:
            encrypt_stream(src, dst, [identity.recipient, recovery.recipient])
        _warm(plain)
        _warm(cipher)
        _decrypt(cipher, dest, identity, expected, durable=False)  # warm-up
        ratios = []
        for round_ in range(1, args.rounds + 1):
            base = _openssl(plain)
            ours = _decrypt(cipher, dest, identity, None, durable=False)
            ratio = base / ours  # throughput ratio: ours relative to openssl
            ratios.append(ratio)
            checked = _decrypt(cipher, dest, identity, expected, durable=True)
            print(
                f"round {round_}: openssl dgst -sha256 {size / base / 1e6:5.0f} MB/s   "
                f"decrypt-for-export {size / ours / 1e6:5.0f} MB/s (ratio {ratio:.2f})   "
                f"archive decrypt (+SHA-256, fsync) {size / checked / 1e6:5.0f} MB/s "
                f"(ratio {base / checked:.2f})"
            )
        _decrypt(cipher, dest, identity, None, durable=False)
        with open(dest, "rb") as fh:
            assert hashlib.file_digest(fh, "sha256").hexdigest() == expected
    result = statistics.median(ratios)
    verdict = "PASS" if result >= GOAL else "FAIL"
    print(f"median ratio {result:.2f} (goal >= {GOAL})")
    print(f"Result: {verdict}")
    return 0 if result >= GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
