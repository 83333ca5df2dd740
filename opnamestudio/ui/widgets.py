"""Small widgets of the recording screen: the level meter, the big timer, a calm banner, the
pause question, and the pause/resume icons (drawn here: the icon set has none)."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPaintEvent, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from opnamestudio.ui import style

__all__ = [
    "PAUSE_REASONS",
    "Banner",
    "LevelMeter",
    "PauseDialog",
    "TimerLabel",
    "format_duration",
    "pause_icon",
    "resize_to_fit",
    "resume_icon",
]

#: What a window's frame and title bar take beyond its own size (logical pixels).
FRAME_ALLOWANCE = QSize(16, 40)


def resize_to_fit(widget: QWidget, wanted: QSize) -> None:
    """Resize ``widget`` to ``wanted``, but never larger than the free part of its screen.

    A dialog taller than a 1366×768 laptop screen (or one at 200 %) would hide its own buttons
    below the taskbar.
    """
    free = widget.screen().availableGeometry().size() - FRAME_ALLOWANCE
    widget.resize(wanted.boundedTo(free).expandedTo(widget.minimumSize()))


#: The reasons for an announced pause, as the codes the seal keeps (never free text).
PAUSE_REASONS = ("break", "private", "other")


def format_duration(seconds: float) -> str:
    """``hh:mm:ss``, rounded down: the timer never shows a second that was not recorded yet."""
    total = max(0, int(seconds))
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


class TimerLabel(QLabel):
    """The recorded length in large, steady digits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFont(self.font())
        font.setPointSize(44)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("Recording time"))
        self._seconds = 0
        self._paused = False
        self.setText(format_duration(0))

    def set_paused(self, paused: bool) -> None:
        """Say (to screen readers; the page greys the digits) that the time stands still."""
        self._paused = paused
        self.setAccessibleDescription(self.tr("paused") if paused else "")

    def is_paused(self) -> bool:
        """Whether the timer stands still for an announced pause."""
        return self._paused

    def set_seconds(self, seconds: float) -> None:
        """Show ``seconds``; repaints only when the shown second changes."""
        whole = max(0, int(seconds))
        if whole != self._seconds:
            self._seconds = whole
            self.setText(format_duration(whole))

    def seconds(self) -> int:
        """The second on display."""
        return self._seconds


