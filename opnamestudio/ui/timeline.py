"""The changes in a copy, told and drawn: plain-language lines and a timeline of the original.

``describe_edit`` turns one located change (``EditRange``) into a Dutch-translatable line;
``EditTimeline`` draws the sealed original as a bar with the removed and replaced stretches in
red and orange and the places where something was added as markers. Colour is never the only
carrier: every range also has its line of text, the legend names the colours, and the widget's
accessible description reads the same lines.

Times are whole seconds. The place of a change is known to about a chunk of audio (a second or
so), so tenths would claim a precision the check does not have.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from opnamestudio.core.locate import EditRange
from opnamestudio.ui import style

__all__ = ["EditTimeline", "describe_edit", "format_span", "format_time"]


def format_time(seconds: float) -> str:
    """``m:ss``, or ``h:mm:ss`` from an hour on (whole seconds)."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def format_span(start_s: float, end_s: float) -> str:
    """``0:12–0:15``: rounded to whole seconds, but never collapsed to one moment."""
    start, end = round(start_s), round(end_s)
    if end <= start:
        start, end = math.floor(start_s), max(math.ceil(end_s), math.floor(start_s) + 1)
    return f"{format_time(start)}–{format_time(end)}"


def describe_edit(
    edit: EditRange, samplerate: int, *, approximate: bool = False, announced: bool = False
) -> str:
    """One change in plain language, e.g. "Removed: 0:12–0:15 of the original (in this copy at
    0:12)"; "about" for a converted copy, and a note when the place cannot be known exactly."""
    rate = max(1, samplerate)
    orig = format_span(edit.orig_start / rate, edit.orig_end / rate)
    copy = format_span(edit.copy_start / rate, edit.copy_end / rate)
    orig_at = format_time(round(edit.orig_start / rate))
    copy_at = format_time(round(edit.copy_start / rate))
    if edit.kind == "inserted":
        if approximate:
            text = QCoreApplication.translate(
                "EditTimeline",
                "Added: about {copy} in this copy (in the original at about {orig_at})",
            )
        else:
            text = QCoreApplication.translate(
                "EditTimeline", "Added: {copy} in this copy (in the original at {orig_at})"
            )
    elif edit.kind == "replaced":
        if approximate:
            text = QCoreApplication.translate(
                "EditTimeline", "Replaced: about {orig} of the original (in this copy about {copy})"
            )
        else:
            text = QCoreApplication.translate(
                "EditTimeline", "Replaced: {orig} of the original (in this copy {copy})"
            )
    elif announced:
        text = QCoreApplication.translate(
            "EditTimeline",
            "Taken out, as announced: {orig} of the original (in this copy at {copy_at})",
        )
    elif approximate:
        text = QCoreApplication.translate(
            "EditTimeline",
            "Removed: about {orig} of the original (in this copy at about {copy_at})",
        )
    else:
        text = QCoreApplication.translate(
            "EditTimeline", "Removed: {orig} of the original (in this copy at {copy_at})"
        )
    line = text.format(orig=orig, copy=copy, orig_at=orig_at, copy_at=copy_at)
    if edit.in_run or edit.audio == "pause":
        line += " " + QCoreApplication.translate(
            "EditTimeline", "(in a silence: the exact place cannot be determined)"
        )
    return line


