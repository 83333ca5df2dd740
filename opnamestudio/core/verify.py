"""Verify a copy against its seal: two answers, always both — what the content is, who signed.

Content verdicts (DESIGN §6): intact, intact-audio, modified, derived, transcoded, unrelated,
seal-invalid. Signer: trusted, unknown-key, invalid. Exit codes: 0 for intact/intact-audio by a
trusted key, 1 for anything else, 2 when the check could not run.

Reading the copy's audio means running a decoder over untrusted bytes, so it happens in a child
process with a time limit (scaled to the seal's duration), a frame limit (a file that decodes to
far more audio than the seal describes is stopped) and, where the OS allows, a memory limit. A
crash or a limit is a clean VerifyError (exit 2), never a hang.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

from opnamestudio.core.audio_in import AudioReader, open_audio
from opnamestudio.core.content import ContentHasher, unpack_chunks
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.fingerprint import HOP_S, LOUDNESS_S, FingerprintHasher
from opnamestudio.core.fpmatch import FpSegment, match_fingerprints, value_time
from opnamestudio.core.keys import PublicKey, Signature, SignatureError, TrustStore
from opnamestudio.core.locate import EditRange, Match, align_chunks, locate_edits
from opnamestudio.core.seal import (
    SEAL_SUFFIX,
    SIG_SUFFIX,
    Seal,
    SealError,
    SealNewerError,
    file_sha256,
)

__all__ = [
    "EXIT_CANNOT_RUN",
    "EXIT_NOT_OK",
    "EXIT_OK",
    "VerifyError",
    "VerifyResult",
    "analyze_copy",
    "find_seal",
    "verify",
]

EXIT_OK = 0
EXIT_NOT_OK = 1
EXIT_CANNOT_RUN = 2
JSON_SCHEMA = "opnamestudio-verify/1"
#: Below this share of matching audio (of the copy and of the original) a copy is unrelated.
UNRELATED_BELOW = 0.25
#: A lossy copy is "transcoded" when at least this share of it sounds like the original.
TRANSCODED_FROM = 0.5
#: Unmatched stretches this short at the very start or end are the fingerprint's own edges.
EDGE_SLACK_S = 1.0
#: Longest recording the decoding limits allow for (a conversation is hours, not days).
MAX_SEAL_HOURS = 12
#: Memory limit for the decoding child where the OS supports it.
CHILD_MEMORY = 2 * 1024 * 1024 * 1024


class VerifyError(OpnameError):
    """The check could not run (exit code 2)."""

    code = "verify"


@dataclass
class VerifyResult:
    """The outcome of one verification."""

    content: str
    signer: str
    file: Path
    seal: Path | None
    key_id: str | None = None
    detail: str = ""
    signer_detail: str = ""
    file_sha256: str | None = None
    samplerate: int = 48000
    ranges: list[EditRange] = field(default_factory=list)
    shared: list[Match] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 only for the same audio under a trusted signature."""
        ok = self.content in ("intact", "intact-audio") and self.signer == "trusted"
        return EXIT_OK if ok else EXIT_NOT_OK

    def to_json(self) -> dict[str, Any]:
        """The documented --json output (docs/verify-json.md)."""
        rate = self.samplerate
        return {
            "schema": JSON_SCHEMA,
            "file": {"path": str(self.file), "sha256": self.file_sha256},
            "seal": {"path": str(self.seal) if self.seal else None},
            "content": {
                "verdict": self.content,
                "detail": self.detail,
                "ranges": [r.to_json(rate) for r in self.ranges],
                "shared": [
                    {
                        "original": {
                            "start": round(m.orig_start / rate, 3),
                            "end": round(m.orig_end / rate, 3),
                        },
                        "file": {
                            "start": round(m.copy_start / rate, 3),
                            "end": round(m.copy_end / rate, 3),
                        },
                    }
                    for m in self.shared
                ]
                if self.content == "unrelated"
                else [],
            },
            "signer": {
                "status": self.signer,
                "key_id": self.key_id,
                "detail": self.signer_detail,
            },
            "exit_code": self.exit_code,
        }


