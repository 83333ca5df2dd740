"""The conversation flow: Voorbereiden → Aankondigen en afspraken → Opnemen → Verzegelen.

One page ("Gesprek") holds the steps before the recording proper; "Opnemen" (the RecordPage)
holds the recording itself and, after stop, the seal. The flow starts the recording on the
RecordPage's recorder when the announcement begins, so the agreement segment and the
conversation are one recording, one file, one seal (which binds the session record by its
SHA-256). Its outcomes:

* everyone agreed → on to "Opnemen", the same recording goes on;
* someone did not (the app records) → the recording is stopped and deleted (logged), and the
  alternatives are offered, with the refusal record one click away;
* only the client records → nothing is recorded; the session record is saved and confirmed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from opnamestudio.core import session as core
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.session import Session
from opnamestudio.ui import style
from opnamestudio.ui.announce_page import AnnouncePage, script_html
from opnamestudio.ui.errors import show_error
from opnamestudio.ui.prepare_page import PreparePage
from opnamestudio.ui.record_page import RecordPage
from opnamestudio.ui.refusal_dialog import RefusalDialog

__all__ = ["ConversationFlow", "StepBar"]

log = logging.getLogger(__name__)


class StepBar(QLabel):
    """ "1 Voorbereiden › 2 Aankondigen en afspraken › 3 Opnemen › 4 Verzegelen", current bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steps")
        self._step = 0
        self.set_step(1)

    def steps(self) -> list[str]:
        """The translated step names."""
        return [
            self.tr("Prepare"),
            self.tr("Announce and agree"),
            self.tr("Record"),
            self.tr("Seal"),
        ]

    def set_step(self, step: int) -> None:
        """Highlight step ``step`` (1-based)."""
        self._step = step
        self.setText(self.html_for(step))
        self.setAccessibleName(
            self.tr("Step {number} of 4: {name}").format(number=step, name=self.steps()[step - 1])
        )

    def html_for(self, step: int) -> str:
        """The bar's rich text with ``step`` highlighted."""
        parts = []
        for number, name in enumerate(self.steps(), start=1):
            text = f"{number}&nbsp;{name}"
            if number == step:
                text = style.themed(f"<b style='color:#1f2933'>{text}</b>")
            parts.append(text)
        return " &nbsp;›&nbsp; ".join(parts)

    def step(self) -> int:
        """The highlighted step."""
        return self._step


