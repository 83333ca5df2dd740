"""A real-time recording from the virtual microphone while both cores are kept busy (DESIGN §10).

    python bench/bench_realtime_load.py [--seconds 600] [--load N] [--seed S]

A private PulseAudio server (``tests.support.virtual_mic.VirtualMic``) plays a looping stretch of
synthetic Dutch conversation (``tests.support.speech.speech_program``) through its FIFO-fed
microphone, in real time. ``opnamestudio record --device pulse --seconds N`` records it in a
subprocess, exactly as an administrator would, while N busy-loop processes (default: one per core)
keep every core at 100 %.

Printed: the input overflows the recorder counted (from the recording's info JSON in
``$OPNAMESTUDIO_HOME/recordings``), frames recorded against N x 48000, and whether the audio has a
gap: one-second windows at several points of the recording are located in the fed program (FFT
cross-correlation, ``tests.support.virtual_mic.align``); without lost blocks the position found
advances exactly as far as the windows are apart. Goals: zero overflows, zero lost blocks.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType

import numpy as np
import psutil
import soundfile as sf

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

RATE = 48000
BLOCK = 1024
#: Length of the looping program the microphone plays (as the test fixture's).
PROGRAM_SECONDS = 30.0
#: Seed of the synthetic speech (the test suite's default).
DEFAULT_SPEECH_SEED = 20240917
#: Length of the windows located in the program, and how many points are checked.
WINDOW = RATE
POINTS = 12
#: A window of a bit-exact capture correlates at 1.0; below this it was not found at all.
MIN_R = 0.99
BUSY_LOOP = "while True:\n    pass\n"


def _on_sigterm(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _death_signal_prefix() -> list[str]:
    """``setpriv --pdeathsig KILL``: a child dies with us, even if we are killed (Linux)."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "KILL", "--"] if setpriv and sys.platform == "linux" else []


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """End a child we started, by its PID, and reap it."""
    if proc.poll() is None:
        proc.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)


