"""Screenshots of the main window (idle, recording, empty state) and of an error dialog.

They land in a temporary folder, or in ``OPNAMESTUDIO_SCREENSHOTS`` when set, so a person can look
at them; the test checks what a machine can: the pictures exist and the meter is really drawn.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from opnamestudio.ui.main_window import MainWindow
from opnamestudio.ui.widgets import LevelMeter
from tests.gui.conftest import (
    DialogRecorder,
    breaking_source_factory,
    crash_while_recording,
    quick_stall_settings,
    silent_source_factory,
    voice_source_factory,
)

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("OPNAMESTUDIO_SCREENSHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save(widget: Any, path: Path) -> QImage:
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert not image.isNull()
    return image


def meter_colour(window: MainWindow, image: QImage) -> QColor:
    meter = window.record_page.meter
    point = meter.mapTo(window, QPoint(12, meter.height() // 2))
    return image.pixelColor(point)


def test_screenshots_of_the_main_window(make_window: MakeWindow, qtbot: Any, shots: Path) -> None:
    window = make_window(source_factory=voice_source_factory)
    page = window.record_page
    idle = save(window, shots / "main-idle.png")
    assert idle.size() == window.size()
    assert meter_colour(window, idle) != LevelMeter.GREEN

    page.start_button.click()
    qtbot.waitUntil(lambda: page.timer_label.seconds() >= 2, timeout=5_000)
    page.add_marker()
    qtbot.waitUntil(lambda: page.meter.level() > 0.5, timeout=5_000)
    recording = save(window, shots / "main-recording.png")
    assert meter_colour(window, recording) in (LevelMeter.GREEN, LevelMeter.RED)

    page.stop_recording()
    qtbot.waitUntil(lambda: page.state == "idle", timeout=10_000)
    save(window, shots / "main-stopped.png")


def test_screenshot_without_a_microphone(make_window: MakeWindow, shots: Path) -> None:
    window = make_window(device_lister=list)
    save(window, shots / "main-no-microphone.png")


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize(
    ("name", "source_factory"),
    [("no-data", silent_source_factory), ("microphone-lost", breaking_source_factory)],
)
def test_screenshot_of_an_error_dialog(
    make_window: MakeWindow,
    dialogs: DialogRecorder,
    qtbot: Any,
    shots: Path,
    name: str,
    source_factory: Callable[[], Any],
) -> None:
    def grab_dialog(box: QMessageBox) -> None:
        box.show()
        qtbot.waitExposed(box)
        save(box, shots / f"dialog-{name}.png")
        box.close()

    dialogs.on_show = grab_dialog
    window = make_window(
        source_factory=source_factory, recording_settings_factory=quick_stall_settings
    )
    window.record_page.start_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=10_000)
    assert (shots / f"dialog-{name}.png").is_file()
    save(window, shots / f"main-after-{name}.png")


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_screenshot_of_the_recovery_message(
    make_window: MakeWindow, dialogs: DialogRecorder, qtbot: Any, shots: Path, tmp_path: Path
) -> None:
    def grab_dialog(box: QMessageBox) -> None:
        box.show()
        qtbot.waitExposed(box)
        save(box, shots / "dialog-recovered.png")
        box.close()

    crash_while_recording(tmp_path / "gesprek-afgebroken.flac")
    dialogs.on_show = grab_dialog
    window = make_window()
    window.check_unfinished_recordings()
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=10_000)
    assert (shots / "dialog-recovered.png").is_file()