class EditTimeline(QWidget):
    """The original recording as a bar, with what was removed, replaced or added on it."""

    TRACK = QColor("#d9dee4")
    OUTLINE = QColor("#9aa5b1")
    REMOVED = QColor("#c62828")
    REPLACED = QColor("#ef6c00")
    INSERTED = QColor("#1f5fa8")
    ANNOUNCED = QColor("#6a4c93")  # announced cuts: not an alarm, but clearly marked
    TEXT = QColor("#52606d")

    BAR_HEIGHT = 24
    MARKER = 9  # the added-here triangle's height above the bar
    MIN_WIDTH = 4  # a cut of a few frames is still visible
    SIDE = 8  # room for a marker's triangle at the very start or end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(240)
        self.setAccessibleName(self.tr("Timeline of the original recording"))
        self.setMouseTracking(True)
        self._frames = 0
        self._rate = 48000
        self._edits: list[EditRange] = []
        self._approximate = False
        self._announced = False
        self._lines: list[str] = []
        self.setFixedHeight(self.sizeHint().height())

    # ------------------------------------------------------------------ state

    def set_edits(
        self,
        original_frames: int,
        samplerate: int,
        edits: Sequence[EditRange],
        *,
        approximate: bool = False,
        announced: bool = False,
    ) -> None:
        """Show ``edits`` on an original of ``original_frames`` frames at ``samplerate``.

        ``announced``: the edits are the declared cuts of an edited copy (verdict derived).
        """
        self._rate = max(1, samplerate)
        self._edits = list(edits)
        ends = [max(e.orig_end, e.orig_start) for e in self._edits]
        self._frames = max([original_frames, *ends])
        self._approximate = approximate
        self._announced = announced
        self._lines = [
            describe_edit(e, self._rate, approximate=approximate, announced=announced)
            for e in self._edits
        ]
        length = format_time(math.ceil(self._frames / self._rate))
        parts = [self.tr("The original recording is {length} long.").format(length=length)]
        if not self._edits:
            parts.append(self.tr("Nothing is marked on it."))
        parts.extend(self._lines)
        self.setAccessibleDescription(" ".join(parts))
        self.update()

    def clear(self) -> None:
        """An empty bar."""
        self.set_edits(0, self._rate, [])

    def edits(self) -> list[EditRange]:
        """The changes on display."""
        return list(self._edits)

    def original_frames(self) -> int:
        """The length of the bar, in frames of the original."""
        return self._frames

    # ------------------------------------------------------------------ geometry

    def bar_rect(self) -> QRectF:
        """Where the bar (the whole original) is drawn."""
        return QRectF(self.SIDE, self.MARKER + 3, self.width() - 2 * self.SIDE, self.BAR_HEIGHT)

    def x_for(self, frame: int) -> float:
        """The x of ``frame`` of the original on the bar."""
        bar = self.bar_rect()
        if self._frames <= 0:
            return bar.left()
        return bar.left() + bar.width() * min(max(frame, 0), self._frames) / self._frames

    def range_rect(self, edit: EditRange) -> QRectF:
        """The part of the bar ``edit`` covers (at least a few pixels wide)."""
        bar = self.bar_rect()
        left, right = self.x_for(edit.orig_start), self.x_for(edit.orig_end)
        if right - left < self.MIN_WIDTH:
            middle = (left + right) / 2
            left = min(max(bar.left(), middle - self.MIN_WIDTH / 2), bar.right() - self.MIN_WIDTH)
            right = left + self.MIN_WIDTH
        return QRectF(left, bar.top(), right - left, bar.height())

    def colour_for(self, kind: str) -> QColor:
        """The colour of a kind of change."""
        removed = self.ANNOUNCED if self._announced else self.REMOVED
        return {"removed": removed, "replaced": self.REPLACED}.get(kind, self.INSERTED)

    def _line_height(self) -> float:
        return QFontMetricsF(self.font()).height()

    def sizeHint(self) -> QSize:
        """Room for the markers, the bar, the time axis and the legend."""
        hint = super().sizeHint()
        height = self.MARKER + 3 + self.BAR_HEIGHT + 4 + 2 * self._line_height() + 10
        hint.setHeight(math.ceil(height))
        hint.setWidth(480)
        return hint

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the bar, the changes, the time axis and the legend."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = self.bar_rect()
        painter.setPen(QPen(style.paint(self.OUTLINE), 1))
        painter.setBrush(style.paint(self.TRACK))
        painter.drawRoundedRect(bar.adjusted(-0.5, -0.5, 0.5, 0.5), 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        for edit in self._edits:
            if edit.kind == "inserted":
                continue
            painter.setBrush(self.colour_for(edit.kind))
            painter.drawRect(self.range_rect(edit))
        for edit in self._edits:
            if edit.kind == "inserted":
                self._draw_marker(painter, self.x_for(edit.orig_start))
        self._draw_axis(painter, bar)
        self._draw_legend(painter, bar)
        painter.end()

    def _draw_marker(self, painter: QPainter, x: float) -> None:
        bar = self.bar_rect()
        half = self.MARKER * 0.8
        triangle = QPolygonF(
            [QPointF(x - half, 1), QPointF(x + half, 1), QPointF(x, bar.top() + 2)]
        )
        if self._approximate:
            # A converted copy: the place is about here. A dashed line and an open triangle,
            # so it does not look like an exact moment.
            pen = QPen(self.INSERTED, 2.0, Qt.PenStyle.DashLine)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            on_pixels = round(x)  # a 2 px line between pixels: both in full colour
            painter.drawLine(QPointF(on_pixels, bar.top()), QPointF(on_pixels, bar.bottom()))
            painter.setPen(QPen(self.INSERTED, 1.5))
            painter.setBrush(style.paint(self.TRACK))
            painter.drawPolygon(triangle)
            painter.setPen(Qt.PenStyle.NoPen)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.INSERTED)
        painter.drawRect(QRectF(x - 1.5, bar.top(), 3, bar.height()))
        painter.drawPolygon(triangle)

    def _draw_axis(self, painter: QPainter, bar: QRectF) -> None:
        top = bar.bottom() + 2
        rect = QRectF(bar.left(), top, bar.width(), self._line_height())
        painter.setPen(style.paint(self.TEXT))
        painter.setFont(self.font())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), format_time(0))
        if self._frames > 0:
            end = format_time(math.ceil(self._frames / self._rate))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight), end)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignHCenter), self.tr("the original recording")
        )

    def legend(self) -> list[tuple[str, QColor, bool]]:
        """The legend under the bar: (text, colour, drawn as a marker) per kind shown."""
        kinds = {e.kind for e in self._edits}
        about = self._approximate
        entries: list[tuple[str, QColor, bool]] = [
            (self.tr("unchanged"), style.paint(self.TRACK), False)
        ]
        if "removed" in kinds and self._announced:
            entries.append((self.tr("taken out, as announced"), self.ANNOUNCED, False))
        elif "removed" in kinds:
            removed = self.tr("removed, about here") if about else self.tr("removed")
            entries.append((removed, self.REMOVED, False))
        if "replaced" in kinds:
            replaced = self.tr("replaced, about here") if about else self.tr("replaced")
            entries.append((replaced, self.REPLACED, False))
        if "inserted" in kinds:
            added = self.tr("added about here") if about else self.tr("added here")
            entries.append((added, self.INSERTED, True))
        return entries

    def _draw_legend(self, painter: QPainter, bar: QRectF) -> None:
        entries = self.legend()
        font = QFont(self.font())
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        y = bar.bottom() + 4 + metrics.height()
        x = bar.left()
        swatch = metrics.height() * 0.7
        for label, colour, marker in entries:
            top = y + (metrics.height() - swatch) / 2
            painter.setPen(
                QPen(style.paint(self.OUTLINE), 1)
                if colour == style.paint(self.TRACK)
                else Qt.PenStyle.NoPen
            )
            painter.setBrush(colour)
            if marker and self._approximate:  # open, as on the bar
                painter.setPen(QPen(colour, 1.5))
                painter.setBrush(style.paint(self.TRACK))
            if marker:
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(x, top),
                            QPointF(x + swatch, top),
                            QPointF(x + swatch / 2, top + swatch),
                        ]
                    )
                )
            else:
                painter.drawRect(QRectF(x, top, swatch, swatch))
            x += swatch + 6
            painter.setPen(style.paint(self.TEXT))
            width = metrics.horizontalAdvance(label)
            painter.drawText(
                QRectF(x, y, width + 2, metrics.height()), int(Qt.AlignmentFlag.AlignLeft), label
            )
            x += width + 18

    # ------------------------------------------------------------------ tooltips

    def edit_at(self, x: float) -> EditRange | None:
        """The change drawn at ``x`` (markers first: they are thin), if any."""
        for edit in self._edits:
            if edit.kind == "inserted" and abs(self.x_for(edit.orig_start) - x) <= self.MARKER:
                return edit
        for edit in self._edits:
            rect = self.range_rect(edit)
            if edit.kind != "inserted" and rect.left() - 2 <= x <= rect.right() + 2:
                return edit
        return None

    def event(self, event: QEvent) -> bool:
        """A tooltip over a change tells it in words."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            edit = self.edit_at(event.pos().x())
            if edit is not None:
                index = self._edits.index(edit)
                QToolTip.showText(event.globalPos(), self._lines[index], self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
