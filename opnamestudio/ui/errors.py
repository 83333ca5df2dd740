"""The one door for messages to the user, and the one place that maps core errors to them.

Every ``OpnameError`` code has a text here: what happened, whether and where the recording so far
is kept, and what to do now. The source strings are English; the Dutch is in the translation file
(B1 Dutch, reviewed there). ``show_error`` logs first and then shows the dialog, so a message is
never lost when nobody is looking at the screen.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from opnamestudio.core.errors import OpnameError

__all__ = [
    "ERROR_TEXTS",
    "ErrorText",
    "error_classes",
    "error_for_code",
    "message_for",
    "not_archived_message",
    "not_archived_reason",
    "show_error",
    "show_info",
    "show_not_archived",
    "text_for",
]

log = logging.getLogger(__name__)

CONTEXT = "errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate in ``context``; it is translated where it is shown.

    Our own, because PySide6's is typed to return ``object``; lupdate knows it by its name.
    """
    return text


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class ErrorText:
    """The untranslated parts of one message; translated when shown."""

    title: str
    what: str
    todo: str
    # Whether to say what became of the recording (not for errors found while recovering).
    about_recording: bool = True


ERROR_TEXTS: dict[str, ErrorText] = {
    "no-input-device": ErrorText(
        QT_TRANSLATE_NOOP("errors", "No microphone found"),
        QT_TRANSLATE_NOOP("errors", "OpnameStudio cannot find a microphone."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Connect a microphone, or check the sound settings of the computer. Then click "
            "'Search again' and start the recording.",
        ),
    ),
    "device-lost": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The recording was interrupted"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The microphone stopped working during the recording. Maybe its cable came loose.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Connect the microphone again and start a new recording. Tell everyone in the "
            "conversation that you are recording again.",
        ),
    ),
    "output-lost": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The recording was interrupted"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The disk or USB stick the recording goes to is no longer there. Maybe the USB "
            "stick came loose.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Connect the USB stick again: the recording so far is then made into a file at the "
            "next start. Or choose another folder and start a new recording.",
        ),
    ),
    "no-audio-data": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The microphone gives no sound"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The microphone was found, but OpnameStudio does not get any sound from it.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Choose another microphone, or unplug this microphone and connect it again. "
            "Then start the recording again.",
        ),
    ),
    "output-not-writable": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Saving in this folder does not work"),
        QT_TRANSLATE_NOOP("errors", "OpnameStudio may not save files in the folder you chose."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Choose another folder, for example your Documents folder, and start again. "
            "Does that not work either? Ask your IT department for help.",
        ),
    ),
    "output-exists": ErrorText(
        QT_TRANSLATE_NOOP("errors", "This file name is already used"),
        QT_TRANSLATE_NOOP(
            "errors",
            "There already is a file with this name. OpnameStudio never writes over a recording.",
        ),
        QT_TRANSLATE_NOOP("errors", "Choose another file name and start again."),
    ),
    "disk-full": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The disk is full"),
        QT_TRANSLATE_NOOP(
            "errors",
            "There is (almost) no free space left on the disk. OpnameStudio stops in time, so "
            "that the recording can still be saved properly.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Make space, for example by moving old files, or choose another folder. Then start "
            "a new recording.",
        ),
    ),
    "callback-failed": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The recording stopped"),
        QT_TRANSLATE_NOOP(
            "errors",
            "Something went wrong with the sound during the recording. OpnameStudio stopped the "
            "recording, so that no part can go missing without anyone noticing.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Start a new recording. Does this happen more often? Tell your IT department.",
        ),
    ),
    "journal": ErrorText(
        QT_TRANSLATE_NOOP("errors", "An interrupted recording cannot be read"),
        QT_TRANSLATE_NOOP(
            "errors",
            "OpnameStudio found a recording that was not finished, but its file is damaged. "
            "OpnameStudio has put the file aside.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Do not delete anything. Contact your IT department: they may be able to save "
            "part of it.",
        ),
        about_recording=False,
    ),
    "recovery": ErrorText(
        QT_TRANSLATE_NOOP("errors", "An interrupted recording could not be restored"),
        QT_TRANSLATE_NOOP(
            "errors",
            "OpnameStudio found a recording that was cut off, but could not turn it into a "
            "sound file. The recording is not lost: OpnameStudio keeps it and tries again at "
            "the next start.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Make sure there is free space on the disk, then close OpnameStudio and open it "
            "again. Does that not help? Contact your IT department.",
        ),
        about_recording=False,
    ),
    "key": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Problem with a key"),
        QT_TRANSLATE_NOOP(
            "errors",
            "A key file that OpnameStudio needs to sign or check a recording is missing, "
            "damaged or not the right one.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check which key file you chose. Ask your IT department for the organisation's key.",
        ),
        about_recording=False,
    ),
    "signature": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The signature is not right"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The signature of the seal is damaged, or was not made with this key.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Ask the organisation for the original seal files (.zegel.json and .zegel.minisig) "
            "and check them again.",
        ),
        about_recording=False,
    ),
    "seal-invalid": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The seal cannot be used"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The seal file is damaged or incomplete, or it could not be saved.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Ask the organisation for the original seal files (.zegel.json and .zegel.minisig). "
            "Could the seal not be saved? Contact your IT department.",
        ),
        about_recording=False,
    ),
    "empty-recording": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Nothing was recorded"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The recording was stopped before the microphone gave any sound.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Start the recording again and wait until the timer runs before you stop.",
        ),
        about_recording=False,
    ),
    "session-invalid": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The preparation is not complete"),
        QT_TRANSLATE_NOOP(
            "errors",
            "Something is missing or not right in the preparation of the conversation.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Fill in the field that is marked and try again.",
        ),
        about_recording=False,
    ),
    "settings-invalid": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The settings cannot be read"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The file with the settings of the organisation is damaged or has a wrong value.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Ask your IT department to check or replace the settings file. "
            "Your recordings are not affected.",
        ),
        about_recording=False,
    ),
    "audio-format": ErrorText(
        QT_TRANSLATE_NOOP("errors", "This sound file cannot be read"),
        QT_TRANSLATE_NOOP(
            "errors",
            "OpnameStudio cannot read this kind of sound file. This says nothing yet about "
            "whether the recording is real.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Save the file as WAV or FLAC (any sound program can do that) and check it again.",
        ),
        about_recording=False,
    ),
    "seal-newer": ErrorText(
        QT_TRANSLATE_NOOP("errors", "This seal is newer than this program"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The seal was made by a newer version of OpnameStudio. This version cannot read it. "
            "That says nothing yet about whether the recording is real.",
        ),
        QT_TRANSLATE_NOOP("errors", "Check the file with the newest version of OpnameStudio."),
        about_recording=False,
    ),
    "verify": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The check could not be done"),
        QT_TRANSLATE_NOOP(
            "errors",
            "OpnameStudio could not check this file. Maybe the file cannot be read, or it is "
            "not a sound file. This says nothing yet about whether the recording is real.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check that you chose the right file and that it is complete, then try again. "
            "Does that not help? Contact your IT department.",
        ),
        about_recording=False,
    ),
    "export-no-seal": ErrorText(
        QT_TRANSLATE_NOOP("errors", "This recording has no valid seal"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The seal that belongs to this recording is missing or damaged. Without it the "
            "client cannot check the copy, so no copy was made.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Open the recording in the archive and seal it again. Does that not work? Contact "
            "your IT department.",
        ),
        about_recording=False,
    ),
    "export-source-changed": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The recording was changed after sealing"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The sound file is no longer the same as when it was sealed. It must not be given "
            "out as the copy, so no copy was made.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Do not give out this file and do not delete anything. Contact your IT department.",
        ),
        about_recording=False,
    ),
    "export-not-writable": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The copy cannot be saved here"),
        QT_TRANSLATE_NOOP(
            "errors",
            "OpnameStudio cannot write to the USB stick or folder you chose. Maybe the stick is "
            "not connected, or it is write-protected.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check the small switch on the side of the USB stick, or use another stick or "
            "folder. Then make the copy again.",
        ),
        about_recording=False,
    ),
    "export-full": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The USB stick is full"),
        QT_TRANSLATE_NOOP(
            "errors",
            "There is not enough free space for the copy. What was already copied has been "
            "removed again.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Use a USB stick with more free space, or delete files from this one. Then make "
            "the copy again.",
        ),
        about_recording=False,
    ),
    "export-too-large": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The recording is too large for this USB stick"),
        QT_TRANSLATE_NOOP(
            "errors",
            "This USB stick uses the FAT32 format, which cannot hold a file of 4 GB or more.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Use a USB stick in the exFAT or NTFS format, or ask your IT department to "
            "format one. Then make the copy again.",
        ),
        about_recording=False,
    ),
    "export-media-lost": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Copying stopped"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The USB stick was removed or stopped working during copying. The copy is not "
            "complete.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Put the USB stick back, or use another one, and make the copy again. A folder on "
            "the stick whose name ends in '(wordt gekopieerd)' is incomplete: you may delete it.",
        ),
        about_recording=False,
    ),
    "export-mismatch": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The copy is not right"),
        QT_TRANSLATE_NOOP(
            "errors",
            "OpnameStudio read the copy back from the USB stick and it is not the same as the "
            "recording. This USB stick cannot be trusted. The copy has been removed.",
        ),
        QT_TRANSLATE_NOOP("errors", "Use another USB stick and make the copy again."),
        about_recording=False,
    ),
    "export": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The copy could not be made"),
        QT_TRANSLATE_NOOP(
            "errors",
            "Something went wrong while copying. Nothing on the USB stick looks like a "
            "finished copy.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Try again, or use another USB stick. Does this happen again? Contact your IT "
            "department.",
        ),
        about_recording=False,
    ),
    "audit": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The log cannot be kept"),
        QT_TRANSLATE_NOOP(
            "errors",
            "OpnameStudio keeps a log of every copy that is given out. This log cannot be "
            "written, or it was changed.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Do not delete anything in OpnameStudio's folder. Contact your IT department.",
        ),
        about_recording=False,
    ),
    "device": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The microphone cannot be used"),
        QT_TRANSLATE_NOOP(
            "errors",
            "OpnameStudio cannot use the chosen microphone. Maybe another program is using it.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Close other programs that use the microphone, or choose another microphone. "
            "Then try again.",
        ),
    ),
    "recording": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Something went wrong with the recording"),
        QT_TRANSLATE_NOOP("errors", "The recording could not start or could not continue."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Start a new recording. Does this happen again? Contact your IT department.",
        ),
    ),
    "document": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The document cannot be made"),
        QT_TRANSLATE_NOOP(
            "errors",
            "OpnameStudio cannot make this document. Its texts are missing, or the seal of the "
            "recording cannot be read.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check that you chose a sealed recording. Does that not help? Contact your IT "
            "department.",
        ),
        about_recording=False,
    ),
    "archive-crypt": ErrorText(
        QT_TRANSLATE_NOOP("errors", "An archived recording cannot be read"),
        QT_TRANSLATE_NOOP("errors", "OpnameStudio cannot open the locked file of this recording."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Do not delete anything. Contact your IT department; they can restore the recording "
            "from the backup.",
        ),
        about_recording=False,
    ),
    "archive-header": ErrorText(
        QT_TRANSLATE_NOOP("errors", "An archived recording is damaged"),
        QT_TRANSLATE_NOOP(
            "errors", "The start of the locked file of this recording is damaged or changed."
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Do not delete anything. Contact your IT department; they can restore the recording "
            "from the backup.",
        ),
        about_recording=False,
    ),
    "archive-wrong-key": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The key does not fit"),
        QT_TRANSLATE_NOOP(
            "errors", "This recording was locked with another key than the one on this computer."
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Use the key of the computer that made the recording, or ask your IT department for "
            "the organisation's recovery key.",
        ),
        about_recording=False,
    ),
    "archive-wrong-passphrase": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The password is not right"),
        QT_TRANSLATE_NOOP("errors", "The password for the archive is not right."),
        QT_TRANSLATE_NOOP("errors", "Check the password (capital letters, spaces) and try again."),
        about_recording=False,
    ),
    "archive-damaged": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Part of an archived recording is damaged"),
        QT_TRANSLATE_NOOP(
            "errors",
            "A part of the locked file of this recording is damaged. The details say which "
            "recording and which part.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "The other recordings are fine. Ask your IT department to restore this recording from "
            "the backup.",
        ),
        about_recording=False,
    ),
    "archive-truncated": ErrorText(
        QT_TRANSLATE_NOOP("errors", "An archived recording is incomplete"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The locked file of this recording stops too early. Maybe a copy was interrupted.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "The other recordings are fine. Ask your IT department to restore this recording from "
            "the backup.",
        ),
        about_recording=False,
    ),
    "archive-keys": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The archive's key cannot be used"),
        QT_TRANSLATE_NOOP(
            "errors",
            "OpnameStudio cannot find or read the key that locks the archive on this computer.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Contact your IT department. With the organisation's recovery key the recordings can "
            "still be opened.",
        ),
        about_recording=False,
    ),
    "archive-passphrase-required": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The archive needs a password"),
        QT_TRANSLATE_NOOP(
            "errors",
            "This computer has no safe place for the archive's key, so the key is locked with a "
            "password.",
        ),
        QT_TRANSLATE_NOOP(
            "errors", "Enter the archive password. Do you not know it? Ask your IT department."
        ),
        about_recording=False,
    ),
    "archive-no-recovery-key": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The organisation's recovery key is missing"),
        QT_TRANSLATE_NOOP(
            "errors",
            "Recordings are only put in the archive when the organisation's recovery key is set. "
            "Without it, a lost laptop means lost recordings.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Ask your IT department to set the recovery key. The recording stays where it is "
            "until then.",
        ),
        about_recording=False,
    ),
    "archive": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Something went wrong with the archive"),
        QT_TRANSLATE_NOOP("errors", "OpnameStudio could not finish this step in the archive."),
        QT_TRANSLATE_NOOP(
            "errors", "Try again. Does this happen again? Contact your IT department."
        ),
        about_recording=False,
    ),
    "archive-retention": ErrorText(
        QT_TRANSLATE_NOOP("errors", "This date is not possible"),
        QT_TRANSLATE_NOOP(
            "errors",
            "A recording is kept at most as long as the organisation's retention period, "
            "and the date cannot be in the past.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Choose a date within the period shown beside the date. To remove the recording "
            "now, use 'Delete'.",
        ),
        about_recording=False,
    ),
    "playback": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The recording cannot be played"),
        QT_TRANSLATE_NOOP("errors", "OpnameStudio cannot play sound on this computer right now."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Check that speakers or headphones are connected and that the sound is on. Then "
            "try again.",
        ),
        about_recording=False,
    ),
    "archive-index": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The list of the archive is damaged"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The list of recordings in the archive is damaged. The recordings themselves are safe.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Contact your IT department. They can make the list again from the recordings.",
        ),
        about_recording=False,
    ),
    "archive-not-found": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Recording not found"),
        QT_TRANSLATE_NOOP("errors", "This recording is not in the archive."),
        QT_TRANSLATE_NOOP("errors", "Check which recording you chose, and try again."),
        about_recording=False,
    ),
    "archive-deleted": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The recording was deleted"),
        QT_TRANSLATE_NOOP(
            "errors",
            "The retention period of this recording has ended, so the sound was deleted. Its seal "
            "is kept.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "A copy that turns up can still be checked against the seal, in 'Controleren'.",
        ),
        about_recording=False,
    ),
    "archive-mismatch": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The recording does not match its seal"),
        QT_TRANSLATE_NOOP(
            "errors", "The sound of this recording is not the sound its seal describes."
        ),
        QT_TRANSLATE_NOOP(
            "errors", "Do not delete or hand out anything. Contact your IT department."
        ),
        about_recording=False,
    ),
    "error": ErrorText(
        QT_TRANSLATE_NOOP("errors", "Something went wrong"),
        QT_TRANSLATE_NOOP("errors", "OpnameStudio ran into a problem it did not expect."),
        QT_TRANSLATE_NOOP(
            "errors",
            "Try again. Does this happen again? Contact your IT department.",
        ),
    ),
    "import-unreadable": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The file cannot be read"),
        QT_TRANSLATE_NOOP(
            "errors",
            "OpnameStudio cannot open the recording you chose. Maybe the USB stick was taken "
            "out, or the file was moved.",
        ),
        QT_TRANSLATE_NOOP("errors", "Check that the file is still there and try again."),
        about_recording=False,
    ),
    "import-empty": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The file is empty"),
        QT_TRANSLATE_NOOP(
            "errors", "The file you chose holds nothing. There is no recording in it."
        ),
        QT_TRANSLATE_NOOP("errors", "Ask for the recording again."),
        about_recording=False,
    ),
    "import-failed": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The recording could not be taken in"),
        QT_TRANSLATE_NOOP(
            "errors",
            "OpnameStudio could not store a good copy of the recording on this computer. "
            "Nothing was kept.",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Make room on the computer's disk and try again. Does this happen again? Contact "
            "your IT department.",
        ),
        about_recording=False,
    ),
    "derive-failed": ErrorText(
        QT_TRANSLATE_NOOP("errors", "The edited copy could not be made"),
        QT_TRANSLATE_NOOP(
            "errors", "Something went wrong while making the edited copy. Nothing was kept."
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "Try again. Does this happen again? Contact your IT department.",
        ),
        about_recording=False,
    ),
    "derive-not-intact": ErrorText(
        QT_TRANSLATE_NOOP("errors", "This is not the sealed original"),
        QT_TRANSLATE_NOOP(
            "errors",
            "An edited copy can only be made from the original recording, with its seal. "
            "This file does not match its seal, or the seal is not from this organisation.",
        ),
        QT_TRANSLATE_NOOP("errors", "Choose the original recording from the archive."),
        about_recording=False,
    ),
    "derive-cuts": ErrorText(
        QT_TRANSLATE_NOOP("errors", "These parts cannot be taken out"),
        QT_TRANSLATE_NOOP(
            "errors",
            "A part to take out is outside the recording, parts overlap, or nothing would be left.",
        ),
        QT_TRANSLATE_NOOP("errors", "Check the start and end times and try again."),
        about_recording=False,
    ),
}

