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
from datetime import date
from typing import TYPE_CHECKING

from opnamestudio.core.errors import OpnameError

if TYPE_CHECKING:
    from opnamestudio.core.agecrypt import X25519Recipient
    from opnamestudio.core.archive import Archive, ArchivedRecording
    from opnamestudio.core.archivekeys import ArchiveKeys
    from opnamestudio.core.recording import RecordingInfo

__all__ = ["archive_after_seal", "archive_recipients"]

log = logging.getLogger(__name__)


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
) -> ArchivedRecording | None:
    """Encrypt a sealed recording into the archive and remove its plaintext audio.

    Returns None (and does nothing) while the archive has no keys, or when the recording has
    no seal (an empty or failed one). Raises ArchiveError / ArchiveKeyError when archiving
    fails; the plaintext file and its seal are then left as they were, so nothing is lost.
    """
    if info.seal is None or info.frames == 0 or not info.path.exists():
        return None
    if archive is None and not archive_recipients():
        return None
    from opnamestudio.core.archive import Archive, ArchiveError  # noqa: PLC0415
    from opnamestudio.core.sealfiles import seal_paths_for  # noqa: PLC0415

    files = seal_paths_for(info.path)
    own = archive is None
    try:
        target = archive if archive is not None else Archive(identities=[])
    except OSError as exc:
        raise ArchiveError(
            f"Cannot open the archive: {exc.strerror or exc} ({exc.filename})",
            hint="The recording is kept as it is, with its seal. Check the disk and try again "
            "(opnamestudio archive add)",
        ) from exc
    try:
        rec = target.archive_recording(
            info.path, files.manifest, files.signature, session_id, retention_end
        )
    finally:
        if own:
            target.close()
    log.info("recording %s archived; its plaintext removed", rec.recording_id)
    return rec
