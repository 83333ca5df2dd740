"""The "Archief" page: the organisation's archived recordings, to find, play, check, copy again
and delete, with each one's retention end shown and changeable within the organisation's policy.

The list reads only the archive's index (no key is unlocked for it). Everything that needs the
audio runs as a background job (``ui.jobs.run_task``) and unlocks the archive's key then: from
the OS keyring, or with the archive passphrase, which a small dialog asks for when the core says
it is needed (``PassphraseRequiredError``; ``ui.archive_access``, shared with the seal panel);
a wrong one gives the Dutch error and is forgotten.

- **Afspelen** decrypts and decodes while it plays (``core.playback.Playback`` on the archive's
  decrypting stream): a feed job fills about a second of sound, the audio callback drains it, and
  the page's timer reads the position and starts the next feed. A two-hour recording is never in
  memory, and seeking with the slider decrypts only the 64 KiB chunk it lands in.
- **Controleren** runs ``Archive.verify``: the file decrypts, every chunk authenticated, to
  exactly the sealed audio, and the seal's signature holds. Nothing is written to disk; the
  outcome is shown on the page.
- **Opnieuw een kopie** decrypts the recording with its seal into a private temporary folder
  (``Archive.decrypt_for_export``) and emits ``export_requested`` with the audio's path; the
  receiver ("Kopie voor cliënt", a modal dialog) must be done with it when the signal returns:
  the folder is deleted right after, so no plaintext stays on the laptop.
- **Verwijderen** (also the Delete key in the list) asks first, saying exactly what goes (the
  sound and the conversation's record) and what stays (the seal, and the deletion entry).
- **Bewaren tot** can be moved from today up to the day of the conversation plus the
  organisation's retention period (``core.archive.retention_bounds`` explains why).

The core writes every play, check, decryption, deletion and retention change to the audit log.
"""

from __future__ import annotations

import contextlib
import functools
import html
import itertools
import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QHideEvent,
    QKeySequence,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSlider,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from opnamestudio.core.archive import (
    Archive,
    ArchiveCheck,
    ArchivedRecording,
    RetentionBounds,
    archive_dir,
    retention_bounds,
)
from opnamestudio.core.archivekeys import ArchiveKeys
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.playback import Playback, StreamFactory
from opnamestudio.ui import style
from opnamestudio.ui.archive_access import (
    KeyedRunner,
    PassphraseDialog,
    ask_passphrase,
    decrypt_for_export,
    default_keys,
    new_export_folder,
    remove_export_folder,
)
from opnamestudio.ui.errors import show_error
from opnamestudio.ui.jobs import NextFunc, run_task
from opnamestudio.ui.recordings_list import format_started
from opnamestudio.ui.widgets import Banner, format_duration

__all__ = [
    "STATE_FILTERS",
    "ArchivePage",
    "ArchiveProxy",
    "PassphraseDialog",
    "ask_passphrase",
]

log = logging.getLogger(__name__)

#: Role of the ArchivedRecording on the first column; role of each column's sort value.
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_STARTED, COLUMN_LENGTH, COLUMN_KEEP_UNTIL, COLUMN_STATE, COLUMN_NAME = range(5)
#: The state filter's choices: (code, states shown).
STATE_FILTERS = (("all", None), ("archived", "archived"), ("deleted", "deleted"))
#: The period filter's choices: (code, days back; None: all).
PERIOD_FILTERS = (("all", None), ("week", 7), ("month", 31), ("year", 366))
#: How often the page reads the playback position and feeds the buffer.
POLL_MS = 50
#: Keyboard steps of the position slider, in milliseconds.
SLIDER_STEP_MS, SLIDER_PAGE_MS = 5_000, 30_000

STYLE = """
QLabel#heading { font-size: 20pt; font-weight: 600; color: #1f2933; }
QLabel#intro, QLabel#retentionHint { color: #52606d; }
QLabel#empty { color: #52606d; font-size: 12pt; padding: 24px; }
QLabel#chosen { font-size: 12pt; font-weight: 600; color: #1f2933; }
QLabel#outcome { border-radius: 6px; padding: 8px 12px; font-size: 11pt; }
QLabel#outcome[tone="good"] { background: #e8f5e9; border: 1px solid #8bc34a; color: #1b3d1f; }
QLabel#outcome[tone="bad"] { background: #fdecea; border: 1px solid #e57373; color: #8a1c1c; }
QTreeView { font-size: 11pt; }
QTreeView::item { padding: 3px 2px; }
QPushButton { font-size: 11pt; padding: 6px 14px; }
QPushButton#play { font-weight: 600; }
"""


