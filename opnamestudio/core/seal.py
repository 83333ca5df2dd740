"""The seal (zegel): a signed manifest that binds a recording's bytes, content and timeline.

Two files beside the audio: ``<name>.zegel.json`` (UTF-8 JSON, the manifest) and
``<name>.zegel.minisig`` (an Ed25519 signature over the manifest's exact bytes, minisign format).
The manifest holds no names and no purposes, so it may outlive the audio's retention period and
still verify a copy that turns up later. docs/seal-format.md is the public description.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from opnamestudio import __version__
from opnamestudio.core.chunktable import CHUNK_ALGORITHM, chunk_limits, run_minimum, unpack_chunks
from opnamestudio.core.clock import utc_now
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.fileio import atomic_write_bytes, file_sha256
from opnamestudio.core.keys import PublicKey, SigningKey, trusted_comment_for
from opnamestudio.core.sealfiles import SEAL_SUFFIX, SIG_SUFFIX, SealFiles, seal_paths_for

if TYPE_CHECKING:
    from opnamestudio.core.content import ContentDigest
    from opnamestudio.core.fingerprint import Fingerprint
    from opnamestudio.core.recording import RecordingInfo

__all__ = [
    "SEAL_FORMAT",
    "SEAL_SUFFIX",
    "SIG_SUFFIX",
    "Seal",
    "SealError",
    "SealFiles",
    "SealNewerError",
    "build_seal_manifest",
    "file_sha256",
    "seal_paths_for",
    "write_seal",
    "write_signed_seal",
]

SEAL_FORMAT = "opnamestudio-zegel/1"
MAX_SEAL_BYTES = 64 * 1024 * 1024
KINDS = ("recording", "received", "derived")
#: Event data that may go into the seal: codes, never free text (which could hold names).
EVENT_DATA_KEYS = ("reason", "by", "role", "answer", "index")
# \Z, not $: "$" also matches before a final newline.
_HEX64 = re.compile(r"[0-9a-f]{64}\Z")
_CODE = re.compile(r"[a-z0-9-]{1,40}\Z")
#: Placeholder for a long base64 value while the manifest is serialised (see build_manifest).
_BIG = "@@opnamestudio-{}@@"
_NEWER = re.compile(r"opnamestudio-zegel/([0-9]{1,4})\Z")
#: A derived seal's reason is the user's own words: kept short (and documented as such).
MAX_REASON_CHARS = 500
#: The placeholder format values of a received file that could not be decoded (frames 0).
UNDECODED_SAMPLE_FORMAT = "unknown"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object; a key twice is refused (which of the two would a checker believe?)."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


class SealError(OpnameError):
    """The seal is malformed, incomplete or cannot be written."""

    code = "seal-invalid"
    default_hint = "Ask the organisation for the original seal files (.zegel.json and .minisig)"


class SealNewerError(SealError):
    """A seal from a newer OpnameStudio: not invalid, just not readable by this version."""

    code = "seal-newer"
    default_hint = "Check it with the newest version of OpnameStudio"


@dataclass(frozen=True)
class Seal:
    """A parsed, structurally valid manifest (its signature is checked separately)."""

    raw: bytes
    data: dict[str, Any]

    # -- convenient views ------------------------------------------------------------------
    @property
    def audio(self) -> dict[str, Any]:
        """The audio file section."""
        return dict(self.data["audio"])

    @property
    def samplerate(self) -> int:
        """Sample rate of the sealed audio."""
        return int(self.data["audio"]["sample_rate"])

    @property
    def frames(self) -> int:
        """Frames of the sealed audio."""
        return int(self.data["audio"]["frames"])

    @property
    def public_key(self) -> PublicKey:
        """The key the seal says it was signed with (trust is decided elsewhere)."""
        return PublicKey(base64.b64decode(self.data["signer"]["public_key"]))

    @functools.cached_property
    def fingerprint(self) -> Fingerprint | None:
        """The acoustic fingerprint, when the seal has one (seals before it was added do not)."""
        from opnamestudio.core.fingerprint import Fingerprint  # noqa: PLC0415 - needs numpy

        section = self.data.get("fingerprint")
        return Fingerprint.from_json(section) if section is not None else None

    @property
    def kind(self) -> str:
        """``recording``, ``received`` (a client's copy sealed on receipt) or ``derived``."""
        return str(self.data["kind"])

    @property
    def received(self) -> dict[str, Any] | None:
        """A received seal's ``received`` member: when, and whether the audio was decoded."""
        section = self.data.get("received")
        return dict(section) if self.kind == "received" and isinstance(section, dict) else None

    @property
    def derived(self) -> dict[str, Any] | None:
        """A derived seal's ``derived`` member: the original, the declared cuts, the reason."""
        section = self.data.get("derived")
        return dict(section) if self.kind == "derived" and isinstance(section, dict) else None

    def declared_cuts(self) -> list[tuple[int, int]]:
        """A derived seal's cuts, [start, end) in frames of the original; [] for other kinds."""
        section = self.derived
        return [(int(a), int(b)) for a, b in section["cuts"]] if section else []

    def chunks(self) -> list[tuple[int, int, bytes]]:
        """(start frame, length, 16-byte hash) per chunk."""
        return unpack_chunks(base64.b64decode(self.data["content"]["chunks"]))

    def runs(self) -> list[tuple[int, int]]:
        """Runs of identical frames (start, length)."""
        return [(int(s), int(n)) for s, n in self.data["content"]["runs"]]

    # -- parsing ---------------------------------------------------------------------------
    @classmethod
    def from_bytes(cls, raw: bytes) -> Seal:
        """Parse and check the structure strictly; SealError with one reason otherwise."""
        if len(raw) > MAX_SEAL_BYTES:
            raise SealError("The seal file is too large")
        try:
            data = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise SealError("The seal is not valid JSON (or has a key twice)") from exc
        if isinstance(data, dict):
            newer = _NEWER.match(str(data.get("format", "")))
            if newer and int(newer.group(1)) > 1:
                raise SealNewerError(
                    f"The seal has format version {newer.group(1)}, newer than this version of "
                    "OpnameStudio reads"
                )
        _check_structure(data)
        return cls(raw, data)

    @classmethod
    def from_file(cls, path: Path) -> Seal:
        """Read and parse a seal file."""
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_SEAL_BYTES + 1)
        except OSError as exc:
            raise SealError(
                f"Cannot read the seal {path}: {exc.strerror}", hint="Check the file name"
            ) from exc
        return cls.from_bytes(raw)


