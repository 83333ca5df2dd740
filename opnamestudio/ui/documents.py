"""Paper from the core's HTML: PDF files, the printer, and a preview dialog for each document.

core/documents.py writes the agreement, the receipt and the leaflet as HTML; this module lays
them out with ``QTextDocument`` and prints them on a ``QPdfWriter`` (A4) or on the printer the
user picks in ``QPrintDialog``. The receipt's QR code is an image resource of the document: its
modules painted as rectangles into a 1-bit image, which the PDF keeps lossless, so it stays sharp
on paper. (A custom QTextObjectInterface would draw vectors, but PySide6 6.12 cannot register a
Python one: ``handlerForObject`` stays None.)

``open_agreement_dialog``, ``open_receipt_dialog`` and ``open_leaflet_dialog`` show a preview
with "Print…" and "Save as PDF…" (the leaflet also "Save as web page…", the text for the
organisation's website).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from opnamestudio.core import documents
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.fileio import atomic_write_bytes
from opnamestudio.core.keys import load_or_create_signing_key
from opnamestudio.core.orgsettings import OrgSettings, load_settings
from opnamestudio.ui.errors import show_error, show_info
from opnamestudio.ui.widgets import resize_to_fit

__all__ = [
    "QR_URL",
    "DocumentDialog",
    "agreement_pdf",
    "make_document",
    "open_agreement_dialog",
    "open_leaflet_dialog",
    "open_receipt_dialog",
    "pdf_bytes",
    "qr_image",
    "receipt_pdf",
]

log = logging.getLogger(__name__)

#: Where the QR code image lives among a document's resources.
QR_URL = "opnamestudio-qr:vingerafdruk"
#: The QR code's side on paper, quiet zone included: 36 mm (in 1/96 inch, Qt's text unit).
QR_SIDE = 36 / 25.4 * 96
#: Light modules around the code: the four the QR standard asks for.
QR_BORDER = 4


def qr_image(data: str, *, module_px: int = 12) -> QImage:
    """The QR code of ``data`` with its quiet zone, as a black-and-white image.

    Each module is a square of ``module_px`` pixels painted as a rectangle; 1 bit per pixel, so
    the PDF keeps it lossless and sharp (12 px per module is over 300 dpi at 36 mm).
    """
    matrix = documents.qr_matrix(data, border=QR_BORDER)
    side = len(matrix) * module_px
    image = QImage(side, side, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            painter.fillRect(
                start * module_px,
                y * module_px,
                (x - start) * module_px,
                module_px,
                Qt.GlobalColor.black,
            )
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Mono, Qt.ImageConversionFlag.ThresholdDither)


def _with_qr(doc: QTextDocument, markup: str, qr: str | None) -> str:
    """``markup`` with QR_MARK replaced by the QR code of ``qr`` (added to ``doc``)."""
    if not qr:
        return markup.replace(documents.QR_MARK, "")
    if documents.QR_MARK not in markup:
        raise ValueError("the document has no place for a QR code")
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(QR_URL), qr_image(qr))
    side = round(QR_SIDE)
    return markup.replace(
        documents.QR_MARK, f'<img src="{QR_URL}" width="{side}" height="{side}" alt="QR">'
    )


def make_document(
    markup: str, *, qr: str | None = None, parent: QObject | None = None
) -> QTextDocument:
    """A text document of the core's HTML, with the QR code of ``qr`` in place of QR_MARK."""
    doc = QTextDocument(parent)
    doc.setHtml(_with_qr(doc, markup, qr))
    title = markup.split("<title>", 1)[-1].split("</title>", 1)[0] if "<title>" in markup else ""
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


def _prepare(device: QPagedPaintDevice, title: str) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # QTextDocument.print_ adds 2 cm of margin itself.
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    if isinstance(device, QPdfWriter):
        device.setResolution(300)
        device.setTitle(title)
        device.setCreator("OpnameStudio")


