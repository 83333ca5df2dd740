""" "Kopie voor cliënt": the sealed recording onto a USB stick or into a folder (rule 4, DESIGN §7).

The dialog lists the removable drives (``core.export.list_removable_drives``; "Search again"
after plugging a stick in) and lets the worker choose any folder instead. ``core.export`` does
the real work in the background (``ui.jobs.run_task``): it writes every file under a temporary
name, reads it back from the device and compares it before giving it its final name, and puts
every attempt in the audit log. The agreement as PDF goes onto the copy as well.

The export reports its progress from its own thread; it only stores the numbers in a
:class:`ProgressMeter`, which the dialog reads on a timer (the GUI pulls; a worker never touches
a widget). From the rate so far the dialog shows the time left. When the copy is done and
checked, the dialog says what was written where and which vingerafdruk to compare; errors go
through ``ui.errors.show_error`` in plain Dutch.
"""

from __future__ import annotations

import functools
import html
import logging
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opnamestudio.core import documents
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.export import Drive, ExportResult, export_copy, list_removable_drives
from opnamestudio.core.orgsettings import OrgSettings, load_settings
from opnamestudio.ui import style
from opnamestudio.ui.documents import agreement_pdf, open_receipt_dialog
from opnamestudio.ui.errors import show_error
from opnamestudio.ui.jobs import run_task

__all__ = [
    "AGREEMENT_FILE",
    "ExportDialog",
    "ProgressMeter",
    "choose_and_export",
    "fit_height",
    "format_time_left",
    "open_export_dialog",
]

log = logging.getLogger(__name__)

#: The agreement's file name on the copy.
AGREEMENT_FILE = "Afspraken over de opname.pdf"
#: How often the dialog reads the progress.
POLL_MS = 100
#: No estimate of the time left before this many seconds: the first chunks say little.
ESTIMATE_AFTER = 1.0

STYLE = """
QLabel#heading { font-size: 18pt; font-weight: 600; color: #1f2933; }
QLabel#intro { color: #52606d; }
QLabel#fingerprint { font-size: 14pt; font-weight: 600; color: #1f2933; }
QLabel#summary {
    background: #e8f5e9; border: 1px solid #8bc34a; border-radius: 8px; padding: 10px 12px;
    color: #1b3d1f;
}
QListWidget { font-size: 11pt; }
"""


class Exporter(Protocol):
    """``core.export.export_copy``'s signature (tests pass a stand-in)."""

    def __call__(
        self,
        audio: Path,
        dest: Path,
        *,
        progress: Callable[[int, int], None] | None = ...,
        extra_files: Mapping[str, bytes] = ...,
        organisation: str = ...,
    ) -> ExportResult: ...


class ProgressMeter:
    """Bytes done of a total, written by a worker thread, read by the GUI: thread-safe."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._done = 0
        self._total = 0
        self._started = clock()

    def update(self, done: int, total: int) -> None:
        """The worker's progress callback."""
        with self._lock:
            self._done, self._total = done, total

    def snapshot(self) -> tuple[int, int, float]:
        """(done, total, seconds since the start)."""
        with self._lock:
            return self._done, self._total, self._clock() - self._started

    def seconds_left(self) -> float | None:
        """The time left at the rate so far; None while there is too little to go on."""
        done, total, elapsed = self.snapshot()
        if done <= 0 or total <= 0 or elapsed < ESTIMATE_AFTER:
            return None
        return max(0.0, (total - done) * elapsed / done)


def format_time_left(seconds: float | None) -> str:
    """'About 3 minutes left', in whole seconds under a minute and whole minutes above."""
    if seconds is None:
        return QCoreApplication.translate("ExportDialog", "Calculating the time left…")
    if seconds < 60:
        n = max(1, round(seconds))
        return QCoreApplication.translate("ExportDialog", "About {n} s left").format(n=n)
    minutes = round(seconds / 60)
    return QCoreApplication.translate("ExportDialog", "About {n} min left").format(n=minutes)


