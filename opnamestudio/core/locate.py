"""Locate edits: align a copy's chunks with the seal's; name what was removed, inserted, replaced.

Pure logic over chunk tables, with one callback to hash a stretch of the copy; no I/O of its own.

1. Anchors: chunks of the copy whose hash is in the seal, reduced to the longest chain that runs
   forward in both (a monotone alignment, so several edits and moved passages are handled).
2. Extension: next to every anchored stretch, the seal's neighbouring chunk is hashed at the
   matching position of the copy. After an edit the copy's own chunking may need a chunk or two to
   fall back into step; this recovers those chunks, so each remaining gap is no wider than the
   chunks the edit itself touched (at most one second on either side).
3. Gaps become edits; a gap touching a run of identical samples (digital silence) is widened to
   the whole run, because within such a run any position gives the same copy.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["EditRange", "Match", "align_chunks", "locate_edits"]

Chunk = tuple[int, int, bytes]  # start frame, length, hash
#: Hash ``length`` frames of the copy from ``start``; None when that stretch is not there.
HashAt = Callable[[int, int], bytes | None]


@dataclass(frozen=True)
class Match:
    """A stretch present in both: original [orig_start, orig_end) = copy [copy_start, copy_end)."""

    orig_start: int
    orig_end: int
    copy_start: int
    copy_end: int


@dataclass(frozen=True)
class EditRange:
    """One difference between the original and the copy, in frames."""

    kind: str  # "removed", "inserted" or "replaced"
    orig_start: int
    orig_end: int
    copy_start: int
    copy_end: int
    #: True when the range was widened to a run of identical samples (exact place unknowable).
    in_run: bool = False
    #: For acoustic matches: whether the original around the edit was "speech" or a "pause".
    audio: str | None = None

    def to_json(self, samplerate: int) -> dict[str, Any]:
        """Seconds (3 decimals) and frames, for --json."""

        def sec(frames: int) -> float:
            return round(frames / samplerate, 3)

        return {
            "kind": self.kind,
            "original": {
                "start": sec(self.orig_start),
                "end": sec(self.orig_end),
                "start_frame": self.orig_start,
                "end_frame": self.orig_end,
            },
            "file": {
                "start": sec(self.copy_start),
                "end": sec(self.copy_end),
                "start_frame": self.copy_start,
                "end_frame": self.copy_end,
            },
            "length_change": sec(
                (self.copy_end - self.copy_start) - (self.orig_end - self.orig_start)
            ),
            "in_identical_run": self.in_run,
            "audio": self.audio,
        }


def _longest_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest chain of (copy index, seal index) pairs strictly increasing in both."""
    # Sort by copy index, and by seal index descending within one copy index, so that one copy
    # chunk is never used twice; then a longest strictly increasing subsequence on seal indexes.
    pairs.sort(key=lambda p: (p[0], -p[1]))
    tails: list[int] = []
    tail_at: list[int] = []
    parent = [-1] * len(pairs)
    for k, (_j, i) in enumerate(pairs):
        pos = bisect.bisect_left(tails, i)
        if pos == len(tails):
            tails.append(i)
            tail_at.append(k)
        else:
            tails[pos] = i
            tail_at[pos] = k
        parent[k] = tail_at[pos - 1] if pos else -1
    chain = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(pairs[k])
        k = parent[k]
    chain.reverse()
    return chain


def align_chunks(
    orig: Sequence[Chunk], copy: Sequence[Chunk], copy_frames: int, hash_at: HashAt
) -> list[Match]:
    """Stretches present in both, in order, after anchoring and extension."""
    # Anchor only on chunks that occur once in each (as patience diff does): a repeated chunk,
    # such as a second of digital silence, fits in many places and would pull the alignment
    # askew. Extension places the repeated chunks afterwards, next to their unique neighbours.
    index: dict[bytes, list[int]] = {}
    for i, (_s, _n, h) in enumerate(orig):
        index.setdefault(h, []).append(i)
    copy_count: dict[bytes, int] = {}
    for _s, _n, h in copy:
        copy_count[h] = copy_count.get(h, 0) + 1
    pairs = [
        (j, index[h][0])
        for j, (_s, _n, h) in enumerate(copy)
        if len(index.get(h, ())) == 1 and copy_count[h] == 1
    ]
    chain = _longest_chain(pairs)

    # Merge anchors into stretches contiguous in both.
    matches: list[list[int]] = []  # [orig_lo_idx, orig_hi_idx, copy_start, copy_end]
    for j, i in chain:
        cs, cn, _ = copy[j]
        if matches and matches[-1][1] == i - 1 and matches[-1][3] == cs:
            matches[-1][1] = i
            matches[-1][3] = cs + cn
        else:
            matches.append([i, i, cs, cs + cn])

    # Extension into each gap, forward from the left stretch and backward from the right one.
    result: list[Match] = []
    prev_orig_idx = -1  # last seal chunk index used
    prev_copy_end = 0
    bounds = [*matches, [len(orig), len(orig) - 1, copy_frames, copy_frames]]
    for k, (lo_idx, hi_idx, c_start, c_end) in enumerate(bounds):
        last = k == len(bounds) - 1
        # Forward from the previous stretch's end.
        i, pos = prev_orig_idx + 1, prev_copy_end
        fwd_start_idx, fwd_start_pos = i, pos
        while i < lo_idx:
            _s, n, h = orig[i]
            if pos + n > c_start or hash_at(pos, n) != h:
                break
            i += 1
            pos += n
        if i > fwd_start_idx:
            _append(result, orig, fwd_start_idx, i - 1, fwd_start_pos)
        # Backward from this stretch's start.
        bi, bpos = lo_idx - 1, c_start
        while bi >= i:
            _s, n, h = orig[bi]
            if bpos - n < pos or hash_at(bpos - n, n) != h:
                break
            bi -= 1
            bpos -= n
        if bi + 1 <= lo_idx - 1:
            _append(result, orig, bi + 1, lo_idx - 1, bpos)
        if last:
            break
        _append(result, orig, lo_idx, hi_idx, c_start)
        prev_orig_idx, prev_copy_end = hi_idx, c_end
    return _merge(result)


