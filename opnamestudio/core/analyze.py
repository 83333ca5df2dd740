"""The verifier's heavy half: decoding a copy and comparing its content with the seal.

Runs in the verifier's child process (``opnamestudio _analyze``), so that numpy, libsndfile and
FFmpeg are loaded only when a file is not byte-identical, and a decoder crash on a hostile file
ends only that child. ``content_verdict`` turns the child's JSON answer into the verdict.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import soundfile as sf

from opnamestudio.core.audio_in import AudioReader, open_audio
from opnamestudio.core.content import ContentHasher, unpack_chunks
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.fingerprint import HOP_S, LOUDNESS_S, FingerprintHasher
from opnamestudio.core.fpmatch import FpSegment, match_fingerprints, value_time
from opnamestudio.core.locate import EditRange, Match, align_chunks, locate_edits
from opnamestudio.core.seal import Seal

if TYPE_CHECKING:
    from opnamestudio.core.verify import VerifyResult

__all__ = ["analyze_copy", "content_verdict"]

#: Below this share of matching audio (of the copy and of the original) a copy is unrelated.
UNRELATED_BELOW = 0.25
#: A lossy copy is "transcoded" when at least this share of it sounds like the original.
TRANSCODED_FROM = 0.5
#: Unmatched stretches this short at the very start or end are the fingerprint's own edges.
EDGE_SLACK_S = 1.0


def analyze_copy(audio: Path, seal: Seal, max_frames: int) -> dict[str, Any]:  # noqa: PLR0911
    """Decode ``audio`` and compare it with the seal. Runs in the child process.

    First exactly (same samples, chunk by chunk); when that finds no real relation, acoustically
    (the fingerprint survives lossy re-encoding). Returns a JSON-ready dict; never raises for a
    bad file.
    """
    try:
        reader = open_audio(audio)
    except OpnameError as exc:
        return {"error": exc.message}
    with reader:
        info: dict[str, Any] = {
            "format": reader.format_name,
            "subtype": reader.subtype,
            "samplerate": reader.samplerate,
            "channels": reader.channels,
        }
        if not (0 < reader.channels <= 64 and 0 < reader.samplerate <= 768_000):
            return {"error": "implausible audio format", **info}
        same_format = (
            reader.seekable
            and reader.samplerate == seal.samplerate
            and reader.channels == seal.audio["channels"]
        )
        if same_format:
            lossless = _analyze_lossless(reader, seal, max_frames)
            if lossless.get("error") or lossless.get("too_long"):
                return {**info, **lossless}
            matched = sum(m[1] - m[0] for m in lossless["matches"])
            related = matched >= UNRELATED_BELOW * min(seal.frames, max(1, lossless["frames"]))
            if lossless["pcm_sha256"] == seal.data["content"]["pcm_sha256"] or related:
                return {**info, "kind": "lossless", **lossless}
            reader.seek(0)
        if seal.fingerprint is None:
            return {**info, "kind": "none", "frames": 0, "pcm_sha256": "", "matches": []}
    try:
        reader = open_audio(audio)
    except OpnameError as exc:
        return {"error": exc.message}
    with reader:
        return {**info, "kind": "acoustic", **_analyze_acoustic(reader, seal, max_frames)}


def _analyze_lossless(reader: AudioReader, seal: Seal, max_frames: int) -> dict[str, Any]:
    hasher = ContentHasher(reader.samplerate, reader.channels)
    try:
        # read() until it returns nothing: a damaged file's header may promise more frames.
        while True:
            block = reader.read(65536)
            if len(block) == 0:
                break
            hasher.update(block)
            if hasher.frames > max_frames:
                return {"too_long": True}
    except (sf.LibsndfileError, RuntimeError, ValueError) as exc:
        return {"error": f"decoding stopped after {hasher.frames} frames: {_short(exc)}"}
    digest = hasher.finish()
    result: dict[str, Any] = {"frames": digest.frames, "pcm_sha256": digest.pcm_sha256}
    if digest.pcm_sha256 == seal.data["content"]["pcm_sha256"]:
        return {**result, "matches": [], "ranges": []}

    def hash_at(start: int, length: int) -> bytes | None:
        if start < 0 or start + length > digest.frames:
            return None
        reader.seek(start)
        data = reader.read(length)
        if len(data) != length:
            return None
        return hashlib.sha256(data.astype("<i2").tobytes()).digest()[:16]

    try:
        matches = align_chunks(seal.chunks(), unpack_chunks(digest.chunks), digest.frames, hash_at)
    except (sf.LibsndfileError, RuntimeError, ValueError) as exc:
        return {"error": f"cannot read back part of the audio: {_short(exc)}"}
    ranges = locate_edits(matches, seal.frames, digest.frames, seal.runs(), seal.samplerate)
    return {
        **result,
        "matches": [[m.orig_start, m.orig_end, m.copy_start, m.copy_end] for m in matches],
        "ranges": [
            [r.kind, r.orig_start, r.orig_end, r.copy_start, r.copy_end, r.in_run] for r in ranges
        ],
    }


def _analyze_acoustic(reader: AudioReader, seal: Seal, max_frames: int) -> dict[str, Any]:
    fingerprint = seal.fingerprint
    assert fingerprint is not None
    hasher = FingerprintHasher(reader.samplerate, reader.channels)
    # The copy may have another rate: limit by duration, at the copy's own rate.
    limit = max_frames * reader.samplerate // max(1, seal.samplerate)
    frames = 0
    try:
        while True:
            block = reader.read(65536)
            if len(block) == 0:
                break
            hasher.update(block)
            frames += len(block)
            if frames > limit:
                return {"too_long": True}
    except Exception as exc:  # any decoder's error on a damaged file ends the reading cleanly
        if frames == 0:
            return {"error": f"cannot decode the audio: {_short(exc)}"}
    if not hasher.usable:
        return {"error": f"the sample rate {reader.samplerate} Hz is too low to compare"}
    copy = hasher.finish()
    segments = match_fingerprints(fingerprint.values, copy.values)
    return {
        "frames": frames,
        "copy_values": len(copy.values),
        "segments": [[s.copy_start, s.copy_end, s.offset] for s in segments],
    }


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


def content_verdict(result: VerifyResult, seal: Seal, analysis: dict[str, Any]) -> None:
    if analysis.get("error"):
        result.content = "modified"
        result.detail = f"the bytes differ and the audio cannot be read: {analysis['error']}"
        return
    kind = analysis.get("kind")
    if kind == "acoustic":
        _acoustic_verdict(result, seal, analysis)
        return
    if kind == "none":
        result.content = "unrelated"
        result.detail = (
            f"no lossless relation ({analysis['format']}, {analysis['samplerate']} Hz, "
            f"{analysis['channels']} channel(s)), and this seal has no acoustic fingerprint "
            "to compare a converted copy with"
        )
        return
    if analysis["pcm_sha256"] == seal.data["content"]["pcm_sha256"]:
        result.content = "intact-audio"
        result.detail = (
            f"the same audio samples in another file ({analysis['format']}); "
            "only the container or its tags differ"
        )
        return
    matches = [Match(*m) for m in analysis["matches"]]
    ranges = [EditRange(*r) for r in analysis["ranges"]]
    result.content = "modified"
    result.ranges = ranges
    result.detail = f"{len(ranges)} change(s) in the audio" if ranges else "the audio differs"
    result.shared = matches


def _acoustic_verdict(result: VerifyResult, seal: Seal, analysis: dict[str, Any]) -> None:
    rate = seal.samplerate
    segments = [FpSegment(*s) for s in analysis["segments"]]
    copy_values = max(1, int(analysis["copy_values"]))
    covered = sum(s.copy_end - s.copy_start for s in segments)
    coverage = covered / copy_values

    def frames(index: int) -> int:
        return round(value_time(index) * rate)

    shared = [
        Match(frames(s.orig_start), frames(s.orig_end), frames(s.copy_start), frames(s.copy_end))
        for s in segments
    ]
    result.shared = shared
    if coverage < TRANSCODED_FROM:
        result.content = "unrelated"
        seconds = covered * HOP_S
        result.detail = f"not this recording; only {seconds:.1f} s sounds the same" + (
            " ("
            + ", ".join(f"{_span(m.orig_start, m.orig_end, rate)} of the original" for m in shared)
            + ")"
            if shared
            else ""
        )
        return
    result.content = "transcoded"
    orig_values = len(seal.fingerprint.values) if seal.fingerprint is not None else 0
    result.ranges = _acoustic_edits(segments, orig_values, copy_values, rate, seal)
    result.detail = (
        f"a converted copy ({analysis['format']}, {analysis['samplerate']} Hz); "
        f"{coverage:.0%} of it sounds like the original"
        + (f"; {len(result.ranges)} change(s), approximate" if result.ranges else "")
    )


def _span(start: int, end: int, rate: int) -> str:
    return f"{start / rate:.1f}-{end / rate:.1f} s"


def _acoustic_edits(
    segments: list[FpSegment], orig_values: int, copy_values: int, rate: int, seal: Seal
) -> list[EditRange]:
    """Gaps between matched stretches (and at the ends) longer than half a second."""
    edits: list[EditRange] = []
    bounds = [FpSegment(0, 0, 0), *segments, FpSegment(copy_values, copy_values, 0)]
    bounds[-1] = FpSegment(copy_values, copy_values, orig_values - copy_values)
    slack = round(EDGE_SLACK_S / HOP_S)

    def fr(index: int) -> int:
        return round(index * HOP_S * rate)

    for k in range(len(bounds) - 1):
        a, b = bounds[k], bounds[k + 1]
        o_lo, o_hi = a.orig_end, max(a.orig_end, b.orig_start)
        c_lo, c_hi = a.copy_end, max(a.copy_end, b.copy_start)
        at_edge = k == 0 or k == len(bounds) - 2
        if at_edge and o_hi - o_lo <= slack and c_hi - c_lo <= slack:
            continue  # the fingerprint's first and last frames: not an edit
        # Same alignment on both sides: a pause the codec blurred, or the same length of other
        # sound put in. Only speech in the original makes it a replacement.
        if (
            a.offset == b.offset
            and not at_edge
            and not _all_speech(seal, o_lo * HOP_S, o_hi * HOP_S)
        ):
            continue
        if (o_hi - o_lo) * HOP_S < 0.5 and (c_hi - c_lo) * HOP_S < 0.5:
            continue

        o_len, c_len = o_hi - o_lo, c_hi - c_lo
        delta = (c_len - o_len) * HOP_S
        if o_len == 0 or delta >= 0.5:
            kind = "inserted" if c_len > 0 else "replaced"
        elif c_len == 0 or delta <= -0.5:
            kind = "removed"
        else:
            kind = "replaced"
        edits.append(
            EditRange(
                kind,
                fr(o_lo),
                fr(o_hi),
                fr(c_lo),
                fr(c_hi),
                False,
                audio=_loudness_kind(seal, o_lo * HOP_S, o_hi * HOP_S),
            )
        )
    return edits


def _envelope(seal: Seal, lo: int, hi: int) -> tuple[np.ndarray, float] | None:
    """Quarter seconds [lo, hi) of the original's loudness envelope and its speech level."""
    fingerprint = seal.fingerprint
    if fingerprint is None or not len(fingerprint.loudness):
        return None
    part = fingerprint.loudness[lo:hi]
    if not len(part):
        return None
    return part, float(np.percentile(fingerprint.loudness, 90))


def _all_speech(seal: Seal, start_s: float, end_s: float) -> bool:
    """Whether most of a stretch of the original is speech-loud (not a pause with a click)."""
    lo = int(start_s / LOUDNESS_S)
    found = _envelope(seal, lo, max(lo + 1, int(end_s / LOUDNESS_S)))
    if found is None:
        return False
    part, speech_level = found
    return float(np.mean(part >= speech_level - 30)) >= 0.6


def _loudness_kind(seal: Seal, start_s: float, end_s: float) -> str | None:
    """'speech' or 'pause' for a stretch of the original, from the seal's loudness envelope."""
    if end_s <= start_s:
        return None
    lo = int(start_s / LOUDNESS_S)
    found = _envelope(seal, lo, max(lo + 1, int(np.ceil(end_s / LOUDNESS_S))))
    if found is None:
        return None
    part, speech_level = found
    return "speech" if float(part.max()) >= speech_level - 40 else "pause"
