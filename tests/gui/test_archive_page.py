"""The "Archief" page on a real archive: recordings made by the real engine (generated voice),
sealed, encrypted into the archive under a private OPNAMESTUDIO_HOME with passphrase keys (this
machine has no keyring), as the page finds them.

Playback is tested twice: with a stand-in stream whose callback the test drives (the buffer and
position logic, any machine), and on a real sounddevice OutputStream into a PulseAudio null sink
(the virtual devices of the audio fixtures).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import QApplication

from opnamestudio.core import audit
from opnamestudio.core import recording as recording_module
from opnamestudio.core.archive import Archive, archive_dir
from opnamestudio.core.archivekeys import ArchiveKeys
from opnamestudio.core.sealfiles import seal_paths_for
from opnamestudio.core.session import (
    Participant,
    Retention,
    Session,
    save_session,
    stored_session_path,
)
from opnamestudio.ui.archive_page import (
    COLUMN_KEEP_UNTIL,
    COLUMN_LENGTH,
    COLUMN_STATE,
    ArchivePage,
    PassphraseDialog,
)
from opnamestudio.ui.jobs import wait_for_jobs
from opnamestudio.ui.main_window import MainWindow
from tests.gui.conftest import DialogRecorder
from tests.gui.test_layout import (
    SCREEN,
    TASKBAR,
    clipped_texts,
    describe,
    minimum_size,
    tab_stops,
    tab_through,
    unnamed_controls,
)
from tests.support.archive import (
    PASSPHRASE,
    TEST_LOG_N,
    archive_one,
    new_archive,
    no_keyring,
    record_sealed,
)
from tests.support.virtual_mic import VirtualMic

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAMES = ("intake-familie", "evaluatie", "overleg-school")
POLICY_MONTHS = 6


@dataclass
class Prompt:
    """Answers the passphrase question in order; counts how often it was asked."""

    answers: list[str | None] = field(default_factory=list)
    asked: int = 0

    def __call__(self, parent: Any) -> str | None:
        self.asked += 1
        return self.answers.pop(0) if self.answers else None


class FakeStream:
    """A sounddevice.OutputStream stand-in: the test calls ``pump`` where a device would call."""

    def __init__(self, *, callback: Callable[..., None], channels: int, **kwargs: Any) -> None:
        self.callback = callback
        self.channels = channels
        self.active = False
        self.played: list[np.ndarray] = []

    def start(self) -> None:
        self.active = True

    def stop(self) -> None:
        self.active = False

    def close(self) -> None:
        self.active = False

    def pump(self, frames: int = 1024) -> None:
        if self.active:
            out = np.zeros((frames, self.channels), dtype="float32")
            self.callback(out, frames, None, None)
            self.played.append(out)


def conversation(days_ago: int) -> Session:
    """The session record of a conversation the organisation recorded."""
    return Session(
        organisation="Jeugdzorg Voorbeeld",
        recorder="organisation",
        participants=(Participant("professional", "Anna de Vries"), Participant("client")),
        camera="not-at-home",
        purpose="Een goed verslag van het gesprek maken",
        legal_basis="public-task",
        retention=Retention(months=12),
        created=datetime.now(timezone.utc) - timedelta(days=days_ago),
    )


#: How many days ago each recording was made.
DAYS_AGO = {"intake-familie": 40, "evaluatie": 10, "overleg-school": 0}


class _DaysAgo:
    """The ``time`` module as the recording engine sees it ``days`` ago."""

    def __init__(self, days: int) -> None:
        self.days = days

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)

    def time(self) -> float:
        return time.time() - self.days * 86400


@pytest.fixture
def archived(
    opnamestudio_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    """Three recordings in the archive (1.5, 2.5, 3.5 s; made 40, 10 and 0 days ago), by
    name -> recording id."""
    archive, _recovery = new_archive(opnamestudio_home, tmp_path / "stick" / "herstel.txt")
    ids = {}
    for i, name in enumerate(NAMES):
        monkeypatch.setattr(recording_module, "time", _DaysAgo(DAYS_AGO[name]))
        audio = record_sealed(tmp_path / "rec", name, 1.5 + i, seed=i)
        if name == "evaluatie":  # the one with a session record (names, purpose)
            session = conversation(DAYS_AGO[name])
            save_session(session)
            files = seal_paths_for(audio)
            ids[name] = archive.archive_recording(
                audio, files.manifest, files.signature, session_id=session.session_id
            ).recording_id
            continue
        ids[name] = archive_one(archive, audio)
    monkeypatch.setattr(recording_module, "time", time)
    archive.close()
    return ids


def keys_without_keyring(folder: Path) -> ArchiveKeys:
    """The page's keys as on a laptop without a keyring (the passphrase is asked)."""
    return ArchiveKeys(folder / "keys", keyring_backend=no_keyring(), scrypt_log_n=TEST_LOG_N)


