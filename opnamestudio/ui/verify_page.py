"""The "Controleren" page: drop any sound file and read, in plain words, whether it is the original.

Two answers, always both (DESIGN §6): what the *content* is (intact, changed, converted, another
recording, a broken seal) and who *signed* the seal (a trusted key, an unknown key whose ID the
user compares with the organisation's published one, or a signature that does not hold). Each
verdict has its own colour *and* symbol *and* sentence, so none depends on seeing colour. What was
changed is listed in words and drawn on a timeline of the original.

The check runs as a background job (it may decode a long file in a child process); the page only
shows what comes back. The core's English ``detail`` strings never reach the user's eyes except
as a tooltip for the expert; every word shown is translated here.
"""

from __future__ import annotations

import functools
import html
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAction,
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from opnamestudio.core import paths
from opnamestudio.core.display import format_key_id
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.sealfiles import SEAL_SUFFIX, SIG_SUFFIX, find_seal
from opnamestudio.ui import style
from opnamestudio.ui.errors import QT_TRANSLATE_NOOP, show_error
from opnamestudio.ui.jobs import run_task
from opnamestudio.ui.style import MAX_WIDTH, set_flag
from opnamestudio.ui.timeline import EditTimeline, describe_edit, format_span

if TYPE_CHECKING:
    from opnamestudio.core.keys import PublicKey
    from opnamestudio.core.verify import VerifyResult

__all__ = [
    "CONTENT_VERDICTS",
    "SIGNER_VERDICTS",
    "Check",
    "VerdictBadge",
    "VerifyPage",
    "run_check",
    "signer_text",
    "verdict_text",
]

log = logging.getLogger(__name__)

CONTEXT = "VerifyPage"

#: Every content verdict of DESIGN §6, and "no-seal": nothing to check against yet.
CONTENT_VERDICTS = (
    "intact",
    "intact-audio",
    "modified",
    "derived",
    "transcoded",
    "unrelated",
    "seal-invalid",
)
SIGNER_VERDICTS = ("trusted", "unknown-key", "invalid")

#: The room between the result cards and a scroll bar beside them.
SCROLL_GAP = 8
AUDIO_PATTERNS = "*.flac *.wav *.mp3 *.m4a *.aac *.ogg *.oga *.opus *.aif *.aiff *.wma *.webm"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _open_keys() -> QKeySequence:
    # The platform's "Open" (Ctrl+O, Cmd+O); asked once a QApplication exists, never at import.
    return QKeySequence(QKeySequence.StandardKey.Open)


# ---------------------------------------------------------------------- the words


@dataclass(frozen=True)
class _Words:
    """The untranslated headline and explanation of one verdict, its tone and its symbol."""

    headline: str
    explanation: str
    tone: str  # good, bad, warn, other, info: the colours in VERIFY_PAGE
    symbol: str  # what VerdictBadge draws


_CONTENT: dict[str, _Words] = {
    "intact": _Words(
        QT_TRANSLATE_NOOP(
            "VerifyPage", "This is the original recording. Nothing has been changed."
        ),
        QT_TRANSLATE_NOOP(
            "VerifyPage",
            "The file is exactly the same as the recording that was sealed, down to the "
            "smallest detail.",
        ),
        "good",
        "check",
    ),
    "intact-audio": _Words(
        QT_TRANSLATE_NOOP(
            "VerifyPage", "This is the original sound. Nothing has been changed in it."
        ),
        QT_TRANSLATE_NOOP(
            "VerifyPage",
            "Only the kind of file is different (for example WAV instead of FLAC), or the "
            "information stored with the sound. That happens when someone saves the recording "
            "in another way.",
        ),
        "good",
        "check",
    ),
    "modified": _Words(
        QT_TRANSLATE_NOOP("VerifyPage", "This is not the original recording. It has been changed."),
        QT_TRANSLATE_NOOP(
            "VerifyPage",
            "The sound is not the same as in the original. Below you can see what is different.",
        ),
        "bad",
        "cross",
    ),
    "derived": _Words(
        QT_TRANSLATE_NOOP("VerifyPage", "This is an edited copy. The edits were announced."),
        QT_TRANSLATE_NOOP(
            "VerifyPage",
            "Parts were taken out on purpose, and the seal says which ones and why. Below you "
            "can see which parts.",
        ),
        "info",
        "info",
    ),
    "transcoded": _Words(
        QT_TRANSLATE_NOOP("VerifyPage", "This is a converted copy of the recording."),
        QT_TRANSLATE_NOOP(
            "VerifyPage",
            "Someone saved the recording in another way, for example as MP3. That changes the "
            "sound a little, so OpnameStudio can only compare it roughly.",
        ),
        "warn",
        "approx",
    ),
    "unrelated": _Words(
        QT_TRANSLATE_NOOP("VerifyPage", "This file is not the sealed recording."),
        QT_TRANSLATE_NOOP(
            "VerifyPage",
            "The sound is different from the recording that this seal belongs to. Maybe you "
            "chose the wrong seal.",
        ),
        "other",
        "unequal",
    ),
    "seal-invalid": _Words(
        QT_TRANSLATE_NOOP("VerifyPage", "The seal is not right."),
        QT_TRANSLATE_NOOP(
            "VerifyPage",
            "The seal is damaged, or it was changed after it was made. So this check cannot say "
            "anything about the recording. Ask the organisation for the original seal files.",
        ),
        "bad",
        "alert",
    ),
    "no-seal": _Words(
        QT_TRANSLATE_NOOP("VerifyPage", "No seal found"),
        QT_TRANSLATE_NOOP(
            "VerifyPage",
            "There is no seal beside this file (a file whose name ends in .zegel.json). Click "
            "'Choose seal' and choose the seal that belongs to this recording.",
        ),
        "warn",
        "question",
    ),
}
_UNKNOWN_CONTENT = _Words(
    QT_TRANSLATE_NOOP("VerifyPage", "This version of OpnameStudio cannot show this result"),
    QT_TRANSLATE_NOOP(
        "VerifyPage",
        "Check the file with the newest version of OpnameStudio.",
    ),
    "other",
    "question",
)

