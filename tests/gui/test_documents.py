"""The documents on paper: real PDFs checked with poppler, the QR code read back with zbarimg."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from opnamestudio.core.display import format_key_id
from opnamestudio.core.documents import facts_for_recording
from opnamestudio.core.keys import load_or_create_signing_key
from opnamestudio.core.orgsettings import OrgSettings, save_settings
from opnamestudio.core.seal import Seal, seal_paths_for
from opnamestudio.ui import documents, export_dialog
from opnamestudio.ui.documents import (
    agreement_dialog,
    agreement_pdf,
    leaflet_dialog,
    qr_image,
    receipt_dialog,
    receipt_pdf,
)
from opnamestudio.ui.seal_panel import SealPanel
from tests.gui.conftest import DialogRecorder

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden" / "gesprek.flac"
SETTINGS = OrgSettings(organisation="Gemeente Utrecht", website="www.utrecht.nl", set_up=True)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (scripts/ensure-system.sh test installs it)")
    return found


def pdf_pages(path: Path) -> int:
    out = subprocess.run(
        [tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def pdf_text(path: Path) -> str:
    return subprocess.run(
        [tool("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def decode_qr(png: Path) -> list[str]:
    out = subprocess.run(
        [tool("zbarimg"), "--quiet", "--raw", str(png)], capture_output=True, text=True, check=False
    ).stdout
    return out.split()


@pytest.fixture
def sha256() -> str:
    return str(Seal.from_file(seal_paths_for(GOLDEN).manifest).audio["sha256"])


def test_the_receipt_is_one_pdf_page_with_the_vingerafdruk_and_a_readable_qr_code(
    qapp: Any, tmp_path: Path, sha256: str
) -> None:
    facts = facts_for_recording(GOLDEN, SETTINGS)
    pdf = tmp_path / "ontvangstbewijs.pdf"
    pdf.write_bytes(receipt_pdf(facts))
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert pdf_pages(pdf) == 1
    text = pdf_text(pdf)
    assert format_key_id(sha256) in text
    assert format_key_id(facts.key_id) in text
    assert "Ontvangstbewijs" in text
    subprocess.run(
        [tool("pdftoppm"), "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "bon")],
        check=True,
    )
    assert decode_qr(tmp_path / "bon.png") == [sha256]


def test_the_agreement_pdf_holds_the_vingerafdruk_and_both_signature_lines(
    qapp: Any, tmp_path: Path, sha256: str
) -> None:
    facts = facts_for_recording(GOLDEN, SETTINGS)
    pdf = tmp_path / "afspraken.pdf"
    pdf.write_bytes(agreement_pdf(facts))
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert pdf_pages(pdf) == 1
    text = pdf_text(pdf)
    assert "Afspraken over de geluidsopname" in text
    assert format_key_id(sha256) in text and format_key_id(facts.key_id) in text
    assert text.count("Handtekening:") == 2
    assert "toestemming" not in text.casefold()


def test_the_qr_image_decodes_to_its_data(qapp: Any, tmp_path: Path, sha256: str) -> None:
    image = qr_image(sha256, module_px=4)
    assert image.width() == image.height() == 45 * 4  # version 5 plus the quiet zone
    image.save(str(tmp_path / "qr.png"))
    assert decode_qr(tmp_path / "qr.png") == [sha256]


def test_the_dialogs_save_pdf_and_web_page(
    qtbot: Any, tmp_path: Path, sha256: str, dialogs: DialogRecorder
) -> None:
    save_settings(SETTINGS)
    receipt = receipt_dialog(None, GOLDEN)
    agreement = agreement_dialog(None, GOLDEN)
    leaflet = leaflet_dialog(None)
    assert receipt is not None and agreement is not None and leaflet is not None
    for dialog in (receipt, agreement, leaflet):
        qtbot.addWidget(dialog)
    assert not dialogs.shown
    assert format_key_id(sha256) in receipt.preview.toPlainText()
    assert not receipt.html_button.isVisibleTo(receipt) and leaflet.html_button.isVisibleTo(leaflet)

    saved = receipt.save_pdf(tmp_path / "bon.pdf")
    assert saved.read_bytes().startswith(b"%PDF-") and pdf_pages(saved) == 1
    page = leaflet.save_html(tmp_path / "folder.html").read_text("utf-8")
    key_id = load_or_create_signing_key().public.key_id
    assert "Gemeente Utrecht" in page and format_key_id(key_id, 64) in page
    leaflet_pdf = leaflet.save_pdf(tmp_path / "folder.pdf")
    text = pdf_text(leaflet_pdf)
    assert "Dat mag, en het hoeft niet stiekem." in text
    assert format_key_id(key_id, 24) in " ".join(text.split())


def test_a_recording_without_a_seal_shows_the_dutch_error(
    qapp: Any, tmp_path: Path, dialogs: DialogRecorder
) -> None:
    loose = tmp_path / "los.flac"
    loose.write_bytes(b"fLaC")
    assert receipt_dialog(None, loose) is None
    assert dialogs.shown and dialogs.shown[0].title == "The document cannot be made"


def test_the_seal_panel_opens_copy_agreement_and_receipt(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, sha256: str
) -> None:
    opened: list[tuple[str, Path]] = []

    def opener(kind: str) -> Any:
        def open_(parent: Any, audio: Path) -> None:
            opened.append((kind, audio))

        return open_

    monkeypatch.setattr(export_dialog, "open_export_dialog", opener("export"))
    monkeypatch.setattr(documents, "open_agreement_dialog", opener("agreement"))
    monkeypatch.setattr(documents, "open_receipt_dialog", opener("receipt"))
    panel = SealPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_seal(sha256)  # the file is unknown: nothing to copy or print
    buttons = (panel.export_button, panel.agreement_button, panel.receipt_button)
    assert all(b.isVisible() and not b.isEnabled() for b in buttons)
    panel.show_seal(sha256, audio=GOLDEN)
    assert all(b.isEnabled() for b in buttons)
    for button in buttons:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [("export", GOLDEN), ("agreement", GOLDEN), ("receipt", GOLDEN)]
    panel.clear()
    assert panel.audio() is None and not any(b.isVisible() for b in buttons)


def test_the_agreement_of_a_real_conversation_stays_on_one_page(qapp: Any, tmp_path: Path) -> None:
    """Three participants, every default agreement, a purpose and a retention: still one page,
    with a signature place for each participant."""
    import dataclasses

    from opnamestudio.core import session as core

    facts = dataclasses.replace(
        facts_for_recording(GOLDEN, SETTINGS),
        participants=("de medewerker (Anna de Vries)", "ouder 1 (Mohammed)", "ouder 2 (Sanne)"),
        professional=(True, False, False),
        agreements=tuple(a.text for a in core.default_agreements() if a.on),
        purpose="om de afspraken over de zorg voor Noor later terug te kunnen luisteren",
        retention="De gemeente bewaart de opname 12 maanden. Daarna wordt ze verwijderd.",
    )
    pdf = tmp_path / "afspraken.pdf"
    pdf.write_bytes(agreement_pdf(facts))
    assert pdf_pages(pdf) == 1
    text = pdf_text(pdf)
    assert text.count("Handtekening:") == 3
    assert "Ouder 2 (Sanne)" in text
