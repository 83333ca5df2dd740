"""Fixtures for the GUI tests: the Dutch translation, dialogs that never block, test inputs.

Every test here runs in pytest-qt's real QApplication on the offscreen platform. Modal dialogs
are replaced by a recorder (``dialogs``), so a test never waits for a click that cannot come.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

# The top-level conftest sets this too; here as well so this folder also runs on its own.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from opnamestudio.core import paths
from opnamestudio.core.devices import DeviceInfo
from opnamestudio.core.recording import RecordingSettings
from opnamestudio.core.synth import BlockSource, speech_like_blocks
from opnamestudio.ui.app import install_translators
from opnamestudio.ui.collector import MainThreadCollector
from opnamestudio.ui.jobs import wait_for_jobs
from opnamestudio.ui.main_window import MainWindow

#: The seed of the generated voice; printed by the tests that use it, so a run can be replayed.
VOICE_SEED = int(os.environ.get("OPNAMESTUDIO_TEST_SEED", "20240917"))


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A private data folder, unless the top-level conftest already gave one."""
    if "OPNAMESTUDIO_HOME" not in os.environ:
        monkeypatch.setenv("OPNAMESTUDIO_HOME", str(tmp_path / "opnamestudio-home"))


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread(qapp: QApplication) -> Iterator[None]:
    """As while the app runs (ui/collector.py): reference cycles are collected by the main
    thread only, and once more after each test. Left to Python, a cycle holding a window of an
    earlier test was collected on a verification job's thread, and PySide6's deferred deletion
    of that window then crashed the run (a segmentation fault in a later test)."""
    collector = MainThreadCollector()
    yield
    collector.stop()


@dataclass
class Dialog:
    """A message box the code under test showed."""

    icon: QMessageBox.Icon
    title: str
    text: str
    informative: str
    details: str

    @property
    def plain(self) -> str:
        """Main and informative text as the user reads them, without markup."""
        joined = f"{self.text}\n{self.informative}".replace("<br>", "\n")
        return html.unescape(re.sub(r"<[^>]+>", "", joined))


@dataclass
class DialogRecorder:
    """Records message boxes instead of showing them; ``answer`` picks a button by its text."""

    shown: list[Dialog] = field(default_factory=list)
    answer: str | None = None
    on_show: Callable[[QMessageBox], None] | None = None

    def exec(self, box: QMessageBox) -> int:
        self.shown.append(
            Dialog(
                icon=box.icon(),
                title=box.windowTitle(),
                text=box.text(),
                informative=box.informativeText(),
                details=box.detailedText(),
            )
        )
        if self.on_show is not None:
            self.on_show(box)
        if self.answer is not None:
            for button in box.buttons():
                if button.text() == self.answer:
                    button.click()
        return 0


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    """Every ``QMessageBox.exec`` is recorded here and returns at once."""
    recorder = DialogRecorder()

    def fake_exec(box: QMessageBox) -> int:
        return recorder.exec(box)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return recorder


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    """The app's Dutch translation (and Qt's own), installed as ``run()`` does."""
    translators = install_translators(qapp, "nl")
    assert translators, "resources/translations/opnamestudio_nl.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def fake_devices() -> list[DeviceInfo]:
    """Two microphones, as PortAudio would list them (this machine has none)."""
    return [
        DeviceInfo(3, "Ingebouwde microfoon", "ALSA", 2, 48000.0, is_default=True),
        DeviceInfo(5, "USB-headset", "ALSA", 1, 48000.0, is_default=False),
    ]


def voice_source(seconds: float = 60.0) -> BlockSource:
    """A generated voice delivered at the pace of a real microphone."""
    return BlockSource(speech_like_blocks(seconds, seed=VOICE_SEED), realtime=True)


def voice_source_factory() -> BlockSource:
    """``source_factory`` for MainWindow: a minute of generated voice."""
    return voice_source()


def breaking_source_factory() -> BlockSource:
    """A microphone that delivers 1.5 s of voice and then nothing: unplugged mid-recording."""
    return voice_source(1.5)


def silent_source_factory() -> BlockSource:
    """A source that never calls back: a microphone that delivers no data at all."""
    return BlockSource(iter(()), name="stille microfoon")


def quick_stall_settings(output: Path, device: int | None) -> RecordingSettings:
    """The engine's defaults, but a stalled microphone is reported after half a second."""
    return RecordingSettings(output=output, device=device, stall_timeout=0.5)


@pytest.fixture
def make_window(qtbot: Any, dutch: None) -> Iterator[Callable[..., MainWindow]]:
    """Build shown main windows (Dutch, fake device list); stops what they record at the end."""
    windows: list[MainWindow] = []

    def make(**kwargs: Any) -> MainWindow:
        kwargs.setdefault("device_lister", fake_devices)
        # Most tests drive the recording screen itself; the flow's tests start a conversation.
        kwargs.setdefault("announce_first", False)
        window = MainWindow(**kwargs)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    # Not left to qtbot.addWidget: it closes windows before this runs, and a window that is
    # still recording would ask whether to stop. Stop first, then close.
    for window in windows:
        page = window.record_page
        page.stop_recording()
        qtbot.waitUntil(lambda page=page: page.state == "idle", timeout=10_000)
        window.close()
        window.deleteLater()
    wait_for_jobs()


CRASHING_RECORDER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from opnamestudio.core.recording import Recorder, RecordingSettings
    from opnamestudio.core.synth import BlockSource, speech_like_blocks

    settings = RecordingSettings(output=Path(sys.argv[1]), sync_interval=0.1)
    recorder = Recorder(settings, BlockSource(speech_like_blocks(30), realtime=True))
    recorder.start()
    while recorder.snapshot().frames < 48000:
        time.sleep(0.02)
    time.sleep(0.3)  # past the next journal sync
    os._exit(9)  # dies like a killed process: no stop, no final name
    """
)


def prepare_a_conversation(window: MainWindow) -> None:
    """ "Nieuw gesprek", Voorbereiden filled in (the organisation records), "Verder": the
    recording of the announcement starts, if a microphone allows."""
    window.new_conversation()
    page = window.flow.prepare_page
    page.organisation_edit.setText("Gemeente Voorbeeld")
    page.purpose_edit.setText("terugluisteren")
    page.set_legal_basis("public-task")
    page.set_camera("no-camera")
    page.next_button.click()


def crash_while_recording(output: Path) -> None:
    """Record about a second in another process that then dies, leaving its journal behind."""
    subprocess.run([sys.executable, "-c", CRASHING_RECORDER, str(output)], check=False)
    assert list(paths.journal_dir().glob("*")), "the crashed recorder left no journal"
    assert not output.exists()


@pytest.fixture
def safety_net() -> Iterator[Callable[[int], None]]:
    """``safety_net(ms)``: close every window after ``ms``, should a test wait for ever.

    The timer stops when the test ends: a timer left running would close the windows of a
    later test (a recording window then asks whether to stop).
    """
    timers: list[QTimer] = []

    def arm(ms: int) -> None:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(QApplication.closeAllWindows)
        timer.start(ms)
        timers.append(timer)

    yield arm
    for timer in timers:
        timer.stop()
