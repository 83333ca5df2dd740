"""The app's look: calm colours, large type where it matters, a visible keyboard focus."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QWidget

__all__ = ["FLOW", "MAX_WIDTH", "RECORD_PAGE", "is_dark", "paint", "set_flag", "themed"]

_HEX = re.compile(r"#[0-9a-fA-F]{6}\b(?!\x00)")
#: ``color: #rrggbb`` (not ``background-color``); the turned value is marked with a NUL so the
#: general pass leaves it alone.
_TEXT_COLOUR = re.compile(r"((?<![-\w])color:\s*)(#[0-9a-fA-F]{6})\b")


def is_dark() -> bool:
    """Whether the app runs with a dark palette (the system's dark mode, or a dark Qt style)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return QGuiApplication.palette().window().color().lightnessF() < 0.5


def _for_dark(colour: QColor) -> QColor:
    """The colour's counterpart on a dark palette: dark text becomes light, light backgrounds
    dark; hue and saturation stay, and the strong middle colours (buttons, the verdicts' red
    and green) stay as they are."""
    hue, saturation = colour.hslHueF(), colour.hslSaturationF()
    lightness, alpha = colour.lightnessF(), colour.alphaF()
    if lightness < 0.45:
        lightness = 1.0 - lightness * 0.9
    elif lightness > 0.82:
        lightness = max(0.10, 1.0 - lightness + 0.06)
    else:
        return QColor(colour)
    return QColor.fromHslF(max(hue, 0.0), saturation, lightness, alpha)


def _text_for_dark(colour: QColor) -> QColor:
    """A text colour on a dark palette: as ``_for_dark``, and a middle colour (the red of
    "● Opname loopt") lightened enough to read."""
    turned = _for_dark(colour)
    if turned.lightnessF() < 0.7:
        turned = QColor.fromHslF(
            max(turned.hslHueF(), 0.0), turned.hslSaturationF(), 0.72, turned.alphaF()
        )
    return turned


def themed(css: str) -> str:
    """``css`` as it is, or with every ``#rrggbb`` turned for a dark palette (see ``is_dark``).

    The style sheets are written for a light palette; this keeps their text readable in dark
    mode without a second copy of each. Text colours (``color:``) are kept light enough to read
    on the dark background; backgrounds and borders only change when they are light or dark.
    """
    if not is_dark():
        return css
    css = _TEXT_COLOUR.sub(
        lambda m: m.group(1) + _text_for_dark(QColor(m.group(2))).name() + "\x00", css
    )
    css = _HEX.sub(lambda m: _for_dark(QColor(m.group(0))).name(), css)
    return css.replace("\x00", "")


def paint(colour: QColor) -> QColor:
    """A colour a widget paints itself, turned for a dark palette like ``themed``."""
    return _for_dark(colour) if is_dark() else colour


#: A page wider than this gets too long lines, and buttons drift away from what they change:
#: on a wide screen the page keeps this width, centred.
MAX_WIDTH = 1040


def set_flag(widget: QWidget, name: str, value: bool) -> None:
    """Set a property the style sheet selects on (``[name="true"]``) and apply the new look."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


RECORD_PAGE = """
QLabel#heading { font-size: 20pt; font-weight: 600; color: #1f2933; }
QLabel#intro { color: #52606d; }
QLabel#notice {
    background: #fff4e5; border: 1px solid #f0b35b; border-radius: 6px;
    padding: 6px 10px; color: #4d3300;
}
QLabel#problem { color: #b3261e; }
QLabel#live { color: #c62828; font-size: 12pt; font-weight: 600; }
QLabel#timer { color: #9aa5b1; }
QLabel#timer[running="true"] { color: #1f2933; }
QLabel#disk { color: #52606d; }
QLabel#disk[low="true"] {
    background: #fdecea; color: #8a1c1c; border-radius: 6px; padding: 4px 8px;
    font-weight: 600;
}
QLabel#status { color: #1f2933; font-size: 11pt; }
QPushButton#startStop {
    font-size: 15pt; font-weight: 600; color: white; background: #c62828;
    border: 3px solid transparent; border-radius: 10px; padding: 8px 28px;
}
QPushButton#startStop:hover { background: #b71c1c; }
QPushButton#startStop[recording="true"] { background: #37474f; }
QPushButton#startStop[recording="true"]:hover { background: #263238; }
QPushButton#startStop:disabled { background: #cfd4da; color: #52606d; }
QPushButton#startStop:focus { border: 3px solid #1f6feb; }
QPushButton#marker { font-size: 13pt; padding: 8px 20px; }
"""

# The conversation flow's pages (Voorbereiden, Aankondigen): calm panels, one clear next step.
FLOW = """
QLabel#tip {
    background: #e8f1fb; border-left: 6px solid #1f6feb; border-radius: 6px;
    padding: 8px 12px; color: #1f2933; font-size: 13pt; font-style: italic;
}
QLabel#hint { color: #52606d; }
QLabel#steps { color: #52606d; font-size: 10pt; }
QGroupBox { font-weight: 600; border: 1px solid #d9dee3; border-radius: 8px; margin-top: 12px;
    padding: 10px 8px 8px 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1f2933; }
QPushButton#primary {
    font-size: 12pt; font-weight: 600; color: white; background: #1f6feb;
    border: 3px solid transparent; border-radius: 8px; padding: 6px 20px;
}
QPushButton#primary:hover { background: #1a5fcc; }
QPushButton#primary:disabled { background: #cfd4da; color: #52606d; }
QPushButton#primary:focus { border: 3px solid #0b3d91; }
QPushButton#agree[chosen="true"] { background: #2e7d32; color: white; font-weight: 600; }
QPushButton#decline[chosen="true"] { background: #c62828; color: white; font-weight: 600; }
QTextBrowser#script { font-size: 13pt; background: #fbfbf7; border: 1px solid #d9dee3;
    border-radius: 8px; padding: 8px; }
QLabel#answer { font-weight: 600; }
QLabel#answer[state="agreed"] { color: #2e7d32; }
QLabel#answer[state="declined"] { color: #c62828; }
QLabel#done { font-size: 13pt; }
QLabel#alternatives { font-size: 13pt; font-weight: 600; padding-left: 12px; }
"""