class ClientRecordsPage(QWidget):
    """Only the client records: the app records nothing; the agreements are documented."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("The client records"))
        heading.setObjectName("heading")
        self.message = QLabel(
            self.tr(
                "OpnameStudio does not record this conversation: the client records with their "
                "own phone. The agreements are saved. Read the text below aloud at the start of "
                "the recording."
            )
        )
        self.message.setWordWrap(True)
        self.message.setObjectName("done")
        self.script_view = QTextBrowser()
        self.script_view.setObjectName("script")
        self.script_view.setAccessibleName(self.tr("Text to read aloud"))
        self.saved_label = QLabel()
        self.saved_label.setObjectName("hint")
        self.saved_label.setWordWrap(True)
        self.saved_label.setAccessibleName(self.tr("Where the agreements are saved"))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("primary")
        self.done_button.setAccessibleName(self.tr("Done: back to a new conversation"))
        self.done_button.clicked.connect(self.done)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(heading)
        layout.addWidget(self.message)
        layout.addWidget(self.script_view, 1)
        layout.addWidget(self.saved_label)
        layout.addLayout(row)

    def show_session(self, session: Session, path: str) -> None:
        """Show what was saved for ``session``."""
        self.script_view.setHtml(script_html(core.announcement_script(session)))
        self.saved_label.setText(
            self.tr("The agreements are saved:\n{path}\nCheck code: {code}").format(
                path=path, code=_groups(session.record_sha256()[:24])
            )
        )


class DeclinedPage(QWidget):
    """Someone did not agree: nothing is kept; offer the alternatives."""

    refuse_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("This conversation is not recorded"))
        heading.setObjectName("heading")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("done")
        offer = QLabel(self.tr("Offer something else instead:"))
        offer.setObjectName("done")
        self.alternatives_label = QLabel()
        self.alternatives_label.setObjectName("alternatives")
        self.alternatives_label.setWordWrap(True)
        self.alternatives_label.setAccessibleName(self.tr("Alternatives to offer"))
        self.refuse_button = QPushButton(self.tr("Make a record for the dossier…"))
        self.refuse_button.setAccessibleName(
            self.tr("Make a record of the reason and the alternative for the dossier")
        )
        self.refuse_button.clicked.connect(self.refuse_requested)
        self.back_button = QPushButton(self.tr("New conversation"))
        self.back_button.setObjectName("primary")
        self.back_button.setAccessibleName(self.tr("Start preparing a new conversation"))
        self.back_button.clicked.connect(self.back_requested)
        row = QHBoxLayout()
        row.addWidget(self.refuse_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.message)
        layout.addWidget(offer)
        layout.addWidget(self.alternatives_label)
        layout.addStretch(1)
        layout.addLayout(row)

    def show_outcome(self, session: Session, *, deleted: bool, cancelled: bool) -> None:
        """Say what became of the recording, and list the alternatives."""
        if not deleted:
            text = self.tr("The recording could not be deleted. See the message.")
        elif cancelled:
            text = self.tr("The recording was stopped and deleted. Nothing of it is kept.")
        else:
            text = self.tr(
                "Not everyone agreed. The recording was stopped and deleted: nothing of it is "
                "kept. The deletion is noted in the log."
            )
        self.message.setText(text)
        codes = core.alternatives_to_offer(session)
        self.alternatives_label.setText(
            "\n".join(f"•  {core.alternative_label(code)}" for code in codes)
        )


class RunningPage(QWidget):
    """The recording of this conversation runs (or ran) on "Opnemen"."""

    go_to_recording = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("done")
        self.set_finished(False)
        self.go_button = QPushButton(self.tr("Go to 'Record'"))
        self.go_button.setObjectName("primary")
        self.go_button.setAccessibleName(self.tr("Go to the page 'Record'"))
        self.go_button.clicked.connect(self.go_to_recording)
        row = QHBoxLayout()
        row.addWidget(self.go_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addStretch(1)

    def set_finished(self, finished: bool) -> None:
        """Running, or stopped (and sealed: the "Record" page shows the vingerafdruk)."""
        if finished:
            self.heading.setText(self.tr("The recording has ended"))
            self.text.setText(
                self.tr(
                    "The recording is stopped and saved. The 'Record' page shows where it is "
                    "and its vingerafdruk."
                )
            )
        else:
            self.heading.setText(self.tr("The conversation is being recorded"))
            self.text.setText(
                self.tr(
                    "The agreements are made and in the recording. The conversation goes on "
                    "on the 'Record' page. Stop there when the conversation is over: the "
                    "recording is sealed at once."
                )
            )


class ConversationFlow(QWidget):
    """The "Gesprek" page: the steps before the conversation proper, and their outcomes."""

    # Everyone agreed: show "Opnemen", where the same recording goes on.
    recording_continues = Signal()

    def __init__(self, record_page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_page = record_page
        self.session: Session | None = None
        self._cancelled = False
        self.steps = StepBar()
        self.prepare_page = PreparePage()
        self.announce_page = AnnouncePage()
        self.client_page = ClientRecordsPage()
        self.declined_page = DeclinedPage()
        self.running_page = RunningPage()
        self.stack = QStackedWidget()
        for page in (
            self.prepare_page,
            self.announce_page,
            self.client_page,
            self.declined_page,
            self.running_page,
        ):
            self.stack.addWidget(page)
        self.prepare_page.prepared.connect(self._on_prepared)
        self.prepare_page.refuse_requested.connect(self.open_refusal)
        self.announce_page.agreed.connect(self._on_agreed)
        self.announce_page.declined.connect(self._on_declined)
        self.announce_page.cancelled.connect(self._on_cancelled)
        self.client_page.done.connect(self.new_conversation)
        self.declined_page.back_requested.connect(self.new_conversation)
        self.declined_page.refuse_requested.connect(self.open_refusal)
        self.running_page.go_to_recording.connect(self.recording_continues)
        self.record_page.discarded.connect(self._on_discarded)
        self.record_page.stopped.connect(self._on_record_page_stopped)
        #: The last refusal dialog opened (tests look at it).
        self.refusal_dialog: RefusalDialog | None = None

        top = QHBoxLayout()
        top.setContentsMargins(32, 10, 32, 0)
        top.addWidget(self.steps)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.setStyleSheet(style.themed(style.RECORD_PAGE + style.FLOW))

    # ------------------------------------------------------------------ public

    def new_conversation(self) -> None:
        """Start over at "Voorbereiden" (not while this flow's recording runs)."""
        if self.announcing():
            return
        self.session = None
        self.record_page.show_steps(None)
        self.prepare_page.reset()
        self.stack.setCurrentWidget(self.prepare_page)
        self.steps.set_step(1)
        self.prepare_page.organisation_edit.setFocus()

    def announcing(self) -> bool:
        """Whether this flow's recording runs and its agreement segment is still open."""
        return (
            self.stack.currentWidget() is self.announce_page
            and self.record_page.state == "recording"
        )

    def show_running(self) -> None:
        """Show that this conversation is recorded on "Opnemen"."""
        self.running_page.set_finished(False)
        self.stack.setCurrentWidget(self.running_page)
        self.steps.set_step(3)
        self.record_page.show_steps(self.steps.html_for(3))

    def open_refusal(self) -> None:
        """Rule 1's refusal record, filled from the preparation (and the declined outcome)."""
        page = self.prepare_page
        try:
            participants = page.participants()
        except core.SessionError as exc:
            page.show_problem(exc)
            return
        session = self.session
        alternatives: tuple[str, ...] = ()
        reasons: tuple[str, ...] = ()
        if session is not None:
            alternatives = core.alternatives_to_offer(session)
            reasons = core.weighty_reason_hints(session)
        dialog = RefusalDialog(
            page.organisation(),
            participants,
            alternatives=alternatives,
            reasons=reasons,
            parent=self,
        )
        self.refusal_dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ steps

    def _on_prepared(self, session: Session) -> None:
        try:
            path = core.save_session(session, replace=True)
        except OpnameError as exc:
            show_error(self, exc)
            return
        self.session = session
        log.info("session %s prepared (%s records)", session.session_id, session.recorder)
        if not core.app_records(session):
            self.client_page.show_session(session, str(path))
            self.stack.setCurrentWidget(self.client_page)
            self.steps.set_step(2)
            self.client_page.done_button.setFocus()
            return
        if not self.record_page.start_recording(
            session_sha256=session.record_sha256(),
            session_id=session.session_id,
            session=session,
        ):
            return  # the record page said why
        recorder = self.record_page.recorder
        if recorder is None:  # pragma: no cover - start_recording returned True
            return
        self._cancelled = False
        self.stack.setCurrentWidget(self.announce_page)
        self.steps.set_step(2)
        self.announce_page.begin(session, recorder)

    def _on_agreed(self) -> None:
        self.show_running()
        self.record_page.status_label.setText(
            self.tr("Everyone agreed. The conversation is being recorded.")
        )
        self.recording_continues.emit()

    def _on_declined(self) -> None:
        if self.session is not None:
            self.record_page.discard_recording(self.session)

    def _on_cancelled(self) -> None:
        self._cancelled = True
        if self.session is not None:
            self.record_page.discard_recording(self.session, reason="cancelled")

    def _on_discarded(self, deleted: bool) -> None:
        if self.session is None:
            return
        self.declined_page.show_outcome(self.session, deleted=deleted, cancelled=self._cancelled)
        self.stack.setCurrentWidget(self.declined_page)
        self.steps.set_step(2)
        self.declined_page.back_button.setFocus()

    def _on_record_page_stopped(self) -> None:
        # The recording ended by itself (microphone lost, disk full) during the announcement:
        # the record page shows why and what is kept; this page says where to look.
        if self.stack.currentWidget() is self.announce_page:
            self.announce_page.stop()
            self.show_running()
            self.recording_continues.emit()
        if self.stack.currentWidget() is self.running_page:
            self.running_page.set_finished(True)
            self.steps.set_step(4)
            self.record_page.show_steps(self.steps.html_for(4))
            panel = self.record_page.seal_panel
            if panel.has_recording():  # sealed: the next step is the client's copy
                panel.export_button.setFocus()


def _groups(hex_digits: str) -> str:
    return " ".join(hex_digits[i : i + 4] for i in range(0, len(hex_digits), 4))