KEPT = QT_TRANSLATE_NOOP("errors", "The recording up to that moment is kept:\n{path}")
KEPT_IN_ARCHIVE = QT_TRANSLATE_NOOP(
    "errors",
    "The recording up to that moment is sealed and kept in the organisation's archive, locked "
    "with its key. You find it on the page 'Archive'.",
)
# A sealed recording that could not go into the archive (core.autoarchive): it stays as it is.
NOT_ARCHIVED_TITLE = QT_TRANSLATE_NOOP("errors", "The recording is not in the archive")
NOT_ARCHIVED = QT_TRANSLATE_NOOP(
    "errors",
    "The recording is sealed, but OpnameStudio could not lock it in the organisation's "
    "archive. The recording stays as it is, as a file beside its seal:\n{path}",
)
NOT_ARCHIVED_TODO = QT_TRANSLATE_NOOP(
    "errors",
    "Do not delete or move the file. Tell your IT department what this message says: they can "
    "put the recording in the archive later. You can make the copy for the client as usual.",
)
ABOUT = QT_TRANSLATE_NOOP("errors", "Recording: {name}")
NOTHING_RECORDED = QT_TRANSLATE_NOOP("errors", "Nothing was recorded.")
NOTHING_YET = QT_TRANSLATE_NOOP("errors", "Nothing has been recorded yet.")
IN_JOURNAL = QT_TRANSLATE_NOOP(
    "errors",
    "What was recorded so far is kept safe. OpnameStudio turns it into a sound file the next "
    "time it starts.",
)


