"""Dark mode: the pages' own colours are turned so their text stays readable on a dark palette."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from opnamestudio.ui import style
from opnamestudio.ui.main_window import MainWindow
from tests.gui.conftest import fake_devices

DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#2b2c2f",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#303134",
    QPalette.ColorRole.ButtonText: "#e8eaed",
}


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    before = qapp.palette()
    palette = QPalette(before)
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    qapp.setPalette(palette)
    yield
    qapp.setPalette(before)


def test_light_colours_stay_and_dark_mode_turns_them(qapp: QApplication, dark: None) -> None:
    assert style.is_dark()
    assert style.themed("color: #1f2933;") != "color: #1f2933;"
    turned = QColor(style.themed("#1f2933"))
    assert turned.lightnessF() > 0.75  # dark text became light
    assert QColor(style.themed("#fdecea")).lightnessF() < 0.25  # a light card became dark
    assert style.themed("#c62828") == "#c62828"  # the red button keeps its colour


def test_without_dark_mode_nothing_changes(qapp: QApplication) -> None:
    assert not style.is_dark()
    css = "QLabel { color: #1f2933; background: #fdecea; }"
    assert style.themed(css) == css


def test_every_label_of_the_main_pages_is_readable_in_dark_mode(
    qtbot: Any, dutch: None, dark: None
) -> None:
    window = MainWindow(device_lister=fake_devices)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.new_conversation()  # Voorbereiden too
    _ = window.verify_page, window.recordings_list, window.archive_page
    background = QApplication.palette().window().color()
    poor = []
    for label in window.findChildren(QLabel):
        if not label.text().strip():
            continue
        label.ensurePolished()
        colour = label.palette().color(label.foregroundRole())
        if contrast(colour, background) < 4.5:
            poor.append(f"{label.objectName() or label.text()[:30]!r}: {colour.name()}")
    assert not poor
