"""The "Verzegelen" step: the recording's vingerafdruk, large, right after stop (DESIGN §3, 4).

Stopping already writes the seal, so there is nothing to wait for: the panel says "Sealing…"
only while the stop job runs, then shows the vingerafdruk — the first 24 hex digits of the audio
file's SHA-256 in groups of four (DESIGN §0) — for the worker to copy onto the paper agreement
and the client's receipt. "Copy" puts the whole SHA-256 on the clipboard, as ``sha256sum`` and
``certutil`` print it, so it can be pasted into a letter or a file note.

Below it, the next step (DESIGN §3 step 5, "Kopie en afspraken"): "Copy for the client…" (the
export dialog), "Print agreements…" (the agreement for both sides to sign) and "Receipt…" (the
client's receipt with the vingerafdruk and its QR code). They need the recording's file, which
the record page passes to :meth:`SealPanel.show_seal`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from opnamestudio.core.display import format_key_id
from opnamestudio.ui import style

__all__ = ["SealPanel"]

#: How long the copy button says "Copied" before it reads "Copy" again.
COPIED_MS = 2500

STYLE = """
QFrame#sealPanel { background: #ffffff; border: 1px solid #d3d9df; border-radius: 10px; }
QLabel#sealTitle { color: #52606d; font-size: 11pt; font-weight: 600; }
QLabel#fingerprint { color: #1f2933; letter-spacing: 1px; }
QLabel#sealHint { color: #1f2933; font-size: 11pt; }
QLabel#sealing { color: #52606d; font-size: 13pt; }
QPushButton#copy { font-size: 11pt; padding: 6px 16px; }
QPushButton#nextStep { font-size: 11pt; padding: 6px 14px; }
"""


class SealPanel(QFrame):
    """The vingerafdruk of the last recording, a copy button, and what to do with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealPanel")
        self.setStyleSheet(style.themed(STYLE))
        self._sha256 = ""
        self._audio: Path | None = None

        self.title_label = QLabel(self.tr("Fingerprint of the recording"))
        self.title_label.setObjectName("sealTitle")

        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprint")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(26)
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint"))

        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copy")
        self.copy_button.setAccessibleName(self.tr("Copy the whole fingerprint"))
        self.copy_button.setToolTip(
            self.tr("Copies the whole fingerprint (64 characters), to paste it elsewhere")
        )
        self.copy_button.clicked.connect(self.copy)
        # Wide enough for "Copied" too: the button must not change size under the mouse.
        font = QFont(self.copy_button.font())
        font.setPointSize(11)  # as in STYLE
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(t) for t in (self.tr("Copy"), self.tr("Copied")))
        self.copy_button.setMinimumWidth(widest + 48)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(COPIED_MS)
        self._copied_timer.timeout.connect(self._reset_copy_button)

        self.hint_label = QLabel(
            self.tr("Put this fingerprint on the agreements and on the receipt for the client.")
        )
        self.hint_label.setObjectName("sealHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.export_button = QPushButton(self.tr("Copy for the client…"))
        self.export_button.setToolTip(
            self.tr("Put an exact copy of the recording on a USB stick for the client")
        )
        self.export_button.clicked.connect(self.open_export)
        self.agreement_button = QPushButton(self.tr("Print agreements…"))
        self.agreement_button.setToolTip(
            self.tr("The agreements about the recording on paper, for both sides to sign")
        )
        self.agreement_button.clicked.connect(self.open_agreement)
        self.receipt_button = QPushButton(self.tr("Receipt…"))
        self.receipt_button.setToolTip(
            self.tr("A receipt for the client with the fingerprint, also without a signature")
        )
        self.receipt_button.clicked.connect(self.open_receipt)
        self._step_buttons = (self.export_button, self.agreement_button, self.receipt_button)
        steps = QHBoxLayout()
        steps.setSpacing(8)
        steps.addStretch(1)
        for button in self._step_buttons:
            button.setObjectName("nextStep")
            button.setAccessibleName(button.text().rstrip("…"))
            steps.addWidget(button)
        steps.addStretch(1)

        self.sealing_label = QLabel(self.tr("Sealing…"))
        self.sealing_label.setObjectName("sealing")
        self.sealing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 14)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.hint_label)
        layout.addSpacing(6)
        layout.addLayout(steps)
        layout.addWidget(self.sealing_label)
        self.clear()

    # ------------------------------------------------------------------ public

    def show_sealing(self) -> None:
        """Only "Sealing…": the stop job is closing and sealing the recording."""
        self._set_sha256("")
        self._set_parts(sealing=True)

    def show_seal(self, sha256: str, audio: Path | None = None) -> None:
        """Show the vingerafdruk of the audio file whose SHA-256 (hex) is ``sha256``.

        ``audio`` is the sealed recording: the copy, agreement and receipt buttons need it.
        """
        self._set_sha256(sha256.lower())
        self._audio = Path(audio) if audio is not None else None
        self._set_parts(sealing=False)

    def clear(self) -> None:
        """Nothing to show (a new recording started, or the recording was not sealed)."""
        self._set_sha256("")
        self._set_parts(sealing=False)

    def audio(self) -> Path | None:
        """The sealed recording on display, if the record page said which file it is."""
        return self._audio

    def open_export(self) -> None:
        """ "Kopie voor cliënt": the export dialog for this recording."""
        if self._audio is not None:
            from opnamestudio.ui import export_dialog  # noqa: PLC0415 (loaded when first used)

            export_dialog.open_export_dialog(self, self._audio)

    def open_agreement(self) -> None:
        """The agreement for this recording: print or save as PDF."""
        if self._audio is not None:
            from opnamestudio.ui import documents  # noqa: PLC0415 (loaded when first used)

            documents.open_agreement_dialog(self, self._audio)

    def open_receipt(self) -> None:
        """The client's receipt for this recording: print or save as PDF."""
        if self._audio is not None:
            from opnamestudio.ui import documents  # noqa: PLC0415 (loaded when first used)

            documents.open_receipt_dialog(self, self._audio)

    def sha256(self) -> str:
        """The whole SHA-256 on display, or ``""``."""
        return self._sha256

    def fingerprint(self) -> str:
        """The vingerafdruk on display, e.g. ``1A2B 3C4D 5E6F 7A8B 9C0D EF12``."""
        return self.fingerprint_label.text()

    def copy(self) -> None:
        """Put the whole SHA-256 on the clipboard."""
        if not self._sha256:
            return
        QGuiApplication.clipboard().setText(self._sha256)
        self.copy_button.setText(self.tr("Copied"))
        self._copied_timer.start()

    # ------------------------------------------------------------------ helpers

    def _set_sha256(self, sha256: str) -> None:
        self._sha256 = sha256
        self._audio = None
        shown = format_key_id(sha256) if sha256 else ""
        self.fingerprint_label.setText(shown)
        self.fingerprint_label.setToolTip(sha256)
        # Read out in groups, not as one long word.
        self.fingerprint_label.setAccessibleDescription(shown.replace(" ", ", "))
        self._copied_timer.stop()
        self._reset_copy_button()

    def _set_parts(self, *, sealing: bool) -> None:
        sealed = bool(self._sha256)
        self.sealing_label.setVisible(sealing)
        for part in (self.title_label, self.fingerprint_label, self.copy_button, self.hint_label):
            part.setVisible(sealed)
        for button in self._step_buttons:
            button.setVisible(sealed)
            button.setEnabled(self._audio is not None)

    def _reset_copy_button(self) -> None:
        self.copy_button.setText(self.tr("Copy"))
