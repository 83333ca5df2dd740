"""The outside judge for the archive: the real ``age`` tool (Debian's ``age`` package).

An archived recording must decrypt byte for byte with the stock ``age`` — with this
installation's key, and with only the organisation's recovery key — and files that ``age`` makes
must read with our code: readable with standard tools in twenty years.
"""

from __future__ import annotations

import hashlib
import os
import select
import shutil
import signal
import subprocess
import time
import warnings
from pathlib import Path

import pytest

from opnamestudio.core.agecrypt import (
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    decrypt_bytes,
    encrypt_bytes,
)
from opnamestudio.core.archive import Archive
from opnamestudio.core.archivekeys import (
    KEYRING_SERVICE,
    ArchiveKeys,
    identity_file_text,
    read_identity_file,
    write_recovery_key,
)
from tests.support.archive import (
    PASSPHRASE,
    MemoryKeyring,
    archive_one,
    copy_recording,
    new_archive,
    record_sealed,
)

pty = pytest.importorskip("pty", reason="a pseudo-terminal (POSIX) answers age's passphrase prompt")

pytestmark = pytest.mark.skipif(
    shutil.which("age") is None or shutil.which("age-keygen") is None,
    reason="the age tool is not installed (scripts/ensure-system.sh test)",
)


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("original")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OPNAMESTUDIO_HOME", str(folder / "home"))
        return record_sealed(folder, "gesprek", 4.0, seed=7)


def _age(*args: str | Path) -> bytes:
    done = subprocess.run(["age", *map(str, args)], capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def _age_on_a_terminal(args: list[str], passphrase: str, timeout: float = 30.0) -> int:
    """Run ``age`` on a pseudo-terminal and answer each passphrase prompt (it reads /dev/tty)."""
    with warnings.catch_warnings():
        # Python 3.12+ warns about fork() in a threaded process; the child only calls exec.
        warnings.simplefilter("ignore", DeprecationWarning)
        pid, fd = pty.fork()
    if pid == 0:  # the child: becomes age
        os.execvp("age", ["age", *args])
    seen = b""
    answered = 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                data = os.read(fd, 4096)
            except OSError:  # the child closed the terminal: it has finished
                break
            if not data:
                break
            seen += data
            if seen.lower().count(b"passphrase") > answered:
                os.write(fd, passphrase.encode() + b"\n")
                answered += 1
        else:
            os.kill(pid, signal.SIGKILL)
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def test_age_decrypts_an_archived_recording_with_the_installation_key(
    original: Path, opnamestudio_home: Path, tmp_path: Path
) -> None:
    backend = MemoryKeyring()  # a laptop with an OS keyring
    keys = ArchiveKeys(opnamestudio_home / "archive" / "keys", keyring_backend=backend)
    recipient = keys.create()
    keys.set_recovery_recipient(write_recovery_key(tmp_path / "herstel.txt").recipient)
    with Archive(opnamestudio_home / "archive", keys=keys) as archive:
        rid = archive_one(archive, copy_recording(original, tmp_path / "rec"))
        cipher = archive.audio_dir / f"{rid}.flac.age"
    key_file = tmp_path / "installatie.txt"
    secret = backend.secrets[(KEYRING_SERVICE, str(recipient))]
    key_file.write_text(identity_file_text(X25519Identity.from_str(secret)))
    assert _age("-d", "-i", key_file, cipher) == original.read_bytes()


def test_age_decrypts_every_recording_with_only_the_recovery_key(
    original: Path, opnamestudio_home: Path, tmp_path: Path
) -> None:
    recovery_file = tmp_path / "stick" / "herstelsleutel.txt"
    archive, _ = new_archive(opnamestudio_home, recovery_file)
    first = archive_one(archive, copy_recording(original, tmp_path / "a"))
    archive.keys.rotate()
    second = record_sealed(tmp_path / "b", "tweede", 2.0, seed=3)
    second_bytes = second.read_bytes()
    second_id = archive_one(archive, second)
    archive.close()
    for rid, expected in ((first, original.read_bytes()), (second_id, second_bytes)):
        out = _age("-d", "-i", recovery_file, archive.audio_dir / f"{rid}.flac.age")
        assert hashlib.sha256(out).digest() == hashlib.sha256(expected).digest()


def test_age_opens_the_passphrase_protected_installation_key(
    opnamestudio_home: Path, tmp_path: Path
) -> None:
    archive, _ = new_archive(opnamestudio_home, tmp_path / "herstel.txt")
    (entry,) = archive.keys.entries()
    stored = archive.keys.folder / str(entry.file)
    out = tmp_path / "sleutel.txt"
    code = _age_on_a_terminal(["-d", "-o", str(out), str(stored)], PASSPHRASE)
    assert code == 0
    (identity,) = read_identity_file(out)
    assert str(identity.recipient) == entry.recipient
    archive.close()


def test_our_code_reads_what_age_encrypts(tmp_path: Path) -> None:
    subprocess.run(["age-keygen", "-o", str(tmp_path / "key.txt")], check=True, capture_output=True)
    (identity,) = read_identity_file(tmp_path / "key.txt")
    other = X25519Identity.generate()
    for size in (0, 1, 65536, 65537, 200_000):
        plain = os.urandom(size)
        (tmp_path / "plain").write_bytes(plain)
        _age(
            "-r",
            identity.recipient,
            "-r",
            other.recipient,
            "-o",
            tmp_path / "x.age",
            tmp_path / "plain",
        )
        data = (tmp_path / "x.age").read_bytes()
        assert decrypt_bytes(data, [identity]) == plain
        assert decrypt_bytes(data, [other]) == plain


def test_passphrases_work_both_ways_with_age(tmp_path: Path) -> None:
    (tmp_path / "plain").write_bytes(b"hallo wereld\n" * 1000)
    assert (
        _age_on_a_terminal(
            ["-p", "-o", str(tmp_path / "p.age"), str(tmp_path / "plain")], "een lang wachtwoord"
        )
        == 0
    )
    data = (tmp_path / "p.age").read_bytes()
    assert decrypt_bytes(data, [ScryptIdentity("een lang wachtwoord")]) == b"hallo wereld\n" * 1000

    ours = encrypt_bytes(b"van ons\n", [ScryptRecipient("nog een wachtwoord", log_n=12)])
    (tmp_path / "ours.age").write_bytes(ours)
    code = _age_on_a_terminal(
        ["-d", "-o", str(tmp_path / "ours.txt"), str(tmp_path / "ours.age")], "nog een wachtwoord"
    )
    assert code == 0
    assert (tmp_path / "ours.txt").read_bytes() == b"van ons\n"


def test_age_refuses_a_changed_archive_file_like_we_do(
    original: Path, opnamestudio_home: Path, tmp_path: Path
) -> None:
    recovery_file = tmp_path / "herstel.txt"
    archive, _ = new_archive(opnamestudio_home, recovery_file)
    rid = archive_one(archive, copy_recording(original, tmp_path / "rec"))
    cipher = archive.audio_dir / f"{rid}.flac.age"
    data = bytearray(cipher.read_bytes())
    data[len(data) // 2] ^= 0x01
    cipher.write_bytes(bytes(data))
    done = subprocess.run(
        ["age", "-d", "-i", str(recovery_file), str(cipher)], capture_output=True, check=False
    )
    assert done.returncode != 0
    archive.close()
