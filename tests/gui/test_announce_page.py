"""The "Aankondigen en afspraken" page on a real Recorder fed by a generated voice."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QTextBrowser, QWidget

from opnamestudio.core import session as core
from opnamestudio.core.errors import EmptyRecordingError
from opnamestudio.core.recording import Recorder, RecordingInfo, RecordingSettings
from opnamestudio.core.session import AGREED, DECLINED, Participant, Retention, Session
from opnamestudio.ui.announce_page import AnnouncePage
from tests.gui.conftest import DialogRecorder, voice_source

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def make_session(recorder: str = "organisation") -> Session:
    org = recorder != "client"
    return Session(
        organisation="Jeugdzorg Voorbeeldstad",
        recorder=recorder,
        participants=(Participant("professional"), Participant("parent"), Participant("parent")),
        camera="not-at-home",
        purpose="terugluisteren" if org else None,
        legal_basis="public-task" if org else None,
        retention=Retention(months=6) if org else None,
    )


@pytest.fixture
def recorder(tmp_path: Path) -> Iterator[Recorder]:
    rec = Recorder(RecordingSettings(output=tmp_path / "a.flac", seal=False), voice_source())
    rec.start()
    yield rec
    with contextlib.suppress(EmptyRecordingError):  # stopped before any sound: nothing kept
        rec.stop()


@pytest.fixture
def page(qtbot: Any, dutch: None) -> AnnouncePage:
    widget = AnnouncePage()
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def events_of(recorder: Recorder, qtbot: Any) -> list[tuple[str, dict[str, Any]]]:
    qtbot.waitUntil(lambda: recorder.snapshot().frames > 0, timeout=5000)
    info: RecordingInfo = recorder.stop()
    return [(e.kind, e.data) for e in info.events if e.kind.startswith("agreement")]


def test_the_script_and_one_row_per_participant(page: AnnouncePage, recorder: Recorder) -> None:
    session = make_session()
    page.begin(session, recorder)
    text = page.script_view.toPlainText()
    assert text.startswith("Jeugdzorg Voorbeeldstad neemt dit gesprek op.")
    assert "Ouder 1: bent u akkoord?" in text
    assert [b.accessibleName() for b in page.agree_buttons] == [
        "De medewerker zegt akkoord",
        "Ouder 1 zegt akkoord",
        "Ouder 2 zegt akkoord",
    ]
    assert page.agree_buttons[0].hasFocus()
    assert page.device_label.text() == "Microfoon: generated voice · bestand: a.flac"
    assert not page.close_button.isEnabled()
    assert page.outcome_label.text() == "Nog 3 antwoord(en) nodig."


def test_everyone_akkoord_closes_the_segment_with_marks_in_the_recording(
    page: AnnouncePage, recorder: Recorder, qtbot: Any
) -> None:
    session = make_session()
    page.begin(session, recorder)
    for button in page.agree_buttons[:2]:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not page.close_button.isEnabled()
    assert page.agree_buttons[2].hasFocus(), "the next participant is one key press away"
    qtbot.mouseClick(page.agree_buttons[2], Qt.MouseButton.LeftButton)
    assert page.outcome() == "agreed"
    assert page.close_button.isEnabled() and page.close_button.hasFocus()
    assert [label.text() for label in page.answer_labels] == ["akkoord"] * 3
    with qtbot.waitSignal(page.agreed, timeout=1000):
        qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert events_of(recorder, qtbot) == [
        ("agreement-start", {}),
        ("agreement", {"role": "professional", "answer": AGREED, "index": 0}),
        ("agreement", {"role": "parent", "answer": AGREED, "index": 1}),
        ("agreement", {"role": "parent", "answer": AGREED, "index": 2}),
        ("agreement-end", {"answer": AGREED}),
    ]


def test_not_akkoord_asks_first_and_back_changes_nothing(
    page: AnnouncePage, recorder: Recorder, dialogs: DialogRecorder, qtbot: Any
) -> None:
    page.begin(make_session(), recorder)
    dialogs.answer = "Terug"
    qtbot.mouseClick(page.decline_buttons[1], Qt.MouseButton.LeftButton)
    assert dialogs.shown[-1].title == "Niet akkoord"
    assert "alles gewist" in dialogs.shown[-1].plain
    assert page.answers == ()
    assert [kind for kind, _ in events_of(recorder, qtbot)] == ["agreement-start"]


def test_one_not_akkoord_declines_when_the_organisation_records(
    page: AnnouncePage, recorder: Recorder, dialogs: DialogRecorder, qtbot: Any
) -> None:
    session = make_session()
    page.begin(session, recorder)
    qtbot.mouseClick(page.agree_buttons[0], Qt.MouseButton.LeftButton)
    dialogs.answer = "Stoppen en wissen"
    with qtbot.waitSignal(page.declined, timeout=1000):
        qtbot.mouseClick(page.decline_buttons[2], Qt.MouseButton.LeftButton)
    assert page.outcome() == "declined"
    assert page.answer_labels[2].text() == "niet akkoord"
    assert not page.close_button.isEnabled()
    assert events_of(recorder, qtbot)[-2:] == [
        ("agreement", {"role": "parent", "answer": DECLINED, "index": 2}),
        ("agreement-end", {"answer": DECLINED}),
    ]


def test_a_corrected_click_counts_last(
    page: AnnouncePage, recorder: Recorder, dialogs: DialogRecorder, qtbot: Any
) -> None:
    session = make_session("both")
    page.begin(session, recorder)
    for button in page.agree_buttons:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.agree_buttons[1], Qt.MouseButton.LeftButton)
    assert page.outcome() == "agreed"
    assert len(page.answers) == 4
    assert core.agreement_outcome(session, page.answers) == "agreed"


def test_stopping_before_the_end_asks_and_reports_cancelled(
    page: AnnouncePage, recorder: Recorder, dialogs: DialogRecorder, qtbot: Any
) -> None:
    page.begin(make_session(), recorder)
    dialogs.answer = "Doorgaan met opnemen"
    page.cancel_button.click()
    assert dialogs.shown[-1].title == "Opname stoppen?"
    dialogs.answer = "Stoppen en wissen"
    with qtbot.waitSignal(page.cancelled, timeout=1000):
        page.cancel_button.click()


def test_the_timer_follows_the_recording(
    page: AnnouncePage, recorder: Recorder, qtbot: Any
) -> None:
    page.begin(make_session(), recorder)
    qtbot.waitUntil(lambda: page.timer_label.seconds() >= 1, timeout=5000)
    assert page.meter.level() > 0


def test_every_control_has_an_accessible_name(page: AnnouncePage, recorder: Recorder) -> None:
    page.begin(make_session(), recorder)
    kinds = QAbstractButton | QTextBrowser
    controls = [w for w in page.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(controls) == 2 + 2 * 3 + 1
    assert all(w.accessibleName() for w in controls)