def text_for(error: OpnameError) -> ErrorText:
    """The text for the error's class, or for its nearest ancestor that has one."""
    for cls in type(error).__mro__:
        code = getattr(cls, "code", None)
        if isinstance(code, str) and code in ERROR_TEXTS:
            return ERROR_TEXTS[code]
    return ERROR_TEXTS["error"]


def error_classes() -> list[type[OpnameError]]:
    """``OpnameError`` and every subclass of it that is imported."""
    found: list[type[OpnameError]] = [OpnameError]
    for cls in found:
        found.extend(sub for sub in cls.__subclasses__() if sub not in found)
    return found


def error_for_code(code: str) -> OpnameError:
    """An error of the class with ``code``: for a fault that a snapshot reported by code only."""
    for cls in error_classes():
        if cls.code == code:
            return cls(f"The recording ended with the fault {code!r}")
    return OpnameError(f"The recording ended with the fault {code!r}")


def message_for(
    error: OpnameError, *, had_audio: bool = False, archived: bool = False
) -> tuple[str, str]:
    """The translated (title, text) of the dialog for ``error``.

    ``had_audio`` says the error ended a recording that had captured audio: when the error
    carries no kept file, that audio is in the journal and becomes a file at the next start (the
    engine's promise). Without audio there is nothing to keep, and the text says so.
    ``archived`` says the kept recording went into the archive: its file is no longer there.
    """
    text = text_for(error)
    parts = [_tr(text.what)]
    if text.about_recording:
        kept = error.recording
        if kept is not None and kept.frames > 0 and archived:
            parts.append(_tr(KEPT_IN_ARCHIVE))
        elif kept is not None and kept.frames > 0:
            parts.append(_tr(KEPT).format(path=kept.path))
        elif kept is not None:
            parts.append(_tr(NOTHING_RECORDED))
        elif had_audio:
            parts.append(_tr(IN_JOURNAL))
        else:
            parts.append(_tr(NOTHING_YET))
    parts.append(_tr(text.todo))
    return _tr(text.title), "\n\n".join(parts)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(f"<b>{html.escape(title, quote=False)}</b>")
    box.setInformativeText(html.escape(text, quote=False).replace("\n", "<br>"))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_error(
    parent: QWidget | None,
    error: Exception,
    *,
    had_audio: bool = False,
    about: str | None = None,
    archived: bool = False,
) -> None:
    """Log the error, then tell the user in a dialog (modal; returns when it is closed).

    ``about`` names what the error is about (an archived recording's name), first in the text;
    ``archived``: the recording the error kept is in the archive now (see message_for).
    """
    if isinstance(error, OpnameError):
        kept = f" (kept: {error.recording.path})" if error.recording is not None else ""
        log.error("%s [%s]%s", error.one_line(), error.code, kept)
        title, text = message_for(error, had_audio=had_audio, archived=archived)
        details = error.one_line()
    else:
        log.error("unexpected error", exc_info=error)
        generic = OpnameError(repr(error))
        title, text = message_for(generic, had_audio=had_audio)
        details = repr(error)
    if about:
        text = _tr(ABOUT).format(name=about) + "\n\n" + text
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.setDetailedText(details)
    box.exec()