def _need(cond: bool, what: str) -> None:
    if not cond:
        raise SealError(f"The seal is malformed: {what}")


def _is_int(value: Any, lo: int = 0, hi: int = 2**53) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and lo <= value <= hi


def _is_hex64(value: Any) -> bool:
    return isinstance(value, str) and bool(_HEX64.match(value))


def _check_structure(data: Any) -> None:
    _need(isinstance(data, dict), "not an object")
    _need(data.get("format") == SEAL_FORMAT, "unknown format (expected opnamestudio-zegel/1)")
    _need(data.get("kind") in KINDS, "unknown kind")
    _need(isinstance(data.get("software"), str), "software")
    _need(isinstance(data.get("recording_id"), str), "recording id")
    _need(isinstance(data.get("sealed_utc"), str), "sealing time")
    for section in ("session", "audit"):
        _need(isinstance(data.get(section), dict), f"missing section {section!r}")
    record = data["session"].get("record_sha256")
    _need(record is None or _is_hex64(record), "session record hash")
    _need("fingerprint" in data, "missing fingerprint field")
    if data["fingerprint"] is not None:
        _need(isinstance(data["fingerprint"], dict), "fingerprint")
        _check_fingerprint(data["fingerprint"])
    for section in ("audio", "content", "timeline", "signer"):
        _need(isinstance(data.get(section), dict), f"missing section {section!r}")
    audio = data["audio"]
    _need(isinstance(audio.get("name"), str) and 0 < len(audio["name"]) < 256, "audio name")
    _need(_is_int(audio.get("size"), 0, 2**50), "audio size")
    _need(_is_hex64(audio.get("sha256")), "audio sha256")
    _need(audio.get("container") in ("flac", "wav", "ogg", "mp3", "other"), "container")
    _need(_is_int(audio.get("sample_rate"), 1, 768_000), "sample rate")
    _need(_is_int(audio.get("channels"), 1, 64), "channels")
    _need(isinstance(audio.get("sample_format"), str), "sample format")
    _need(_is_int(audio.get("frames"), 0, 2**45), "frames")
    content = data["content"]
    _need(_is_hex64(content.get("pcm_sha256")), "PCM hash")
    chunking = content.get("chunking")
    _need(isinstance(chunking, dict), "chunking")
    _need(chunking.get("algorithm") == CHUNK_ALGORITHM, "unknown chunking algorithm")
    lo, hi = chunk_limits(audio["sample_rate"])
    _need(
        _is_int(chunking.get("min_frames")) and _is_int(chunking.get("max_frames")),
        "chunk limits",
    )
    _need(chunking["min_frames"] == lo and chunking["max_frames"] == hi, "chunk limits")
    _need(isinstance(content.get("chunks"), str), "chunk table")
    try:
        table = base64.b64decode(content["chunks"], validate=True)
        chunks = unpack_chunks(table)
    except (binascii.Error, ValueError) as exc:
        raise SealError("The seal is malformed: chunk table") from exc
    _need(sum(length for _, length, _ in chunks) == audio["frames"], "chunks do not add up")
    _need(all(length <= hi for _, length, _ in chunks), "chunk longer than the maximum")
    runs = content.get("runs")
    max_runs = audio["frames"] // run_minimum(audio["sample_rate"]) + 1
    _need(isinstance(runs, list) and len(runs) <= max_runs, "runs")
    end = 0
    for run in runs:
        _need(isinstance(run, list) and len(run) == 2, "run entry")
        start, length = run
        _need(_is_int(start) and _is_int(length, 1) and start >= end, "run position")
        end = start + length
        _need(end <= audio["frames"], "run beyond the end")
    timeline = data["timeline"]
    events = timeline.get("events")
    _need(isinstance(events, list), "events")
    for event in events:
        _need(isinstance(event, dict), "event")
        _need(isinstance(event.get("kind"), str), "event kind")
        _need(_is_int(event.get("frame"), 0, audio["frames"]), "event frame")
        _need(isinstance(event.get("utc"), str), "event time")
    if data["kind"] == "received":
        _check_received(data)
    elif data["kind"] == "derived":
        _check_derived(data)
    signer = data["signer"]
    _need(_is_hex64(signer.get("key_id")), "signer key id")
    try:
        key = PublicKey(base64.b64decode(str(signer.get("public_key")), validate=True))
    except (binascii.Error, ValueError, OpnameError) as exc:
        raise SealError("The seal is malformed: signer public key") from exc
    _need(key.key_id == signer["key_id"], "key id does not belong to the public key")


