"""Into the archive as soon as a recording is sealed: no plaintext audio stays on the disk.

Once the organisation's archive has its keys (this installation's and the recovery key, made
by the first-run wizard or ``opnamestudio archive init`` and ``recovery-key``):

- the recording's journal is encrypted to those keys while it records (core.journal), so a
  crash leaves only ciphertext behind; recovery opens it with the installation's key;
- the sealed audio file is encrypted into the archive right after sealing, read back, and the
  plaintext removed (Archive.archive_recording). A copy for the client is decrypted from the
  archive into a temporary folder that is deleted when the export is done.

Before the keys exist, recordings stay plaintext files beside their seals (as chosen in the
settings), and ``opnamestudio archive add`` archives them later. Only public keys are needed
here: nothing is unlocked to record or to archive.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from opnamestudio.core.errors import OpnameError

if TYPE_CHECKING:
    from opnamestudio.core.agecrypt import Identity, X25519Recipient
    from opnamestudio.core.archive import Archive, ArchivedRecording
    from opnamestudio.core.archivekeys import ArchiveKeys
    from opnamestudio.core.recording import RecordingInfo
    from opnamestudio.core.session import Session

__all__ = ["Identities", "archive_after_seal", "archive_identities", "archive_recipients"]

log = logging.getLogger(__name__)

#: What opens what was encrypted to the archive: called only when something must be opened.
Identities = Callable[[], Sequence["Identity"]]


def archive_identities(passphrase: str | None = None) -> Identities:
    """The archive's own keys, unlocked when first asked for (keyring, else ``passphrase``)."""

    def unlock() -> Sequence[Identity]:
        from opnamestudio.core.archivekeys import ArchiveKeys, usable_keyring  # noqa: PLC0415

        return ArchiveKeys(keyring_backend=usable_keyring(), passphrase=passphrase).identities()

    return unlock


def archive_recipients(keys: ArchiveKeys | None = None) -> list[X25519Recipient]:
    """Who a new recording (and its journal) is encrypted to; [] while the archive has no keys
    or no recovery key yet. Damaged key files are logged and treated as no keys: a recording
    must never fail to start because of the archive."""
    from opnamestudio.core.archivekeys import ArchiveKeys  # noqa: PLC0415

    keys = keys or ArchiveKeys()
    if not keys.exists():
        return []
    try:
        if keys.recovery_recipient() is None:
            return []
        return keys.recipients()
    except OpnameError as exc:
        log.warning("the archive's keys cannot be used: %s", exc.one_line())
        return []


def archive_after_seal(
    info: RecordingInfo,
    *,
    session_id: str | None = None,
    retention_end: date | None = None,
    archive: Archive | None = None,
    session: Session | None = None,
    identities: Identities | None = None,
) -> ArchivedRecording | None:
    """Encrypt a sealed recording into the archive and remove its plaintext audio.

    Returns None (and does nothing) while the archive has no keys, or when the recording has
    no seal (an empty or failed one). Raises ArchiveError / ArchiveKeyError when archiving
    fails — also when the keys exist but cannot be used (a damaged keys.json, no recovery key
    yet): the user must hear that the recording stays unencrypted. The plaintext file and its
    seal are then left as they were, so nothing is lost. Disk errors come as ArchiveError too,
    never as a bare OSError.
    The session record is checked against the seal: give ``session`` when it is at hand,
    else it is read, and an encrypted one is opened with ``identities`` (default: the OS
    keyring).
    """
    if info.seal is None or info.frames == 0 or not info.path.exists():
        return None
    from opnamestudio.core.archive import Archive, ArchiveError  # noqa: PLC0415
    from opnamestudio.core.archivekeys import ArchiveKeys  # noqa: PLC0415
    from opnamestudio.core.sealfiles import seal_paths_for  # noqa: PLC0415

    if archive is None:
        keys = ArchiveKeys()
        if not keys.exists():
            return None
        keys.recipients()  # ArchiveKeyError / NoRecoveryKeyError: say so, keep the file
    files = seal_paths_for(info.path)
    own = archive is None
    try:
        readers = _session_readers(session_id, session, identities)
        target = archive if archive is not None else Archive(identities=readers)
    except OSError as exc:
        raise ArchiveError(
            f"Cannot open the archive: {exc.strerror or exc} ({exc.filename})",
            hint="The recording is kept as it is, with its seal. Check the disk and try again "
            "(opnamestudio archive add)",
        ) from exc
    try:
        rec = target.archive_recording(
            info.path, files.manifest, files.signature, session_id, retention_end, session=session
        )
    except OSError as exc:  # what the archive's own disk errors did not name
        raise ArchiveError(
            f"Cannot archive {info.path}: {exc.strerror or exc}",
            hint="The recording is kept as it is, with its seal. Check the disk and try again "
            "(opnamestudio archive add)",
        ) from exc
    finally:
        if own:
            target.close()
    log.info("recording %s archived; its plaintext removed", rec.recording_id)
    return rec


def _session_readers(
    session_id: str | None, session: Session | None, identities: Identities | None
) -> list[Identity]:
    """The keys to open the session record with: only when it must be read and is encrypted."""
    if session_id is None or session is not None:
        return []
    from opnamestudio.core.privatefiles import AGE_SUFFIX  # noqa: PLC0415
    from opnamestudio.core.session import stored_session_path  # noqa: PLC0415

    stored = stored_session_path(session_id)
    if stored is None or not stored.name.endswith(AGE_SUFFIX):
        return []
    return list((identities or archive_identities())())