def _started(rec: ArchivedRecording) -> datetime | None:
    for value in (rec.started_utc, rec.archived_utc):
        if value:
            with contextlib.suppress(ValueError):
                moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
                return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return None


def format_day(day: date) -> str:
    """A date, day first (translatable pattern)."""
    return QDate(day.year, day.month, day.day).toString(
        QCoreApplication.translate("ArchivePage", "dd-MM-yyyy")
    )


def state_words(rec: ArchivedRecording) -> str:
    """The state column's words."""
    if rec.state == "deleted":
        if rec.deleted_on is not None:
            return QCoreApplication.translate("ArchivePage", "Deleted on {date}").format(
                date=format_day(rec.deleted_on)
            )
        return QCoreApplication.translate("ArchivePage", "Deleted")
    return QCoreApplication.translate("ArchivePage", "Kept")


# ---------------------------------------------------------------------- background work (no Qt)


def list_recordings(folder: Path) -> list[ArchivedRecording]:
    """The archive's index (no key needed)."""
    with Archive(folder, identities=[]) as archive:
        return archive.recordings()


def open_playback(folder: Path, keys: ArchiveKeys, recording_id: str) -> Playback:
    """A decrypting stream of the recording, ready to play, with its first second decoded."""
    with Archive(folder, keys=keys) as archive:
        stream = archive.open_audio(recording_id)
    playback = Playback(stream)
    playback.feed()
    return playback


def verify_recording(folder: Path, keys: ArchiveKeys, recording_id: str) -> ArchiveCheck:
    """Decrypt in memory, chunk by chunk, and check against the seal and its signature."""
    with Archive(folder, keys=keys) as archive:
        return archive.verify(recording_id)


def delete_recording(folder: Path, recording_id: str) -> ArchivedRecording:
    """Delete the sound and the session record now; the seal and a deletion entry stay."""
    with Archive(folder, identities=[]) as archive:
        archive.delete(recording_id, reason="manual")
        return archive.get(recording_id)


def change_retention(
    folder: Path, recording_id: str, end: date, policy_months: int
) -> ArchivedRecording:
    """Move the retention end within the policy (the core checks the bounds again)."""
    with Archive(folder, identities=[]) as archive:
        return archive.set_retention_end(recording_id, end, policy_months=policy_months)


def _policy_months() -> int:
    from opnamestudio.core.orgsettings import load_settings  # noqa: PLC0415

    return load_settings().retention_months


# ---------------------------------------------------------------------- the list's filter