@dataclass
class Made:
    page: ArchivePage
    prompt: Prompt
    streams: list[FakeStream]
    clock: dict[str, date]


@pytest.fixture
def make_page(qtbot: Any, dutch: None) -> Any:
    made: list[ArchivePage] = []

    def make(answers: list[str | None] | None = None) -> Made:
        streams: list[FakeStream] = []
        clock = {"today": date.today()}

        def stream_factory(**kwargs: Any) -> FakeStream:
            streams.append(FakeStream(**kwargs))
            return streams[-1]

        page = ArchivePage(
            keys_factory=keys_without_keyring,
            policy_months=lambda: POLICY_MONTHS,
            stream_factory=stream_factory,
            today=lambda: clock["today"],
        )
        prompt = Prompt(list(answers or []))
        page.passphrase_prompt = prompt
        qtbot.addWidget(page)
        page.resize(1100, 720)
        with qtbot.waitSignal(page.refreshed, timeout=20_000):
            page.show()
        qtbot.waitExposed(page)
        made.append(page)
        return Made(page, prompt, streams, clock)

    yield make
    for page in made:
        page.stop_playback()
    wait_for_jobs()


def names(page: ArchivePage) -> list[str]:
    return [r.name.removesuffix(".flac") for r in page.records]


def events() -> list[dict[str, Any]]:
    return [json.loads(line) for line in audit.log_path().read_bytes().splitlines()]


def cell(page: ArchivePage, row: int, column: int) -> str:
    return str(page.proxy.index(row, column).data())


# ---------------------------------------------------------------------- the list


def test_the_list_shows_the_archive_newest_first_and_sorts_by_length(
    archived: dict[str, str], make_page: Any
) -> None:
    page = make_page().page
    assert page.stack.currentWidget() is page.view
    assert names(page) == list(reversed(NAMES))  # made one after the other: newest first
    assert cell(page, 0, COLUMN_STATE) == "Bewaard"
    assert cell(page, 0, COLUMN_KEEP_UNTIL) == "geen einddatum"  # archived without an end
    assert cell(page, 0, COLUMN_LENGTH) == "00:00:03"
    page.view.sortByColumn(COLUMN_LENGTH, Qt.SortOrder.AscendingOrder)
    assert names(page) == list(NAMES)
    assert page.current_record() is not None


def test_search_and_filters_narrow_the_list_and_say_when_nothing_matches(
    archived: dict[str, str], make_page: Any, qtbot: Any
) -> None:
    made = make_page()
    page = made.page
    page.set_filters(search="EVALU")
    assert names(page) == ["evaluatie"]
    assert page.current_record() is not None and page.current_record().name == "evaluatie.flac"
    page.set_filters(search=archived["overleg-school"][-6:])  # by the recording's code
    assert names(page) == ["overleg-school"]
    page.set_filters(search="bestaat-niet")
    assert page.records == []
    assert page.stack.currentWidget() is page.empty_label
    assert "Geen opname past" in page.empty_label.text()
    assert not page.verify_button.isEnabled() and not page.play_button.isEnabled()
    page.set_filters(search="")
    assert len(page.records) == 3

    with Archive(archive_dir(), identities=[]) as archive:
        archive.delete(archived["evaluatie"], reason="request")
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.refresh()
    page.set_filters(state="deleted")
    assert names(page) == ["evaluatie"]
    assert cell(page, 0, COLUMN_STATE).startswith("Verwijderd op ")
    assert not page.play_button.isEnabled() and not page.delete_button.isEnabled()
    assert "zegel blijft bewaard" in page.retention_hint.text()
    page.set_filters(state="archived")
    assert names(page) == ["overleg-school", "intake-familie"]

    page.set_filters(state="all", period="week")
    assert names(page) == ["overleg-school"]
    page.set_filters(period="month")
    assert names(page) == ["overleg-school", "evaluatie"]
    page.set_filters(period="year")
    assert len(page.records) == 3
    made.clock["today"] = date.today() + timedelta(days=25)  # the same filter, 25 days on
    page.set_filters(period="week")
    page.set_filters(period="month")
    assert names(page) == ["overleg-school"]


