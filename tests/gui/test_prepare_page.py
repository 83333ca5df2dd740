"""The "Voorbereiden" page: defaults, required fields, problems shown next to their field."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from opnamestudio.core import session as core
from opnamestudio.core.orgsettings import OrgSettings, save_settings
from opnamestudio.core.session import Session
from opnamestudio.ui.prepare_page import PreparePage

# A bare page shown as a window: the offscreen platform says it cannot size its frame.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TIP_1 = "Wilt u het gesprek opnemen? Dat mag, en het hoeft niet stiekem."


@pytest.fixture
def page(qtbot: Any, dutch: None) -> PreparePage:
    save_settings(OrgSettings(organisation="Jeugdzorg Voorbeeldstad", retention_months=24))
    widget = PreparePage()
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def submitted(page: PreparePage, qtbot: Any) -> list[Session]:
    """Click "Verder" and return what was emitted (empty when the form was refused)."""
    got: list[Session] = []
    page.prepared.connect(got.append)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    page.prepared.disconnect(got.append)
    return got


def fill_organisation_fields(page: PreparePage) -> None:
    page.purpose_edit.setText("om de afspraken later terug te luisteren")
    page.set_legal_basis("public-task")
    page.set_camera("not-at-home")


def test_defaults_come_from_the_settings_and_the_core(page: PreparePage) -> None:
    assert page.tip_label.text() == TIP_1
    assert page.organisation() == "Jeugdzorg Voorbeeldstad"
    assert page.retention_spin.value() == 24
    assert [row.role() for row in page.participant_rows] == ["professional", "client"]
    assert [row.role_combo.currentText() for row in page.participant_rows] == [
        "Medewerker (organisatie)",
        "Cliënt",
    ]
    assert page.recorder() == "organisation"
    assert page.recorder_buttons["client"].text() == "De cliënt neemt op (met de eigen telefoon)"
    assert page.org_box.isVisible()
    defaults = core.default_agreements()
    assert [row.item() for row in page.agreement_rows] == list(defaults)
    assert not page.question_rows
    assert page.next_button.text() == "Verder: aankondigen en afspreken"


def test_an_unanswered_camera_question_is_shown_next_to_it(page: PreparePage, qtbot: Any) -> None:
    page.purpose_edit.setText("terugluisteren")
    page.set_legal_basis("public-task")
    assert submitted(page, qtbot) == []
    assert page.camera_problem.isVisible()
    assert page.camera_problem.text() == "Beantwoord de vraag over de camera."
    assert page.camera_combo.hasFocus()
    assert page.problem_text() == "Nog niet compleet: Beantwoord de vraag over de camera."


def test_the_organisation_must_give_purpose_and_legal_basis(page: PreparePage, qtbot: Any) -> None:
    page.set_camera("no-camera")
    assert submitted(page, qtbot) == []
    assert page.purpose_problem.isVisible()
    assert page.purpose_problem.text() == "Vul in waarom de organisatie opneemt."
    assert page.purpose_edit.hasFocus()
    page.purpose_edit.setText("terugluisteren")
    assert submitted(page, qtbot) == []
    assert not page.purpose_problem.isVisible()
    assert page.basis_problem.text() == "Kies de grondslag."
    page.set_legal_basis("legitimate-interest")
    (session,) = submitted(page, qtbot)
    assert session.organisation == "Jeugdzorg Voorbeeldstad"
    assert session.recorder == "organisation"
    assert session.purpose == "terugluisteren"
    assert session.legal_basis == "legitimate-interest"
    assert session.retention == core.Retention(months=24)
    assert session.camera == "no-camera"
    assert not page.problem_text()


def test_when_only_the_client_records_the_organisation_fields_go_away(
    page: PreparePage, qtbot: Any
) -> None:
    page.set_recorder("client")
    assert not page.org_box.isVisible()
    page.set_camera("no-camera")
    (session,) = submitted(page, qtbot)
    assert session.recorder == "client"
    assert (session.purpose, session.legal_basis, session.retention) == (None, None, None)


def test_the_child_flag_brings_its_questions_and_they_must_be_answered(
    page: PreparePage, qtbot: Any
) -> None:
    fill_organisation_fields(page)
    page.child_check.setChecked(True)
    expected = core.extra_questions(child=True, vulnerable_adult=False)
    assert [row.question.id for row in page.question_rows] == [q.id for q in expected]
    assert submitted(page, qtbot) == []
    first_required = next(i for i, q in enumerate(expected) if q.required)
    row = page.question_rows[first_required]
    qtbot.waitUntil(row.problem.isVisible)  # new rows are shown by a queued call
    assert row.problem.text() == "Beantwoord deze vraag."
    for row in page.question_rows:
        if row.question.kind == "yes-no":
            row.set_answer("no")
    page.question_rows[-1].set_answer("Uitleg aan het kind door de medewerker.")
    (session,) = submitted(page, qtbot)
    assert session.child
    answers = {q.id: q.answer for q in session.questions}
    assert answers["child-present"] == "no"
    assert answers[expected[-1].id] == "Uitleg aan het kind door de medewerker."


def test_answers_survive_switching_the_other_flag(page: PreparePage) -> None:
    page.child_check.setChecked(True)
    page.question_rows[0].set_answer("yes")
    page.adult_check.setChecked(True)
    assert page.question_rows[0].answer() == "yes"
    assert len(page.question_rows) == len(core.extra_questions(child=True, vulnerable_adult=True))


def test_a_child_without_the_flag_points_at_the_flag(page: PreparePage, qtbot: Any) -> None:
    fill_organisation_fields(page)
    row = page.add_participant("child")
    assert row.role() == "child"
    assert submitted(page, qtbot) == []
    assert page.child_problem.isVisible()
    assert page.child_check.hasFocus()


def test_participants_are_added_and_removed_but_never_fewer_than_two(
    page: PreparePage, qtbot: Any
) -> None:
    assert not page.participant_rows[0].remove_button.isEnabled()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert len(page.participant_rows) == 3
    third = page.participant_rows[2]
    assert third.role_combo.hasFocus()
    third.role_combo.setCurrentIndex(third.role_combo.findData("parent"))
    third.name_edit.setText("Sanne")
    fill_organisation_fields(page)
    (session,) = submitted(page, qtbot)
    assert session.participants[2] == core.Participant("parent", "Sanne")
    qtbot.mouseClick(page.participant_rows[1].remove_button, Qt.MouseButton.LeftButton)
    assert [row.role() for row in page.participant_rows] == ["professional", "parent"]
    assert page.participant_rows[1].name_edit.accessibleName() == "Naam van deelnemer 2"
    assert not page.participant_rows[0].remove_button.isEnabled()


def test_only_staff_is_not_a_conversation(page: PreparePage, qtbot: Any) -> None:
    fill_organisation_fields(page)
    client = page.participant_rows[1]
    client.role_combo.setCurrentIndex(client.role_combo.findData("professional"))
    assert submitted(page, qtbot) == []
    assert page.participants_problem.text().startswith("Er doen minstens twee mensen mee")


def test_edited_agreements_go_into_the_session_and_the_forbidden_word_is_refused(
    page: PreparePage, qtbot: Any
) -> None:
    fill_organisation_fields(page)
    first = page.agreement_rows[0]
    first.text_edit.setPlainText("We zeggen vooraf dat we opnemen.")
    page.agreement_rows[1].check.setChecked(False)
    (session,) = submitted(page, qtbot)
    assert session.agreements[0].text == "We zeggen vooraf dat we opnemen."
    assert not session.agreements[1].on
    first.text_edit.setPlainText("Met toestemming van iedereen nemen we op.")
    assert submitted(page, qtbot) == []
    assert page.agreements_problem.isVisible()
    assert "afspraken" in page.agreements_problem.text()
    assert first.text_edit.hasFocus()
    qtbot.mouseClick(page.defaults_button, Qt.MouseButton.LeftButton)
    assert [row.item() for row in page.agreement_rows] == list(core.default_agreements())


def test_an_empty_organisation_name_is_asked_for(page: PreparePage, qtbot: Any) -> None:
    fill_organisation_fields(page)
    page.organisation_edit.clear()
    assert submitted(page, qtbot) == []
    assert page.organisation_problem.text() == "Vul de naam van de organisatie in."
    assert page.organisation_edit.hasFocus()


def test_reset_starts_over(page: PreparePage) -> None:
    page.add_participant("parent")
    page.child_check.setChecked(True)
    page.purpose_edit.setText("iets")
    page.reset()
    assert len(page.participant_rows) == 2
    assert not page.child_check.isChecked()
    assert not page.question_rows
    assert page.purpose_edit.text() == ""


def test_every_control_has_an_accessible_name(page: PreparePage) -> None:
    page.child_check.setChecked(True)
    page.adult_check.setChecked(True)
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox)
    inner = (QComboBox, QAbstractSpinBox)  # their own line edits speak for them
    controls = [w for w in page.findChildren(QWidget) if isinstance(w, kinds)]
    controls = [w for w in controls if not isinstance(w.parentWidget(), inner)]
    unnamed = [f"{type(w).__name__}:{w.objectName()}" for w in controls if not w.accessibleName()]
    assert len(controls) > 30
    assert not unnamed


def test_tab_goes_through_the_form_from_top_to_bottom(page: PreparePage, qtbot: Any) -> None:
    page.add_participant("parent")
    page.child_check.setChecked(True)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.organisation_edit.setFocus()
    visited = [page.organisation_edit]
    for _ in range(12):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    enabled = [
        w for w in page.tab_chain() if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert visited[:5] == enabled[:5]
    third = page.participant_rows[2]
    assert visited.index(third.role_combo) < visited.index(page.add_button)
    assert visited.index(page.add_button) < visited.index(page.recorder_buttons["organisation"])


def test_the_organisations_own_agreements_are_the_starting_point(qtbot: Any, dutch: None) -> None:
    own = list(core.default_agreements())
    own[0] = dataclasses.replace(
        own[0], text="Wij zeggen altijd vooraf dat we het gesprek opnemen."
    )
    own[2] = dataclasses.replace(own[2], on=False)
    save_settings(OrgSettings(organisation="Opvang Noord", agreements=tuple(own)))
    widget = PreparePage()
    qtbot.addWidget(widget)
    assert [row.item() for row in widget.agreement_rows] == own
    widget.agreement_rows[0].text_edit.setPlainText("Iets anders.")
    widget.defaults_button.click()
    assert [row.item() for row in widget.agreement_rows] == own
