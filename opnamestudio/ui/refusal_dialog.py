"""The refusal path (rule 1): a recording is refused only for a weighty reason, with an alternative.

Reachable from "Voorbereiden" before anything is recorded, and after a "niet akkoord". The core
checks the record (``RefusalRecord``) and writes its Dutch text (``refusal_text``); this dialog
collects the choices, saves the record in the data folder, and prints it or saves it as a PDF for
the dossier (QTextDocument on a QPdfWriter, A4).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opnamestudio.core import session as core
from opnamestudio.core.session import (
    ALTERNATIVES,
    REFUSAL_REASONS,
    Participant,
    RefusalRecord,
    SessionError,
)
from opnamestudio.ui import style
from opnamestudio.ui.errors import show_error

__all__ = ["RefusalDialog", "refusal_document", "write_pdf"]

log = logging.getLogger(__name__)


def refusal_document(record: RefusalRecord) -> QTextDocument:
    """The refusal's Dutch text as a printable document (title large, lists kept)."""
    lines = core.refusal_text(record).splitlines()
    parts = [f"<h2>{html.escape(lines[0])}</h2>"]
    for line in lines[2:]:  # skip the title's underline
        if not line.strip():
            parts.append("<p></p>")
        elif line.startswith("- "):
            parts.append(f"<p style='margin-left:18px'>&bull; {html.escape(line[2:])}</p>")
        else:
            parts.append(f"<p>{html.escape(line)}</p>")
    parts.append(
        f"<p></p><p>________________________________</p><p>{html.escape(_signature_line())}</p>"
    )
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-size: 11pt; } h2 { font-size: 16pt; }")
    document.setHtml("<body>" + "".join(parts) + "</body>")
    return document


def _signature_line() -> str:
    return QCoreApplication.translate(
        "RefusalDialog", "Name and signature of the professional, and the date"
    )


