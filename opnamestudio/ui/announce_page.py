"""The "Aankondigen en afspraken" page: the script to read aloud and one click per answer.

Step 2 of a conversation (DESIGN §3). The recording is already running when this page shows
(the flow starts it, on the "Opnemen" page's recorder, so the agreement segment is the first
part of the one recording). Every click puts a code-only mark on the recording's timeline
(core ``agreement_mark``), so the seal holds who said "akkoord" and when; closing the segment
puts the end mark and the conversation goes on in the same recording.

When the app records and someone says "niet akkoord", the page asks once to be sure and then
reports ``declined``: the flow stops the recording and deletes its audio. A client who agrees
aloud but will not sign the paper is fine: the spoken segment is the record (tip 2).
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from opnamestudio.core import session as core
from opnamestudio.core.session import AGREED, DECLINED, ParticipantAnswer, Session
from opnamestudio.ui import style
from opnamestudio.ui.widgets import LevelMeter, TimerLabel

if TYPE_CHECKING:
    from opnamestudio.core.recording import Recorder

__all__ = ["AnnouncePage", "script_html"]

log = logging.getLogger(__name__)

POLL_MS = 40


def script_html(script: str) -> str:
    """The script as calm HTML: one paragraph per block, the numbered agreements as lines."""
    paragraphs = []
    for block in script.strip().split("\n\n"):
        lines = [html.escape(line) for line in block.split("\n")]
        paragraphs.append(f"<p style='margin-bottom:10px'>{'<br>'.join(lines)}</p>")
    return "".join(paragraphs)


class AnnouncePage(QWidget):
    """Reads the script, takes each participant's answer, closes the agreement segment."""

    # Everyone said akkoord and the segment is closed: the conversation goes on recording.
    agreed = Signal()
    # Someone said niet akkoord while the app records: stop and discard (the flow does that).
    declined = Signal()
    # The medewerker stops before anyone answered everything: stop and discard too.
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._recorder: Recorder | None = None
        self._answers: list[ParticipantAnswer] = []
        self.agree_buttons: list[QPushButton] = []
        self.decline_buttons: list[QPushButton] = []
        self.answer_labels: list[QLabel] = []
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_snapshot)
        self._build()

    def _build(self) -> None:
        heading = QLabel(self.tr("Announce and agree"))
        heading.setObjectName("heading")
        self.live_label = QLabel(self.tr("● Recording: the agreements are part of the recording"))
        self.live_label.setObjectName("live")
        self.live_label.setAccessibleName(self.tr("Recording in progress"))
        self.timer_label = TimerLabel()
        font = self.timer_label.font()
        font.setPointSize(22)
        self.timer_label.setFont(font)
        self.timer_label.setObjectName("timer")
        style.set_flag(self.timer_label, "running", True)
        self.meter = LevelMeter()
        self.device_label = QLabel()
        self.device_label.setObjectName("hint")
        self.device_label.setAccessibleName(self.tr("Microphone in use"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.live_label)
        top.addWidget(self.timer_label)

        say = QLabel(self.tr("Read this aloud:"))
        say.setObjectName("hint")
        self.script_view = QTextBrowser()
        self.script_view.setObjectName("script")
        self.script_view.setAccessibleName(self.tr("Text to read aloud"))
        self.script_view.setOpenLinks(False)
        left = QVBoxLayout()
        left.setSpacing(6)  # the label belongs to the text (not the columns' 20 px apart)
        left.addWidget(say)
        left.addWidget(self.script_view, 1)

        self.answers_box = QGroupBox(self.tr("Who said akkoord?"))
        self.answers_grid = QGridLayout(self.answers_box)
        self.answers_grid.setHorizontalSpacing(8)
        self.answers_grid.setVerticalSpacing(8)
        explain = QLabel(
            self.tr(
                "Click what each person says aloud. Everyone must agree. Signing the paper is "
                "not needed: the spoken agreement is in the recording."
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("hint")
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setObjectName("status")
        self.outcome_label.setAccessibleName(self.tr("State of the agreements"))
        self.close_button = QPushButton(self.tr("Close the agreements and start the conversation"))
        self.close_button.setObjectName("primary")
        self.close_button.setMinimumHeight(44)
        self.close_button.setAccessibleName(
            self.tr("Close the agreements and go on recording the conversation")
        )
        self.close_button.clicked.connect(self.close_segment)
        self.cancel_button = QPushButton(self.tr("Stop and delete the recording"))
        self.cancel_button.setAccessibleName(
            self.tr("Stop now and delete the recording made so far")
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setMinimumHeight(36)  # a real button below the big one, not a strip
        right = QVBoxLayout()
        right.addWidget(self.answers_box)
        right.addWidget(explain)
        right.addWidget(self.outcome_label)
        right.addStretch(1)
        right.addWidget(self.close_button)
        right.addWidget(self.cancel_button)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.meter)
        layout.addWidget(self.device_label)
        layout.addLayout(columns, 1)
        self.setStyleSheet(style.themed(style.RECORD_PAGE + style.FLOW))

    # ------------------------------------------------------------------ public

    @property
    def session(self) -> Session | None:
        """The session being announced."""
        return self._session

    @property
    def answers(self) -> tuple[ParticipantAnswer, ...]:
        """Every click so far, in order (a corrected answer counts last)."""
        return tuple(self._answers)

    def outcome(self) -> str:
        """ "pending", "agreed" or "declined" (core agreement_outcome)."""
        if self._session is None:
            return "pending"
        return core.agreement_outcome(self._session, self._answers)

    def begin(self, session: Session, recorder: Recorder) -> None:
        """Show ``session``'s script; ``recorder`` is running and gets the agreement marks."""
        self._session = session
        self._recorder = recorder
        self._answers = []
        recorder.mark(**core.agreement_start_mark())
        self.script_view.setHtml(script_html(core.announcement_script(session)))
        self._build_rows(session)
        self.meter.set_active(True)
        self.timer_label.set_seconds(0)
        self.device_label.setText(
            self.tr("Microphone: {name} · file: {file}").format(
                name=recorder.snapshot().device, file=recorder.settings.output.name
            )
        )
        self._update()
        self._poll.start()
        if self.agree_buttons:
            self.agree_buttons[0].setFocus()

    def stop(self) -> None:
        """The recording is no longer this page's (stopped, or on to "Opnemen")."""
        self._poll.stop()
        self._recorder = None
        self.meter.set_active(False)

    def answer(self, index: int, answer: str) -> None:
        """Participant ``index`` said ``answer`` (AGREED or DECLINED) aloud: mark it."""
        session, recorder = self._session, self._recorder
        if session is None or recorder is None:
            return
        if answer == DECLINED and core.app_records(session) and not self._confirm_decline():
            return
        recorder.mark(**core.agreement_mark(session, index, answer))
        self._answers.append(ParticipantAnswer.of(session, index, answer))
        role = session.participants[index].role
        log.info("agreement: participant %d (%s) %s", index, role, answer)
        self._update()
        if core.must_discard(session, self._answers):
            recorder.mark(**core.agreement_end_mark(session, self._answers))
            self.stop()
            self.declined.emit()
            return
        if index + 1 < len(self.agree_buttons) and answer == AGREED:
            self.agree_buttons[index + 1].setFocus()
        elif self.outcome() == "agreed":
            self.close_button.setFocus()

    def close_segment(self) -> None:
        """Everyone agreed: put the end mark and go on to the conversation."""
        session, recorder = self._session, self._recorder
        if session is None or recorder is None or self.outcome() != "agreed":
            return
        recorder.mark(**core.agreement_end_mark(session, self._answers))
        self.stop()
        self.agreed.emit()

    def cancel(self) -> None:
        """Stop before the agreements are complete: the recording is deleted (asked first)."""
        if self._recorder is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Stop the recording?"))
        box.setText(self.tr("<b>Stop the recording?</b>"))
        box.setInformativeText(
            self.tr("The recording made so far is deleted. Nothing of it is kept.")
        )
        stop = box.addButton(self.tr("Stop and delete"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep recording"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is stop:
            self.stop()
            self.cancelled.emit()

    # ------------------------------------------------------------------ internals

    def _confirm_decline(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Not akkoord"))
        box.setText(self.tr("<b>Someone does not agree</b>"))
        box.setInformativeText(
            self.tr(
                "Then the recording stops and everything recorded so far is deleted. "
                "Afterwards you can offer something else, such as a written summary."
            )
        )
        stop = box.addButton(self.tr("Stop and delete"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is stop

    def _build_rows(self, session: Session) -> None:
        for widget in (*self.agree_buttons, *self.decline_buttons, *self.answer_labels):
            self.answers_grid.removeWidget(widget)
            widget.deleteLater()
        for old in self.answers_box.findChildren(QLabel, "participant"):
            self.answers_grid.removeWidget(old)
            old.deleteLater()
        self.agree_buttons, self.decline_buttons, self.answer_labels = [], [], []
        labels = core.participant_labels(session.participants)
        for i, text in enumerate(labels):
            name = text[:1].upper() + text[1:]
            who = QLabel(name)
            who.setObjectName("participant")
            agree = QPushButton(self.tr("Akkoord"))
            agree.setObjectName("agree")
            agree.setAccessibleName(self.tr("{who} says akkoord").format(who=name))
            agree.clicked.connect(self._on_agree_clicked)
            decline = QPushButton(self.tr("Not akkoord"))
            decline.setObjectName("decline")
            decline.setAccessibleName(self.tr("{who} says not akkoord").format(who=name))
            decline.clicked.connect(self._on_decline_clicked)
            for button in (agree, decline):
                button.setMinimumHeight(36)
                button.setMinimumWidth(110)
            state = QLabel()
            state.setObjectName("answer")
            state.setAccessibleName(self.tr("Answer of {who}").format(who=name))
            for column, widget in enumerate((who, agree, decline, state)):
                self.answers_grid.addWidget(widget, i, column)
                widget.show()  # now, not queued: the first button takes the focus at once
            self.agree_buttons.append(agree)
            self.decline_buttons.append(decline)
            self.answer_labels.append(state)
        self.answers_grid.setColumnStretch(0, 1)
        self.answers_grid.setColumnStretch(3, 1)

    def _on_agree_clicked(self) -> None:
        sender = self.sender()
        if sender in self.agree_buttons:
            self.answer(self.agree_buttons.index(sender), AGREED)

    def _on_decline_clicked(self) -> None:
        sender = self.sender()
        if sender in self.decline_buttons:
            self.answer(self.decline_buttons.index(sender), DECLINED)

    def _update(self) -> None:
        latest: dict[int, str] = {a.index: a.answer for a in self._answers}
        for i, label in enumerate(self.answer_labels):
            code = latest.get(i, "")
            text = {AGREED: self.tr("akkoord"), DECLINED: self.tr("not akkoord")}.get(code, "")
            label.setText(text)
            style.set_flag(self.agree_buttons[i], "chosen", code == AGREED)
            style.set_flag(self.decline_buttons[i], "chosen", code == DECLINED)
            label.setProperty("state", {AGREED: "agreed", DECLINED: "declined"}.get(code, ""))
            label.style().unpolish(label)
            label.style().polish(label)
        outcome = self.outcome()
        waiting = len(self.answer_labels) - len(latest)
        if outcome == "agreed":
            text = self.tr("Everyone said akkoord. Close the agreements to start the conversation.")
        elif outcome == "declined":
            text = self.tr("Someone does not agree.")
        else:
            text = self.tr("Waiting for {count} answer(s).").format(count=waiting)
        self.outcome_label.setText(text)
        self.close_button.setEnabled(outcome == "agreed")

    def _poll_snapshot(self) -> None:
        recorder = self._recorder
        if recorder is None:
            self._poll.stop()
            return
        snap = recorder.snapshot()
        self.timer_label.set_seconds(snap.seconds)
        self.meter.set_peak(snap.peak)
