"""The crash soak: SIGKILL a real recording at many random moments and recover it each time.

    python bench/soak_kill.py [--kills 200] [--seed S] [--speech-seed S]

The kill test of ``tests/integration/test_crash_recovery.py`` at many more moments. For each
kill: ``python -m opnamestudio record --device pulse --seconds 600 OUT`` records from the virtual
microphone (a private PulseAudio server playing looping synthetic speech); once its journal holds
a random amount of audio (0.2-5 s, seeded; the seed is printed) the process gets SIGKILL;
``python -m opnamestudio recover`` must turn the journal into OUT, which must play (soundfile reads
it, the reference decoder ``flac -t`` accepts it), be marked interrupted and recovered, hold the
microphone's speech, and lack at most one second of what was captured until the kill
(DESIGN §4). Lost seconds are computed as in the test: (kill time - start of the recording, from
the start event's UTC) x rate - recovered frames, over the rate.

Printed: one line per kill, then the worst loss, the mean loss and how many kills lost more than
1 s (goal: 0). Exit status 0 only when every kill passed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import Any

import numpy as np
import soundfile as sf

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

RATE = 48000
PROGRAM_SECONDS = 30.0
DEFAULT_SPEECH_SEED = 20240917
MIN_MOMENT = 0.2
MAX_MOMENT = 5.0
MAX_LOSS = 1.0
#: Recovered audio must correlate with the microphone's program at least this well.
MIN_R = 0.9
JOURNAL_SUFFIX = ".osjournal"


class KillFailed(Exception):
    """One kill did not end in a good recovery (the message says what went wrong)."""


def _on_sigterm(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _death_signal_prefix() -> list[str]:
    """``setpriv --pdeathsig KILL``: a child dies with us, even if we are killed (Linux)."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "KILL", "--"] if setpriv and sys.platform == "linux" else []


def _read_line(proc: subprocess.Popen[bytes], timeout: float) -> str:
    """The first line of the child's stderr, waiting at most ``timeout`` seconds."""
    assert proc.stderr is not None
    fd = proc.stderr.fileno()
    data = b""
    deadline = time.monotonic() + timeout
    while b"\n" not in data:
        left = deadline - time.monotonic()
        if left <= 0:
            raise KillFailed(f"the recorder printed no journal line within {timeout:.0f} s")
        ready, _, _ = select.select([fd], [], [], min(left, 0.5))
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:
                raise KillFailed(f"the recorder exited before recording: {data.decode()!r}")
            data += chunk
    return data.decode(errors="replace").splitlines()[0]


def _wait_for_audio(journal: Path, frames: int, proc: subprocess.Popen[bytes]) -> None:
    """Wait (bounded) until the journal holds about ``frames`` frames of audio, as the test does."""
    deadline = time.monotonic() + 30
    target = frames * 2 + 2048  # 16-bit mono plus record headers: a lower bound is enough
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise KillFailed(f"the recorder exited early with status {proc.returncode}")
        if journal.exists() and journal.stat().st_size >= target:
            return
        time.sleep(0.005)
    raise KillFailed("the journal never grew: no audio reached the recorder")


