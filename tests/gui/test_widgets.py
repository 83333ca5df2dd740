"""The level meter and the timer."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from opnamestudio.ui.record_page import format_time_left
from opnamestudio.ui.widgets import LevelMeter, TimerLabel, format_duration


def test_format_duration() -> None:
    assert format_duration(0) == "00:00:00"
    assert format_duration(59.99) == "00:00:59"
    assert format_duration(3 * 3600 + 25 * 60 + 7.5) == "03:25:07"
    assert format_duration(-1) == "00:00:00"


def test_format_time_left(dutch: None) -> None:
    assert format_time_left(30) == "minder dan 1 minuut"
    assert format_time_left(25 * 60) == "25 min."
    assert format_time_left(5 * 3600 + 7 * 60) == "5 uur en 7 min."


def test_timer_shows_whole_seconds(qtbot: Any) -> None:
    timer = TimerLabel()
    qtbot.addWidget(timer)
    timer.set_seconds(61.7)
    assert timer.text() == "00:01:01"
    assert timer.accessibleName()


def test_meter_rises_at_once_and_falls_slowly(qtbot: Any) -> None:
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.set_peak(0.5, now=0.0)
    assert meter.level() == 0.0  # inactive: shows nothing
    meter.set_active(True)
    meter.set_peak(0.5, now=0.0)
    loud = meter.level()
    assert 0.85 < loud < 0.95  # -6 dBFS on a -60..0 scale
    meter.set_peak(0.0, now=0.5)
    assert loud - 0.2 < meter.level() < loud  # falls 20 dB/s, not at once
    meter.set_peak(0.0, now=10.0)
    assert meter.level() == 0.0


def test_meter_shows_clipping_for_a_moment(qtbot: Any, dutch: None) -> None:
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.set_active(True)
    meter.set_peak(1.0, now=0.0)
    assert meter.is_clipping()
    assert meter.status() == "te hard"
    assert meter.accessibleDescription() == "te hard"
    meter.set_peak(0.3, now=1.0)
    assert meter.is_clipping()
    meter.set_peak(0.3, now=2.0)
    assert not meter.is_clipping()
    assert meter.status() == ""


def test_meter_says_silent_after_a_while(qtbot: Any, dutch: None) -> None:
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.set_active(True)
    meter.set_peak(0.001, now=0.0)
    meter.set_peak(0.001, now=2.0)
    assert not meter.is_silent()
    meter.set_peak(0.001, now=3.5)
    assert meter.is_silent()
    assert meter.status() == "stil"
    meter.set_peak(0.2, now=3.6)  # someone speaks
    assert not meter.is_silent()
    assert meter.status() == ""


def test_meter_paints_every_state(qtbot: Any) -> None:
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.resize(300, 34)
    assert not meter.grab().isNull()
    meter.set_active(True)
    meter.set_peak(1.0, now=0.0)
    assert not meter.grab().isNull()


def test_an_idle_meter_still_shows_its_track(qtbot: Any) -> None:
    """Before a recording the meter's place must read as a meter, not as empty window."""
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.resize(300, 34)
    image = meter.grab().toImage()
    background = meter.palette().window().color()
    edge = image.pixelColor(150, 1)

    def distance(a: QColor, b: QColor) -> int:
        return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())

    assert distance(edge, background) >= 60, (edge.name(), background.name())
