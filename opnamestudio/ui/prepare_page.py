"""The "Voorbereiden" page: who takes part, who records, the agreements, the extra questions.

Step 1 of a conversation (DESIGN §3). The page only collects; the core's ``Session`` checks
everything, and its ``SessionError.field`` says which field a problem belongs to, so the page
shows the problem in plain words right under that field and puts the focus there. The
agreements, questions, camera answers and legal bases are the core's Dutch texts (they are what
is read aloud and stored); the words around them are translatable like every UI string.
"""

from __future__ import annotations

import itertools
import logging
import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from opnamestudio.core import session as core
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.orgsettings import effective_agreements, load_settings
from opnamestudio.core.session import (
    CAMERA_ANSWERS,
    LEGAL_BASES,
    RECORDERS,
    ROLES,
    AgreementItem,
    Participant,
    Question,
    Retention,
    Session,
    SessionError,
)
from opnamestudio.ui import style
from opnamestudio.ui.errors import QT_TRANSLATE_NOOP

__all__ = ["PreparePage", "recorder_labels", "role_labels"]

log = logging.getLogger(__name__)

_INDEXED = re.compile(r"(\w+)\[(\d+)\]")


_CONTEXT = "PreparePage"
_ROLE_TEXTS = {
    "professional": QT_TRANSLATE_NOOP("PreparePage", "Professional (organisation)"),
    "client": QT_TRANSLATE_NOOP("PreparePage", "Client"),
    "parent": QT_TRANSLATE_NOOP("PreparePage", "Parent"),
    "child": QT_TRANSLATE_NOOP("PreparePage", "Child"),
    "representative": QT_TRANSLATE_NOOP("PreparePage", "Representative"),
    "confidant": QT_TRANSLATE_NOOP("PreparePage", "Confidant"),
    "interpreter": QT_TRANSLATE_NOOP("PreparePage", "Interpreter"),
    "other": QT_TRANSLATE_NOOP("PreparePage", "Someone else"),
}
_RECORDER_TEXTS = {
    "organisation": QT_TRANSLATE_NOOP("PreparePage", "The organisation records (with this laptop)"),
    "client": QT_TRANSLATE_NOOP("PreparePage", "The client records (with their own phone)"),
    "both": QT_TRANSLATE_NOOP("PreparePage", "Both record"),
}


def role_labels() -> dict[str, str]:
    """The translated name of every participant role."""
    return {k: QCoreApplication.translate(_CONTEXT, v) for k, v in _ROLE_TEXTS.items()}


def recorder_labels() -> dict[str, str]:
    """The translated choices for who records."""
    return {k: QCoreApplication.translate(_CONTEXT, v) for k, v in _RECORDER_TEXTS.items()}


