"""Throughput and memory of the recording pipeline on a long generated voice (DESIGN §10).

    python bench/bench_pipeline.py [--hours 2] [--out DIR] [--seed 0] [--queue-blocks 256]
                                   [--no-seal] [--encrypt]

A speech-like stream (``opnamestudio.core.synth.speech_like_blocks``: 1024-frame blocks, mono,
48 kHz) goes through the real engine: an input source calls the Recorder's audio callback block
by block, the callback hands the block to the queue, the writer thread writes the FLAC file and
the crash journal (fsynced about twice per second of audio), keeps the seal's running state (PCM
hash and content-defined chunks, ``core.content.ContentHasher``) and passes each block to a
BlockObserver that keeps a running SHA-256 over the PCM bytes (the brief's stand-in for the
seal's running hashes, kept as an independent check of the seal). At stop the Recorder seals the
file (one pass over it for its SHA-256, then a signed manifest); ``--no-seal`` turns only that last
step off (``RecordingSettings(seal=False)``). The journal is plaintext (``journal_recipients=()``);
``--encrypt`` encrypts it to two fresh X25519 recipients, as the product does once the archive
has its keys (the installation key and the recovery key): whole 64 KiB chunks are encrypted as
they fill, and at each fsync a padding record completes the current chunk. (Fed much faster than
real time, the writer fsyncs at most four times per second of wall time, so there is far less
padding than in a real recording; bench_journal_crypto.py measures the CPU cost of encryption at
the real-time rate of fsyncs.)

The baseline is the bare loop the engine is compared with: ``soundfile`` block writes to a FLAC
file with a running SHA-256 over the same blocks, in the same process and the same run.

Fairness. Generating the voice costs more than recording it, so it is never timed. The stream is
generated in chunks of 40 s of audio (the generator keeps memory flat); each chunk is then written
by the baseline and fed through the recorder, each under its own clock, and the recorder's clock
stops only once its writer has written every block of the chunk and the seal's running state (on
a thread of its own, beside the writer) has hashed it: the hashes, chunks and fingerprint are
part of the pipeline of DESIGN §10. (Before, the clock stopped at the writer alone; fed this fast
the seal thread fell behind by up to a chunk and caught up while the next chunk was generated,
untimed.) The feeder's bound counts the blocks waiting for the seal thread as well as those in the
writer's queue: 256 blocks (5.5 s of audio, 0.5 MB; the Recorder's own queue has no bound). With
64, the feeder, writer and seal thread went in lock-step: the feeder polled every 0.5 ms for the
queue to halve, and each poll took the GIL from the other two, so the seal thread's hashing
(mostly numpy calls that release the GIL) barely overlapped the writer (ratio 0.43-0.47 against
0.53-0.55 with 256, same code). A real recording's callback comes 47 times a second. The order
of the baseline and the recorder alternates from chunk to chunk, so the kernel's background
writeback of one does not always land on the other.

Memory. RSS is read after whole chunks (at 10 min of audio, every 10 min for information, and at
the end), each time with the seal's running state caught up with the writer, so no backlog of
queued blocks is counted as growth or hides growth.

Printed: real-time factors and their ratio (goal >= 0.5), where the recorder's time goes, RSS at
10 min and at the end and the growth (goal <= 5 MB), and the time spent inside the Recorder's
callback.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import itertools
import json
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

import numpy as np
import psutil
import soundfile as sf

RATE = 48000
BLOCK = 1024
CHANNELS = 1
#: Blocks per chunk: 1875 blocks of 1024 frames are exactly 40 s, and 15 chunks exactly 10 min.
CHUNK_BLOCKS = 1875
#: The memory baseline is taken at this much audio (DESIGN §10: "from 10 min to 2 h").
RSS_FIRST_AT = 600.0
#: FLAC of this voice is ~56 % of its PCM size; the disk estimate assumes a little more.
FLAC_RATIO = 0.65
#: Upper bounds (µs) of the callback-duration histogram.
BUCKETS_US = (10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000)


def _on_sigterm(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


class DrivenSource:
    """An input source (``InputSource`` protocol) that the benchmark drives: nothing to open,
    start or stop; the subclass's ``feed`` calls the Recorder's audio callback."""

    def __init__(self) -> None:
        self.name = "bench: generated voice"
        self.finished = threading.Event()
        self._callback: Callable[[np.ndarray, bool], None] | None = None

    def open(
        self,
        callback: Callable[[np.ndarray, bool], None],
        *,
        samplerate: int,
        channels: int,
        blocksize: int,
    ) -> int:
        """Remember the Recorder's callback; the blocks decide the rest."""
        self._callback = callback
        return samplerate

    def start(self) -> None:
        """Nothing to start: ``feed`` is called by the benchmark."""

    def close(self, *, discard: bool = False) -> None:
        """Nothing to stop."""


