"""A basic list of the recordings on this computer: when, how long, and whether they are sealed.

It looks in the recordings folder and in the folder for recovered recordings, and reads only the
small ``.zegel.json`` beside each sound file (never the audio itself), so even a long list of
two-hour recordings appears at once. A recording locked in the organisation's archive at stop
(core.autoarchive) has no sound file here any more, so it is not listed (its seal, left in the
folder, is not a recording); once the archive takes new recordings, a line under the list says
where they are and a button goes to the "Archief" page. Scanning is plain Python
(:func:`scan_recordings`, no Qt) and runs as a background job; ``refreshed`` says when the list
is up to date.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimeZone,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QDesktopServices,
    QKeySequence,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from opnamestudio.core import paths
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.sealfiles import SEAL_SUFFIX, seal_paths_for
from opnamestudio.ui import style
from opnamestudio.ui.jobs import run_task
from opnamestudio.ui.widgets import format_duration

__all__ = [
    "AUDIO_SUFFIXES",
    "STATES",
    "RecordingEntry",
    "RecordingsList",
    "default_folders",
    "scan_recordings",
]

log = logging.getLogger(__name__)

#: Sound files the list shows (what the app records, and what it may receive from a client).
AUDIO_SUFFIXES = (".flac", ".wav", ".ogg", ".mp3", ".m4a", ".opus")
#: Seal states, in the order the "Seal" column sorts them.
STATES = ("sealed", "interrupted", "seal-damaged", "no-seal")
#: Text colours of the states that need attention (the others keep the normal colour).
#: The states whose recording can be copied for the client (it has a readable seal).
EXPORTABLE = frozenset({"sealed", "interrupted"})
STATE_COLOURS = {"seal-damaged": "#b3261e", "no-seal": "#8a5a00"}
#: The item data role that holds the value a column sorts by.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The item data role that holds the entry's sound file (on the first column).
PATH_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMN_STARTED, COLUMN_LENGTH, COLUMN_STATE, COLUMN_FILE = range(4)

STYLE = """
QLabel#heading { font-size: 20pt; font-weight: 600; color: #1f2933; }
QLabel#intro { color: #52606d; }
QLabel#empty { color: #52606d; font-size: 12pt; padding: 24px; }
QTreeView { font-size: 11pt; }
QTreeView::item { padding: 4px 2px; }
QPushButton { font-size: 11pt; padding: 6px 16px; }
QPushButton#verify { font-weight: 600; }
"""


@dataclass(frozen=True)
class RecordingEntry:
    """One sound file in the list, with what its seal says about it.

    ``started`` is the recording's start (UTC) from the seal, or the file's modification time
    when there is no readable seal; ``duration`` is None without a readable seal.
    """

    path: Path
    seal: Path | None
    state: str
    started: datetime
    duration: float | None


def default_folders() -> list[Path]:
    """Where the app puts recordings: the recordings folder and the recovered folder."""
    return [paths.recordings_dir(), paths.recovered_dir()]


def _parse_utc(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def _mtime(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)
    except OSError:
        return datetime.fromtimestamp(0, tz=timezone.utc)


def read_entry(audio: Path) -> RecordingEntry:
    """What the seal beside ``audio`` says; never raises for a missing or damaged seal."""
    files = seal_paths_for(audio)
    manifest = files.manifest
    if not manifest.is_file():
        return RecordingEntry(audio, None, "no-seal", _mtime(audio), None)
    if not files.signature.is_file():  # a seal nobody signed proves nothing
        return RecordingEntry(audio, manifest, "seal-damaged", _mtime(audio), None)
    try:
        from opnamestudio.core.seal import Seal  # noqa: PLC0415 (on the scanning thread)

        seal = Seal.from_file(manifest)
    except OpnameError as exc:
        log.info("cannot read the seal %s: %s", manifest, exc)
        return RecordingEntry(audio, manifest, "seal-damaged", _mtime(audio), None)
    timeline = seal.data["timeline"]
    interrupted = bool(timeline.get("recovered")) or timeline.get("interruption") is not None
    started = _parse_utc(timeline.get("started_utc")) or _mtime(audio)
    duration = seal.frames / seal.samplerate
    state = "interrupted" if interrupted else "sealed"
    return RecordingEntry(audio, manifest, state, started, duration)


def scan_recordings(folders: Iterable[Path]) -> list[RecordingEntry]:
    """Every sound file in ``folders`` (not in sub-folders), newest first.

    A file still being written (``.partial``) is not a recording yet and is left out.
    """
    entries: list[RecordingEntry] = []
    seen: set[Path] = set()
    for folder in folders:
        try:
            children = sorted(folder.iterdir())
        except OSError as exc:
            log.info("cannot list %s: %s", folder, exc)
            continue
        for child in children:
            if child.suffix.lower() not in AUDIO_SUFFIXES or child.name.endswith(SEAL_SUFFIX):
                continue
            if child in seen or not child.is_file():
                continue
            seen.add(child)
            entries.append(read_entry(child))
    entries.sort(key=lambda e: (e.started, e.path.name), reverse=True)
    return entries


def _scan(folders: list[Path]) -> tuple[list[RecordingEntry], bool]:
    """The recordings in ``folders``, and whether new recordings go into the archive."""
    from opnamestudio.core.autoarchive import archive_recipients  # noqa: PLC0415

    return scan_recordings(folders), bool(archive_recipients())


def state_text(state: str) -> tuple[str, str]:
    """The seal column's word for ``state`` and a sentence that explains it (translated)."""
    texts = {
        "sealed": (
            QCoreApplication.translate("RecordingsList", "Sealed"),
            QCoreApplication.translate(
                "RecordingsList", "The recording is sealed. A change to it can be found."
            ),
        ),
        "interrupted": (
            QCoreApplication.translate("RecordingsList", "Cut off, sealed"),
            QCoreApplication.translate(
                "RecordingsList",
                "The recording stopped unexpectedly. What was recorded up to that moment is "
                "kept and sealed.",
            ),
        ),
        "seal-damaged": (
            QCoreApplication.translate("RecordingsList", "Seal damaged"),
            QCoreApplication.translate(
                "RecordingsList",
                "The seal beside this file cannot be read. Check the recording to learn more.",
            ),
        ),
        "no-seal": (
            QCoreApplication.translate("RecordingsList", "No seal"),
            QCoreApplication.translate(
                "RecordingsList", "There is no seal beside this file, so nobody can check it."
            ),
        ),
    }
    return texts[state]


