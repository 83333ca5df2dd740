"""The refusal path (rule 1): the record is checked, saved in the data folder, and made a PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QPlainTextEdit, QWidget

from opnamestudio.core import session as core
from opnamestudio.core.session import Participant, RefusalRecord
from opnamestudio.ui.refusal_dialog import RefusalDialog, write_pdf

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PEOPLE = (Participant("professional", "Anna"), Participant("parent"), Participant("parent"))


@pytest.fixture
def dialog(qtbot: Any, dutch: None) -> RefusalDialog:
    widget = RefusalDialog("Jeugdzorg Voorbeeldstad", PEOPLE, conversation_date=date(2026, 11, 26))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext (Debian poppler-utils) is needed to read the PDF back"
    done = subprocess.run(
        [tool, "-layout", str(path), "-"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_only_the_clients_side_can_be_the_one_who_asked(dialog: RefusalDialog) -> None:
    combo = dialog.requested_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Ouder 1", "Ouder 2"]
    assert [combo.itemData(i) for i in range(combo.count())] == [1, 2]


def test_a_reason_and_an_alternative_are_required(dialog: RefusalDialog) -> None:
    assert dialog.save() is None
    assert dialog.problem_label.text() == "Kies minstens één zwaarwegende reden."
    dialog.reason_checks["other-parent-objects"].setChecked(True)
    assert dialog.save() is None
    assert dialog.problem_label.text() == "Kies minstens één ding dat u in de plaats aanbiedt."
    dialog.alternative_checks["other"].setChecked(True)
    assert dialog.save() is None
    assert dialog.problem_label.text() == "Leg uit wat u anders aanbiedt, in het vak eronder."
    assert not list(core.refusals_dir().iterdir())


def test_the_saved_record_reads_back_exactly(dialog: RefusalDialog) -> None:
    dialog.requested_combo.setCurrentIndex(1)
    dialog.reason_checks["other-parent-objects"].setChecked(True)
    dialog.alternative_checks["written-summary"].setChecked(True)
    saved = dialog.save()
    assert saved is not None and saved.parent == core.refusals_dir()
    record = RefusalRecord.from_bytes(saved.read_bytes())
    assert record.requested_by == 2
    assert record.reasons == ("other-parent-objects",)
    assert record.alternatives == ("written-summary",)
    assert record.participants == PEOPLE
    assert dialog.save() == saved, "the same record is saved once"
    assert str(saved) in dialog.status_label.text()


def test_the_pdf_holds_the_reason_and_the_alternative(
    dialog: RefusalDialog, tmp_path: Path
) -> None:
    dialog.reason_checks["mediator"].setChecked(True)
    dialog.reason_checks["other"].setChecked(True)
    dialog.reason_note.setPlainText("De cliënt is erg onrustig bij opnames.")
    dialog.alternative_checks["representative"].setChecked(True)
    pdf = tmp_path / "weigering.pdf"
    assert dialog.save_pdf_to(pdf) == pdf
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert pdf.stat().st_size > 1000
    text = " ".join(pdf_text(pdf).split())
    assert "Verslag: dit gesprek wordt niet opgenomen" in text
    assert "Jeugdzorg Voorbeeldstad" in text
    assert "26 november 2026" in text
    assert core.refusal_text(dialog.record() or _fail()).count("mediator") == 1
    assert "Bij dit gesprek is een mediator" in text
    assert "De cliënt is erg onrustig bij opnames." in text
    assert "U mag iemand meenemen naar het gesprek" in text
    assert "Naam en handtekening van de medewerker" in text
    assert dialog.saved_path is not None and dialog.saved_path.exists()


def test_write_pdf_writes_one_a4_page(tmp_path: Path, dutch: None) -> None:
    record = RefusalRecord(
        organisation="Gemeente Voorbeeld",
        conversation_date=date(2026, 1, 5),
        participants=(Participant("professional"), Participant("client")),
        requested_by=1,
        reasons=("child-present",),
        alternatives=("organisation-records",),
    )
    pdf = write_pdf(record, tmp_path / "w.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    fields = {
        k.strip(): v.strip() for k, _, v in (ln.partition(":") for ln in info.stdout.splitlines())
    }
    assert fields["Pages"] == "1"
    assert fields["Page size"].endswith("(A4)")
    text = " ".join(pdf_text(pdf).split())
    assert "Gemeente Voorbeeld neemt het gesprek op. U mag de opname daarna terugluisteren." in text


def test_preset_choices_from_the_flow_are_ticked(qtbot: Any, dutch: None) -> None:
    widget = RefusalDialog(
        "Org", PEOPLE, alternatives=("written-summary",), reasons=("child-present",)
    )
    qtbot.addWidget(widget)
    assert widget.alternative_checks["written-summary"].isChecked()
    assert widget.reason_checks["child-present"].isChecked()
    assert not widget.reason_checks["mediator"].isChecked()


def _fail() -> RefusalRecord:
    raise AssertionError("the dialog's record is incomplete")


def test_every_control_has_an_accessible_name(dialog: RefusalDialog) -> None:
    kinds = QAbstractButton | QComboBox | QPlainTextEdit
    controls = [w for w in dialog.findChildren(QWidget) if isinstance(w, kinds)]
    controls = [w for w in controls if not isinstance(w.parentWidget(), QComboBox)]
    assert len(controls) > 12
    assert all(w.accessibleName() for w in controls)