def test_an_empty_archive_says_so(make_page: Any) -> None:
    page = make_page().page
    assert page.stack.currentWidget() is page.empty_label
    assert page.empty_label.text().startswith("Het archief is leeg.")
    assert page.chosen_label.text() == "Geen opname gekozen."


# ---------------------------------------------------------------------- deleting


def test_delete_asks_first_cancel_keeps_and_confirm_deletes_the_sound_but_keeps_the_seal(
    archived: dict[str, str], make_page: Any, qtbot: Any, dialogs: DialogRecorder
) -> None:
    page = make_page().page
    rid = archived["evaluatie"]
    assert page.select(rid)
    page.view.setFocus()
    cipher = archive_dir() / "audio" / f"{rid}.flac.age"
    seal = archive_dir() / "seals" / f"{rid}.zegel.json"
    assert cipher.exists()
    record = page.current_record()
    assert record is not None and record.session_id is not None
    session_file = stored_session_path(record.session_id)  # encrypted: the archive has keys
    assert session_file is not None and session_file.name.endswith(".json.age")

    qtbot.keyClick(page.view, Qt.Key.Key_Delete)  # no button chosen: as Esc or "Annuleren"
    (asked,) = dialogs.shown
    assert asked.title == "Deze opname verwijderen?"
    text = asked.plain
    assert "'evaluatie.flac' van " in text
    assert "het geluid van de opname en het verslag van het gesprek" in text
    assert "Dit blijft bewaard: het zegel van de opname" in text
    assert "logboek" in text
    assert cipher.exists()
    dialogs.shown.clear()
    page.select(archived["intake-familie"])  # no session record: only the sound goes
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    (asked,) = dialogs.shown
    assert "Dit wordt van deze computer verwijderd: het geluid van de opname. Dit" in asked.plain
    assert "verslag" not in asked.plain
    page.select(rid)
    page.view.setFocus()
    assert "delete" not in [e["event"] for e in events()]

    dialogs.answer = "Annuleren"
    page.delete_button.click()
    assert cipher.exists()
    assert (archive_dir() / "audio" / f"{archived['intake-familie']}.flac.age").exists()

    dialogs.answer = "Verwijderen"
    with qtbot.waitSignal(page.deleted, timeout=10_000) as deleted:
        qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert deleted.args == [rid]
    assert not cipher.exists()
    assert not session_file.exists()
    assert stored_session_path(record.session_id) is None
    assert seal.exists()
    assert (archive_dir() / "deletions" / f"{rid}.verwijderd.json").exists()
    last = [e for e in events() if e["event"] == "delete"]
    assert [e["recording_id"] for e in last] == [rid]
    assert last[0]["details"]["reason"] == "manual"
    qtbot.waitUntil(lambda: page.current_record().state == "deleted", timeout=10_000)
    assert "is verwijderd. Het zegel blijft bewaard." in page.outcome_label.text()


def test_the_delete_key_in_the_search_field_deletes_text_not_a_recording(
    archived: dict[str, str], make_page: Any, qtbot: Any, dialogs: DialogRecorder
) -> None:
    page = make_page().page
    page.search_field.setText("eval")
    page.search_field.setFocus()
    page.search_field.setCursorPosition(0)
    qtbot.keyClick(page.search_field, Qt.Key.Key_Delete)
    assert page.search_field.text() == "val"
    assert dialogs.shown == []