class LevelMeter(QWidget):
    """A horizontal bar for the input level, in dBFS from -60 to 0.

    It rises at once and falls back slowly, so speech reads as a calm movement. The bar turns red
    for a moment after a block that clipped ("too loud"), and says "silent" when the input stayed
    below a whisper for a few seconds: a muted or wrong microphone shows up at a glance.
    """

    FLOOR_DB = -60.0
    # A peak at or above this (about -0.1 dBFS) counts as clipping.
    CLIP_PEAK = 0.99
    CLIP_HOLD = 1.5
    # Below about -45 dBFS for SILENT_AFTER seconds counts as silent.
    SILENT_PEAK = 10 ** (-45 / 20)
    SILENT_AFTER = 3.0
    FALL_DB_PER_SECOND = 20.0

    GREEN = QColor("#2e8b57")
    RED = QColor("#c62828")
    GREY = QColor("#b4bcc5")
    TRACK = QColor("#e4e7eb")
    # Idle, the track is still seen on the window's grey: the meter's place reads as a meter.
    TRACK_INACTIVE = QColor("#e9ecef")
    BORDER = QColor("#b4bcc5")
    TEXT = QColor("#1f2933")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(240, 34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Sound level"))
        self._active = False
        self._level = 0.0
        self._last_update: float | None = None
        self._clip_until = 0.0
        self._silent_since: float | None = None
        self._now = 0.0
        self._status = ""
        self._paused = False

    # ------------------------------------------------------------------ state

    def set_active(self, active: bool) -> None:
        """Start or stop showing a level; inactive, the bar is empty."""
        self._active = active
        self._level = 0.0
        self._last_update = None
        self._clip_until = 0.0
        self._silent_since = None
        self._paused = False
        self._set_status("")
        self.update()

    def set_paused(self, paused: bool) -> None:
        """Grey the bar: the microphone still shows sound, but nothing of it is recorded."""
        self._paused = paused
        self._set_status(self.tr("not recorded") if paused else "")
        self.update()

    def is_paused(self) -> bool:
        """Whether the bar is greyed for an announced pause."""
        return self._paused

    def set_peak(self, peak: float, now: float | None = None) -> None:
        """Show a new peak (0..1 of full scale), measured at ``now`` (monotonic seconds)."""
        if not self._active:
            return
        now = time.monotonic() if now is None else now
        target = self.fraction(peak)
        if self._last_update is not None:
            fallen = self._level - (now - self._last_update) * self.FALL_DB_PER_SECOND / (
                -self.FLOOR_DB
            )
            self._level = max(target, fallen, 0.0)
        else:
            self._level = target
        self._last_update = now
        self._now = now
        if peak >= self.CLIP_PEAK:
            self._clip_until = now + self.CLIP_HOLD
        if peak < self.SILENT_PEAK:
            if self._silent_since is None:
                self._silent_since = now
        else:
            self._silent_since = None
        if self._paused:
            self._set_status(self.tr("not recorded"))
        elif self.is_clipping():
            self._set_status(self.tr("too loud"))
        elif self.is_silent():
            self._set_status(self.tr("silent"))
        else:
            self._set_status("")
        self.update()

    @classmethod
    def fraction(cls, peak: float) -> float:
        """Where ``peak`` falls on the bar, 0..1."""
        if peak <= 0.0:
            return 0.0
        db = 20 * math.log10(min(peak, 1.0))
        return max(0.0, min(1.0, 1.0 - db / cls.FLOOR_DB))

    def level(self) -> float:
        """The bar's current fill, 0..1."""
        return self._level

    def is_clipping(self) -> bool:
        """Whether a clipped block was seen in the last moment."""
        return self._active and self._now < self._clip_until

    def is_silent(self) -> bool:
        """Whether the input has been (nearly) silent for a while."""
        return (
            self._active
            and self._silent_since is not None
            and self._now - self._silent_since >= self.SILENT_AFTER
        )

    def status(self) -> str:
        """The word shown in the bar ("too loud", "silent") or ``""``."""
        return self._status

    def _set_status(self, status: str) -> None:
        if status != self._status:
            self._status = status
            # Told to screen readers only when it changes, not 25 times a second.
            self.setAccessibleDescription(status)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the track, the level and the status word."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = rect.height() / 4
        painter.setPen(QPen(style.paint(self.BORDER), 1.0))
        painter.setBrush(
            style.paint(self.TRACK)
            if self._active and not self._paused
            else style.paint(self.TRACK_INACTIVE)
        )
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(Qt.PenStyle.NoPen)
        if self._active and self._level > 0.0:
            fill = QRectF(rect)
            fill.setWidth(max(rect.height() / 2, rect.width() * self._level))
            if self._paused:
                painter.setBrush(style.paint(self.GREY))
            else:
                painter.setBrush(self.RED if self.is_clipping() else self.GREEN)
            painter.drawRoundedRect(fill, radius, radius)
        if self._status:
            font = QFont(self.font())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(style.paint(self.TEXT))
            text_rect = rect.adjusted(0, 0, -10, 0)
            painter.drawText(
                text_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self._status,
            )
        painter.end()


class Banner(QLabel):
    """A calm, coloured line across the page for something to act on soon (not a dialog).

    ``level`` is ``warning`` (amber) or ``critical`` (red); hidden when there is nothing to say.
    """

    STYLE = """
    QLabel#banner {
        background: #fff4e5; border: 1px solid #f0b35b; border-left: 6px solid #f0b35b;
        border-radius: 6px; padding: 8px 12px; color: #4d3300; font-size: 11pt;
    }
    QLabel#banner[level="critical"] {
        background: #fdecea; border-color: #e57373; color: #8a1c1c;
    }
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setStyleSheet(style.themed(self.STYLE))
        self.setAccessibleName(self.tr("Notice"))
        self.setProperty("level", "warning")
        self.hide()

    def show_message(self, text: str, level: str = "warning") -> None:
        """Show ``text``; says it to screen readers only when it changed."""
        if self.property("level") != level:
            self.setProperty("level", level)
            self.style().unpolish(self)
            self.style().polish(self)
        if text != self.text():
            self.setText(text)
            self.setAccessibleDescription(text)
        self.show()

    def level(self) -> str:
        """``warning`` or ``critical``."""
        return str(self.property("level"))

    def clear(self) -> None:
        """Hide the banner."""
        super().clear()
        self.setAccessibleDescription("")
        self.hide()


class PauseDialog(QDialog):
    """Asks for the pause to be said aloud, and for its reason (a code from PAUSE_REASONS).

    Opened with ``open()`` (window-modal, the recording goes on meanwhile): what is said while it
    is open is still recorded, which is the point.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pause the recording"))
        self.setObjectName("pauseDialog")
        say = QLabel(self.tr("Say aloud that you are pausing the recording, and why."))
        say.setObjectName("say")
        say.setWordWrap(True)
        font = QFont(say.font())
        font.setPointSize(max(13, font.pointSize() + 3))
        font.setBold(True)
        say.setFont(font)
        explain = QLabel(
            self.tr(
                "What you say now is still recorded. During the pause nothing is recorded. "
                "The pause and its reason are noted in the seal."
            )
        )
        explain.setWordWrap(True)
        question = QLabel(self.tr("Why are you pausing?"))
        labels = {
            "break": self.tr("A short break"),
            "private": self.tr("Something private, not part of the conversation"),
            "other": self.tr("Another reason"),
        }
        self.reason_buttons: dict[str, QRadioButton] = {}
        self._group = QButtonGroup(self)
        for code in PAUSE_REASONS:
            button = QRadioButton(labels[code])
            button.setAccessibleName(labels[code])
            self._group.addButton(button)
            self.reason_buttons[code] = button
        self.reason_buttons[PAUSE_REASONS[0]].setChecked(True)
        self.pause_button = QPushButton(self.tr("Pause now"))
        self.pause_button.setAccessibleName(self.tr("Pause the recording now"))
        self.pause_button.setDefault(True)
        self.pause_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(self.tr("Keep recording"))
        self.cancel_button.setAccessibleName(self.tr("Keep recording without a pause"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.pause_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(say)
        layout.addWidget(explain)
        layout.addSpacing(6)
        layout.addWidget(question)
        for button in self.reason_buttons.values():
            layout.addWidget(button)
        layout.addSpacing(10)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.pause_button.setFocus()

    def reason(self) -> str:
        """The chosen reason's code."""
        for code, button in self.reason_buttons.items():
            if button.isChecked():
                return code
        return "other"

    def set_reason(self, code: str) -> None:
        """Choose a reason by its code."""
        self.reason_buttons[code].setChecked(True)


def pause_icon(colour: str = "#37474f") -> QIcon:
    """Two upright bars."""
    pixmap, painter = _icon_canvas(colour)
    painter.drawRoundedRect(QRectF(10, 8, 9, 32), 2, 2)
    painter.drawRoundedRect(QRectF(29, 8, 9, 32), 2, 2)
    painter.end()
    return QIcon(pixmap)


def resume_icon(colour: str = "#2e8b57") -> QIcon:
    """A triangle pointing right."""
    pixmap, painter = _icon_canvas(colour)
    painter.drawPolygon(QPolygonF([QPointF(12, 7), QPointF(40, 24), QPointF(12, 41)]))
    painter.end()
    return QIcon(pixmap)


def _icon_canvas(colour: str) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(48, 48)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    return pixmap, painter