def write_pdf(record: RefusalRecord, path: Path) -> Path:
    """Write the refusal as an A4 PDF to ``path``."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # QTextDocument.print_ adds 2 cm margins of its own: more would leave a narrow column.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(core.refusal_text(record).splitlines()[0])
    writer.setCreator("OpnameStudio")
    refusal_document(record).print_(writer)
    return path


class RefusalDialog(QDialog):
    """Weighty reason(s), alternative(s), who asked; save, PDF, print."""

    def __init__(
        self,
        organisation: str,
        participants: Sequence[Participant],
        *,
        conversation_date: date | None = None,
        alternatives: Sequence[str] = (),
        reasons: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refuse a recording"))
        self._organisation = organisation
        self._participants = tuple(participants)
        self._date = conversation_date or date.today()
        #: Where the record was saved, once it was.
        self.saved_path: Path | None = None
        self._saved_record: RefusalRecord | None = None
        self._build()
        for code in reasons:
            self.reason_checks[code].setChecked(True)
        for code in alternatives:
            self.alternative_checks[code].setChecked(True)

    def _build(self) -> None:
        heading = QLabel(self.tr("Refuse a recording"))
        heading.setObjectName("heading")
        rule = QLabel(
            self.tr(
                "Recording a conversation is allowed. The organisation may refuse only for a "
                "weighty reason, and then offers something else (rule 1 of the Nationale "
                "ombudsman)."
            )
        )
        rule.setWordWrap(True)
        rule.setObjectName("hint")

        self.requested_combo = QComboBox()
        self.requested_combo.setAccessibleName(self.tr("Who wanted to record"))
        labels = core.participant_labels(self._participants)
        for i, (participant, label) in enumerate(zip(self._participants, labels, strict=True)):
            if participant.role != "professional":
                self.requested_combo.addItem(label[:1].upper() + label[1:], i)
        requested_label = QLabel(self.tr("&Who wanted to record?"))
        requested_label.setBuddy(self.requested_combo)
        requested_row = QHBoxLayout()
        requested_row.addWidget(requested_label)
        requested_row.addWidget(self.requested_combo, 1)

        reasons_box = QGroupBox(self.tr("The weighty reason"))
        reasons_layout = QVBoxLayout(reasons_box)
        self.reason_checks: dict[str, QCheckBox] = {}
        for code in REFUSAL_REASONS:
            check = QCheckBox(core.reason_label(code))
            check.setAccessibleName(core.reason_label(code))
            self.reason_checks[code] = check
            reasons_layout.addWidget(check)
        self.reason_note = QPlainTextEdit()
        self.reason_note.setTabChangesFocus(True)
        self.reason_note.setFixedHeight(48)
        self.reason_note.setPlaceholderText(self.tr("Explanation (needed for another reason)"))
        self.reason_note.setAccessibleName(self.tr("Explanation of the reason"))
        reasons_layout.addWidget(self.reason_note)

        alternatives_box = QGroupBox(self.tr("What we offer instead"))
        alternatives_layout = QVBoxLayout(alternatives_box)
        self.alternative_checks: dict[str, QCheckBox] = {}
        for code in ALTERNATIVES:
            check = QCheckBox(core.alternative_label(code))
            check.setAccessibleName(core.alternative_label(code))
            self.alternative_checks[code] = check
            alternatives_layout.addWidget(check)
        self.alternative_note = QPlainTextEdit()
        self.alternative_note.setTabChangesFocus(True)
        self.alternative_note.setFixedHeight(48)
        self.alternative_note.setPlaceholderText(self.tr("Explanation (needed for something else)"))
        self.alternative_note.setAccessibleName(self.tr("Explanation of the alternative"))
        alternatives_layout.addWidget(self.alternative_note)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleName(self.tr("Something still needs to be filled in"))
        self.problem_label.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("hint")
        self.status_label.setAccessibleName(self.tr("Where the record is saved"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the record in the dossier folder"))
        self.save_button.clicked.connect(self.save)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the record as a PDF file"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setAccessibleName(self.tr("Print the record"))
        self.print_button.clicked.connect(self.print_record)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this window"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading)
        layout.addWidget(rule)
        layout.addLayout(requested_row)
        layout.addWidget(reasons_box)
        layout.addWidget(alternatives_box)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.setStyleSheet(style.themed(style.RECORD_PAGE + style.FLOW))
        self.setMinimumWidth(760)

    # ------------------------------------------------------------------ the record

    def record(self) -> RefusalRecord | None:
        """The checked record, or None with the problem shown."""
        requested = self.requested_combo.currentData()
        try:
            record = RefusalRecord(
                organisation=self._organisation,
                conversation_date=self._date,
                participants=self._participants,
                requested_by=requested if isinstance(requested, int) else -1,
                reasons=tuple(c for c, b in self.reason_checks.items() if b.isChecked()),
                reason_note=self.reason_note.toPlainText(),
                alternatives=tuple(c for c, b in self.alternative_checks.items() if b.isChecked()),
                alternative_note=self.alternative_note.toPlainText(),
            )
        except SessionError as exc:
            self._show_problem(exc)
            return None
        self.problem_label.hide()
        return record

    def save(self) -> Path | None:
        """Save the record in the data folder (once per content); returns its file."""
        record = self.record()
        if record is None:
            return None
        if record == self._saved_record and self.saved_path is not None:
            return self.saved_path
        try:
            self.saved_path = core.save_refusal(record)
        except SessionError as exc:
            show_error(self, exc)
            return None
        self._saved_record = record
        log.info("refusal saved: %s", self.saved_path)
        self.status_label.setText(
            self.tr("Saved for the dossier:\n{path}").format(path=self.saved_path)
        )
        return self.saved_path

    def save_pdf_to(self, path: Path) -> Path | None:
        """Save the record, then write it as a PDF to ``path``."""
        record = self.record()
        if record is None or self.save() is None:
            return None
        write_pdf(record, path)
        self.status_label.setText(
            self.tr("Saved for the dossier:\n{path}\nPDF: {pdf}").format(
                path=self.saved_path, pdf=path
            )
        )
        return path

    def save_pdf(self) -> None:
        """Ask where, then save the PDF."""
        if self.record() is None:
            return
        name = f"weigering-{self._date.isoformat()}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path.home() / name), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            path = Path(chosen)
            self.save_pdf_to(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    def print_record(self) -> None:
        """Print on paper through the system's print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: PLC0415 - rarely used

        record = self.record()
        if record is None or self.save() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            device: QPagedPaintDevice = printer
            refusal_document(record).print_(device)

    def _show_problem(self, exc: SessionError) -> None:
        field = exc.field or ""
        if field.startswith("reasons"):
            text = self.tr("Choose at least one weighty reason.")
        elif field.startswith("reason_note"):
            text = self.tr("Explain the other reason in the box under the reasons.")
        elif field.startswith("alternatives"):
            text = self.tr("Choose at least one alternative to offer.")
        elif field.startswith("alternative_note"):
            text = self.tr("Explain the other alternative in the box under the alternatives.")
        elif field.startswith("requested_by"):
            text = self.tr(
                "Someone besides the organisation must want to record: add them in the preparation."
            )
        elif field.startswith("participants"):
            text = self.tr("Add someone of the organisation (a professional) in the preparation.")
        elif field.startswith("organisation"):
            text = self.tr("Fill in the name of the organisation in the preparation.")
        elif core.FORBIDDEN_WORD in exc.message:
            text = self.tr(
                "Choose other words: speak of agreements, or of 'akkoord' (tip 2 of the "
                "Nationale ombudsman)."
            )
        else:
            text = self.tr("Something is not filled in correctly.")
        self.problem_label.setText(text)
        self.problem_label.show()
