"""Lossy copies and the acoustic fingerprint (DESIGN §5, §6, §10), each target measured in one run.

    python bench/bench_transcoded.py [--workdir DIR] [--pairs 200] [--skip-hour] [--seed 0]
                                     [--locate-runs 2] [--profile auto|always|never]
                                     [--rounds 5] [--pair-seconds 30] [--hour-minutes 60]

The targets, never timed tests:

a. "A 1-hour recording with 3 cuts, transcoded to MP3 128 kbit/s: located in <= 30 s here."
   One hour of varied synthetic Dutch speech (``tests.support``: one ``conversation`` minute that
   opens with the standard agreement script, then 59 ``speech_program`` minutes, each with its own
   seed, so nothing in the hour repeats as a whole and no stretch is ambiguous) is recorded and
   sealed through the real engine: ``Recorder`` fed by a ``BlockSource`` in 1024-frame blocks
   (FLAC + journal + content hasher + fingerprint hasher, sealed at stop with a fresh key). Three
   cuts of 3-8 s, one inside each third of the hour (positions and lengths from ``--seed``), are
   taken out and the rest is encoded by ffmpeg's libmp3lame at 128 kbit/s (fed raw PCM through a
   pipe, so no big WAV is written). ``python -m opnamestudio verify COPY --seal SEAL --trust PUB
   --json`` (the real CLI in a child process, which decodes in its own ``_analyze`` child) is
   timed end to end, ``--locate-runs`` times; the best run is the result (the first run includes
   a cold start of PyAV/numpy imports and page cache effects; all runs are printed). Each cut
   must be reported as ``removed`` with its original start and end within +-1 s, or as a range
   that holds the cut and states its length to 0.3 s (a cut whose ends fall in pauses cannot be
   placed more precisely than those pauses: tests/integration/test_transcoded.py's
   ``_check_edit``), with no other range, verdict ``transcoded``, signer ``trusted``, exit 1.
   Over the goal (or with ``--profile always``) the in-process ``verify(..., isolate=False)``
   runs under cProfile and the time is broken down (file hash, the lossless attempt, decoding,
   the copy's fingerprint, the matcher's steps).
b. "Fingerprinting cost while recording": the same 10 minutes of the speech above, in the
   recorder's 1024-frame blocks, through (i) a bare soundfile FLAC block-write loop and (ii)
   ``FingerprintHasher.update`` alone (+ ``finish``), ``--rounds`` times in alternating order;
   medians of wall and CPU time. Printed: the fingerprint's time as a fraction of the bare loop's,
   and its CPU time per second of audio, i.e. its share of one core at real time (goal <= 5 %
   for 48 kHz mono).
c. The false-match test at scale: ``--pairs`` pairs of different conversations (``conversation``
   with seeds 1 000 000 + i sealed, 2 000 000 + i encoded; the same voice and the same opening
   agreement script, other sentences), each copy encoded to MP3 64 kbit/s (libmp3lame) and to
   M4A (AAC 64 kbit/s), checked with the in-process ``verify(..., isolate=False)``. Goal: zero
   ``transcoded``. The matched share of every copy (matched sub-fingerprints / the copy's
   sub-fingerprints, exactly as the verifier computes it, read by wrapping
   ``opnamestudio.core.verify.analyze_copy``) is collected; the highest one is the margin to
   the 50 % threshold. The part of it that lies outside the shared opening script is printed
   too: the opening script alone is a fixed share of each copy (9.2 s of 30 s), so it sets the
   highest share; what the matcher finds elsewhere shows its discrimination.

Speech renders are cached by ``tests.support.speech`` in ``WORK/speech-cache``; with
``--workdir`` the cache and the sealed hour (with its MP3 copy) are kept and reused (about
0.3 GB of renders and 0.3 GB for the hour, more renders with many pairs), otherwise everything is
in a temporary folder removed at the end. ``OPNAMESTUDIO_HOME`` points into a scratch folder, so
no real trust store or key is touched.

The script prints its seeds, a summary table (target, measured, goal, result) and ends with
``Result: PASS`` (exit status 0) or ``Result: FAIL`` (1); 2 when it cannot run.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import hashlib
import importlib
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
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any
from unittest import mock

import numpy as np
import soundfile as sf

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from opnamestudio.core import verify as verify_module  # noqa: E402
from opnamestudio.core.fingerprint import HOP_S, WINDOW_S, FingerprintHasher  # noqa: E402
from opnamestudio.core.keys import SigningKey  # noqa: E402
from opnamestudio.core.recording import Recorder, RecordingSettings  # noqa: E402
from opnamestudio.core.seal import file_sha256  # noqa: E402
from opnamestudio.core.synth import BlockSource  # noqa: E402
from opnamestudio.core.verify import verify  # noqa: E402

RATE = 48000
#: The recorder's block size.
BLOCK = 1024
PIECE_SECONDS = 60.0
N_CUTS = 3
CUT_SECONDS = (3.0, 8.0)
TOLERANCE_S = 1.0
#: A pause-spanning range must state the cut's length this closely (test_transcoded.py).
LENGTH_TOLERANCE_S = 0.3
COST_SECONDS = 600
HOUR_CACHE_VERSION = 1

LOCATE_S_GOAL = 30.0
CORE_SHARE_GOAL = 0.05

ORIG_SEED = 1_000_000
COPY_SEED = 2_000_000
PAIR_CODECS: dict[str, tuple[str, list[str]]] = {
    "MP3 64k": ("mp3", ["-c:a", "libmp3lame", "-b:a", "64k"]),
    "M4A AAC 64k": ("m4a", ["-c:a", "aac", "-b:a", "64k"]),
}


def _transcoded_from() -> float:
    """The verifier's threshold for 'transcoded' (its module moved once; 0.5 per DESIGN §6)."""
    for name in ("opnamestudio.core.analyze", "opnamestudio.core.verify"):
        with contextlib.suppress(ImportError):
            value = getattr(importlib.import_module(name), "TRANSCODED_FROM", None)
            if isinstance(value, float):
                return value
    return 0.5