_SIGNER: dict[str, _Words] = {
    "trusted": _Words(
        QT_TRANSLATE_NOOP("VerifyPage", "Signed with a trusted key"),
        QT_TRANSLATE_NOOP(
            "VerifyPage", "The seal is genuine. It was made with a key that this computer trusts."
        ),
        "good",
        "check",
    ),
    "unknown-key": _Words(
        QT_TRANSLATE_NOOP("VerifyPage", "Signed with an unknown key"),
        QT_TRANSLATE_NOOP(
            "VerifyPage",
            "The seal is signed correctly, but with a key that this computer does not know. "
            "Compare the key ID below with the one the organisation publishes on its website "
            "and on the paper with the agreements. Only if they are the same do you know that "
            "the seal comes from that organisation.",
        ),
        "warn",
        "question",
    ),
    "invalid": _Words(
        QT_TRANSLATE_NOOP("VerifyPage", "The signature is not right"),
        QT_TRANSLATE_NOOP("VerifyPage", "Do not trust this seal."),
        "bad",
        "cross",
    ),
}

MODIFIED_UNREADABLE = QT_TRANSLATE_NOOP(
    "VerifyPage",
    "The file is different from the original, and its sound cannot be read. So it is not the "
    "original recording.",
)
TRANSCODED_CHANGES = QT_TRANSLATE_NOOP(
    "VerifyPage", "Some parts seem to be different. Below you can see roughly where."
)
TRANSCODED_NO_CHANGES = QT_TRANSLATE_NOOP("VerifyPage", "No part seems to be missing or added.")
UNRELATED_SHARED = QT_TRANSLATE_NOOP(
    "VerifyPage",
    "Only a short part sounds the same: {parts} of the original. That can be a standard text, "
    "such as the agreements read out at the start.",
)
DERIVED_REASON = QT_TRANSLATE_NOOP("VerifyPage", "The reason given: \u201c{reason}\u201d.")
DERIVED_NOT_ANNOUNCED = QT_TRANSLATE_NOOP(
    "VerifyPage",
    "This file is an edited copy that was sealed with announced cuts, but it has been changed "
    "after that. The changes below were not announced.",
)
RECEIVED_ON = QT_TRANSLATE_NOOP(
    "VerifyPage", "It is the recording exactly as the client handed it over on {date}."
)
SIGNATURE_MISSING = QT_TRANSLATE_NOOP(
    "VerifyPage",
    "The signature file that belongs to the seal ({name}) is missing. Without it the seal "
    "cannot be checked. Put it beside the seal, or ask the organisation for it.",
)


def verdict_text(
    content: str, result: VerifyResult | None = None, *, signature_missing: bool = False
) -> tuple[str, str]:
    """The translated headline and explanation for a content verdict (any code, never empty).

    With ``result`` the explanation says more where the result knows more: whether changes were
    found, which passage an unrelated file shares.
    """
    words = _CONTENT.get(content, _UNKNOWN_CONTENT)
    explanation = _tr(words.explanation)
    if result is not None:
        if content == "modified" and not result.ranges:
            explanation = _tr(MODIFIED_UNREADABLE)
        elif content == "transcoded":
            extra = TRANSCODED_CHANGES if result.ranges else TRANSCODED_NO_CHANGES
            explanation = f"{explanation} {_tr(extra)}"
        elif content == "unrelated" and result.shared:
            rate = max(1, result.samplerate)
            parts = ", ".join(
                format_span(m.orig_start / rate, m.orig_end / rate) for m in result.shared
            )
            explanation = f"{explanation} {_tr(UNRELATED_SHARED).format(parts=parts)}"
        elif content == "derived" and result.derived is not None:
            reason = _tr(DERIVED_REASON).format(reason=result.derived["reason"])
            explanation = f"{explanation} {reason}"
        elif content == "modified" and result.derived is not None:
            explanation = _tr(DERIVED_NOT_ANNOUNCED)
        elif content == "intact" and result.received is not None:
            date = _dutch_date(result.received.get("date") or result.received["utc"][:10])
            explanation = f"{explanation} {_tr(RECEIVED_ON).format(date=date)}"
        elif content == "seal-invalid" and signature_missing and result.seal is not None:
            explanation = _tr(SIGNATURE_MISSING).format(name=_signature_path(result.seal).name)
    return _tr(words.headline), explanation