def find_seal(audio: Path) -> Path | None:
    """The seal beside a file: gesprek.flac -> gesprek.zegel.json."""
    candidate = audio.with_name(audio.stem + SEAL_SUFFIX)
    return candidate if candidate.exists() else None


def _signature_path(seal: Path) -> Path:
    name = seal.name
    if name.endswith(SEAL_SUFFIX):
        return seal.with_name(name[: -len(SEAL_SUFFIX)] + SIG_SUFFIX)
    return seal.with_name(name + ".minisig")


def _check_signer(seal: Seal, seal_path: Path, trust: Sequence[PublicKey]) -> tuple[str, str]:
    sig_path = _signature_path(seal_path)
    try:
        with open(sig_path, "rb") as fh:
            signature = Signature.from_bytes(fh.read(16384))
    except FileNotFoundError:
        return "invalid", f"no signature file ({sig_path.name})"
    except OSError as exc:
        return "invalid", f"cannot read {sig_path.name}: {exc.strerror}"
    except SignatureError as exc:
        return "invalid", exc.message
    key = seal.public_key
    try:
        key.verify(seal.raw, signature)
    except SignatureError as exc:
        return "invalid", exc.message
    if any(k.raw == key.raw for k in trust):
        return "trusted", "signed by a trusted key"
    return "unknown-key", "valid signature by a key that is not in the trust store"


def verify(
    audio: Path,
    seal_path: Path | None = None,
    trust_files: Sequence[Path] = (),
    *,
    isolate: bool = True,
    use_trust_store: bool = True,
) -> VerifyResult:
    """Check ``audio`` against its seal. Raises VerifyError when the check cannot run."""
    if not audio.is_file():
        raise VerifyError(f"{audio} does not exist or is not a file")
    seal_path = seal_path or find_seal(audio)
    if seal_path is None:
        raise VerifyError(
            f"No seal found for {audio.name}",
            hint=f"Give the seal with --seal (normally {audio.stem}{SEAL_SUFFIX} beside the file)",
        )
    trust = [PublicKey.from_file(p) for p in trust_files]
    if use_trust_store:
        trust += TrustStore().trusted_keys()
    try:
        sha, _size = file_sha256(audio)
    except OSError as exc:
        raise VerifyError(f"Cannot read {audio}: {exc.strerror}") from exc
    try:
        seal = Seal.from_file(seal_path)
    except SealNewerError as exc:
        raise VerifyError(exc.message, hint=exc.hint) from exc
    except SealError as exc:
        if "Cannot read" in exc.message:
            raise VerifyError(exc.message, hint=exc.hint) from exc
        return VerifyResult(
            "seal-invalid", "invalid", audio, seal_path, detail=exc.message, file_sha256=sha
        )
    result = VerifyResult(
        "",
        "",
        audio,
        seal_path,
        key_id=seal.data["signer"]["key_id"],
        file_sha256=sha,
        samplerate=seal.samplerate,
    )
    result.signer, result.signer_detail = _check_signer(seal, seal_path, trust)
    if result.signer == "invalid":
        result.content = "seal-invalid"
        result.detail = f"the seal's signature does not verify: {result.signer_detail}"
        return result
    if sha == seal.audio["sha256"]:
        result.content = "intact"
        result.detail = "the file's bytes are exactly the sealed recording"
        return result
    analysis = _analyze(audio, seal_path, seal, isolate=isolate)
    _content_verdict(result, seal, analysis)
    return result


