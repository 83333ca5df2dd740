"""The "Opnemen" page's announced pause, keep-awake, battery banner and seal panel.

The page runs on the real engine with a generated voice delivered in real time (BlockSource), so
the pause really drops audio and the seal really binds the file. Screenshots of the paused page,
the pause question and the seal panel land in a temporary folder, or in
``OPNAMESTUDIO_SCREENSHOTS`` when set, for a person to look at.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from opnamestudio.core import keepawake
from opnamestudio.core.keepawake import KeepAwakeStatus
from opnamestudio.core.keys import format_key_id
from opnamestudio.core.power import BatteryState
from opnamestudio.core.seal import Seal, seal_paths_for
from opnamestudio.core.synth import BlockSource, speech_like_blocks
from opnamestudio.ui.jobs import wait_for_jobs
from opnamestudio.ui.record_page import RecordPage
from opnamestudio.ui.widgets import LevelMeter
from tests.gui.conftest import (
    VOICE_SEED,
    DialogRecorder,
    breaking_source_factory,
    fake_devices,
    quick_stall_settings,
)

SAMPLERATE = 48000
# Size hints of a top-level page or dialog cannot reach the offscreen platform; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def tr(text: str) -> str:
    """``text`` as the page shows it in the current language (English until Dutch is merged)."""
    return QCoreApplication.translate("RecordPage", text)


class CountingSource(BlockSource):
    """A generated voice in real time that counts every frame it delivers."""

    def __init__(self, seconds: float = 60.0) -> None:
        super().__init__(speech_like_blocks(seconds, seed=VOICE_SEED), realtime=True)
        self.delivered = 0

    def open(self, callback: Any, *, samplerate: int, channels: int, blocksize: int) -> int:
        def counting(block: np.ndarray, overflow: bool) -> None:
            self.delivered += len(block)
            callback(block, overflow)

        return super().open(counting, samplerate=samplerate, channels=channels, blocksize=blocksize)


class FakeBattery:
    """A battery reader whose state the test sets."""

    def __init__(self, state: BatteryState | None = None) -> None:
        self.state = state
        self.reads = 0

    def __call__(self) -> BatteryState | None:
        self.reads += 1
        return self.state


class FakeKeepAwake:
    """Stands in for core.keepawake.KeepAwake and records what the page asks of it."""

    def __init__(self, why: str, status: KeepAwakeStatus) -> None:
        self.why = why
        self.calls: list[str] = []
        self._status = status

    def start(self) -> KeepAwakeStatus:
        self.calls.append("start")
        return self._status

    def status(self) -> KeepAwakeStatus:
        self.calls.append("status")
        return self._status

    def stop(self) -> None:
        self.calls.append("stop")


class KeepAwakeFakes:
    """Replaces ``keepawake.keep_awake``: every object the page makes, reporting ``status``."""

    def __init__(self) -> None:
        self.made: list[FakeKeepAwake] = []
        self.status = KeepAwakeStatus("active", "systemd-inhibit")

    def __call__(self, why: str) -> FakeKeepAwake:
        self.made.append(FakeKeepAwake(why, self.status))
        return self.made[-1]


@pytest.fixture
def awake(monkeypatch: pytest.MonkeyPatch) -> KeepAwakeFakes:
    fakes = KeepAwakeFakes()
    monkeypatch.setattr(keepawake, "keep_awake", fakes)
    return fakes


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("OPNAMESTUDIO_SCREENSHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def make_page(qtbot: Any, dutch: None, awake: KeepAwakeFakes) -> Iterator[Callable[..., Any]]:
    """Build shown record pages at the main window's size; stops what they record at the end."""
    pages: list[RecordPage] = []

    def make(**kwargs: Any) -> RecordPage:
        kwargs.setdefault("device_lister", fake_devices)
        kwargs.setdefault("battery_reader", FakeBattery())
        page = RecordPage(**kwargs)
        page.resize(780, 640)
        page.show()
        qtbot.waitExposed(page)
        pages.append(page)
        return page

    yield make
    for page in pages:
        wait_for_audio(qtbot, page)
        page.stop_recording()
        qtbot.waitUntil(lambda page=page: page.state == "idle", timeout=10_000)
        page.close()
        page.deleteLater()
    wait_for_jobs()


def wait_for_audio(qtbot: Any, page: RecordPage) -> None:
    """Until the first audio is written: a FLAC stopped with no frames cannot be read back."""
    recorder = page.recorder
    if recorder is not None and page.state == "recording":
        qtbot.waitUntil(lambda: recorder.snapshot().frames > 0, timeout=5_000)


def save(widget: Any, path: Path) -> None:
    assert widget.grab().save(str(path))


def recorded_path(page: RecordPage) -> Path:
    return Path(page.status_label.text().splitlines()[1])