def _check_received(data: dict[str, Any]) -> None:
    """A received seal: when, and whether its audio could be decoded (frames 0 when not)."""
    section = data.get("received")
    if not isinstance(section, dict):
        raise SealError("The seal is malformed: missing section 'received'")
    _need(isinstance(section.get("utc"), str), "receipt time")
    _need(isinstance(section.get("decoded"), bool), "received: decoded")
    if not section["decoded"]:
        audio = data["audio"]
        _need(
            audio["frames"] == 0 and data["fingerprint"] is None and not data["content"]["runs"],
            "received: an undecoded file has no audio description",
        )


def _check_derived(data: dict[str, Any]) -> None:
    """A derived seal: its original, cuts in the original's frames that add up, a reason."""
    section = data.get("derived")
    if not isinstance(section, dict):
        raise SealError("The seal is malformed: missing section 'derived'")
    original = section.get("original")
    if not isinstance(original, dict):
        raise SealError("The seal is malformed: derived: original")
    for name in ("audio_sha256", "seal_sha256", "pcm_sha256", "key_id"):
        _need(_is_hex64(original.get(name)), f"derived: original {name}")
    _need(isinstance(original.get("recording_id"), str), "derived: original recording id")
    _need(_is_int(original.get("frames"), 1, 2**45), "derived: original frames")
    _need(original.get("sample_rate") == data["audio"]["sample_rate"], "derived: sample rate")
    reason = section.get("reason")
    _need(isinstance(reason, str) and 0 < len(reason) <= MAX_REASON_CHARS, "derived: reason")
    cuts = section.get("cuts")
    if not isinstance(cuts, list) or not 0 < len(cuts) <= 10_000:
        raise SealError("The seal is malformed: derived: cuts")
    end = 0
    removed = 0
    for cut in cuts:
        _need(isinstance(cut, list) and len(cut) == 2, "derived: cut entry")
        start, stop = cut
        _need(_is_int(start) and _is_int(stop) and end <= start < stop, "derived: cut position")
        _need(stop <= original["frames"], "derived: cut beyond the original's end")
        removed += stop - start
        end = stop
    _need(
        original["frames"] - removed == data["audio"]["frames"],
        "derived: the cuts do not add up to the copy's length",
    )


