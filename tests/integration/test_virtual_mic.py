"""The virtual microphone is real: PortAudio records exactly what the feeder writes.

These tests check the test fixtures themselves (``tests/conftest_audio.py``,
``tests/support/virtual_mic.py``, ``tests/support/speech.py``) and pin down how PortAudio (through
ALSA's ``pulse`` device) behaves when the microphone delivers nothing or disappears, which is what
the application's watchdog has to handle.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import psutil
import pytest

from tests.support.speech import make_speech, pink_noise, speech_program
from tests.support.virtual_mic import (
    DEAD_SOURCE,
    MIC_SOURCE,
    VirtualMic,
    align,
    apply_env,
    portaudio_reinit,
)

pytestmark = pytest.mark.audio

RATE = 48000
BLOCK = RATE // 100


def pulse_device_index() -> int:
    """Index of ALSA's ``pulse`` device, found by name (PortAudio must be initialised)."""
    import sounddevice as sd

    devices = sd.query_devices()
    for index, device in enumerate(devices):
        if device["name"] == "pulse" and device["max_input_channels"] > 0:
            return index
    raise AssertionError(f"no input device named 'pulse' in:\n{devices}")


class Capture:
    """Callback target that keeps every block and every status, and signals progress."""

    def __init__(self, frames_wanted: int) -> None:
        self.frames_wanted = frames_wanted
        self.blocks: list[np.ndarray] = []
        self.statuses: list[Any] = []
        self.frames = 0
        self.first = threading.Event()
        self.enough = threading.Event()
        self.finished = threading.Event()
        self.late = threading.Event()  # a callback after finished_callback

    def callback(self, indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        if self.finished.is_set():
            self.late.set()
        self.blocks.append(indata[:, 0].copy())
        self.statuses.append(status)
        self.frames += frames
        self.first.set()
        if self.frames >= self.frames_wanted:
            self.enough.set()

    def on_finished(self) -> None:
        self.finished.set()

    def samples(self) -> np.ndarray:
        return np.concatenate(self.blocks) if self.blocks else np.zeros(0, np.int16)


def open_pulse_stream(capture: Capture) -> Any:
    import sounddevice as sd

    return sd.InputStream(
        device=pulse_device_index(),
        samplerate=RATE,
        channels=1,
        dtype="int16",
        callback=capture.callback,
        finished_callback=capture.on_finished,
    )


def returns_within(action: Callable[[], object], timeout: float) -> bool:
    """Run ``action`` in a daemon thread; True if it returned (or raised) within ``timeout``."""
    done = threading.Event()

    def run() -> None:
        try:
            action()
        finally:
            done.set()

    threading.Thread(target=run, name="returns-within", daemon=True).start()
    return done.wait(timeout)


def connected_source_names(mic: VirtualMic) -> list[str]:
    """Names of the sources that recording streams are connected to right now (via pactl)."""
    sources = {
        line.split("\t")[0]: line.split("\t")[1]
        for line in mic.pactl("list", "short", "sources").stdout.splitlines()
    }
    outputs = mic.pactl("list", "short", "source-outputs").stdout.splitlines()
    return [sources.get(line.split("\t")[1], "?") for line in outputs if line.strip()]


# ---------------------------------------------------------------------------- speech


def test_speech_is_deterministic_and_never_digital_silence(tmp_path: Path) -> None:
    first = make_speech(
        "Goedemiddag, dit gesprek wordt opgenomen.", seed=5, cache_dir=tmp_path / "a"
    )
    again = make_speech(
        "Goedemiddag, dit gesprek wordt opgenomen.", seed=5, cache_dir=tmp_path / "b"
    )
    other = make_speech(
        "Goedemiddag, dit gesprek wordt opgenomen.", seed=6, cache_dir=tmp_path / "a"
    )
    assert first.dtype == np.int16
    assert first.ndim == 1
    assert first.size > RATE  # more than a second of speech
    assert np.array_equal(first, again)
    assert not np.array_equal(first, other)  # the noise floor follows the seed
    blocks = first[: first.size // BLOCK * BLOCK].reshape(-1, BLOCK)
    assert np.abs(blocks).max(axis=1).min() > 0, "a 10 ms block of exact digital silence"
    assert np.abs(first).max() > 3000  # there is speech, not only noise


def test_speech_program_length_pauses_and_levels(mic_program: np.ndarray) -> None:
    assert mic_program.dtype == np.int16
    assert mic_program.size == 30 * RATE
    levels = np.sqrt(np.mean(mic_program.reshape(-1, BLOCK).astype(np.float64) ** 2, axis=1))
    assert levels.min() > 0, "digital silence in the program"
    quiet = levels < 3 * np.median(levels[levels < np.percentile(levels, 20)])
    assert 0.05 < quiet.mean() < 0.7, f"pause fraction {quiet.mean():.2f}"


def test_missing_tools_name_the_debian_packages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(
        RuntimeError, match=r"apt-get install -y --no-install-recommends espeak-ng sox"
    ):
        make_speech("Hallo", seed=1, cache_dir=tmp_path)


def test_pink_noise_is_seeded() -> None:
    a = pink_noise(RATE, level=0.003, seed=1)
    assert np.array_equal(a, pink_noise(RATE, level=0.003, seed=1))
    assert np.sqrt(np.mean(a**2)) == pytest.approx(0.003)


# ---------------------------------------------------------------------------- the microphone


def test_records_what_the_feeder_plays(virtual_mic: VirtualMic) -> None:
    """~3 s recorded in-process through PortAudio match the fed program (after alignment)."""
    import sounddevice as sd

    capture = Capture(frames_wanted=3 * RATE)
    with apply_env(virtual_mic.env):
        portaudio_reinit()
        stream = open_pulse_stream(capture)
        started = time.time()
        stream.start()
        try:
            assert capture.enough.wait(15), f"only {capture.frames} frames arrived in 15 s"
        finally:
            stream.stop()
            stream.close()
        ended = time.time()
    print(f"devices: {sd.query_devices()} default={sd.default.device}")

    recording = capture.samples()
    overflows = [s for s in capture.statuses if s.input_overflow]
    assert not overflows, f"{len(overflows)} input overflows: {overflows[:5]}"
    assert not any(capture.statuses), {str(s) for s in capture.statuses if s}

    # Where in the looping program the recording sits: aligned against the whole program, not a
    # wall-clock window (PulseAudio may hand over what the pipe buffered before the stream began).
    program = virtual_mic.program
    assert program is not None
    lag, r = align(np.tile(program, 2 + recording.size // program.size), recording)
    print(f"recorded {recording.size} frames in {ended - started:.2f} s; lag {lag}; r = {r:.4f}")
    assert r >= 0.9
    assert np.abs(recording).max() > 1000, "recorded only the noise floor"


def test_dead_mic_delivers_no_callbacks(virtual_mic: VirtualMic) -> None:
    """``deadmic`` (a FIFO nobody writes) gives no data at all: not one callback in 2 s.

    The source is switched by setting ``PULSE_SOURCE`` in-process only, without re-initialising
    PortAudio: libpulse reads it when the stream connects. pactl shows which source the stream is
    really connected to, so the silence is not an open that went wrong.
    """
    capture = Capture(frames_wanted=1)
    with apply_env(virtual_mic.env):
        portaudio_reinit()
        with apply_env({"PULSE_SOURCE": DEAD_SOURCE}):
            stream = open_pulse_stream(capture)
            stream.start()
            try:
                assert connected_source_names(virtual_mic) == [DEAD_SOURCE]
                assert not capture.first.wait(2.0), f"{capture.frames} frames from a dead mic"
                assert stream.active
            finally:
                assert returns_within(stream.abort, 5.0), "abort() hung on a dead microphone"
                assert returns_within(stream.close, 5.0), "close() hung on a dead microphone"

        # And back to the live microphone, again without re-initialising PortAudio.
        live = Capture(frames_wanted=1)
        stream = open_pulse_stream(live)
        stream.start()
        try:
            assert live.first.wait(5.0), "no data from virtmic after switching back"
            assert connected_source_names(virtual_mic) == [MIC_SOURCE]
        finally:
            stream.abort()
            stream.close()


def test_no_server_means_no_input_devices(tmp_path: Path) -> None:
    """A fresh process whose PULSE_SERVER points nowhere sees no PulseAudio input device."""
    client_conf = tmp_path / "client.conf"
    client_conf.write_text("autospawn = no\n")
    env = {
        **os.environ,
        "XDG_RUNTIME_DIR": str(tmp_path),
        "PULSE_SERVER": f"unix:{tmp_path / 'no-such.sock'}",
        "PULSE_CLIENTCONFIG": str(client_conf),
    }
    code = (
        "import json, sounddevice as sd; "
        "print(json.dumps({'devices': [[d['name'], d['max_input_channels']] "
        "for d in sd.query_devices()], 'default': list(sd.default.device)}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    inputs = [name for name, channels in seen["devices"] if channels > 0]
    print(f"without a server: {seen}")
    assert "pulse" not in inputs
    if not _has_sound_card():
        assert inputs == []
        assert seen["default"] == [-1, -1]


def _has_sound_card() -> bool:
    try:
        cards = Path("/proc/asound/cards").read_text()
    except OSError:
        return False
    return "no soundcards" not in cards and cards.strip() != ""


def test_killed_server_ends_the_stream(fresh_virtual_mic: VirtualMic) -> None:
    """SIGKILL of the server mid-recording: callbacks stop, finished_callback fires, the stream is
    no longer active and abort()/close() return at once. No callback carries a status flag."""
    mic = fresh_virtual_mic
    capture = Capture(frames_wanted=RATE // 2)
    with apply_env(mic.env):
        portaudio_reinit()
        stream = open_pulse_stream(capture)
        stream.start()
        try:
            assert capture.enough.wait(10), "no recording before the kill"
            callbacks_before = len(capture.statuses)
            assert mic.feeder_running
            killed_at = time.monotonic()
            mic.kill_server()
            assert not mic.server_alive
            assert capture.finished.wait(5.0), "finished_callback did not fire"
            finished_after = time.monotonic() - killed_at
            # finished_callback may run a moment before the active flag drops.
            deadline = time.monotonic() + 2.0
            while stream.active and time.monotonic() < deadline:
                capture.late.wait(0.01)
            assert not stream.active
            print(
                f"finished_callback {finished_after * 1000:.1f} ms after the kill; "
                f"{len(capture.statuses) - callbacks_before} callbacks after it"
            )
            assert not capture.late.wait(0.5), "callbacks after finished_callback"
            assert not any(capture.statuses), {str(s) for s in capture.statuses if s}
        finally:
            assert returns_within(stream.abort, 5.0), "abort() hung after the server died"
            assert returns_within(stream.close, 5.0), "close() hung after the server died"
        portaudio_reinit()
        import sounddevice as sd

        assert sd.query_devices() == [] or all(d["name"] != "pulse" for d in sd.query_devices()), (
            "the dead server's device is still listed"
        )
    assert mic.feeder_error is None or isinstance(mic.feeder_error, BrokenPipeError)


def test_close_leaves_nothing_behind() -> None:
    me = psutil.Process()
    before = {p.pid for p in me.children(recursive=True)}
    with VirtualMic() as mic:
        mic.start_feeder(None)  # noise floor only
        pid = mic.pid
        run_dir = mic.run_dir
        assert pid is not None
        assert run_dir is not None
        assert psutil.pid_exists(pid)
        assert set(mic.env) >= {"XDG_RUNTIME_DIR", "PULSE_SERVER", "PULSE_SOURCE"}
        assert mic.env["PULSE_SOURCE"] == MIC_SOURCE
        assert mic.env_for(DEAD_SOURCE)["PULSE_SOURCE"] == DEAD_SOURCE
    assert not mic.server_alive
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    assert not run_dir.exists()
    assert {p.pid for p in me.children(recursive=True)} <= before
    assert not mic.feeder_running


def test_program_restarts_where_the_loop_says(tmp_path: Path, audio_seed: int) -> None:
    """``expected_between`` wraps around with ``loop``: fed content is known at any time."""
    program = speech_program(audio_seed, 1.0, tmp_path)
    with VirtualMic() as mic:
        mic.start_feeder(program, loop=True)
        assert mic.program_started.wait(5.0)
        assert mic.program_started_at is not None
        t0 = mic.program_started_at
        assert mic.program_index_at(t0) == 0
        assert mic.program_index_at(t0 + 1.5) == RATE // 2
        window = mic.expected_between(t0 + 0.75, t0 + 1.25)
        assert np.array_equal(window, np.concatenate([program[36000:], program[:12000]]))