def test_announced_pause_is_sealed_and_keeps_no_audio(
    make_page: Callable[..., RecordPage], qtbot: Any, shots: Path, dialogs: DialogRecorder
) -> None:
    print(f"voice seed {VOICE_SEED}")
    sources: list[CountingSource] = []

    def new_source() -> CountingSource:
        sources.append(CountingSource())
        return sources[-1]

    page = make_page(source_factory=new_source)
    assert not page.pause_button.isEnabled()
    page.start_button.click()
    [source] = sources
    assert page.pause_button.isEnabled()
    qtbot.waitUntil(lambda: page.timer_label.seconds() >= 1, timeout=5_000)

    # The pause question first: nothing is paused until it is answered.
    page.pause_button.click()
    dialog = page.pause_dialog
    assert dialog is not None and dialog.isVisible()
    assert not page.paused
    save(dialog, shots / "record-pause-question.png")
    dialog.set_reason("private")
    dialog.pause_button.click()
    assert page.paused and page.pause_dialog is None
    recorder = page.recorder
    assert recorder is not None
    qtbot.waitUntil(lambda: recorder.snapshot().paused, timeout=5_000)
    assert page.pause_button.text() == tr("Resume")
    assert page.live_label.text() == tr("Paused")
    assert page.timer_label.is_paused() and not page.timer_label.property("running")
    assert page.meter.is_paused()
    assert not page.marker_button.isEnabled()

    # A second of voice goes by while paused: the timer stands still, the meter still moves.
    frames_at_pause = recorder.snapshot().frames
    delivered_at_pause = source.delivered
    qtbot.waitUntil(lambda: source.delivered > delivered_at_pause + SAMPLERATE, timeout=5_000)
    qtbot.waitUntil(lambda: page.meter.level() > 0.3, timeout=5_000)
    assert recorder.snapshot().frames == frames_at_pause
    save(page, shots / "record-paused.png")

    page.pause_button.click()  # "Hervatten"
    assert not page.paused
    assert page.pause_button.text() == tr("Pause")
    qtbot.waitUntil(lambda: recorder.snapshot().frames > frames_at_pause + SAMPLERATE // 2)
    page.start_button.click()  # "Stop opname"
    qtbot.waitUntil(lambda: page.state == "idle", timeout=10_000)
    assert dialogs.shown == []

    path = recorded_path(page)
    seal = Seal.from_file(seal_paths_for(path).manifest)
    events = seal.data["timeline"]["events"]
    assert [e["kind"] for e in events] == ["start", "pause", "resume", "stop"]
    pause, resume = events[1], events[2]
    assert pause["data"] == {"reason": "private"}
    # No audio between the two: the resume is at the very frame of the pause.
    assert pause["frame"] == resume["frame"]
    assert sf.info(str(path)).frames == seal.frames
    assert seal.frames < source.delivered - SAMPLERATE  # the paused second is not in the file

    # The seal panel: the vingerafdruk of the file's bytes, large; copy gives the whole hash.
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    assert seal.audio["sha256"] == sha256
    panel = page.seal_panel
    assert panel.isVisible() and panel.fingerprint_label.isVisible()
    assert not panel.sealing_label.isVisible()
    assert panel.fingerprint() == format_key_id(sha256)
    assert len(panel.fingerprint().split()) == 6
    assert panel.fingerprint_label.font().pointSize() >= 24
    assert panel.hint_label.text() == QCoreApplication.translate(
        "SealPanel", "Put this fingerprint on the agreements and on the receipt for the client."
    )
    save(page, shots / "record-sealed.png")
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == sha256
    assert panel.copy_button.text() == QCoreApplication.translate("SealPanel", "Copied")
    save(panel, shots / "seal-panel-copied.png")

    # A new recording hides the old vingerafdruk.
    page.start_button.click()
    assert not panel.isVisible()
    assert page.timer_label.isVisible()


def test_p_opens_the_pause_question_and_cancel_keeps_recording(
    make_page: Callable[..., RecordPage], qtbot: Any
) -> None:
    page = make_page(source_factory=CountingSource)
    page.start_button.click()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_P)
    dialog = page.pause_dialog
    assert dialog is not None
    dialog.cancel_button.click()
    assert page.pause_dialog is None
    assert not page.paused
    assert page.live_label.text() == tr("● Recording")
    recorder = page.recorder
    assert recorder is not None and not recorder.snapshot().paused


def test_stopping_closes_an_open_pause_question(
    make_page: Callable[..., RecordPage], qtbot: Any
) -> None:
    page = make_page(source_factory=CountingSource)
    page.start_button.click()
    wait_for_audio(qtbot, page)
    page.ask_pause()
    assert page.pause_dialog is not None
    page.stop_recording()
    assert page.pause_dialog is None
    qtbot.waitUntil(lambda: page.state == "idle", timeout=10_000)
    info = Seal.from_file(seal_paths_for(recorded_path(page)).manifest)
    assert "pause" not in [e["kind"] for e in info.data["timeline"]["events"]]


