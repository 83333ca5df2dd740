"""Align a lossy copy's fingerprint with the seal's: what matches, what was cut or added.

1. Votes: every copy sub-fingerprint, and its 32 one-bit variants, is looked up among the
   original's; each hit votes for an offset (original position minus copy position).
2. Segments: for each offset with enough votes, the bit error rate along the copy (over a 2 s
   window) marks where the copy follows the original at that offset.
3. A monotone chain of segments (forward in both the copy and the original) with the largest
   coverage: several edits in one copy are several offsets, never one best offset.
4. Boundaries between consecutive segments are refined frame by frame (1/16 s).

A cut whose both ends fall in pauses cannot be placed more precisely than those pauses (any
start within them gives the same copy); the gap between the matched stretches then spans the
pauses, and its length change is still exact.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from opnamestudio.core.fingerprint import HOP_S, WINDOW_S, bit_errors

__all__ = ["FpSegment", "match_fingerprints", "value_time"]

#: Smoothing window for the bit error rate: 2 s (in sub-fingerprints).
WINDOW = round(2.0 / HOP_S)
#: Mean bit errors (of 32) below which a window matches (unrelated speech: about 16).
MATCH_BITS = 9.0
#: Per-frame score pivot for boundary refinement.
PIVOT_BITS = 10.0
#: Shortest matching stretch that counts: 1 s (in sub-fingerprints).
MIN_SEGMENT = round(1.0 / HOP_S)
#: Sub-fingerprints more common than this in the original carry no information (silence).
MAX_OCCURRENCES = 16
MIN_VOTES = 3
#: A break of at least this long (sub-fingerprints: 0.75 s) between two stretches at the same
#: offset is kept, so a same-length replacement can be told from a pause (by its loudness).
KEEP_GAP = round(0.75 / HOP_S)


@dataclass(frozen=True)
class FpSegment:
    """Copy values [copy_start, copy_end) match original values shifted by ``offset``."""

    copy_start: int
    copy_end: int
    offset: int

    @property
    def orig_start(self) -> int:
        """First matching original value."""
        return self.copy_start + self.offset

    @property
    def orig_end(self) -> int:
        """End (exclusive) in the original."""
        return self.copy_end + self.offset


def value_time(index: int) -> float:
    """Seconds into the audio that sub-fingerprint ``index`` describes (its frame's centre)."""
    return (index + 1) * HOP_S + WINDOW_S / 2


def _votes(orig: np.ndarray, copy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(copy index, offset) for every exact or one-bit-off hit."""
    order = np.argsort(orig, kind="stable")
    sorted_vals = orig[order]
    flips = np.concatenate([[0], np.uint32(1) << np.arange(32, dtype=np.uint32)]).astype(np.uint32)
    queries = (copy[:, None] ^ flips[None, :]).ravel()
    copy_index = np.repeat(np.arange(len(copy)), len(flips))
    lo = np.searchsorted(sorted_vals, queries, side="left")
    hi = np.searchsorted(sorted_vals, queries, side="right")
    count = hi - lo
    keep = (count > 0) & (count <= MAX_OCCURRENCES)
    lo, count, copy_index = lo[keep], count[keep], copy_index[keep]
    if not len(lo):
        return np.empty(0, np.int64), np.empty(0, np.int64)
    # Expand each hit range [lo, lo + count) into single hits.
    starts = np.repeat(lo, count)
    within = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
    orig_index = order[starts + within]
    j = np.repeat(copy_index, count)
    return j, orig_index - j


def _segments_for(orig: np.ndarray, copy: np.ndarray, offset: int) -> list[FpSegment]:
    lo = max(0, -offset)
    hi = min(len(copy), len(orig) - offset)
    if hi - lo < MIN_SEGMENT:
        return []
    errors = bit_errors(copy[lo:hi], orig[lo + offset : hi + offset]).astype(np.float64)
    window = min(WINDOW, len(errors))
    kernel = np.ones(window) / window
    smooth = np.convolve(errors, kernel, mode="same")
    good = smooth < MATCH_BITS
    edges = np.flatnonzero(np.diff(np.concatenate([[0], good.astype(np.int8), [0]])))
    segments = []
    for start, end in zip(edges[::2], edges[1::2], strict=True):
        if end - start >= MIN_SEGMENT:
            segments.append(FpSegment(lo + int(start), lo + int(end), offset))
    return segments


def _chain(segments: list[FpSegment]) -> list[FpSegment]:
    """The monotone, non-overlapping chain with the largest copy coverage."""
    segs = sorted(segments, key=lambda s: (s.copy_start, s.copy_end))
    slack = WINDOW // 2
    best = [0] * len(segs)
    parent = [-1] * len(segs)
    for k, s in enumerate(segs):
        best[k] = s.copy_end - s.copy_start
        for m in range(k):
            p = segs[m]
            if p.copy_end <= s.copy_start + slack and p.orig_end <= s.orig_start + slack:
                gain = best[m] + (s.copy_end - max(s.copy_start, p.copy_end))
                if gain > best[k]:
                    best[k], parent[k] = gain, m
    if not segs:
        return []
    k = int(np.argmax(best))
    chain = []
    while k >= 0:
        chain.append(segs[k])
        k = parent[k]
    chain.reverse()
    return chain


def _errors_at(orig: np.ndarray, copy: np.ndarray, offset: int, lo: int, hi: int) -> np.ndarray:
    """Bit errors of copy[lo:hi] at ``offset``; 32 where the original has no value."""
    out = np.full(max(0, hi - lo), 32.0)
    a = max(lo, -offset)
    b = min(hi, len(orig) - offset)
    if b > a:
        out[a - lo : b - lo] = bit_errors(copy[a:b], orig[a + offset : b + offset])
    return out


def _refine(orig: np.ndarray, copy: np.ndarray, chain: list[FpSegment]) -> list[FpSegment]:
    """Move each boundary to the frame where the evidence changes."""
    out = list(chain)
    for k in range(len(out)):
        s = out[k]
        # End: extend or shrink within +-WINDOW to maximise the running score.
        lo = max(s.copy_start, s.copy_end - WINDOW)
        hi = min(len(copy), s.copy_end + WINDOW)
        if k + 1 < len(out):
            hi = min(hi, out[k + 1].copy_end)
        score = np.cumsum(PIVOT_BITS - _errors_at(orig, copy, s.offset, lo, hi))
        end = lo + int(np.argmax(score)) + 1 if len(score) and score.max() > 0 else lo
        # Start: the same backwards.
        lo2 = max(0, s.copy_start - WINDOW)
        if k > 0:
            lo2 = max(lo2, out[k - 1].copy_start)
        hi2 = min(s.copy_end, s.copy_start + WINDOW)
        back = np.cumsum((PIVOT_BITS - _errors_at(orig, copy, s.offset, lo2, hi2))[::-1])
        start = hi2 - (int(np.argmax(back)) + 1) if len(back) and back.max() > 0 else hi2
        out[k] = FpSegment(min(start, s.copy_start), max(end, start + 1), s.offset)
    # Overlaps (a cut inside speech): split where the two offsets' evidence crosses.
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.copy_end > b.copy_start:
            lo, hi = b.copy_start, a.copy_end
            ea = _errors_at(orig, copy, a.offset, lo, hi)
            eb = _errors_at(orig, copy, b.offset, lo, hi)
            cost = np.concatenate([[0.0], np.cumsum(ea)]) + np.concatenate(
                [np.cumsum(eb[::-1])[::-1], [0.0]]
            )
            split = lo + int(np.argmin(cost))
            out[k] = FpSegment(a.copy_start, max(a.copy_start + 1, split), a.offset)
            out[k + 1] = FpSegment(min(split, b.copy_end - 1), b.copy_end, b.offset)
    return [s for s in out if s.copy_end > s.copy_start]


def match_fingerprints(orig: np.ndarray, copy: np.ndarray) -> list[FpSegment]:
    """Matching stretches of a copy, in order; empty when nothing matches."""
    orig = np.asarray(orig, dtype=np.uint32)
    copy = np.asarray(copy, dtype=np.uint32)
    if len(orig) < MIN_SEGMENT or len(copy) < MIN_SEGMENT:
        return []
    _j, offsets = _votes(orig, copy)
    if not len(offsets):
        return []
    values, counts = np.unique(offsets, return_counts=True)
    candidates = values[counts >= MIN_VOTES]
    # Strongest offsets first; a copy has a handful of real ones, spurious ones are weak.
    candidates = candidates[np.argsort(-counts[counts >= MIN_VOTES])][:400]
    segments: list[FpSegment] = []
    for offset in candidates:
        segments.extend(_segments_for(orig, copy, int(offset)))
    refined = _refine(orig, copy, _chain(segments))
    merged: list[FpSegment] = []
    for s in refined:
        # Same offset: the same alignment, broken by a pause (a noise floor the codec changed
        # beyond recognition) or by a same-length replacement; short breaks are pauses.
        if (
            merged
            and merged[-1].offset == s.offset
            and s.copy_start - merged[-1].copy_end < KEEP_GAP
        ):
            merged[-1] = FpSegment(merged[-1].copy_start, s.copy_end, s.offset)
        else:
            merged.append(s)
    return merged
