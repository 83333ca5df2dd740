"""Small widgets of the recording screen: the level meter and the big timer."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

__all__ = ["LevelMeter", "TimerLabel", "format_duration"]


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
        self.setText(format_duration(0))

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
    TRACK = QColor("#e4e7eb")
    TRACK_INACTIVE = QColor("#eef0f2")
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

    # ------------------------------------------------------------------ state

    def set_active(self, active: bool) -> None:
        """Start or stop showing a level; inactive, the bar is empty."""
        self._active = active
        self._level = 0.0
        self._last_update = None
        self._clip_until = 0.0
        self._silent_since = None
        self._set_status("")
        self.update()

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
        if self.is_clipping():
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
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.TRACK if self._active else self.TRACK_INACTIVE)
        painter.drawRoundedRect(rect, radius, radius)
        if self._active and self._level > 0.0:
            fill = QRectF(rect)
            fill.setWidth(max(rect.height() / 2, rect.width() * self._level))
            painter.setBrush(self.RED if self.is_clipping() else self.GREEN)
            painter.drawRoundedRect(fill, radius, radius)
        if self._status:
            font = QFont(self.font())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(self.TEXT)
            text_rect = rect.adjusted(0, 0, -10, 0)
            painter.drawText(
                text_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self._status,
            )
        painter.end()