def test_keep_awake_runs_exactly_while_recording(
    make_page: Callable[..., RecordPage], qtbot: Any, awake: KeepAwakeFakes
) -> None:
    page = make_page(source_factory=CountingSource)
    assert awake.made == []
    page.start_button.click()
    [first] = awake.made
    assert first.calls[0] == "start"
    assert first.why == tr("A conversation is being recorded")
    assert not page.power_label.isVisible()  # active: nothing to say
    looks = first.calls.count("status")
    page.check_power()  # the 30-second look also asks whether it still holds
    assert first.calls.count("status") == looks + 1
    assert "stop" not in first.calls
    wait_for_audio(qtbot, page)
    page.stop_recording()
    qtbot.waitUntil(lambda: page.state == "idle", timeout=10_000)
    assert first.calls[-1] == "stop"
    assert first.calls.count("stop") == 1


def test_keep_awake_that_cannot_be_done_shows_a_line(
    make_page: Callable[..., RecordPage], qtbot: Any, awake: KeepAwakeFakes, shots: Path
) -> None:
    awake.status = KeepAwakeStatus("unavailable", "none", "systemd-inhibit was not found")
    page = make_page(
        source_factory=CountingSource, battery_reader=FakeBattery(BatteryState(18.0, False))
    )
    page.start_button.click()
    assert page.power_label.isVisible()
    assert page.power_label.text() == tr(
        "Sleep mode could not be turned off. Keep the laptop open and connected to power."
    )
    # Everything at once still fits the main window's size.
    assert page.minimumSizeHint().height() <= 640
    qtbot.waitUntil(lambda: page.timer_label.seconds() >= 1, timeout=5_000)
    save(page, shots / "record-no-keep-awake-low-battery.png")
    page.stop_recording()
    qtbot.waitUntil(lambda: page.state == "idle", timeout=10_000)
    assert not page.power_label.isVisible()
    assert awake.made[0].calls[-1] == "stop"


def test_keep_awake_stops_when_an_error_ends_the_recording(
    make_page: Callable[..., RecordPage],
    qtbot: Any,
    awake: KeepAwakeFakes,
    dialogs: DialogRecorder,
) -> None:
    page = make_page(
        source_factory=breaking_source_factory, recording_settings_factory=quick_stall_settings
    )
    page.start_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=10_000)
    assert page.state == "idle"
    assert awake.made[0].calls[0] == "start"
    assert awake.made[0].calls[-1] == "stop"
    # The interrupted recording is sealed too: its vingerafdruk is shown.
    assert page.seal_panel.isVisible() and page.seal_panel.sha256()


def test_low_battery_is_a_calm_banner_polled_while_recording(
    make_page: Callable[..., RecordPage], qtbot: Any, dialogs: DialogRecorder, shots: Path
) -> None:
    battery = FakeBattery(BatteryState(15.0, plugged=False))
    page = make_page(source_factory=CountingSource, battery_reader=battery)
    assert not page.banner.isVisible()
    page.start_button.click()
    assert battery.reads == 1  # looked at once at the start
    assert page.banner.isVisible()
    assert page.banner.level() == "warning"
    assert re.search(r"\b15\s?%", page.banner.text())

    page._power_poll.setInterval(50)  # the real interval is 30 s
    battery.state = BatteryState(7.4, plugged=False)
    qtbot.waitUntil(lambda: page.banner.level() == "critical", timeout=5_000)
    assert re.search(r"\b7\s?%", page.banner.text())
    qtbot.waitUntil(lambda: page.timer_label.seconds() >= 1, timeout=5_000)
    save(page, shots / "record-battery-critical.png")
    battery.state = BatteryState(7.4, plugged=True)
    qtbot.waitUntil(lambda: not page.banner.isVisible(), timeout=5_000)
    assert dialogs.shown == []  # a banner, never a dialog

    battery.state = BatteryState(15.0, plugged=False)
    qtbot.waitUntil(page.banner.isVisible, timeout=5_000)
    page.stop_recording()
    qtbot.waitUntil(lambda: page.state == "idle", timeout=10_000)
    assert not page.banner.isVisible()
    reads = battery.reads
    qtbot.wait(200)
    assert battery.reads == reads  # no polling when not recording


def test_meter_greys_out_while_paused(qtbot: Any) -> None:
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.set_active(True)
    meter.set_paused(True)
    meter.set_peak(0.5, now=0.0)
    assert meter.level() > 0.5  # the microphone still shows
    assert meter.status() == QCoreApplication.translate("LevelMeter", "not recorded")
    meter.set_paused(False)
    assert meter.status() == ""
    meter.set_paused(True)
    meter.set_active(False)
    assert not meter.is_paused()