TRANSCODED_FROM = _transcoded_from()


def _on_sigterm(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


# ----------------------------------------------------------------------------- small helpers


@dataclass
class Row:
    """One line of the summary."""

    target: str
    measured: str
    goal: str
    ok: bool | None  # None: for information


@dataclass
class Usage:
    """Wall time and CPU use of one measured call."""

    wall: float
    user: float
    system: float

    def __str__(self) -> str:
        return f"{self.wall:.2f} s wall (user {self.user:.2f} s, system {self.system:.2f} s)"


def usage(fn: Callable[[], object], *, children: bool) -> Usage:
    """Time ``fn``; CPU of the waited-for child processes, or of this process."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    r0 = resource.getrusage(who)
    t0 = time.perf_counter()
    fn()
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(who)
    return Usage(wall, r1.ru_utime - r0.ru_utime, r1.ru_stime - r0.ru_stime)


def clock(seconds: float) -> str:
    """m:ss.ss (or h:mm:ss.ss)."""
    minutes, sec = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    return f"{hours:d}:{minutes:02d}:{sec:05.2f}" if hours else f"{minutes:d}:{sec:05.2f}"


def run(
    cmd: Sequence[str], *, timeout: float = 1800.0, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run a command in its own process group; on any error or interrupt the group is killed.

    The group matters for ``opnamestudio verify``: it starts its own ``_analyze`` child.
    """
    proc = subprocess.Popen(
        list(cmd),
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
    except BaseException:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise
    return subprocess.CompletedProcess(list(cmd), proc.returncode, out, err)


def encode(pieces: Iterator[np.ndarray], out: Path, codec_args: Sequence[str]) -> None:
    """Encode int16 mono 48 kHz PCM with the real ffmpeg, fed through a pipe."""
    partial = out.with_name(out.name + ".partial" + out.suffix)
    cmd = [
        "ffmpeg",
        "-nostdin",
        "-y",
        "-loglevel",
        "error",
        "-f",
        "s16le",
        "-ar",
        str(RATE),
        "-ac",
        "1",
        "-i",
        "pipe:0",
        *codec_args,
        str(partial),
    ]
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    assert proc.stdin is not None
    try:
        for piece in pieces:
            proc.stdin.write(np.ascontiguousarray(piece, dtype="<i2").tobytes())
        proc.stdin.close()
        err = proc.stderr.read() if proc.stderr else b""
        if proc.wait() != 0:
            raise RuntimeError(f"ffmpeg failed on {out.name}: {err.decode(errors='replace')}")
    except BaseException:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, out)


def seal_recording(folder: Path, name: str, pcm: np.ndarray, key: SigningKey) -> Path:
    """Record ``pcm`` through the real engine (Recorder + BlockSource) and seal it."""
    blocks = (pcm[i : i + BLOCK, None] for i in range(0, len(pcm), BLOCK))
    source = BlockSource(blocks)
    # The source delivers as fast as the callback takes blocks, so a long recording is queued
    # long before the writer has written it: the stall watchdog must not take the writer's
    # catching up for a microphone that stopped (a public setting; the default is 3 s).
    settings = RecordingSettings(output=folder / f"{name}.flac", stall_timeout=24 * 3600.0)
    rec = Recorder(settings, source=source, signing_key=key)
    rec.start()
    if not source.done.wait(24 * 3600):
        raise RuntimeError("the block source did not finish")
    info = rec.stop()
    if info.seal is None or info.frames != len(pcm):
        raise RuntimeError(f"the recorder did not seal all of {name} ({info.frames} frames)")
    return info.seal


def _quiet(fn: Callable[..., np.ndarray], *args: Any) -> np.ndarray:
    """Call a speech helper without its per-utterance printout."""
    with contextlib.redirect_stdout(io.StringIO()):
        return fn(*args)


def _render_piece(kind: str, seed: int, seconds: float, cache: str) -> np.ndarray:
    """One piece of speech (runs in a worker process)."""
    from tests.support.conversations import conversation
    from tests.support.speech import speech_program

    helper = conversation if kind == "conversation" else speech_program
    return _quiet(helper, seed, seconds, Path(cache))


def _warm_conversation(seed: int, seconds: float, cache: str) -> int:
    """Render one conversation into the cache (runs in a worker process)."""
    return len(_render_piece("conversation", seed, seconds, cache))


# ----------------------------------------------------------------------------- the hour (a, b)


def hour_plan(seed: int, pieces: int) -> list[tuple[str, int]]:
    """The pieces of the hour: (helper, seed)."""
    return [("conversation" if k == 0 else "program", seed * 1000 + k) for k in range(pieces)]


def render_hour(seed: int, pieces: int, cache: Path) -> np.ndarray:
    """The hour of speech, int16 mono."""
    plan = hour_plan(seed, pieces)
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        parts = list(
            pool.map(
                _render_piece,
                [k for k, _ in plan],
                [s for _, s in plan],
                [PIECE_SECONDS] * len(plan),
                [str(cache)] * len(plan),
            )
        )
    return np.concatenate(parts)


def plan_cuts(total: int, seed: int) -> list[tuple[int, int]]:
    """Three cuts [start, end) in frames, one inside each third of the recording."""
    rng = np.random.default_rng([seed, 7])
    slot = total // N_CUTS
    cuts = []
    for k in range(N_CUTS):
        length = round(float(rng.uniform(*CUT_SECONDS)) * RATE)
        lo = k * slot + slot // 10
        hi = (k + 1) * slot - slot // 10 - length
        start = int(rng.integers(lo, max(lo + 1, hi)))
        cuts.append((start, start + length))
    return cuts


def kept_pieces(pcm: np.ndarray, cuts: list[tuple[int, int]]) -> Iterator[np.ndarray]:
    """The recording without the cuts, in pieces of at most 10 s."""
    pos = 0
    for start, end in [*cuts, (len(pcm), len(pcm))]:
        for i in range(pos, start, 10 * RATE):
            yield pcm[i : min(start, i + 10 * RATE)]
        pos = end


@dataclass
class Hour:
    """The sealed hour and its lossy copy."""

    folder: Path
    pcm: np.ndarray
    seal: Path
    pub: Path
    copy: Path
    cuts: list[tuple[int, int]]


def engine_digest() -> str:
    """What a cached seal depends on: the sources of the hashers and of the seal's layout."""
    digest = hashlib.sha256()
    for name in ("content.py", "fingerprint.py", "seal.py"):
        digest.update((REPO / "opnamestudio" / "core" / name).read_bytes())
    return digest.hexdigest()[:16]


def build_hour(work: Path, seed: int, pieces: int, cache: Path) -> Hour:
    """Render, record and seal the hour, cut it and encode the MP3 (reused when cached)."""
    folder = work / f"hour-s{seed}-{pieces}min"
    folder.mkdir(parents=True, exist_ok=True)
    meta_path = folder / "meta.json"
    t0 = time.perf_counter()
    pcm = render_hour(seed, pieces, cache)
    print(
        f"  rendered {len(pcm) / RATE / 60:.0f} min of speech in {time.perf_counter() - t0:.0f} s "
        f"(piece 0: conversation({seed * 1000}, 60 s), opening with the agreement script; "
        f"pieces 1-{pieces - 1}: speech_program(seed {seed} * 1000 + k, 60 s))"
    )
    cuts = plan_cuts(len(pcm), seed)
    seal = folder / "gesprek.zegel.json"
    pub = folder / "org.pub"
    copy = folder / "gesprek-3-knippen.mp3"
    meta = json.loads(meta_path.read_text()) if meta_path.is_file() else {}
    engine = engine_digest()
    want = {"version": HOUR_CACHE_VERSION, "frames": len(pcm), "cuts": cuts, "engine": engine}
    want = json.loads(json.dumps(want))  # tuples become lists, as read back
    reuse = meta == want and seal.is_file() and pub.is_file() and copy.is_file()
    if reuse:
        print(f"  reusing the sealed recording and its MP3 copy in {folder}")
        return Hour(folder, pcm, seal, pub, copy, cuts)
    for stale in folder.iterdir():
        stale.unlink()
    key = SigningKey.generate()
    t0 = time.perf_counter()
    seal = seal_recording(folder, "gesprek", pcm, key)
    pub.write_text(key.public.to_minisign())
    flac_mb = seal.with_name("gesprek.flac").stat().st_size / 1e6
    print(
        f"  recorded and sealed through Recorder + BlockSource in "
        f"{time.perf_counter() - t0:.0f} s: {flac_mb:.0f} MB FLAC, seal "
        f"{seal.stat().st_size / 1e3:.0f} kB"
    )
    t0 = time.perf_counter()
    encode(kept_pieces(pcm, cuts), copy, ["-c:a", "libmp3lame", "-b:a", "128k"])
    print(
        f"  cut and encoded with ffmpeg libmp3lame 128 kbit/s in {time.perf_counter() - t0:.0f} s:"
        f" {copy.stat().st_size / 1e6:.0f} MB"
    )
    meta_path.write_text(json.dumps(want))
    return Hour(folder, pcm, seal, pub, copy, cuts)


def check_cuts(report: dict[str, Any], cuts: list[tuple[int, int]]) -> tuple[int, int, list[str]]:
    """Cuts reported as in test_transcoded.py's _check_edit, other ranges, lines to print."""
    ranges = list(report["content"]["ranges"])
    used: set[int] = set()
    lines = []
    located = 0
    removed_before = 0
    for k, (start, end) in enumerate(cuts, 1):
        s, e, length = start / RATE, end / RATE, (end - start) / RATE
        in_copy = (start - removed_before) / RATE
        removed_before += end - start
        line = (
            f"    cut {k}: original {clock(s)}-{clock(e)} ({length:.2f} s), in the copy at "
            f"{clock(in_copy)}"
        )
        hit = None
        for i, r in enumerate(ranges):
            o0, o1 = r["original"]["start"], r["original"]["end"]
            change = r["length_change"]
            exact = abs(o0 - s) <= TOLERANCE_S and abs(o1 - e) <= TOLERANCE_S
            spans = (
                o0 - TOLERANCE_S <= s
                and e <= o1 + TOLERANCE_S
                and abs(abs(change) - length) <= LENGTH_TOLERANCE_S
            )
            if r["kind"] == "removed" and (exact or spans):
                hit = (i, "within +-1 s" if exact else "as a pause-spanning range")
                break
        if hit is None:
            lines.append(line + "  -> NOT LOCATED")
            continue
        i, how = hit
        r = ranges[i]
        used.add(i)
        located += 1
        lines.append(
            line + f"\n           reported removed, original {r['original']['start']:.3f}-"
            f"{r['original']['end']:.3f} s, copy {r['file']['start']:.3f}-{r['file']['end']:.3f} s,"
            f" length change {r['length_change']:+.3f} s, audio {r['audio']}: OK ({how}; ends off"
            f" by {r['original']['start'] - s:+.2f} / {r['original']['end'] - e:+.2f} s)"
        )
    extra = [r for i, r in enumerate(ranges) if i not in used]
    for r in extra:
        lines.append(
            f"    other range: {r['kind']} original {r['original']['start']:.3f}-"
            f"{r['original']['end']:.3f} s, copy {r['file']['start']:.3f}-{r['file']['end']:.3f} s,"
            f" audio {r['audio']}"
        )
    return located, len(extra), lines


def target_locate(hour: Hour, *, locate_runs: int, profile: str, rows: list[Row]) -> None:
    """Target a."""
    minutes = len(hour.pcm) / RATE / 60
    print(f"\n[a] Locate {N_CUTS} cuts in a {minutes:.0f} min recording, MP3 128 kbit/s copy")
    cmd = [sys.executable, "-m", "opnamestudio", "verify", str(hour.copy)]
    cmd += ["--seal", str(hour.seal), "--trust", str(hour.pub), "--json"]
    results: list[subprocess.CompletedProcess[bytes]] = []
    uses = [usage(lambda: results.append(run(cmd)), children=True) for _ in range(locate_runs)]
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
        located, extra, lines, verdict = 0, 0, [], "error"
    else:
        verdict = f"{report['content']['verdict']} / {report['signer']['status']}"
        located, extra, lines = check_cuts(report, hour.cuts)
        print(f"  detail: {report['content']['detail']}")
    right = verdict == "transcoded / trusted" and done.returncode == 1
    print(
        "  python -m opnamestudio verify COPY --seal SEAL --trust PUB --json: "
        f"{', '.join(f'{t:.2f}' for t in times)} s (best {best:.2f} s; goal <= "
        f"{LOCATE_S_GOAL:g} s)\n  verdict: {verdict}, exit {done.returncode}; {located} of "
        f"{N_CUTS} cuts located, {extra} other range(s)"
    )
    for line in lines:
        print(line)
    for k, use in enumerate(uses, 1):
        print(f"  CLI run {k} (CPU of both child processes): {use}")
    inproc = usage(
        lambda: verify(hour.copy, hour.seal, [hour.pub], isolate=False, use_trust_store=False),
        children=False,
    )
    print(f"  in-process verify(COPY, isolate=False): {inproc}")
    rows.append(
        Row(
            f"a. {minutes:.0f} min, {N_CUTS} cuts, MP3 128k: CLI verify wall time",
            f"{best:.2f} s",
            f"<= {LOCATE_S_GOAL:g} s",
            best <= LOCATE_S_GOAL,
        )
    )
    rows.append(
        Row(
            "a. cuts located (+-1 s, or a pause-spanning range of the exact length)",
            f"{located}/{N_CUTS}, {extra} other, {verdict}",
            f"{N_CUTS}/{N_CUTS}, 0 other, transcoded / trusted",
            located == N_CUTS and extra == 0 and right,
        )
    )
    rows.append(Row("   (in-process verify, isolate=False)", f"{inproc.wall:.2f} s", "info", None))
    if profile == "always" or (profile == "auto" and best > LOCATE_S_GOAL):
        profile_locate(hour)


Where = str | tuple[str, ...]


def _at(path: str, module_end: Where) -> bool:
    return path.replace("\\", "/").endswith(module_end)


def _cum(entries: dict[Any, Any], module_end: Where, *names: str) -> float:
    """Cumulative time of the named functions of a module (cProfile's cumulative figure)."""
    return sum(
        v[3]
        for (path, _line, name), v in entries.items()
        if name in names and _at(path, module_end)
    )


def _edge(entries: dict[Any, Any], callee: tuple[Where, str], caller: tuple[Where, str]) -> float:
    """Cumulative time of the calls from ``caller`` (module end, name) to ``callee``."""
    total = 0.0
    for (path, _line, name), v in entries.items():
        if name != callee[1] or not _at(path, callee[0]):
            continue
        for (c_path, _c_line, c_name), edge in v[4].items():
            if c_name == caller[1] and _at(c_path, caller[0]):
                total += edge[3]
    return total


def profile_locate(hour: Hour) -> None:
    """Where the time of the in-process verify goes: cProfile, and references beside it."""
    print("\n  Profile: where the time of the in-process verify(COPY, isolate=False) goes")
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    verify(hour.copy, hour.seal, [hour.pub], isolate=False, use_trust_store=False)
    prof.disable()
    wall = time.perf_counter() - t0
    e: dict[Any, Any] = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    # The comparison moved from core/verify.py to core/analyze.py once: look in both.
    v = ("core/verify.py", "core/analyze.py")
    a, fp, m = "core/audio_in.py", "core/fingerprint.py", "core/fpmatch.py"
    lossless = _cum(e, v, "_analyze_lossless")
    acoustic = _cum(e, v, "_analyze_acoustic")
    groups: list[tuple[str, float, int]] = [
        ("verify() total under cProfile", wall, 0),
        ("file_sha256 of the copy (byte check)", _cum(e, "core/seal.py", "file_sha256"), 1),
        (
            "Seal.from_file (parse + check, incl. fingerprint base64)",
            _cum(e, "seal.py", "from_file"),
            1,
        ),
        ("signature check", _cum(e, v, "_check_signer"), 1),
        ("open_audio (both decoders' set-up)", _cum(e, a, "open_audio"), 1),
        ("lossless attempt (_analyze_lossless: same rate and channels)", lossless, 1),
        ("  decoding (reader.read)", _edge(e, (a, "read"), (v, "_analyze_lossless")), 2),
        ("  ContentHasher update + finish", _cum(e, "core/content.py", "update", "finish"), 2),
        (
            "  align_chunks + locate_edits",
            _cum(e, "core/locate.py", "align_chunks", "locate_edits"),
            2,
        ),
        ("acoustic analysis (_analyze_acoustic)", acoustic, 1),
        ("  decoding (reader.read)", _edge(e, (a, "read"), (v, "_analyze_acoustic")), 2),
        ("  FingerprintHasher.update + finish (the copy)", _cum(e, fp, "update", "finish"), 2),
        ("  match_fingerprints", _cum(e, m, "match_fingerprints"), 2),
        ("    _votes (lookups of exact and one-bit-off values)", _cum(e, m, "_votes"), 3),
        ("    _segments_for (per-offset bit error rate)", _cum(e, m, "_segments_for"), 3),
        ("    _chain (monotone chain, Python)", _cum(e, m, "_chain"), 3),
        ("    _refine (boundaries)", _cum(e, m, "_refine"), 3),
        ("_acoustic_verdict (ranges, speech/pause)", _cum(e, v, "_acoustic_verdict"), 1),
    ]
    accounted = sum(seconds for _label, seconds, depth in groups if depth == 1)
    groups.append(("the rest (imports, JSON, ...)", wall - accounted, 1))
    # Seal.fingerprint decodes the base64 section again on every access (under several of the
    # groups above): shown on its own.
    groups.append(("(within the above: Fingerprint.from_json)", _cum(e, fp, "from_json"), 1))
    for label, seconds, depth in groups:
        share = seconds / wall * 100 if wall else 0.0
        print(
            f"    {'  ' * depth}{label.strip():{66 - 2 * depth}s} {seconds:7.2f} s {share:5.1f} %"
        )
    t_decode = usage(
        lambda: [None for _ in sf.blocks(hour.copy, 65536, dtype="int16")], children=False
    )
    t_ffmpeg = usage(
        lambda: run(["ffmpeg", "-nostdin", "-v", "error", "-i", str(hour.copy), "-f", "null", "-"]),
        children=True,
    )
    t_sha = usage(lambda: file_sha256(hour.copy), children=False)
    print(
        "    references outside the profiler (same copy, warm cache):\n"
        f"      decode only, soundfile (libsndfile/mpg123) blocks of 65536: {t_decode}\n"
        f"      ffmpeg -i COPY -f null - (FFmpeg's own MP3 decoder):          {t_ffmpeg}\n"
        f"      file_sha256 of the copy:                                    {t_sha}"
    )
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(14)
    text = buf.getvalue()
    print("    top 14 by own time:")
    for line in text[text.find("   ncalls") :].rstrip().splitlines():
        print("      " + line)


def target_cost(pcm: np.ndarray, work: Path, rounds: int, rows: list[Row]) -> None:
    """Target b."""
    seconds = len(pcm) / RATE
    print(
        f"\n[b] Fingerprinting cost while recording: {seconds / 60:.0f} min of the speech, "
        f"{BLOCK}-frame blocks, 48 kHz mono, {rounds} rounds in alternating order"
    )
    blocks = [pcm[i : i + BLOCK, None] for i in range(0, len(pcm), BLOCK)]
    out = work / "bare-loop.flac"

    def bare() -> None:
        with sf.SoundFile(out, "w", RATE, 1, "PCM_16", format="FLAC") as fh:
            for block in blocks:
                fh.write(block)

    def fingerprint() -> None:
        hasher = FingerprintHasher(RATE, 1)
        for block in blocks:
            hasher.update(block)
        hasher.finish()

    tasks = {
        "bare soundfile FLAC write loop": bare,
        "FingerprintHasher.update + finish": fingerprint,
    }
    times: dict[str, list[float]] = {name: [] for name in tasks}
    cpu: dict[str, list[float]] = {name: [] for name in tasks}
    names = list(tasks)
    for r in range(rounds):
        for name in names if r % 2 == 0 else names[::-1]:
            c0, t0 = time.process_time(), time.perf_counter()
            tasks[name]()
            times[name].append(time.perf_counter() - t0)
            cpu[name].append(time.process_time() - c0)
            out.unlink(missing_ok=True)
    med = {name: statistics.median(t) for name, t in times.items()}
    med_cpu = {name: statistics.median(t) for name, t in cpu.items()}
    for name in names:
        print(
            f"  {name:34s} {', '.join(f'{t:.3f}' for t in times[name])} s "
            f"(median {med[name]:.3f} s wall, {med_cpu[name]:.3f} s CPU)"
        )
    fp, base = "FingerprintHasher.update + finish", "bare soundfile FLAC write loop"
    ratio_wall = med[fp] / med[base]
    ratio_cpu = med_cpu[fp] / med_cpu[base]
    # A share of one core is CPU time per second of audio (the hasher is single-threaded numpy).
    core_share = med_cpu[fp] / seconds
    print(
        f"  fingerprint / bare write loop: {ratio_wall:.3f} by wall time, {ratio_cpu:.3f} by CPU "
        f"time\n  fingerprint as a share of one core at real time: {med_cpu[fp]:.3f} s CPU per "
        f"{seconds:.0f} s of audio = {core_share * 100:.2f} % (goal <= {CORE_SHARE_GOAL * 100:g} %)"
    )
    rows.append(
        Row(
            "b. fingerprint, share of one core at real time (48 kHz mono)",
            f"{core_share * 100:.2f} %",
            f"<= {CORE_SHARE_GOAL * 100:g} %",
            core_share <= CORE_SHARE_GOAL,
        )
    )
    rows.append(
        Row(
            "   (fingerprint time / bare FLAC write loop time)",
            f"{ratio_wall:.2f} wall, {ratio_cpu:.2f} CPU",
            "info",
            None,
        )
    )


# ----------------------------------------------------------------------------- pairs (c)


@dataclass
class PairStats:
    """What one codec's copies got."""

    verdicts: Counter[str] = field(default_factory=Counter)
    #: Matched share of each copy, and the part of it outside the opening script.
    shares: list[float] = field(default_factory=list)
    elsewhere: list[float] = field(default_factory=list)
    spans: list[str] = field(default_factory=list)
    transcoded: list[tuple[int, float, str]] = field(default_factory=list)

    def report(self, name: str, pick: list[float]) -> str:
        """Median, 95th percentile and highest of ``pick`` (one of the share lists)."""
        values = np.asarray(pick)
        i = int(np.argmax(values))
        return (
            f"{name} median {np.median(values):.1%}, 95th percentile "
            f"{np.percentile(values, 95):.1%}, highest {values[i]:.1%} (pair {i}; matched in "
            f"the original: {self.spans[i]})"
        )


def target_pairs(work: Path, cache: Path, pairs: int, seconds: float, rows: list[Row]) -> None:
    """Target c."""
    from tests.support.conversations import OPENING_SCRIPT
    from tests.support.speech import make_speech

    opening = len(make_speech(OPENING_SCRIPT, voice="nl", seed=1, cache_dir=cache)) / RATE
    # Sub-fingerprints of the original that describe the opening script (value_time < end).
    script_values = int(np.ceil((opening - WINDOW_S / 2) / HOP_S))
    print(
        f"\n[c] False matches: {pairs} pairs of different {seconds:g} s conversations (same voice, "
        f"the same {opening:.1f} s opening script = {opening / seconds:.0%} of each), originals "
        f"conversation({ORIG_SEED} + i), copies conversation({COPY_SEED} + i)"
    )
    folder = work / "pairs"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    t0 = time.perf_counter()
    seeds = [ORIG_SEED + i for i in range(pairs)] + [COPY_SEED + i for i in range(pairs)]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(_warm_conversation, seeds, [seconds] * len(seeds), [str(cache)] * len(seeds)))
    print(f"  rendered {len(seeds)} conversations in {time.perf_counter() - t0:.0f} s")
    from tests.support.conversations import conversation

    key = SigningKey.generate()
    pub = folder / "org.pub"
    pub.write_text(key.public.to_minisign())
    t0 = time.perf_counter()
    seals = []
    copies: dict[str, list[Path]] = {codec: [] for codec in PAIR_CODECS}
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        jobs = []
        for i in range(pairs):
            seals.append(
                seal_recording(folder, f"o{i}", conversation(ORIG_SEED + i, seconds, cache), key)
            )
            other = conversation(COPY_SEED + i, seconds, cache)
            for codec, (ext, args) in PAIR_CODECS.items():
                path = folder / f"c{i}-{ext}.{ext}"
                copies[codec].append(path)
                jobs.append(pool.submit(encode, iter([other]), path, args))
        for job in jobs:
            job.result()
    print(
        f"  sealed {pairs} originals (Recorder + BlockSource) and encoded {pairs} copies to "
        f"{' and '.join(PAIR_CODECS)} with ffmpeg in {time.perf_counter() - t0:.0f} s"
    )
    # The verifier's own matched share: wrap analyze_copy (what the child would print) and read
    # the segments it found. verify() looks the name up in its module at call time.
    seen: list[dict[str, Any]] = []
    real = verify_module.analyze_copy

    def spy(audio: Path, seal: Any, max_frames: int) -> dict[str, Any]:
        result = real(audio, seal, max_frames)
        seen.append(result)
        return result

    stats = {codec: PairStats() for codec in PAIR_CODECS}
    t0 = time.perf_counter()
    with mock.patch.object(verify_module, "analyze_copy", spy):
        for i in range(pairs):
            for codec in PAIR_CODECS:
                seen.clear()
                result = verify(
                    copies[codec][i], seals[i], [pub], isolate=False, use_trust_store=False
                )
                st = stats[codec]
                st.verdicts[result.content] += 1
                analysis = seen[-1] if seen else {}
                share = script = 0.0
                if analysis.get("kind") == "acoustic":
                    n = max(1, int(analysis["copy_values"]))
                    for a, b, offset in analysis["segments"]:
                        share += (b - a) / n
                        script += max(0, min(b + offset, script_values) - (a + offset)) / n
                st.shares.append(share)
                st.elsewhere.append(share - script)
                st.spans.append(
                    ", ".join(
                        f"{m.orig_start / RATE:.1f}-{m.orig_end / RATE:.1f} s"
                        for m in result.shared
                    )
                    or "nothing"
                )
                if result.content == "transcoded":
                    st.transcoded.append((i, share, result.detail))
            if (i + 1) % 50 == 0:
                print(f"  ... {i + 1} pairs checked ({time.perf_counter() - t0:.0f} s)")
    print(
        f"  {pairs * len(PAIR_CODECS)} checks in {time.perf_counter() - t0:.0f} s\n"
        f"  (the opening script alone is {opening / seconds:.1%} of each copy: a copy shorter than "
        f"{opening / TRANSCODED_FROM:.1f} s that shares only the script would reach the threshold)"
    )
    for codec, st in stats.items():
        shares = np.asarray(st.shares)
        verdicts = ", ".join(f"{k} {n}" for k, n in sorted(st.verdicts.items()))
        print(
            f"  {codec}: {verdicts}\n    {st.report('matched share of the copy:', st.shares)}\n"
            f"      threshold {TRANSCODED_FROM:.0%}: margin "
            f"{(TRANSCODED_FROM - shares.max()) * 100:.1f} percentage points\n"
            f"    {st.report('of it outside the opening script:', st.elsewhere)}"
        )
        for i, share, detail in st.transcoded:
            print(f"    !! pair {i} transcoded ({share:.1%}): {detail}")
        rows.append(
            Row(
                f"c. false 'transcoded', {pairs} unrelated pairs, {codec}",
                f"{len(st.transcoded)}/{pairs} ({verdicts})",
                "0",
                not st.transcoded,
            )
        )
        rows.append(
            Row(
                f"   (highest share outside the opening script, {codec})",
                f"{max(st.elsewhere):.1%}",
                "info",
                None,
            )
        )
        rows.append(
            Row(
                f"   (highest matched share, {codec})",
                f"{shares.max():.1%} (margin {(TRANSCODED_FROM - shares.max()) * 100:.1f} pt)",
                f"info (< {TRANSCODED_FROM:.0%})",
                None,
            )
        )
    shutil.rmtree(folder, ignore_errors=True)


