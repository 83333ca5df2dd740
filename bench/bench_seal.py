"""Seal and verify speed on a long recording (DESIGN §10), each target measured in one run.

    python bench/bench_seal.py [--hours 2] [--workdir DIR] [--seed 0] [--repeat 5] [--runs 15]
                               [--locate-runs 2] [--profile auto|always|never]

The targets, never timed tests (TESTING.md, "Speed baselines here"):

1. Verify an intact 2-hour FLAC at >= 0.9 x the throughput of ``openssl dgst -sha256`` on the
   same file. ``opnamestudio verify FILE --trust KEY.pub`` (the CLI of a regular install of this
   checkout's wheel, as a user has it; a new process each time) and ``openssl dgst -sha256 FILE``
   are timed end to end with a warm page cache: one untimed run of each first, then the best of
   ``--repeat`` runs, in alternating order. The development install's CLI (which pays for an
   editable-install import hook at every start), the in-process ``verify()``, its file pass
   (``file_sha256``), the seal's parsing and a bare Python start-up are timed alongside, to show
   how much of the CLI's time is process start-up.
   (Coreutils ``sha256sum`` is about 4 x slower than openssl here: not the baseline.)
2. The incremental part of the seal at stop <= 10 ms for 10 min and for 2 h alike: everything the
   Recorder does at stop besides the one pass over the closed file, i.e. ``ContentHasher.finish()``
   + the audit log's "create" entry (appended with fsync, its head signed and written) +
   ``write_seal(..., file_hash=..., audit_head=...)`` (build the manifest, sign it, write the
   manifest and the signature atomically with fsync). Median of ``--runs`` runs on copies of a
   ContentHasher fed with 10 min and with 2 h of the voice, the last frames as the recorder's
   1024-frame blocks so that as much audio as a stop can find is still gathered and unprocessed
   (``content.GATHER``); also without the fsyncs (``os.fsync`` patched to a no-op) and step by
   step. The file pass itself
   (``file_sha256`` over the 2-hour FLAC, warm cache, as right after the writer closed it) is
   printed with its throughput against openssl (goal >= 0.9).
3. Locate the edits in a 2-hour recording with 5 cuts <= 10 s. A copy of the FLAC with 5 cuts of
   2-10 s (one in each fifth of the recording, positions and lengths from ``--seed``) is checked
   with ``opnamestudio verify COPY --seal SEAL --trust KEY.pub --json`` (the real CLI: it decodes
   in its ``_analyze`` child process); the best of ``--locate-runs`` wall times is the result, and
   each cut must be reported as removed within +-1 s (original start and end, and the position in
   the copy), with no other range reported. When it is over the goal (or with
   ``--profile always``), the in-process ``verify(..., isolate=False)`` runs under cProfile and the
   time is broken down into decoding, ContentHasher (PCM hash, chunking, runs), the file hash and
   the alignment, beside a decode-only loop and the ``flac`` command-line decoder for reference.
   Each CLI run's CPU use (user, system, minor page faults of both processes) is printed: a fresh
   process can lose much of its time to page faults from glibc malloc mapping and unmapping the
   large temporary arrays each round, which the in-process run (a warm allocator) hides, so the
   profile also runs the CLI once with ``GLIBC_TUNABLES`` raising malloc's thresholds, as a
   contrast.

The recording: ``--hours`` of 48 kHz mono 16-bit FLAC of ``opnamestudio.core.synth``'s generated
voice (1024-frame blocks as the recorder gets them; generating it costs ~45 x real time on one
core, so it is generated as 10-minute segments with seeds seed * 1000 + k, in parallel), written
with soundfile while a ContentHasher is fed the same blocks, and sealed with ``write_seal`` and a
fresh SigningKey. With ``--workdir`` the recording, its seal, the public key and the cut copy are
kept there and reused by later runs with the same ``--hours`` and ``--seed`` (delete the folder to
free ~0.4 GB per 2 hours); without it everything goes in a temporary folder that is removed at the
end. ``OPNAMESTUDIO_HOME`` points into a scratch folder so no real trust store or key is touched.

The script prints a summary table (target, measured, goal, result) and ends with ``Result: PASS``
(exit status 0) or ``Result: FAIL`` (1); 2 when it cannot run.
"""

from __future__ import annotations

import argparse
import array
import base64
import collections
import contextlib
import copy
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any
from unittest import mock

import numpy as np
import soundfile as sf

from opnamestudio.core import content as content_module
from opnamestudio.core.content import ContentHasher
from opnamestudio.core.fileio import atomic_write_bytes
from opnamestudio.core.keys import SigningKey, trusted_comment_for
from opnamestudio.core.recording import (
    RecordingInfo,
    TimelineEvent,
    _log_creation,
    new_recording_id,
    utc_now,
)
from opnamestudio.core.seal import Seal, build_manifest, file_sha256, seal_paths_for, write_seal
from opnamestudio.core.synth import speech_like_blocks
from opnamestudio.core.verify import verify

RATE = 48000
#: Block size of the generated voice (the recorder's default block size).
BLOCK = 1024
#: Block size for feeding the ContentHasher outside the timed parts (the result does not depend
#: on it: chunk boundaries are content-defined).
FEED_BLOCK = 65536
#: The voice is generated in segments of this length, in parallel.
SEGMENT_SECONDS = 600
#: The shorter of the two lengths for the seal at stop (DESIGN §10: "10 min and 2 h alike").
SHORT_SECONDS = 600
CACHE_VERSION = 1
N_CUTS = 5
CUT_SECONDS = (2.0, 10.0)
TOLERANCE_S = 1.0
#: FLAC of this voice is ~194 MB per hour; the disk check assumes a little more.
FLAC_BYTES_PER_HOUR = 220e6

#: glibc malloc thresholds for the contrast run of target 3 (32 MiB maps, 64 MiB trim).
GLIBC_TUNABLES = "glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=67108864"

VERIFY_RATIO_GOAL = 0.9
STOP_MS_GOAL = 10.0
FILE_HASH_RATIO_GOAL = 0.9
LOCATE_S_GOAL = 10.0


