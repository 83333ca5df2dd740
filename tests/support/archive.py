"""Helpers for the archive tests: sealed recordings made by the real engine, keys, a keyring."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone
from pathlib import Path

from keyring.backend import KeyringBackend

from opnamestudio.core.agecrypt import X25519Identity
from opnamestudio.core.archive import Archive
from opnamestudio.core.archivekeys import ArchiveKeys, write_recovery_key
from opnamestudio.core.recording import Recorder, RecordingSettings
from opnamestudio.core.seal import seal_paths_for
from opnamestudio.core.session import Participant, Retention, Session
from opnamestudio.core.synth import BlockSource, speech_like_blocks

#: A low scrypt work factor keeps the passphrase tests fast (the product uses age's 18).
TEST_LOG_N = 10
PASSPHRASE = "correct horse battery staple"


def youth_care_session(client: str | None = None, *, year: int = 2026) -> Session:
    """A prepared conversation of a youth-care organisation: a professional and a client (with
    ``client`` as the client's name, if given), kept 12 months from 3 March of ``year``."""
    return Session(
        organisation="Jeugdzorg Voorbeeld",
        recorder="organisation",
        participants=(Participant("professional", "Anna de Vries"), Participant("client", client)),
        camera="not-at-home",
        purpose="Een goed verslag van het gesprek maken",
        legal_basis="public-task",
        retention=Retention(months=12),
        created=datetime(year, 3, 3, 9, 30, tzinfo=timezone.utc),
    )


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend, as the OS keyring would be on a laptop."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def no_keyring() -> KeyringBackend:
    """The backend keyring falls back to on a machine without one (this headless Linux)."""
    from keyring.backends import fail

    return fail.Keyring()


def record_sealed(folder: Path, name: str, seconds: float = 2.0, seed: int = 0) -> Path:
    """A recording sealed by the real engine (no device: generated speech-like blocks)."""
    folder.mkdir(parents=True, exist_ok=True)
    source = BlockSource(speech_like_blocks(seconds, blocksize=4800, seed=seed))
    recorder = Recorder(RecordingSettings(output=folder / f"{name}.flac"), source=source)
    recorder.start()
    assert source.done.wait(60)
    info = recorder.stop()
    assert info.seal is not None
    return info.path


def copy_recording(audio: Path, folder: Path) -> Path:
    """A copy of the audio and its seal files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    files = seal_paths_for(audio)
    for path in (audio, files.manifest, files.signature):
        shutil.copy2(path, folder / path.name)
    return folder / audio.name


def passphrase_keys(folder: Path) -> ArchiveKeys:
    """Keys protected by a passphrase (no keyring), created, with a recovery key set."""
    keys = ArchiveKeys(
        folder, keyring_backend=no_keyring(), passphrase=PASSPHRASE, scrypt_log_n=TEST_LOG_N
    )
    keys.create()
    return keys


def new_archive(home: Path, recovery_file: Path) -> tuple[Archive, X25519Identity]:
    """An archive under ``home`` with passphrase keys and a recovery key written to a file."""
    keys = passphrase_keys(home / "archive" / "keys")
    recovery_file.parent.mkdir(parents=True, exist_ok=True)
    recovery = write_recovery_key(recovery_file)
    keys.set_recovery_recipient(recovery.recipient)
    return Archive(home / "archive", keys=keys), recovery


def archive_one(archive: Archive, audio: Path) -> str:
    files = seal_paths_for(audio)
    return archive.archive_recording(audio, files.manifest, files.signature).recording_id
