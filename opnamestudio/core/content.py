"""The audio content, independent of its container: PCM hash, content-defined chunks, runs.

The same incremental hasher runs in the writer thread while recording and over a decoded copy
when verifying, so both sides cut the audio at the same places. Everything here is specified in
docs/seal-format.md precisely enough to re-implement it; change nothing without a new format
version.

- **PCM hash**: SHA-256 over the samples as signed 16-bit little-endian, frames interleaved.
- **Chunks**: a boundary candidate is a frame whose 4-frame window of channel-0 samples hashes to
  a value with its low 14 bits zero (windows of four identical samples never qualify). A chunk
  runs from the previous boundary to the first candidate at least ``rate // 4`` frames on, and
  is cut at ``rate`` frames (one second) when no candidate comes. Each chunk's hash is the first
  16 bytes of the SHA-256 of its PCM bytes. An insertion or a cut shifts positions, not
  content, so boundaries after an edit fall where they fell in the original and the chunks match
  again: that is how an edit is located, also when it moves everything after it.
- **Runs**: stretches of at least half a second of identical frames (digital silence). An edit
  inside such a run cannot be placed more precisely than the run, so the verifier reports it as
  the whole run.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from opnamestudio.core.chunktable import (
    CHUNK,
    CHUNK_ALGORITHM,
    HASH_BYTES,
    chunk_limits,
    pack_chunks,
    run_minimum,
    unpack_chunks,
)

__all__ = [
    "CHUNK_ALGORITHM",
    "ContentDigest",
    "ContentHasher",
    "Gatherer",
    "PagedBuffer",
    "chunk_limits",
    "pack_chunks",
    "unpack_chunks",
]

WINDOW = 4
MASK = (1 << 14) - 1
# Odd 32-bit multipliers (from the digits of pi and e); fixed by the format.
K = (0x243F6A89, 0xB7E15163, 0x9E3779B9, 0x85A308D3)
MIX = 0x2C1B3C6D
#: Frames gathered before the hasher works on them (1.4 s at 48 kHz): fewer, larger numpy
#: calls (measured: ~20 % less time per block than a third of a second), ≤ 256 KiB waiting.
GATHER = 65536
_CHUNK = CHUNK
#: Windows hashed per numpy pass in boundary_candidates.
SLICE = 32768


class PagedBuffer:
    """Bytes appended in fixed pages that never move: the growing part of the seal's state.

    A growing bytearray is reallocated over and over; each copy leaves a hole behind in the heap
    of the thread that fills it (the seal thread), and the heap grows by more than the data over a
    long recording. Pages are allocated once and kept until the end.
    """

    PAGE = 1 << 16

    def __init__(self) -> None:
        self._pages: list[bytearray] = []
        self._used = self.PAGE  # bytes used in the last page (no page yet: as if full)

    def __len__(self) -> int:
        return max(0, len(self._pages) - 1) * self.PAGE + (self._used if self._pages else 0)

    def extend(self, data: bytes) -> None:
        """Append ``data``."""
        view = memoryview(data).cast("B")
        while len(view):
            if self._used == self.PAGE:
                self._pages.append(bytearray(self.PAGE))
                self._used = 0
            n = min(len(view), self.PAGE - self._used)
            self._pages[-1][self._used : self._used + n] = view[:n]
            self._used += n
            view = view[n:]

    def getvalue(self) -> bytes:
        """Everything appended, as one bytes object."""
        if not self._pages:
            return b""
        return b"".join([*self._pages[:-1], memoryview(self._pages[-1])[: self._used]])


class Gatherer:
    """Gathers small int16 blocks in one buffer, allocated once, and hands it on when full.

    ``process`` gets ``size`` frames at a time (a block of at least ``size`` frames arriving when
    nothing waits goes through as it is), then what is left at ``flush``. It must not keep a
    reference to what it gets: the buffer is filled again.
    """

    def __init__(self, size: int, channels: int, process: Callable[[np.ndarray], None]) -> None:
        self._buffer = np.empty((size, channels), dtype=np.int16)
        self._size = size
        self._process = process
        #: Frames waiting in the buffer.
        self.pending = 0

    def add(self, block: np.ndarray) -> None:
        """Add ``block`` (frames, channels) of int16."""
        if self.pending == 0 and len(block) >= self._size:
            self._process(block)
            return
        while len(block):
            n = min(self._size - self.pending, len(block))
            self._buffer[self.pending : self.pending + n] = block[:n]
            self.pending += n
            block = block[n:]
            if self.pending == self._size:
                self.pending = 0
                self._process(self._buffer)

    def flush(self) -> None:
        """Hand on what waits."""
        if self.pending:
            waiting, self.pending = self.pending, 0
            self._process(self._buffer[:waiting])


def boundary_candidates(ch0: np.ndarray, first_index: int) -> np.ndarray:
    """Frame indices (relative to ``ch0``) that are boundary candidates.

    ``ch0`` holds channel-0 samples with the WINDOW - 1 frames before the block prepended; the
    first ``first_index`` entries are such history, or fewer at the very start of the stream.
    A candidate index i means a boundary may fall right after frame i, i.e. at i + 1.
    Long inputs are worked through in slices of SLICE windows: the temporaries then stay small
    (measured: 2.1 us a block of 1024 frames in 32768-frame slices, 5 us in one 65536-frame go).
    """
    n = len(ch0)
    if n - WINDOW + 1 <= SLICE:
        idx = _candidates(ch0)
    else:
        idx = np.concatenate(
            [
                _candidates(ch0[start : start + SLICE + WINDOW - 1]) + start
                for start in range(0, n - WINDOW + 1, SLICE)
            ]
        )
    return idx[idx >= first_index]


def _candidates(ch0: np.ndarray) -> np.ndarray:
    x = ch0.astype(np.int16, copy=False).view(np.uint16).astype(np.uint32)
    n = len(x)
    if n < WINDOW:
        return np.empty(0, dtype=np.int64)
    a, b, c, d = (x[i : n - WINDOW + 1 + i] for i in range(WINDOW))
    v = a * np.uint32(K[0])
    v += b * np.uint32(K[1])
    v += c * np.uint32(K[2])
    v += d * np.uint32(K[3])
    v ^= v >> np.uint32(15)
    v *= np.uint32(MIX)
    v ^= v >> np.uint32(13)
    hits = np.flatnonzero((v & np.uint32(MASK)) == 0)
    # Hits are rare (1 in 16384): the constant-window rule is checked on them alone.
    hits = hits[~((a[hits] == b[hits]) & (b[hits] == c[hits]) & (c[hits] == d[hits]))]
    idx: np.ndarray = hits + (WINDOW - 1)
    return idx


@dataclass(frozen=True)
class ContentDigest:
    """The finished content description of one stream of audio."""

    samplerate: int
    channels: int
    frames: int
    pcm_sha256: str
    #: Packed chunks: per chunk a little-endian u32 length in frames and 16 hash bytes.
    chunks: bytes
    #: Runs of identical frames: (start frame, length in frames).
    runs: tuple[tuple[int, int], ...]

    def chunk_list(self) -> list[tuple[int, int, bytes]]:
        """Chunks as (start frame, length, hash)."""
        return unpack_chunks(self.chunks)


class ContentHasher:
    """Feeds on int16 blocks of shape (frames, channels); ``finish()`` gives the digest.

    Memory stays small for any length: the chunk table grows by 20 bytes a chunk (about 240 KB
    for two hours), the runs by 16 bytes a run (at most one per half second: 230 KB for two
    hours of nothing but runs), and nothing else grows.
    """

    def __init__(self, samplerate: int, channels: int) -> None:
        self.samplerate = samplerate
        self.channels = channels
        self._min, self._max = chunk_limits(samplerate)
        self._run_min = run_minimum(samplerate)
        self._pcm = hashlib.sha256()
        self._chunk_hash = hashlib.sha256()
        self._chunk_start = 0
        self._chunks = PagedBuffer()
        self._frames = 0
        self._history = np.empty(0, dtype=np.int16)
        self._run_start = 0
        self._last_frame: np.ndarray | None = None
        #: Runs so far, flat: start, length, start, length, ... (packed, not a tuple per run).
        self._runs = array("q")
        self._gather = Gatherer(GATHER, channels, self._process)

    @property
    def frames(self) -> int:
        """Frames fed so far."""
        return self._frames + self._gather.pending

    def update(self, block: np.ndarray) -> None:
        """Add the next block (any length, including 0).

        Small blocks are gathered and processed about every 1.4 seconds: the work per
        frame is the same, the fixed cost per call is paid far less often.
        """
        if block.ndim == 1:
            block = block.reshape(-1, 1)
        if block.dtype != np.int16 or block.shape[1] != self.channels:
            raise ValueError("blocks must be int16 with the hasher's channel count")
        self._gather.add(block)

    def _process(self, block: np.ndarray) -> None:
        n = len(block)
        # The bytes as a view: hashing it, and its slices per chunk, copies nothing.
        data = np.ascontiguousarray(block.astype("<i2", copy=False)).data.cast("B")
        self._pcm.update(data)
        self._update_chunks(block, data)
        self._update_runs(block)
        self._frames += n

    def _update_chunks(self, block: np.ndarray, data: memoryview) -> None:
        n = len(block)
        base = self._frames
        history = self._history
        ch0 = np.concatenate([history, block[:, 0]])
        offset = len(history)
        candidates = boundary_candidates(ch0, first_index=offset)
        # Absolute boundary positions (a candidate at i ends a chunk at i + 1).
        positions = candidates - offset + base + 1
        frame_bytes = 2 * self.channels
        cursor = base  # absolute frame up to which this block was hashed into the chunk
        for pos in self._boundaries_in(positions, base + n):
            self._chunk_hash.update(
                data[(cursor - base) * frame_bytes : (pos - base) * frame_bytes]
            )
            self._close_chunk(pos)
            cursor = pos
        self._chunk_hash.update(data[(cursor - base) * frame_bytes :])
        self._history = ch0[-(WINDOW - 1) :].copy()

    def _boundaries_in(self, candidates: np.ndarray, block_end: int) -> list[int]:
        """The chunk ends that fall in this block, applying the minimum and maximum lengths."""
        ends = []
        start = self._chunk_start
        i = 0
        count = len(candidates)
        while True:
            lo, hi = start + self._min, start + self._max
            while i < count and candidates[i] < lo:
                i += 1
            if i < count and candidates[i] <= hi:
                end = int(candidates[i])
            elif hi <= block_end:
                end = hi
            else:
                break
            if end > block_end:
                break
            ends.append(end)
            start = end
        return ends

    def _close_chunk(self, end: int) -> None:
        length = end - self._chunk_start
        self._chunks.extend(_CHUNK.pack(length, self._chunk_hash.digest()[:HASH_BYTES]))
        self._chunk_hash = hashlib.sha256()
        self._chunk_start = end

    def _update_runs(self, block: np.ndarray) -> None:
        base = self._frames
        if self._last_frame is None:
            prev = block[:1]
            self._run_start = 0
        else:
            prev = self._last_frame[None, :]
        joined = np.concatenate([prev, block])
        if self.channels == 1:
            differs = joined[1:, 0] != joined[:-1, 0]
        else:
            differs = np.any(joined[1:] != joined[:-1], axis=1)
        self._last_frame = block[-1].copy()
        # A run that starts in this block (a change, then equal frames up to the next change)
        # spans at least ``run_min - 1`` equal neighbours. Speech, with its noise floor, has far
        # fewer: then only the run that was open when the block began can end in it (at its first
        # change), and the open run restarts at its last change. Same runs, a fraction of the work.
        if len(differs) - int(np.count_nonzero(differs)) < self._run_min - 1:
            if differs.any():
                first = int(differs.argmax())
                if base + first - self._run_start >= self._run_min:
                    self._runs.append(self._run_start)
                    self._runs.append(base + first - self._run_start)
                self._run_start = base + len(differs) - 1 - int(differs[::-1].argmax())
            return
        changed = np.flatnonzero(differs)
        if len(changed):
            # A change at index j means frame base + j differs from the frame before it: a run
            # ends there. Runs are the gaps between consecutive changes.
            starts = np.concatenate([[self._run_start], base + changed[:-1]])
            ends = base + changed
            long = np.flatnonzero(ends - starts >= self._run_min)
            for k in long:
                self._runs.append(int(starts[k]))
                self._runs.append(int(ends[k] - starts[k]))
            self._run_start = int(ends[-1])

    def finish(self) -> ContentDigest:
        """Close the last chunk and run; the hasher must not be fed afterwards."""
        self._gather.flush()
        if self._frames > self._chunk_start:
            self._close_chunk(self._frames)
        flat = self._runs
        runs = [(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]
        if self._frames - self._run_start >= self._run_min and self._last_frame is not None:
            runs.append((self._run_start, self._frames - self._run_start))
        return ContentDigest(
            samplerate=self.samplerate,
            channels=self.channels,
            frames=self._frames,
            pcm_sha256=self._pcm.hexdigest(),
            chunks=self._chunks.getvalue(),
            runs=tuple(runs),
        )