class BoundedFeeder(DrivenSource):
    """Feeds given blocks to the Recorder's callback, as fast as the pipeline takes them.

    Like ``synth.BlockSource`` without pacing, but driven by the caller (``feed``) instead of its
    own thread, and bounded: when the recorder's queue holds more than ``max_queued`` blocks it
    waits until the writer has taken it down to half of that, so the benchmark measures the writer
    rather than filling memory with queued blocks. Every callback is timed with
    ``time.perf_counter_ns``.
    """

    def __init__(self, max_queued: int) -> None:
        super().__init__()
        self.max_queued = max_queued
        self.calls = 0
        self.total_ns = 0
        self.max_ns = 0
        self.waits = 0
        self.histogram = [0] * (len(BUCKETS_US) + 1)
        # Callback durations (ns) of one chunk, allocated and touched before RSS is first read.
        self._spent = np.ones(CHUNK_BLOCKS, dtype=np.int64)
        self._fed = 0

    def feed(self, blocks: list[np.ndarray], queued: Callable[[], int]) -> None:
        """Call the Recorder's callback with each block, waiting while its queue is full.

        Each call's duration goes into a preallocated array; ``tally`` turns them into the
        statistics after the recorder's clock has stopped (the bookkeeping is no pipeline work).
        """
        callback = self._callback
        assert callback is not None
        low = self.max_queued // 2
        clock = time.perf_counter_ns
        spent = self._spent
        for i, block in enumerate(blocks):
            if queued() > self.max_queued:
                self.waits += 1
                while queued() > low:
                    time.sleep(0.0005)
            t0 = clock()
            callback(block, False)
            spent[i] = clock() - t0
        self._fed = len(blocks)

    def tally(self) -> None:
        """Add the durations of the last ``feed`` to the statistics."""
        spent = self._spent[: self._fed]
        self._fed = 0
        self.calls += len(spent)
        self.total_ns += int(spent.sum())
        self.max_ns = max(self.max_ns, int(spent.max(initial=0)))
        bucket = np.searchsorted(np.asarray(BUCKETS_US) * 1000, spent, side="right")
        for i, n in enumerate(np.bincount(bucket, minlength=len(self.histogram))):
            self.histogram[i] += int(n)


class HashObserver:
    """A BlockObserver keeping a running SHA-256 over the PCM bytes (like the seal's hashes)."""

    def __init__(self) -> None:
        self.sha = hashlib.sha256()
        self.events: list[str] = []

    def on_audio(self, block: np.ndarray) -> None:
        """Hash the block as written."""
        self.sha.update(block.data)

    def on_event(self, event: Any) -> None:
        """Remember the kinds of the timeline events."""
        self.events.append(event.kind)


class SealProgress:
    """How far the seal's running state (its own thread, beside the writer) has got (bench only).

    Counts the frames the writer hands to the seal thread and the frames that thread has
    finished (its last step per block is the fingerprint), by wrapping the private
    ``Recorder._seal_state.feed`` and ``Recorder._fingerprint.update``. Fed far faster than real
    time, the seal thread falls behind the writer: its backlog is bounded together with the
    writer's queue, the recorder's clock runs until it has caught up, and RSS is read only then,
    so neither its time nor its queued blocks escape the measurement.
    """

    def __init__(self, recorder: Any) -> None:
        self._state = recorder._seal_state
        self.fed = 0
        self.done = 0
        self._feed = self._state.feed
        self._update = recorder._fingerprint.update
        self._state.feed = self._on_feed
        recorder._fingerprint.update = self._on_update

    def _on_feed(self, block: np.ndarray) -> None:
        self.fed += len(block)
        self._feed(block)

    def _on_update(self, block: np.ndarray) -> None:
        self._update(block)
        self.done += len(block)

    def backlog_blocks(self) -> int:
        """Blocks handed to the seal thread and not yet finished."""
        return (self.fed - self.done) // BLOCK

    def wait_for(self, frames: int) -> None:
        """Until the seal thread has finished ``frames`` frames."""
        while self.done < frames:
            if self._state._error is not None:  # the Recorder raises it at stop
                raise RuntimeError(f"the seal's hashes failed: {self._state._error!r}")
            time.sleep(0.001)


