"""Recording through a real device: the virtual microphone's speech ends up in the file.

PortAudio opens the ALSA `pulse` device of a private PulseAudio server whose pipe source plays
espeak-ng speech (made less clean with sox: reverb, noise floor, level changes).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from opnamestudio.core import devices
from opnamestudio.core.recording import Recorder, RecordingSettings
from tests.support.virtual_mic import VirtualMic, align

pytestmark = pytest.mark.audio

RATE = 48000


def _cli(mic: VirtualMic, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(mic.env)
    env["OPNAMESTUDIO_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "opnamestudio", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_devices_lists_the_virtual_microphone(virtual_mic: VirtualMic, tmp_path: Path) -> None:
    result = _cli(virtual_mic, tmp_path, "devices")
    assert result.returncode == 0, result.stderr
    assert "pulse" in result.stdout
    listed = json.loads(_cli(virtual_mic, tmp_path, "devices", "--json").stdout)
    assert any(d["name"] == "pulse" and d["max_input_channels"] >= 1 for d in listed)


@pytest.mark.parametrize(
    ("fmt", "channels"), [("flac", 1), ("wav", 1), ("flac", 2)], ids=["flac", "wav", "stereo"]
)
def test_recorded_file_contains_the_spoken_words(
    virtual_mic: VirtualMic,
    mic_program: np.ndarray,
    tmp_path: Path,
    opnamestudio_home: Path,
    fmt: str,
    channels: int,
) -> None:
    out = tmp_path / f"gesprek.{fmt}"
    result = _cli(
        virtual_mic,
        opnamestudio_home,
        "record",
        "--seconds",
        "3",
        "--device",
        "pulse",
        "--format",
        fmt,
        "--channels",
        str(channels),
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    info = sf.info(str(out))
    assert (info.format, info.samplerate, info.channels, info.frames) == (
        fmt.upper(),
        RATE,
        channels,
        3 * RATE,
    )
    data, _ = sf.read(out, dtype="int16", always_2d=True)
    assert np.any(data != 0)
    lag, r = align(np.tile(mic_program, 2), data[:, 0])
    print(f"{fmt}/{channels}ch: matched the program at {lag / RATE:.3f} s with r = {r:.4f}")
    assert r >= 0.9
    (saved,) = (opnamestudio_home / "info").glob("*.json")
    meta = json.loads(saved.read_text())
    assert meta["overflows"] == 0
    assert meta["device"] == "pulse"
    assert meta["frames"] == 3 * RATE


def test_device_refusing_48k_records_at_its_own_rate(
    virtual_mic_in_process: VirtualMic, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PulseAudio resamples anything, so the refusal is simulated; the stream itself is real."""
    sd = devices._sd()
    real_check = sd.check_input_settings

    def refuse_48k(**kwargs: object) -> None:
        if kwargs.get("samplerate") == 48000:
            raise sd.PortAudioError("Invalid sample rate")
        real_check(**kwargs)

    monkeypatch.setattr(sd, "check_input_settings", refuse_48k)
    native = int(devices.resolve_device("pulse").default_samplerate)
    assert native != 48000
    rec = Recorder(RecordingSettings(output=tmp_path / "r.flac", device="pulse"))
    rec.start()
    rec.set_frame_target(native)
    assert rec.wait(20)
    info = rec.stop()
    assert (info.samplerate, info.requested_samplerate) == (native, 48000)
    assert sf.info(str(info.path)).samplerate == native


def test_record_with_archive_leaves_no_plaintext_and_the_archive_holds_the_speech(
    virtual_mic: VirtualMic, mic_program: np.ndarray, tmp_path: Path, opnamestudio_home: Path
) -> None:
    from tests.support.archive import new_archive

    recovery_file = tmp_path / "stick" / "herstelsleutel.txt"
    new_archive(opnamestudio_home, recovery_file)[0].close()
    out = tmp_path / "gesprek.flac"
    args = ("record", "--seconds", "2", "--device", "pulse", "--archive", str(out))
    result = _cli(virtual_mic, opnamestudio_home, *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("archived: "), result.stdout
    recording_id = result.stdout.split()[1].rstrip(";")
    assert not out.exists()
    assert not list(tmp_path.glob("gesprek*.flac*"))
    decrypted = tmp_path / "decrypted.flac"
    archived = opnamestudio_home / "archive" / "audio" / f"{recording_id}.flac.age"
    subprocess.run(
        ["age", "-d", "-i", str(recovery_file), "-o", str(decrypted), str(archived)], check=True
    )
    data, _ = sf.read(decrypted, dtype="int16")
    assert len(data) == 2 * RATE
    _lag, r = align(np.tile(mic_program, 2), data)
    assert r >= 0.9


def test_record_with_archive_but_no_keys_keeps_the_file_and_says_why(
    virtual_mic: VirtualMic, tmp_path: Path, opnamestudio_home: Path
) -> None:
    out = tmp_path / "gesprek.flac"
    args = ("record", "--seconds", "1", "--device", "pulse", "--archive", str(out))
    result = _cli(virtual_mic, opnamestudio_home, *args)
    assert result.returncode == 2
    assert "not archived: the archive has no keys yet" in result.stderr
    assert out.exists()