def format_started(started: datetime) -> str:
    """Local date and time of a recording, day first (translatable pattern)."""
    moment = QDateTime.fromSecsSinceEpoch(int(started.timestamp()), QTimeZone.systemTimeZone())
    return moment.toString(QCoreApplication.translate("RecordingsList", "dd-MM-yyyy HH:mm"))


class _SortProxy(QSortFilterProxyModel):
    """Sorts by each column's own value (a time, a length), not by its text."""

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        if a is None or b is None or type(a) is not type(b):
            return bool(super().lessThan(left, right))
        return bool(a < b)


class RecordingsList(QWidget):
    """The recordings on this computer, newest first; Enter or "Check" opens one in Controleren.

    ``folders`` defaults to :func:`default_folders` (read at every refresh, so a changed
    ``OPNAMESTUDIO_HOME`` is followed).
    """

    #: The user wants to check this sound file (open it in "Controleren").
    verify_requested = Signal(Path)
    #: The user wants a copy of this sealed recording for the client ("Kopie voor cliënt").
    export_requested = Signal(Path)
    #: A refresh finished; the list shows the folders' current contents.
    refreshed = Signal()
    #: The user wants the "Archief" page (where the recordings locked in the archive are).
    archive_requested = Signal()

    def __init__(
        self, folders: Sequence[Path] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._folders = list(folders) if folders is not None else None
        self._entries: list[RecordingEntry] = []
        self._refreshing = False
        self._refresh_again = False
        self._build()
        self._make_actions()
        self._show_entries([])

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        heading = QLabel(self.tr("Recordings"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "The recordings on this computer, newest first. Choose one and click 'Check' "
                "to see whether it is still the original."
            )
        )
        intro.setObjectName("intro")
        intro.setWordWrap(True)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Date and time"), self.tr("Length"), self.tr("Seal"), self.tr("File")]
        )
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COLUMN_STARTED, Qt.SortOrder.DescendingOrder)
        self.view.setAccessibleName(self.tr("Recordings"))
        self.view.setAccessibleDescription(
            self.tr("Use the arrow keys to choose a recording and Enter to check it.")
        )
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_FILE, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self._empty_text = self.tr(
            "No recordings yet. A recording appears here as soon as it has been made and sealed."
        )
        self.empty_label = QLabel(self._empty_text)
        self.empty_label.setObjectName("empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.view)

        # Shown once the archive takes new recordings: they are not in this list.
        self.archive_hint = QLabel(
            self.tr(
                "New recordings are kept in the organisation's archive, locked with its key. "
                "You find them on the page 'Archive'."
            )
        )
        self.archive_hint.setObjectName("intro")
        self.archive_hint.setWordWrap(True)
        self.archive_button = QPushButton(self.tr("Go to the archive"))
        self.archive_button.setAccessibleName(self.tr("Go to the page 'Archive'"))
        self.archive_button.clicked.connect(self.archive_requested)
        archive_row = QHBoxLayout()
        archive_row.addWidget(self.archive_hint, 1)
        archive_row.addWidget(self.archive_button)
        self.archive_hint.hide()
        self.archive_button.hide()

        self.verify_button = QPushButton(self.tr("Check"))
        self.verify_button.setObjectName("verify")
        self.verify_button.setAccessibleName(self.tr("Check the chosen recording"))
        self.verify_button.clicked.connect(self.verify_current)
        self.export_button = QPushButton(self.tr("Copy for client…"))
        self.export_button.setObjectName("export")
        self.export_button.setAccessibleName(
            self.tr("Make a copy of the chosen recording for the client")
        )
        self.export_button.clicked.connect(self.export_current)
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.folder_button.setAccessibleName(self.tr("Open the folder of the recordings"))
        self.folder_button.clicked.connect(self.open_folder)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the list of recordings"))
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)
        layout.addLayout(archive_row)
        layout.addLayout(buttons)
        self.setStyleSheet(style.themed(STYLE))
        QWidget.setTabOrder(self.view, self.verify_button)
        QWidget.setTabOrder(self.verify_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.folder_button)
        QWidget.setTabOrder(self.folder_button, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.archive_button)

    def _make_actions(self) -> None:
        self.open_folder_action = QAction(self.tr("Open the folder of the recordings"), self)
        self.open_folder_action.triggered.connect(self.open_folder)
        self.refresh_action = QAction(self.tr("Refresh the list of recordings"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.open_folder_action)
        self.addAction(self.refresh_action)

    # ------------------------------------------------------------------ public

    @property
    def entries(self) -> list[RecordingEntry]:
        """The recordings on display, in the order shown."""
        return [self._entry_at(row) for row in range(self.proxy.rowCount())]

    def folders(self) -> list[Path]:
        """The folders the list shows."""
        return list(self._folders) if self._folders is not None else default_folders()

    def refresh(self) -> None:
        """Read the folders again, in the background; ``refreshed`` follows."""
        if self._refreshing:
            self._refresh_again = True
            return
        # The button stays usable (and keeps the focus): a click meanwhile reads again afterwards.
        self._refreshing = True
        run_task(functools.partial(_scan, self.folders()), self._on_scanned)

    def current_path(self) -> Path | None:
        """The sound file of the chosen row, if any."""
        entry = self.current_entry()
        return entry.path if entry is not None else None

    def current_entry(self) -> RecordingEntry | None:
        """The chosen row's recording, if any."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self._entry_at(index.row())

    def select_path(self, path: Path) -> bool:
        """Make the row of ``path`` the current one; False when it is not in the list."""
        for row in range(self.proxy.rowCount()):
            if self._entry_at(row).path == path:
                self.view.selectionModel().setCurrentIndex(
                    self.proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False

    def verify_current(self) -> None:
        """Ask for the chosen recording to be checked."""
        path = self.current_path()
        if path is not None:
            self.verify_requested.emit(path)

    def focus_default(self) -> None:
        """Focus the list, or "Vernieuwen" while the list is empty."""
        if self.stack.currentWidget() is self.view:
            self.view.setFocus()
        else:
            self.refresh_button.setFocus()

    def export_current(self) -> None:
        """Ask for a copy of the chosen recording for the client (sealed recordings only)."""
        entry = self.current_entry()
        if entry is not None and entry.state in EXPORTABLE:
            self.export_requested.emit(entry.path)

    def open_folder(self) -> None:
        """Show the chosen recording's folder (or the recordings folder) in the file manager."""
        path = self.current_path()
        folder = path.parent if path is not None else self.folders()[0]
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def showEvent(self, event: QShowEvent) -> None:
        """Coming into view (its tab chosen, the window shown), the list reads the folders again:
        a recording made meanwhile is there without a click."""
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    # ------------------------------------------------------------------ internals

    def _entry_at(self, proxy_row: int) -> RecordingEntry:
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        entry = self.model.item(source.row(), 0).data(PATH_ROLE)
        assert isinstance(entry, RecordingEntry)
        return entry

    def _on_scanned(
        self, *, result: tuple[list[RecordingEntry], bool] | None, error: Exception | None
    ) -> None:
        self._refreshing = False
        if error is not None:
            log.warning("cannot list the recordings: %r", error)
        elif result is not None:
            entries, archiving = result
            self.archive_hint.setVisible(archiving)
            self.archive_button.setVisible(archiving)
            if archiving:
                self.empty_label.setText(
                    self.tr("No recordings on this computer outside the archive.")
                )
            else:
                self.empty_label.setText(self._empty_text)
            self._show_entries(entries)
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()
            return
        self.refreshed.emit()

    def _show_entries(self, entries: list[RecordingEntry]) -> None:
        chosen = self.current_path()
        self._entries = entries
        self.model.removeRows(0, self.model.rowCount())
        for entry in entries:
            self.model.appendRow(self._row(entry))
        self.stack.setCurrentWidget(self.view if entries else self.empty_label)
        if entries and not (chosen is not None and self.select_path(chosen)):
            self.select_path(self.entries[0].path)
        self._on_current_changed()

    def _row(self, entry: RecordingEntry) -> list[QStandardItem]:
        word, explanation = state_text(entry.state)
        started = format_started(entry.started)
        length = format_duration(entry.duration) if entry.duration is not None else "–"
        cells = [
            (started, entry.started.timestamp()),
            (length, entry.duration if entry.duration is not None else -1.0),
            (word, STATES.index(entry.state)),
            (entry.path.name, entry.path.name.lower()),
        ]
        items = []
        for text, key in cells:
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(key, SORT_ROLE)
            item.setToolTip(str(entry.path) if text == entry.path.name else explanation)
            items.append(item)
        items[COLUMN_STATE].setToolTip(explanation)
        if entry.state in STATE_COLOURS:  # a recording nobody can check stands out
            colour = style.paint(QColor(STATE_COLOURS[entry.state]))
            items[COLUMN_STATE].setForeground(QBrush(colour))
        if entry.duration is None:
            items[COLUMN_LENGTH].setData(self.tr("unknown"), Qt.ItemDataRole.AccessibleTextRole)
        items[0].setData(entry, PATH_ROLE)
        return items

    def _on_current_changed(self, *_: object) -> None:
        self.verify_button.setEnabled(self.current_path() is not None)
        entry = self.current_entry()
        self.export_button.setEnabled(entry is not None and entry.state in EXPORTABLE)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.verify_requested.emit(self._entry_at(index.row()).path)
