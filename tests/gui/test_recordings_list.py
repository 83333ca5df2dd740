"""The basic recordings list on real recordings made and sealed by the core.

Recordings come from the real engine on a generated voice delivered as fast as the writer takes
it (no real-time pacing), so each takes well under a second; the interrupted one is a microphone
that stops delivering, as an unplugged one does.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from opnamestudio.core import paths
from opnamestudio.core import recording as recording_module
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.recording import Recorder, RecordingInfo, RecordingSettings
from opnamestudio.core.seal import Seal
from opnamestudio.core.synth import BlockSource, speech_like_blocks
from opnamestudio.ui.jobs import wait_for_jobs
from opnamestudio.ui.recordings_list import (
    COLUMN_FILE,
    COLUMN_LENGTH,
    COLUMN_STARTED,
    COLUMN_STATE,
    STATES,
    RecordingsList,
    format_started,
    read_entry,
    scan_recordings,
    state_text,
)
from opnamestudio.ui.verify_page import VerifyPage


def record(output: Path, seconds: float, seed: int = 1) -> RecordingInfo:
    """A sealed recording of ``seconds`` of generated voice, made by the real engine."""
    source = BlockSource(speech_like_blocks(seconds, seed=seed))
    recorder = Recorder(RecordingSettings(output=output), source)
    recorder.start()
    assert source.done.wait(30)
    return recorder.stop()


def record_cut_off(output: Path, seconds: float) -> RecordingInfo:
    """A recording whose microphone stops delivering: sealed as interrupted."""
    source = BlockSource(speech_like_blocks(seconds, seed=7))
    recorder = Recorder(RecordingSettings(output=output, stall_timeout=0.3), source)
    recorder.start()
    deadline = time.monotonic() + 20
    while recorder.snapshot().fault is None:
        assert time.monotonic() < deadline, "the stalled microphone was not noticed"
        recorder.wait(0.05)
    with pytest.raises(OpnameError) as caught:
        recorder.stop()
    info = caught.value.recording
    assert isinstance(info, RecordingInfo)
    assert info.seal is not None
    return info


@pytest.fixture
def recordings() -> dict[str, Path]:
    """Three sealed recordings (one cut off), a file without a seal and one with a bad seal."""
    folder = paths.recordings_dir()
    made = {
        "short": record(folder / "gesprek-kort.flac", 1.0).path,
        "long": record(folder / "gesprek-lang.flac", 3.0, seed=2).path,
        "cut": record_cut_off(paths.recovered_dir() / "gesprek-afgebroken.flac", 2.0).path,
    }
    bare = folder / "los-bestand.wav"
    sf.write(bare, np.zeros(4800, dtype=np.int16), 48000, subtype="PCM_16")
    made["bare"] = bare
    broken = folder / "kapot.wav"
    sf.write(broken, np.zeros(4800, dtype=np.int16), 48000, subtype="PCM_16")
    broken.with_name("kapot.zegel.json").write_text("{ not a seal", encoding="utf-8")
    made["broken"] = broken
    # Things that are not recordings: a seal on its own, a file still being written, a note.
    (folder / "half.flac.partial").write_bytes(b"fLaC")
    (folder / "notitie.txt").write_text("x", encoding="utf-8")
    return made


@pytest.fixture
def listing(qtbot: Any, dutch: None) -> Iterator[RecordingsList]:
    widget = RecordingsList()
    qtbot.addWidget(widget)
    widget.setMinimumSize(640, 480)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    wait_for_jobs()


def refresh(qtbot: Any, widget: RecordingsList) -> None:
    with qtbot.waitSignal(widget.refreshed, timeout=20_000):
        widget.refresh()


def cell(widget: RecordingsList, row: int, column: int) -> str:
    return str(widget.proxy.index(row, column).data())


def test_an_empty_folder_shows_a_clear_dutch_empty_state(
    qtbot: Any, listing: RecordingsList
) -> None:
    refresh(qtbot, listing)
    assert listing.entries == []
    assert listing.stack.currentWidget() is listing.empty_label
    assert listing.empty_label.isVisible()
    assert listing.empty_label.text().startswith("Nog geen opnamen")
    assert not listing.verify_button.isEnabled()


def test_the_seal_files_say_the_state_date_and_length(recordings: dict[str, Path]) -> None:
    entries = {e.path: e for e in scan_recordings([paths.recordings_dir(), paths.recovered_dir()])}
    assert set(entries) == set(recordings.values())
    assert {name: entries[path].state for name, path in recordings.items()} == {
        "short": "sealed",
        "long": "sealed",
        "cut": "interrupted",
        "bare": "no-seal",
        "broken": "seal-damaged",
    }
    long = entries[recordings["long"]]
    assert long.duration == pytest.approx(3.0, abs=0.05)
    seal = Seal.from_file(long.seal or Path())
    started = datetime.fromisoformat(seal.data["timeline"]["started_utc"])
    assert long.started == started
    assert entries[recordings["bare"]].duration is None


def test_a_seal_without_its_signature_counts_as_damaged(recordings: dict[str, Path]) -> None:
    audio = recordings["short"]
    assert read_entry(audio).state == "sealed"
    audio.with_name("gesprek-kort.zegel.minisig").unlink()
    assert read_entry(audio).state == "seal-damaged"


def test_the_audio_is_never_read(
    recordings: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_decoding(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the list decoded audio")

    monkeypatch.setattr(sf, "read", no_decoding)
    monkeypatch.setattr(sf, "info", no_decoding)
    monkeypatch.setattr(sf, "SoundFile", no_decoding)
    entry = read_entry(recordings["long"])
    assert entry.state == "sealed"


def test_the_list_shows_newest_first_in_dutch(
    qtbot: Any, listing: RecordingsList, recordings: dict[str, Path]
) -> None:
    refresh(qtbot, listing)
    shown = listing.entries
    assert len(shown) == 5
    times = [e.started for e in shown]
    assert times == sorted(times, reverse=True)
    assert listing.stack.currentWidget() is listing.view
    # The most recent recording is chosen, so Enter or "Controleren" works at once.
    assert listing.current_path() == shown[0].path
    assert listing.verify_button.isEnabled()
    words = {cell(listing, row, COLUMN_STATE) for row in range(len(shown))}
    assert words == {"Verzegeld", "Afgebroken, verzegeld", "Geen zegel", "Zegel beschadigd"}
    headers = [listing.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Datum en tijd", "Duur", "Zegel", "Bestand"]
    row = next(r for r, e in enumerate(shown) if e.path == recordings["long"])
    assert cell(listing, row, COLUMN_LENGTH) == "00:00:03"
    assert cell(listing, row, COLUMN_FILE) == "gesprek-lang.flac"
    assert cell(listing, row, COLUMN_STARTED) == format_started(shown[row].started)


@pytest.mark.parametrize("column", [COLUMN_STARTED, COLUMN_LENGTH, COLUMN_STATE, COLUMN_FILE])
def test_every_column_sorts_by_its_value(
    qtbot: Any, listing: RecordingsList, recordings: dict[str, Path], column: int
) -> None:
    refresh(qtbot, listing)
    listing.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    entries = listing.entries
    keys = {
        COLUMN_STARTED: [e.started for e in entries],
        COLUMN_LENGTH: [e.duration if e.duration is not None else -1.0 for e in entries],
        COLUMN_STATE: [STATES.index(e.state) for e in entries],
        COLUMN_FILE: [e.path.name.lower() for e in entries],
    }[column]
    assert keys == sorted(keys)
    listing.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    down = {
        COLUMN_STARTED: [e.started.timestamp() for e in listing.entries],
        COLUMN_LENGTH: [e.duration or -1.0 for e in listing.entries],
        COLUMN_STATE: [STATES.index(e.state) for e in listing.entries],
        COLUMN_FILE: [e.path.name.lower() for e in listing.entries],
    }[column]
    assert down == sorted(down, reverse=True)


class _AMinuteLater:
    """The ``time`` module as seen a minute from now.

    The generated voice arrives faster than real time, so two recordings made in one test can get
    start times in either order; the second one here is made "a minute later" on purpose.
    """

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)

    @staticmethod
    def time() -> float:
        return time.time() + 60


def test_a_recording_made_later_appears_on_refresh_at_the_top(
    qtbot: Any, listing: RecordingsList, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = paths.recordings_dir()
    record(folder / "eerste.flac", 0.5)
    refresh(qtbot, listing)
    assert [e.path.name for e in listing.entries] == ["eerste.flac"]
    monkeypatch.setattr(recording_module, "time", _AMinuteLater())
    record(folder / "tweede.flac", 0.5, seed=3)
    refresh(qtbot, listing)
    assert [e.path.name for e in listing.entries] == ["tweede.flac", "eerste.flac"]


def test_coming_into_view_reads_the_folders_again(
    qtbot: Any, recordings: dict[str, Path], listing: RecordingsList
) -> None:
    # No refresh() call anywhere here: being shown is enough.
    qtbot.waitUntil(lambda: len(listing.entries) == 5, timeout=20_000)
    listing.hide()
    record(paths.recordings_dir() / "nieuw.flac", 0.5, seed=4)
    with qtbot.waitSignal(listing.refreshed, timeout=20_000):
        listing.show()
    assert "nieuw.flac" in [e.path.name for e in listing.entries]


def test_keyboard_alone_chooses_and_checks_a_recording(
    qtbot: Any, listing: RecordingsList, recordings: dict[str, Path]
) -> None:
    refresh(qtbot, listing)
    listing.view.setFocus()
    qtbot.waitUntil(listing.view.hasFocus)
    first = listing.current_path()
    qtbot.keyClick(listing.view, Qt.Key.Key_Down)
    second = listing.current_path()
    assert second is not None and second != first
    assert second == listing.entries[1].path
    with qtbot.waitSignal(listing.verify_requested) as requested:
        qtbot.keyClick(listing.view, Qt.Key.Key_Return)
    assert requested.args == [second]
    # Tab goes on to the buttons, in reading order.
    order = [listing.view]
    widget = listing.view
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [
        listing.view,
        listing.verify_button,
        listing.export_button,
        listing.folder_button,
        listing.refresh_button,
    ]


def test_the_check_button_and_a_double_click_ask_to_verify_that_file(
    qtbot: Any, listing: RecordingsList, recordings: dict[str, Path]
) -> None:
    refresh(qtbot, listing)
    assert listing.select_path(recordings["cut"])
    with qtbot.waitSignal(listing.verify_requested) as requested:
        qtbot.mouseClick(listing.verify_button, Qt.MouseButton.LeftButton)
    assert requested.args == [recordings["cut"]]
    row = next(r for r, e in enumerate(listing.entries) if e.path == recordings["bare"])
    index: QModelIndex = listing.proxy.index(row, COLUMN_FILE)
    with qtbot.waitSignal(listing.verify_requested) as requested:
        listing.view.activated.emit(index)
    assert requested.args == [recordings["bare"]]


def test_open_folder_opens_the_chosen_recordings_folder(
    qtbot: Any,
    listing: RecordingsList,
    recordings: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[str] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    listing.open_folder()  # nothing chosen yet: the recordings folder
    refresh(qtbot, listing)
    assert listing.select_path(recordings["cut"])
    listing.open_folder_action.trigger()
    assert [Path(p) for p in opened] == [paths.recordings_dir(), paths.recovered_dir()]


def test_controls_have_accessible_names_and_states_explain_themselves(
    qtbot: Any, listing: RecordingsList, recordings: dict[str, Path]
) -> None:
    refresh(qtbot, listing)
    assert listing.view.accessibleName() == "Opnamen"
    for button in (
        listing.verify_button,
        listing.export_button,
        listing.folder_button,
        listing.refresh_button,
    ):
        assert button.accessibleName() and button.text()
    for row in range(len(listing.entries)):
        state = listing.entries[row].state
        tip = listing.proxy.index(row, COLUMN_STATE).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == state_text(state)[1]
    assert "toestemming" not in listing.empty_label.text().lower()


def test_a_missing_folder_is_an_empty_list_not_an_error(
    qtbot: Any, dutch: None, tmp_path: Path
) -> None:
    widget = RecordingsList(folders=[tmp_path / "bestaat-niet"])
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.refresh()
    assert widget.entries == []
    assert widget.stack.currentWidget() is widget.empty_label
    wait_for_jobs()


def test_started_is_shown_in_local_time_day_first(dutch: None) -> None:
    moment = datetime(2026, 3, 5, 13, 7, tzinfo=timezone.utc)
    text = format_started(moment)
    local = moment.astimezone()
    assert text == f"{local:%d-%m-%Y %H:%M}"


def test_a_chosen_recording_checks_out_as_intact_in_controleren(
    qtbot: Any, recordings: dict[str, Path], listing: RecordingsList
) -> None:
    # The hand-over the main window wires: verify_requested -> VerifyPage.open_file.
    page = VerifyPage()
    qtbot.addWidget(page)
    listing.verify_requested.connect(page.open_file)
    qtbot.waitUntil(lambda: len(listing.entries) == 5, timeout=20_000)
    assert listing.select_path(recordings["long"])
    with qtbot.waitSignal(page.checked, timeout=60_000):
        listing.verify_button.click()
    assert page.result is not None
    assert (page.result.content, page.result.signer) == ("intact", "trusted")
