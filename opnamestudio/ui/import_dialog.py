"""Receive a copy that the client made (rule 4 the other way round; DESIGN §7 "Received copy").

The worker chooses the file the client handed over — WAV, FLAC, MP3, M4A, OGG or anything
else — and may add a note ("gekregen op de stick van mevrouw"). ``core.importing.import_received``
then takes it into the archive byte for byte and seals it "ontvangen van cliënt op <datum>":
by its bytes always, by its audio where it can be decoded. That runs in the background with a
progress bar (the same pull-on-a-timer meter as the export); the dialog then shows the
vingerafdruk of what was received and whether the sound itself could be read.

The core module is imported only when an import starts, so this dialog also loads where that
module is not installed yet; tests pass their own ``importer``.
"""

from __future__ import annotations

import functools
import html
import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opnamestudio.core.display import format_key_id
from opnamestudio.core.errors import OpnameError
from opnamestudio.ui import style
from opnamestudio.ui.errors import show_error
from opnamestudio.ui.export_dialog import POLL_MS, ProgressMeter, fit_height, format_time_left
from opnamestudio.ui.jobs import run_task

__all__ = ["ImportDialog", "Importer", "default_importer", "open_import_dialog"]

log = logging.getLogger(__name__)

#: Longest note kept with a received copy.
MAX_NOTE = 200

STYLE = """
QLabel#heading { font-size: 18pt; font-weight: 600; color: #1f2933; }
QLabel#intro { color: #52606d; }
QLabel#summary {
    background: #e8f5e9; border: 1px solid #8bc34a; border-radius: 8px; padding: 10px 12px;
    color: #1b3d1f;
}
"""


class Importer(Protocol):
    """``core.importing.import_received``'s signature."""

    def __call__(
        self, source: Path, *, note: str = ..., progress: Callable[[int, int], None] | None = ...
    ) -> Any: ...


def default_importer(
    source: Path, *, note: str = "", progress: Callable[[int, int], None] | None = None
) -> Any:
    """``core.importing.import_received`` (imported here: it may not be installed yet)."""
    # By name: this module loads (and type-checks) before core/importing.py exists.
    importing = importlib.import_module("opnamestudio.core.importing")
    return importing.import_received(source, note=note, progress=progress)


class ImportDialog(QDialog):
    """Choose the client's file, take it in, and see its vingerafdruk."""

    def __init__(
        self,
        *,
        importer: Importer = default_importer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._importer = importer
        self._meter: ProgressMeter | None = None
        self._state = "idle"
        self._source: Path | None = None
        #: What import_received returned (after success).
        self.import_result: Any = None
        self.setWindowTitle(self.tr("Receive a recording from the client"))
        self.setStyleSheet(style.themed(STYLE))
        self.setMinimumWidth(560)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        self._build()

    def _build(self) -> None:
        heading = QLabel(self.tr("Receive a recording from the client"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "Did the client make a recording and give you a copy? OpnameStudio keeps it "
                "exactly as you received it and seals it, with today's date. Any kind of file "
                "is fine: WAV, FLAC, MP3, M4A, OGG or another."
            )
        )
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.file_edit.setAccessibleName(self.tr("File of the client"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.ask_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setPlaceholderText(self.tr("For example: received on a USB stick"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Note (optional):"), self.note_edit)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.time_label = QLabel()
        self.time_label.setObjectName("intro")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.import_button = QPushButton(self.tr("Receive and seal"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.time_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(buttons)
        for button in (self.choose_button, self.import_button, self.close_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self._set_state("idle")

    # ------------------------------------------------------------------ public

    @property
    def state(self) -> str:
        """ "idle", "importing" or "done"."""
        return self._state

    def set_source(self, path: Path) -> None:
        """The client's file to receive."""
        self._source = Path(path)
        self.file_edit.setText(str(self._source))
        if self._state == "done":
            self._set_state("idle")
        self._update_buttons()

    def ask_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the recording of the client"),
            "",
            self.tr(
                "Sound files (*.wav *.flac *.mp3 *.m4a *.ogg *.opus *.aac *.wma);;All files (*)"
            ),
        )
        if name:
            self.set_source(Path(name))

    def start_import(self) -> None:
        """Receive the chosen file in the background."""
        if self._source is None or self._state == "importing":
            return
        self._meter = ProgressMeter()
        job = functools.partial(
            self._importer,
            self._source,
            note=self.note_edit.text().strip(),
            progress=self._meter.update,
        )
        self.import_result = None
        self._set_state("importing")
        self._poll.start()
        run_task(job, self._on_done)

    # ------------------------------------------------------------------ Qt

    def reject(self) -> None:
        """Not while importing: the archive copy must finish or fail cleanly."""
        if self._state != "importing":
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._state == "importing":
            event.ignore()
            return
        super().closeEvent(event)

    # ------------------------------------------------------------------ helpers

    def _update_buttons(self) -> None:
        busy = self._state == "importing"
        self.import_button.setEnabled(not busy and self._source is not None)
        self.choose_button.setEnabled(not busy)
        self.note_edit.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def _set_state(self, state: str) -> None:
        self._state = state
        busy = state == "importing"
        self.progress.setVisible(busy)
        self.time_label.setVisible(busy)
        self.summary_label.setVisible(state == "done")
        if busy:
            self.progress.setValue(0)
            self.time_label.setText(format_time_left(None))
        self._update_buttons()

    def _show_progress(self) -> None:
        if self._meter is None:
            return
        done, total, _ = self._meter.snapshot()
        if total > 0:
            self.progress.setValue(round(1000 * done / total))
        self.time_label.setText(format_time_left(self._meter.seconds_left()))

    def _on_done(self, *, result: Any, error: Exception | None) -> None:
        self._poll.stop()
        self._meter = None
        if error is not None or result is None:
            self._set_state("idle")
            if isinstance(error, ImportError):
                # The core's importer is not part of this installation yet.
                error = OpnameError(f"Receiving a copy is not available: {error}")
            show_error(self, error or OpnameError("The import returned nothing"))
            return
        self.import_result = result
        self.summary_label.setText(self._summary(result))
        self._set_state("done")
        fit_height(self, self.summary_label)
        self.close_button.setFocus()

    def _summary(self, result: Any) -> str:
        sha = str(getattr(result, "sha256", "") or "")
        audio = getattr(result, "audio", None)
        decoded = bool(getattr(result, "decoded", False))
        parts = ["<b>" + html.escape(self.tr("The recording is received and sealed.")) + "</b>"]
        if audio is not None:
            parts.append(
                html.escape(self.tr("Kept in the archive as:"))
                + f"<br><code>{html.escape(str(audio))}</code>"
            )
        if sha:
            parts.append(
                html.escape(self.tr("Fingerprint: {fingerprint}")).format(
                    fingerprint=f"<b><code>{html.escape(format_key_id(sha))}</code></b>"
                )
            )
        parts.append(
            html.escape(
                self.tr(
                    "OpnameStudio could read the sound. A converted copy of it can be checked "
                    "against this seal later."
                )
                if decoded
                else self.tr(
                    "OpnameStudio could not read the sound of this file. It is sealed by its "
                    "bytes only: an exact copy can be checked, a converted one cannot."
                )
            )
        )
        return "<br><br>".join(parts)


def open_import_dialog(parent: QWidget | None) -> None:
    """Show "receive a recording from the client" (modal)."""
    ImportDialog(parent=parent).exec()