def pdf_bytes(markup: str, *, qr: str | None = None) -> bytes:
    """The PDF (A4) of the core's HTML."""
    doc = make_document(markup, qr=qr)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    _prepare(writer, doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    doc.print_(writer)
    del writer  # finishes the file
    data = bytes(buffer.data().data())
    buffer.close()
    doc.deleteLater()
    return data


def agreement_pdf(facts: documents.RecordingFacts) -> bytes:
    """ "Afspraken over de geluidsopname" as PDF (also written onto the client's copy)."""
    return pdf_bytes(documents.agreement_html(facts))


def receipt_pdf(facts: documents.RecordingFacts) -> bytes:
    """The client's receipt as PDF: one page, with the QR code of the whole SHA-256."""
    return pdf_bytes(documents.receipt_html(facts), qr=facts.sha256)


class DocumentDialog(QDialog):
    """A document on screen as on paper, with Print, Save as PDF and (optionally) HTML."""

    def __init__(
        self,
        markup: str,
        *,
        title: str,
        file_stem: str,
        qr: str | None = None,
        web_page: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        resize_to_fit(self, QSize(760, 820))
        self.markup = markup
        self.qr = qr
        self._file_stem = file_stem
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setHtml(_with_qr(self.preview.document(), markup, qr))
        self.preview.setAccessibleName(title)

        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_document)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(self.ask_save_pdf)
        self.html_button = QPushButton(self.tr("Save as web page…"))
        self.html_button.setToolTip(self.tr("The text for the organisation's website (HTML)"))
        self.html_button.clicked.connect(self.ask_save_html)
        self.html_button.setVisible(web_page)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.html_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        for button in (self.print_button, self.pdf_button, self.html_button, close):
            button.setAccessibleName(button.text().rstrip("…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.print_button.setDefault(True)

    # ------------------------------------------------------------------ actions

    def pdf(self) -> bytes:
        """The document as PDF."""
        return pdf_bytes(self.markup, qr=self.qr)

    def save_pdf(self, path: Path) -> Path:
        """Write the PDF to ``path`` (atomically)."""
        atomic_write_bytes(path, self.pdf())
        log.info("saved %s", path)
        return path

    def save_html(self, path: Path) -> Path:
        """Write the web page (UTF-8 HTML) to ``path`` (atomically)."""
        atomic_write_bytes(path, self.markup.encode("utf-8"))
        log.info("saved %s", path)
        return path

    def ask_save_pdf(self) -> None:
        self._ask_save(self.tr("Save as PDF"), ".pdf", self.tr("PDF files (*.pdf)"), html=False)

    def ask_save_html(self) -> None:
        self._ask_save(
            self.tr("Save as web page"), ".html", self.tr("Web pages (*.html *.htm)"), html=True
        )

    def _ask_save(self, caption: str, suffix: str, filters: str, *, html: bool) -> None:
        start = str(Path.home() / (self._file_stem + suffix))
        name, _ = QFileDialog.getSaveFileName(self, caption, start, filters)
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (suffix, ".htm"):
            path = path.with_name(path.name + suffix)
        try:
            (self.save_html if html else self.save_pdf)(path)
        except OSError as exc:
            show_error(self, OpnameError(f"Cannot save {path}: {exc.strerror or exc}"))
            return
        show_info(self, self.tr("Saved"), self.tr("Saved as:\n{path}").format(path=path))

    def print_document(self) -> None:
        """Print through the system's print dialog (not exercised by the tests: no printer)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        _prepare(printer, self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        doc = make_document(self.markup, qr=self.qr, parent=self)
        doc.print_(printer)
        doc.deleteLater()


# ----------------------------------------------------------------------------- the three


def _settings(parent: QWidget | None) -> OrgSettings | None:
    try:
        return load_settings()
    except OpnameError as exc:
        show_error(parent, exc)
        return None


def _facts(parent: QWidget | None, audio: Path) -> documents.RecordingFacts | None:
    settings = _settings(parent)
    if settings is None:
        return None
    try:
        return documents.facts_for_recording(audio, settings)
    except OpnameError as exc:
        show_error(parent, exc)
        return None


def agreement_dialog(parent: QWidget | None, audio: Path) -> DocumentDialog | None:
    """The agreement of the sealed recording ``audio``, not shown yet (None: error shown)."""
    facts = _facts(parent, audio)
    if facts is None:
        return None
    return DocumentDialog(
        documents.agreement_html(facts),
        title=QCoreApplication.translate("DocumentDialog", "Agreements about the recording"),
        file_stem="Afspraken over de geluidsopname",
        parent=parent,
    )


def receipt_dialog(parent: QWidget | None, audio: Path) -> DocumentDialog | None:
    """The client's receipt for the sealed recording ``audio``, not shown yet."""
    facts = _facts(parent, audio)
    if facts is None:
        return None
    return DocumentDialog(
        documents.receipt_html(facts),
        title=QCoreApplication.translate("DocumentDialog", "Receipt for the client"),
        file_stem="Ontvangstbewijs",
        qr=facts.sha256,
        parent=parent,
    )


def leaflet_dialog(parent: QWidget | None) -> DocumentDialog | None:
    """The organisation's leaflet about recording, not shown yet."""
    settings = _settings(parent)
    if settings is None:
        return None
    try:
        key_id = load_or_create_signing_key().public.key_id
        markup = documents.leaflet_html(settings, key_id)
    except OpnameError as exc:
        show_error(parent, exc)
        return None
    return DocumentDialog(
        markup,
        title=QCoreApplication.translate("DocumentDialog", "Information leaflet about recording"),
        file_stem="Opnemen van gesprekken",
        web_page=True,
        parent=parent,
    )


def open_agreement_dialog(parent: QWidget | None, audio: Path) -> None:
    """Show the agreement for printing or saving (modal)."""
    dialog = agreement_dialog(parent, audio)
    if dialog is not None:
        dialog.exec()


def open_receipt_dialog(parent: QWidget | None, audio: Path) -> None:
    """Show the client's receipt for printing or saving (modal)."""
    dialog = receipt_dialog(parent, audio)
    if dialog is not None:
        dialog.exec()


def open_leaflet_dialog(parent: QWidget | None) -> None:
    """Show the organisation's information leaflet (rule 2) for print, PDF or website (modal)."""
    dialog = leaflet_dialog(parent)
    if dialog is not None:
        dialog.exec()