# ----------------------------------------------------------------------------- main


def print_summary(rows: list[Row]) -> bool:
    """The summary table; True when every target passed."""
    width = max(len(r.target) for r in rows)
    mwidth = max(len(r.measured) for r in rows)
    gwidth = max(len(r.goal) for r in rows)
    print("\nSummary")
    print(f"  {'target':{width}s}  {'measured':{mwidth}s}  {'goal':{gwidth}s}  result")
    for r in rows:
        result = "info" if r.ok is None else ("PASS" if r.ok else "FAIL")
        print(f"  {r.target:{width}s}  {r.measured:{mwidth}s}  {r.goal:{gwidth}s}  {result}")
    return all(r.ok for r in rows if r.ok is not None)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the three targets; 0 when all pass, 1 when one fails, 2 when it cannot run."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, help="keep (and reuse) renders and the hour here")
    parser.add_argument("--pairs", type=int, default=200, help="unrelated pairs in target c")
    parser.add_argument(
        "--skip-hour", action="store_true", help="skip target a (b then renders its own 10 min)"
    )
    parser.add_argument("--seed", type=int, default=0, help="the hour's speech and cut positions")
    parser.add_argument("--locate-runs", type=int, default=2, help="CLI runs in target a")
    parser.add_argument(
        "--profile",
        choices=["auto", "always", "never"],
        default="auto",
        help="profile target a (auto: when it is over the goal)",
    )
    parser.add_argument("--rounds", type=int, default=5, help="rounds per side in target b")
    parser.add_argument("--pair-seconds", type=float, default=30.0, help="length in target c")
    parser.add_argument("--hour-minutes", type=int, default=60, help="length in target a")
    args = parser.parse_args(argv)
    if args.pairs < 1 or args.hour_minutes < N_CUTS or args.locate_runs < 1 or args.rounds < 1:
        parser.error("--pairs, --locate-runs and --rounds must be >= 1, --hour-minutes >= 3")
    missing = [tool for tool in ("ffmpeg", "espeak-ng", "sox") if shutil.which(tool) is None]
    if missing:
        print(f"bench_transcoded: needs {', '.join(missing)} (apt-get install)", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _on_sigterm)
    temporary = args.workdir is None
    work = Path(tempfile.mkdtemp(prefix="bench-transcoded-")) if temporary else args.workdir
    work.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="scratch-", dir=work))
    os.environ["OPNAMESTUDIO_HOME"] = str(scratch / "home")
    cache = work / "speech-cache"
    passed = False
    try:
        print(
            f"bench_transcoded: seed {args.seed}, work folder {work}"
            f"{' (temporary)' if temporary else ''}\n"
            f"  Python {platform.python_version()}, {os.cpu_count()} CPUs, numpy {np.__version__}, "
            f"libsndfile {sf.__libsndfile_version__}, "
            f"{run(['ffmpeg', '-version']).stdout.decode().splitlines()[0]}, load average "
            f"{', '.join(f'{x:.2f}' for x in os.getloadavg())} (other work skews the timings)"
        )
        rows: list[Row] = []
        cost_pcm: np.ndarray
        if args.skip_hour:
            print("\n[a] skipped (--skip-hour)")
            t0 = time.perf_counter()
            cost_pcm = render_hour(args.seed, COST_SECONDS // int(PIECE_SECONDS), cache)
            print(f"  (rendered 10 min of the speech for [b] in {time.perf_counter() - t0:.0f} s)")
        else:
            need = 1.2e9 * args.hour_minutes / 60
            if shutil.disk_usage(work).free < need:
                print(f"bench_transcoded: need about {need / 1e9:.1f} GB free in {work}")
                return 2
            print(f"\n  building the {args.hour_minutes} min recording (a few minutes)")
            hour = build_hour(work, args.seed, args.hour_minutes, cache)
            cost_pcm = hour.pcm[: COST_SECONDS * RATE]
            target_locate(hour, locate_runs=args.locate_runs, profile=args.profile, rows=rows)
            del hour
        target_cost(cost_pcm, scratch, args.rounds, rows)
        del cost_pcm
        target_pairs(scratch, cache, args.pairs, args.pair_seconds, rows)
        passed = print_summary(rows)
    except KeyboardInterrupt:
        print("\nbench_transcoded: interrupted", file=sys.stderr)
        return 2
    except (RuntimeError, OSError, sf.LibsndfileError) as exc:
        print(f"bench_transcoded: {exc}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if temporary:
            shutil.rmtree(work, ignore_errors=True)
        else:
            kept = sum(p.stat().st_size for p in work.rglob("*") if p.is_file())
            print(f"  kept for the next run: {work} ({kept / 1e6:.0f} MB)")
    print(f"Result: {'PASS' if passed else 'FAIL'}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