def _on_sigterm(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


# ----------------------------------------------------------------------------- small helpers


def clock(seconds: float) -> str:
    """h:mm:ss.s"""
    minutes, sec = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    return f"{hours:d}:{minutes:02d}:{sec:04.1f}"


def length_label(frames: int) -> str:
    """'10 min', '2 h' or '1.5 h' for a frame count."""
    seconds = frames / RATE
    if seconds < 3600:
        return f"{seconds / 60:g} min"
    return f"{seconds / 3600:g} h"


def run(
    cmd: Sequence[str],
    *,
    timeout: float = 600.0,
    discard_output: bool = False,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run a command in its own process group; on any error or interrupt the group is killed.

    The group matters for ``opnamestudio verify``: it starts its own ``_analyze`` child.
    """
    proc = subprocess.Popen(
        list(cmd),
        stdout=subprocess.DEVNULL if discard_output else subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env=env,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except BaseException:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise
    return subprocess.CompletedProcess(list(cmd), proc.returncode, out, err)


@dataclass
class Usage:
    """Wall time and CPU use of one measured call (children's or this process's, see ``usage``)."""

    wall: float
    user: float
    system: float
    minor_faults: int

    def __str__(self) -> str:
        return (
            f"{self.wall:.2f} s wall (user {self.user:.2f} s, system {self.system:.2f} s, "
            f"{self.minor_faults / 1e6:.2f} M minor page faults)"
        )


def usage(fn: Callable[[], object], *, children: bool) -> Usage:
    """Time ``fn``; CPU and page faults of the waited-for child processes, or of this process."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    r0 = resource.getrusage(who)
    t0 = time.perf_counter()
    fn()
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(who)
    return Usage(
        wall, r1.ru_utime - r0.ru_utime, r1.ru_stime - r0.ru_stime, r1.ru_minflt - r0.ru_minflt
    )


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call of ``fn`` takes."""
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def round_robin(tasks: dict[str, Callable[[], object]], repeat: int) -> dict[str, list[float]]:
    """Time every task ``repeat`` times, in alternating order; seconds per task."""
    names = list(tasks)
    times: dict[str, list[float]] = {name: [] for name in names}
    for r in range(repeat):
        for name in names if r % 2 == 0 else names[::-1]:
            times[name].append(timed(tasks[name]))
    return times


def clone_hasher(hasher: ContentHasher) -> ContentHasher:
    """An independent copy of a ContentHasher's running state (hashlib objects cannot be pickled).

    The seal at stop must be timed many times on the same 2-hour state without feeding 2 hours
    each time. Every mutable attribute (hash objects, arrays, lists, bytearrays) is copied, so
    this keeps working when the hasher's private fields change; the result is checked against
    the real seal once (``check_clones``).
    """
    twin = copy.copy(hasher)
    for name, value in vars(hasher).items():
        if isinstance(value, (list, dict, bytearray, np.ndarray)) or hasattr(value, "hexdigest"):
            setattr(twin, name, value.copy())
        elif isinstance(value, array.array):
            setattr(twin, name, value[:])
        elif isinstance(value, content_module.PagedBuffer):
            pages = copy.copy(value)
            pages._pages = [page[:] for page in value._pages]
            setattr(twin, name, pages)
        elif isinstance(value, content_module.Gatherer):  # its buffer, handing on to the twin
            gather = copy.copy(value)
            gather._buffer = value._buffer.copy()
            gather._process = twin._process
            setattr(twin, name, gather)
    return twin


def pending_frames(hasher: ContentHasher) -> int:
    """Frames the hasher has taken but not processed yet (``finish()`` processes them)."""
    return hasher.frames - hasher._frames


class Feeder:
    """Feeds a ContentHasher like the recorder's writer does, and copies its state at two points.

    Most audio goes in as large blocks (fast, and the result does not depend on block size), but
    the last ``tail`` frames before each point go in as the recorder's 1024-frame blocks, so the
    copied state holds as much gathered, not yet processed audio as a stop can find
    (``content.GATHER``): ``finish()`` then does the most work it can at stop.
    """

    def __init__(self, short_at: int, total: int) -> None:
        self.hasher = ContentHasher(RATE, 1)
        self.short_at = short_at
        self.points = (short_at, total)
        gather = int(getattr(content_module, "GATHER", 0))
        self.tail = ((gather - 1) // BLOCK) * BLOCK if gather > BLOCK else 0
        self.short: ContentHasher | None = None

    def _step(self, have: int) -> int:
        point = next((p for p in self.points if p > have), None)
        if point is None:
            return FEED_BLOCK
        small_from = point - self.tail
        if have >= small_from:
            return min(BLOCK, point - have)
        step = small_from - have
        # Never leave a short remainder before the small blocks: it would stay gathered.
        return step if step < FEED_BLOCK + max(self.tail, BLOCK) else FEED_BLOCK

    def feed(self, data: np.ndarray) -> None:
        """Add (frames, 1) int16 audio of any length."""
        i = 0
        while i < len(data):
            block = data[i : i + self._step(self.hasher.frames)]
            self.hasher.update(block)
            i += len(block)
            if self.short is None and self.hasher.frames == self.short_at:
                self.short = clone_hasher(self.hasher)


# ----------------------------------------------------------------------------- the recording


@dataclass
class Source:
    """The sealed recording and the cut copy in the work folder."""

    audio: Path
    seal: Path
    pub: Path
    cut_copy: Path
    meta: Path
    frames: int


def source_paths(work: Path, frames: int) -> Source:
    """Where the cached files live."""
    return Source(
        audio=work / "voice.flac",
        seal=work / "voice.zegel.json",
        pub=work / "bench-key.pub",
        cut_copy=work / "voice-cut.flac",
        meta=work / "bench_seal.json",
        frames=frames,
    )


def _segment(frames: int, seed: int) -> np.ndarray:
    """One stretch of the generated voice as (frames, 1) int16 (runs in a worker process)."""
    seconds = (frames + 0.5) / RATE  # speech_like_blocks takes int(seconds * rate) frames
    data = np.concatenate(
        list(speech_like_blocks(seconds, samplerate=RATE, seed=seed, blocksize=BLOCK))
    )
    if len(data) != frames:
        raise RuntimeError(f"generated {len(data)} frames instead of {frames}")
    return data


def voice_segments(total: int, seed: int) -> Iterator[np.ndarray]:
    """The whole voice, segment by segment, generated ahead in worker processes."""
    step = SEGMENT_SECONDS * RATE
    plan = [
        (min(step, total - start), seed * 1000 + k) for k, start in enumerate(range(0, total, step))
    ]
    workers = max(1, min(2, os.cpu_count() or 1))
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: collections.deque[Future[np.ndarray]] = collections.deque()
    try:
        todo = iter(plan)
        for frames, segment_seed in todo:
            pending.append(pool.submit(_segment, frames, segment_seed))
            if len(pending) > workers:
                break
        while pending:
            data = pending.popleft().result()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append(pool.submit(_segment, *nxt))
            yield data
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def build_source(src: Source, seed: int, short_at: int) -> Feeder:
    """Generate, write and seal the recording; returns the fed hasher states (for target 2)."""
    partial = src.audio.with_name(src.audio.name + ".partial")
    partial.unlink(missing_ok=True)
    feeder = Feeder(short_at, src.frames)
    started = utc_now()
    t0 = time.perf_counter()
    done = 0
    with sf.SoundFile(
        partial, "x", samplerate=RATE, channels=1, subtype="PCM_16", format="FLAC"
    ) as out:
        for data in voice_segments(src.frames, seed):
            out.write(data)
            feeder.feed(data)
            done += len(data)
            print(
                f"  generated and written {clock(done / RATE)} of {clock(src.frames / RATE)} "
                f"({time.perf_counter() - t0:.0f} s)",
                flush=True,
            )
    os.replace(partial, src.audio)
    full = clone_hasher(feeder.hasher)
    ended = utc_now()
    info = RecordingInfo(
        recording_id=new_recording_id(),
        path=src.audio,
        container="flac",
        subtype="PCM_16",
        samplerate=RATE,
        requested_samplerate=RATE,
        channels=1,
        frames=src.frames,
        device="generated voice (bench_seal.py)",
        started_utc=started,
        ended_utc=ended,
        ended_by="user",
        overflows=0,
        events=[
            TimelineEvent("start", 0, started),
            TimelineEvent("marker", src.frames // 2, started),
            TimelineEvent("stop", src.frames, ended, {"by": "user"}),
        ],
    )
    key = SigningKey.generate()
    files = write_seal(info, feeder.hasher.finish(), key)
    if files.manifest != src.seal:
        raise RuntimeError(f"the seal went to {files.manifest}, expected {src.seal}")
    atomic_write_bytes(src.pub, key.public.to_minisign().encode())
    feeder.hasher = full
    src.cut_copy.unlink(missing_ok=True)
    src.meta.write_text(
        json.dumps({"version": CACHE_VERSION, "frames": src.frames, "seed": seed}, indent=1)
    )
    print(f"  sealed; built in {time.perf_counter() - t0:.0f} s")
    return feeder


def cached(src: Source, seed: int) -> bool:
    """Whether the work folder holds this recording from an earlier run."""
    try:
        meta = json.loads(src.meta.read_text())
    except (OSError, ValueError):
        return False
    wanted = {"version": CACHE_VERSION, "frames": src.frames, "seed": seed}
    present = all(p.is_file() for p in (src.audio, src.seal, src.pub))
    return present and all(meta.get(k) == v for k, v in wanted.items())


def feed_from_file(src: Source, short_at: int) -> Feeder:
    """Decode the cached recording into a ContentHasher (for target 2 when it was not built now)."""
    feeder = Feeder(short_at, src.frames)
    with sf.SoundFile(src.audio) as handle:
        for block in handle.blocks(FEED_BLOCK, dtype="int16", always_2d=True):
            feeder.feed(block)
    return feeder


# ----------------------------------------------------------------------------- target 1


@dataclass
class Row:
    """One line of the summary table."""

    target: str
    measured: str
    goal: str
    ok: bool | None  # None: for information


def opnamestudio_command() -> list[str]:
    """The installed console script beside this Python, else ``python -m opnamestudio``."""
    script = Path(sys.executable).with_name("opnamestudio")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    print("  (no opnamestudio script beside this Python: using python -m opnamestudio)")
    return [sys.executable, "-m", "opnamestudio"]


def shipped_command(work: Path) -> list[str]:
    """The ``opnamestudio`` script of a regular (non-editable) install of this checkout.

    A development install (``pip install -e``) loads an import finder at every interpreter start
    (~20-30 ms), which no installed copy has. The wheel of this checkout goes into a fresh venv
    whose only other path is this venv's site-packages (for the dependencies), built anew each run.
    """
    root = Path(__file__).resolve().parents[1]
    target = work / "shipped"
    shutil.rmtree(target, ignore_errors=True)
    wheels = target / "wheel"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(target / "venv")], check=True
    )
    deps = Path(sysconfig.get_paths()["purelib"])
    site = next((target / "venv" / "lib").glob("python*/site-packages"), None) or (
        target / "venv" / "Lib" / "site-packages"
    )
    (site / "_bench_deps.pth").write_text(f"{deps}\n", encoding="utf-8")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    with tempfile.TemporaryDirectory(prefix="bench-build-") as build:
        # Build from a copy, so setuptools leaves no build/ folder in the checkout.
        shutil.copytree(root, build, dirs_exist_ok=True, ignore=_not_in_wheel)
        subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), build], check=True)
    wheel = next(wheels.glob("opnamestudio-*.whl"))
    venv_python = target / "venv" / "bin" / "python"
    subprocess.run(
        [*pip, "--python", str(venv_python), "install", "--no-deps", str(wheel)], check=True
    )
    return [str(target / "venv" / "bin" / "opnamestudio")]


def _not_in_wheel(_folder: str, names: list[str]) -> list[str]:
    skip = {".venv", ".git", "build", "__pycache__", ".mypy_cache", ".ruff_cache", "tests", "bench"}
    return [n for n in names if n in skip or n.endswith(".egg-info")]


def openssl_digest(path: Path) -> str:
    """``openssl dgst -sha256 FILE``; its hex digest."""
    done = run(["openssl", "dgst", "-sha256", str(path)])
    if done.returncode != 0:
        raise RuntimeError(f"openssl failed: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout.decode().strip().rsplit("= ", 1)[-1]


@dataclass
class FilePass:
    """Best times of the file pass and of openssl over the same file, from target 1's rounds."""

    file_sha256: float
    openssl: float
    size: int


def target_verify_intact(
    src: Source, repeat: int, cli: list[str], dev_cli: list[str], rows: list[Row]
) -> FilePass:
    """Target 1 with ``cli`` (an installed copy); also the development install's CLI, and the
    file pass of target 2, in the same rounds."""
    size = src.audio.stat().st_size
    mb = size / 1e6
    sealed_sha = Seal.from_file(src.seal).audio["sha256"]
    print(f"\n[1] Verify an intact {length_label(src.frames)} FLAC ({mb:.1f} MB)")
    # Untimed first runs: warm the page cache and check every side gives the right answer.
    if openssl_digest(src.audio) != sealed_sha:
        raise RuntimeError("openssl's digest differs from the seal: delete the work folder")
    cli_cmd = [*cli, "verify", str(src.audio), "--trust", str(src.pub)]
    first = run(cli_cmd)
    cli_out = first.stdout.decode(errors="replace")
    # Exit 0 is "intact or intact-audio, by a trusted key" (DESIGN §6); an untouched file: intact.
    cli_ok = first.returncode == 0 and "intact" in cli_out
    print("  CLI says: " + " | ".join(cli_out.strip().splitlines()))
    if not cli_ok:
        print(
            f"  !! the CLI did not report intact + trusted (exit {first.returncode}); stderr: "
            f"{first.stderr.decode(errors='replace').strip()}"
        )
    result = verify(src.audio, src.seal, [src.pub])
    if result.content != "intact" or result.signer != "trusted":
        print(f"  !! verify() says {result.content} / {result.signer}")
        cli_ok = False

    def cli_run() -> None:
        if run(cli_cmd).returncode != 0:
            raise RuntimeError("opnamestudio verify failed during timing")

    py = sys.executable
    times = round_robin(
        {
            "openssl": lambda: run(["openssl", "dgst", "-sha256", str(src.audio)]),
            "cli": cli_run,
            "dev_cli": lambda: run([*dev_cli, "verify", str(src.audio), "--trust", str(src.pub)]),
            "verify": lambda: verify(src.audio, src.seal, [src.pub]),
            "file_sha256": lambda: file_sha256(src.audio),
            "seal_parse": lambda: Seal.from_file(src.seal),
            "python": lambda: run([py, "-c", "pass"]),
            "imports": lambda: run([py, "-c", "import opnamestudio.cli, opnamestudio.core.verify"]),
        },
        repeat,
    )
    best = {name: min(values) for name, values in times.items()}
    t_ssl, t_cli, t_verify = best["openssl"], best["cli"], best["verify"]
    print(f"  best of {repeat} (warm page cache; all runs in ms):")
    for name, label in (
        ("openssl", "openssl dgst -sha256 FILE"),
        ("cli", "opnamestudio verify FILE --trust KEY.pub"),
        ("dev_cli", "  the same, development install (pip -e)"),
        ("verify", "in-process verify() (no process start-up)"),
        ("file_sha256", "  of which file_sha256(FILE)"),
        ("seal_parse", "  of which Seal.from_file (parse + check)"),
        ("python", "bare python -c pass"),
        ("imports", "python -c 'import opnamestudio.cli, ...verify'"),
    ):
        t = best[name]
        rate = (
            f"{mb / t:8.0f} MB/s"
            if name in ("openssl", "cli", "dev_cli", "verify", "file_sha256")
            else ""
        )
        runs = ", ".join(f"{v * 1000:.0f}" for v in times[name])
        print(f"    {label:47s} {t * 1000:8.1f} ms {rate:>13s}   [{runs}]")
    ratio_cli = t_ssl / t_cli
    ratio_inproc = t_ssl / t_verify
    startup = t_cli - t_verify
    print(
        f"  ratio CLI / openssl throughput: {ratio_cli:.2f}  (goal >= {VERIFY_RATIO_GOAL})\n"
        f"  ratio in-process verify() / openssl: {ratio_inproc:.2f}\n"
        f"  CLI minus in-process verify(): {startup * 1000:.0f} ms "
        f"(process start-up, imports, output; bare Python {best['python'] * 1000:.0f} ms, "
        f"with the imports {best['imports'] * 1000:.0f} ms)"
    )
    rows.append(
        Row(
            f"1. verify intact {length_label(src.frames)} FLAC, CLI, vs openssl",
            f"{ratio_cli:.2f}x ({mb / t_cli:.0f} vs {mb / t_ssl:.0f} MB/s)",
            f">= {VERIFY_RATIO_GOAL}x",
            cli_ok and ratio_cli >= VERIFY_RATIO_GOAL,
        )
    )
    rows.append(
        Row(
            "   (in-process verify() vs openssl)",
            f"{ratio_inproc:.2f}x ({mb / t_verify:.0f} MB/s)",
            "info",
            None,
        )
    )
    return FilePass(best["file_sha256"], t_ssl, size)


# ----------------------------------------------------------------------------- target 2


def _no_fsync(_fd: int) -> None:
    """Stands in for os.fsync when the seal is timed without fsyncs."""


def stop_info(scratch: Path, frames: int) -> RecordingInfo:
    """A RecordingInfo like the Recorder's at stop, pointing into the scratch folder."""
    now = utc_now()
    return RecordingInfo(
        recording_id=new_recording_id(),
        path=scratch / f"stop-{frames}.flac",
        container="flac",
        subtype="PCM_16",
        samplerate=RATE,
        requested_samplerate=RATE,
        channels=1,
        frames=frames,
        device="generated voice (bench_seal.py)",
        started_utc=now,
        ended_utc=now,
        ended_by="user",
        overflows=0,
        events=[TimelineEvent("start", 0, now), TimelineEvent("stop", frames, now, {"by": "user"})],
    )


def time_stop(
    state: ContentHasher, info: RecordingInfo, key: SigningKey, runs: int, *, fsync: bool
) -> dict[str, list[float]]:
    """Milliseconds of the seal at stop: the real call, and the same steps one by one."""
    file_hash = ("0" * 64, 123_456_789)  # the file pass is timed on its own
    out: dict[str, list[float]] = {
        k: [] for k in ("total", "finish", "manifest", "sign", "write", "audit", "steps")
    }
    files = seal_paths_for(info.path)
    patch = contextlib.nullcontext() if fsync else mock.patch.object(os, "fsync", _no_fsync)
    with patch:
        for _ in range(runs):
            # The real code path: what Recorder._finalize -> seal_recording does after the file
            # pass: the audit entry "create" (appended, fsynced, its head signed; the private
            # helper seal_recording calls), then write_seal with the file hash given (which
            # skips only that pass) and the log's chain head as the seal's anchor.
            hasher = clone_hasher(state)
            gc.collect()
            t0 = time.perf_counter()
            digest = hasher.finish()
            write_seal(info, digest, key, file_hash=file_hash, audit_head=_log_creation(info))
            out["total"].append((time.perf_counter() - t0) * 1000)
            # The same work step by step, to show where it goes.
            hasher = clone_hasher(state)
            gc.collect()
            t0 = time.perf_counter()
            digest = hasher.finish()
            t1 = time.perf_counter()
            manifest = build_manifest(
                info=info, digest=digest, file_hash=file_hash[0], file_size=file_hash[1], key=key
            )
            t2 = time.perf_counter()
            signature = key.sign(manifest, trusted_comment=trusted_comment_for(files.manifest.name))
            t3 = time.perf_counter()
            atomic_write_bytes(files.manifest, manifest)
            atomic_write_bytes(files.signature, bytes(signature))
            t4 = time.perf_counter()
            _log_creation(info)
            t5 = time.perf_counter()
            for name, dt in (
                ("finish", t1 - t0),
                ("manifest", t2 - t1),
                ("sign", t3 - t2),
                ("write", t4 - t3),
                ("audit", t5 - t4),
                ("steps", t5 - t0),
            ):
                out[name].append(dt * 1000)
    return out


def check_clones(feeder: Feeder, seal: Path) -> None:
    """Copies of the full state must finish to exactly the seal's content (each of them: no
    state shared between copies), copies of the short one to its length, alike."""
    assert feeder.short is not None
    content = Seal.from_file(seal).data["content"]
    for _ in range(2):
        digest = clone_hasher(feeder.hasher).finish()
        same = digest.pcm_sha256 == content["pcm_sha256"]
        if not same or base64.b64encode(digest.chunks).decode() != content["chunks"]:
            raise RuntimeError(
                "the copied ContentHasher state does not match the seal (a cache from an older "
                "version? delete the work folder)"
            )
    short = [clone_hasher(feeder.short).finish() for _ in range(2)]
    if short[0] != short[1] or short[0].frames != feeder.short_at:
        raise RuntimeError("the copies of the short ContentHasher state differ or are too long")


def target_seal_at_stop(
    feeder: Feeder, src: Source, scratch: Path, *, runs: int, file_pass: FilePass, rows: list[Row]
) -> None:
    """Target 2."""
    assert feeder.short is not None
    check_clones(feeder, src.seal)
    key = SigningKey.generate()
    print(
        f"\n[2] Seal at stop, the incremental part: ContentHasher.finish() + write_seal(..., "
        f"file_hash=...)\n    (manifest, Ed25519 signature, two atomic writes); median of {runs}"
    )
    for state in (feeder.short, feeder.hasher):
        info = stop_info(scratch, state.frames)
        label = length_label(state.frames)
        with_fsync = time_stop(state, info, key, runs, fsync=True)
        without = time_stop(state, info, key, runs, fsync=False)
        size = seal_paths_for(info.path).manifest.stat().st_size
        med = {k: statistics.median(v) for k, v in with_fsync.items()}
        med_no = {k: statistics.median(v) for k, v in without.items()}
        print(
            f"  {label:>7s} ({state.frames} frames, {pending_frames(state)} of them still "
            f"gathered, manifest {size / 1024:.0f} KiB):\n"
            f"    with fsync:    {med['total']:6.2f} ms  (max {max(with_fsync['total']):.2f})\n"
            f"    without fsync: {med_no['total']:6.2f} ms  (max {max(without['total']):.2f})\n"
            f"    steps (median ms, with / without fsync): finish {med['finish']:.2f} / "
            f"{med_no['finish']:.2f}, build_manifest {med['manifest']:.2f} / "
            f"{med_no['manifest']:.2f}, sign {med['sign']:.3f} / {med_no['sign']:.3f}, "
            f"two atomic writes {med['write']:.2f} / {med_no['write']:.2f}, "
            f"audit entry {med['audit']:.2f} / {med_no['audit']:.2f}"
        )
        rows.append(
            Row(
                f"2. seal at stop, incremental, {label}",
                f"{med['total']:.2f} ms ({med_no['total']:.2f} ms without fsync)",
                f"<= {STOP_MS_GOAL:g} ms",
                med["total"] <= STOP_MS_GOAL,
            )
        )
    mb = file_pass.size / 1e6
    ratio = file_pass.openssl / file_pass.file_sha256
    ours, theirs = file_pass.file_sha256, file_pass.openssl
    print(
        f"  the one pass over the closed file (file_sha256, {mb:.1f} MB, warm cache; best of the "
        "rounds of [1]):"
    )
    print(
        f"    {ours * 1000:.0f} ms = {mb / ours:.0f} MB/s; openssl {theirs * 1000:.0f} ms = "
        f"{mb / theirs:.0f} MB/s; ratio {ratio:.2f} (goal >= {FILE_HASH_RATIO_GOAL})"
    )
    rows.append(
        Row(
            "2. file SHA-256 pass at stop vs openssl",
            f"{ratio:.2f}x ({file_pass.file_sha256 * 1000:.0f} ms, "
            f"{mb / file_pass.file_sha256:.0f} MB/s)",
            f">= {FILE_HASH_RATIO_GOAL}x",
            ratio >= FILE_HASH_RATIO_GOAL,
        )
    )


# ----------------------------------------------------------------------------- target 3


def plan_cuts(total: int, seed: int) -> list[tuple[int, int]]:
    """Five cuts [start, end) in frames, one inside each fifth of the recording."""
    rng = np.random.default_rng([seed, 3])
    slot = total // N_CUTS
    cuts = []
    for k in range(N_CUTS):
        length = round(float(rng.uniform(*CUT_SECONDS)) * RATE)
        lo = k * slot + slot // 10
        hi = (k + 1) * slot - slot // 10 - length
        start = int(rng.integers(lo, max(lo + 1, hi)))
        cuts.append((start, start + length))
    return cuts


def make_cut_copy(src: Source, cuts: list[tuple[int, int]]) -> None:
    """Write the recording without the cut ranges as FLAC."""
    keep = []
    pos = 0
    for start, end in cuts:
        keep.append((pos, start))
        pos = end
    keep.append((pos, src.frames))
    partial = src.cut_copy.with_name(src.cut_copy.name + ".partial")
    partial.unlink(missing_ok=True)
    with (
        sf.SoundFile(src.audio) as inp,
        sf.SoundFile(
            partial, "x", samplerate=RATE, channels=1, subtype="PCM_16", format="FLAC"
        ) as out,
    ):
        for start, end in keep:
            inp.seek(start)
            left = end - start
            while left:
                data = inp.read(min(left, 1 << 20), dtype="int16", always_2d=True)
                if not len(data):
                    raise RuntimeError("the recording ended early")
                out.write(data)
                left -= len(data)
    os.replace(partial, src.cut_copy)


def check_ranges(report: dict[str, Any], cuts: list[tuple[int, int]]) -> tuple[int, int, list[str]]:
    """Cuts reported as removed within the tolerance, other ranges, and lines to print."""
    ranges = list(report["content"]["ranges"])
    lines = []
    located = 0
    removed_before = 0
    used: set[int] = set()
    for k, (start, end) in enumerate(cuts, 1):
        o_start, o_end = start / RATE, end / RATE
        f_pos = (start - removed_before) / RATE
        removed_before += end - start
        best = None
        for i, r in enumerate(ranges):
            err = max(
                abs(r["original"]["start"] - o_start),
                abs(r["original"]["end"] - o_end),
                abs(r["file"]["start"] - f_pos),
                abs(r["file"]["end"] - f_pos),
            )
            if best is None or err < best[0]:
                best = (err, i)
        line = (
            f"    cut {k}: original {clock(o_start)}-{clock(o_end)} ({o_end - o_start:.2f} s), "
            f"in the copy at {clock(f_pos)}"
        )
        if best is None:
            lines.append(line + "  -> NOT REPORTED")
            continue
        err, i = best
        r = ranges[i]
        ok = err <= TOLERANCE_S and r["kind"] == "removed"
        used.add(i)
        located += ok
        lines.append(
            line + f"\n           reported {r['kind']} original {r['original']['start']:.3f}-"
            f"{r['original']['end']:.3f} s, copy {r['file']['start']:.3f}-{r['file']['end']:.3f} s"
            f" (off by up to {err:.2f} s) {'OK' if ok else 'WRONG'}"
        )
    extra = 0
    for i, r in enumerate(ranges):
        if i not in used:
            extra += 1
            lines.append(
                f"    extra range: {r['kind']} original {r['original']['start']:.3f}-"
                f"{r['original']['end']:.3f} s, copy {r['file']['start']:.3f}-"
                f"{r['file']['end']:.3f} s"
            )
    return located, extra, lines


def target_locate(
    src: Source,
    cuts: list[tuple[int, int]],
    cli: list[str],
    *,
    locate_runs: int,
    profile: str,
    rows: list[Row],
) -> None:
    """Target 3."""
    print(f"\n[3] Locate {N_CUTS} cuts in a {length_label(src.frames)} recording")
    cmd = [*cli, "verify", str(src.cut_copy), "--seal", str(src.seal), "--trust", str(src.pub)]
    cmd.append("--json")
    results: list[subprocess.CompletedProcess[bytes]] = []
    uses = [
        usage(lambda: results.append(run(cmd, timeout=1800)), children=True)
        for _ in range(locate_runs)
    ]
    done = results[-1]
    times = [u.wall for u in uses]
    best = min(times)
    try:
        report = json.loads(done.stdout)
    except ValueError:
        report = None
    if report is None:
        print(
            f"  !! no JSON from the CLI (exit {done.returncode}): "
            f"{done.stderr.decode(errors='replace').strip()}"
        )
        lines: list[str] = []
        located, extra = 0, 0
        verdict = "error"
    else:
        verdict = f"{report['content']['verdict']} / {report['signer']['status']}"
        located, extra, lines = check_ranges(report, cuts)
    # A copy with cuts is "modified" (exit 1) under a trusted key.
    right_verdict = verdict == "modified / trusted" and done.returncode == 1
    print(
        f"  opnamestudio verify COPY --seal SEAL --trust KEY.pub --json: "
        f"{', '.join(f'{t:.2f}' for t in times)} s (best {best:.2f} s; goal <= {LOCATE_S_GOAL:g} s)"
        f"\n  verdict: {verdict}, exit {done.returncode}; {located} of {N_CUTS} cuts located "
        f"within +-{TOLERANCE_S:g} s, {extra} other range(s)"
    )
    for line in lines:
        print(line)
    for k, use in enumerate(uses, 1):
        print(f"  CLI run {k} (both processes): {use}")
    inproc = usage(lambda: verify(src.cut_copy, src.seal, [src.pub], isolate=False), children=False)
    t_inproc = inproc.wall
    print(
        f"  in-process verify(COPY, isolate=False): {inproc}\n"
        "    (this process's allocator is warm from the work before; a fresh process may spend "
        "far more system time on page faults: compare the CLI runs)"
    )
    rows.append(
        Row(
            f"3. locate {N_CUTS} cuts in {length_label(src.frames)}, CLI wall time",
            f"{best:.2f} s",
            f"<= {LOCATE_S_GOAL:g} s",
            best <= LOCATE_S_GOAL,
        )
    )
    rows.append(
        Row(
            f"3. cuts reported as removed within +-{TOLERANCE_S:g} s",
            f"{located}/{N_CUTS}, {extra} other, {verdict}",
            f"{N_CUTS}/{N_CUTS}, 0 other, modified / trusted",
            located == N_CUTS and extra == 0 and right_verdict,
        )
    )
    rows.append(Row("   (in-process verify, isolate=False)", f"{t_inproc:.2f} s", "info", None))
    if profile == "always" or (profile == "auto" and best > LOCATE_S_GOAL):
        profile_locate(src, cmd)


def _stat_sum(entries: dict[Any, Any], pick: Callable[[str, str], bool], field: int = 3) -> float:
    """Sum one field (2 = own time, 3 = cumulative) over the functions ``pick`` selects."""
    return float(sum(v[field] for (path, _line, name), v in entries.items() if pick(path, name)))


def _edge(
    entries: dict[Any, Any], callee: Callable[[str, str], bool], caller: Callable[[str, str], bool]
) -> float:
    """Cumulative time of calls from ``caller`` functions to ``callee`` functions."""
    total = 0.0
    for (path, _line, name), v in entries.items():
        if not callee(path, name):
            continue
        for (c_path, _c_line, c_name), edge in v[4].items():
            if caller(c_path, c_name):
                total += edge[3]
    return total


def _fn(module_end: str, *names: str) -> Callable[[str, str], bool]:
    return lambda path, n: n in names and path.replace("\\", "/").endswith(module_end)


def _builtin(text: str) -> Callable[[str, str], bool]:
    return lambda path, n: path == "~" and text in n


def profile_locate(src: Source, cmd: list[str]) -> None:
    """Where the time of locating goes: cProfile over verify(..., isolate=False), and references."""
    print("\n  Profile: where the time of the in-process locate goes")
    if platform.libc_ver()[0] == "glibc":
        # Large temporary arrays each round can cost a fresh process page faults (glibc's
        # malloc maps and unmaps them); the same CLI with the thresholds raised shows how much.
        env = {**os.environ, "GLIBC_TUNABLES": GLIBC_TUNABLES}
        tuned = usage(lambda: run(cmd, timeout=1800, env=env), children=True)
        print(f"    the same CLI with GLIBC_TUNABLES={GLIBC_TUNABLES}:\n      {tuned}")
    t_decode = timed(lambda: [None for _ in sf.blocks(src.cut_copy, 65536, dtype="int16")])
    flac = shutil.which("flac")
    t_flac = None
    if flac:
        t_flac = timed(
            lambda: run([flac, "-d", "-c", "-s", str(src.cut_copy)], discard_output=True)
        )
    t_sha = timed(lambda: file_sha256(src.cut_copy))
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    verify(src.cut_copy, src.seal, [src.pub], isolate=False)
    prof.disable()
    wall = time.perf_counter() - t0
    stats = pstats.Stats(prof)
    e: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]  # documented, not typed
    content = "opnamestudio/core/content.py"
    sha_update = _builtin("method 'update' of '_hashlib.HASH'")
    # Names as of this writing; a group that reads 0 after a refactor shows up as "unaccounted".
    feeding = _fn(content, "update", "_process")
    hasher = _stat_sum(e, _fn(content, "update")) + _stat_sum(e, _fn(content, "finish"))
    top = [
        ("file_sha256 of the copy (byte check)", _stat_sum(e, _fn("core/seal.py", "file_sha256"))),
        ("Seal.from_file (parse + check)", _stat_sum(e, _fn("core/seal.py", "from_file"))),
        ("signature check", _stat_sum(e, _fn("core/verify.py", "_check_signer"))),
        # Every libsndfile read goes through soundfile's _cdata_io (the sf_readf_* call).
        (
            "decoding: libsndfile reads (all soundfile _cdata_io)",
            _stat_sum(e, _fn("soundfile.py", "_cdata_io")),
        ),
        ("ContentHasher update + finish", hasher),
        (
            "align_chunks (incl. hash_at read-backs)",
            _stat_sum(e, _fn("core/locate.py", "align_chunks")),
        ),
        ("locate_edits", _stat_sum(e, _fn("core/locate.py", "locate_edits"))),
        ("unpack_chunks", _stat_sum(e, _fn(content, "unpack_chunks"))),
    ]
    accounted = sum(seconds for _label, seconds in top)
    inner = {
        "ContentHasher update + finish": [
            ("PCM SHA-256 (hashlib)", _edge(e, sha_update, feeding), 2),
            ("block.astype/tobytes", _edge(e, _builtin("method 'tobytes'"), feeding), 2),
            ("_update_chunks", _stat_sum(e, _fn(content, "_update_chunks")), 2),
            ("boundary_candidates (numpy)", _stat_sum(e, _fn(content, "boundary_candidates")), 3),
            ("chunk SHA-256 (hashlib)", _edge(e, sha_update, _fn(content, "_update_chunks")), 3),
            ("_boundaries_in (Python loop)", _stat_sum(e, _fn(content, "_boundaries_in")), 3),
            ("_update_runs (numpy)", _stat_sum(e, _fn(content, "_update_runs")), 2),
        ],
        "align_chunks (incl. hash_at read-backs)": [
            (
                "hash_at (seek + decode + SHA-256)",
                _stat_sum(e, _fn("core/verify.py", "hash_at")),
                2,
            ),
        ],
    }
    groups = [("verify() total under cProfile", wall, 0)]
    for label, seconds in top:
        groups.append((label, seconds, 1))
        groups.extend(inner.get(label, []))
    groups.append(("unaccounted (everything else)", wall - accounted, 1))
    for label, seconds, depth in groups:
        share = seconds / wall * 100 if wall else 0.0
        print(f"    {'  ' * depth}{label:{60 - 2 * depth}s} {seconds:7.2f} s {share:5.1f} %")
    print(
        "    references outside the profiler (same copy, warm cache):\n"
        f"      decode only, soundfile blocks of 65536 int16 frames: {t_decode:.2f} s\n"
        + (
            f"      flac -d -c > /dev/null (libFLAC's own decoder):      {t_flac:.2f} s\n"
            if t_flac
            else ""
        )
        + f"      file_sha256 of the copy:                             {t_sha:.2f} s"
    )
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(12)
    text = buf.getvalue()
    start = text.find("   ncalls")
    print("    top 12 by own time:")
    for line in text[start:].rstrip().splitlines():
        print("      " + line)


# ----------------------------------------------------------------------------- main


def print_summary(rows: list[Row]) -> bool:
    """The summary table; True when every target passed."""
    width = max(len(r.target) for r in rows)
    mwidth = max(len(r.measured) for r in rows)
    gwidth = max(len(r.goal) for r in rows)
    print("\nSummary")
    print(f"  {'target':{width}s}  {'measured':{mwidth}s}  {'goal':{gwidth}s}  result")
    for r in rows:
        result = "info" if r.ok is None else ("pass" if r.ok else "FAIL")
        print(f"  {r.target:{width}s}  {r.measured:{mwidth}s}  {r.goal:{gwidth}s}  {result}")
    return all(r.ok for r in rows if r.ok is not None)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the three targets; 0 when all pass, 1 when one fails, 2 when it cannot run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hours", type=float, default=2.0, help="length of the recording")
    parser.add_argument(
        "--workdir", type=Path, help="keep (and reuse) the recording here; default: a temp folder"
    )
    parser.add_argument("--seed", type=int, default=0, help="voice and cut positions")
    parser.add_argument("--repeat", type=int, default=5, help="runs per side in target 1")
    parser.add_argument("--runs", type=int, default=15, help="runs per length in target 2")
    parser.add_argument("--locate-runs", type=int, default=2, help="CLI runs in target 3")
    parser.add_argument(
        "--profile",
        choices=["auto", "always", "never"],
        default="auto",
        help="profile target 3 (auto: when it is over the goal)",
    )
    args = parser.parse_args(argv)
    total = round(args.hours * 3600 * RATE)
    if total < 120 * RATE:
        parser.error("--hours must give at least 2 minutes")
    if shutil.which("openssl") is None:
        print("bench_seal: openssl is not installed (apt-get install openssl)", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _on_sigterm)

    temporary = args.workdir is None
    work = Path(tempfile.mkdtemp(prefix="bench-seal-")) if temporary else args.workdir
    work.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="scratch-", dir=work))
    os.environ["OPNAMESTUDIO_HOME"] = str(scratch / "home")
    src = source_paths(work, total)
    try:
        print(
            f"bench_seal: {length_label(total)} of 48 kHz mono 16-bit FLAC, seed {args.seed} "
            f"(voice segments seeded {args.seed} * 1000 + k), work folder {work}"
            f"{' (temporary)' if temporary else ''}\n"
            f"  Python {platform.python_version()}, {os.cpu_count()} CPUs, "
            f"{run(['openssl', 'version']).stdout.decode().strip()}, "
            f"libsndfile {sf.__libsndfile_version__}, load average "
            f"{', '.join(f'{x:.2f}' for x in os.getloadavg())} (other work skews the ratios)"
        )
        short_at = min(SHORT_SECONDS * RATE, total // 2)
        if cached(src, args.seed):
            print(f"  reusing {src.audio} and its seal (delete {work} to rebuild)")
            feeder = None
        else:
            need = FLAC_BYTES_PER_HOUR * args.hours * 2 + 200e6
            free = shutil.disk_usage(work).free
            if free < need:
                print(
                    f"bench_seal: {free / 1e9:.1f} GB free in {work}, need about "
                    f"{need / 1e9:.1f} GB",
                    file=sys.stderr,
                )
                return 2
            print(f"  building the recording in {work} (about 1.5 min per hour of audio)")
            feeder = build_source(src, args.seed, short_at)
        cli = opnamestudio_command()
        t0 = time.perf_counter()
        shipped = shipped_command(work)
        print(
            f"  installed this checkout's wheel in {work / 'shipped'} "
            f"({time.perf_counter() - t0:.0f} s)"
        )
        rows: list[Row] = []
        file_pass = target_verify_intact(src, args.repeat, shipped, cli, rows)
        if feeder is None:
            t0 = time.perf_counter()
            feeder = feed_from_file(src, short_at)
            print(
                f"\n  (fed a ContentHasher from the cached file in "
                f"{time.perf_counter() - t0:.0f} s)"
            )
        target_seal_at_stop(feeder, src, scratch, runs=args.runs, file_pass=file_pass, rows=rows)
        del feeder
        cuts = plan_cuts(total, args.seed)
        meta = json.loads(src.meta.read_text())
        if not src.cut_copy.is_file() or meta.get("cuts") != cuts:
            t0 = time.perf_counter()
            make_cut_copy(src, cuts)
            meta["cuts"] = cuts
            src.meta.write_text(json.dumps(meta, indent=1))
            print(f"\n  wrote the copy with {N_CUTS} cuts in {time.perf_counter() - t0:.0f} s")
        target_locate(src, cuts, cli, locate_runs=args.locate_runs, profile=args.profile, rows=rows)
        passed = print_summary(rows)
    except KeyboardInterrupt:
        print("\nbench_seal: interrupted", file=sys.stderr)
        return 2
    except (RuntimeError, OSError, sf.LibsndfileError) as exc:
        print(f"bench_seal: {exc}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if temporary:
            shutil.rmtree(work, ignore_errors=True)
        else:
            kept = sum(p.stat().st_size for p in work.iterdir() if p.is_file())
            print(f"  kept for the next run: {work} ({kept / 1e6:.0f} MB)")
    print(f"Result: {'PASS' if passed else 'FAIL'}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