def _record_and_kill(cmd: list[str], env: dict[str, str], frames: int) -> float:
    """Start the recorder, SIGKILL it once the journal holds ``frames``; the time of the kill."""
    proc = subprocess.Popen(
        [*_death_signal_prefix(), *cmd],
        env=env,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        line = _read_line(proc, 30)
        if "journal" not in line:
            raise KillFailed(f"unexpected first line from the recorder: {line!r}")
        journal = Path(line.split()[-1])
        _wait_for_audio(journal, frames, proc)
        proc.send_signal(signal.SIGKILL)
        killed_at = time.time()
        proc.wait(10)
        return killed_at
    finally:
        if proc.poll() is None:
            proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(10)
        if proc.stderr is not None:
            proc.stderr.close()


def _recover(env: dict[str, str]) -> str:
    result = subprocess.run(
        [*_death_signal_prefix(), sys.executable, "-m", "opnamestudio", "recover"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        raise KillFailed(f"recover failed ({result.returncode}): {result.stdout}{result.stderr}")
    return result.stdout


def _plays(path: Path) -> np.ndarray:
    data, rate = sf.read(path, dtype="int16")
    if rate != RATE:
        raise KillFailed(f"recovered file has rate {rate}")
    check = subprocess.run(
        ["flac", "-t", "-s", str(path)], capture_output=True, text=True, check=False
    )
    if check.returncode != 0:
        raise KillFailed(f"flac -t rejects the recovered file: {check.stderr.strip()}")
    return np.asarray(data)


def _load_info(home: Path) -> dict[str, Any]:
    infos = list((home / "info").glob("*.json"))
    if len(infos) != 1:
        raise KillFailed(f"expected one recording info, found {len(infos)}")
    value = json.loads(infos[0].read_text("utf-8"))
    assert isinstance(value, dict)
    return value


def _start_utc(events: list[dict[str, Any]]) -> float:
    start = next((e for e in events if e["kind"] == "start"), None)
    if start is None:
        raise KillFailed("the recovered recording has no start event")
    return datetime.fromisoformat(str(start["utc"])).timestamp()


def _one_kill(
    index: int, moment: float, work: Path, base_env: dict[str, str], reference: np.ndarray
) -> tuple[float, float, float]:
    """Record, kill, recover, check; returns (recovered seconds, lost seconds, r)."""
    from tests.support.virtual_mic import align

    folder = work / f"kill{index}"
    home = folder / "home"
    out = folder / "kill.flac"
    folder.mkdir()
    env = {**base_env, "OPNAMESTUDIO_HOME": str(home)}
    cmd = [sys.executable, "-m", "opnamestudio", "record", "--seconds", "600"]
    cmd += ["--device", "pulse", str(out)]
    try:
        killed_at = _record_and_kill(cmd, env, int(moment * RATE))
        if out.exists():
            raise KillFailed("a killed recording looks complete")
        report = _recover(env)
        if f"recovered: {out}" not in report:
            raise KillFailed(f"recover did not recover {out}: {report.strip()!r}")
        data = _plays(out)
        info = _load_info(home)
        interruption = info.get("interruption") or {}
        if interruption.get("reason") != "process-ended" or info.get("recovered") is not True:
            raise KillFailed(f"not marked as an interrupted, recovered recording: {interruption}")
        captured_until_kill = (killed_at - _start_utc(info["events"])) * RATE
        lost = (captured_until_kill - len(data)) / RATE
        _lag, r = align(reference, data[: min(len(data), RATE)])
        if r < MIN_R:
            raise KillFailed(f"the recovered audio is not the microphone's speech (r {r:.3f})")
        if list((home / "journals").glob(f"*{JOURNAL_SUFFIX}")):
            raise KillFailed("a journal was left behind after recovery")
        return len(data) / RATE, lost, r
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(kills: int, seed: int, speech_seed: int, work: Path) -> bool:
    """Do ``kills`` kills in ``work``; True when every kill passed and none lost more than 1 s."""
    from tests.support.speech import speech_program
    from tests.support.virtual_mic import VirtualMic

    rng = random.Random(seed)
    moments = [round(rng.uniform(MIN_MOMENT, MAX_MOMENT), 3) for _ in range(kills)]
    print(f"kill seed: {seed} (replay with --seed {seed}); {kills} kills at 0.2-5 s of audio")
    with contextlib.redirect_stdout(io.StringIO()):
        program = speech_program(speech_seed, PROGRAM_SECONDS, work / "speech-cache", rate=RATE)
    print(f"microphone program: {PROGRAM_SECONDS:.0f} s of speech, speech seed {speech_seed}")
    reference = np.tile(program, 2)

    losses: list[float] = []
    failures: list[str] = []
    started = time.monotonic()
    with VirtualMic(base_dir=work) as mic:
        mic.start_feeder(program, loop=True)
        base_env = {**os.environ, **mic.env}
        for i, moment in enumerate(moments):
            try:
                seconds, lost, r = _one_kill(i, moment, work, base_env, reference)
            except (KillFailed, subprocess.TimeoutExpired, OSError, sf.LibsndfileError) as exc:
                failures.append(f"kill {i}: {exc}")
                print(f"kill {i:3d} at {moment:.3f} s of audio: FAIL: {exc}", flush=True)
                if not mic.server_alive or not mic.feeder_running:
                    print("the virtual microphone is down: stopping the soak", flush=True)
                    break
                continue
            losses.append(lost)
            verdict = "ok" if lost <= MAX_LOSS else "LOST MORE THAN 1 s"
            print(
                f"kill {i:3d} at {moment:.3f} s of audio: recovered {seconds:.3f} s, "
                f"lost {lost:.3f} s, r {r:.4f}: {verdict}",
                flush=True,
            )

    over = sum(loss > MAX_LOSS for loss in losses)
    print()
    print(
        f"{len(losses)} of {kills} kills recovered, {len(failures)} failed, "
        f"in {time.monotonic() - started:.0f} s (seed {seed})"
    )
    if losses:
        print(
            f"worst loss {max(losses):.3f} s, mean loss {float(np.mean(losses)):.3f} s, "
            f"least {min(losses):.3f} s"
        )
    print(f"kills losing more than {MAX_LOSS:.0f} s: {over} (goal 0)")
    for failure in failures:
        print(f"  {failure}")
    ok = not failures and over == 0 and len(losses) == kills
    print(f"Result: {'PASS' if ok else 'FAIL'}")
    return ok


def main() -> int:
    """Parse the options, run in a temporary folder, always clean up."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200, help="number of kills (default 200)")
    parser.add_argument("--seed", type=int, help="seed of the kill moments (default: random)")
    parser.add_argument(
        "--speech-seed", type=int, default=DEFAULT_SPEECH_SEED, help="seed of the speech"
    )
    args = parser.parse_args()
    if args.kills < 1:
        parser.error("--kills must be at least 1")
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    signal.signal(signal.SIGTERM, _on_sigterm)
    work = Path(tempfile.mkdtemp(prefix="opnamestudio-soak-"))
    try:
        ok = run(args.kills, seed, args.speech_seed, work)
    except KeyboardInterrupt:
        print(f"soak_kill: interrupted (seed {seed})", file=sys.stderr)
        return 130
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
