"""Faults while recording: each gives a specific error that says what to do, and keeps the audio.

Real parts throughout: the `opnamestudio record` command in a subprocess, the virtual microphone
(a real PulseAudio server; killed to lose the device), a pipe source nobody feeds (a microphone that
delivers no data), and small tmpfs mounts (a full disk, a read-only folder).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from opnamestudio.core import paths
from opnamestudio.core.errors import DiskFullError
from opnamestudio.core.recording import Recorder, RecordingSettings
from opnamestudio.core.recover import recover_all
from opnamestudio.core.synth import BlockSource, speech_like_blocks
from tests.support.mounts import fill_to, require_root, tmpfs
from tests.support.virtual_mic import VirtualMic, align

pytestmark = pytest.mark.audio

RATE = 48000


def _cli(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "opnamestudio", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _env(extra: dict[str, str], home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(extra)
    env["OPNAMESTUDIO_HOME"] = str(home)
    return env


def test_no_input_device_at_all(tmp_path: Path, opnamestudio_home: Path) -> None:
    env = _env({"PULSE_SERVER": f"unix:{tmp_path}/no-such.sock"}, opnamestudio_home)
    env["PULSE_CLIENTCONFIG"] = str(tmp_path / "client.conf")
    (tmp_path / "client.conf").write_text("autospawn = no\n")
    devices = _cli("devices", env=env)
    assert devices.returncode == 1
    assert "No microphone found" in devices.stdout
    result = _cli(
        "record", "--seconds", "1", "--device", "pulse", str(tmp_path / "x.flac"), env=env
    )
    assert result.returncode == 2
    assert result.stderr.startswith("opnamestudio: No ")
    assert "Connect a microphone" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, "one line, no traceback"
    assert not (tmp_path / "x.flac").exists()


def test_device_that_delivers_no_data_is_noticed_within_five_seconds(
    virtual_mic: VirtualMic, tmp_path: Path, opnamestudio_home: Path
) -> None:
    env = _env(virtual_mic.env_for("deadmic"), opnamestudio_home)
    started = time.monotonic()
    result = _cli(
        "record", "--seconds", "60", "--device", "pulse", str(tmp_path / "x.flac"), env=env
    )
    elapsed = time.monotonic() - started
    print(f"reported after {elapsed:.2f} s: {result.stderr.strip()}")
    assert result.returncode == 2
    assert "delivers no sound data" in result.stderr
    assert "Choose another microphone" in result.stderr
    # Noticed, not waited on: the 60 s recording ended long before its time (3 s watchdog).
    assert elapsed < 10


def test_device_lost_mid_recording_keeps_the_audio_so_far(
    fresh_virtual_mic: VirtualMic, mic_program: np.ndarray, tmp_path: Path, opnamestudio_home: Path
) -> None:
    env = _env(fresh_virtual_mic.env, opnamestudio_home)
    out = tmp_path / "lost.flac"
    with subprocess.Popen(
        [
            sys.executable,
            "-m",
            "opnamestudio",
            "record",
            "--seconds",
            "600",
            "--device",
            "pulse",
            str(out),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stderr is not None
            journal = Path(proc.stderr.readline().split()[-1])
            deadline = time.monotonic() + 30
            while not (journal.exists() and journal.stat().st_size > 2 * RATE * 2):
                assert time.monotonic() < deadline, "no audio arrived"
                time.sleep(0.01)  # polling the journal, not timing the test
            fresh_virtual_mic.kill_server()
            _stdout, stderr = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    print(stderr)
    assert proc.returncode == 2
    assert "stopped working" in stderr or "stopped delivering" in stderr
    assert "recording up to this moment is kept" in stderr
    assert f"(kept: {out})" in stderr
    data, rate = sf.read(out, dtype="int16")
    # The journal held about 2 s (record headers included) when the server was killed.
    assert rate == RATE and len(data) >= 1.5 * RATE
    _lag, r = align(np.tile(mic_program, 2), data[:RATE])
    assert r >= 0.9
    assert not list(paths.journal_dir().iterdir()), "closed properly: no journal left"


def test_output_folder_not_writable(
    tmp_path: Path, virtual_mic: VirtualMic, opnamestudio_home: Path
) -> None:
    require_root()
    with tmpfs(tmp_path / "ro", "100M", read_only=True) as folder:
        env = _env(virtual_mic.env, opnamestudio_home)
        result = _cli(
            "record", "--seconds", "1", "--device", "pulse", str(folder / "x.flac"), env=env
        )
    assert result.returncode == 2
    assert "You may not write in the folder" in result.stderr
    assert "Choose a folder you may write to" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_disk_nearly_full_stops_in_time_and_keeps_a_complete_file(
    tmp_path: Path, virtual_mic: VirtualMic
) -> None:
    require_root()
    with tmpfs(tmp_path / "small", "40M") as disk:
        home = disk / "home"
        env = _env(virtual_mic.env, home)
        fill_to(disk, 32 * 1024 * 1024 + 400 * 1024)
        out = disk / "full.flac"
        result = _cli("record", "--seconds", "120", "--device", "pulse", str(out), env=env)
        print(result.stderr)
        assert result.returncode == 2
        assert "The disk is nearly full" in result.stderr
        assert "Free up disk space" in result.stderr
        data, _ = sf.read(out, dtype="int16")
        assert len(data) > RATE // 2
        assert not list((home / "journals").iterdir())


def test_disk_full_without_warning_keeps_the_audio_for_recovery(tmp_path: Path) -> None:
    """The hard case: the disk fills faster than the free-space check (another program wrote)."""
    require_root()
    with tmpfs(tmp_path / "tiny", "3M") as disk:
        out = disk / "hard.flac"
        os.environ["OPNAMESTUDIO_HOME"] = str(tmp_path / "home-elsewhere")
        blocks = list(speech_like_blocks(60, seed=3))
        source = BlockSource(iter(blocks), realtime=False)
        rec = Recorder(RecordingSettings(output=out, min_free_bytes=0), source=source)
        rec.start()
        assert rec.wait(60), "the full disk was not noticed"
        with pytest.raises(DiskFullError) as err:
            rec.stop()
        print(err.value.one_line())
        # Nothing that looks complete is wrong: no final name on a file the disk cut short.
        assert not out.exists() or err.value.recording is not None
        if err.value.recording is not None:
            data, _ = sf.read(err.value.recording.path, dtype="int16")
            assert np.array_equal(data, np.concatenate(blocks)[: len(data), 0])
            return
        results = recover_all()
        assert len(results) == 1 and results[0].info is not None, results
        # Still no room on the small disk: the recovered file goes to the data folder instead.
        assert results[0].info.path.parent == paths.recovered_dir()
        data, _ = sf.read(results[0].info.path, dtype="int16")
        assert len(data) > RATE
        assert np.array_equal(data, np.concatenate(blocks)[: len(data), 0])