def _content_verdict(result: VerifyResult, seal: Seal, analysis: dict[str, Any]) -> None:
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
    for k in range(len(bounds) - 1):
        a, b = bounds[k], bounds[k + 1]
        o_lo, o_hi = a.orig_end, max(a.orig_end, b.orig_start)
        c_lo, c_hi = a.copy_end, max(a.copy_end, b.copy_start)
        at_edge = k == 0 or k == len(bounds) - 2
        if at_edge and o_hi - o_lo <= slack and c_hi - c_lo <= slack:
            continue  # the fingerprint's first and last frames: not an edit
        if a.offset == b.offset and not at_edge:
            continue
        if (o_hi - o_lo) * HOP_S < 0.5 and (c_hi - c_lo) * HOP_S < 0.5:
            continue

        def fr(index: int) -> int:
            return round(index * HOP_S * rate)

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


def _loudness_kind(seal: Seal, start_s: float, end_s: float) -> str | None:
    """'speech' or 'pause' for a stretch of the original, from the seal's loudness envelope."""
    fingerprint = seal.fingerprint
    if fingerprint is None or not len(fingerprint.loudness) or end_s <= start_s:
        return None
    loud = fingerprint.loudness
    lo = int(start_s / LOUDNESS_S)
    hi = max(lo + 1, int(np.ceil(end_s / LOUDNESS_S)))
    part = loud[lo:hi]
    if not len(part):
        return None
    speech_level = float(np.percentile(loud, 90))
    return "speech" if float(part.max()) >= speech_level - 40 else "pause"


# --------------------------------------------------------------------------- the child side


def _self_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-I", "-m", "opnamestudio"]


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    import resource  # noqa: PLC0415 - POSIX only

    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))


def _analyze(audio: Path, seal_path: Path, seal: Seal, *, isolate: bool) -> dict[str, Any]:
    # The limits follow the seal's duration, capped: a seal by an unknown key could claim any.
    seal_seconds = min(seal.frames / seal.samplerate, MAX_SEAL_HOURS * 3600)
    max_frames = int((2 * seal_seconds + 600) * seal.samplerate)
    if not isolate:
        return _checked(analyze_copy(audio, seal, max_frames), audio)
    timeout = 30 + seal_seconds / 20
    # Absolute paths after "--" (a name may start with a dash), run from a neutral folder in
    # isolated mode: nothing in the folder of received files can be imported by the child.
    cmd = [
        *_self_command(),
        "_analyze",
        "--",
        str(audio.resolve()),
        str(seal_path.resolve()),
        str(max_frames),
    ]
    try:
        child = subprocess.run(
            cmd,
            capture_output=True,
            timeout=timeout,
            check=False,
            cwd=tempfile.gettempdir(),
            preexec_fn=_limit_memory if os.name == "posix" else None,
        )
    except subprocess.TimeoutExpired as exc:
        raise VerifyError(
            f"Reading the audio of {audio.name} took longer than {timeout:.0f} s",
            hint="The file may be damaged or made to stall a decoder; convert it to WAV or FLAC",
        ) from exc
    if child.returncode != 0:
        reason = child.stderr.decode("utf-8", "replace").strip().splitlines()
        last = reason[-1] if reason else f"exit status {child.returncode}"
        raise VerifyError(
            f"The audio decoder stopped on {audio.name}: {last[:200]}",
            hint="The file may be damaged; convert it to WAV or FLAC and try again",
        )
    try:
        result = json.loads(child.stdout)
    except ValueError as exc:
        raise VerifyError("The audio decoder gave no readable answer") from exc
    if not isinstance(result, dict):
        raise VerifyError("The audio decoder gave no readable answer")
    return _checked(result, audio)


def _checked(result: dict[str, Any], audio: Path) -> dict[str, Any]:
    if result.get("too_long"):
        raise VerifyError(
            f"{audio.name} decodes to far more audio than the sealed recording",
            hint="It cannot be a copy of this recording (or it is made to exhaust memory)",
        )
    return result


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


def run_child(argv: Sequence[str]) -> int:
    """Entry point of the hidden ``_analyze`` command: prints the analysis as JSON."""
    audio, seal_path, max_frames = Path(argv[0]), Path(argv[1]), int(argv[2])
    seal = Seal.from_file(seal_path)
    result = analyze_copy(audio, seal, max_frames)
    sys.stdout.write(json.dumps(result))
    return 0