def _start_load(count: int) -> list[subprocess.Popen[bytes]]:
    procs: list[subprocess.Popen[bytes]] = []
    try:
        for _ in range(count):
            procs.append(
                subprocess.Popen(
                    [*_death_signal_prefix(), sys.executable, "-c", BUSY_LOOP],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
    except BaseException:
        for proc in procs:
            _stop(proc)
        raise
    return procs


def _continuity(
    program: np.ndarray, data: np.ndarray
) -> tuple[list[tuple[float, int, float, int]], int]:
    """Locate windows of ``data`` in the looping ``program``.

    Returns (position in s, lag in the program, r, frames skipped vs the first window) per point,
    and the lag of the first window.
    """
    from tests.support.virtual_mic import align

    period = program.size
    reference = np.tile(program, 2)  # any 1 s window of the loop lies whole inside two periods
    last = len(data) - WINDOW
    positions = sorted({round(last * k / (POINTS - 1)) for k in range(POINTS)})
    rows: list[tuple[float, int, float, int]] = []
    first_lag = 0
    for i, pos in enumerate(positions):
        lag, r = align(reference, data[pos : pos + WINDOW, 0])
        lag %= period
        if i == 0:
            first_lag = lag
            first_pos = pos
        expected = (first_lag + pos - first_pos) % period
        skipped = (lag - expected + period // 2) % period - period // 2
        rows.append((pos / RATE, lag, r, skipped))
    return rows, first_lag


def _bit_exact(program: np.ndarray, data: np.ndarray, first_lag: int) -> int:
    """How many samples of ``data`` equal the program played from ``first_lag`` onwards."""
    equal = 0
    period = program.size
    step = 1 << 20
    for start in range(0, len(data), step):
        idx = (first_lag + np.arange(start, min(len(data), start + step))) % period
        equal += int(np.count_nonzero(program[idx] == data[start : start + idx.size, 0]))
    return equal


def run(seconds: float, load: int, seed: int, work: Path) -> bool:
    """Record ``seconds`` under load in ``work``; True when every goal is met."""
    from tests.support.speech import speech_program
    from tests.support.virtual_mic import VirtualMic

    home = work / "home"
    out = work / "realtime.flac"
    with contextlib.redirect_stdout(io.StringIO()):
        program = speech_program(seed, PROGRAM_SECONDS, work / "speech-cache", rate=RATE)
    print(f"Microphone program: {PROGRAM_SECONDS:.0f} s of speech, seed {seed}, looping")

    mic = VirtualMic(base_dir=work)
    load_procs: list[subprocess.Popen[bytes]] = []
    recorder: subprocess.Popen[bytes] | None = None
    try:
        mic.start()
        mic.start_feeder(program, loop=True)
        env = {**os.environ, **mic.env, "OPNAMESTUDIO_HOME": str(home)}

        load_procs = _start_load(load)
        psutil.cpu_percent(percpu=True)  # starts the measuring interval
        time.sleep(1.0)  # let the load settle in before the recording starts
        print(f"Load: {load} busy-loop processes (PIDs {[p.pid for p in load_procs]})")

        usage_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        cmd = [sys.executable, "-m", "opnamestudio", "record", "--device", "pulse"]
        cmd += ["--seconds", f"{seconds:g}", str(out)]
        print(f"Recording: {' '.join(cmd[1:])}", flush=True)
        t0 = time.monotonic()
        recorder = subprocess.Popen(
            [*_death_signal_prefix(), *cmd],
            env=env,
            cwd=REPO,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        stdout, stderr = recorder.communicate(timeout=seconds + 120)
        wall = time.monotonic() - t0
        usage_after = resource.getrusage(resource.RUSAGE_CHILDREN)  # before the load is reaped
        cpu_percpu = psutil.cpu_percent(percpu=True)
    finally:
        if recorder is not None:
            _stop(recorder)
        for proc in load_procs:
            _stop(proc)
        mic.close()

    rec_cpu = (usage_after.ru_utime - usage_before.ru_utime) + (
        usage_after.ru_stime - usage_before.ru_stime
    )
    for line in stderr.decode(errors="replace").splitlines():
        print(f"  recorder: {line}")
    if recorder.returncode != 0:
        print(f"Recorder exited with status {recorder.returncode}: FAIL")
        return False
    print(
        f"Wall {wall:.1f} s; recorder CPU {rec_cpu:.1f} s ({100 * rec_cpu / wall:.1f} % of one "
        f"core); cores busy during the run: {', '.join(f'{c:.0f} %' for c in cpu_percpu)}"
    )

    infos = list((home / "info").glob("*.json"))
    if len(infos) != 1:
        print(f"Expected one recording info JSON, found {len(infos)}: FAIL")
        return False
    info = json.loads(infos[0].read_text("utf-8"))
    data, rate = sf.read(stdout.decode().strip() or str(out), dtype="int16", always_2d=True)
    expected = round(seconds * RATE)
    overflows = int(info["overflows"])
    missing = expected - int(info["frames"])

    print(f"Overflows: {overflows} (goal 0): {'PASS' if overflows == 0 else 'FAIL'}")
    print(
        f"Frames: {info['frames']} recorded (file: {len(data)} at {rate} Hz), {expected} expected "
        f"({seconds:g} s x {RATE}); missing {missing} ({-(-missing // BLOCK)} blocks)"
    )
    rows, first_lag = _continuity(program, data)
    print(f"Continuity: {WINDOW / RATE:.0f} s windows located in the fed program (period "
          f"{program.size} frames); the lag must advance exactly as the windows do")  # fmt: skip
    worst = 0
    weak = 0
    for pos, lag, r, skipped in rows:
        worst = max(worst, abs(skipped))
        weak += r < MIN_R
        print(f"  at {pos:8.2f} s: program lag {lag:8d}, r {r:.4f}, frames skipped {skipped:+d}")
    lost_blocks = -(-worst // BLOCK) + max(0, -(-missing // BLOCK))
    equal = _bit_exact(program, data, first_lag)
    print(
        f"Bit-exact check: {equal} of {len(data)} samples equal the fed program "
        f"({100 * equal / max(1, len(data)):.4f} %)"
    )
    gap_ok = worst == 0 and weak == 0 and missing == 0
    print(
        f"Lost blocks: {lost_blocks} (largest shift {worst} frames, {weak} windows not found; "
        f"goal 0): {'PASS' if gap_ok else 'FAIL'}"
    )
    ok = overflows == 0 and gap_ok and rate == RATE
    print(f"Result: {'PASS' if ok else 'FAIL'}")
    return ok


def main() -> int:
    """Parse the options, run in a temporary folder, always clean up."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=600.0, help="length (default 600)")
    parser.add_argument(
        "--load", type=int, default=os.cpu_count() or 2, help="busy processes (default: cores)"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SPEECH_SEED, help="speech seed")
    args = parser.parse_args()
    if args.seconds < 2 * WINDOW / RATE:
        parser.error("--seconds must be at least 2")
    signal.signal(signal.SIGTERM, _on_sigterm)
    work = Path(tempfile.mkdtemp(prefix="opnamestudio-bench-rt-"))
    print(f"bench_realtime_load: {args.seconds:g} s through the virtual microphone under load")
    try:
        ok = run(args.seconds, args.load, args.seed, work)
    except KeyboardInterrupt:
        print("bench_realtime_load: interrupted", file=sys.stderr)
        return 130
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
