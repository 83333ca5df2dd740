"""Recover unfinished recordings from their journals.

Runs at every start of the app and as ``opnamestudio recover``. A journal left in the data
folder means the process died while recording (crash, kill, power loss, a pulled USB stick).
Its valid records become a normal audio file; the recording is marked *interrupted* with the
position and the estimated time of the cut, for the seal.

An encrypted journal (core.journal) needs the archive's key: ``identities`` is asked for it only
when such a journal is found. When the key cannot be had (no passphrase given) the journal stays
where it is, untouched, and the result carries the error.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import soundfile as sf

from opnamestudio.core import paths
from opnamestudio.core.agecrypt import AgeHeaderError, AgeTruncatedError
from opnamestudio.core.autoarchive import Identities, archive_identities
from opnamestudio.core.content import ContentDigest, ContentHasher
from opnamestudio.core.errors import JournalError, OpnameError, RecordingError, RecoveryError
from opnamestudio.core.fileio import fsync_dir, temp_sibling
from opnamestudio.core.fingerprint import Fingerprint, FingerprintHasher
from opnamestudio.core.journal import (
    JOURNAL_SUFFIX,
    PlaintextReader,
    RecordType,
    header_of,
    iter_records,
    open_plaintext,
)
from opnamestudio.core.keys import load_or_create_signing_key
from opnamestudio.core.locking import try_lock
from opnamestudio.core.recording import (
    CONTAINERS,
    RecordingInfo,
    TimelineEvent,
    check_audio_file,
    partial_path,
    seal_recording,
    utc_now,
)

if TYPE_CHECKING:
    from opnamestudio.core.agecrypt import Identity

__all__ = [
    "RecoveryResult",
    "archive_identities",
    "find_unfinished",
    "recover_all",
    "recover_journal",
]

REASON_CRASH = "process-ended"


@dataclass
class RecoveryResult:
    """What happened to one journal."""

    journal: Path
    info: RecordingInfo | None = None
    error: OpnameError | None = None
    #: True when the journal belonged to a recording that is still running elsewhere.
    in_use: bool = False
    #: The archive's id of the recovered recording, once it was archived (its plaintext gone).
    archived: str | None = None
    #: Why a recovered recording could not be archived (its plaintext file is kept).
    archive_error: OpnameError | None = None


def find_unfinished() -> list[Path]:
    """Every journal in the data folder, oldest first."""
    return sorted(paths.journal_dir().glob(f"*{JOURNAL_SUFFIX}"))


def recover_all(identities: Identities | None = None) -> list[RecoveryResult]:
    """Recover every unfinished recording that no running process holds.

    ``identities`` opens encrypted journals (default: the archive's keys, from the keyring).
    """
    unlock = _once(identities or archive_identities())
    results = []
    for journal in find_unfinished():
        try:
            info = recover_journal(journal, unlock)
        except _InUse:
            results.append(RecoveryResult(journal, in_use=True))
        except OpnameError as exc:
            results.append(RecoveryResult(journal, error=exc))
        else:
            results.append(_archived(RecoveryResult(journal, info=info), unlock))
    return results


def _archived(result: RecoveryResult, identities: Identities) -> RecoveryResult:
    """Into the archive once it has keys: no plaintext stays (core.autoarchive)."""
    info = result.info
    if info is None:
        return result
    from opnamestudio.core.autoarchive import archive_after_seal  # noqa: PLC0415

    try:
        rec = archive_after_seal(info, session_id=info.session_id, identities=identities)
    except OpnameError as exc:  # disk errors included: the recovered file stays
        result.archive_error = exc
    else:
        result.archived = rec.recording_id if rec is not None else None
    return result


def _once(identities: Identities) -> Identities:
    """Unlock at most once per run, however many journals there are."""
    found: list[Sequence[Identity]] = []

    def unlock() -> Sequence[Identity]:
        if not found:
            found.append(identities())
        return found[0]

    return unlock


class _InUse(Exception):
    pass


def _choose_target(intended: Path) -> Path:
    """The intended path when free and writable; otherwise a sibling or the recovered folder."""
    folder = intended.parent
    if not (folder.is_dir() and os.access(folder, os.W_OK)):
        folder = paths.recovered_dir()
    candidate = folder / intended.name
    n = 1
    while candidate.exists():
        suffix = "-hersteld" if n == 1 else f"-hersteld-{n}"
        candidate = folder / f"{intended.stem}{suffix}{intended.suffix}"
        n += 1
    return candidate


def _finished_already(header: dict[str, Any]) -> RecordingInfo | None:
    """A recording whose file got its final name but whose journal was not yet removed."""
    info_path = paths.info_dir() / f"{header['recording_id']}.json"
    if not info_path.exists():
        return None
    try:
        info = RecordingInfo.from_json(json.loads(info_path.read_text("utf-8")))
    except (ValueError, KeyError, TypeError):
        return None
    return info if info.path.exists() else None


def recover_journal(journal: Path, identities: Identities | None = None) -> RecordingInfo | None:
    """Turn one journal into an audio file; returns its info (None when it held no audio).

    An encrypted journal is opened with ``identities`` (default: the archive's keys); when
    they cannot be had or do not open it, the error is raised and the journal is kept.
    """
    try:
        fh = open(journal, "rb")  # noqa: SIM115 - closed below, before the journal is removed
    except OSError as exc:
        raise JournalError(f"Cannot read the journal {journal}: {exc.strerror}") from exc
    with fh:
        if not try_lock(fh):
            raise _InUse
        # Key errors (no passphrase, not our key) keep the journal for a next attempt; a
        # damaged start (age header, nonce, header record) cannot be read by any key.
        try:
            plain = open_plaintext(fh, identities or archive_identities(), name=journal.name)
            header = header_of(plain, str(journal))
        except (JournalError, AgeHeaderError, AgeTruncatedError):
            fh.close()
            _set_aside(journal)
            raise
        done = _finished_already(header)
        info = done if done is not None else _rebuild(journal, fh, header, identities)
    # Removed only after the handle is closed (Windows cannot delete an open file).
    _remove(journal, partial_path(Path(header["output"])), keep_partial=done is not None)
    return info


def _set_aside(journal: Path) -> None:
    """Move an unreadable journal out of the way, kept for IT, so it is not retried forever."""
    damaged = paths.journal_dir() / "damaged"
    damaged.mkdir(exist_ok=True)
    with contextlib.suppress(OSError):
        os.replace(journal, damaged / journal.name)


def _rebuild(
    journal: Path,
    fh: Any,
    header: dict[str, Any],
    identities: Identities | None,
) -> RecordingInfo | None:
    try:
        samplerate = int(header["samplerate"])
        channels = int(header["channels"])
        container = str(header["container"])
        intended = Path(header["output"])
        dtype = np.dtype(header.get("dtype", "int16")).newbyteorder("<")
    except (KeyError, TypeError, ValueError) as exc:
        raise JournalError(f"The header of the journal {journal} is incomplete") from exc
    if container not in CONTAINERS or channels not in (1, 2) or samplerate <= 0:
        raise JournalError(f"The journal {journal} describes an unknown audio format")

    fmt = _Format(samplerate, channels, container, str(header.get("subtype", "PCM_16")), dtype)
    candidates = [_choose_target(intended)]
    if candidates[0].parent != paths.recovered_dir():
        candidates.append(_choose_target(paths.recovered_dir() / intended.name))
    for i, target in enumerate(candidates):
        try:
            fh.seek(0)
            plain = open_plaintext(fh, identities or archive_identities(), name=journal.name)
            frames, events, end, valid_length, (digest, acoustic) = _write_audio(plain, target, fmt)
            break
        except (OSError, sf.LibsndfileError, RecordingError) as exc:
            # The intended disk may be full or gone: the data folder is the fallback.
            if i + 1 == len(candidates):
                raise RecoveryError(
                    f"Could not write the recovered recording {target}: {exc}"
                ) from exc
    if frames == 0:
        return None

    # Bytes of the journal that were not used (a torn tail); for an encrypted journal, of the
    # plaintext its authenticated chunks hold.
    if isinstance(plain, PlaintextReader):
        ignored = max(0, plain.released - valid_length)
    else:
        ignored = os.fstat(fh.fileno()).st_size - valid_length
    interruption = None
    ended_by = str(end.get("ended_by", "user")) if end else REASON_CRASH
    prior = [e for e in events if e.kind == "interrupted"]
    if prior:
        interruption = dict(prior[-1].data)
        ended_by = str(interruption.get("reason", ended_by))
    elif end is None:
        cut_utc = _estimate_utc(events, frames, samplerate)
        interruption = {
            "frame": frames,
            "utc": cut_utc,
            "reason": REASON_CRASH,
            "journal_bytes_ignored": ignored,
        }
        events.append(TimelineEvent("interrupted", frames, cut_utc, interruption))
    info = RecordingInfo(
        recording_id=str(header["recording_id"]),
        path=target,
        container=container,
        subtype=str(header.get("subtype", "PCM_16")),
        samplerate=samplerate,
        requested_samplerate=int(header.get("requested_samplerate", samplerate)),
        channels=channels,
        frames=frames,
        device=str(header.get("device", "")),
        started_utc=events[0].utc if events else str(header.get("created_utc", "")),
        ended_utc=_estimate_utc(events, frames, samplerate) if end is None else utc_now(),
        ended_by=ended_by,
        overflows=0,
        events=events,
        interruption=interruption,
        recovered=True,
        session_id=header.get("session_id") if isinstance(header.get("session_id"), str) else None,
    )
    # An interrupted recording is sealed like any other; its seal says where it was cut off.
    try:
        info.seal = seal_recording(info, digest, load_or_create_signing_key(), acoustic)
    finally:
        info.save()
    return info


@dataclass(frozen=True)
class _Format:
    samplerate: int
    channels: int
    container: str
    subtype: str
    dtype: np.dtype[Any]


def _write_audio(
    fh: Any, target: Path, fmt: _Format
) -> tuple[int, list[TimelineEvent], dict[str, Any] | None, int, tuple[ContentDigest, Fingerprint]]:
    """Write the journal's audio to ``target``; returns frames, events, end record, valid length.

    Writes nothing when the journal holds no audio. The file gets its name only after every frame
    was read back from it.
    """
    tmp = temp_sibling(target, "recovering")
    frames = 0
    events: list[TimelineEvent] = []
    end: dict[str, Any] | None = None
    valid_length = 0
    frame_bytes = fmt.dtype.itemsize * fmt.channels
    content = ContentHasher(fmt.samplerate, fmt.channels)
    acoustic = FingerprintHasher(fmt.samplerate, fmt.channels)
    out: sf.SoundFile | None = None
    try:
        for record in iter_records(fh):
            if record.type == RecordType.AUDIO:
                if record.frame != frames or len(record.payload) % frame_bytes:
                    break  # a gap or a torn frame: nothing after it can be trusted
                block = np.frombuffer(record.payload, dtype=fmt.dtype).reshape(-1, fmt.channels)
                if out is None:
                    out = sf.SoundFile(
                        tmp,
                        mode="x",
                        samplerate=fmt.samplerate,
                        channels=fmt.channels,
                        subtype=fmt.subtype,
                        format=CONTAINERS[fmt.container],
                    )
                out.write(block)
                content.update(block.astype(np.int16, copy=False))
                acoustic.update(block.astype(np.int16, copy=False))
                frames += len(block)
            elif record.type == RecordType.EVENT:
                with contextlib.suppress(ValueError, KeyError, TypeError, UnicodeDecodeError):
                    events.append(TimelineEvent.from_json(record.json()))
            elif record.type == RecordType.END:
                with contextlib.suppress(ValueError, UnicodeDecodeError):
                    end = record.json()
            valid_length = record.end_offset
        if out is not None:
            out.close()
            out = None
            with open(tmp, "r+b") as tmpfh:
                os.fsync(tmpfh.fileno())
            check_audio_file(tmp, frames, decode=True)
            os.replace(tmp, target)
            fsync_dir(target.parent)
    except BaseException:
        if out is not None:
            with contextlib.suppress(Exception):
                out.close()
        tmp.unlink(missing_ok=True)
        raise
    return frames, events, end, valid_length, (content.finish(), acoustic.finish())


def _estimate_utc(events: list[TimelineEvent], frames: int, samplerate: int) -> str:
    """Wall-clock time of ``frames``, from the start event (pauses make it a lower bound)."""
    starts = [e for e in events if e.kind == "start"]
    if not starts:
        return utc_now()
    try:
        start = datetime.fromisoformat(starts[0].utc)
    except ValueError:
        return utc_now()
    return (start + timedelta(seconds=frames / samplerate)).isoformat(timespec="milliseconds")


def _remove(journal: Path, partial: Path, *, keep_partial: bool = False) -> None:
    """The journal is used up; so is the unreadable partial file it replaces."""
    if not keep_partial:
        partial.unlink(missing_ok=True)
    journal.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        fsync_dir(journal.parent)
