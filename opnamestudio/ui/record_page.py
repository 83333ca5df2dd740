"""The "Opnemen" page: choose a microphone and a file, record, set markers, pause, stop, seal.

The page owns one ``Recorder`` at a time and pulls its ``snapshot()`` on a timer (the audio
thread never calls into Qt). Stopping closes and seals the file on a background job, so a long
recording never freezes the window; whatever ends a recording, the user is told where the audio
is, and a sealed recording's vingerafdruk is shown at once (DESIGN §3, steps 3 and 4). While it
records, the laptop is kept awake and its battery is watched.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from opnamestudio.core import keepawake, power
from opnamestudio.core.errors import EmptyRecordingError, NoInputDeviceError, OpnameError
from opnamestudio.core.keepawake import KeepAwake, KeepAwakeStatus
from opnamestudio.core.session import DECLINED, Session, discard_recording
from opnamestudio.ui import style
from opnamestudio.ui.errors import error_for_code, show_error, show_not_archived
from opnamestudio.ui.jobs import run_task
from opnamestudio.ui.record_form import DeviceLister, RecordingForm
from opnamestudio.ui.resources import icon_path
from opnamestudio.ui.seal_panel import SealPanel

if TYPE_CHECKING:
    from opnamestudio.core.archive import ArchivedRecording
    from opnamestudio.core.recording import (
        InputSource,
        Recorder,
        RecordingInfo,
        RecordingSettings,
    )
from opnamestudio.ui.widgets import (
    Banner,
    LevelMeter,
    PauseDialog,
    TimerLabel,
    format_duration,
    pause_icon,
    resume_icon,
)

__all__ = [
    "BatteryReader",
    "RecordPage",
    "SettingsFactory",
    "SourceFactory",
    "Stopped",
    "default_settings",
    "stop_and_archive",
]

log = logging.getLogger(__name__)

SourceFactory = Callable[[], "InputSource"]
SettingsFactory = Callable[[Path, "int | None"], "RecordingSettings"]
BatteryReader = Callable[[], power.BatteryState | None]
# How often the page pulls a snapshot: 25 times a second.
POLL_MS = 40
# Less recording time than this left on the disk is shown as a warning.
LOW_DISK_SECONDS = 30 * 60
# How often the battery (and the keep-awake helper) is looked at while recording.
POWER_POLL_MS = 30_000

START_KEYS = QKeySequence("Ctrl+R")
STOP_KEYS = QKeySequence("Ctrl+.")
MARKER_KEYS = QKeySequence("M")
PAUSE_KEYS = QKeySequence("P")

# To move into style.RECORD_PAGE (style.py was not part of this change).
EXTRA_STYLE = """
QLabel#steps { color: #52606d; font-size: 10pt; }
QLabel#live[paused="true"] { color: #8a5a00; }
QLabel#power { color: #52606d; font-size: 9pt; }
QPushButton#pause { font-size: 13pt; padding: 8px 20px; }
QPushButton#secondary { font-size: 11pt; padding: 6px 16px; }
"""


def default_settings(output: Path, device: int | None) -> RecordingSettings:
    """The engine's defaults (FLAC, 48 kHz, 16 bit, mono) for ``output`` and ``device``."""
    # The engine (numpy, soundfile, PortAudio) is imported at the first recording, not at start.
    from opnamestudio.core.recording import RecordingSettings  # noqa: PLC0415

    return RecordingSettings(output=output, device=device)


@dataclass
class Stopped:
    """What the stop job did: the recording (or why it ended), and whether it is archived."""

    #: The recording as kept (also when ``error`` ended it), None when nothing was kept.
    info: RecordingInfo | None
    #: What ended the recording, if it was not the user (device lost, disk full, …).
    error: Exception | None = None
    #: The recording in the archive: its plaintext audio file is gone.
    archived: ArchivedRecording | None = None
    #: Why the sealed recording could not go into the archive (its file and seal stay).
    archive_error: Exception | None = None


