"""Exceptions of the core.

Every error carries what happened (the message) and what the user can do about it (the hint),
in English; the UI maps the class to a Dutch text in one place and the CLI prints one line.
An error raised after audio was captured carries the kept recording, so no caller can lose it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from opnamestudio.core.recording import RecordingInfo

__all__ = [
    "AuditError",
    "CallbackError",
    "DeriveCutsError",
    "DeriveError",
    "DeriveOriginalError",
    "DeviceError",
    "DeviceLostError",
    "DiskFullError",
    "EmptyRecordingError",
    "ExportError",
    "ExportFullError",
    "ExportMediaError",
    "ExportMismatchError",
    "ExportNoSealError",
    "ExportNotWritableError",
    "ExportSourceChangedError",
    "ExportTooLargeError",
    "ImportEmptyError",
    "ImportFailedError",
    "ImportUnreadableError",
    "JournalError",
    "NoAudioDataError",
    "NoInputDeviceError",
    "OpnameError",
    "OutputExistsError",
    "OutputLostError",
    "OutputNotWritableError",
    "RecordingError",
    "RecoveryError",
]


class OpnameError(Exception):
    """Base class: a failure the user should hear about, with a hint on what to do."""

    #: A stable identifier for the kind of failure (used by the UI mapper and --json output).
    code: ClassVar[str] = "error"
    default_hint: ClassVar[str] = ""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = self.default_hint if hint is None else hint
        #: The audio kept up to the failure, when there was any.
        self.recording: RecordingInfo | None = None
        #: When closing the file failed: the journal that keeps the audio until recovery.
        self.in_journal: Path | None = None

    def one_line(self) -> str:
        """The message and the hint on one line, for the CLI and logs."""
        return f"{self.message}. {self.hint}".strip() if self.hint else self.message


class DeviceError(OpnameError):
    """Something is wrong with the input device."""

    code = "device"


class NoInputDeviceError(DeviceError):
    """There is no microphone at all, or the chosen one does not exist."""

    code = "no-input-device"
    default_hint = "Connect a microphone (or check the sound settings) and try again"


class DeviceLostError(DeviceError):
    """The microphone stopped working while recording (unplugged, driver or sound server gone)."""

    code = "device-lost"
    default_hint = (
        "The recording up to this moment is kept. "
        "Reconnect the microphone and start a new recording"
    )


class NoAudioDataError(DeviceError):
    """The device opened but delivers no sound data at all."""

    code = "no-audio-data"
    default_hint = "Choose another microphone, or reconnect this one, and try again"


class RecordingError(OpnameError):
    """Recording could not start or continue for a reason other than the device."""

    code = "recording"


class OutputNotWritableError(RecordingError):
    """The folder for the recording cannot be written to."""

    code = "output-not-writable"
    default_hint = "Choose a folder you may write to, or ask your IT department"


class OutputLostError(RecordingError):
    """The recording's folder went away while recording (a pulled USB stick, a network drive)."""

    code = "output-lost"
    default_hint = (
        "The recording so far is kept in the journal and recovered at the next start. "
        "Reconnect the disk, or record to another folder"
    )


class OutputExistsError(RecordingError):
    """A file with the recording's name is already there; recordings never overwrite."""

    code = "output-exists"
    default_hint = "Choose another name"


class DiskFullError(RecordingError):
    """The disk is (nearly) full."""

    code = "disk-full"
    default_hint = (
        "The recording up to this moment is kept. Free up disk space and start a new recording"
    )


class EmptyRecordingError(RecordingError):
    """Stopped before the microphone delivered any sound: there is nothing to keep."""

    code = "empty-recording"
    default_hint = "Nothing was recorded. Start again and wait until the timer runs"


class CallbackError(RecordingError):
    """The audio callback failed unexpectedly; recording stopped so no gap goes unnoticed."""

    code = "callback-failed"
    default_hint = "The recording up to this moment is kept. Start a new recording"


class JournalError(OpnameError):
    """A recording journal is unreadable."""

    code = "journal"
    default_hint = "Keep the file and contact your IT department"


class RecoveryError(OpnameError):
    """An unfinished recording could not be turned into an audio file."""

    code = "recovery"
    default_hint = "Keep the journal file and contact your IT department"


class AuditError(OpnameError):
    """The audit log cannot be written, or a line in it was changed or removed."""

    code = "audit"
    default_hint = "Keep the audit folder as it is and contact your IT department"


class ExportError(OpnameError):
    """The client's copy could not be made; nothing left behind looks like a complete copy."""

    code = "export"
    default_hint = "Try again, or use another USB stick"


class ExportNoSealError(ExportError):
    """The recording has no seal (or an unreadable one), so there is no copy to hand out yet."""

    code = "export-no-seal"
    default_hint = "Seal the recording first (open it in the archive), then export it again"


class ExportSourceChangedError(ExportError):
    """The recording's audio no longer matches its seal: it must not be handed out as the copy."""

    code = "export-source-changed"
    default_hint = "Do not hand out this file; keep it as it is and contact your IT department"


class ExportNotWritableError(ExportError):
    """The destination does not exist, is read-only or may not be written to."""

    code = "export-not-writable"
    default_hint = (
        "Check that the USB stick is not write-protected (a small switch on its side), "
        "or choose another folder"
    )


class ExportFullError(ExportError):
    """There is not enough free space on the destination."""

    code = "export-full"
    default_hint = "Use a USB stick with more free space, or delete files from this one"


class ExportTooLargeError(ExportError):
    """A file is too large for the destination's file system (FAT32: less than 4 GiB)."""

    code = "export-too-large"
    default_hint = (
        "Use a USB stick formatted as exFAT or NTFS (FAT32 holds no file of 4 GB or more), "
        "or export to a folder on the computer"
    )


class ExportMediaError(ExportError):
    """The stick went away (pulled out) or reported a read or write fault during the copy."""

    code = "export-media-lost"
    default_hint = (
        "Put the USB stick back (or use another one) and export again; "
        "a folder marked 'wordt gekopieerd' on it is incomplete and may be deleted"
    )


class ExportMismatchError(ExportError):
    """What was read back from the stick differs from the original: the stick is unreliable."""

    code = "export-mismatch"
    default_hint = "Use another USB stick and export again"


class ImportUnreadableError(OpnameError):
    """The file the client handed over cannot be read (gone, no permission, not a file)."""

    code = "import-unreadable"
    default_hint = "Check that the file (or the USB stick it is on) is still there and try again"


class ImportEmptyError(ImportUnreadableError):
    """The file the client handed over is empty: there is nothing to take in."""

    code = "import-empty"
    default_hint = "Ask the client for the recording again; this file holds nothing"


class ImportFailedError(OpnameError):
    """Taking the file into the archive failed (disk full, the copy did not read back equal)."""

    code = "import-failed"
    default_hint = "Nothing was kept. Free up disk space (or check the disk) and try again"


class DeriveError(OpnameError):
    """An edited copy with announced cuts could not be made."""

    code = "derive-failed"
    default_hint = "Nothing was kept. Check the disk and try again"


class DeriveOriginalError(DeriveError):
    """The original is not intact under a trusted seal, so no edited copy may name it."""

    code = "derive-not-intact"
    default_hint = (
        "Make the edited copy from the sealed original in the archive, not from another copy"
    )


class DeriveCutsError(DeriveError):
    """The cuts are not usable: outside the recording, overlapping, or everything."""

    code = "derive-cuts"
    default_hint = "Give each part to take out as START-END within the recording, e.g. 1:05-1:12"