# ---------------------------------------------------------------------- retention


def test_retention_is_shown_and_can_be_moved_within_the_policy_only(
    archived: dict[str, str], make_page: Any, qtbot: Any
) -> None:
    page = make_page().page
    rid = archived["intake-familie"]
    page.select(rid)
    today = date.today()
    started = page.current_record().started_utc
    assert started is not None
    day = date.fromisoformat(started[:10])
    latest = QDate(day.year, day.month, 1).addMonths(POLICY_MONTHS)
    latest = QDate(latest.year(), latest.month(), min(day.day, latest.daysInMonth()))
    edit = page.retention_edit
    assert edit.isEnabled()
    assert edit.minimumDate() == QDate(today.year, today.month, today.day)
    assert edit.maximumDate() == latest
    assert f"(de organisatie bewaart opnames {POLICY_MONTHS} maanden)" in (
        page.retention_hint.text()
    )
    assert not page.retention_button.isEnabled()  # nothing changed yet

    edit.setDate(latest.addDays(40))  # beyond the policy: the field keeps to the bounds
    assert edit.date() == latest
    wanted = QDate(today.year, today.month, today.day).addDays(30)
    edit.setDate(wanted)
    assert page.retention_button.isEnabled()
    with qtbot.waitSignal(page.retention_changed, timeout=10_000):
        page.retention_button.click()
    end = date(wanted.year(), wanted.month(), wanted.day())
    with Archive(archive_dir(), identities=[]) as archive:
        assert archive.get(rid).retention_end == end
    changed = [e for e in events() if e["event"] == "retention-changed"]
    assert changed[-1]["details"] == {
        "old": None,
        "new": end.isoformat(),
        "policy_months": POLICY_MONTHS,
    }
    qtbot.waitUntil(lambda: page.current_record().retention_end == end, timeout=10_000)
    assert cell(page, page.view.currentIndex().row(), COLUMN_KEEP_UNTIL) == end.strftime("%d-%m-%Y")
    assert "wordt nu bewaard tot" in page.outcome_label.text()


# ---------------------------------------------------------------------- keys and checks


def test_a_wrong_passphrase_gives_the_dutch_error_and_the_right_one_checks(
    archived: dict[str, str], make_page: Any, qtbot: Any, dialogs: DialogRecorder
) -> None:
    made = make_page(["verkeerd wachtwoord", PASSPHRASE])
    page = made.page
    rid = archived["evaluatie"]
    page.select(rid)
    with qtbot.waitSignal(page.failed, timeout=30_000):
        page.verify_button.click()
    assert made.prompt.asked == 1
    (shown,) = dialogs.shown
    assert shown.title == "Het wachtwoord klopt niet"
    assert "Het wachtwoord voor het archief klopt niet." in shown.plain
    assert "Opname: evaluatie.flac" in shown.plain

    with qtbot.waitSignal(page.checked, timeout=30_000) as checked:
        page.verify_button.click()  # the wrong one was forgotten: asked again
    assert made.prompt.asked == 2
    assert checked.args == [rid, True]
    assert "'evaluatie.flac' is in orde" in page.outcome_label.text()
    assert events()[-1]["event"] == "verify"
    assert events()[-1]["recording_id"] == rid

    with qtbot.waitSignal(page.checked, timeout=30_000):
        page.verify_button.click()  # unlocked now: not asked again
    assert made.prompt.asked == 2


def test_cancelling_the_passphrase_does_nothing(
    archived: dict[str, str], make_page: Any, qtbot: Any, dialogs: DialogRecorder
) -> None:
    made = make_page([None])
    page = made.page
    page.verify_button.click()
    qtbot.waitUntil(lambda: made.prompt.asked == 1, timeout=30_000)
    qtbot.waitUntil(page.verify_button.isEnabled, timeout=10_000)
    assert dialogs.shown == []
    assert page.outcome_label.isHidden()