class CallTimer:
    """Wraps a method of an engine object to count and time its calls (benchmark only)."""

    def __init__(self, method: Callable[..., None]) -> None:
        self._method = method
        self.count = 0
        self.total_ns = 0
        self.max_ns = 0

    def __call__(self, *args: Any) -> None:
        t0 = time.perf_counter_ns()
        self._method(*args)
        spent = time.perf_counter_ns() - t0
        self.count += 1
        self.total_ns += spent
        self.max_ns = max(self.max_ns, spent)


def _rss_mb() -> float:
    return float(psutil.Process().memory_info().rss) / 2**20


def _file_sha256(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            sha.update(chunk)
    return sha.hexdigest()


def _chunks(seconds: float, seed: int) -> Iterator[list[np.ndarray]]:
    from opnamestudio.core.synth import speech_like_blocks

    blocks = speech_like_blocks(
        seconds, samplerate=RATE, seed=seed, blocksize=BLOCK, channels=CHANNELS
    )
    while chunk := list(itertools.islice(blocks, CHUNK_BLOCKS)):
        yield chunk


def _check_disk(folder: Path, frames: int) -> None:
    pcm = frames * 2 * CHANNELS
    blocks = -(-frames // BLOCK)
    need = int(pcm + blocks * 24 + 2 * FLAC_RATIO * pcm + 64 * 2**20)
    free = shutil.disk_usage(folder).free
    print(
        f"Disk: {free / 1e9:.1f} GB free in {folder}; this run needs about {need / 1e9:.2f} GB "
        f"(journal {pcm / 1e6:.0f} MB of PCM, two FLAC files of ~{0.56 * pcm / 1e6:.0f} MB each)"
    )
    if free < need * 1.1:
        raise SystemExit(f"bench_pipeline: not enough free disk space in {folder}; use --out DIR")


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


@dataclass
class Measured:
    """What one run measured (times in ns, memory in MB)."""

    fed: int = 0
    rec_ns: int = 0
    #: The recorder's time until the writer alone was done (the seal thread may lag behind).
    rec_writer_ns: int = 0
    rec_stop_ns: int = 0
    base_ns: int = 0
    base_close_ns: int = 0
    gen_ns: int = 0
    rss_start: float = 0.0
    rss_first: float | None = None
    rss_end: float = 0.0


def _measure(
    recorder: Any,
    feeder: BoundedFeeder,
    seal: SealProgress | None,
    base_file: sf.SoundFile,
    baseline_sha: Any,
    *,
    seconds: float,
    seed: int,
) -> tuple[Measured, Any]:
    """Feed the stream through both paths chunk by chunk; returns the figures and the info."""
    m = Measured(rss_start=_rss_mb())
    # Benchmark-only look at a private attribute: the Recorder's queue length, for the bounded
    # feeder. (The public snapshot() gives the written frames, used to know the writer is done.)
    # The seal thread's backlog counts too: blocks in flight are bounded wherever they wait.
    queue_size: Callable[[], int] = recorder._queue.qsize

    def queued() -> int:
        return queue_size() + (seal.backlog_blocks() if seal is not None else 0)

    next_report = RSS_FIRST_AT
    t_gen = time.perf_counter_ns()
    for index, chunk in enumerate(_chunks(seconds, seed)):
        m.gen_ns += time.perf_counter_ns() - t_gen
        chunk_frames = sum(len(b) for b in chunk)
        for part in ("baseline", "recorder") if index % 2 == 0 else ("recorder", "baseline"):
            t0 = time.perf_counter_ns()
            if part == "baseline":
                for block in chunk:
                    base_file.write(block)
                    baseline_sha.update(block)
                m.base_ns += time.perf_counter_ns() - t0
            else:
                feeder.feed(chunk, queued)
                target = m.fed + chunk_frames
                # Polled every millisecond: each poll takes the GIL from the pipeline's threads
                # (at most ~1 ms late a chunk of ~80 ms: the recorder's side, if anything, loses).
                while recorder.snapshot().frames < target:
                    time.sleep(0.001)
                m.rec_writer_ns += time.perf_counter_ns() - t0
                if seal is not None:
                    seal.wait_for(target)
                m.rec_ns += time.perf_counter_ns() - t0
                feeder.tally()
                m.fed = target
                fault = recorder.snapshot().fault
                if fault is not None:
                    raise RuntimeError(f"the recorder reported a fault: {fault}")
        del chunk
        audio_s = m.fed / RATE
        first = m.rss_first is None and audio_s >= RSS_FIRST_AT
        if seal is not None and (first or audio_s >= next_report):
            seal.wait_for(m.fed)  # RSS only with the seal thread caught up (it is, by now)
        if first:
            m.rss_first = _rss_mb()
        if audio_s >= next_report:
            print(
                f"  {audio_s / 60:6.1f} min of audio: recorder {audio_s / (m.rec_ns / 1e9):6.1f}x, "
                f"baseline {audio_s / (m.base_ns / 1e9):6.1f}x real time, RSS {_rss_mb():.1f} MB",
                flush=True,
            )
            next_report += RSS_FIRST_AT
        t_gen = time.perf_counter_ns()
    if seal is not None:
        seal.wait_for(m.fed)
    m.rss_end = _rss_mb()
    t0 = time.perf_counter_ns()
    base_file.close()
    m.base_close_ns = time.perf_counter_ns() - t0
    t0 = time.perf_counter_ns()
    info = recorder.stop()
    m.rec_stop_ns = time.perf_counter_ns() - t0
    return m, info


def run(hours: float, out: Path, seed: int, max_queued: int, *, seal: bool, encrypt: bool) -> bool:
    """Run the benchmark in ``out`` (which must exist); True when every goal is met."""
    from opnamestudio.core.agecrypt import X25519Identity
    from opnamestudio.core.recording import Recorder, RecordingSettings

    seconds = hours * 3600
    total_frames = int(seconds * RATE)
    _check_disk(out, total_frames)
    os.environ["OPNAMESTUDIO_HOME"] = str(out / "home")  # journal, signing key, info JSON
    rec_path = out / "recorder.flac"
    base_path = out / "baseline.flac"

    feeder = BoundedFeeder(max_queued)
    observer = HashObserver()
    # stall_timeout: the recorder sees no callbacks while the next chunk is generated (untimed,
    # ~0.7 s); a generous value keeps its no-data watchdog out of the benchmark.
    # --encrypt: two recipients, like the installation key and the recovery key of the archive.
    recipients = (
        (X25519Identity.generate().recipient, X25519Identity.generate().recipient)
        if encrypt
        else ()
    )
    settings = RecordingSettings(
        output=rec_path, container="flac", channels=CHANNELS, samplerate=RATE, blocksize=BLOCK,
        stall_timeout=120.0, seal=seal, journal_recipients=recipients,
    )  # fmt: skip
    recorder = Recorder(settings, source=feeder, observers=[observer])
    baseline_sha = hashlib.sha256()
    base_file = sf.SoundFile(
        base_path, "x", samplerate=RATE, channels=CHANNELS, subtype="PCM_16", format="FLAC"
    )
    try:
        recorder.start()
        # Benchmark-only: count and time parts of the writer's work by wrapping methods of its
        # private journal (and the journal's encryption) and content hasher (the seal's
        # running state).
        journal = recorder._journal
        assert journal is not None
        fsyncs = CallTimer(journal.sync)
        journal.sync = fsyncs  # type: ignore[method-assign]
        appender = journal._age
        if encrypt != (appender is not None):
            raise RuntimeError(f"the journal's encryption is {appender is not None}, not {encrypt}")
        chunks = None
        if appender is not None:
            chunks = CallTimer(appender.write_chunk)
            appender.write_chunk = chunks  # type: ignore[method-assign, assignment]
        content = recorder._content
        hashing = None
        if content is not None:
            hashing = CallTimer(content.update)
            content.update = hashing  # type: ignore[method-assign, assignment]
        fingerprinting = None
        if recorder._fingerprint is not None:
            fingerprinting = CallTimer(recorder._fingerprint.update)
            recorder._fingerprint.update = fingerprinting  # type: ignore[method-assign, assignment]
        seal_progress = SealProgress(recorder) if recorder._seal_state is not None else None
        m, info = _measure(
            recorder, feeder, seal_progress, base_file, baseline_sha, seconds=seconds, seed=seed
        )
    finally:
        with contextlib.suppress(Exception):
            base_file.close()
        with contextlib.suppress(Exception):
            recorder.stop()  # after an error or Ctrl+C: ends the writer, closes the files

    audio_s = m.fed / RATE
    rec_s = (m.rec_ns + m.rec_stop_ns) / 1e9
    base_s = (m.base_ns + m.base_close_ns) / 1e9
    rec_rtf, base_rtf = audio_s / rec_s, audio_s / base_s
    ratio = rec_rtf / base_rtf
    fsync_s = fsyncs.total_ns / 1e9
    content_s = hashing.total_ns / 1e9 if hashing is not None else 0.0
    fingerprint_s = fingerprinting.total_ns / 1e9 if fingerprinting is not None else 0.0
    seal_wait_s = (m.rec_ns - m.rec_writer_ns) / 1e9
    writer_ratio = audio_s / ((m.rec_writer_ns + m.rec_stop_ns) / 1e9) / base_rtf

    observer_sha = observer.sha.hexdigest()
    same_hash = observer_sha == baseline_sha.hexdigest()
    rec_file_sha = _file_sha256(rec_path)
    same_file = rec_file_sha == _file_sha256(base_path)
    frames_ok = info.frames == m.fed == total_frames and sf.info(str(rec_path)).frames == m.fed
    seal_ok = True
    seal_note = "off (--no-seal)"
    if seal:
        manifest = json.loads(info.seal.read_text("utf-8")) if info.seal else {}
        seal_ok = (
            manifest.get("content", {}).get("pcm_sha256") == observer_sha
            and manifest.get("audio", {}).get("sha256") == rec_file_sha
        )
        seal_note = f"PCM and file hashes in the seal match: {seal_ok}"
    ratio_ok = ratio >= 0.5
    growth = None if m.rss_first is None else m.rss_end - m.rss_first
    growth_ok = growth is not None and growth <= 5.0

    print()
    print(f"Audio: {audio_s:.0f} s ({audio_s / 3600:.2f} h), {feeder.calls} blocks, seed {seed}")
    print(
        "Design: the voice is generated in 40 s chunks, untimed "
        f"({m.gen_ns / 1e9:.1f} s in all); each chunk is written by the baseline and fed through "
        "the recorder under separate clocks (order alternating); the recorder's clock runs until "
        "its writer has written the whole chunk and the seal thread has hashed it. Close/stop "
        "(with the seal) is timed and included. Blocks in flight (the writer's queue and the seal "
        "thread's backlog) are bounded; RSS is read after whole chunks, with the seal thread "
        "caught up."
    )
    print(
        "Recorder (callback -> queue -> writer -> FLAC + journal + seal's running state"
        f"{'' if seal else ' (seal not written)'} + SHA-256 observer): {rec_s:.2f} s wall "
        f"(stop {m.rec_stop_ns / 1e6:.0f} ms) = {rec_rtf:.1f}x real time"
    )
    print(
        f"Baseline (soundfile FLAC block writes + SHA-256, same blocks): {base_s:.2f} s wall "
        f"= {base_rtf:.1f}x real time"
    )
    print(f"Ratio recorder/baseline: {ratio:.2f} (goal >= 0.5): {_verdict(ratio_ok)}")
    if seal_progress is not None:
        print(
            f"  (the clock waited {seal_wait_s:.2f} s in all for the seal thread after the writer "
            f"was done; stopped at the writer alone it would say {writer_ratio:.2f}, with the "
            "bound on the seal thread's backlog)"
        )
    print(
        "Journal: "
        + (
            f"encrypted to {len(recipients)} recipients (--encrypt); encrypting and writing "
            f"{chunks.count} chunks of 64 KiB took {chunks.total_ns / 1e9:.2f} s wall "
            f"({chunks.total_ns / max(1, chunks.count) / 1e3:.0f} µs each; those at an fsync "
            "count among the fsyncs below)"
            if chunks is not None
            else "plaintext (--encrypt encrypts it)"
        )
    )
    at_sync = " (with the padding and encrypting of the open chunk)" if chunks else ""
    print(
        f"  where the recorder's time goes: journal fsyncs{at_sync} {fsync_s:.2f} s "
        f"({100 * fsync_s / rec_s:.0f} %, {fsyncs.count} of them, longest "
        f"{fsyncs.max_ns / 1e6:.1f} ms); waiting for the seal thread after the writer was done "
        f"{seal_wait_s:.2f} s; the rest (callback, queue, FLAC, journal writes"
        f"{' and encryption' if chunks else ''}, level meter, observer) "
        f"{rec_s - fsync_s - seal_wait_s:.2f} s"
    )
    if hashing is not None:
        print(
            f"  the seal thread, beside the writer (its time overlaps the above): content hasher "
            f"{content_s:.2f} s ({content_s / max(1, feeder.calls) * 1e6:.1f} µs a block), "
            f"fingerprint {fingerprint_s:.2f} s "
            f"({fingerprint_s / max(1, feeder.calls) * 1e6:.1f} µs a block)"
        )
    if growth is None:
        print(
            f"RSS: start {m.rss_start:.1f} MB, end {m.rss_end:.1f} MB (shorter than 10 min: "
            "no growth figure): FAIL"
        )
    else:
        print(
            f"RSS: {m.rss_first:.1f} MB at 10 min of audio, {m.rss_end:.1f} MB at "
            f"{audio_s / 3600:.2f} h; growth {growth:+.2f} MB (goal <= 5 MB): {_verdict(growth_ok)}"
        )
    mean_us = feeder.total_ns / max(1, feeder.calls) / 1000
    print(
        f"Recorder callback: longest {feeder.max_ns / 1000:.0f} µs, mean {mean_us:.1f} µs over "
        f"{feeder.calls} calls (it runs on the feeder thread and shares the GIL with the "
        "writer, as PortAudio's thread does)"
    )
    labels = [f"<{b}" for b in BUCKETS_US] + [f">={BUCKETS_US[-1]}"]
    print(
        "  histogram (µs): "
        + ", ".join(f"{lab}: {n}" for lab, n in zip(labels, feeder.histogram, strict=True) if n)
    )
    print(
        f"  feeder waited for the writer {feeder.waits} times (bound: {max_queued} blocks in the "
        "writer's queue and the seal thread's backlog together)"
    )
    print(
        f"Checks: observer SHA-256 == baseline SHA-256: {same_hash}; recorder FLAC byte-identical "
        f"to baseline FLAC: {same_file}; frames {info.frames} (expected {total_frames}): "
        f"{frames_ok}; overflows {info.overflows}; events {observer.events}; seal: {seal_note}"
    )
    checks = same_hash and same_file and frames_ok and info.overflows == 0 and seal_ok
    ok = ratio_ok and growth_ok and checks
    print(f"Result: {_verdict(ok)}")
    return ok


def main() -> int:
    """Parse the options, prepare the folder, run, clean up."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hours", type=float, default=2.0, help="audio length (default 2)")
    parser.add_argument(
        "--out", type=Path, help="folder for the files (kept); default: a temp folder, removed"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated voice")
    parser.add_argument(
        "--queue-blocks", type=int, default=256, help="feeder waits above this queue length"
    )
    parser.add_argument(
        "--no-seal",
        action="store_true",
        help="RecordingSettings(seal=False): no seal written at stop",
    )
    parser.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the journal to two fresh recipients (as with the archive's keys)",
    )
    args = parser.parse_args()
    if args.hours <= 0:
        parser.error("--hours must be more than 0")
    signal.signal(signal.SIGTERM, _on_sigterm)
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix="bench-pipeline-", dir=args.out))
    else:
        folder = Path(tempfile.mkdtemp(prefix="opnamestudio-bench-pipeline-"))
    print(
        f"bench_pipeline: {args.hours:g} h of speech-like audio, {BLOCK}-frame blocks, mono "
        f"{RATE} Hz FLAC, journal {'encrypted' if args.encrypt else 'plaintext'}, in {folder}"
        + ("" if args.out else " (removed afterwards)"),
        flush=True,
    )
    try:
        ok = run(
            args.hours, folder, args.seed, args.queue_blocks,
            seal=not args.no_seal, encrypt=args.encrypt,
        )  # fmt: skip
    except KeyboardInterrupt:
        print("bench_pipeline: interrupted", file=sys.stderr)
        return 130
    finally:
        if args.out is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