def stop_and_archive(
    recorder: Recorder, *, archive: bool = True, session: Session | None = None
) -> Stopped:
    """Stop and seal the recording, then (``archive``) lock it in the organisation's archive.

    Runs on a worker thread (no Qt). Once the archive has its keys, no plaintext audio stays on
    the disk after sealing (core.autoarchive); before that, the recording stays a file beside
    its seal. ``session`` is the conversation's record as the flow holds it: archiving checks
    the seal against it without unlocking the stored (encrypted) record. Never raises: every
    outcome is in the result.
    """
    try:
        info: RecordingInfo | None = recorder.stop()
        error: Exception | None = None
    except Exception as exc:  # the recording so far is on the error, if anything was kept
        info = exc.recording if isinstance(exc, OpnameError) else None
        error = exc
    outcome = Stopped(info, error)
    if not archive or info is None or info.seal is None or info.frames == 0:
        return outcome
    from opnamestudio.core.autoarchive import archive_after_seal  # noqa: PLC0415

    try:
        outcome.archived = archive_after_seal(
            info, session_id=recorder.settings.session_id, session=session
        )
    except Exception as exc:  # the file and its seal stay as they are: the user is told
        outcome.archive_error = exc
    return outcome


def format_time_left(seconds: float) -> str:
    """Recording time in hours and minutes, for the disk space line."""
    minutes = max(0, int(seconds // 60))
    if minutes < 1:
        return QCoreApplication.translate("RecordPage", "less than 1 min")
    if minutes < 60:
        return QCoreApplication.translate("RecordPage", "{minutes} min").format(minutes=minutes)
    return QCoreApplication.translate("RecordPage", "{hours} h {minutes} min").format(
        hours=minutes // 60, minutes=minutes % 60
    )


class RecordPage(QWidget):
    """Device, file, timer, level, markers, the announced pause and the big Start/Stop button;
    after stop, the vingerafdruk where the timer was.

    With ``announce_first`` (the main window's way, DESIGN §2 rule 3: nothing records before the
    announcement) the idle button and Ctrl+R ask for a new conversation instead
    (``conversation_requested``); the conversation's flow starts the recording itself.
    """

    # Emitted when a recording has ended and the page is idle again.
    stopped = Signal()
    # Emitted when a recording was stopped and deleted (discard_recording); True when it is gone.
    discarded = Signal(bool)
    # With announce_first: the user wants to record; the conversation must be prepared first.
    conversation_requested = Signal()
    # The user wants the "Archief" page (where the recording just made is kept).
    archive_requested = Signal()

    def __init__(
        self,
        *,
        source_factory: SourceFactory | None = None,
        recording_settings_factory: SettingsFactory | None = None,
        device_lister: DeviceLister | None = None,
        battery_reader: BatteryReader | None = None,
        announce_first: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._announce_first = announce_first
        self._source_factory = source_factory
        self._battery_reader = battery_reader
        self._settings_factory = recording_settings_factory or default_settings
        self._device_lister = device_lister
        self._recorder: Recorder | None = None
        self._state = "idle"
        self._markers = 0
        self._fault: str | None = None
        self._last_folder: Path | None = None
        self._paused = False
        self._keep_awake: KeepAwake | None = None
        # Set by discard_recording: the stopped recording is deleted, not kept.
        self._discard_for: Session | None = None
        #: The conversation being recorded (from the flow), for archiving at stop.
        self._session: Session | None = None
        self._discard_reason = DECLINED
        #: The open pause question, if any.
        self.pause_dialog: PauseDialog | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_snapshot)
        self._power_poll = QTimer(self)
        self._power_poll.setInterval(POWER_POLL_MS)
        self._power_poll.timeout.connect(self.check_power)
        self._build()
        self._make_actions()
        self._set_state("idle")
        self.status_label.setText(self.tr("Ready to record."))
        self.start_button.setFocus()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        # Where this recording is in a conversation's steps (set by the flow; hidden otherwise).
        self.steps_label = QLabel()
        self.steps_label.setObjectName("steps")
        self.steps_label.hide()
        heading = QLabel(self.tr("Record"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "Choose the microphone and where the recording goes. A recording starts in a "
                "conversation: click 'New conversation', prepare it and announce the recording."
            )
            if self._announce_first
            else self.tr(
                "Choose the microphone and where the recording goes. Then click 'Start recording'."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("intro")

        self.form = RecordingForm(self._device_lister)
        self.form.devices_changed.connect(self._on_devices_changed)
        self.banner = Banner()

        self.live_label = QLabel(self.tr("● Recording"))
        self.live_label.setObjectName("live")
        self.live_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.live_label.setAccessibleName(self.tr("Recording in progress"))
        _keep_place_when_hidden(self.live_label)
        self.timer_label = TimerLabel()
        self.timer_label.setObjectName("timer")
        self.meter = LevelMeter()
        self.device_label = QLabel()
        self.device_label.setAccessibleName(self.tr("Microphone in use"))
        self.disk_label = QLabel()
        self.disk_label.setObjectName("disk")
        self.disk_label.setAccessibleName(self.tr("Space left on the disk"))
        _keep_place_when_hidden(self.device_label)
        _keep_place_when_hidden(self.disk_label)
        info_row = QHBoxLayout()
        info_row.addWidget(self.device_label, 1)
        info_row.addWidget(self.disk_label, 0, Qt.AlignmentFlag.AlignRight)
        self.power_label = QLabel()
        self.power_label.setObjectName("power")
        self.power_label.setWordWrap(True)
        self.power_label.hide()
        # Where the timer was, the vingerafdruk appears once the recording is sealed.
        live = QWidget()
        live_layout = QVBoxLayout(live)
        live_layout.setContentsMargins(0, 0, 0, 0)
        live_layout.setSpacing(12)
        for widget in (self.live_label, self.timer_label, self.meter):
            live_layout.addWidget(widget)
        self.seal_panel = SealPanel()
        self.display = QStackedWidget()
        self.display.addWidget(live)
        self.display.addWidget(self.seal_panel)

        self.start_button = QPushButton()
        self.start_button.setObjectName("startStop")
        self.start_button.setMinimumHeight(56)
        self.start_button.setMinimumWidth(220)
        self.start_button.setIconSize(QSize(22, 22))
        self.start_button.clicked.connect(self._on_start_stop_clicked)
        self.marker_button = QPushButton(QIcon(str(icon_path("marker.svg"))), self.tr("Marker"))
        self.marker_button.setObjectName("marker")
        self.marker_button.setMinimumHeight(56)
        self.marker_button.setAccessibleName(self.tr("Set a marker"))
        self.marker_button.setToolTip(
            self.tr("Mark this moment in the recording ({keys})").format(keys=_keys(MARKER_KEYS))
        )
        self.marker_button.clicked.connect(self.add_marker)
        self.pause_button = QPushButton()
        self.pause_button.setObjectName("pause")
        self.pause_button.setMinimumHeight(56)
        self.pause_button.clicked.connect(self.toggle_pause)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.marker_button)
        buttons.addStretch(1)

        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setObjectName("secondary")
        self.open_folder_button.setAccessibleName(self.tr("Open the folder of the recording"))
        self.open_folder_button.clicked.connect(self.open_last_folder)
        self.open_folder_button.hide()
        # In its place when the recording went into the archive (its file is gone).
        self.archive_button = QPushButton(self.tr("Go to the archive"))
        self.archive_button.setObjectName("secondary")
        self.archive_button.setAccessibleName(self.tr("Go to the page 'Archive'"))
        self.archive_button.clicked.connect(self.archive_requested)
        self.archive_button.hide()
        result_row = QHBoxLayout()
        result_row.addStretch(1)
        result_row.addWidget(self.open_folder_button)
        result_row.addWidget(self.archive_button)
        result_row.addStretch(1)

        # The recording screen is one view; the conversation flow (Voorbereiden, Aankondigen)
        # is shown in its place by show_view, so "Opnemen" holds the whole conversation.
        self.record_view = QWidget()
        self.views = QStackedWidget()
        self.views.addWidget(self.record_view)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.views)
        # On a wide screen the recording screen keeps a readable width, centred, as
        # "Controleren" does: fields and buttons stay close to their labels.
        body = QWidget()
        body.setMaximumWidth(style.MAX_WIDTH)
        centred = QHBoxLayout(self.record_view)
        centred.setContentsMargins(32, 10, 32, 24)
        centred.addWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.steps_label)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.display)
        layout.addLayout(info_row)
        layout.addWidget(self.power_label)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addLayout(result_row)
        layout.addStretch(1)
        self.setStyleSheet(style.themed(style.RECORD_PAGE + EXTRA_STYLE))

    def _make_actions(self) -> None:
        self.start_action = QAction(self.tr("Start recording"), self)
        self.start_action.setShortcut(START_KEYS)
        self.start_action.triggered.connect(self._on_start_stop_clicked)
        self.stop_action = QAction(self.tr("Stop recording"), self)
        self.stop_action.setShortcut(STOP_KEYS)
        self.stop_action.triggered.connect(self.stop_recording)
        self.marker_action = QAction(self.tr("Set a marker"), self)
        self.marker_action.setShortcut(MARKER_KEYS)
        self.marker_action.triggered.connect(self.add_marker)
        self.pause_action = QAction(self.tr("Pause or resume the recording"), self)
        self.pause_action.setShortcut(PAUSE_KEYS)
        self.pause_action.triggered.connect(self.toggle_pause)
        actions = (self.start_action, self.stop_action, self.marker_action, self.pause_action)
        for action in actions:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    # ------------------------------------------------------------------ public

    def add_view(self, view: QWidget) -> None:
        """Add a view that can take the recording screen's place (the conversation flow)."""
        self.views.addWidget(view)

    def show_view(self, view: QWidget | None = None) -> None:
        """Show ``view``, or the recording screen (None). Outside the recording screen, its
        keys (start, marker, pause) rest, so typing in a form never starts a recording."""
        self.views.setCurrentWidget(view or self.record_view)
        self._set_state(self._state)

    def show_steps(self, text: str | None) -> None:
        """Show a conversation's steps above the recording (rich text), or hide them (None)."""
        self.steps_label.setText(text or "")
        self.steps_label.setAccessibleName(self.steps_label.text())
        self.steps_label.setVisible(text is not None)

    def showing_recording(self) -> bool:
        """Whether the recording screen (not another view) is shown."""
        return self.views.currentWidget() is self.record_view

    @property
    def state(self) -> str:
        """``idle``, ``recording`` or ``stopping``."""
        return self._state

    @property
    def paused(self) -> bool:
        """Whether the recording is in an announced pause."""
        return self._paused

    @property
    def recorder(self) -> Recorder | None:
        """The running recording, if any."""
        return self._recorder

    def start_recording(
        self,
        *,
        session_sha256: str | None = None,
        session_id: str | None = None,
        session: Session | None = None,
    ) -> bool:
        """Start a recording with the chosen device and file (errors become a dialog).

        ``session_sha256`` binds the conversation's session record into the seal (the flow's
        "Aankondigen" step starts the recording this way); ``session_id`` names that record, so
        the recording goes into the archive with its conversation (and its retention period);
        ``session``, the record itself, is what archiving checks the seal against.
        Returns whether it started.
        """
        if self._state != "idle":
            return False
        output = self.form.output_path()
        if output is None:
            return False
        self.form.ensure_listed()  # started before the microphones were read (Ctrl+R at once)
        if not self.form.has_devices() and self._source_factory is None:
            show_error(self, NoInputDeviceError("No microphone found"))
            return False
        settings = self._settings_factory(output, self.form.selected_device())
        self._session = session if session is not None and session_sha256 is not None else None
        if session_sha256 is not None:
            settings = dataclasses.replace(
                settings, session_sha256=session_sha256, session_id=session_id
            )
        else:
            self.show_steps(None)  # a recording outside a conversation's flow
        source = self._source_factory() if self._source_factory is not None else None
        from opnamestudio.core.recording import Recorder  # noqa: PLC0415 (see default_settings)

        recorder = Recorder(settings, source)
        try:
            recorder.start()
        except OpnameError as exc:
            show_error(self, exc)
            if exc.code == "output-exists":
                self.form.propose_name()
            return False
        except Exception as exc:  # a bug or an unforeseen device failure: never a bare traceback
            show_error(self, exc)
            return False
        log.info("recording to %s (journal %s)", output, recorder.journal_path)
        self._recorder = recorder
        self._markers = 0
        self._fault = None
        self.timer_label.set_seconds(0)
        self.meter.set_active(True)
        self.device_label.setText(
            self.tr("Microphone: {name}").format(name=recorder.snapshot().device)
        )
        self.status_label.setText(
            self.tr("Recording. Click 'Stop recording' when the conversation is over.")
        )
        self.open_folder_button.hide()
        self.archive_button.hide()
        self.seal_panel.clear()
        self.display.setCurrentIndex(0)
        self._set_state("recording")
        self.start_button.setFocus()
        self._poll.start()
        self._keep_awake = keepawake.keep_awake(self.tr("A conversation is being recorded"))
        self._show_keep_awake(self._keep_awake.start())
        self.check_power()
        self._power_poll.start()
        return True

    def stop_recording(self) -> None:
        """Stop the recording; the file is closed in the background."""
        self._begin_stop()

    def discard_recording(self, session: Session, reason: str = DECLINED) -> None:
        """Stop the recording and delete its audio: a participant of ``session`` did not agree
        (``reason`` "niet-akkoord"), or the medewerker stopped before the agreements were made
        ("cancelled").

        The deletion is logged in the audit log (core ``discard_recording``); ``discarded`` is
        emitted when it is done.
        """
        if self._recorder is None or self._state != "recording":
            return
        self._discard_for = session
        self._discard_reason = reason
        self._begin_stop()

    def add_marker(self) -> None:
        """Put a marker on the timeline at this moment."""
        if self._recorder is None or self._state != "recording" or self._paused:
            return
        self._recorder.mark("marker")
        self._markers += 1
        self.status_label.setText(
            self.tr("Marker {number} set at {time}.").format(
                number=self._markers, time=format_duration(self.timer_label.seconds())
            )
        )

    def toggle_pause(self) -> None:
        """Ask for an announced pause, or resume after one."""
        if self._paused:
            self.resume_recording()
        else:
            self.ask_pause()

    def ask_pause(self) -> None:
        """Open the pause question; the pause starts once it is answered."""
        if self._recorder is None or self._state != "recording" or self._paused:
            return
        if self.pause_dialog is not None:
            return
        self.pause_dialog = PauseDialog(self)
        self.pause_dialog.finished.connect(self._on_pause_answered)
        self.pause_dialog.open()

    def pause_recording(self, reason: str) -> None:
        """Pause now for ``reason`` (a code), after it was said aloud: no audio is kept."""
        if self._recorder is None or self._state != "recording" or self._paused:
            return
        self._recorder.pause(reason)
        self._show_paused(True)
        self.status_label.setText(
            self.tr("Paused: nothing is recorded now. Click 'Resume' ({keys}) to go on.").format(
                keys=_keys(PAUSE_KEYS)
            )
        )

    def resume_recording(self) -> None:
        """End the pause: audio is kept again."""
        if self._recorder is None or self._state != "recording" or not self._paused:
            return
        self._recorder.resume()
        self._show_paused(False)
        self.status_label.setText(self.tr("Recording again. Say aloud that the recording goes on."))

    def check_power(self) -> None:
        """Look at the battery and at the keep-awake request (every 30 s while recording)."""
        if self._keep_awake is not None:
            self._show_keep_awake(self._keep_awake.status())
        reader = self._battery_reader or power.battery
        state = reader()
        self.show_battery_warning(
            power.battery_warning(state, self.timer_label.seconds() / 60), state
        )

    def show_battery_warning(self, code: str | None, state: power.BatteryState | None) -> None:
        """A calm banner for a ``low`` or ``critical`` battery; nothing otherwise."""
        if code is None or state is None:
            self.banner.clear()
            return
        if code == "critical":
            text = self.tr(
                "The battery is almost empty: {percent} % left. Connect the laptop to power "
                "now. If it switches off, the recording up to that moment is kept."
            )
        else:
            text = self.tr(
                "The battery is getting low: {percent} % left. Connect the laptop to power. "
                "The recording goes on."
            )
        level = "critical" if code == "critical" else "warning"
        self.banner.show_message(text.format(percent=round(state.percent)), level)

    def open_last_folder(self) -> None:
        """Show the folder of the last recording in the file manager."""
        if self._last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last_folder)))

    # ------------------------------------------------------------------ recording

    def _on_devices_changed(self) -> None:
        self._set_state(self._state)

    def _on_start_stop_clicked(self) -> None:
        if self._state == "idle" and self._announce_first:
            self.conversation_requested.emit()
        elif self._state == "idle":
            self.start_recording()
        elif self._state == "recording":
            self.stop_recording()

    def _poll_snapshot(self) -> None:
        recorder = self._recorder
        if recorder is None:
            return
        snap = recorder.snapshot()
        self.timer_label.set_seconds(snap.seconds)
        self.meter.set_peak(snap.peak)
        self.device_label.setText(self.tr("Microphone: {name}").format(name=snap.device))
        if snap.bytes_per_second > 0:
            usable = max(0, snap.free_bytes - recorder.settings.min_free_bytes)
            self.show_disk_time_left(usable / snap.bytes_per_second)
        if snap.fault is not None or recorder.wait(0):
            self._fault = snap.fault
            self._begin_stop()

    def show_disk_time_left(self, seconds_left: float) -> None:
        """Show how long the disk still takes audio; a warning below half an hour."""
        left = format_time_left(seconds_left)
        low = seconds_left < LOW_DISK_SECONDS
        if low:
            text = self.tr(
                "Little space left on the disk: {time}. Finish the conversation in time."
            )
        else:
            text = self.tr("Space on the disk: {time} left")
        self.disk_label.setText(text.format(time=left))
        style.set_flag(self.disk_label, "low", low)

    def _on_pause_answered(self, result: int) -> None:
        dialog, self.pause_dialog = self.pause_dialog, None
        if dialog is None:
            return
        if result == QDialog.DialogCode.Accepted:
            self.pause_recording(dialog.reason())
        dialog.deleteLater()

    def _show_paused(self, paused: bool) -> None:
        self._paused = paused
        self.meter.set_paused(paused)
        self.timer_label.set_paused(paused)
        style.set_flag(self.timer_label, "running", self._state == "recording" and not paused)
        style.set_flag(self.live_label, "paused", paused)
        self.live_label.setText(self.tr("Paused") if paused else self.tr("● Recording"))
        here = not hasattr(self, "views") or self.showing_recording()
        self.marker_action.setEnabled(self._state == "recording" and not paused and here)
        self.marker_button.setEnabled(self._state == "recording" and not paused)
        button = self.pause_button
        button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        button.setIcon(resume_icon() if paused else pause_icon())
        button.setAccessibleName(
            self.tr("Resume the recording") if paused else self.tr("Pause the recording")
        )
        tip = self.tr("Record again ({keys})") if paused else self.tr("Pause, announced ({keys})")
        button.setToolTip(tip.format(keys=_keys(PAUSE_KEYS)))

    def _show_keep_awake(self, status: KeepAwakeStatus) -> None:
        if status.state == "unavailable":
            self.power_label.setText(
                self.tr(
                    "Sleep mode could not be turned off. Keep the laptop open and connected "
                    "to power."
                )
            )
        self.power_label.setVisible(status.state == "unavailable")

    def _begin_stop(self) -> None:
        recorder = self._recorder
        if recorder is None or self._state != "recording":
            return
        self._poll.stop()
        self._power_poll.stop()
        if self.pause_dialog is not None:
            self.pause_dialog.reject()
        self._set_state("stopping")
        if self._discard_for is not None:
            self.status_label.setText(self.tr("Stopping and deleting the recording…"))
            run_task(functools.partial(stop_and_archive, recorder, archive=False), self._on_stopped)
            return
        self.status_label.setText(self.tr("Saving the recording…"))
        if recorder.settings.seal:
            self.seal_panel.show_sealing()
            self.display.setCurrentWidget(self.seal_panel)
        session, self._session = self._session, None
        run_task(functools.partial(stop_and_archive, recorder, session=session), self._on_stopped)

    def _on_stopped(self, *, result: Stopped | None, error: Exception | None) -> None:
        # stop_and_archive never raises; an error here is the job's own.
        stopped = result if result is not None else Stopped(None, error)
        info, error = stopped.info, stopped.error
        fault, self._fault = self._fault, None
        recorder, self._recorder = self._recorder, None
        awake, self._keep_awake = self._keep_awake, None
        if awake is not None:
            awake.stop()
        self.power_label.hide()
        self.banner.clear()
        had_audio = recorder is not None and recorder.snapshot().frames > 0
        self.meter.set_active(False)
        self.timer_label.set_seconds(0)
        self.disk_label.clear()
        self.form.propose_name()
        self._set_state("idle")
        discard_for, self._discard_for = self._discard_for, None
        if discard_for is not None and recorder is not None:
            self._finish_discard(discard_for, recorder, info, error)
            return
        if error is None and info is not None and fault is not None:
            # The snapshot saw a fault the writer had not turned into an error yet.
            error = error_for_code(fault)
            error.recording = info
        kept = error.recording if isinstance(error, OpnameError) else info
        archived = stopped.archived
        self._show_result(
            kept,
            interrupted=error is not None,
            archived=archived is not None,
            not_archived=stopped.archive_error is not None,
        )
        self._show_seal(kept, archived)
        self.start_button.setFocus()
        if error is not None:
            show_error(self, error, had_audio=had_audio, archived=archived is not None)
        if stopped.archive_error is not None and kept is not None:
            show_not_archived(self, stopped.archive_error, kept.path)
        self.stopped.emit()

    def _finish_discard(
        self,
        session: Session,
        recorder: Recorder,
        result: RecordingInfo | None,
        error: Exception | None,
    ) -> None:
        info = error.recording if isinstance(error, OpnameError) else result
        if info is None and error is not None and not isinstance(error, EmptyRecordingError):
            # The audio may be in the journal only: discard_recording deletes that too.
            log.warning("discarding %s after a failure: %r", recorder.recording_id, error)
        try:
            discard_recording(
                session,
                recording_id=recorder.recording_id,
                audio=info.path if info is not None else recorder.settings.output,
                journal=recorder.journal_path,
                frames=info.frames if info is not None else 0,
                reason=self._discard_reason,
            )
        except OpnameError as exc:
            self.status_label.setText(self.tr("The recording could not be deleted."))
            self.seal_panel.clear()
            self.display.setCurrentIndex(0)
            show_error(self, exc)
            self.discarded.emit(False)
            self.stopped.emit()
            return
        log.info("recording %s discarded: a participant did not agree", recorder.recording_id)
        self.status_label.setText(
            self.tr("The recording is stopped and deleted. Nothing of it is kept.")
        )
        self.open_folder_button.hide()
        self.archive_button.hide()
        self.seal_panel.clear()
        self.display.setCurrentIndex(0)
        self.discarded.emit(True)
        self.stopped.emit()

    def _show_result(
        self,
        info: RecordingInfo | None,
        *,
        interrupted: bool,
        archived: bool = False,
        not_archived: bool = False,
    ) -> None:
        if info is None or info.frames == 0:
            self.status_label.setText(self.tr("Ready to record."))
            self.open_folder_button.hide()
            self.archive_button.hide()
            return
        length = format_duration(info.duration)
        if archived:
            # Its file is gone: no path, no folder to open. The Archief page has it.
            if interrupted:
                text = self.tr(
                    "The recording up to the interruption is sealed and kept in the "
                    "organisation's archive, locked with its key. You find it on the page "
                    "'Archive'.\nLength: {length}"
                )
            else:
                text = self.tr(
                    "The recording is sealed and kept in the organisation's archive, locked "
                    "with its key. You find it on the page 'Archive'.\nLength: {length}"
                )
            self.status_label.setText(text.format(length=length))
            self._last_folder = None
            self.open_folder_button.hide()
            self.archive_button.show()
            return
        if not_archived:
            text = self.tr(
                "The recording is saved, but not in the archive (see the message):\n{path}\n"
                "Length: {length}"
            )
        elif interrupted:
            text = self.tr(
                "The recording up to the interruption is saved:\n{path}\nLength: {length}"
            )
        else:
            text = self.tr("The recording is saved:\n{path}\nLength: {length}")
        self.status_label.setText(text.format(path=info.path, length=length))
        self._last_folder = info.path.parent
        self.open_folder_button.show()
        self.archive_button.hide()

    def _show_seal(self, info: RecordingInfo | None, archived: ArchivedRecording | None) -> None:
        if archived is not None:
            self.seal_panel.show_archived(archived)
            self.display.setCurrentWidget(self.seal_panel)
            return
        sha256 = None
        if info is not None and info.seal is not None and info.frames > 0:
            try:
                from opnamestudio.core.seal import Seal  # noqa: PLC0415 (after the recording)

                sha256 = str(Seal.from_file(info.seal).audio["sha256"])
            except OpnameError as exc:
                log.warning("cannot show the seal of %s: %s", info.path, exc.one_line())
        if sha256 is None:
            self.seal_panel.clear()
            self.display.setCurrentIndex(0)
            return
        self.seal_panel.show_seal(sha256, info.path if info is not None else None)
        self.display.setCurrentWidget(self.seal_panel)

    # ------------------------------------------------------------------ helpers

    def _set_state(self, state: str) -> None:
        self._state = state
        idle = state == "idle"
        recording = state == "recording"
        can_start = self.form.has_devices() or self._source_factory is not None
        here = not hasattr(self, "views") or self.showing_recording()
        self.form.set_editable(idle)
        self.start_action.setEnabled(idle and here and (can_start or self._announce_first))
        self.stop_action.setEnabled(recording and here)
        self.pause_action.setEnabled(recording and here)
        self.pause_button.setEnabled(recording)
        self.live_label.setVisible(recording)
        self.device_label.setVisible(not idle)
        self.disk_label.setVisible(not idle)
        self._show_paused(self._paused and recording)
        button = self.start_button
        if recording:
            button.setText(self.tr("Stop recording"))
            button.setIcon(QIcon(str(icon_path("stop.svg"))))
            button.setAccessibleName(self.tr("Stop recording"))
            button.setToolTip(self.tr("Stop the recording ({keys})").format(keys=_keys(STOP_KEYS)))
            button.setEnabled(True)
        else:
            button.setIcon(QIcon(str(icon_path("record.svg"))))
            if self._announce_first:
                button.setText(self.tr("New conversation") if idle else self.tr("Saving…"))
                button.setAccessibleName(self.tr("Start a new conversation"))
                button.setToolTip(
                    self.tr(
                        "Prepare the conversation and announce the recording first ({keys})"
                    ).format(keys=_keys(START_KEYS))
                )
                button.setEnabled(idle)
            else:
                button.setText(self.tr("Start recording") if idle else self.tr("Saving…"))
                button.setAccessibleName(self.tr("Start recording"))
                button.setToolTip(
                    self.tr("Start the recording ({keys})").format(keys=_keys(START_KEYS))
                )
                button.setEnabled(idle and can_start)
        style.set_flag(button, "recording", recording)


def _keep_place_when_hidden(widget: QWidget) -> None:
    """Hidden, the widget still takes its space: the screen does not jump when recording starts."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def _keys(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)