def test_a_damaged_archived_file_shows_the_error_naming_the_recording(
    archived: dict[str, str], make_page: Any, qtbot: Any, dialogs: DialogRecorder
) -> None:
    rid = archived["overleg-school"]
    cipher = archive_dir() / "audio" / f"{rid}.flac.age"
    data = bytearray(cipher.read_bytes())
    data[-5000] ^= 0x01  # one bit in the last chunk
    cipher.write_bytes(bytes(data))
    made = make_page([PASSPHRASE])
    page = made.page
    page.select(rid)
    with qtbot.waitSignal(page.checked, timeout=30_000) as checked:
        page.verify_button.click()
    assert checked.args == [rid, False]
    (shown,) = dialogs.shown
    assert shown.title == "Een deel van een opname in het archief is beschadigd"
    assert "Opname: overleg-school.flac" in shown.plain
    assert rid in shown.details  # the core's words for the expert: which recording, which chunk
    assert "Chunk 2 " in shown.details
    assert "'overleg-school.flac' is niet in orde" in page.outcome_label.text()


# ---------------------------------------------------------------------- copying again


def test_copy_again_hands_over_a_decrypted_copy_with_its_seal_and_removes_it_after(
    archived: dict[str, str], make_page: Any, qtbot: Any
) -> None:
    made = make_page([PASSPHRASE])
    page = made.page
    rid = archived["intake-familie"]
    page.select(rid)
    with Archive(archive_dir(), identities=[]) as archive:
        sealed_sha = archive.get(rid).sha256
    seen: list[tuple[Path, str, bool]] = []

    def export(path: Path) -> None:  # as the modal "Kopie voor cliënt" dialog: done on return
        files = seal_paths_for(path)
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        seen.append((path, sha, files.manifest.exists() and files.signature.exists()))

    page.export_requested.connect(export)
    with qtbot.waitSignal(page.export_requested, timeout=30_000):
        page.export_button.click()
    ((path, sha, with_seal),) = seen
    assert path.name == "intake-familie.flac"
    assert sha == sealed_sha
    assert with_seal
    assert not path.exists()
    assert not path.parent.exists()  # no plaintext stays on the laptop
    decrypts = [e for e in events() if e["event"] == "decrypt"]
    assert decrypts[-1]["details"]["purpose"] == "export"


# ---------------------------------------------------------------------- playing


def test_enter_plays_the_slider_follows_and_pause_and_home_work(
    archived: dict[str, str], make_page: Any, qtbot: Any
) -> None:
    made = make_page([PASSPHRASE])
    page = made.page
    rid = archived["overleg-school"]  # 3.5 s
    page.select(rid)
    page.view.setFocus()
    with qtbot.waitSignal(page.playback_state_changed, timeout=30_000) as state:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert state.args == ["playing"]
    (stream,) = made.streams
    assert page.play_button.text() == "Pauze"
    assert events()[-1]["event"] == "play"

    def advanced_to(seconds: float) -> bool:
        stream.pump()
        return page.playback is not None and page.playback.position >= seconds * 48000

    qtbot.waitUntil(lambda: advanced_to(1.0), timeout=20_000)
    qtbot.waitUntil(lambda: page.position_slider.value() >= 1000, timeout=5_000)
    assert page.time_label.text() == "00:00:01 van 00:00:03"

    with qtbot.waitSignal(page.playback_state_changed) as state:
        page.play_button.click()
    assert state.args == ["paused"]
    assert not stream.active
    assert page.play_button.text() == "Afspelen"

    page.position_slider.setFocus()
    qtbot.keyClick(page.position_slider, Qt.Key.Key_Home)
    assert page.playback is not None and page.playback.position == 0
    qtbot.keyClick(page.position_slider, Qt.Key.Key_Right)  # 5 s on: past the end of 3.5 s
    assert page.playback.position == page.playback.frames

    with qtbot.waitSignal(page.playback_state_changed):
        page.play_button.click()  # at the end: from the start again
    assert page.playback.position == 0
    with qtbot.waitSignal(page.playback_state_changed, timeout=30_000) as state:
        qtbot.waitUntil(lambda: advanced_to(3.5) or not stream.active, timeout=30_000)
    assert state.args == ["ended"]
    played = np.concatenate(stream.played)
    assert np.abs(played).max() > 0.01  # the voice, not silence

    page.set_filters(search="intake")  # another recording chosen: the playback stops
    assert page.playback is None