def _check_fingerprint(section: dict[str, Any]) -> None:
    """The fingerprint section's structure, without decoding it (no numpy needed to check)."""
    _need(section.get("algorithm") == "opnamestudio-hk/1", "unknown fingerprint algorithm")
    # The parameters are part of the algorithm: a seal that states others is not ours to read.
    _need(
        section.get("window") == 0.1
        and section.get("hop") == 0.0625
        and section.get("bands") == [300.0, 2000.0, 33]
        and section.get("loudness_step") == 0.25,
        "fingerprint parameters",
    )
    try:
        values = base64.b64decode(str(section.get("values")), validate=True)
        base64.b64decode(str(section.get("loudness", "")), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SealError("The seal is malformed: fingerprint") from exc
    _need(len(values) % 4 == 0 and len(values) <= 4 * 2**26, "fingerprint values")
    _need(
        _is_int(section.get("count")) and section["count"] == len(values) // 4, "fingerprint count"
    )


def _seal_event(event: dict[str, Any]) -> dict[str, Any]:
    # Only codes (lower-case words, numbers) pass: free text, which may hold a name, never does.
    data = {
        k: v
        for k, v in (event.get("data") or {}).items()
        if k in EVENT_DATA_KEYS
        and (_is_int(v) or (isinstance(v, str) and _CODE.match(v) is not None))
    }
    return {"kind": event["kind"], "frame": event["frame"], "utc": event["utc"], "data": data}


def build_manifest(
    *,
    info: RecordingInfo,
    digest: ContentDigest,
    file_hash: str,
    file_size: int,
    key: SigningKey,
    kind: str = "recording",
    session_sha256: str | None = None,
    audit_head: str | None = None,
    fingerprint: Fingerprint | None = None,
) -> bytes:
    """The manifest's bytes. Cheap: everything but the file hash was kept while recording."""
    if digest.frames != info.frames:
        raise SealError(f"The content covers {digest.frames} frames, the file {info.frames}")
    return build_seal_manifest(
        kind=kind,
        recording_id=info.recording_id,
        audio={
            "name": info.path.name,
            "size": file_size,
            "sha256": file_hash,
            "container": info.container,
            "sample_rate": info.samplerate,
            "channels": info.channels,
            "sample_format": info.subtype,
            "frames": info.frames,
            "duration": round(info.duration, 6),
        },
        digest=digest,
        fingerprint=fingerprint,
        timeline={
            "started_utc": info.started_utc,
            "ended_utc": info.ended_utc,
            "ended_by": info.ended_by,
            "recovered": info.recovered,
            "interruption": (
                {k: v for k, v in info.interruption.items() if k in ("frame", "utc", "reason")}
                if info.interruption
                else None
            ),
            "events": [_seal_event(e.to_json()) for e in info.events],
        },
        key=key,
        session_sha256=session_sha256,
        audit_head=audit_head,
    )


def build_seal_manifest(
    *,
    kind: str,
    recording_id: str,
    audio: dict[str, Any],
    digest: ContentDigest,
    fingerprint: Fingerprint | None,
    timeline: dict[str, Any],
    key: SigningKey,
    session_sha256: str | None = None,
    audit_head: str | None = None,
    extra: dict[str, Any] | None = None,
) -> bytes:
    """Any kind of manifest's bytes; ``extra`` holds a kind's own member (received, derived).

    The result is parsed back before it is returned: a seal this program cannot read is never
    signed.
    """
    lo, hi = chunk_limits(int(audio["sample_rate"]))
    nonce = secrets.token_hex(16)  # placeholders that no file name or value contains by chance
    manifest: dict[str, Any] = {
        "format": SEAL_FORMAT,
        "software": f"OpnameStudio {__version__}",
        "kind": kind,
        "recording_id": recording_id,
        "sealed_utc": utc_now(),
        "audio": audio,
        "content": {
            "pcm_sha256": digest.pcm_sha256,
            "chunking": {"algorithm": CHUNK_ALGORITHM, "min_frames": lo, "max_frames": hi},
            "chunks": _BIG.format(nonce + "chunks"),
            "runs": [list(run) for run in digest.runs],
        },
        "fingerprint": None,
        "timeline": timeline,
        "session": {"record_sha256": session_sha256},
        "signer": {
            "key_id": key.public.key_id,
            "public_key": base64.b64encode(key.public.raw).decode("ascii"),
        },
        "audit": {"chain_head": audit_head},
        **(extra or {}),
    }
    big = {nonce + "chunks": base64.b64encode(digest.chunks).decode("ascii")}
    if fingerprint is not None:
        section = fingerprint.to_json()
        big[nonce + "fp-values"] = section["values"]
        big[nonce + "fp-loudness"] = section["loudness"]
        section["values"] = _BIG.format(nonce + "fp-values")
        section["loudness"] = _BIG.format(nonce + "fp-loudness")
        manifest["fingerprint"] = section
    text = json.dumps(manifest, ensure_ascii=False, indent=1)
    # The long base64 strings go in after json.dumps: base64 needs no escaping, and scanning a
    # megabyte for characters to escape was a third of the time the seal takes at stop.
    for name, value in big.items():
        text = text.replace(f'"{_BIG.format(name)}"', f'"{value}"', 1)
    raw = (text + "\n").encode("utf-8")
    if kind != "recording":
        # New kinds are checked against the parser once; recordings keep their fast path
        # (measured in bench_seal) and their structure is fixed by the recording engine.
        Seal.from_bytes(raw)
    return raw


def write_seal(
    info: RecordingInfo,
    digest: ContentDigest,
    key: SigningKey,
    *,
    kind: str = "recording",
    file_hash: tuple[str, int] | None = None,
    fingerprint: Fingerprint | None = None,
    session_sha256: str | None = None,
    audit_head: str | None = None,
) -> SealFiles:
    """Hash the closed file once, build, sign and write the seal atomically beside the audio."""
    sha, size = file_hash or file_sha256(info.path)
    manifest = build_manifest(
        info=info,
        digest=digest,
        file_hash=sha,
        file_size=size,
        key=key,
        kind=kind,
        fingerprint=fingerprint,
        session_sha256=session_sha256,
        audit_head=audit_head,
    )
    return write_signed_seal(info.path, manifest, key)


def write_signed_seal(audio: Path, manifest: bytes, key: SigningKey) -> SealFiles:
    """Sign ``manifest`` and write it and its signature atomically beside ``audio``."""
    files = seal_paths_for(audio)
    signature = key.sign(manifest, trusted_comment=trusted_comment_for(files.manifest.name))
    try:
        atomic_write_bytes(files.manifest, manifest)
        atomic_write_bytes(files.signature, bytes(signature))
    except OSError as exc:
        raise SealError(
            f"Cannot write the seal beside {audio}: {exc.strerror}",
            hint="The recording is kept; seal it again from the archive when the disk is back",
        ) from exc
    return files


def remove_seal(files: SealFiles) -> None:
    """Remove a seal's files (a discarded recording)."""
    for path in (files.manifest, files.signature):
        path.unlink(missing_ok=True)
