"""An announced edit (rule 5 "no cutting unless announced"; DESIGN §7): a derived copy.

``derive_copy`` takes a sealed original, removes the declared ranges (for example a child's name
before the copy goes to a complaints committee), writes the result beside it and seals it as
``kind: derived``. The derived seal names the original (its file SHA-256, its seal's SHA-256,
its PCM hash, its recording id and signer), lists the cuts in the original's frames and gives
the reason; it also describes the derived file itself like any seal (file hash, PCM hash,
chunks, acoustic fingerprint), so the verifier answers ``derived`` for that file, lists the
declared cuts, and still finds any change that was *not* declared (``modified``).

Only an original that verifies ``intact`` under a trusted signature may be named: otherwise the
derived seal would vouch for something nobody sealed.

The derived audio is the original's samples with the cuts taken out, in the original's format
when that is 16-bit WAV or FLAC (the formats OpnameStudio records); from any other original (a
received MP3 or M4A) it is a 16-bit FLAC of the decoded samples, because re-encoding a lossy
format would change every sample. The original is read in the isolated decoding child
(``opnamestudio _derive``): a received original is untrusted input.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from opnamestudio.core import audit
from opnamestudio.core.errors import (
    DeriveCutsError,
    DeriveError,
    DeriveOriginalError,
    OpnameError,
)
from opnamestudio.core.fileio import file_sha256, fsync_dir
from opnamestudio.core.seal import MAX_REASON_CHARS, Seal, seal_paths_for

__all__ = [
    "DeriveResult",
    "derive_copy",
    "parse_cut",
    "parse_time",
    "run_derive_child",
]

Progress = Callable[[int, int], None]
_TIME = re.compile(r"(?:(?:(\d+):)?(\d{1,2}):)?(\d+(?:[.,]\d+)?)\Z")


@dataclass(frozen=True)
class DeriveResult:
    """The derived copy and its seal."""

    audio: Path
    seal: Path
    signature: Path
    sha256: str
    #: The declared cuts, [start, end) in frames of the original.
    cuts: tuple[tuple[int, int], ...]
    samplerate: int
    frames: int


def parse_time(text: str) -> float:
    """Seconds from ``75``, ``75.5``, ``1:15``, ``1:15.5`` or ``0:01:15``; ValueError otherwise."""
    match = _TIME.match(text.strip())
    if not match:
        raise ValueError(f"not a time: {text!r} (use seconds, mm:ss or h:mm:ss)")
    hours, minutes, seconds = match.groups()
    value = float(seconds.replace(",", "."))
    if minutes is not None and value >= 60:
        raise ValueError(f"not a time: {text!r} (seconds must be below 60 after a colon)")
    return int(hours or 0) * 3600 + int(minutes or 0) * 60 + value


def parse_cut(text: str) -> tuple[float, float]:
    """``START-END`` in seconds or mm:ss (``1:05-1:12.5``); ValueError otherwise."""
    start, sep, end = text.partition("-")
    if not sep:
        raise ValueError(f"not a range: {text!r} (use START-END, e.g. 1:05-1:12)")
    return parse_time(start), parse_time(end)


def _cut_frames(
    cuts: Sequence[tuple[float, float]], rate: int, frames: int
) -> tuple[tuple[int, int], ...]:
    """The cuts in frames, sorted; DeriveCutsError when outside, overlapping or everything."""
    if not cuts:
        raise DeriveCutsError("No part to take out was given")
    out: list[tuple[int, int]] = []
    for start_s, end_s in sorted(cuts):
        start, end = round(start_s * rate), round(end_s * rate)
        if not 0 <= start < end:
            raise DeriveCutsError(f"The part {start_s:g}-{end_s:g} s is empty or reversed")
        if end > frames:
            raise DeriveCutsError(
                f"The part {start_s:g}-{end_s:g} s ends after the recording ({frames / rate:.3f} s)"
            )
        if out and start < out[-1][1]:
            raise DeriveCutsError(f"The part {start_s:g}-{end_s:g} s overlaps another part")
        out.append((start, end))
    if sum(end - start for start, end in out) >= frames:
        raise DeriveCutsError("Nothing of the recording would be left")
    return tuple(out)


def _output_format(seal: Seal) -> tuple[str, str]:
    """(libsndfile format, file extension) of the derived copy."""
    container = seal.audio["container"]
    if container in ("wav", "flac") and seal.audio["sample_format"] == "PCM_16":
        return container.upper(), "." + container
    return "FLAC", ".flac"


def derive_copy(
    original: Path,
    cuts: Sequence[tuple[float, float]],
    reason: str,
    *,
    out: Path | None = None,
    progress: Progress | None = None,
    trust_files: Sequence[Path] = (),
) -> DeriveResult:
    """Make and seal a copy of ``original`` with ``cuts`` (seconds of the original) removed.

    ``out`` defaults to ``<name>-bewerkt<ext>`` beside the original (never overwritten).
    Raises DeriveOriginalError (not intact, or not trusted), DeriveCutsError, DeriveError.
    """
    from opnamestudio.core.keys import load_or_create_signing_key  # noqa: PLC0415
    from opnamestudio.core.verify import VerifyError, run_decoder, verify  # noqa: PLC0415

    original = Path(original)
    reason = " ".join(reason.split())
    if not reason:
        raise DeriveError("No reason was given", hint="Say why the parts are taken out (--reason)")
    if len(reason) > MAX_REASON_CHARS:
        raise DeriveError(f"The reason is longer than {MAX_REASON_CHARS} characters")
    key = load_or_create_signing_key()
    try:
        check = verify(original, trust_files=trust_files)
    except VerifyError as exc:
        raise DeriveOriginalError(exc.message) from exc
    if check.content != "intact" or check.signer != "trusted" or check.seal is None:
        raise DeriveOriginalError(
            f"{original.name} is not intact under a trusted seal "
            f"(content {check.content}, signer {check.signer})"
        )
    seal = Seal.from_file(check.seal)
    rate = seal.samplerate
    declared = _cut_frames(cuts, rate, seal.frames)
    fmt, ext = _output_format(seal)
    target = out or original.with_name(f"{original.stem}-bewerkt{ext}")
    if target.suffix.lower() != ext:
        raise DeriveError(
            f"The edited copy is a {fmt} file: its name must end in {ext}",
            hint=f"Choose a name ending in {ext}",
        )
    if target.exists() or seal_paths_for(target).manifest.exists():
        raise DeriveError(f"{target} already exists", hint="Choose another name (-o)")
    partial = target.with_name(f"{target.stem}.tmp-{secrets.token_hex(4)}{ext}")
    made = [partial]
    try:
        try:
            answer = run_decoder(
                [
                    "_derive",
                    "--",
                    str(original.resolve()),
                    str(partial.resolve()),
                    fmt,
                    json.dumps([list(c) for c in declared]),
                    str(seal.data["content"]["pcm_sha256"]),
                    str(seal.frames),
                ],
                timeout=120 + seal.frames / rate / 10,
                what=original.name,
                progress=progress,
            )
        except VerifyError as exc:
            raise DeriveError(exc.message, hint=exc.hint) from exc
        if answer.get("error"):
            raise DeriveError(f"The edited copy could not be made: {answer['error']}")
        _fsync_file(partial)
        sha, size = file_sha256(partial)
        os.replace(partial, target)
        made = [target]
        fsync_dir(target.parent)
        manifest = _manifest(seal, check.seal, target, sha, size, declared, reason, answer, key)
        from opnamestudio.core.seal import write_signed_seal  # noqa: PLC0415

        files = write_signed_seal(target, manifest, key)
        made += [files.manifest, files.signature]
        audit.append(
            "derive",
            str(seal.data["recording_id"]),
            original=str(original),
            original_sha256=str(seal.audio["sha256"]),
            audio=str(target),
            audio_sha256=sha,
            cuts=[list(c) for c in declared],
            reason=reason,
        )
    except BaseException:
        for path in made:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        raise
    return DeriveResult(
        target,
        files.manifest,
        files.signature,
        sha,
        declared,
        rate,
        int(answer["frames"]),
    )


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _map_frame(frame: int, cuts: Sequence[tuple[int, int]]) -> int | None:
    """Where ``frame`` of the original lands in the derived copy; None inside a cut."""
    removed = 0
    for start, end in cuts:
        if frame <= start:
            break
        if frame < end:
            return None
        removed += end - start
    return frame - removed


def _manifest(  # noqa: PLR0917 - private, one caller
    seal: Seal,
    seal_path: Path,
    target: Path,
    sha: str,
    size: int,
    cuts: tuple[tuple[int, int], ...],
    reason: str,
    answer: dict[str, Any],
    key: Any,
) -> bytes:
    import base64  # noqa: PLC0415

    from opnamestudio.core.content import ContentDigest  # noqa: PLC0415 - numpy
    from opnamestudio.core.fingerprint import Fingerprint  # noqa: PLC0415
    from opnamestudio.core.seal import build_seal_manifest  # noqa: PLC0415

    rate, channels = seal.samplerate, int(seal.audio["channels"])
    frames = int(answer["frames"])
    if frames != seal.frames - sum(end - start for start, end in cuts):
        raise DeriveError(f"The edited copy holds {frames} frames, not what the cuts leave")
    digest = ContentDigest(
        rate,
        channels,
        frames,
        str(answer["pcm_sha256"]),
        base64.b64decode(str(answer["chunks"]), validate=True),
        tuple((int(a), int(b)) for a, b in answer["runs"]),
    )
    fp = answer.get("fingerprint")
    old = seal.data["timeline"]
    events = []
    for event in old.get("events", []):
        moved = _map_frame(int(event["frame"]), cuts)
        if moved is not None:
            events.append({**event, "frame": moved})
    interruption = old.get("interruption")
    if isinstance(interruption, dict):
        moved = _map_frame(int(interruption.get("frame", 0)), cuts)
        interruption = {**interruption, "frame": moved} if moved is not None else None
    with open(seal_path, "rb") as fh:
        seal_sha = hashlib.sha256(fh.read()).hexdigest()
    return build_seal_manifest(
        kind="derived",
        recording_id=_new_id(),
        audio={
            "name": target.name,
            "size": size,
            "sha256": sha,
            "container": target.suffix.lower().lstrip("."),
            "sample_rate": rate,
            "channels": channels,
            "sample_format": "PCM_16",
            "frames": frames,
            "duration": round(frames / rate, 6),
        },
        digest=digest,
        fingerprint=Fingerprint.from_json(fp) if fp else None,
        timeline={
            "started_utc": old.get("started_utc"),
            "ended_utc": old.get("ended_utc"),
            "ended_by": old.get("ended_by"),
            "recovered": bool(old.get("recovered")),
            "interruption": interruption,
            "events": events,
        },
        key=key,
        session_sha256=seal.data["session"].get("record_sha256"),
        audit_head=audit.head(),
        extra={
            "derived": {
                "original": {
                    "recording_id": str(seal.data["recording_id"]),
                    "audio_sha256": str(seal.audio["sha256"]),
                    "seal_sha256": seal_sha,
                    "pcm_sha256": str(seal.data["content"]["pcm_sha256"]),
                    "frames": seal.frames,
                    "sample_rate": rate,
                    "key_id": str(seal.data["signer"]["key_id"]),
                },
                "cuts": [list(c) for c in cuts],
                "reason": reason,
            }
        },
    )


def _new_id() -> str:
    from opnamestudio.core.importing import _new_id as new_id  # noqa: PLC0415

    return new_id()


# ----------------------------------------------------------------------------- the child side


def _derive_audio(  # noqa: PLR0917 - private, one caller
    original: Path,
    out: Path,
    fmt: str,
    cuts: list[tuple[int, int]],
    pcm_sha256: str,
    frames: int,
    progress: Progress,
) -> dict[str, Any]:
    """Write ``out`` = ``original`` without ``cuts``; describe it. Runs in the child."""
    import base64  # noqa: PLC0415

    import soundfile as sf  # noqa: PLC0415

    from opnamestudio.core.audio_in import open_audio  # noqa: PLC0415
    from opnamestudio.core.content import ContentHasher  # noqa: PLC0415
    from opnamestudio.core.fingerprint import FingerprintHasher  # noqa: PLC0415

    try:
        reader = open_audio(original)
    except OpnameError as exc:
        return {"error": exc.message}
    whole = hashlib.sha256()
    with reader:
        rate, channels = reader.samplerate, reader.channels
        content = ContentHasher(rate, channels)
        fingerprint = FingerprintHasher(rate, channels)
        pos = 0
        with sf.SoundFile(
            out, "x", samplerate=rate, channels=channels, subtype="PCM_16", format=fmt
        ) as dst:
            while True:
                block = reader.read(65536)
                if len(block) == 0:
                    break
                whole.update(block.astype("<i2").tobytes())
                for lo, hi in _kept(pos, pos + len(block), cuts):
                    part = block[lo - pos : hi - pos]
                    dst.write(part)
                    content.update(part)
                    fingerprint.update(part)
                pos += len(block)
                if pos > frames:
                    return {"error": "the original holds more audio than its seal says"}
                progress(pos, frames)
    if pos != frames or whole.hexdigest() != pcm_sha256:
        return {"error": "the original does not decode to the sealed audio"}
    digest = content.finish()
    # Read the written file back: the seal must describe what a checker will decode.
    check = hashlib.sha256()
    with sf.SoundFile(out) as written:
        while len(data := written.read(65536, dtype="int16", always_2d=True)):
            check.update(data.astype("<i2").tobytes())
    if check.hexdigest() != digest.pcm_sha256:
        return {"error": "the edited copy does not read back as written"}
    return {
        "frames": digest.frames,
        "pcm_sha256": digest.pcm_sha256,
        "chunks": base64.b64encode(digest.chunks).decode("ascii"),
        "runs": [list(r) for r in digest.runs],
        "fingerprint": fingerprint.finish().to_json() if fingerprint.usable else None,
    }


def _kept(lo: int, hi: int, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [lo, hi) outside every cut."""
    parts = []
    at = lo
    for start, end in cuts:
        if end <= at or start >= hi:
            continue
        if start > at:
            parts.append((at, start))
        at = max(at, end)
    if at < hi:
        parts.append((at, hi))
    return parts


def run_derive_child(argv: list[str]) -> int:
    """Hidden ``_derive ORIGINAL OUT FORMAT CUTS PCM_SHA256 FRAMES``: progress, then JSON."""
    original, out, fmt = Path(argv[0]), Path(argv[1]), argv[2]
    cuts = [(int(a), int(b)) for a, b in json.loads(argv[3])]

    def progress(done: int, total: int) -> None:
        sys.stdout.write(f"progress {done} {total}\n")
        sys.stdout.flush()

    try:
        result = _derive_audio(original, out, fmt, cuts, argv[4], int(argv[5]), progress)
    except Exception as exc:  # a decoder's or the disk's error: the parent says it plainly
        result = {"error": str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)}
    sys.stdout.write(json.dumps(result) + "\n")
    return 0