class ParticipantRow(QWidget):
    """One participant: role, optional name, remove."""

    remove_requested = Signal(QWidget)

    def __init__(self, number: int, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = role_labels()
        self.role_combo = QComboBox()
        for code in ROLES:
            self.role_combo.addItem(labels[code], code)
        self.role_combo.setCurrentIndex(ROLES.index(role))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(self.tr("Name (optional)"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._on_remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.role_combo, 3)
        layout.addWidget(self.name_edit, 3)
        layout.addWidget(self.remove_button)
        self.set_number(number)

    def set_number(self, number: int) -> None:
        """Accessible names say which participant a control belongs to."""
        self.role_combo.setAccessibleName(self.tr("Role of participant {n}").format(n=number))
        self.name_edit.setAccessibleName(self.tr("Name of participant {n}").format(n=number))
        self.remove_button.setAccessibleName(self.tr("Remove participant {n}").format(n=number))

    def role(self) -> str:
        """The chosen role's code."""
        return str(self.role_combo.currentData())

    def _on_remove(self) -> None:
        self.remove_requested.emit(self)


class QuestionRow(QWidget):
    """One extra question: yes/no buttons, or a text box."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        text = (
            question.text
            if question.required
            else self.tr("{text} (optional)").format(text=question.text)
        )
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        self.yes: QRadioButton | None = None
        self.no: QRadioButton | None = None
        self.text_edit: QPlainTextEdit | None = None
        if question.kind == "yes-no":
            self.yes = QRadioButton(self.tr("Yes"))
            self.no = QRadioButton(self.tr("No"))
            self.yes.setAccessibleName(self.tr("Yes: {question}").format(question=question.text))
            self.no.setAccessibleName(self.tr("No: {question}").format(question=question.text))
            group = QButtonGroup(self)
            group.addButton(self.yes)
            group.addButton(self.no)
            row = QHBoxLayout()
            row.addWidget(self.yes)
            row.addWidget(self.no)
            row.addStretch(1)
            layout.addLayout(row)
            if question.answer == "yes":
                self.yes.setChecked(True)
            elif question.answer == "no":
                self.no.setChecked(True)
        else:
            self.text_edit = QPlainTextEdit(question.answer or "")
            self.text_edit.setTabChangesFocus(True)
            self.text_edit.setFixedHeight(56)
            self.text_edit.setAccessibleName(question.text)
            layout.addWidget(self.text_edit)
        self.problem = _problem_label(self.tr("Problem with this question"))
        layout.addWidget(self.problem)

    def answer(self) -> str | None:
        """The answer as the core wants it ("yes"/"no", text, or None)."""
        if self.yes is not None and self.yes.isChecked():
            return "yes"
        if self.no is not None and self.no.isChecked():
            return "no"
        if self.text_edit is not None:
            return self.text_edit.toPlainText().strip() or None
        return None

    def set_answer(self, answer: str | None) -> None:
        """Fill in an answer (tests, a draft)."""
        if self.yes is not None and self.no is not None:
            self.yes.setChecked(answer == "yes")
            self.no.setChecked(answer == "no")
        elif self.text_edit is not None:
            self.text_edit.setPlainText(answer or "")

    def focus_widget(self) -> QWidget:
        """Where the focus goes when this question has a problem."""
        return self.yes or self.text_edit or self.label


class AgreementRow(QWidget):
    """One agreement: on/off and its editable text."""

    def __init__(self, number: int, item: AgreementItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item.id
        self.check = QCheckBox(self.tr("Agreement {n}").format(n=number))
        self.check.setChecked(item.on)
        self.check.setAccessibleName(self.tr("Use agreement {n}").format(n=number))
        self.text_edit = QPlainTextEdit(item.text)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(60)
        self.text_edit.setAccessibleName(self.tr("Text of agreement {n}").format(n=number))
        self.check.toggled.connect(self.text_edit.setEnabled)
        self.text_edit.setEnabled(item.on)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addWidget(self.check)
        layout.addWidget(self.text_edit)

    def item(self) -> AgreementItem:
        """The agreement as edited (raises SessionError for an empty or wrong text)."""
        return AgreementItem(self.item_id, self.text_edit.toPlainText(), self.check.isChecked())


class PreparePage(QWidget):
    """Step 1, "Voorbereiden": fill in, then "Verder" gives a checked ``Session``."""

    # A checked session, ready to announce.
    prepared = Signal(object)
    # The user wants to refuse a recording (rule 1) before any recording starts.
    refuse_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participant_rows: list[ParticipantRow] = []
        self.question_rows: list[QuestionRow] = []
        self.agreement_rows: list[AgreementRow] = []
        self._standard_agreements: tuple[AgreementItem, ...] = core.default_agreements()
        self._answers: dict[str, str | None] = {}
        self._build()
        self.reset()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        heading = QLabel(self.tr("Prepare the conversation"))
        heading.setObjectName("heading")
        self.tip_label = QLabel(
            self.tr(
                "Would you like to record the conversation? You may, and there is no need to do "
                "it secretly."
            )
        )
        self.tip_label.setObjectName("tip")
        self.tip_label.setWordWrap(True)
        self.tip_label.setAccessibleName(self.tr("Tip for the start of the conversation"))

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self._build_people())
        left.addWidget(self._build_recorder())
        left.addWidget(self._build_organisation_recording())
        left.addWidget(self._build_camera())
        left.addWidget(self._build_vulnerable())
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self._build_agreements())
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(32, 16, 32, 16)
        body_layout.setSpacing(10)
        body_layout.addWidget(heading)
        body_layout.addWidget(self.tip_label)
        body_layout.addLayout(columns)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)

        self.refuse_button = QPushButton(self.tr("Refuse a recording…"))
        self.refuse_button.setAccessibleName(
            self.tr("Refuse a recording for weighty reasons and offer an alternative")
        )
        self.refuse_button.setToolTip(
            self.tr("Rule 1: only for weighty reasons, and always with an alternative")
        )
        self.refuse_button.clicked.connect(self.refuse_requested)
        self.problem_summary = QLabel()
        self.problem_summary.setObjectName("problem")
        self.problem_summary.setWordWrap(True)
        self.problem_summary.setAccessibleName(self.tr("Something still needs to be filled in"))
        self.next_button = QPushButton(self.tr("Next: announce and agree"))
        self.next_button.setObjectName("primary")
        self.next_button.setMinimumHeight(44)
        self.next_button.setAccessibleName(self.tr("Next: announce the recording and agree"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.submit)
        bar = QHBoxLayout()
        bar.setContentsMargins(32, 8, 32, 12)
        bar.addWidget(self.refuse_button)
        bar.addWidget(self.problem_summary, 1)
        bar.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll_area, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("separator")
        layout.addWidget(line)
        layout.addLayout(bar)
        self.setStyleSheet(style.themed(style.RECORD_PAGE + style.FLOW))

    def _build_people(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who takes part?"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setMaxLength(200)
        self.organisation_edit.setAccessibleName(self.tr("Name of the organisation"))
        org_label = QLabel(self.tr("&Organisation:"))
        org_label.setBuddy(self.organisation_edit)
        self.organisation_problem = _problem_label(self.tr("Problem with the organisation"))
        self.participants_layout = QVBoxLayout()
        self.participants_layout.setSpacing(4)
        self.add_button = QPushButton(self.tr("Add participant"))
        self.add_button.setAccessibleName(self.tr("Add a participant"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.participants_problem = _problem_label(self.tr("Problem with the participants"))
        hint = QLabel(self.tr("Roles are enough. A name is optional and never goes into the seal."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        org_row = QHBoxLayout()
        org_row.addWidget(org_label)
        org_row.addWidget(self.organisation_edit, 1)
        layout = QVBoxLayout(box)
        layout.addLayout(org_row)
        layout.addWidget(self.organisation_problem)
        layout.addWidget(hint)
        layout.addLayout(self.participants_layout)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addWidget(self.participants_problem)
        return box

    def _build_recorder(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who records?"))
        self.recorder_buttons: dict[str, QRadioButton] = {}
        self._recorder_group = QButtonGroup(self)
        layout = QVBoxLayout(box)
        for code, text in recorder_labels().items():
            button = QRadioButton(text)
            button.setAccessibleName(text)
            self._recorder_group.addButton(button)
            self.recorder_buttons[code] = button
            button.toggled.connect(self._on_recorder_changed)
            layout.addWidget(button)
        return box

    def _build_organisation_recording(self) -> QGroupBox:
        self.org_box = QGroupBox(self.tr("When the organisation records (required)"))
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setMaxLength(500)
        self.purpose_edit.setPlaceholderText(
            self.tr("For example: to listen back to the agreements we make")
        )
        self.purpose_edit.setAccessibleName(self.tr("Purpose of the recording"))
        self.purpose_problem = _problem_label(self.tr("Problem with the purpose"))
        self.basis_combo = QComboBox()
        self.basis_combo.addItem(self.tr("Choose…"), None)
        for code, text in LEGAL_BASES.items():
            self.basis_combo.addItem(text, code)
        self.basis_combo.setAccessibleName(self.tr("Legal basis (AVG)"))
        self.basis_problem = _problem_label(self.tr("Problem with the legal basis"))
        self.retention_spin = QSpinBox()
        self.retention_spin.setRange(1, core.MAX_RETENTION_MONTHS)
        self.retention_spin.setSuffix(self.tr(" months"))
        self.retention_spin.setAccessibleName(self.tr("How long the recording is kept, in months"))
        self.retention_spin.lineEdit().setAccessibleName(self.retention_spin.accessibleName())
        self.retention_problem = _problem_label(self.tr("Problem with the retention"))
        grid = QGridLayout(self.org_box)
        rows = (
            (self.tr("&Purpose:"), self.purpose_edit, self.purpose_problem),
            (self.tr("&Legal basis:"), self.basis_combo, self.basis_problem),
            (self.tr("&Kept for:"), self.retention_spin, self.retention_problem),
        )
        for i, (text, widget, problem) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 2 * i, 0)
            grid.addWidget(widget, 2 * i, 1)
            grid.addWidget(problem, 2 * i + 1, 1)
        grid.setColumnStretch(1, 1)
        self.retention_spin.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        return self.org_box

    def _build_camera(self) -> QGroupBox:
        box = QGroupBox(self.tr("Camera"))
        question = QLabel(core.camera_question())
        question.setWordWrap(True)
        self.camera_combo = QComboBox()
        self.camera_combo.addItem(self.tr("Choose an answer…"), None)
        for code in CAMERA_ANSWERS:
            self.camera_combo.addItem(core.camera_answer_label(code), code)
        self.camera_combo.setAccessibleName(core.camera_question())
        self.camera_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.camera_combo.setMinimumContentsLength(20)
        self.camera_problem = _problem_label(self.tr("Problem with the camera question"))
        note = QLabel(self.tr("OpnameStudio records sound only, never video."))
        note.setObjectName("hint")
        layout = QVBoxLayout(box)
        layout.addWidget(question)
        layout.addWidget(self.camera_combo)
        layout.addWidget(self.camera_problem)
        layout.addWidget(note)
        return box

    def _build_vulnerable(self) -> QGroupBox:
        box = QGroupBox(self.tr("Child or vulnerable adult"))
        self.child_check = QCheckBox(self.tr("A child is involved in this conversation"))
        self.child_check.setAccessibleName(self.tr("A child is involved in this conversation"))
        self.adult_check = QCheckBox(
            self.tr("An adult takes part who may not be able to decide for themselves")
        )
        self.adult_check.setAccessibleName(
            self.tr("An adult takes part who may not be able to decide for themselves")
        )
        self.child_check.toggled.connect(self._rebuild_questions)
        self.adult_check.toggled.connect(self._rebuild_questions)
        self.child_problem = _problem_label(self.tr("Problem with the child question"))
        self.questions_layout = QVBoxLayout()
        self.questions_layout.setSpacing(2)
        layout = QVBoxLayout(box)
        layout.addWidget(self.child_check)
        layout.addWidget(self.child_problem)
        layout.addWidget(self.adult_check)
        layout.addLayout(self.questions_layout)
        return box

    def _build_agreements(self) -> QGroupBox:
        box = QGroupBox(self.tr("The agreements (read aloud at the start)"))
        intro = QLabel(
            self.tr(
                "These agreements count for everyone in the conversation. Change a text or "
                "switch an agreement off when that fits this conversation better."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.agreements_layout = QVBoxLayout()
        self.agreements_layout.setSpacing(4)
        self.agreements_problem = _problem_label(self.tr("Problem with the agreements"))
        self.defaults_button = QPushButton(self.tr("Restore the standard agreements"))
        self.defaults_button.setAccessibleName(self.tr("Restore the standard agreements"))
        self.defaults_button.clicked.connect(self._reset_agreements)
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addLayout(self.agreements_layout)
        layout.addWidget(self.agreements_problem)
        row = QHBoxLayout()
        row.addWidget(self.defaults_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # ------------------------------------------------------------------ public

    def reset(self) -> None:
        """A fresh, empty preparation with the organisation's defaults."""
        try:
            settings = load_settings()
            organisation, months = settings.organisation, settings.retention_months
            # The organisation's own agreements (first-run wizard, settings), else the six rules.
            self._standard_agreements = effective_agreements(settings)
        except OpnameError as exc:  # a damaged settings file: the form still works
            log.warning("cannot read the organisation settings: %s", exc.one_line())
            organisation, months = "", 12
            self._standard_agreements = core.default_agreements()
        self.organisation_edit.setText(organisation)
        for row in list(self.participant_rows):
            self._remove_row(row)
        self.add_participant("professional")
        self.add_participant("client")
        self.recorder_buttons["organisation"].setChecked(True)
        self.purpose_edit.clear()
        self.basis_combo.setCurrentIndex(0)
        self.retention_spin.setValue(months)
        self.camera_combo.setCurrentIndex(0)
        self._answers = {}
        self.child_check.setChecked(False)
        self.adult_check.setChecked(False)
        self._rebuild_questions()
        self._reset_agreements()
        self.clear_problems()
        self.scroll_area.verticalScrollBar().setValue(0)

    def add_participant(self, role: str = "other") -> ParticipantRow:
        """Add a participant row (at most core.MAX_PARTICIPANTS)."""
        row = ParticipantRow(len(self.participant_rows) + 1, role)
        row.remove_requested.connect(self._on_remove_requested)
        self.participant_rows.append(row)
        self.participants_layout.addWidget(row)
        row.show()  # now, not queued: it takes the focus and its place in the Tab order at once
        self._update_participant_buttons()
        self._fix_tab_order()
        return row

    def set_recorder(self, code: str) -> None:
        """Choose who records (a RECORDERS code)."""
        self.recorder_buttons[code].setChecked(True)

    def recorder(self) -> str:
        """The chosen RECORDERS code."""
        for code, button in self.recorder_buttons.items():
            if button.isChecked():
                return code
        return RECORDERS[0]

    def set_camera(self, code: str) -> None:
        """Answer the camera question with a CAMERA_ANSWERS code."""
        self.camera_combo.setCurrentIndex(self.camera_combo.findData(code))

    def set_legal_basis(self, code: str) -> None:
        """Choose a LEGAL_BASES code."""
        self.basis_combo.setCurrentIndex(self.basis_combo.findData(code))

    def organisation(self) -> str:
        """The organisation's name as typed."""
        return self.organisation_edit.text()

    def participants(self) -> tuple[Participant, ...]:
        """The participants as filled in (raises SessionError for a name that cannot be used)."""
        result = []
        for i, row in enumerate(self.participant_rows):
            try:
                result.append(Participant(row.role(), row.name_edit.text() or None))
            except SessionError as exc:
                raise SessionError(
                    exc.message, field=f"participants[{i}].{exc.field}", hint=exc.hint
                ) from exc
        return tuple(result)

    def build_session(self) -> Session | None:
        """The checked Session, or None with the first problem shown next to its field."""
        self.clear_problems()
        try:
            return self._make_session()
        except SessionError as exc:
            log.info("preparation incomplete: %s (field %s)", exc.message, exc.field)
            self.show_problem(exc)
            return None

    def submit(self) -> None:
        """ "Verder": emit ``prepared`` with the session when everything is filled in."""
        session = self.build_session()
        if session is not None:
            self.prepared.emit(session)

    # ------------------------------------------------------------------ problems

    def clear_problems(self) -> None:
        """Hide every problem text."""
        for label in self.findChildren(QLabel, "problem"):
            if label is not self.problem_summary:
                label.hide()
        self.problem_summary.clear()

    def show_problem(self, exc: SessionError) -> None:
        """Show the problem in plain words under its field, and put the focus there."""
        field = exc.field or ""
        label, widget, text = self._place_of(field, exc)
        label.setText(text)
        label.show()
        self.problem_summary.setText(self.tr("Not complete yet: {problem}").format(problem=text))
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(widget)

    def problem_text(self) -> str:
        """The problem shown at the bottom ('' when none): for tests and screen readers."""
        return self.problem_summary.text()

    def _place_of(  # noqa: PLR0911 - one return per field family reads best
        self, field: str, exc: SessionError
    ) -> tuple[QLabel, QWidget, str]:
        forbidden = core.FORBIDDEN_WORD in exc.message
        head, index = _head_and_index(field)
        word = self.tr(
            "Choose other words: speak of agreements, or of 'akkoord' (tip 2 of the Nationale "
            "ombudsman)."
        )
        if head == "organisation":
            text = word if forbidden else self.tr("Fill in the name of the organisation.")
            return self.organisation_problem, self.organisation_edit, text
        if head == "participants":
            if index is not None and index < len(self.participant_rows):
                text = word if forbidden else self.tr("This name cannot be used.")
                return self.participants_problem, self.participant_rows[index].name_edit, text
            text = self.tr(
                "At least two people take part: someone of the organisation and someone else."
            )
            return self.participants_problem, self.add_button, text
        if head == "child":
            text = self.tr("A child takes part: tick this box and answer the questions below.")
            return self.child_problem, self.child_check, text
        if head == "purpose":
            text = word if forbidden else self.tr("Fill in why the organisation records.")
            return self.purpose_problem, self.purpose_edit, text
        if head == "legal_basis":
            return self.basis_problem, self.basis_combo, self.tr("Choose the legal basis.")
        if head in ("retention", "months", "until"):
            text = self.tr("Fill in how many months the recording is kept.")
            return self.retention_problem, self.retention_spin, text
        if head == "camera":
            return self.camera_problem, self.camera_combo, self.tr("Answer the camera question.")
        if head == "questions" and index is not None and index < len(self.question_rows):
            row = self.question_rows[index]
            return row.problem, row.focus_widget(), self.tr("Answer this question.")
        if head == "agreements" and index is not None and index < len(self.agreement_rows):
            text = word if forbidden else self.tr("An agreement that is on needs a text.")
            return self.agreements_problem, self.agreement_rows[index].text_edit, text
        text = self.tr("Something is not filled in correctly. Check the form.")
        return self.participants_problem, self.organisation_edit, text

    # ------------------------------------------------------------------ internals

    def _make_session(self) -> Session:
        recorder = self.recorder()
        camera = self.camera_combo.currentData()
        if camera is None:
            raise SessionError("The camera question is not answered", field="camera")
        child = self.child_check.isChecked()
        adult = self.adult_check.isChecked()
        questions = []
        for i, row in enumerate(self.question_rows):
            try:
                questions.append(row.question.with_answer(row.answer()))
            except SessionError as exc:
                raise SessionError(exc.message, field=f"questions[{i}].answer") from exc
        agreements = []
        for i, agreement_row in enumerate(self.agreement_rows):
            try:
                agreements.append(agreement_row.item())
            except SessionError as exc:
                raise SessionError(
                    exc.message, field=f"agreements[{i}].{exc.field}", hint=exc.hint
                ) from exc
        organisation_records = recorder != "client"
        basis = self.basis_combo.currentData() if organisation_records else None
        return Session(
            organisation=self.organisation_edit.text(),
            recorder=recorder,
            participants=self.participants(),
            camera=str(camera),
            agreements=tuple(agreements),
            child=child,
            vulnerable_adult=adult,
            questions=tuple(questions),
            purpose=self.purpose_edit.text() if organisation_records else None,
            legal_basis=str(basis) if basis is not None else None,
            retention=Retention(months=self.retention_spin.value())
            if organisation_records
            else None,
        )

    def _on_recorder_changed(self) -> None:
        self.org_box.setVisible(self.recorder() != "client")

    def _on_add_clicked(self) -> None:
        row = self.add_participant()
        row.role_combo.setFocus()

    def _on_remove_requested(self, row: QWidget) -> None:
        if isinstance(row, ParticipantRow) and len(self.participant_rows) > 2:
            self._remove_row(row)
            self.add_button.setFocus()

    def _remove_row(self, row: ParticipantRow) -> None:
        self.participant_rows.remove(row)
        self.participants_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        for number, other in enumerate(self.participant_rows, start=1):
            other.set_number(number)
        self._update_participant_buttons()
        self._fix_tab_order()

    def _update_participant_buttons(self) -> None:
        many = len(self.participant_rows) > 2
        for row in self.participant_rows:
            row.remove_button.setEnabled(many)
        self.add_button.setEnabled(len(self.participant_rows) < core.MAX_PARTICIPANTS)

    def _rebuild_questions(self) -> None:
        for row in self.question_rows:
            self._answers[row.question.id] = row.answer()
            self.questions_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.question_rows = []
        questions = core.extra_questions(
            child=self.child_check.isChecked(), vulnerable_adult=self.adult_check.isChecked()
        )
        for question in questions:
            row = QuestionRow(question.with_answer(self._answers.get(question.id)))
            self.question_rows.append(row)
            self.questions_layout.addWidget(row)
            row.show()  # now, not queued: a problem can be shown and focused at once
        self._fix_tab_order()

    def tab_chain(self) -> list[QWidget]:
        """The controls in the order Tab visits them: top to bottom, left column first."""
        chain: list[QWidget] = [self.organisation_edit]
        for row in self.participant_rows:
            chain += [row.role_combo, row.name_edit, row.remove_button]
        chain.append(self.add_button)
        chain += list(self.recorder_buttons.values())
        chain += [self.purpose_edit, self.basis_combo, self.retention_spin, self.camera_combo]
        chain += [self.child_check, self.adult_check]
        for question in self.question_rows:
            chain += [w for w in (question.yes, question.no, question.text_edit) if w is not None]
        for agreement in self.agreement_rows:
            chain += [agreement.check, agreement.text_edit]
        chain += [self.defaults_button, self.refuse_button, self.next_button]
        return chain

    def _fix_tab_order(self) -> None:
        # Rows made after the form was built would otherwise come last in the focus chain.
        if not hasattr(self, "next_button"):
            return
        chain = self.tab_chain()
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _reset_agreements(self) -> None:
        for row in self.agreement_rows:
            self.agreements_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.agreement_rows = []
        for number, item in enumerate(self._standard_agreements, start=1):
            row = AgreementRow(number, item)
            self.agreement_rows.append(row)
            self.agreements_layout.addWidget(row)
        self._fix_tab_order()


def _problem_label(accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName("problem")
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    label.hide()
    return label


def _head_and_index(field: str) -> tuple[str, int | None]:
    """ "participants[1].name" -> ("participants", 1); "retention.until" -> ("retention", None)."""
    first = field.split(".", 1)[0]
    match = _INDEXED.fullmatch(first)
    if match:
        return match.group(1), int(match.group(2))
    return first, None