def _append(out: list[Match], orig: Sequence[Chunk], lo: int, hi: int, copy_start: int) -> None:
    o_start = orig[lo][0]
    o_end = orig[hi][0] + orig[hi][1]
    out.append(Match(o_start, o_end, copy_start, copy_start + (o_end - o_start)))


def _merge(matches: list[Match]) -> list[Match]:
    merged: list[Match] = []
    for m in sorted(matches, key=lambda m: (m.copy_start, m.orig_start)):
        item = m
        if merged and merged[-1].orig_end == m.orig_start and merged[-1].copy_end == m.copy_start:
            last = merged.pop()
            item = Match(last.orig_start, m.orig_end, last.copy_start, m.copy_end)
        merged.append(item)
    return merged


def locate_edits(
    matches: Sequence[Match],
    orig_frames: int,
    copy_frames: int,
    runs: Sequence[tuple[int, int]],
    samplerate: int,
) -> list[EditRange]:
    """The gaps between matched stretches, as edits."""
    edits: list[EditRange] = []
    o_prev, c_prev = 0, 0
    for m in [*matches, Match(orig_frames, orig_frames, copy_frames, copy_frames)]:
        o_gap = (o_prev, max(o_prev, m.orig_start))
        c_gap = (c_prev, max(c_prev, m.copy_start))
        if m.orig_start < o_prev:
            # A stretch from earlier in the original (a moved passage): the copy has it again.
            o_gap = (o_prev, o_prev)
        if o_gap[1] > o_gap[0] or c_gap[1] > c_gap[0]:
            edits.append(_classify(o_gap, c_gap, runs, samplerate))
        o_prev = max(o_prev, m.orig_end)
        c_prev = max(c_prev, m.copy_end)
    return _merge_edits(edits)


def _classify(
    o_gap: tuple[int, int],
    c_gap: tuple[int, int],
    runs: Sequence[tuple[int, int]],
    samplerate: int,
) -> EditRange:
    (o_start, o_end), (c_start, c_end) = o_gap, c_gap
    in_run = False
    for r_start, r_len in runs:
        r_end = r_start + r_len
        overlap = min(o_end, r_end) - max(o_start, r_start)
        # Widen only a gap that lies (mostly) in the run: there the copy fits an edit anywhere
        # along the run. A gap that merely reaches into a run is placed by its other end.
        inside = (
            overlap >= (o_end - o_start) / 2 if o_end > o_start else r_start <= o_start <= r_end
        )
        if inside:
            grow_left = max(0, o_start - r_start)
            grow_right = max(0, r_end - o_end)
            o_start, o_end = o_start - grow_left, o_end + grow_right
            c_start, c_end = max(0, c_start - grow_left), c_end + grow_right
            in_run = True
    o_len, c_len = o_end - o_start, c_end - c_start
    delta = c_len - o_len
    if o_len == 0:
        kind = "inserted"
    elif c_len == 0:
        kind = "removed"
    elif abs(delta) < samplerate // 2:
        kind = "replaced"
    else:
        kind = "removed" if delta < 0 else "inserted"
    return EditRange(kind, o_start, o_end, c_start, c_end, in_run)


def _merge_edits(edits: list[EditRange]) -> list[EditRange]:
    merged: list[EditRange] = []
    for edit in edits:
        e = edit
        if merged and e.orig_start <= merged[-1].orig_end and e.copy_start <= merged[-1].copy_end:
            last = merged.pop()
            o = (min(last.orig_start, e.orig_start), max(last.orig_end, e.orig_end))
            c = (min(last.copy_start, e.copy_start), max(last.copy_end, e.copy_end))
            delta = (c[1] - c[0]) - (o[1] - o[0])
            kind = "replaced" if abs(delta) < (o[1] - o[0]) // 4 + 1 else last.kind
            e = EditRange(kind, o[0], o[1], c[0], c[1], last.in_run or e.in_run)
        merged.append(e)
    return merged