class ArchiveProxy(QSortFilterProxyModel):
    """Sorts by each column's own value and filters by search text, state and period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._state: str | None = None
        self._since: datetime | None = None

    def set_filters(self, search: str, state: str | None, since: datetime | None) -> None:
        """Show only rows matching all three (empty search, None: no filter)."""
        self.beginFilterChange()
        self._search, self._state, self._since = search.strip().casefold(), state, since
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        rec = model.index(source_row, 0, source_parent).data(RECORD_ROLE)
        if not isinstance(rec, ArchivedRecording):
            return False
        if self._state is not None and rec.state != self._state:
            return False
        if self._since is not None:
            started = _started(rec)
            if started is None or started < self._since:
                return False
        if self._search:
            texts = [rec.name, rec.recording_id, rec.sha256[:24]]
            texts += [
                str(model.index(source_row, c, source_parent).data() or "")
                for c in range(model.columnCount())
            ]
            return any(self._search in text.casefold() for text in texts)
        return True

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None or type(a) is not type(b):
            return bool(super().lessThan(left, right))
        return bool(a < b)


# ---------------------------------------------------------------------- the page


class ArchivePage(QWidget):
    """The "Archief" page.

    ``folder`` is the archive (default ``<data>/archive``, read at every use so a changed
    ``OPNAMESTUDIO_HOME`` is followed); ``keys_factory`` makes its ArchiveKeys (tests: another
    keyring); ``policy_months`` gives the organisation's retention period (default: its
    settings); ``stream_factory`` replaces ``sounddevice.OutputStream``; ``today`` the date.
    """

    # A copy of this decrypted recording is wanted ("Opnieuw een kopie"); its seal is beside it.
    # The file is deleted when the signal returns: handle it synchronously (a modal dialog).
    export_requested = Signal(Path)
    # A refresh finished; the list shows the index as it is now.
    refreshed = Signal()
    # Controleren finished: the recording id and whether it matched its seal.
    checked = Signal(str, bool)
    # A recording's audio was deleted (its id).
    deleted = Signal(str)
    # A recording's retention end was changed (its id).
    retention_changed = Signal(str)
    # A background step ended with an error (after the dialog was shown).
    failed = Signal(object)
    # Playback started, paused or ended ("playing", "paused", "ended", "stopped").
    playback_state_changed = Signal(str)

    def __init__(
        self,
        folder: Path | None = None,
        *,
        keys_factory: Callable[[Path], ArchiveKeys] | None = None,
        policy_months: Callable[[], int] | None = None,
        stream_factory: StreamFactory | None = None,
        today: Callable[[], date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._keys_factory = keys_factory or default_keys
        self._policy_months = policy_months or _policy_months
        self._stream_factory = stream_factory
        self._today = today or date.today
        self._keys: ArchiveKeys | None = None
        # Asks for the archive passphrase; replaceable (tests answer without a dialog).
        self.passphrase_prompt: Callable[[QWidget], str | None] = ask_passphrase
        self._records: list[ArchivedRecording] = []
        self._refreshing = False
        self._refresh_again = False
        self._busy = False
        self._keyed_done: NextFunc[Any] | None = None
        self._runner = KeyedRunner(self._archive_keys, self._ask_passphrase, self)
        self._export_folder: Path | None = None
        self._playback: Playback | None = None
        self._playback_id: str | None = None
        self._feeding = False
        self._bounds: RetentionBounds | None = None
        self._shown_end: date | None = None  # what "Keep until" showed before an edit
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll)
        self._build()
        self._make_actions()
        self._show_records([])
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_playback)

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        heading = QLabel(self.tr("Archive"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "The recordings the organisation keeps, locked on this computer. Choose one to "
                "play, check or copy again. Each is kept until its date under 'Keep until'."
            )
        )
        intro.setObjectName("intro")
        intro.setWordWrap(True)

        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search by name, date or code"))
        self.search_field.setAccessibleName(self.tr("Search in the archive"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._apply_filters)
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(self.tr("Show recordings by state"))
        for code, text in (
            ("all", self.tr("All recordings")),
            ("archived", self.tr("Kept")),
            ("deleted", self.tr("Deleted")),
        ):
            self.state_filter.addItem(text, code)
        self.state_filter.currentIndexChanged.connect(self._apply_filters)
        self.period_filter = QComboBox()
        self.period_filter.setAccessibleName(self.tr("Show recordings by period"))
        for code, text in (
            ("all", self.tr("Any time")),
            ("week", self.tr("Last 7 days")),
            ("month", self.tr("Last 31 days")),
            ("year", self.tr("Last 12 months")),
        ):
            self.period_filter.addItem(text, code)
        self.period_filter.currentIndexChanged.connect(self._apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(self.search_field, 1)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.period_filter)

        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Date and time"),
                self.tr("Length"),
                self.tr("Keep until"),
                self.tr("State"),
                self.tr("Name"),
            ]
        )
        self.proxy = ArchiveProxy(self)
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
        self.view.setAccessibleName(self.tr("Archived recordings"))
        self.view.setAccessibleDescription(
            self.tr(
                "Use the arrow keys to choose a recording, Enter to play or pause it and Delete "
                "to delete it."
            )
        )
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._on_activated)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.view)

        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("chosen")
        self.chosen_label.setWordWrap(True)

        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setObjectName("play")
        self.play_button.setAccessibleName(self.tr("Play the chosen recording"))
        self.play_button.clicked.connect(self.toggle_playback)
        self.position_slider = QSlider(Qt.Orientation.Horizontal)
        self.position_slider.setAccessibleName(self.tr("Position in the recording"))
        self.position_slider.setSingleStep(SLIDER_STEP_MS)
        self.position_slider.setPageStep(SLIDER_PAGE_MS)
        self.position_slider.setRange(0, 0)
        self.position_slider.actionTriggered.connect(self._on_slider_action)
        self.position_slider.sliderReleased.connect(self._on_slider_released)
        self.time_label = QLabel(self._time_text(0.0, 0.0))
        self.time_label.setAccessibleName(self.tr("Time played"))
        player = QHBoxLayout()
        player.addWidget(self.play_button)
        player.addWidget(self.position_slider, 1)
        player.addWidget(self.time_label)

        self.verify_button = QPushButton(self.tr("Check"))
        self.verify_button.setAccessibleName(
            self.tr("Check that the chosen recording is still the sealed original")
        )
        self.verify_button.clicked.connect(self.verify_current)
        self.export_button = QPushButton(self.tr("Copy again…"))
        self.export_button.setAccessibleName(
            self.tr("Make a new copy of the chosen recording for the client")
        )
        self.export_button.clicked.connect(self.export_current)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the sound of the chosen recording"))
        self.delete_button.clicked.connect(self.delete_current)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the list of the archive"))
        self.refresh_button.clicked.connect(self.refresh)
        actions = QHBoxLayout()
        actions.addWidget(self.verify_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)

        keep_label = QLabel(self.tr("Keep until:"))
        self.retention_edit = QDateEdit()
        self.retention_edit.setCalendarPopup(True)
        self.retention_edit.setDisplayFormat(self.tr("dd-MM-yyyy"))
        self.retention_edit.setAccessibleName(self.tr("Keep the chosen recording until"))
        keep_label.setBuddy(self.retention_edit)
        self.retention_edit.dateChanged.connect(self._on_retention_edited)
        self.retention_button = QPushButton(self.tr("Change"))
        self.retention_button.setAccessibleName(self.tr("Change the date until which it is kept"))
        self.retention_button.clicked.connect(self.apply_retention)
        self.retention_hint = QLabel()
        self.retention_hint.setObjectName("retentionHint")
        self.retention_hint.setWordWrap(True)
        retention = QHBoxLayout()
        retention.addWidget(keep_label)
        retention.addWidget(self.retention_edit)
        retention.addWidget(self.retention_button)
        retention.addWidget(self.retention_hint, 1)

        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("outcome")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setAccessibleName(self.tr("Outcome"))
        self.outcome_label.hide()
        self.banner = Banner()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.chosen_label)
        layout.addLayout(player)
        layout.addLayout(actions)
        layout.addLayout(retention)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.banner)
        self.setStyleSheet(style.themed(STYLE))
        chain: list[QWidget] = [
            self.search_field,
            self.state_filter,
            self.period_filter,
            self.view,
            self.play_button,
            self.position_slider,
            self.verify_button,
            self.export_button,
            self.delete_button,
            self.refresh_button,
            self.retention_edit,
            self.retention_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _make_actions(self) -> None:
        # Delete deletes only from the list: in the search field it deletes text.
        self.delete_action = QAction(self.tr("Delete the sound of the chosen recording"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.view.addAction(self.delete_action)
        self.refresh_action = QAction(self.tr("Refresh the list of the archive"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)

    # ------------------------------------------------------------------ public

    def folder(self) -> Path:
        """The archive's folder."""
        return self._folder if self._folder is not None else archive_dir()

    @property
    def records(self) -> list[ArchivedRecording]:
        """The recordings on display (after search and filters), in the order shown."""
        return [self._record_at(row) for row in range(self.proxy.rowCount())]

    def current_record(self) -> ArchivedRecording | None:
        """The chosen recording, if any."""
        index = self.view.currentIndex()
        return self._record_at(index.row()) if index.isValid() else None

    def select(self, recording_id: str) -> bool:
        """Make ``recording_id`` the chosen row; False when it is not shown."""
        for row in range(self.proxy.rowCount()):
            if self._record_at(row).recording_id == recording_id:
                self.view.selectionModel().setCurrentIndex(
                    self.proxy.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False

    def focus_default(self) -> None:
        """Focus the list, or the search field while the list is empty."""
        if self.stack.currentWidget() is self.view:
            self.view.setFocus()
        else:
            self.search_field.setFocus()

    def set_filters(
        self, *, search: str | None = None, state: str | None = None, period: str | None = None
    ) -> None:
        """Set the search text and the filters by code (see STATE_FILTERS, PERIOD_FILTERS)."""
        if search is not None:
            self.search_field.setText(search)
        if state is not None:
            self.state_filter.setCurrentIndex(self.state_filter.findData(state))
        if period is not None:
            self.period_filter.setCurrentIndex(self.period_filter.findData(period))

    def refresh(self) -> None:
        """Read the index again, in the background; ``refreshed`` follows."""
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        run_task(functools.partial(list_recordings, self.folder()), self._on_listed)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming into view, the list reads the index again."""
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page pauses the sound."""
        super().hideEvent(event)
        if not event.spontaneous():
            self.pause_playback()

    # ------------------------------------------------------------------ playing

    @property
    def playback(self) -> Playback | None:
        """The loaded recording's playback, if any."""
        return self._playback

    def toggle_playback(self) -> None:
        """Play the chosen recording, or pause / resume it."""
        rec = self.current_record()
        if rec is None or rec.state != "archived":
            return
        if self._playback is not None and self._playback_id == rec.recording_id:
            if self._playback.playing and not self._playback.ended:
                self.pause_playback()
            else:
                self._start_playing()
            return
        self.stop_playback()
        self._playback_id = rec.recording_id
        self._run_keyed(
            functools.partial(open_playback, self.folder(), self._archive_keys(), rec.recording_id),
            self._on_playback_opened,
        )

    def pause_playback(self) -> None:
        """Pause (the position stays)."""
        if self._playback is not None and self._playback.playing:
            self._playback.pause()
            self._update_player()
            self.playback_state_changed.emit("paused")

    def stop_playback(self) -> None:
        """Stop and unload the recording being played."""
        playback, self._playback = self._playback, None
        self._playback_id = None
        self._poll.stop()
        if playback is not None:
            playback.close()
            self.playback_state_changed.emit("stopped")
        self._update_player()

    def seek_seconds(self, seconds: float) -> None:
        """Continue the playback at ``seconds``."""
        if self._playback is not None:
            self._playback.seek(round(seconds * self._playback.samplerate))
            self._update_player()

    def _start_playing(self) -> None:
        playback = self._playback
        if playback is None:
            return
        try:
            playback.play()
        except OpnameError as exc:
            self.stop_playback()
            self._report(exc)
            return
        self._poll.start()
        self._update_player()
        self.playback_state_changed.emit("playing")

    def _on_playback_opened(self, *, result: Playback | None, error: Exception | None) -> None:
        if error is not None or result is None:
            self._playback_id = None
            self._report(error)
            return
        if self._playback_id is None:  # stopped (another recording chosen) meanwhile
            result.close()
            return
        self._playback = result
        try:
            result.open_stream(self._stream_factory)
        except OpnameError as exc:
            self.stop_playback()
            self._report(exc)
            return
        self.position_slider.setRange(0, int(result.duration * 1000))
        self._start_playing()

    def _on_poll(self) -> None:
        playback = self._playback
        if playback is None:
            self._poll.stop()
            return
        if playback.error is not None:
            error = playback.error
            self.stop_playback()
            self._report(error)
            return
        if playback.wants_data() and not self._feeding:
            self._feeding = True
            run_task(playback.feed, self._on_fed)
        if playback.ended and playback.playing:
            playback.pause()
            self.playback_state_changed.emit("ended")
        self._update_player()

    def _on_fed(self, *, result: bool | None, error: Exception | None) -> None:
        self._feeding = False
        if error is not None and self._playback is not None:
            self.stop_playback()
            self._report(error)

    def _on_slider_action(self, action: int) -> None:
        if action == QAbstractSlider.SliderAction.SliderMove.value and (
            self.position_slider.isSliderDown()
        ):
            return  # dragging: seek on release
        self.seek_seconds(self.position_slider.sliderPosition() / 1000)

    def _on_slider_released(self) -> None:
        self.seek_seconds(self.position_slider.sliderPosition() / 1000)

    def _time_text(self, position: float, duration: float) -> str:
        return self.tr("{position} of {length}").format(
            position=format_duration(position), length=format_duration(duration)
        )

    def _update_player(self) -> None:
        playback = self._playback
        rec = self.current_record()
        loaded = playback is not None and rec is not None and rec.recording_id == self._playback_id
        playing = loaded and playback is not None and playback.playing and not playback.ended
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setAccessibleName(
            self.tr("Pause the playback") if playing else self.tr("Play the chosen recording")
        )
        self.play_button.setEnabled(rec is not None and rec.state == "archived" and not self._busy)
        if loaded and playback is not None:
            position = playback.position / playback.samplerate
            duration = playback.duration
            self.position_slider.setEnabled(True)
            if not self.position_slider.isSliderDown():
                self.position_slider.setValue(int(position * 1000))
        else:
            position = 0.0
            duration = rec.duration if rec is not None else 0.0
            self.position_slider.setEnabled(False)
            self.position_slider.setRange(0, int(duration * 1000))
            self.position_slider.setValue(0)
        self.time_label.setText(self._time_text(position, duration))

    # ------------------------------------------------------------------ checking, copying

    def verify_current(self) -> None:
        """Check the chosen recording against its seal (Controleren)."""
        rec = self.current_record()
        if rec is None or rec.state != "archived" or self._busy:
            return
        self._show_outcome("", "")
        self._run_keyed(
            functools.partial(
                verify_recording, self.folder(), self._archive_keys(), rec.recording_id
            ),
            self._on_verified,
        )

    def _on_verified(self, *, result: ArchiveCheck | None, error: Exception | None) -> None:
        rec = self.current_record()
        if error is not None or result is None:
            self._report(error)
            if rec is not None:
                self._show_outcome(
                    self.tr(
                        "'{name}' is not in order. Keep it as it is and contact your IT department."
                    ).format(name=rec.name),
                    "bad",
                )
                self.checked.emit(rec.recording_id, False)
            return
        name = rec.name if rec is not None else result.recording_id
        if result.signature_valid:
            text = self.tr(
                "'{name}' is in order: the locked file holds exactly the sealed recording, and "
                "the seal's signature holds."
            ).format(name=name)
        else:
            text = self.tr(
                "The sound of '{name}' is exactly the sealed recording, but the seal's signature "
                "does not hold. Contact your IT department."
            ).format(name=name)
        self._show_outcome(text, "good" if result.signature_valid else "bad")
        self.checked.emit(result.recording_id, result.signature_valid)

    def export_current(self) -> None:
        """Decrypt the chosen recording for a new copy, then ask for it ("Opnieuw een kopie")."""
        rec = self.current_record()
        if rec is None or rec.state != "archived" or self._busy:
            return
        self._export_folder = new_export_folder()
        self._run_keyed(
            functools.partial(
                decrypt_for_export,
                self.folder(),
                self._archive_keys(),
                rec.recording_id,
                self._export_folder,
            ),
            self._on_decrypted_for_export,
        )

    def _on_decrypted_for_export(self, *, result: Path | None, error: Exception | None) -> None:
        folder, self._export_folder = self._export_folder, None
        try:
            if error is not None or result is None:
                self._report(error)
                return
            self.export_requested.emit(result)
        finally:
            if folder is not None:
                remove_export_folder(folder)

    # ------------------------------------------------------------------ deleting

    def delete_current(self) -> None:
        """Delete the chosen recording's sound, after a confirmation that says what goes."""
        rec = self.current_record()
        if rec is None or rec.state != "archived" or self._busy:
            return
        if not self._confirm_delete(rec):
            return
        if self._playback_id == rec.recording_id:
            self.stop_playback()
        self._set_busy(True)
        run_task(
            functools.partial(delete_recording, self.folder(), rec.recording_id), self._on_deleted
        )

    def _confirm_delete(self, rec: ArchivedRecording) -> bool:
        started = _started(rec)
        when = format_started(started) if started is not None else "?"
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        title = self.tr("Delete this recording?")
        box.setWindowTitle(title)
        box.setText(f"<b>{html.escape(title)}</b>")
        others = [
            r
            for r in self._records
            if r.session_id is not None
            and r.session_id == rec.session_id
            and r.recording_id != rec.recording_id
            and r.state == "archived"
        ]
        if rec.session_id is None:
            deleted = self.tr(
                "Deleted from this computer: the sound of the recording. This cannot be undone."
            )
        elif others:
            deleted = self.tr(
                "Deleted from this computer: the sound of the recording. This cannot be undone. "
                "The record of the conversation (names, purpose) stays as long as another "
                "recording of it is kept."
            )
        else:
            deleted = self.tr(
                "Deleted from this computer: the sound of the recording and the record of the "
                "conversation (names, purpose). This cannot be undone."
            )
        kept = self.tr(
            "Kept: the seal of the recording. It holds no names, and with it a copy that turns "
            "up later can still be checked. The deletion is written in the log."
        )
        which = self.tr("'{name}' of {when} ({length}).").format(
            name=rec.name, when=when, length=format_duration(rec.duration)
        )
        text = "\n\n".join((which, deleted, kept))
        box.setInformativeText(html.escape(text).replace("\n", "<br>"))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is delete

    def _on_deleted(self, *, result: ArchivedRecording | None, error: Exception | None) -> None:
        self._set_busy(False)
        if error is not None or result is None:
            self._report(error)
            return
        self._show_outcome(
            self.tr("The sound of '{name}' was deleted. Its seal is kept.").format(
                name=result.name
            ),
            "good",
        )
        self.deleted.emit(result.recording_id)
        self.refresh()

    # ------------------------------------------------------------------ retention

    def apply_retention(self) -> None:
        """Store the date in "Keep until" for the chosen recording (within the policy)."""
        rec = self.current_record()
        if rec is None or self._bounds is None or self._busy:
            return
        end = _date_of(self.retention_edit.date())
        if end == self._shown_end:
            return
        self._set_busy(True)
        run_task(
            functools.partial(
                change_retention, self.folder(), rec.recording_id, end, self._months()
            ),
            self._on_retention_changed,
        )

    def _months(self) -> int:
        try:
            return self._policy_months()
        except OpnameError as exc:
            log.warning("cannot read the retention policy: %s", exc.one_line())
            return 12

    def _on_retention_changed(
        self, *, result: ArchivedRecording | None, error: Exception | None
    ) -> None:
        self._set_busy(False)
        if error is not None or result is None:
            self._report(error)
            return
        if result.retention_end is not None:
            self._show_outcome(
                self.tr("'{name}' is now kept until {date}.").format(
                    name=result.name, date=format_day(result.retention_end)
                ),
                "good",
            )
        self.retention_changed.emit(result.recording_id)
        self.refresh()

    def _on_retention_edited(self, _: QDate) -> None:
        rec = self.current_record()
        chosen = _date_of(self.retention_edit.date())
        self.retention_button.setEnabled(
            rec is not None
            and self._bounds is not None
            and not self._busy
            and chosen != self._shown_end
        )

    def _show_retention(self, rec: ArchivedRecording | None) -> None:
        self._bounds = None
        self._shown_end = None
        if rec is not None:
            self._bounds = retention_bounds(rec, self._months(), self._today())
        blocked = self.retention_edit.blockSignals(True)
        if rec is None or self._bounds is None:
            self.retention_edit.setEnabled(False)
            self.retention_hint.setText(
                self.tr("The sound was deleted; the seal is kept.")
                if rec is not None and rec.state == "deleted"
                else ""
            )
        else:
            bounds = self._bounds
            self.retention_edit.setEnabled(True)
            self.retention_edit.setDateRange(_qdate(bounds.earliest), _qdate(bounds.latest))
            current = rec.retention_end or bounds.latest
            self.retention_edit.setDate(_qdate(current))
            self._shown_end = _date_of(self.retention_edit.date())
            self.retention_hint.setText(
                self.tr(
                    "Possible: {earliest} to {latest} (the organisation keeps recordings "
                    "{months} months)."
                ).format(
                    earliest=format_day(bounds.earliest),
                    latest=format_day(bounds.latest),
                    months=self._months(),
                )
            )
        self.retention_edit.blockSignals(blocked)
        self._on_retention_edited(self.retention_edit.date())

    # ------------------------------------------------------------------ keys and errors

    def _archive_keys(self) -> ArchiveKeys:
        if self._keys is None:
            self._keys = self._keys_factory(self.folder())
        return self._keys

    def _ask_passphrase(self) -> str | None:
        return self.passphrase_prompt(self)

    def _run_keyed(self, work: Callable[[], Any], done: NextFunc[Any]) -> None:
        """Run ``work`` (which unlocks the archive key); ask for the passphrase when needed."""
        self._keyed_done = done
        self._set_busy(True)
        self._runner.run(work, self._on_keyed, self._on_keyed_cancelled)

    def _on_keyed(self, *, result: object, error: Exception | None) -> None:
        done, self._keyed_done = self._keyed_done, None
        self._set_busy(False)
        if done is not None:
            done(result=result, error=error)

    def _on_keyed_cancelled(self) -> None:
        """The passphrase was not given: nothing happens, and nothing is reported."""
        done, self._keyed_done = self._keyed_done, None
        self._set_busy(False)
        if done == self._on_playback_opened:
            self._playback_id = None
        elif done == self._on_decrypted_for_export and self._export_folder is not None:
            remove_export_folder(self._export_folder)
            self._export_folder = None

    def _report(self, error: BaseException | None) -> None:
        if error is None:
            return
        rec = self.current_record()
        if not isinstance(error, Exception):
            error = RuntimeError(repr(error))
        show_error(self, error, about=rec.name if rec is not None else None)
        self.failed.emit(error)

    def _show_outcome(self, text: str, tone: str) -> None:
        if not text:
            self.outcome_label.hide()
            return
        self.outcome_label.setProperty("tone", tone)
        self.outcome_label.style().unpolish(self.outcome_label)
        self.outcome_label.style().polish(self.outcome_label)
        self.outcome_label.setText(text)
        self.outcome_label.setAccessibleDescription(text)
        self.outcome_label.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._on_current_changed()

    # ------------------------------------------------------------------ the list

    def _record_at(self, proxy_row: int) -> ArchivedRecording:
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        rec = self.model.item(source.row(), 0).data(RECORD_ROLE)
        assert isinstance(rec, ArchivedRecording)
        return rec

    def _on_listed(
        self, *, result: list[ArchivedRecording] | None, error: Exception | None
    ) -> None:
        self._refreshing = False
        if error is not None:
            self._report(error)
        elif result is not None:
            self._show_records(result)
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()
            return
        self.refreshed.emit()

    def _show_records(self, records: list[ArchivedRecording]) -> None:
        chosen = self.current_record()
        self._records = records
        self.model.removeRows(0, self.model.rowCount())
        for rec in records:
            self.model.appendRow(self._row(rec))
        self._after_filter(chosen.recording_id if chosen is not None else None)

    def _apply_filters(self, *_: object) -> None:
        chosen = self.current_record()
        state = STATE_FILTERS[max(0, self.state_filter.currentIndex())][1]
        days = PERIOD_FILTERS[max(0, self.period_filter.currentIndex())][1]
        since = None
        if days is not None:
            today = self._today()
            start = datetime(today.year, today.month, today.day, tzinfo=timezone.utc)
            since = start - timedelta(days=days)
        self.proxy.set_filters(self.search_field.text(), state, since)
        self._after_filter(chosen.recording_id if chosen is not None else None)

    def _after_filter(self, chosen: str | None) -> None:
        shown = self.proxy.rowCount() > 0
        if not self._records:
            self.empty_label.setText(
                self.tr(
                    "The archive is empty. A recording the organisation makes appears here once "
                    "it has been sealed and locked in the archive."
                )
            )
        elif not shown:
            self.empty_label.setText(self.tr("No recording matches the search or the filters."))
        self.stack.setCurrentWidget(self.view if shown else self.empty_label)
        if shown and not (chosen is not None and self.select(chosen)):
            self.select(self._record_at(0).recording_id)
        self._on_current_changed()

    def _row(self, rec: ArchivedRecording) -> list[QStandardItem]:
        started = _started(rec)
        keep = rec.retention_end
        cells: list[tuple[str, object]] = [
            (format_started(started) if started else "–", started.timestamp() if started else 0.0),
            (format_duration(rec.duration), rec.duration),
            (
                format_day(keep) if keep else self.tr("no end date"),
                keep.toordinal() if keep else 10**7,
            ),
            (state_words(rec), rec.state),
            (rec.name, rec.name.casefold()),
        ]
        items = []
        for text, key in cells:
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(key, SORT_ROLE)
            items.append(item)
        items[COLUMN_NAME].setToolTip(rec.recording_id)
        if rec.state == "deleted":
            for item in items:
                item.setForeground(QBrush(style.paint(QColor("#6b7785"))))
        items[0].setData(rec, RECORD_ROLE)
        return items

    def _on_current_changed(self, *_: object) -> None:
        rec = self.current_record()
        kept = rec is not None and rec.state == "archived" and not self._busy
        for button in (self.verify_button, self.export_button, self.delete_button):
            button.setEnabled(kept)
        self.delete_action.setEnabled(kept)
        if rec is None:
            self.chosen_label.setText(self.tr("No recording chosen."))
        else:
            self.chosen_label.setText(rec.name)
        if self._playback_id is not None and (rec is None or rec.recording_id != self._playback_id):
            self.stop_playback()  # a recording still opening is closed when it arrives
        self._show_retention(rec)
        self._update_player()

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.toggle_playback()


def _date_of(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
