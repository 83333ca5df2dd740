"""The main window and its "Opnemen" page, on the real engine with a generated voice."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import soundfile as sf
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from opnamestudio.core import audit, paths
from opnamestudio.core.recording import RecordingInfo
from opnamestudio.core.session import session_path
from opnamestudio.ui.main_window import MainWindow
from opnamestudio.ui.widgets import LevelMeter, TimerLabel
from tests.gui.conftest import (
    VOICE_SEED,
    DialogRecorder,
    breaking_source_factory,
    crash_while_recording,
    fake_devices,
    prepare_a_conversation,
    quick_stall_settings,
    silent_source_factory,
    voice_source_factory,
)

MakeWindow = Callable[..., MainWindow]


def test_the_window_opens_in_dutch(make_window: MakeWindow) -> None:
    window = make_window()
    page = window.record_page
    assert window.windowTitle() == "OpnameStudio"
    assert page.start_button.text() == "Start opname"
    assert page.start_button.isEnabled()
    assert page.marker_button.text() == "Markering"
    assert not page.marker_button.isEnabled()
    assert page.status_label.text() == "Klaar om op te nemen."
    assert page.timer_label.text() == "00:00:00"
    assert page.form.device_combo.count() == 2
    assert page.form.device_combo.currentText() == "Ingebouwde microfoon (standaard)"
    assert page.form.name_edit.text().startswith("gesprek-")
    assert page.form.name_edit.text().endswith(".flac")
    assert Path(page.form.folder_edit.text()) == paths.recordings_dir()


def test_shortcuts_are_set_and_shown_in_the_tooltips(make_window: MakeWindow) -> None:
    page = make_window().record_page
    assert page.start_action.shortcut() == QKeySequence("Ctrl+R")
    assert page.stop_action.shortcut() == QKeySequence("Ctrl+.")
    assert page.marker_action.shortcut() == QKeySequence("M")
    assert page.start_button.toolTip() == "De opname starten (Ctrl+R)"
    assert page.marker_button.toolTip() == "Markeer dit moment in de opname (M)"


def test_every_control_has_an_accessible_name(make_window: MakeWindow) -> None:
    window = make_window()
    kinds = (QAbstractButton, QComboBox, QLineEdit, LevelMeter, TimerLabel)
    controls = [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, kinds) and not _inside_a_combo_box(widget)
    ]
    assert len(controls) >= 9
    unnamed = [type(w).__name__ + ":" + w.objectName() for w in controls if not w.accessibleName()]
    assert not unnamed


def _inside_a_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def test_no_microphone_shows_a_clear_empty_state(make_window: MakeWindow) -> None:
    page = make_window(device_lister=list).record_page
    assert page.form.no_device_label.isVisible()
    assert page.form.no_device_label.text() == "Geen microfoon gevonden"
    assert "Opnieuw zoeken" in page.form.no_device_help.text()
    assert not page.form.device_combo.isVisible()
    assert not page.start_button.isEnabled()
    assert not page.start_action.isEnabled()


def test_searching_again_finds_a_connected_microphone(make_window: MakeWindow) -> None:
    found: list[Any] = []

    def lister() -> list[Any]:
        return list(found)

    page = make_window(device_lister=lister).record_page
    assert not page.start_button.isEnabled()
    found.extend(fake_devices())
    page.form.refresh_button.click()
    assert page.form.device_combo.isVisible()
    assert not page.form.no_device_label.isVisible()
    assert page.start_button.isEnabled()


def test_record_a_generated_voice_through_the_real_engine(
    make_window: MakeWindow, dialogs: DialogRecorder, qtbot: Any
) -> None:
    print(f"voice seed {VOICE_SEED}")
    page = make_window(source_factory=voice_source_factory).record_page
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.state == "recording"
    assert page.start_button.text() == "Stop opname"
    assert page.live_label.isVisible()
    assert not page.form.name_edit.isEnabled()

    qtbot.waitUntil(lambda: page.meter.level() > 0.3)
    qtbot.waitUntil(lambda: page.timer_label.text() == "00:00:01", timeout=5_000)
    assert page.device_label.text() == "Microfoon: generated voice"
    assert page.disk_label.text().startswith("Ruimte op de schijf: nog ")

    qtbot.mouseClick(page.marker_button, Qt.MouseButton.LeftButton)
    assert page.status_label.text().startswith("Markering 1 gezet op 00:00:0")
    qtbot.waitUntil(lambda: page.timer_label.seconds() >= 2, timeout=5_000)

    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state == "idle", timeout=10_000)

    assert dialogs.shown == []
    status = page.status_label.text()
    assert status.startswith("De opname is bewaard:\n")
    path = Path(status.splitlines()[1])
    assert path.parent == paths.recordings_dir()
    assert path.name.startswith("gesprek-") and path.suffix == ".flac"
    data, samplerate = sf.read(path, dtype="int16")
    assert samplerate == 48000
    assert len(data) >= 2 * 48000
    assert abs(data).max() > 3000  # a voice, not silence
    [info_file] = [p for p in paths.info_dir().glob("*.json")]
    info = RecordingInfo.from_json(json.loads(info_file.read_text("utf-8")))
    assert info.path == path
    assert [e.kind for e in info.events] == ["start", "marker", "stop"]
    assert page.open_folder_button.isVisible()
    assert page.start_button.text() == "Start opname"
    assert page.form.name_edit.text() != path.name  # a fresh name for the next one
    assert page.timer_label.text() == "00:00:00"


def test_keyboard_starts_marks_and_stops(make_window: MakeWindow, qtbot: Any) -> None:
    window = make_window(source_factory=voice_source_factory)
    page = window.record_page
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.state == "recording"
    qtbot.waitUntil(lambda: page.timer_label.seconds() >= 1, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert page.status_label.text().startswith("Markering 1")
    qtbot.keyClick(window, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.state == "idle", timeout=10_000)
    assert page.status_label.text().startswith("De opname is bewaard:")


def test_a_microphone_without_data_gives_the_dutch_no_data_message(
    make_window: MakeWindow, dialogs: DialogRecorder, qtbot: Any
) -> None:
    page = make_window(
        source_factory=silent_source_factory, recording_settings_factory=quick_stall_settings
    ).record_page
    page.start_button.click()
    assert page.state == "recording"
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=10_000)
    [dialog] = dialogs.shown
    assert dialog.title == "De microfoon geeft geen geluid"
    assert "OpnameStudio krijgt er geen geluid van." in dialog.plain
    assert "Er is nog niets opgenomen." in dialog.plain
    assert "Kies een andere microfoon" in dialog.plain
    assert "no sound data" in dialog.details
    assert page.state == "idle"
    assert page.status_label.text() == "Klaar om op te nemen."
    assert not list(paths.recordings_dir().glob("*.flac*"))
    assert not list(paths.journal_dir().glob("*.osjournal"))


def test_a_microphone_lost_mid_recording_keeps_what_was_recorded(
    make_window: MakeWindow, dialogs: DialogRecorder, qtbot: Any
) -> None:
    page = make_window(
        source_factory=breaking_source_factory, recording_settings_factory=quick_stall_settings
    ).record_page
    page.start_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=10_000)
    [dialog] = dialogs.shown
    assert dialog.title == "De opname is onderbroken"
    status = page.status_label.text().splitlines()
    assert status[0] == "De opname tot de onderbreking is bewaard:"
    kept = Path(status[1])
    assert f"De opname tot dat moment is bewaard:\n{kept}" in dialog.plain
    assert "Sluit de microfoon opnieuw aan" in dialog.plain
    assert sf.info(kept).frames == int(1.5 * 48000)
    assert page.state == "idle"


def test_an_existing_file_name_gives_a_message_and_a_new_name(
    make_window: MakeWindow, dialogs: DialogRecorder
) -> None:
    page = make_window(source_factory=voice_source_factory).record_page
    taken = page.form.name_edit.text()
    (paths.recordings_dir() / taken).write_bytes(b"an earlier recording")
    page.start_button.click()
    assert page.state == "idle"
    [dialog] = dialogs.shown
    assert dialog.title == "Deze bestandsnaam bestaat al"
    assert "Er is nog niets opgenomen." in dialog.plain
    assert page.form.name_edit.text() != taken
    assert (paths.recordings_dir() / taken).read_bytes() == b"an earlier recording"


def test_an_unsafe_file_name_is_refused_on_the_spot(
    make_window: MakeWindow, dialogs: DialogRecorder
) -> None:
    page = make_window(source_factory=voice_source_factory).record_page
    page.form.name_edit.setText("CON")
    page.start_button.click()
    assert page.state == "idle"
    assert page.form.name_problem.isVisible()
    assert page.form.name_problem.text().startswith("Deze naam kan niet.")
    assert dialogs.shown == []


def test_the_name_field_refuses_forbidden_characters(make_window: MakeWindow, qtbot: Any) -> None:
    page = make_window().record_page
    page.form.name_edit.clear()
    qtbot.keyClicks(page.form.name_edit, 'ge:sp/re"k?')
    assert page.form.name_edit.text() == "gesprek"


def test_little_disk_space_is_a_warning(make_window: MakeWindow) -> None:
    page = make_window().record_page
    page.show_disk_time_left(3 * 3600)
    assert page.disk_label.text() == "Ruimte op de schijf: nog 3 uur en 0 min."
    assert not page.disk_label.property("low")
    page.show_disk_time_left(20 * 60)
    assert page.disk_label.text().startswith("Weinig ruimte op de schijf: nog 20 min.")
    assert page.disk_label.property("low")


def test_closing_while_recording_asks_and_can_keep_recording(
    make_window: MakeWindow, dialogs: DialogRecorder
) -> None:
    window = make_window(source_factory=voice_source_factory)
    window.record_page.start_button.click()
    dialogs.answer = "Doorgaan met opnemen"
    assert not window.close()
    assert dialogs.shown[-1].title == "Er loopt een opname"
    assert window.isVisible()
    assert window.record_page.state == "recording"


def test_closing_while_recording_can_stop_and_close(
    make_window: MakeWindow, dialogs: DialogRecorder, qtbot: Any
) -> None:
    window = make_window(source_factory=voice_source_factory)
    page = window.record_page
    page.start_button.click()
    qtbot.waitUntil(lambda: page.timer_label.seconds() >= 1, timeout=5_000)
    dialogs.answer = "Stoppen en sluiten"
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert page.state == "idle"
    assert page.status_label.text().startswith("De opname is bewaard:")


def test_a_crashed_recording_is_recovered_and_reported(
    make_window: MakeWindow, dialogs: DialogRecorder, qtbot: Any, tmp_path: Path
) -> None:
    output = tmp_path / "gesprek-afgebroken.flac"
    crash_while_recording(output)
    window = make_window()
    window.check_unfinished_recordings()
    qtbot.waitUntil(lambda: window.recovery_results is not None, timeout=10_000)
    [dialog] = dialogs.shown
    assert dialog.title == "Opname hersteld"
    assert dialog.plain.splitlines()[1:4] == [
        "Een opname werd onverwacht afgebroken. De opname tot dat moment is bewaard:",
        str(output),
        dialog.plain.splitlines()[3],
    ]
    assert dialog.plain.splitlines()[3].startswith("Lengte: 00:00:0")
    info, samplerate = sf.info(output), 48000
    assert info.samplerate == samplerate and info.frames >= samplerate


def test_nothing_to_recover_says_nothing(
    make_window: MakeWindow, dialogs: DialogRecorder, qtbot: Any
) -> None:
    window = make_window()
    window.check_unfinished_recordings()
    qtbot.waitUntil(lambda: window.recovery_results is not None, timeout=10_000)
    assert window.recovery_results == []
    assert dialogs.shown == []


def test_new_conversation_opens_the_flow_in_record_and_the_shortcuts_stay(
    make_window: MakeWindow, qtbot: Any
) -> None:
    window = make_window()
    tabs = window.pages
    page = window.record_page
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Opnemen",
        "Controleren",
        "Opnamen",
        "Archief",
    ]
    assert tabs.currentWidget() is page and page.showing_recording()
    assert window.new_button.text() == "Nieuw gesprek"
    assert window.new_button.toolTip() == "Een nieuw gesprek voorbereiden (Ctrl+N)"
    assert window.new_conversation_action.shortcut() == QKeySequence("Ctrl+N")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is page
    assert page.views.currentWidget() is window.flow
    assert window.flow.stack.currentWidget() is window.flow.prepare_page
    assert window.flow.prepare_page.organisation_edit.hasFocus()
    # The recording screen's keys rest while the form is shown: Ctrl+R starts nothing.
    assert not page.start_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.state == "idle"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is window.verify_page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is page and page.showing_recording()
    assert page.start_action.isEnabled()
    window.new_button.click()
    assert page.views.currentWidget() is window.flow


def test_new_conversation_while_recording_shows_the_recording(
    make_window: MakeWindow, qtbot: Any
) -> None:
    window = make_window(source_factory=voice_source_factory)
    window.record_page.start_button.click()
    assert window.record_page.state == "recording"
    window.show_verify_page()
    window.new_conversation()
    assert window.pages.currentWidget() is window.record_page
    assert window.record_page.state == "recording"


def test_when_only_the_client_records_the_app_records_nothing(
    make_window: MakeWindow, qtbot: Any
) -> None:
    window = make_window(source_factory=voice_source_factory)
    window.new_conversation()
    flow = window.flow
    page = flow.prepare_page
    page.organisation_edit.setText("Gemeente Voorbeeld")
    page.set_recorder("client")
    page.set_camera("no-camera")
    page.next_button.click()
    assert flow.stack.currentWidget() is flow.client_page
    assert window.record_page.state == "idle"
    session = flow.session
    assert session is not None and session.recorder == "client"
    saved = session_path(session.session_id)
    assert saved.read_bytes() == session.canonical_bytes()
    assert session.record_sha256()[:4] in flow.client_page.saved_label.text()
    assert flow.client_page.script_view.toPlainText().startswith("U neemt dit gesprek op.")
    assert not list(paths.recordings_dir().glob("*.flac"))
    flow.client_page.done_button.click()
    assert flow.stack.currentWidget() is flow.prepare_page
    assert page.organisation() != "Gemeente Voorbeeld", "a fresh form"


def test_a_start_that_fails_keeps_the_preparation(
    make_window: MakeWindow, dialogs: DialogRecorder, qtbot: Any
) -> None:
    window = make_window(device_lister=list, source_factory=None)
    prepare_a_conversation(window)
    assert [d.title for d in dialogs.shown] == ["Geen microfoon gevonden"]
    assert window.flow.stack.currentWidget() is window.flow.prepare_page
    assert window.record_page.state == "idle"


def test_new_conversation_during_the_agreements_goes_back_to_them(
    make_window: MakeWindow, dialogs: DialogRecorder, qtbot: Any
) -> None:
    window = make_window(source_factory=voice_source_factory)
    prepare_a_conversation(window)
    assert window.record_page.state == "recording"
    window.show_verify_page()
    window.new_conversation()
    assert window.record_page.views.currentWidget() is window.flow
    assert window.flow.stack.currentWidget() is window.flow.announce_page
    # Stopping at this step deletes what was recorded: nothing was agreed yet.
    dialogs.answer = "Stoppen en wissen"
    with qtbot.waitSignal(window.record_page.discarded, timeout=10_000):
        window.flow.announce_page.cancel_button.click()
    assert window.flow.stack.currentWidget() is window.flow.declined_page
    assert window.flow.declined_page.message.text() == (
        "De opname is gestopt en gewist. Er blijft niets van over."
    )
    assert not list(paths.recordings_dir().glob("*"))
    lines = [json.loads(line) for line in audit.log_path().read_text().splitlines()]
    assert [e["details"]["reason"] for e in lines if e["event"] == "recording-discarded"] == [
        "cancelled"
    ]


def test_the_menus_reach_copies_and_settings_by_keyboard(
    make_window: MakeWindow, qtbot: Any, monkeypatch: Any
) -> None:
    from opnamestudio.ui import documents, export_dialog, import_dialog, settings_dialog

    opened: list[str] = []
    monkeypatch.setattr(export_dialog, "choose_and_export", lambda parent: opened.append("export"))
    monkeypatch.setattr(import_dialog, "open_import_dialog", lambda parent: opened.append("import"))
    monkeypatch.setattr(documents, "open_leaflet_dialog", lambda parent: opened.append("leaflet"))
    monkeypatch.setattr(
        settings_dialog, "open_settings_dialog", lambda parent: opened.append("settings")
    )
    window = make_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Gesprek", "&Kopieën", "&Extra"]
    assert window.export_action.text() == "Kopie voor &cliënt…"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    window.leaflet_action.trigger()
    assert opened == ["export", "import", "settings", "leaflet"]


def test_the_recordings_list_checks_and_copies_the_chosen_recording(
    make_window: MakeWindow, qtbot: Any, monkeypatch: Any
) -> None:
    from opnamestudio.ui import export_dialog

    copied: list[Path] = []
    monkeypatch.setattr(
        export_dialog, "open_export_dialog", lambda parent, audio: copied.append(audio)
    )
    window = make_window(source_factory=voice_source_factory)
    page = window.record_page
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.timer_label.seconds() >= 1, timeout=10_000)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state == "idle", timeout=10_000)
    audio = Path(page.status_label.text().splitlines()[1])
    listing = window.recordings_list
    with qtbot.waitSignal(listing.refreshed, timeout=20_000):
        window.show_recordings_list()
        listing.refresh()
    assert listing.select_path(audio)
    assert listing.export_button.isEnabled()
    qtbot.mouseClick(listing.export_button, Qt.MouseButton.LeftButton)
    assert copied == [audio]
    with qtbot.waitSignal(window.verify_page.checked, timeout=60_000):
        qtbot.mouseClick(listing.verify_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.verify_page
    assert window.verify_page.result is not None
    assert window.verify_page.result.file == audio
    assert window.verify_page.result.content == "intact"


def test_nothing_records_before_the_conversation_is_announced(
    make_window: MakeWindow, qtbot: Any
) -> None:
    """DESIGN §2 rule 3: the app's "Opnemen" button and Ctrl+R open the conversation's
    preparation; they never start a recording by themselves."""
    window = make_window(source_factory=voice_source_factory, announce_first=True)
    page = window.record_page
    assert page.start_button.text() == "Nieuw gesprek"
    assert page.start_button.isEnabled()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.state == "idle"
    assert page.views.currentWidget() is window.flow
    assert window.flow.isVisible()
    assert not list(paths.recordings_dir().glob("*.flac"))
    window.show_record_page()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.state == "idle"
    assert page.views.currentWidget() is window.flow
    assert not list(paths.journal_dir().glob("*"))


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # the dialog
def test_a_recording_can_be_refused_before_anything_is_recorded(
    make_window: MakeWindow, qtbot: Any
) -> None:
    """Rule 1's path from Voorbereiden: the refusal record opens, and nothing records."""
    window = make_window(announce_first=True)
    window.new_conversation()
    prepare = window.flow.prepare_page
    assert prepare.refuse_button.text() == "Opname weigeren…"
    qtbot.mouseClick(prepare.refuse_button, Qt.MouseButton.LeftButton)
    dialog = window.flow.refusal_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert window.record_page.state == "idle"
    assert not list(paths.journal_dir().glob("*"))
    dialog.reject()


def test_ctrl_4_builds_the_archive_on_first_use_and_its_copies_go_to_the_export_dialog(
    make_window: MakeWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    assert window._archive_page is None  # not built before it is first shown
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.archive_page
    assert window.pages.currentWidget() is page
    assert window.pages.tabText(window.pages.indexOf(page)) == "Archief"
    opened: list[Path] = []

    def open_export_dialog(parent: Any, path: Path) -> None:
        opened.append(path)

    monkeypatch.setattr("opnamestudio.ui.export_dialog.open_export_dialog", open_export_dialog)
    page.export_requested.emit(Path("gesprek.flac"))
    assert opened == [Path("gesprek.flac")]