def not_archived_reason(error: Exception) -> str:
    """Why a sealed recording could not go into the archive, in the cause's own words."""
    cause = error if isinstance(error, OpnameError) else OpnameError(repr(error))
    return _tr(text_for(cause).what)


def not_archived_message(error: Exception, kept: Path) -> tuple[str, str]:
    """The translated (title, text) for a sealed recording that did not go into the archive:
    what happened and where the recording is, why (the cause's own words), what to do."""
    parts = [
        _tr(NOT_ARCHIVED).format(path=kept),
        not_archived_reason(error),
        _tr(NOT_ARCHIVED_TODO),
    ]
    return _tr(NOT_ARCHIVED_TITLE), "\n\n".join(parts)


def show_not_archived(parent: QWidget | None, error: Exception, kept: Path) -> None:
    """Log, then tell the user that the sealed recording ``kept`` stays outside the archive."""
    details = error.one_line() if isinstance(error, OpnameError) else repr(error)
    trace = None if isinstance(error, OpnameError) else error  # an unexpected one: its traceback
    log.error("the sealed recording %s was not archived: %s", kept, details, exc_info=trace)
    title, text = not_archived_message(error, kept)
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.setDetailedText(details)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Log a message, then show it in a dialog (modal; returns when it is closed)."""
    log.info("%s: %s", title, text.replace("\n", " "))
    _box(parent, QMessageBox.Icon.Information, title, text).exec()
