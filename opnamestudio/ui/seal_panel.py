"""The "Verzegelen" step: the recording's vingerafdruk, large, right after stop (DESIGN §3, 4).

Stopping already writes the seal, so there is nothing to wait for: the panel says "Sealing…"
only while the stop job runs, then shows the vingerafdruk — the first 24 hex digits of the audio
file's SHA-256 in groups of four (DESIGN §0) — for the worker to copy onto the paper agreement
and the client's receipt. "Copy" puts the whole SHA-256 on the clipboard, as ``sha256sum`` and
``certutil`` print it, so it can be pasted into a letter or a file note.

Below it, the next step (DESIGN §3 step 5, "Kopie en afspraken"): "Copy for the client…" (the
export dialog), "Print agreements…" (the agreement for both sides to sign) and "Receipt…" (the
client's receipt with the vingerafdruk and its QR code). They need the recording's file, which
the record page passes to :meth:`SealPanel.show_seal`.

Once the archive has its keys, the recording is locked in the archive at stop and its plaintext
file is gone (:meth:`SealPanel.show_archived`). "Copy for the client…" then decrypts it with its
seal into a private temporary folder (asking the archive passphrase where there is no keyring,
as the "Archief" page does: ``ui.archive_access``), with a progress bar meanwhile, opens the
export dialog on that file and deletes the folder when the dialog closes, also after an error.
The agreement and the receipt read the archive's copy of the seal.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from opnamestudio.core.display import format_key_id
from opnamestudio.ui import style
from opnamestudio.ui.errors import show_error

if TYPE_CHECKING:
    from opnamestudio.core.archive import ArchivedRecording
    from opnamestudio.core.archivekeys import ArchiveKeys
    from opnamestudio.ui.archive_access import KeyedRunner

__all__ = ["SealPanel"]

log = logging.getLogger(__name__)

#: How long the copy button says "Copied" before it reads "Copy" again.
COPIED_MS = 2500
#: How often the progress of a decryption is read (the size of the file being written).
PROGRESS_MS = 100

STYLE = """
QFrame#sealPanel { background: #ffffff; border: 1px solid #d3d9df; border-radius: 10px; }
QLabel#sealTitle { color: #52606d; font-size: 11pt; font-weight: 600; }
QLabel#fingerprint { color: #1f2933; letter-spacing: 1px; }
QLabel#sealHint { color: #1f2933; font-size: 11pt; }
QLabel#sealing { color: #52606d; font-size: 13pt; }
QPushButton#copy { font-size: 11pt; padding: 6px 16px; }
QPushButton#nextStep { font-size: 11pt; padding: 6px 14px; }
QLabel#busy { color: #52606d; font-size: 10pt; }
"""


class SealPanel(QFrame):
    """The vingerafdruk of the last recording, a copy button, and what to do with it.

    ``archive_folder`` and ``keys_factory`` replace the archive (default ``<data>/archive``) and
    how its keys are made; ``passphrase_prompt`` asks for the archive passphrase (tests answer
    it without a dialog).
    """

    #: A copy of an archived recording ended (made, cancelled or failed): its decrypted
    #: temporary folder is deleted.
    archive_copy_finished = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        archive_folder: Path | None = None,
        keys_factory: Callable[[Path], ArchiveKeys] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sealPanel")
        self.setStyleSheet(style.themed(STYLE))
        self._sha256 = ""
        self._audio: Path | None = None
        self._archived: ArchivedRecording | None = None
        self._archive_folder = archive_folder
        self._keys_factory = keys_factory
        self._keys: ArchiveKeys | None = None
        self._runner: KeyedRunner | None = None
        #: The decrypted copy's temporary folder while a copy of an archived recording runs.
        self._export_folder: Path | None = None
        self._copying: str | None = None  # the archived recording being decrypted
        #: Asks for the archive passphrase; replaceable (tests answer without a dialog).
        self.passphrase_prompt: Callable[[QWidget], str | None] | None = None

        self.title_label = QLabel(self.tr("Fingerprint of the recording"))
        self.title_label.setObjectName("sealTitle")

        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprint")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(26)
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint"))

        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copy")
        self.copy_button.setAccessibleName(self.tr("Copy the whole fingerprint"))
        self.copy_button.setToolTip(
            self.tr("Copies the whole fingerprint (64 characters), to paste it elsewhere")
        )
        self.copy_button.clicked.connect(self.copy)
        # Wide enough for "Copied" too: the button must not change size under the mouse.
        font = QFont(self.copy_button.font())
        font.setPointSize(11)  # as in STYLE
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(t) for t in (self.tr("Copy"), self.tr("Copied")))
        self.copy_button.setMinimumWidth(widest + 48)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(COPIED_MS)
        self._copied_timer.timeout.connect(self._reset_copy_button)

        self.hint_label = QLabel(
            self.tr("Put this fingerprint on the agreements and on the receipt for the client.")
        )
        self.hint_label.setObjectName("sealHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.export_button = QPushButton(self.tr("Copy for the client…"))
        self.export_button.setToolTip(
            self.tr("Put an exact copy of the recording on a USB stick for the client")
        )
        self.export_button.clicked.connect(self.open_export)
        self.agreement_button = QPushButton(self.tr("Print agreements…"))
        self.agreement_button.setToolTip(
            self.tr("The agreements about the recording on paper, for both sides to sign")
        )
        self.agreement_button.clicked.connect(self.open_agreement)
        self.receipt_button = QPushButton(self.tr("Receipt…"))
        self.receipt_button.setToolTip(
            self.tr("A receipt for the client with the fingerprint, also without a signature")
        )
        self.receipt_button.clicked.connect(self.open_receipt)
        self._step_buttons = (self.export_button, self.agreement_button, self.receipt_button)
        self.steps_row = QWidget()
        steps = QHBoxLayout(self.steps_row)
        steps.setContentsMargins(0, 0, 0, 0)
        steps.setSpacing(8)
        steps.addStretch(1)
        for button in self._step_buttons:
            button.setObjectName("nextStep")
            button.setAccessibleName(button.text().rstrip("…"))
            steps.addWidget(button)
        steps.addStretch(1)

        self.sealing_label = QLabel(self.tr("Sealing…"))
        self.sealing_label.setObjectName("sealing")
        self.sealing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # While an archived recording is decrypted for the client's copy.
        self.busy_label = QLabel(self.tr("Taking the recording out of the archive for the copy…"))
        self.busy_label.setObjectName("busy")
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setFixedWidth(360)
        self.progress.setAccessibleName(self.tr("Progress of taking the recording out"))
        self.busy_box = QWidget()
        busy = QVBoxLayout(self.busy_box)
        busy.setContentsMargins(0, 0, 0, 0)
        busy.setSpacing(4)
        busy.addWidget(self.busy_label)
        busy.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        # The progress takes the buttons' place while it runs: the panel keeps its size.
        self.next_steps = QStackedWidget()
        self.next_steps.addWidget(self.steps_row)
        self.next_steps.addWidget(self.busy_box)
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(PROGRESS_MS)
        self._progress_timer.timeout.connect(self._show_progress)

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 14)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.hint_label)
        layout.addSpacing(6)
        layout.addWidget(self.next_steps)
        layout.addWidget(self.sealing_label)
        self.clear()

    # ------------------------------------------------------------------ public

    def show_sealing(self) -> None:
        """Only "Sealing…": the stop job is closing and sealing the recording."""
        self._set_sha256("")
        self._set_parts(sealing=True)

    def show_seal(self, sha256: str, audio: Path | None = None) -> None:
        """Show the vingerafdruk of the audio file whose SHA-256 (hex) is ``sha256``.

        ``audio`` is the sealed recording: the copy, agreement and receipt buttons need it.
        """
        self._set_sha256(sha256.lower())
        self._audio = Path(audio) if audio is not None else None
        self._set_parts(sealing=False)

    def show_archived(self, recording: ArchivedRecording) -> None:
        """Show the vingerafdruk of a recording locked in the archive (its file is gone)."""
        self._set_sha256(recording.sha256.lower())
        self._archived = recording
        self._set_parts(sealing=False)

    def clear(self) -> None:
        """Nothing to show (a new recording started, or the recording was not sealed)."""
        self._set_sha256("")
        self._set_parts(sealing=False)

    def audio(self) -> Path | None:
        """The sealed recording's file on display, if the record page said which file it is
        (None for a recording in the archive: see :meth:`archived`)."""
        return self._audio

    def archived(self) -> ArchivedRecording | None:
        """The recording on display when it is locked in the archive."""
        return self._archived

    def has_recording(self) -> bool:
        """Whether the copy, agreement and receipt buttons have a recording to work on."""
        return self._audio is not None or self._archived is not None

    def copying(self) -> bool:
        """Whether an archived recording is being decrypted for the client's copy."""
        return self._export_folder is not None

    def open_export(self) -> None:
        """ "Kopie voor cliënt": the export dialog for this recording (from the archive: a
        decrypted copy in a temporary folder, deleted when the dialog closes)."""
        if self._archived is not None:
            self._copy_from_archive(self._archived)
        elif self._audio is not None:
            from opnamestudio.ui import export_dialog  # noqa: PLC0415 (loaded when first used)

            export_dialog.open_export_dialog(self, self._audio)

    def open_agreement(self) -> None:
        """The agreement for this recording: print or save as PDF."""
        source = self._with_seal()
        if source is not None:
            from opnamestudio.ui import documents  # noqa: PLC0415 (loaded when first used)

            documents.open_agreement_dialog(self, source)

    def open_receipt(self) -> None:
        """The client's receipt for this recording: print or save as PDF."""
        source = self._with_seal()
        if source is not None:
            from opnamestudio.ui import documents  # noqa: PLC0415 (loaded when first used)

            documents.open_receipt_dialog(self, source)

    def sha256(self) -> str:
        """The whole SHA-256 on display, or ``""``."""
        return self._sha256

    def fingerprint(self) -> str:
        """The vingerafdruk on display, e.g. ``1A2B 3C4D 5E6F 7A8B 9C0D EF12``."""
        return self.fingerprint_label.text()

    def copy(self) -> None:
        """Put the whole SHA-256 on the clipboard."""
        if not self._sha256:
            return
        QGuiApplication.clipboard().setText(self._sha256)
        self.copy_button.setText(self.tr("Copied"))
        self._copied_timer.start()

    # ------------------------------------------------------------------ helpers

    def _set_sha256(self, sha256: str) -> None:
        self._sha256 = sha256
        self._audio = None
        self._archived = None
        shown = format_key_id(sha256) if sha256 else ""
        self.fingerprint_label.setText(shown)
        self.fingerprint_label.setToolTip(sha256)
        # Read out in groups, not as one long word.
        self.fingerprint_label.setAccessibleDescription(shown.replace(" ", ", "))
        self._copied_timer.stop()
        self._reset_copy_button()

    def _set_parts(self, *, sealing: bool) -> None:
        sealed = bool(self._sha256)
        busy = self.copying()
        self.sealing_label.setVisible(sealing)
        for part in (self.title_label, self.fingerprint_label, self.copy_button, self.hint_label):
            part.setVisible(sealed)
        self.next_steps.setVisible(sealed)
        self.next_steps.setCurrentWidget(self.busy_box if busy else self.steps_row)
        for button in self._step_buttons:
            button.setEnabled(self.has_recording() and not busy)

    def _with_seal(self) -> Path | None:
        """What the documents read the seal from: the recording's file, or for an archived
        recording the archive's copy of its seal (``seals/<id>.zegel.json``: the documents read
        the seal files beside the path they get, and the audio is not needed)."""
        if self._archived is not None:
            rec = self._archived
            return self._folder() / "seals" / f"{rec.recording_id}{Path(rec.name).suffix}"
        return self._audio

    # ------------------------------------------------------------------ a copy from the archive

    def _folder(self) -> Path:
        if self._archive_folder is not None:
            return self._archive_folder
        from opnamestudio.core.archive import archive_dir  # noqa: PLC0415 (when first used)

        return archive_dir()

    def _archive_keys(self) -> ArchiveKeys:
        if self._keys is None:
            from opnamestudio.ui.archive_access import default_keys  # noqa: PLC0415

            self._keys = (self._keys_factory or default_keys)(self._folder())
        return self._keys

    def _ask_passphrase(self) -> str | None:
        from opnamestudio.ui.archive_access import ask_passphrase  # noqa: PLC0415

        return (self.passphrase_prompt or ask_passphrase)(self)

    def _copy_from_archive(self, rec: ArchivedRecording) -> None:
        if self.copying():
            return
        from opnamestudio.ui import archive_access  # noqa: PLC0415 (loaded when first used)

        try:
            folder = archive_access.new_export_folder()
        except OSError as exc:
            show_error(self, exc, about=rec.name)
            self.archive_copy_finished.emit()
            return
        if self._runner is None:
            self._runner = archive_access.KeyedRunner(
                self._archive_keys, self._ask_passphrase, self
            )
        self._export_folder = folder
        self._copying = rec.recording_id
        self.progress.setRange(0, 0)  # unlocking the key first: no bytes yet
        self._progress_timer.start()
        self._set_parts(sealing=False)
        work = functools.partial(
            archive_access.decrypt_for_export,
            self._folder(),
            self._archive_keys(),
            rec.recording_id,
            folder,
        )
        self._runner.run(work, self._on_decrypted, self._end_copy)

    def _show_progress(self) -> None:
        folder, rec = self._export_folder, self._archived
        if folder is None or rec is None or rec.size <= 0:
            return
        try:
            written = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
        except OSError:
            return
        if written > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, written * 1000 // rec.size))

    def _on_decrypted(self, *, result: Path | None, error: Exception | None) -> None:
        rec = self._archived
        name = rec.name if rec is not None else None
        wanted = self._copying is not None and rec is not None and rec.recording_id == self._copying
        folder = self._export_folder
        self._progress_timer.stop()
        self._set_parts_after_copy()
        try:
            if error is not None or result is None:
                show_error(self, error or RuntimeError("nothing was decrypted"), about=name)
                return
            if wanted:  # still the recording on display (not a new one meanwhile)
                from opnamestudio.ui import export_dialog  # noqa: PLC0415

                export_dialog.open_export_dialog(self, result)
        finally:
            self._end_copy(folder)

    def _set_parts_after_copy(self) -> None:
        """Buttons usable again, the progress bar gone (the folder is still there)."""
        self.next_steps.setCurrentWidget(self.steps_row)
        for button in self._step_buttons:
            button.setEnabled(self.has_recording())

    def _end_copy(self, folder: Path | None = None) -> None:
        folder = folder or self._export_folder
        self._export_folder = None
        self._copying = None
        self._progress_timer.stop()
        if folder is not None:
            from opnamestudio.ui.archive_access import remove_export_folder  # noqa: PLC0415

            remove_export_folder(folder)
        self._set_parts(sealing=not self.sealing_label.isHidden())
        self.archive_copy_finished.emit()

    def _reset_copy_button(self) -> None:
        self.copy_button.setText(self.tr("Copy"))