def test_playing_a_damaged_recording_shows_the_error_naming_it(
    archived: dict[str, str], make_page: Any, qtbot: Any, dialogs: DialogRecorder
) -> None:
    rid = archived["evaluatie"]
    cipher = archive_dir() / "audio" / f"{rid}.flac.age"
    data = bytearray(cipher.read_bytes())
    data[-3000] ^= 0x01
    cipher.write_bytes(bytes(data))
    page = make_page([PASSPHRASE]).page
    page.select(rid)
    with qtbot.waitSignal(page.failed, timeout=30_000):
        page.play_button.click()
    (shown,) = dialogs.shown
    assert shown.title == "Een deel van een opname in het archief is beschadigd"
    assert "Opname: evaluatie.flac" in shown.plain
    assert f"of {rid} is damaged" in shown.details
    assert page.playback is None
    assert page.play_button.isEnabled() and page.play_button.text() == "Afspelen"


@pytest.mark.audio
def test_playback_on_a_real_output_device(
    archived: dict[str, str],
    virtual_mic_in_process: VirtualMic,
    qtbot: Any,
    dutch: None,
) -> None:
    page = ArchivePage(keys_factory=keys_without_keyring, policy_months=lambda: POLICY_MONTHS)
    page.passphrase_prompt = Prompt([PASSPHRASE])
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=20_000):
        page.show()
    page.select(archived["evaluatie"])  # 2.5 s
    try:
        with qtbot.waitSignal(page.playback_state_changed, timeout=30_000):
            page.play_button.click()
        playback = page.playback
        assert playback is not None and playback.playing
        qtbot.waitUntil(lambda: playback.position >= 0.5 * 48000, timeout=20_000)
        qtbot.waitUntil(lambda: page.position_slider.value() >= 500, timeout=5_000)
        page.pause_playback()
        assert not playback.playing
        page.seek_seconds(1.5)
        assert playback.position == 72000
        with qtbot.waitSignal(page.playback_state_changed, timeout=30_000) as state:
            page.play_button.click()
        assert state.args == ["playing"]
        with qtbot.waitSignal(page.playback_state_changed, timeout=30_000) as state:
            pass
        assert state.args == ["ended"]
        assert playback.position == playback.frames
        assert playback.error is None
    finally:
        page.stop_playback()
        wait_for_jobs()


# ---------------------------------------------------------------------- the passphrase dialog


def test_the_passphrase_dialog_hides_the_text_and_needs_some(qtbot: Any, dutch: None) -> None:
    dialog = PassphraseDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Wachtwoord van het archief"
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.field, "geheim")
    assert dialog.ok_button.isEnabled()
    assert dialog.passphrase() == "geheim"
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password


# ---------------------------------------------------------------------- 1366×768, names, keys


def test_the_page_fits_1366x768_with_names_and_a_tab_order(
    archived: dict[str, str], make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = make_window()
    page = ArchivePage(keys_factory=keys_without_keyring, policy_months=lambda: POLICY_MONTHS)
    window.pages.addTab(page, page.tr("Archive"))
    window.resize(SCREEN.width(), SCREEN.height() - TASKBAR)
    with qtbot.waitSignal(page.refreshed, timeout=20_000):
        window.pages.setCurrentWidget(page)
    for _ in range(3):
        QApplication.processEvents()
    available = QSize(SCREEN.width(), SCREEN.height() - TASKBAR)
    needed = minimum_size(window)
    assert needed.width() <= available.width() and needed.height() <= available.height()
    assert clipped_texts(window) == []
    assert unnamed_controls(page) == []
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    stops = tab_stops(page, window)
    page.search_field.setFocus()
    qtbot.waitUntil(page.search_field.hasFocus, timeout=5_000)
    reached = tab_through(window, qtbot, 2 * len(stops) + 4)
    assert [describe(w) for w in stops if w not in reached] == []
    page.stop_playback()