def _dutch_date(iso_date: str) -> str:
    """26-11-2026 from 2026-11-26 (as written in the Netherlands); unchanged if not a date."""
    parts = iso_date.split("-")
    return "-".join(reversed(parts)) if len(parts) == 3 else iso_date


def signer_text(signer: str) -> tuple[str, str]:
    """The translated title and explanation for a signer verdict (never empty)."""
    words = _SIGNER.get(signer, _SIGNER["invalid"])
    return _tr(words.headline), _tr(words.explanation)


def tone_of(content: str) -> str:
    """The colour family of a content verdict: good, bad, warn, other or info."""
    return _CONTENT.get(content, _UNKNOWN_CONTENT).tone


def signer_tone(signer: str) -> str:
    """The colour family of a signer verdict."""
    return _SIGNER.get(signer, _SIGNER["invalid"]).tone


# ---------------------------------------------------------------------- the job


@dataclass(frozen=True)
class Check:
    """What the page shows: the verification and what it needs to draw it."""

    result: VerifyResult
    #: Length of the sealed original, for the timeline; None when the seal cannot be read.
    original_frames: int | None = None
    #: The seal's signature file is not there (a more helpful text than "invalid").
    signature_missing: bool = False


def _signature_path(seal: Path) -> Path:
    if seal.name.endswith(SEAL_SUFFIX):
        return seal.with_name(seal.name[: -len(SEAL_SUFFIX)] + SIG_SUFFIX)
    return seal.with_name(seal.name + ".minisig")


def _seal_for(audio: Path) -> Path | None:
    """The seal beside ``audio``, else the archive's by the recording's file name (no hashing
    here on the GUI thread: a renamed copy is still found by the check itself, by its hash)."""
    beside = find_seal(audio)
    if beside is not None:
        return beside
    from opnamestudio.core.archive import archived_seal_for  # noqa: PLC0415 (rarely needed)

    return archived_seal_for(audio, by_hash=False)


def run_check(audio: Path, seal: Path | None, trust: Sequence[Path]) -> Check:
    """Verify ``audio`` (on a worker thread); raises VerifyError when the check cannot run."""
    # The verifier (cryptography, the decoders) is loaded at the first check, not at start.
    from opnamestudio.core.seal import Seal  # noqa: PLC0415
    from opnamestudio.core.verify import verify  # noqa: PLC0415

    result = verify(audio, seal, trust)
    frames: int | None = None
    missing = False
    if result.seal is not None:
        missing = not _signature_path(result.seal).exists()
        try:
            frames = result.timeline_frames or Seal.from_file(result.seal).frames
        except OpnameError:
            frames = None
    return Check(result, frames, missing)


# ---------------------------------------------------------------------- widgets

TONES = {
    "good": ("#1b7a3d", "#e9f6ee", "#9bd3ae"),
    "bad": ("#b3261e", "#fdecea", "#f1a9a0"),
    "warn": ("#9a5b00", "#fff4e5", "#f0b35b"),
    "other": ("#5b4b8a", "#f1eef8", "#c3b8e0"),
    "info": ("#1f5fa8", "#e8f0fb", "#a9c4ea"),
}


