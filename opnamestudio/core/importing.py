"""A recording the client made and hands over, taken in and sealed on receipt (rule 4; DESIGN §7).

``import_received`` copies the file byte for byte into the archive's ``received`` folder, reads
the copy back (out of the page cache where the OS allows) and compares its SHA-256 with the
source's, and seals it as ``kind: received`` — "ontvangen van cliënt op <datum>":

- **by its bytes, always**: the file's SHA-256 and size, whatever the file is (WAV, FLAC, MP3,
  M4A, OGG, a video, or something no decoder reads);
- **by its audio, where it can be decoded**: the PCM hash, the content-defined chunks and the
  acoustic fingerprint, exactly as for a recording, so that a cut copy of it is later located
  (``modified`` with ranges) and a converted copy recognised (``transcoded``).

The client's file is untrusted input: it is decoded only in the isolated child process that the
verifier uses (``opnamestudio _digest``), with a time and a memory limit. A file the child cannot
decode, or that crashes or stalls it, is still taken in and sealed by its bytes; the seal then
says ``"decoded": false`` and describes no audio.

The archived file is named ``ontvangen-<id><extension>``: the client's own file name may hold a
name, and the seal names the file (``audio.name``) but holds no personal data. The original name
and the note go into the audit log's ``import`` entry only.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from opnamestudio.core import audit, paths
from opnamestudio.core.clock import utc_now
from opnamestudio.core.errors import (
    ImportEmptyError,
    ImportFailedError,
    ImportUnreadableError,
    OpnameError,
)
from opnamestudio.core.fileio import fsync_dir

__all__ = [
    "MAX_HOURS",
    "ImportResult",
    "container_of",
    "digest_audio",
    "import_received",
    "run_digest_child",
]

#: Longest audio the decoding child accepts from a client's file (a conversation is hours).
MAX_HOURS = 12
CHUNK = 4 * 1024 * 1024
PREFIX = "ontvangen-"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportResult:
    """A received file in the archive and its seal."""

    audio: Path
    seal: Path
    signature: Path
    #: SHA-256 of the file's bytes (the vingerafdruk), the same as the client's file.
    sha256: str
    #: Whether the audio could be decoded and is sealed by its content too.
    decoded: bool


def _new_id() -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{secrets.token_hex(3)}"


def _suffix(source: Path) -> str:
    """The extension, lower case, when it is a plain one (FAT32-safe); else none."""
    suffix = source.suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ""


def container_of(format_name: str) -> str:
    """The seal's ``audio.container`` for a decoder's format name."""
    name = format_name.upper()
    if name in ("WAV", "WAVEX", "RF64", "W64"):
        return "wav"
    return {"FLAC": "flac", "OGG": "ogg", "MP3": "mp3"}.get(name, "other")


def import_received(
    source: Path, *, note: str = "", progress: Progress | None = None
) -> ImportResult:
    """Take the client's recording ``source`` into the archive and seal it on receipt.

    ``progress(done, total)`` is called from this thread: the copy, the read-back and the
    decoding each count for a third. Raises ImportUnreadableError (the source cannot be read),
    ImportEmptyError, ImportFailedError (nothing is kept then), AuditError when the log cannot
    record the import (the sealed copy is kept).
    """
    from opnamestudio.core.keys import load_or_create_signing_key  # noqa: PLC0415

    source = Path(source)
    try:
        stat = os.stat(source)
    except OSError as exc:
        raise ImportUnreadableError(f"Cannot read {source}: {exc.strerror}") from exc
    if not os.path.isfile(source):
        raise ImportUnreadableError(f"{source} is not a file")
    if stat.st_size == 0:
        raise ImportEmptyError(f"{source.name} is empty (0 bytes)")
    key = load_or_create_signing_key()
    recording_id = _new_id()
    target = paths.received_dir() / f"{PREFIX}{recording_id}{_suffix(source)}"
    size = stat.st_size
    total = 3 * size

    def report(done: int) -> None:
        if progress is not None:
            progress(min(done, total), total)

    made: list[Path] = []
    try:
        sha, size = _copy_verified(source, target, made, report)
        total = 3 * size
        analysis, why_not = _decode(target, size, report)
        manifest = _manifest(target, sha, size, recording_id, analysis, key)
        from opnamestudio.core.seal import write_signed_seal  # noqa: PLC0415

        files = write_signed_seal(target, manifest, key)
        made += [files.manifest, files.signature]
    except BaseException as exc:
        for path in made:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        _log_failure(recording_id, source, exc)
        if isinstance(exc, OpnameError) and not isinstance(exc, ImportUnreadableError):
            if isinstance(exc, ImportFailedError):
                raise
            raise ImportFailedError(exc.message) from exc
        raise
    report(total)
    decoded = analysis is not None
    audit.append(
        "import",
        recording_id,
        audio=str(target),
        audio_sha256=sha,
        bytes=size,
        source=str(source),
        original_name=source.name,
        decoded=decoded,
        not_decoded_because=why_not,
        note=note,
    )
    return ImportResult(target, files.manifest, files.signature, sha, decoded)


def _log_failure(recording_id: str, source: Path, exc: BaseException) -> None:
    code = exc.code if isinstance(exc, OpnameError) else type(exc).__name__
    message = exc.message if isinstance(exc, OpnameError) else str(exc)
    with contextlib.suppress(OpnameError):
        audit.append("import-failed", recording_id, source=str(source), error=code, message=message)


# ----------------------------------------------------------------------------- the copy


def _copy_verified(
    source: Path, target: Path, made: list[Path], report: Callable[[int], None]
) -> tuple[str, int]:
    """Copy ``source`` to ``target`` via a temporary name; read back and compare; (sha, size)."""
    partial = target.with_name(target.name + ".partial")
    digest = hashlib.sha256()
    size = 0
    try:
        src = open(source, "rb", buffering=0)  # noqa: SIM115 - closed below, errors told apart
    except OSError as exc:
        raise ImportUnreadableError(f"Cannot read {source}: {exc.strerror}") from exc
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(partial, flags, 0o644)
        except OSError as exc:
            raise _write_error(exc, partial) from exc
        made.append(partial)
        try:
            while True:
                try:
                    chunk = src.read(CHUNK)
                except OSError as exc:
                    raise ImportUnreadableError(
                        f"Reading {source} failed: {exc.strerror}",
                        hint="Was the USB stick taken out? Put it back and try again",
                    ) from exc
                if not chunk:
                    break
                digest.update(chunk)
                _write_all(fd, chunk)
                size += len(chunk)
                report(size)
            os.fsync(fd)
            if hasattr(os, "posix_fadvise"):
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        except OSError as exc:
            raise _write_error(exc, partial) from exc
        finally:
            os.close(fd)
    finally:
        src.close()
    if size == 0:
        raise ImportEmptyError(f"{source.name} is empty (0 bytes)")
    sha = digest.hexdigest()
    back = _read_back(partial, lambda n: report(size + n))
    if back != (sha, size):
        raise ImportFailedError(
            f"The copy in the archive reads back differently from {source.name} "
            f"({back[1]} bytes, SHA-256 {back[0][:16]}… instead of {size} bytes, {sha[:16]}…)",
            hint="Nothing was kept. The computer's disk may be failing: contact your IT department",
        )
    try:
        os.replace(partial, target)
        made[made.index(partial)] = target
        fsync_dir(target.parent)
    except OSError as exc:
        raise _write_error(exc, target) from exc
    return sha, size


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _read_back(path: Path, report: Callable[[int], None]) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            if hasattr(os, "posix_fadvise"):
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            while chunk := os.read(fd, CHUNK):
                digest.update(chunk)
                size += len(chunk)
                report(size)
        finally:
            os.close(fd)
    except OSError as exc:
        raise _write_error(exc, path) from exc
    return digest.hexdigest(), size


def _write_error(exc: OSError, path: Path) -> ImportFailedError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ImportFailedError(f"The disk holding {path.parent} is full")
    return ImportFailedError(f"Cannot write {path}: {exc.strerror or exc}")


# ----------------------------------------------------------------------------- decoding


def _decode(
    target: Path, size: int, report: Callable[[int], None]
) -> tuple[dict[str, Any] | None, str | None]:
    """The child's analysis of the archived copy, or (None, why) when it cannot be decoded."""
    from opnamestudio.core.verify import VerifyError, run_decoder  # noqa: PLC0415

    def child_progress(done: int, total: int) -> None:
        if total > 0:
            report(2 * size + size * min(done, total) // total)

    # Generous: a slow laptop decodes an hour of MP3 in well under a minute.
    timeout = 120 + size / 2e6
    try:
        answer = run_decoder(
            ["_digest", "--", str(target.resolve()), str(MAX_HOURS * 3600)],
            timeout=timeout,
            what=target.name,
            progress=child_progress,
        )
    except VerifyError as exc:
        return None, exc.message
    if answer.get("too_long"):
        return None, f"decodes to more than {MAX_HOURS} hours of audio"
    if answer.get("error"):
        return None, str(answer["error"])[:300]
    return answer, None


def _manifest(  # noqa: PLR0917 - private, one caller
    target: Path,
    sha: str,
    size: int,
    recording_id: str,
    analysis: dict[str, Any] | None,
    key: Any,
) -> bytes:
    from opnamestudio.core.content import ContentDigest  # noqa: PLC0415 - numpy
    from opnamestudio.core.fingerprint import Fingerprint  # noqa: PLC0415
    from opnamestudio.core.seal import UNDECODED_SAMPLE_FORMAT, build_seal_manifest  # noqa: PLC0415

    now = utc_now()
    if analysis is None:
        rate, channels, frames = 1, 1, 0
        digest = ContentDigest(1, 1, 0, hashlib.sha256(b"").hexdigest(), b"", ())
        container, subtype, fingerprint, decoder = "other", UNDECODED_SAMPLE_FORMAT, None, None
    else:
        rate, channels = int(analysis["samplerate"]), int(analysis["channels"])
        frames = int(analysis["frames"])
        digest = ContentDigest(
            rate,
            channels,
            frames,
            str(analysis["pcm_sha256"]),
            base64_decode(str(analysis["chunks"])),
            tuple((int(a), int(b)) for a, b in analysis["runs"]),
        )
        container = container_of(str(analysis["format"]))
        subtype = str(analysis["subtype"])
        fp = analysis.get("fingerprint")
        fingerprint = Fingerprint.from_json(fp) if fp else None
        decoder = str(analysis.get("decoder") or "")
    return build_seal_manifest(
        kind="received",
        recording_id=recording_id,
        audio={
            "name": target.name,
            "size": size,
            "sha256": sha,
            "container": container,
            "sample_rate": rate,
            "channels": channels,
            "sample_format": subtype,
            "frames": frames,
            "duration": round(frames / rate, 6),
        },
        digest=digest,
        fingerprint=fingerprint,
        timeline={
            "started_utc": None,
            "ended_utc": None,
            "ended_by": "received",
            "recovered": False,
            "interruption": None,
            "events": [],
        },
        key=key,
        audit_head=audit.head(),
        extra={
            "received": {
                "utc": now,
                "date": datetime.now().astimezone().date().isoformat(),
                "decoded": analysis is not None,
                "decoder": decoder,
            }
        },
    )


def base64_decode(text: str) -> bytes:
    """Strict base64 (the child's chunk table)."""
    import base64  # noqa: PLC0415

    return base64.b64decode(text, validate=True)


# ----------------------------------------------------------------------------- the child side


def digest_audio(
    path: Path, max_seconds: float, progress: Callable[[int, int], None] | None = None
) -> dict[str, Any]:
    """Decode ``path`` and describe its content like a seal does. Runs in the child process.

    Never raises for a bad file: ``{"error": …}`` or ``{"too_long": True}``. A file that
    decodes only partly is an error: a seal describes all of a file's audio or none of it.
    """
    import base64  # noqa: PLC0415

    from opnamestudio.core.audio_in import open_audio  # noqa: PLC0415 - numpy, decoders
    from opnamestudio.core.content import ContentHasher  # noqa: PLC0415
    from opnamestudio.core.fingerprint import FingerprintHasher  # noqa: PLC0415

    try:
        reader = open_audio(path)
    except OpnameError as exc:
        return {"error": exc.message}
    with reader:
        rate, channels = reader.samplerate, reader.channels
        if not (0 < channels <= 64 and 0 < rate <= 768_000):
            return {"error": "implausible audio format"}
        expected = _expected_frames(path, rate)
        content = ContentHasher(rate, channels)
        fingerprint = FingerprintHasher(rate, channels)
        limit = int(max_seconds * rate)
        frames = 0
        try:
            while True:
                block = reader.read(65536)
                if len(block) == 0:
                    break
                content.update(block)
                fingerprint.update(block)
                frames += len(block)
                if frames > limit:
                    return {"too_long": True}
                if progress is not None and expected:
                    progress(min(frames, expected), expected)
        except Exception as exc:  # any decoder's error on a damaged file
            text = str(exc).strip().splitlines()
            return {"error": f"decoding stopped after {frames} frames: {text[0] if text else exc}"}
        digest = content.finish()
        return {
            "format": reader.format_name,
            "subtype": reader.subtype,
            "decoder": "libsndfile" if reader.seekable else "ffmpeg",
            "samplerate": rate,
            "channels": channels,
            "frames": digest.frames,
            "pcm_sha256": digest.pcm_sha256,
            "chunks": base64.b64encode(digest.chunks).decode("ascii"),
            "runs": [list(r) for r in digest.runs],
            "fingerprint": fingerprint.finish().to_json() if fingerprint.usable else None,
        }


def _expected_frames(path: Path, rate: int) -> int:
    """About how many frames the file holds, for progress only (0 when unknown)."""
    import soundfile as sf  # noqa: PLC0415

    with contextlib.suppress(Exception):  # not libsndfile's: ask FFmpeg
        return max(0, int(sf.info(str(path)).frames))
    try:
        import av  # noqa: PLC0415

        with av.open(str(path)) as container:
            return max(0, int((container.duration or 0) * rate / 1_000_000))
    except Exception:  # progress is optional
        return 0


def run_digest_child(argv: list[str]) -> int:
    """The hidden ``_digest FILE MAX_SECONDS`` command: progress lines, then the JSON answer."""
    path, max_seconds = Path(argv[0]), float(argv[1])

    def progress(done: int, total: int) -> None:
        sys.stdout.write(f"progress {done} {total}\n")
        sys.stdout.flush()

    result = digest_audio(path, max_seconds, progress)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0
