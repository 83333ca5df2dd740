"""The whole conversation flow in the main window, recording through the real virtual microphone.

"Nieuw gesprek" → Voorbereiden → Aankondigen en afspraken (the recording starts, every
participant says akkoord) → Opnemen in the same recording (a marker, an announced pause) → stop
→ sealed. The seal is read back with the core's parser: it holds the agreement marks, the pause,
the marker and the session record's SHA-256. Also: a "niet akkoord" deletes the audio and logs
that; a microphone lost during the conversation gives the Dutch message and keeps the audio,
sealed.

The microphone is a private PulseAudio server fed through a FIFO by another process
(tests/support/virtual_mic.py), reached through PortAudio's ALSA "pulse" device.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import Qt

from opnamestudio.core import audit, paths
from opnamestudio.core.devices import list_input_devices
from opnamestudio.core.documents import find_session
from opnamestudio.core.orgsettings import OrgSettings, save_settings
from opnamestudio.core.recording import RecordingSettings
from opnamestudio.core.seal import Seal, seal_paths_for
from opnamestudio.core.session import AGREED, DECLINED, session_path
from opnamestudio.ui.main_window import MainWindow
from tests.gui.conftest import DialogRecorder
from tests.support.virtual_mic import VirtualMic, align, portaudio_reinit

pytestmark = [
    pytest.mark.audio,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

MakeWindow = Callable[..., MainWindow]
RATE = 48000
LEFT = Qt.MouseButton.LeftButton


def pulse_settings(output: Path, device: int | None) -> RecordingSettings:
    """The engine's defaults on PortAudio's ALSA "pulse" device (the virtual microphone)."""
    return RecordingSettings(output=output, device="pulse")


@pytest.fixture
def organisation() -> None:
    save_settings(OrgSettings(organisation="Jeugdzorg Voorbeeldstad", retention_months=12))


@pytest.fixture
def fresh_mic_in_process(
    fresh_virtual_mic: VirtualMic, monkeypatch: pytest.MonkeyPatch
) -> Iterator[VirtualMic]:
    """A microphone of this test only (it may be killed), reachable from this process."""
    for key, value in fresh_virtual_mic.env.items():
        monkeypatch.setenv(key, value)
    portaudio_reinit()
    try:
        yield fresh_virtual_mic
    finally:
        monkeypatch.undo()
        portaudio_reinit()


def open_window(make_window: MakeWindow) -> MainWindow:
    return make_window(
        device_lister=list_input_devices,
        recording_settings_factory=pulse_settings,
        announce_first=True,  # as the app is: the button asks for a conversation first
    )


def prepare_and_announce(window: MainWindow, qtbot: Any) -> None:
    """Ctrl+N, fill in Voorbereiden (medewerker, two parents), "Verder": the recording starts."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    flow = window.flow
    assert window.pages.currentWidget() is window.record_page
    assert window.record_page.views.currentWidget() is flow
    assert flow.stack.currentWidget() is flow.prepare_page
    assert flow.steps.step() == 1
    page = flow.prepare_page
    assert page.organisation() == "Jeugdzorg Voorbeeldstad"
    client = page.participant_rows[1]
    client.role_combo.setCurrentIndex(client.role_combo.findData("parent"))
    page.add_participant("parent")
    page.purpose_edit.setText("om de afspraken over de hulp later terug te luisteren")
    page.set_legal_basis("public-task")
    page.set_camera("not-at-home")
    qtbot.mouseClick(page.next_button, LEFT)
    assert flow.stack.currentWidget() is flow.announce_page, page.problem_text()
    assert flow.steps.step() == 2
    assert window.record_page.state == "recording"
    recorder = window.record_page.recorder
    assert recorder is not None
    assert recorder.snapshot().device == "pulse"
    qtbot.waitUntil(lambda: recorder.snapshot().frames > RATE // 2, timeout=10_000)


def agree_all(window: MainWindow, qtbot: Any) -> None:
    announce = window.flow.announce_page
    for button in announce.agree_buttons:
        qtbot.mouseClick(button, LEFT)
    with qtbot.waitSignal(window.flow.recording_continues, timeout=2000):
        qtbot.keyClick(announce.close_button, Qt.Key.Key_Space)  # the focus is on it


def frames_now(window: MainWindow) -> int:
    recorder = window.record_page.recorder
    assert recorder is not None
    return recorder.snapshot().frames


def wait_frames(window: MainWindow, qtbot: Any, more: int) -> None:
    target = frames_now(window) + more
    qtbot.waitUntil(lambda: frames_now(window) >= target, timeout=10_000)


def the_recording() -> Path:
    (audio,) = paths.recordings_dir().glob("*.flac")
    return audio


def test_the_whole_flow_ends_in_a_seal_with_agreements_pause_and_marker(
    virtual_mic_in_process: VirtualMic,
    mic_program: np.ndarray,
    organisation: None,
    make_window: MakeWindow,
    dialogs: DialogRecorder,
    qtbot: Any,
) -> None:
    window = open_window(make_window)
    prepare_and_announce(window, qtbot)
    session = window.flow.session
    assert session is not None
    agree_all(window, qtbot)
    page = window.record_page
    assert window.pages.currentWidget() is page
    assert page.showing_recording()
    assert page.state == "recording", "the same recording goes on into Opnemen"
    assert window.flow.steps.step() == 3
    assert page.steps_label.isVisible()
    assert "<b style='color:#1f2933'>3&nbsp;Opnemen</b>" in page.steps_label.text()

    wait_frames(window, qtbot, RATE // 2)
    qtbot.keyClick(page, Qt.Key.Key_M)
    assert page.status_label.text().startswith("Markering 1 gezet")
    wait_frames(window, qtbot, RATE // 4)
    qtbot.keyClick(page, Qt.Key.Key_P)
    dialog = page.pause_dialog
    assert dialog is not None
    dialog.set_reason("private")
    dialog.pause_button.click()
    qtbot.waitUntil(lambda: page.paused, timeout=2000)
    # Half a second of speech reaches the microphone during the pause; none of it is kept.
    fed = virtual_mic_in_process.frames_written + RATE // 2
    qtbot.waitUntil(lambda: virtual_mic_in_process.frames_written >= fed, timeout=5000)
    window.activateWindow()  # the pause question had the focus
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_P)
    assert not page.paused
    wait_frames(window, qtbot, RATE // 2)
    with qtbot.waitSignal(page.stopped, timeout=30_000):
        qtbot.mouseClick(page.start_button, LEFT)
    assert not dialogs.shown, [d.plain for d in dialogs.shown]
    assert window.flow.steps.step() == 4
    assert "<b style='color:#1f2933'>4&nbsp;Verzegelen</b>" in page.steps_label.text()

    audio = the_recording()
    seal = Seal.from_file(seal_paths_for(audio).manifest)
    assert page.seal_panel.sha256() == seal.audio["sha256"]
    assert page.seal_panel.audio() == audio, "on to the copy, the agreement and the receipt"
    assert page.seal_panel.export_button.isVisible() and page.seal_panel.export_button.isEnabled()
    assert page.seal_panel.export_button.hasFocus()
    assert hashlib.sha256(audio.read_bytes()).hexdigest() == seal.audio["sha256"]
    assert sf.info(str(audio)).frames == seal.frames
    # The session record the seal names is the file saved in Voorbereiden, byte for byte.
    record = session_path(session.session_id)
    assert seal.data["session"]["record_sha256"] == session.record_sha256()
    assert hashlib.sha256(record.read_bytes()).hexdigest() == session.record_sha256()
    assert find_session(seal.data["session"]["record_sha256"]) == session  # for the paper

    events = seal.data["timeline"]["events"]
    kinds = [e["kind"] for e in events]
    agreement = [e for e in events if e["kind"].startswith("agreement")]
    assert [(e["kind"], e["data"]) for e in agreement] == [
        ("agreement-start", {}),
        ("agreement", {"role": "professional", "answer": AGREED, "index": 0}),
        ("agreement", {"role": "parent", "answer": AGREED, "index": 1}),
        ("agreement", {"role": "parent", "answer": AGREED, "index": 2}),
        ("agreement-end", {"answer": AGREED}),
    ]
    assert kinds.index("agreement-end") < kinds.index("marker") < kinds.index("pause")
    assert kinds.index("pause") < kinds.index("resume") < kinds.index("stop")
    pause = next(e for e in events if e["kind"] == "pause")
    resume = next(e for e in events if e["kind"] == "resume")
    assert pause["data"] == {"reason": "private"}
    assert pause["frame"] == resume["frame"], "nothing of the pause is in the file"
    frames = [e["frame"] for e in events]
    assert frames == sorted(frames)
    assert agreement[0]["frame"] < RATE // 4, "the agreement segment opens the recording"
    assert agreement[-1]["frame"] >= RATE // 2
    # The microphone's speech is what the file holds (the part before the pause).
    data, _ = sf.read(str(audio), dtype="int16", always_2d=True)
    marker_frame = next(e["frame"] for e in events if e["kind"] == "marker")
    _, r = align(np.tile(mic_program, 2), data[:marker_frame, 0])
    assert r >= 0.9


def test_not_akkoord_stops_and_deletes_the_recording_and_logs_it(
    virtual_mic_in_process: VirtualMic,
    organisation: None,
    make_window: MakeWindow,
    dialogs: DialogRecorder,
    qtbot: Any,
) -> None:
    window = open_window(make_window)
    prepare_and_announce(window, qtbot)
    session = window.flow.session
    assert session is not None
    recorder = window.record_page.recorder
    assert recorder is not None
    announce = window.flow.announce_page
    qtbot.mouseClick(announce.agree_buttons[0], LEFT)
    dialogs.answer = "Stoppen en wissen"
    with qtbot.waitSignal(window.record_page.discarded, timeout=30_000) as deleted:
        qtbot.mouseClick(announce.decline_buttons[2], LEFT)
    assert deleted.args == [True]
    qtbot.waitUntil(lambda: window.record_page.state == "idle", timeout=5000)

    flow = window.flow
    assert flow.stack.currentWidget() is flow.declined_page
    assert "gestopt en gewist" in flow.declined_page.message.text()
    assert (
        "Een kort verslag van het gesprek op papier" in flow.declined_page.alternatives_label.text()
    )
    assert not list(paths.recordings_dir().iterdir()), "no audio, no seal, no partial file"
    assert not (paths.info_dir() / f"{recorder.recording_id}.json").exists()
    assert not list(paths.journal_dir().iterdir())
    lines = [json.loads(line) for line in audit.log_path().read_text().splitlines()]
    (entry,) = [e for e in lines if e["event"] == "recording-discarded"]
    assert entry["recording_id"] == recorder.recording_id
    assert entry["details"]["session_id"] == session.session_id
    assert entry["details"]["reason"] == DECLINED
    assert entry["details"]["frames"] > RATE // 2
    audit.verify_chain()
    assert window.record_page.status_label.text() == (
        "De opname is gestopt en gewist. Er blijft niets van over."
    )
    assert [d.title for d in dialogs.shown] == ["Niet akkoord"]

    # Rule 1's record is one click away, with the alternatives that fit already ticked.
    qtbot.mouseClick(flow.declined_page.refuse_button, LEFT)
    refusal = flow.refusal_dialog
    assert refusal is not None
    assert refusal.alternative_checks["written-summary"].isChecked()
    refusal.close()


def test_a_microphone_lost_mid_conversation_keeps_the_audio_sealed(
    fresh_mic_in_process: VirtualMic,
    organisation: None,
    make_window: MakeWindow,
    dialogs: DialogRecorder,
    qtbot: Any,
) -> None:
    window = open_window(make_window)
    prepare_and_announce(window, qtbot)
    session = window.flow.session
    assert session is not None
    agree_all(window, qtbot)
    wait_frames(window, qtbot, RATE // 2)
    fresh_mic_in_process.kill_server()
    qtbot.waitUntil(lambda: window.record_page.state == "idle", timeout=20_000)
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=5000)

    (dialog,) = dialogs.shown
    assert dialog.title == "De opname is onderbroken"
    audio = the_recording()
    assert f"De opname tot dat moment is bewaard:\n{audio}" in dialog.plain
    seal = Seal.from_file(seal_paths_for(audio).manifest)
    assert seal.data["timeline"]["interruption"]["reason"] == "device-lost"
    assert seal.data["session"]["record_sha256"] == session.record_sha256()
    kinds = [e["kind"] for e in seal.data["timeline"]["events"]]
    assert kinds.count("agreement") == 3
    assert (
        kinds.index("agreement-start") < kinds.index("agreement-end") < kinds.index("interrupted")
    )
    assert hashlib.sha256(audio.read_bytes()).hexdigest() == seal.audio["sha256"]
    assert sf.info(str(audio)).frames == seal.frames > RATE
    assert window.record_page.seal_panel.sha256() == seal.audio["sha256"]
    assert window.flow.stack.currentWidget() is window.flow.running_page