class VerdictBadge(QWidget):
    """A coloured disc with a white symbol: the verdict at a glance, also without colour."""

    def __init__(self, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(size, size)
        self._symbol = "question"
        self._colour = QColor(TONES["other"][0])

    def set_verdict(self, symbol: str, tone: str) -> None:
        """Show ``symbol`` (check, cross, alert, approx, unequal, info, question) in ``tone``."""
        self._symbol = symbol
        self._colour = QColor(TONES.get(tone, TONES["other"])[0])
        self.update()

    def symbol(self) -> str:
        """The symbol on display."""
        return self._symbol

    def colour(self) -> QColor:
        """The disc's colour."""
        return QColor(self._colour)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the disc and the symbol as strokes (no font needed)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        disc = QRectF(1, 1, side - 2, side - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawEllipse(disc)
        pen = QPen(QColor("white"), max(2.0, side / 11))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(_symbol_path(self._symbol, disc))
        if self._symbol in ("alert", "info", "question"):
            # The dot of "!", "i" and "?".
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("white"))
            r = side / 14
            y = disc.top() + disc.height() * (0.30 if self._symbol == "info" else 0.74)
            painter.drawEllipse(QPointF(disc.center().x(), y), r, r)
        painter.end()


def _symbol_path(symbol: str, disc: QRectF) -> QPainterPath:
    x, y, s = disc.left(), disc.top(), disc.width()

    def p(fx: float, fy: float) -> QPointF:
        return QPointF(x + fx * s, y + fy * s)

    path = QPainterPath()
    if symbol == "check":
        path.moveTo(p(0.28, 0.52))
        path.lineTo(p(0.44, 0.68))
        path.lineTo(p(0.73, 0.36))
    elif symbol == "cross":
        path.moveTo(p(0.33, 0.33))
        path.lineTo(p(0.67, 0.67))
        path.moveTo(p(0.67, 0.33))
        path.lineTo(p(0.33, 0.67))
    elif symbol == "alert":
        path.moveTo(p(0.5, 0.24))
        path.lineTo(p(0.5, 0.58))
    elif symbol == "info":
        path.moveTo(p(0.5, 0.45))
        path.lineTo(p(0.5, 0.74))
    elif symbol == "approx":
        for fy in (0.42, 0.60):
            path.moveTo(p(0.27, fy + 0.02))
            path.cubicTo(p(0.40, fy - 0.10), p(0.60, fy + 0.12), p(0.73, fy - 0.02))
    elif symbol == "unequal":
        path.moveTo(p(0.28, 0.42))
        path.lineTo(p(0.72, 0.42))
        path.moveTo(p(0.28, 0.60))
        path.lineTo(p(0.72, 0.60))
        path.moveTo(p(0.60, 0.25))
        path.lineTo(p(0.40, 0.77))
    else:  # question
        path.moveTo(p(0.36, 0.36))
        path.cubicTo(p(0.36, 0.18), p(0.66, 0.18), p(0.65, 0.36))
        path.cubicTo(p(0.64, 0.48), p(0.50, 0.48), p(0.50, 0.60))
    return path


MONO_FAMILIES = '"DejaVu Sans Mono", "Consolas", "Menlo", monospace'
#: The look of a key ID or fingerprint inside a sentence: digits one can compare in groups.
MONO = f"font-family: {MONO_FAMILIES}; font-size: 13pt;"

VERIFY_PAGE = """
QLabel#heading { font-size: 20pt; font-weight: 600; color: #1f2933; }
QLabel#intro, QLabel#hint { color: #52606d; }
QLabel#rowValue { color: #1f2933; }
QLabel#rowValue[missing="true"] { color: #9a5b00; font-weight: 600; }
QFrame#dropZone {
    border: 2px dashed #9aa5b1; border-radius: 12px; background: #f7f8fa;
}
QFrame#dropZone[dragging="true"] { border-color: #1f6feb; background: #eaf2fe; }
QLabel#dropText { font-size: 15pt; color: #1f2933; }
QLabel#busyText { font-size: 13pt; color: #1f2933; }
QFrame#card { border-radius: 10px; border: 1px solid #cfd4da; background: #ffffff; }
QLabel#headline { font-size: 17pt; font-weight: 600; }
QLabel#signerTitle { font-size: 12pt; font-weight: 600; }
QLabel#explanation, QLabel#signerText { font-size: 11pt; color: #1f2933; }
QLabel#keyId { font-size: 11pt; color: #1f2933; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; color: #1f2933; }
QLabel#change { font-size: 11pt; color: #1f2933; }
QLabel#detailLabel { color: #52606d; }
QPushButton#choose { padding: 6px 14px; }
"""
VERIFY_PAGE += f"QLabel#fingerprint {{ {MONO} color: #1f2933; }}\n"
for _tone, (_strong, _tint, _border) in TONES.items():
    VERIFY_PAGE += (
        f'QFrame#card[tone="{_tone}"] {{ background: {_tint}; border: 1px solid {_border}; }}\n'
        f'QFrame#card[tone="{_tone}"] QLabel#headline, '
        f'QFrame#card[tone="{_tone}"] QLabel#signerTitle {{ color: {_strong}; }}\n'
    )


def _label(object_name: str, *, wrap: bool = True, selectable: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _set_tone(widget: QWidget, tone: str) -> None:
    if widget.property("tone") != tone:
        widget.setProperty("tone", tone)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        for child in widget.findChildren(QLabel):
            child.style().unpolish(child)
            child.style().polish(child)


_CENTER = Qt.AlignmentFlag.AlignCenter


class _DropZone(QFrame):
    """The empty state: a large, calm place to drop a file on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.text = QLabel(
            QCoreApplication.translate(
                "VerifyPage", "Drag a sound file here, or click 'Choose file'."
            )
        )
        self.text.setAlignment(_CENTER)
        self.text.setObjectName("dropText")
        self.text.setWordWrap(True)
        self.hint = QLabel(
            QCoreApplication.translate(
                "VerifyPage",
                "OpnameStudio then checks whether it is the original recording, and what was "
                "changed.",
            )
        )
        self.hint.setAlignment(_CENTER)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.setMinimumHeight(160)
        self.setAccessibleName(self.text.text())


# ---------------------------------------------------------------------- the page


class VerifyPage(QWidget):
    """Choose or drop a file; the seal beside it is found; the verdict is shown calmly."""

    #: A check ended: its result or its error has been shown.
    checked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audio: Path | None = None
        self._chosen_seal: Path | None = None
        self._trust: Path | None = None
        self._trust_key: PublicKey | None = None
        self._check: Check | None = None
        self._state = "empty"
        self._change_labels: list[QLabel] = []
        self.setAcceptDrops(True)
        self._build()
        self._make_actions()
        self._show_state("empty")
        self._update_rows()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        heading = QLabel(self.tr("Check a recording"))
        heading.setObjectName("heading")
        intro = QLabel(
            self.tr(
                "Is this the original recording, or was something changed? Choose a sound file. "
                "OpnameStudio finds the seal beside it by itself."
            )
        )
        intro.setObjectName("intro")
        intro.setWordWrap(True)

        self.file_button = self._button(
            self.tr("Choose file…"), self.tr("Choose the sound file to check"), self.choose_file
        )
        self.file_button.setToolTip(
            self.tr("Choose a sound file ({keys})").format(
                keys=_open_keys().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.seal_button = self._button(
            self.tr("Choose seal…"), self.tr("Choose the seal of the recording"), self.choose_seal
        )
        self.trust_button = self._button(
            self.tr("Choose key…"),
            self.tr("Choose a trusted key file (.pub)"),
            self.choose_trust,
        )
        self.file_value = _label("rowValue", selectable=True)
        self.file_value.setAccessibleName(self.tr("Sound file"))
        self.seal_value = _label("rowValue", selectable=True)
        self.seal_value.setAccessibleName(self.tr("Seal"))
        self.trust_value = _label("rowValue", selectable=True)
        self.trust_value.setAccessibleName(self.tr("Trusted key"))
        rows = QGridLayout()
        rows.setHorizontalSpacing(12)
        rows.setVerticalSpacing(6)
        for row, (text, value, button) in enumerate(
            (
                (self.tr("Sound file:"), self.file_value, self.file_button),
                (self.tr("Seal:"), self.seal_value, self.seal_button),
                (self.tr("Trusted key:"), self.trust_value, self.trust_button),
            )
        ):
            name = QLabel(text)
            name.setBuddy(button)
            rows.addWidget(name, row, 0)
            rows.addWidget(value, row, 1)
            rows.addWidget(button, row, 2)
        rows.setColumnStretch(1, 1)

        self.stack = QStackedWidget()
        self.drop_zone = _DropZone()
        self.stack.addWidget(self.drop_zone)
        self.stack.addWidget(self._build_busy())
        self.stack.addWidget(self._build_result())

        # On a wide screen the page keeps a readable width, centred.
        body = QWidget()
        body.setMaximumWidth(MAX_WIDTH)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(rows)
        layout.addWidget(self.stack, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addWidget(body)
        self.setStyleSheet(style.themed(VERIFY_PAGE))
        QWidget.setTabOrder(self.file_button, self.seal_button)
        QWidget.setTabOrder(self.seal_button, self.trust_button)

    def _button(self, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("choose")
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _build_busy(self) -> QWidget:
        page = QWidget()
        self.busy_label = QLabel()
        self.busy_label.setAlignment(_CENTER)
        self.busy_label.setObjectName("busyText")
        self.busy_label.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # busy, length unknown
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMinimumWidth(280)
        self.busy_bar.setMaximumWidth(360)
        self.busy_bar.setAccessibleName(self.tr("Checking"))
        hint = QLabel(self.tr("For a long recording this can take a moment."))
        hint.setAlignment(_CENTER)
        hint.setObjectName("hint")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar, 0, _CENTER)
        layout.addWidget(hint)
        layout.addStretch(2)
        return page

    def _build_result(self) -> QWidget:
        # The verdict: large and calm.
        self.verdict_card = QFrame()
        self.verdict_card.setObjectName("card")
        self.verdict_badge = VerdictBadge(64)
        self.headline_label = _label("headline", selectable=True)
        self.headline_label.setAccessibleName(self.tr("Result of the check"))
        self.explanation_label = _label("explanation", selectable=True)
        # Plain text: a derived seal's reason is someone's own words, never markup to render.
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setAccessibleName(self.tr("Explanation"))
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.headline_label)
        text.addWidget(self.explanation_label)
        row = QHBoxLayout(self.verdict_card)
        row.setContentsMargins(16, 14, 16, 14)
        row.setSpacing(16)
        row.addWidget(self.verdict_badge, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)

        # Who signed: always shown with a result.
        self.signer_card = QFrame()
        self.signer_card.setObjectName("card")
        self.signer_badge = VerdictBadge(32)
        self.signer_title = _label("signerTitle", selectable=True)
        self.signer_title.setAccessibleName(self.tr("Who signed the seal"))
        self.signer_label = _label("signerText", selectable=True)
        self.key_id_label = _label("keyId", selectable=True)
        self.key_id_label.setTextFormat(Qt.TextFormat.RichText)
        self.key_id_label.setAccessibleName(self.tr("Key ID"))
        stext = QVBoxLayout()
        stext.setSpacing(4)
        stext.addWidget(self.signer_title)
        stext.addWidget(self.signer_label)
        stext.addWidget(self.key_id_label)
        srow = QHBoxLayout(self.signer_card)
        srow.setContentsMargins(16, 12, 16, 12)
        srow.setSpacing(16)
        srow.addSpacing(16)
        srow.addWidget(self.signer_badge, 0, Qt.AlignmentFlag.AlignTop)
        srow.addSpacing(16)
        srow.addLayout(stext, 1)

        # What changed: a timeline of the original and a line per change.
        self.changes_box = QWidget()
        self.changes_title = _label("sectionTitle")
        self.timeline = EditTimeline()
        self.changes_list = QVBoxLayout()
        self.changes_list.setSpacing(4)
        changes = QVBoxLayout(self.changes_box)
        changes.setContentsMargins(0, 4, 0, 0)
        changes.setSpacing(8)
        changes.addWidget(self.changes_title)
        changes.addWidget(self.timeline)
        changes.addLayout(self.changes_list)

        # The numbers to compare with the paper.
        self.details_box = QWidget()
        self.fingerprint_label = _label("fingerprint", wrap=False, selectable=True)
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint of this file"))
        fingerprint_hint = _label("hint")
        fingerprint_hint.setText(
            self.tr(
                "Compare it with the fingerprint on the receipt or on the paper with the "
                "agreements."
            )
        )
        self.seal_path_label = _label("detailLabel", selectable=True)
        self.seal_path_label.setAccessibleName(self.tr("Seal that was used"))
        details = QGridLayout(self.details_box)
        details.setContentsMargins(0, 4, 0, 0)
        details.setHorizontalSpacing(12)
        fp_name = QLabel(self.tr("Fingerprint of this file:"))
        fp_name.setObjectName("detailLabel")
        details.addWidget(fp_name, 0, 0, Qt.AlignmentFlag.AlignBaseline)
        details.addWidget(self.fingerprint_label, 0, 1, Qt.AlignmentFlag.AlignBaseline)
        details.addWidget(fingerprint_hint, 1, 1)
        seal_name = QLabel(self.tr("Seal:"))
        seal_name.setObjectName("detailLabel")
        details.addWidget(seal_name, 2, 0, Qt.AlignmentFlag.AlignTop)
        details.addWidget(self.seal_path_label, 2, 1)
        details.setColumnStretch(1, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        # No right margin: the cards line up with the buttons above them; only beside a scroll
        # bar do they keep a gap (_on_result_range).
        layout.setContentsMargins(0, 0, 0, 0)
        self._result_layout = layout
        layout.setSpacing(12)
        layout.addWidget(self.verdict_card)
        layout.addWidget(self.signer_card)
        layout.addWidget(self.changes_box)
        layout.addWidget(self.details_box)
        layout.addStretch(1)
        self.result_area = QScrollArea()
        self.result_area.setWidgetResizable(True)
        self.result_area.setFrameShape(QFrame.Shape.NoFrame)
        self.result_area.setWidget(content)
        self.result_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.result_area.setAccessibleName(self.tr("Result of the check"))
        self.result_area.verticalScrollBar().rangeChanged.connect(self._on_result_range)
        return self.result_area

    def _on_result_range(self, minimum: int, maximum: int) -> None:
        self._result_layout.setContentsMargins(0, 0, SCROLL_GAP if maximum > minimum else 0, 0)

    def _make_actions(self) -> None:
        self.open_action = QAction(self.tr("Choose a sound file to check"), self)
        self.open_action.setShortcut(_open_keys())
        self.open_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.open_action.triggered.connect(self.choose_file)
        self.addAction(self.open_action)

    # ------------------------------------------------------------------ public

    @property
    def state(self) -> str:
        """``empty``, ``busy``, ``no-seal`` or ``result``."""
        return self._state

    @property
    def check(self) -> Check | None:
        """What is on display, when a check has finished."""
        return self._check

    @property
    def result(self) -> VerifyResult | None:
        """The verification on display, if any."""
        return self._check.result if self._check is not None else None

    def open_file(
        self, path: Path | str, seal: Path | str | None = None, trust: Path | str | None = None
    ) -> None:
        """Check ``path``: against ``seal`` (default: the seal beside it), also trusting the key
        in ``trust`` (default: the key chosen before, if any) besides the installation's."""
        if self._state == "busy":
            return
        if trust is not None and not self._load_trust(Path(trust)):
            return
        self._audio = Path(path)
        self._chosen_seal = Path(seal) if seal is not None else None
        self._start()

    def set_seal(self, seal: Path | str) -> None:
        """Use ``seal`` for the current file (and check again)."""
        if self._state == "busy":
            return
        self._chosen_seal = Path(seal)
        self._update_rows()
        if self._audio is not None:
            self._start()

    def set_trust(self, key_file: Path | str) -> None:
        """Also trust the key in ``key_file`` (and check again)."""
        if self._state == "busy" or not self._load_trust(Path(key_file)):
            return
        self._update_rows()
        if self._audio is not None:
            self._start()

    def choose_file(self) -> None:
        """Ask for a sound file and check it."""
        if self._state == "busy":
            return
        sound, every = self.tr("Sound files"), self.tr("All files")
        filters = f"{sound} ({AUDIO_PATTERNS});;{every} (*)"
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the sound file to check"), str(self._start_folder()), filters
        )
        if name:
            self.open_file(name)

    def choose_seal(self) -> None:
        """Ask for the seal that belongs to the file."""
        if self._state == "busy":
            return
        seals, every = self.tr("Seals"), self.tr("All files")
        filters = f"{seals} (*{SEAL_SUFFIX});;{every} (*)"
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the seal of the recording"), str(self._start_folder()), filters
        )
        if name:
            self.set_seal(name)

    def choose_trust(self) -> None:
        """Ask for the organisation's public key (.pub)."""
        if self._state == "busy":
            return
        keys, every = self.tr("Keys"), self.tr("All files")
        filters = f"{keys} (*.pub);;{every} (*)"
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a trusted key file (.pub)"), str(self._start_folder()), filters
        )
        if name:
            self.set_trust(name)

    # ------------------------------------------------------------------ checking

    def _start(self) -> None:
        audio = self._audio
        if audio is None:
            return
        self._check = None
        seal = self._chosen_seal
        if seal is None and audio.is_file() and _seal_for(audio) is None:
            self._update_rows()
            self._show_no_seal()
            return
        trust = [self._trust] if self._trust is not None else []
        self.busy_label.setText(self.tr("Checking {name}…").format(name=audio.name))
        self._show_state("busy")
        self._update_rows()
        log.info("verifying %s (seal %s, extra trusted key %s)", audio, seal, self._trust)
        run_task(functools.partial(run_check, audio, seal, trust), self._on_checked)

    def _on_checked(self, *, result: Check | None, error: Exception | None) -> None:
        if error is not None or result is None:
            self._show_state("empty")
            self._update_rows()
            show_error(self, error or RuntimeError("no result"))
            self.file_button.setFocus()
            self.checked.emit()
            return
        verdict = result.result
        log.info(
            "verified %s: content %s, signer %s (%s)",
            verdict.file,
            verdict.content,
            verdict.signer,
            verdict.detail,
        )
        self.show_check(result)
        self.checked.emit()

    def show_check(self, check: Check) -> None:
        """Show a finished check: verdict, signer, changes and the numbers to compare."""
        self._check = check
        result = check.result
        headline, explanation = verdict_text(
            result.content, result, signature_missing=check.signature_missing
        )
        words = _CONTENT.get(result.content, _UNKNOWN_CONTENT)
        self._show_verdict(headline, explanation, words.tone, words.symbol, result.detail)
        self._show_signer(result)
        self._show_changes(check)
        if result.file_sha256:
            self.fingerprint_label.setText(format_key_id(result.file_sha256))
            self.fingerprint_label.setToolTip(result.file_sha256)
        else:
            self.fingerprint_label.setText("—")
            self.fingerprint_label.setToolTip("")
        self.seal_path_label.setText(str(result.seal) if result.seal else "—")
        self.details_box.show()
        self._show_state("result")
        self._update_rows()
        self.result_area.verticalScrollBar().setValue(0)
        self._announce(f"{headline} {self.signer_title.text()}")

    # ------------------------------------------------------------------ showing

    def _show_verdict(
        self, headline: str, explanation: str, tone: str, symbol: str, detail: str = ""
    ) -> None:
        self.headline_label.setText(headline)
        self.explanation_label.setText(explanation)
        self.verdict_badge.set_verdict(symbol, tone)
        self.verdict_card.setToolTip(detail)
        _set_tone(self.verdict_card, tone)

    def _show_signer(self, result: VerifyResult) -> None:
        title, text = signer_text(result.signer)
        words = _SIGNER.get(result.signer, _SIGNER["invalid"])
        self.signer_title.setText(title)
        self.signer_label.setText(text)
        self.signer_badge.set_verdict(words.symbol, words.tone)
        self.signer_card.setToolTip(result.signer_detail)
        if result.key_id:
            grouped = format_key_id(result.key_id)
            self.key_id_label.setText(
                html.escape(self.tr("Key ID: {key_id}"), quote=False).format(
                    key_id=f"<span style='{MONO}'>{grouped}</span>"
                )
            )
            self.key_id_label.setAccessibleDescription(grouped)
            self.key_id_label.setToolTip(result.key_id)
        else:
            self.key_id_label.setText(
                html.escape(self.tr("Key ID: unknown (the seal cannot be read)"), quote=False)
            )
            self.key_id_label.setAccessibleDescription("")
            self.key_id_label.setToolTip("")
        _set_tone(self.signer_card, words.tone)
        self.signer_card.show()

    def _show_changes(self, check: Check) -> None:
        result = check.result
        for label in self._change_labels:
            self.changes_list.removeWidget(label)
            label.deleteLater()
        self._change_labels = []
        shown = result.content in ("modified", "transcoded", "derived") and bool(result.ranges)
        approximate = result.content == "transcoded"
        self.changes_box.setVisible(shown)
        if not shown:
            self.timeline.clear()
            return
        if result.content == "derived":
            self.changes_title.setText(self.tr("Announced edits"))
        elif approximate:
            self.changes_title.setText(self.tr("What seems to be different (roughly)"))
        else:
            self.changes_title.setText(self.tr("What is different"))
        frames = check.original_frames or 0
        announced = result.content == "derived"
        self.timeline.set_edits(
            frames, result.samplerate, result.ranges, approximate=approximate, announced=announced
        )
        for edit in result.ranges:
            colour = self.timeline.colour_for(edit.kind).name()
            symbol = "▼" if edit.kind == "inserted" else "■"
            label = _label("change", selectable=True)
            label.setTextFormat(Qt.TextFormat.RichText)
            line = describe_edit(
                edit, result.samplerate, approximate=approximate, announced=announced
            )
            text = html.escape(line, quote=False)
            label.setText(f'<span style="color:{colour}">{symbol}</span>&nbsp;{text}')
            label.setAccessibleName(line)
            self.changes_list.addWidget(label)
            self._change_labels.append(label)

    def _show_no_seal(self) -> None:
        words = _CONTENT["no-seal"]
        self._show_verdict(_tr(words.headline), _tr(words.explanation), words.tone, words.symbol)
        self.signer_card.hide()
        self.changes_box.hide()
        self.details_box.hide()
        self._show_state("no-seal")
        self.seal_button.setFocus()
        self._announce(_tr(words.headline))
        self.checked.emit()

    def _show_state(self, state: str) -> None:
        self._state = state
        busy = state == "busy"
        pages = {"empty": 0, "busy": 1, "result": 2, "no-seal": 2}
        self.stack.setCurrentIndex(pages[state])
        for widget in (self.file_button, self.seal_button, self.trust_button):
            widget.setEnabled(not busy)
        self.open_action.setEnabled(not busy)

    def _update_rows(self) -> None:
        audio = self._audio
        if audio is None:
            self.file_value.setText(self.tr("No file chosen yet"))
            self.file_value.setToolTip("")
        else:
            self.file_value.setText(audio.name)
            self.file_value.setToolTip(str(audio))
        missing = False
        if self._chosen_seal is not None:
            self.seal_value.setText(self._chosen_seal.name)
            self.seal_value.setToolTip(str(self._chosen_seal))
        elif audio is None:
            self.seal_value.setText(self.tr("Is looked for beside the sound file"))
            self.seal_value.setToolTip("")
        else:
            beside = find_seal(audio)
            archived = _seal_for(audio) if beside is None and audio.is_file() else None
            if beside is not None:
                self.seal_value.setText(
                    self.tr("Found beside the file: {name}").format(name=beside.name)
                )
                self.seal_value.setToolTip(str(beside))
            elif archived is not None:
                self.seal_value.setText(self.tr("Found in the archive"))
                self.seal_value.setToolTip(str(archived))
            else:
                missing = audio.is_file()
                self.seal_value.setText(self.tr("No seal found beside the file"))
                self.seal_value.setToolTip("")
        set_flag(self.seal_value, "missing", missing)
        if self._trust is None or self._trust_key is None:
            self.trust_value.setText(
                self.tr("None chosen. The keys this computer already trusts are used.")
            )
            self.trust_value.setToolTip("")
        else:
            self.trust_value.setText(
                self.tr("{name} (key ID {key_id})").format(
                    name=self._trust.name, key_id=format_key_id(self._trust_key.key_id)
                )
            )
            self.trust_value.setToolTip(str(self._trust))

    def _load_trust(self, path: Path) -> bool:
        try:
            from opnamestudio.core.keys import PublicKey  # noqa: PLC0415 (see run_check)

            key = PublicKey.from_file(path)
        except OpnameError as exc:
            show_error(self, exc)
            return False
        self._trust, self._trust_key = path, key
        self._update_rows()
        return True

    def _start_folder(self) -> Path:
        if self._audio is not None and self._audio.parent.is_dir():
            return self._audio.parent
        return paths.recordings_dir()

    def _announce(self, text: str) -> None:
        """Tell a screen reader the outcome, which appears without the focus moving."""
        # Qt 6.8 and later; older versions just do not announce.
        event_class = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
        if event_class is not None:
            QAccessible.updateAccessibility(event_class(self, text))

    # ------------------------------------------------------------------ drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files while no check runs, and show where they go."""
        if self._state != "busy" and _local_files(event.mimeData().urls()):
            event.acceptProposedAction()
            set_flag(self.drop_zone, "dragging", True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """The drag went elsewhere."""
        set_flag(self.drop_zone, "dragging", False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """A sound file is checked; a seal or a key dropped with it (or alone) is used."""
        set_flag(self.drop_zone, "dragging", False)
        files = _local_files(event.mimeData().urls())
        if self._state == "busy" or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_dropped(files)

    def open_dropped(self, files: Iterable[Path]) -> None:
        """Sort dropped files into sound file, seal and key, and check."""
        audio: Path | None = None
        seal: Path | None = None
        key: Path | None = None
        for path in files:
            name = path.name.lower()
            if name.endswith(SEAL_SUFFIX):
                seal = seal or path
            elif name.endswith(".pub"):
                key = key or path
            elif not name.endswith(".minisig"):
                audio = audio or path
        if audio is not None:
            self.open_file(audio, seal=seal, trust=key)
        elif seal is not None:
            if key is not None and not self._load_trust(key):
                return
            self.set_seal(seal)
        elif key is not None:
            self.set_trust(key)


def _local_files(urls: Iterable[object]) -> list[Path]:
    found = []
    for url in urls:
        local = getattr(url, "toLocalFile", None)
        if local is not None and (text := local()):
            found.append(Path(text))
    return found
