"""Killing the recording process or pulling the power loses at most about one second of audio.

A subprocess records from the virtual microphone (a real PulseAudio device fed with speech) and
is SIGKILLed at random moments (seeded, printed). ``opnamestudio recover`` must turn each journal
into a file that plays (soundfile and the reference ``flac -t`` both accept it), marked as
interrupted, that holds all but at most one second of what was captured until the kill.

SIGKILL keeps what the process had written but not fsynced; a power loss does not. The power-loss
test therefore cuts the journal back to its length at an earlier fsync (and adds a torn record)
before recovering.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from opnamestudio.core.journal import JOURNAL_SUFFIX
from tests.support.virtual_mic import VirtualMic, align

pytestmark = pytest.mark.audio

KILLS = 10
RATE = 48000


def _seed() -> int:
    seed = int(
        os.environ.get("OPNAMESTUDIO_TEST_SEED", "0") or 0
    ) or random.SystemRandom().randrange(10**6)
    print(f"kill seed: {seed} (replay with OPNAMESTUDIO_TEST_SEED={seed})")
    return seed


def _env(mic: VirtualMic, home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(mic.env)
    env["OPNAMESTUDIO_HOME"] = str(home)
    return env


def _record_and_kill(cmd: list[str], env: dict[str, str], frames: int) -> tuple[Path, float]:
    """Start a recording process, SIGKILL it once its journal holds ``frames`` frames.

    The process prints its journal path as the last word of its first line (stderr for the CLI,
    stdout for record_child). Returns the journal and the wall-clock time of the kill.
    """
    with subprocess.Popen(
        cmd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    ) as proc:
        try:
            assert proc.stdout is not None and proc.stderr is not None
            stream = proc.stderr if "opnamestudio" in cmd else proc.stdout
            line = stream.readline()
            assert "journal" in line or line.startswith("ready "), line + proc.stderr.read()
            journal = Path(line.split()[-1])
            _wait_for_audio(journal, frames, proc)
            proc.send_signal(signal.SIGKILL)
            killed_at = time.time()
            proc.wait(10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return journal, killed_at


def _wait_for_audio(journal: Path, frames: int, proc: subprocess.Popen[str]) -> None:
    """Wait (bounded) until the journal holds about ``frames`` frames of audio."""
    deadline = time.monotonic() + 30
    target = frames * 2 + 2048  # 16-bit mono plus record headers: a lower bound is enough
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(
                f"recorder exited early: {proc.stderr.read() if proc.stderr else ''}"
            )
        if journal.exists() and journal.stat().st_size >= target:
            return
        time.sleep(0.005)  # polling the file, not timing the test
    raise AssertionError("the journal never grew: no audio reached the recorder")


def _start_utc(info_events: list[dict[str, object]]) -> float:
    start = next(e for e in info_events if e["kind"] == "start")
    return datetime.fromisoformat(str(start["utc"])).timestamp()


def _recover(env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "opnamestudio", "recover"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _plays(path: Path) -> np.ndarray:
    data, rate = sf.read(path, dtype="int16")
    assert rate == RATE
    check = subprocess.run(
        ["flac", "-t", "-s", str(path)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stderr
    return data


def test_sigkill_at_random_moments_loses_at_most_one_second(
    virtual_mic: VirtualMic, mic_program: np.ndarray, tmp_path: Path
) -> None:
    rng = random.Random(_seed())
    moments = [round(rng.uniform(0.2, 3.0), 3) for _ in range(KILLS)]
    print(f"kill moments (seconds of audio in the journal): {moments}")
    worst = 0.0
    for i, moment in enumerate(moments):
        home = tmp_path / f"home{i}"
        env = _env(virtual_mic, home)
        out = tmp_path / f"kill{i}.flac"
        cmd = [sys.executable, "-m", "opnamestudio", "record", "--seconds", "600"]
        cmd += ["--device", "pulse", str(out)]
        _journal, killed_at = _record_and_kill(cmd, env, int(moment * RATE))
        assert not out.exists(), "a killed recording must not look complete"
        report = _recover(env)
        assert f"recovered: {out}" in report, report
        data = _plays(out)
        info = _load_info(home)
        assert info["interruption"]["reason"] == "process-ended"
        assert info["recovered"] is True
        captured_until_kill = (killed_at - _start_utc(info["events"])) * RATE
        lost = (captured_until_kill - len(data)) / RATE
        worst = max(worst, lost)
        print(
            f"kill {i} at {moment:.3f} s of audio: "
            f"recovered {len(data) / RATE:.3f} s, lost {lost:.3f} s"
        )
        assert lost <= 1.0
        # The recovered audio is the microphone's speech, not noise or garbage.
        _lag, r = align(np.tile(mic_program, 2), data[: min(len(data), RATE)])
        assert r >= 0.9
        assert not list((home / "journals").glob(f"*{JOURNAL_SUFFIX}"))
    print(f"worst loss over {KILLS} kills: {worst:.3f} s")


def _load_info(home: Path) -> dict[str, object]:
    import json

    infos = list((home / "info").glob("*.json"))
    assert len(infos) == 1
    return json.loads(infos[0].read_text())  # type: ignore[no-any-return]


def test_power_loss_keeps_everything_up_to_the_last_fsync(
    virtual_mic: VirtualMic, tmp_path: Path
) -> None:
    rng = random.Random(_seed())
    home = tmp_path / "home"
    env = _env(virtual_mic, home)
    out = tmp_path / "power.flac"
    sync_log = tmp_path / "syncs.txt"
    cmd = [sys.executable, "-m", "tests.support.record_child", str(out), str(sync_log)]
    journal, _killed_at = _record_and_kill(cmd, env, 3 * RATE)
    syncs = [tuple(map(int, ln.split())) for ln in sync_log.read_text().splitlines() if ln.strip()]
    frames_at_sync = [f for _, f in syncs]
    gaps = np.diff([0, *frames_at_sync]) / RATE
    print(f"{len(syncs)} fsyncs, largest gap between them {gaps.max():.3f} s of audio")
    # A power loss falls back to the last fsync: at most about one second may be lost.
    assert gaps.max() <= 1.0
    full = journal.read_bytes()
    audio_syncs = [(length, frames) for length, frames in syncs if frames > 0]
    for length, frames in rng.sample(audio_syncs, min(4, len(audio_syncs))):
        # The disk as a power loss leaves it: the synced prefix, plus a torn, half-written record.
        torn = full[length : length + rng.randrange(1, 3000)]
        junk = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 64)))
        journal.write_bytes(full[:length] + torn[: len(torn) // 2] + junk)
        for leftover in list(tmp_path.glob("power*.flac")):
            leftover.unlink()
        report = _recover(env)
        assert "recovered:" in report, report
        data = _plays(out)
        print(f"cut back to fsync at {frames / RATE:.3f} s: recovered {len(data) / RATE:.3f} s")
        assert len(data) == frames
        for info in (home / "info").glob("*.json"):
            info.unlink()