def _megabytes(n: int) -> str:
    if n >= 1_000_000_000:
        return f"{n / 1e9:.1f} GB"
    return f"{n / 1e6:.0f} MB"


class ExportDialog(QDialog):
    """Choose a stick or folder, copy, and see the result; one export at a time."""

    def __init__(
        self,
        audio: Path,
        *,
        drive_lister: Callable[[], list[Drive]] = list_removable_drives,
        exporter: Exporter = export_copy,
        settings: OrgSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.audio = Path(audio)
        self._drive_lister = drive_lister
        self._exporter = exporter
        self._settings = settings
        self._meter: ProgressMeter | None = None
        self._state = "idle"
        #: The finished copy (after success).
        self.copy_result: ExportResult | None = None
        self.setWindowTitle(self.tr("Copy for the client"))
        self.setStyleSheet(style.themed(STYLE))
        self.setMinimumWidth(560)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        self._build()
        self.refresh_drives()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        heading = QLabel(self.tr("Copy for the client"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "The client gets an exact copy of the recording, with the seal, an explanation "
                "(LEESMIJ.txt) and the agreements as PDF. OpnameStudio reads the copy back to "
                "check it."
            )
        )
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.recording_label = QLabel(self.tr("Recording: {name}").format(name=self.audio.name))
        self.recording_label.setWordWrap(True)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprint")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        where = QLabel(self.tr("Where should the copy go?"))
        where.setObjectName("intro")
        self.drive_list = QListWidget()
        self.drive_list.setAccessibleName(self.tr("USB sticks and folders"))
        self.drive_list.setMinimumHeight(110)
        self.drive_list.setWordWrap(True)
        self.drive_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.drive_list.currentItemChanged.connect(self._update_buttons)
        self.refresh_button = QPushButton(self.tr("Search again"))
        self.refresh_button.setToolTip(self.tr("Look again for USB sticks"))
        self.refresh_button.clicked.connect(self.refresh_drives)
        self.folder_button = QPushButton(self.tr("Choose a folder…"))
        self.folder_button.clicked.connect(self.ask_folder)
        drive_buttons = QHBoxLayout()
        drive_buttons.addWidget(self.refresh_button)
        drive_buttons.addWidget(self.folder_button)
        drive_buttons.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress of the copy"))
        self.time_label = QLabel()
        self.time_label.setObjectName("intro")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.copy_button = QPushButton(self.tr("Make the copy"))
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.start_export)
        self.receipt_button = QPushButton(self.tr("Receipt for the client…"))
        self.receipt_button.clicked.connect(self.open_receipt)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.receipt_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.recording_label)
        layout.addWidget(self.fingerprint_label)
        layout.addSpacing(6)
        layout.addWidget(where)
        layout.addWidget(self.drive_list)
        layout.addLayout(drive_buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.time_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(buttons)
        self._show_fingerprint()
        for button in (
            self.refresh_button,
            self.folder_button,
            self.copy_button,
            self.receipt_button,
            self.close_button,
        ):
            button.setAccessibleName(button.text().rstrip("…"))
        self._set_state("idle")

    def _show_fingerprint(self) -> None:
        try:
            facts = documents.facts_for_recording(self.audio, self._org_settings())
        except OpnameError:
            self.fingerprint_label.hide()  # the export itself will say what is wrong
            return
        self.fingerprint_label.setText(
            self.tr("Fingerprint: {fingerprint}").format(fingerprint=facts.fingerprint)
        )

    # ------------------------------------------------------------------ public

    @property
    def state(self) -> str:
        """ "idle", "copying" or "done"."""
        return self._state

    def refresh_drives(self) -> None:
        """List the removable drives again; a folder chosen before stays in the list."""
        folders = [
            self._item_path(i)
            for i in range(self.drive_list.count())
            if self.drive_list.item(i).data(_KIND) == "folder"
        ]
        self.drive_list.clear()
        try:
            drives = self._drive_lister()
        except OSError as exc:
            log.warning("cannot list the removable drives: %s", exc)
            drives = []
        for drive in drives:
            self._add_item(_drive_text(drive), drive.mount_point, "drive")
        for folder in folders:
            if folder is not None:
                self._add_item(folder.as_posix(), folder, "folder")
        if self.drive_list.count() == 0:
            empty = QListWidgetItem(
                self.tr(
                    "No USB stick found. Connect one and click 'Search again', or choose a folder."
                )
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.drive_list.addItem(empty)
        else:
            self.drive_list.setCurrentRow(0)
        self._update_buttons()

    def set_destination(self, folder: Path) -> None:
        """Add ``folder`` to the list (if new) and select it."""
        folder = Path(folder)
        for i in range(self.drive_list.count()):
            if self._item_path(i) == folder:
                self.drive_list.setCurrentRow(i)
                return
        empty = self.drive_list.item(0)
        if empty is not None and empty.data(_PATH) is None:
            self.drive_list.takeItem(0)  # "No USB stick found": there is a place now
        self._add_item(str(folder), folder, "folder")
        self.drive_list.setCurrentRow(self.drive_list.count() - 1)

    def destination(self) -> Path | None:
        """The chosen stick or folder."""
        row = self.drive_list.currentRow()
        return self._item_path(row) if row >= 0 else None

    def ask_folder(self) -> None:
        """Let the worker choose any folder."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the copy"))
        if folder:
            self.set_destination(Path(folder))

    def start_export(self) -> None:
        """Make the agreement PDF, then copy in the background."""
        dest = self.destination()
        if dest is None or self._state == "copying":
            return
        settings = self._org_settings()
        extra: dict[str, bytes] = {}
        try:
            facts = documents.facts_for_recording(self.audio, settings)
            extra[AGREEMENT_FILE] = agreement_pdf(facts)
        except OpnameError as exc:
            # No agreement without a readable seal; export_copy says what is wrong with it.
            log.warning("no agreement PDF for %s: %s", self.audio, exc.one_line())
        self._meter = ProgressMeter()
        job = functools.partial(
            self._exporter,
            self.audio,
            dest,
            progress=self._meter.update,
            extra_files=extra,
            organisation=settings.organisation,
        )
        self.copy_result = None
        self._set_state("copying")
        self._poll.start()
        run_task(job, self._on_done)

    def open_receipt(self) -> None:
        """The client's receipt for this recording (print or PDF)."""
        open_receipt_dialog(self, self.audio)

    # ------------------------------------------------------------------ Qt

    def reject(self) -> None:
        """Not while copying: the copy must finish or fail cleanly."""
        if self._state != "copying":
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._state == "copying":
            event.ignore()
            return
        super().closeEvent(event)

    # ------------------------------------------------------------------ helpers

    def _org_settings(self) -> OrgSettings:
        if self._settings is None:
            try:
                self._settings = load_settings()
            except OpnameError as exc:
                log.warning("organisation settings unreadable: %s", exc.one_line())
                self._settings = OrgSettings()
        return self._settings

    def _add_item(self, text: str, path: Path, kind: str) -> None:
        item = QListWidgetItem(text)
        item.setData(_PATH, str(path))
        item.setData(_KIND, kind)
        item.setToolTip(str(path))
        self.drive_list.addItem(item)

    def _item_path(self, row: int) -> Path | None:
        item = self.drive_list.item(row)
        value = item.data(_PATH) if item is not None else None
        return Path(value) if value else None

    def _update_buttons(self) -> None:
        copying = self._state == "copying"
        self.copy_button.setEnabled(not copying and self.destination() is not None)
        for widget in (self.drive_list, self.refresh_button, self.folder_button):
            widget.setEnabled(not copying)
        self.close_button.setEnabled(not copying)

    def _set_state(self, state: str) -> None:
        self._state = state
        copying = state == "copying"
        self.progress.setVisible(copying)
        self.time_label.setVisible(copying)
        self.summary_label.setVisible(state == "done")
        self.receipt_button.setVisible(state == "done")
        if copying:
            self.progress.setValue(0)
            self.time_label.setText(format_time_left(None))
        self.copy_button.setText(
            self.tr("Make another copy") if state == "done" else self.tr("Make the copy")
        )
        self.copy_button.setAccessibleName(self.copy_button.text())
        self._update_buttons()

    def _show_progress(self) -> None:
        if self._meter is None:
            return
        done, total, _ = self._meter.snapshot()
        if total > 0:
            self.progress.setValue(round(1000 * done / total))
        self.time_label.setText(format_time_left(self._meter.seconds_left()))

    def _on_done(self, *, result: ExportResult | None, error: Exception | None) -> None:
        self._poll.stop()
        self._meter = None
        if error is not None or result is None:
            self._set_state("idle")
            show_error(self, error or OpnameError("The export returned nothing"))
            return
        self.copy_result = result
        self.summary_label.setText(self._summary(result))
        self._set_state("done")
        fit_height(self, self.summary_label)
        self.close_button.setFocus()

    def _summary(self, result: ExportResult) -> str:
        files = "".join(f"<li>{html.escape(p.name)}</li>" for p in result.files)
        try:
            facts = documents.facts_for_recording(self.audio, self._org_settings())
            fingerprint = facts.fingerprint
        except OpnameError:
            fingerprint = ""
        # Block by block: a <br> after the list would leave an empty line of its own.
        para = "<p style='margin:0 0 10px 0'>{}</p>"
        blocks = [
            para.format("<b>" + html.escape(self.tr("The copy is ready and checked.")) + "</b>"),
            para.format(
                html.escape(self.tr("Written to the folder:"))
                + f"<br><code>{html.escape(str(result.folder))}</code>"
            ),
            "<p style='margin:0'>" + html.escape(self.tr("Files:")) + "</p>",
            f"<ul style='margin:0 0 10px 0'>{files}</ul>",
        ]
        if fingerprint:
            blocks.append(
                para.format(
                    html.escape(
                        self.tr("The fingerprint to compare (on the receipt): {fingerprint}")
                    ).format(fingerprint=f"<br><b><code>{html.escape(fingerprint)}</code></b>")
                )
            )
        blocks.append(
            "<p style='margin:0'>"
            + html.escape(
                self.tr(
                    "Give the client the receipt. Then remove the USB stick safely "
                    "('Eject') before you pull it out."
                )
            )
            + "</p>"
        )
        return "".join(blocks)


def fit_height(dialog: QDialog, label: QLabel) -> None:
    """Grow the dialog so a word-wrapped rich-text label shows all its lines.

    Qt sizes a word-wrapped label for some width before the layout settles; the slack covers
    the style sheet's padding and the list's spacing, which its height-for-width leaves out.
    """
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    label.setMinimumHeight(label.heightForWidth(max(label.width(), 400)) + 36)
    dialog.adjustSize()


_PATH = Qt.ItemDataRole.UserRole
_KIND = int(Qt.ItemDataRole.UserRole) + 1


def _drive_text(drive: Drive) -> str:
    name = drive.label or drive.mount_point.name or str(drive.mount_point)
    text = f"{name}  ({drive.mount_point})"
    if drive.free_bytes is not None:
        text += "  — " + QCoreApplication.translate("ExportDialog", "{free} free").format(
            free=_megabytes(drive.free_bytes)
        )
    return text


def open_export_dialog(parent: QWidget | None, audio: Path) -> None:
    """Show "Kopie voor cliënt" for the sealed recording ``audio`` (modal)."""
    ExportDialog(audio, parent=parent).exec()


def choose_and_export(parent: QWidget | None) -> None:
    """Choose any sealed recording (e.g. from the archive folder), then "Kopie voor cliënt"."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ExportDialog", "Choose the sealed recording to copy"),
        "",
        QCoreApplication.translate(
            "ExportDialog", "Recordings (*.flac *.wav *.mp3 *.m4a *.ogg);;All files (*)"
        ),
    )
    if name:
        open_export_dialog(parent, Path(name))
