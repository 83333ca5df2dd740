"""The recording engine: input callback -> queue -> one writer thread -> audio file + journal.

Three activities, none of which may block another (STYLE.md, "Threads"):

- the audio callback only copies the block into a queue and updates counters; an exception there
  sets a flag that the writer turns into an error, it never silently stops the stream;
- the writer thread owns the audio file, the journal and any observers (the seal's running
  state): it writes, fsyncs the journal about twice a second, watches the disk and notices a
  microphone that stopped delivering data;
- the caller (GUI or CLI) pulls ``snapshot()`` on a timer and calls ``stop()``.

The audio file is written under a ``.partial`` name and gets its final name only once it is
complete and on disk, so nothing that looks complete is ever a broken file. If the process dies,
the journal holds the audio and ``opnamestudio.core.recover`` rebuilds the file.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import queue
import secrets
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import soundfile as sf

from opnamestudio import __version__
from opnamestudio.core import audit, paths
from opnamestudio.core.clock import utc_now
from opnamestudio.core.content import ContentDigest, ContentHasher
from opnamestudio.core.devices import AudioCallback, SoundDeviceSource
from opnamestudio.core.errors import (
    CallbackError,
    DeviceLostError,
    DiskFullError,
    EmptyRecordingError,
    NoAudioDataError,
    OpnameError,
    OutputExistsError,
    OutputLostError,
    OutputNotWritableError,
    RecordingError,
)
from opnamestudio.core.fileio import atomic_write_bytes, fsync_dir
from opnamestudio.core.fingerprint import Fingerprint, FingerprintHasher
from opnamestudio.core.journal import JOURNAL_FORMAT, JOURNAL_SUFFIX, JournalWriter
from opnamestudio.core.keys import SigningKey, load_or_create_signing_key

log = logging.getLogger(__name__)

__all__ = [
    "CONTAINERS",
    "BlockObserver",
    "InputSource",
    "Recorder",
    "RecordingInfo",
    "RecordingSettings",
    "Snapshot",
    "TimelineEvent",
    "check_audio_file",
    "estimate_bytes_per_second",
    "new_recording_id",
    "partial_path",
    "utc_now",
]

#: Container name -> libsndfile format.
CONTAINERS = {"flac": "FLAC", "wav": "WAV"}
SUBTYPE = "PCM_16"
DTYPE = "int16"
FULL_SCALE = 32768.0


def new_recording_id() -> str:
    """A unique, sortable, FAT32-safe identifier for a recording."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{secrets.token_hex(3)}"


def partial_path(final: Path) -> Path:
    """Where the audio file lives until it is complete."""
    return final.with_name(final.name + ".partial")


class InputSource(Protocol):
    """Something that delivers audio blocks to a callback from its own thread."""

    name: str
    finished: threading.Event

    def open(
        self, callback: AudioCallback, *, samplerate: int, channels: int, blocksize: int
    ) -> int: ...

    def start(self) -> None: ...

    def close(self, *, discard: bool = False) -> None: ...


class BlockObserver(Protocol):
    """Gets every written block and event on the writer thread (the seal builds on this)."""

    def on_audio(self, block: np.ndarray) -> None: ...

    def on_event(self, event: TimelineEvent) -> None: ...


@dataclass(frozen=True)
class RecordingSettings:
    """What to record, where, and how."""

    output: Path
    container: str = "flac"
    channels: int = 1
    samplerate: int = 48000
    device: int | str | None = None
    blocksize: int = 1024
    #: Seconds of audio between fsyncs of the journal: the most a power loss can take.
    sync_interval: float = 0.5
    #: A microphone silent for this long (no callbacks at all) is reported, not waited on.
    stall_timeout: float = 3.0
    #: Stop before the disk is this full, so the recording can still be closed properly.
    min_free_bytes: int = 32 * 1024 * 1024
    #: Seal the recording when it ends (the normal case; off only for benchmarks of the bare path).
    seal: bool = True
    #: SHA-256 of the conversation's session record (core.session), bound into the seal.
    session_sha256: str | None = None
    #: The session record's id, kept in the journal so that a recovered recording is archived
    #: with its conversation (and its retention period).
    session_id: str | None = None
    #: Who the journal is encrypted to: None = the archive's keys once it has them
    #: (core.autoarchive), () = not encrypted.
    journal_recipients: tuple[Any, ...] | None = None

    def __post_init__(self) -> None:
        if self.container not in CONTAINERS:
            raise ValueError(f"unknown container {self.container!r}")
        if self.channels not in (1, 2):
            raise ValueError("channels must be 1 or 2")


@dataclass(frozen=True)
class TimelineEvent:
    """Something that happened at a point in the recording."""

    kind: str
    frame: int
    utc: str
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"kind": self.kind, "frame": self.frame, "utc": self.utc, "data": self.data}

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> TimelineEvent:
        """The inverse of to_json."""
        return cls(
            kind=str(value["kind"]),
            frame=int(value["frame"]),
            utc=str(value["utc"]),
            data=dict(value.get("data") or {}),
        )


@dataclass
class RecordingInfo:
    """A finished (or recovered) recording: the facts the seal will bind."""

    recording_id: str
    path: Path
    container: str
    subtype: str
    samplerate: int
    requested_samplerate: int
    channels: int
    frames: int
    device: str
    started_utc: str
    ended_utc: str
    #: "user", "target" (requested length reached), or the error code that ended it.
    ended_by: str
    overflows: int
    events: list[TimelineEvent]
    #: Where and why the recording was cut off, when it was: {"frame", "utc", "reason"}.
    interruption: dict[str, Any] | None = None
    recovered: bool = False
    software_version: str = __version__
    #: The seal's manifest, once written.
    seal: Path | None = None
    #: The conversation's session record (core.session), when it was recorded in one.
    session_id: str | None = None

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.frames / self.samplerate if self.samplerate else 0.0

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        value = asdict(self)
        value["path"] = str(self.path)
        value["seal"] = str(self.seal) if self.seal else None
        value["events"] = [e.to_json() for e in self.events]
        return value

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> RecordingInfo:
        """The inverse of to_json."""
        value = dict(value)
        value["path"] = Path(value["path"])
        value["seal"] = Path(value["seal"]) if value.get("seal") else None
        value["events"] = [TimelineEvent.from_json(e) for e in value["events"]]
        return cls(**value)

    def save(self) -> Path:
        """Store beside the other recordings' information in the data folder."""
        target = paths.info_dir() / f"{self.recording_id}.json"
        atomic_write_bytes(
            target, json.dumps(self.to_json(), indent=2, ensure_ascii=False).encode("utf-8")
        )
        return target


@dataclass(frozen=True)
class Snapshot:
    """What the UI shows, taken at one moment; safe to read from any thread."""

    state: str
    frames: int
    samplerate: int
    channels: int
    peak: float
    rms: float
    overflows: int
    free_bytes: int
    bytes_per_second: float
    device: str
    paused: bool
    fault: str | None

    @property
    def seconds(self) -> float:
        """Recorded length in seconds."""
        return self.frames / self.samplerate if self.samplerate else 0.0


@dataclass(frozen=True)
class _Mark:
    kind: str
    frame: int
    utc: str
    data: dict[str, Any]


_STOP = object()
#: At most this many queued blocks are written in one go (0.7 s at 48 kHz).
MAX_BATCH = 32


class Recorder:
    """Records one audio file. ``start()``, then ``snapshot()`` as often as you like, ``stop()``.

    ``stop()`` returns the RecordingInfo, or raises the error that ended the recording; such an
    error carries the audio kept up to that moment in its ``recording`` attribute.
    """

    def __init__(
        self,
        settings: RecordingSettings,
        source: InputSource | None = None,
        observers: list[BlockObserver] | None = None,
        signing_key: SigningKey | None = None,
    ) -> None:
        self.settings = settings
        self.recording_id = new_recording_id()
        self._source: InputSource = source or SoundDeviceSource(settings.device)
        self._observers = list(observers or [])
        self._signing_key = signing_key
        self._content: ContentHasher | None = None
        self._fingerprint: FingerprintHasher | None = None
        self._seal_state: _SealState | None = None
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._state = "new"
        self._final = Path(os.path.abspath(settings.output))
        self._partial = partial_path(self._final)
        self._journal: JournalWriter | None = None
        self._sf: sf.SoundFile | None = None
        self._writer: threading.Thread | None = None
        self._ended = threading.Event()
        self._wake = threading.Event()
        self.samplerate = settings.samplerate
        self.journal_path: Path | None = None
        # Written by the audio callback only (plain attribute stores are atomic in CPython).
        self._accepting = False
        self._captured = 0
        self._overflows = 0
        self._last_callback = 0.0
        self._callback_error: BaseException | None = None
        # Written by the writer thread only.
        self._frames = 0
        self._peak = 0.0
        self._rms = 0.0
        self._free = 0
        self._first_block_seen = False
        self._target: int | None = None
        self._events: list[TimelineEvent] = []
        self._started_utc = ""
        self._started_mono = 0.0
        self._paused = False
        self._info: RecordingInfo | None = None
        self._fault: OpnameError | None = None
        #: Called on the writer thread with (journal length, frames) after each journal fsync:
        #: the points a power loss would fall back to (tests and the crash soak use it).
        self.on_journal_sync: Callable[[int, int], None] | None = None

    # ----------------------------------------------------------------- caller side

    def start(self) -> None:
        """Prepare the files and start capturing. Raises before any audio exists when it can't."""
        if self._state != "new":
            raise RuntimeError("a Recorder records once")
        s = self.settings
        folder = self._final.parent
        if self._final.exists() or self._partial.exists():
            raise OutputExistsError(f"{self._final} already exists")
        if not folder.is_dir():
            raise OutputNotWritableError(f"The folder {folder} does not exist")
        if not os.access(folder, os.W_OK):
            raise OutputNotWritableError(f"You may not write in the folder {folder}")
        self._free = self._free_space()
        if self._free < s.min_free_bytes:
            raise DiskFullError(
                f"Only {self._free // (1024 * 1024)} MB free on the disk",
                hint="Free up disk space, or record to another disk, and try again",
            )
        if s.seal and self._signing_key is None:
            self._signing_key = load_or_create_signing_key()
        self.samplerate = self._source.open(
            self._on_audio, samplerate=s.samplerate, channels=s.channels, blocksize=s.blocksize
        )
        try:
            self._open_files()
        except BaseException:
            self._source.close(discard=True)
            raise
        self._started_utc = utc_now()
        self._started_mono = time.monotonic()
        self._last_callback = self._started_mono
        self._accepting = True
        self._state = "recording"
        self._writer = threading.Thread(target=self._writer_main, name="writer", daemon=True)
        self._writer.start()
        try:
            self._source.start()
        except OpnameError:
            self._accepting = False
            self._queue.put(_STOP)
            self._writer.join()
            self._discard_files()
            raise

    def set_frame_target(self, frames: int) -> None:
        """End the recording by itself after exactly ``frames`` frames (``wait`` then returns)."""
        self._target = frames

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the frame target is reached or the recording ended by itself."""
        return self._wake.wait(timeout)

    def mark(self, kind: str, **data: Any) -> None:
        """Put an event (marker, agreement, …) on the timeline at the current position."""
        self._queue.put(_Mark(kind, self._captured, utc_now(), data))

    def pause(self, reason: str = "") -> None:
        """An announced pause: audio is not kept until ``resume``; both are on the timeline."""
        self._queue.put(_Mark("pause", self._captured, utc_now(), {"reason": reason}))

    def resume(self) -> None:
        """End an announced pause."""
        self._queue.put(_Mark("resume", self._captured, utc_now(), {}))

    def snapshot(self) -> Snapshot:
        """The current state, for a level meter and a timer."""
        fault = self._fault or self._pending_callback_fault()
        return Snapshot(
            state=self._state if not self._ended.is_set() else "ended",
            frames=self._frames,
            samplerate=self.samplerate,
            channels=self.settings.channels,
            peak=self._peak,
            rms=self._rms,
            overflows=self._overflows,
            free_bytes=self._free,
            bytes_per_second=self._bytes_per_second(),
            device=self._source.name,
            paused=self._paused,
            fault=fault.code if fault is not None else None,
        )

    def stop(self) -> RecordingInfo:
        """Stop, close the file, give it its final name; returns what was recorded.

        May be called from any one thread (the GUI calls it from a background job, as sealing
        reads the whole file once).
        """
        if self._state == "new":
            raise RuntimeError("not started")
        if self._state != "stopped":
            self._state = "stopped"
            self._source.close(discard=self._ended.is_set())
            self._accepting = False
            self._queue.put(_STOP)
            if self._writer is not None:
                self._writer.join()
        if self._fault is not None:
            self._fault.recording = self._info
            raise self._fault
        if self._info is None:  # pragma: no cover - the writer always sets one of the two
            raise RecordingError("The recording ended without a result")
        return self._info

    # ----------------------------------------------------------------- audio thread

    def _on_audio(self, indata: np.ndarray, overflow: bool) -> None:
        try:
            self._last_callback = time.monotonic()
            if overflow:
                self._overflows += 1
            if self._accepting:
                self._queue.put(indata.copy())
                self._captured += len(indata)
        except BaseException as exc:
            # Nothing after a failed block may be queued: it would hide a gap.
            self._accepting = False
            self._callback_error = exc

    # ----------------------------------------------------------------- writer thread

    def _open_files(self) -> None:
        s = self.settings
        self._content = ContentHasher(self.samplerate, s.channels) if s.seal else None
        self._fingerprint = FingerprintHasher(self.samplerate, s.channels) if s.seal else None
        if self._content is not None and self._fingerprint is not None:
            self._seal_state = _SealState(self._content, self._fingerprint)
        try:
            self._sf = sf.SoundFile(
                self._partial,
                mode="x",
                samplerate=self.samplerate,
                channels=s.channels,
                subtype=SUBTYPE,
                format=CONTAINERS[s.container],
            )
        except (OSError, sf.LibsndfileError) as exc:
            raise self._open_error(exc) from exc
        header = {
            "format": JOURNAL_FORMAT,
            "recording_id": self.recording_id,
            "output": str(self._final),
            "container": s.container,
            "subtype": SUBTYPE,
            "dtype": DTYPE,
            "samplerate": self.samplerate,
            "requested_samplerate": s.samplerate,
            "channels": s.channels,
            "device": self._source.name,
            "created_utc": utc_now(),
            "software_version": __version__,
            "session_id": s.session_id,
        }
        recipients = s.journal_recipients
        if recipients is None:
            from opnamestudio.core.autoarchive import archive_recipients  # noqa: PLC0415

            recipients = tuple(archive_recipients())
        try:
            self.journal_path = paths.journal_dir() / f"{self.recording_id}{JOURNAL_SUFFIX}"
            self._journal = JournalWriter(self.journal_path, header, recipients)
            self._journal.on_sync = self.on_journal_sync
        except OSError as exc:
            self._sf.close()
            self._partial.unlink(missing_ok=True)
            if exc.errno == errno.ENOSPC:
                raise DiskFullError("The disk of the data folder is full") from exc
            raise OutputNotWritableError(
                f"Cannot write the recording journal in {paths.journal_dir()}: {exc.strerror}"
            ) from exc

    def _open_error(self, exc: Exception) -> OpnameError:
        folder = self._final.parent
        if isinstance(exc, FileExistsError):
            return OutputExistsError(f"{self._final} already exists")
        if not os.access(folder, os.W_OK) or isinstance(exc, PermissionError):
            return OutputNotWritableError(f"You may not write in the folder {folder}")
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            return DiskFullError(f"The disk of {folder} is full")
        return OutputNotWritableError(f"Cannot create {self._partial.name} in {folder}: {exc}")

    def _discard_files(self) -> None:
        """Remove the files of a recording that never got audio (start failed)."""
        if self._sf is not None:
            with contextlib.suppress(Exception):
                self._sf.close()
        self._partial.unlink(missing_ok=True)
        if self._journal is not None:
            with contextlib.suppress(Exception):
                self._journal.close(None)
            self._journal.path.unlink(missing_ok=True)

    def _writer_main(self) -> None:
        fault: OpnameError | None = None
        try:
            self._write_loop()
        except OpnameError as exc:
            fault = exc
        except (OSError, sf.LibsndfileError) as exc:
            fault = self._io_fault(exc)
        except Exception as exc:
            fault = RecordingError(f"Unexpected error while writing the recording: {exc!r}")
        self._accepting = False
        self._fault = fault
        try:
            if self._frames == 0:
                # Nothing was captured: there is nothing to keep, and no empty file to confuse
                # (an empty FLAC cannot even be read back).
                self._discard_files()
                self._info = None
                if fault is None:
                    fault = EmptyRecordingError("The recording was stopped before any sound came")
                    self._fault = fault
            else:
                self._info = self._finalize(fault)
        except Exception as exc:
            # Closing failed (a full disk, a vanished folder): the journal keeps the audio.
            if self._journal is not None:
                with contextlib.suppress(Exception):
                    self._journal.close(None)  # releases the lock, so recovery may take it
            if fault is None:
                fault = self._io_fault(exc)
            fault.in_journal = self.journal_path
            fault.hint = (
                "The audio is kept in the journal. Free up space or reconnect the disk; it is "
                "recovered at the next start (or with 'opnamestudio recover')"
            )
            self._fault = fault
            self._info = None
        self._ended.set()
        self._wake.set()

    def _io_fault(self, exc: BaseException) -> OpnameError:
        folders = {self._final.parent, paths.journal_dir()}
        full = (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or any(
            _free_bytes(f) < 64 * 1024 for f in folders
        )
        if full:
            return DiskFullError("The disk is full")
        if not self._final.parent.is_dir():
            return OutputLostError(
                f"The folder {self._final.parent} is gone (a removed USB stick?)"
            )
        return RecordingError(f"Writing the recording failed: {exc}")

    def _write_loop(self) -> None:
        assert self._journal is not None and self._sf is not None
        sync_every = max(1, int(self.settings.sync_interval * self.samplerate))
        next_sync = sync_every
        last_sync = time.monotonic()
        next_check = time.monotonic()
        # A fault noticed while audio is still queued ends the recording only after that audio
        # (all captured before the fault) is written: every sample counts.
        pending: OpnameError | None = None
        carry: Any = None
        while True:
            if carry is not None:
                item, carry = carry, None
            else:
                try:
                    item = self._queue.get(timeout=0.1)
                except queue.Empty:
                    item = None
            if item is _STOP:
                pending = pending or self._pending_callback_fault()
                if pending is not None:
                    raise pending
                return
            now = time.monotonic()
            if item is None:
                if pending is not None:
                    raise pending
                self._watchdog(now)
                continue
            if isinstance(item, _Mark):
                self._handle_mark(item)
                continue
            if now >= next_check and pending is None:
                try:
                    self._watchdog(now)
                    self._check_disk()
                except OpnameError as exc:
                    pending = exc
                    self._accepting = False
                next_check = now + 1.0
            # Whatever audio is already queued goes out in one write: when the writer has
            # fallen behind, per-call costs are paid once per batch instead of once per block.
            batch = [item]
            while len(batch) < MAX_BATCH:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if isinstance(more, np.ndarray):
                    batch.append(more)
                else:
                    carry = more
                    break
            self._write_block(batch[0] if len(batch) == 1 else np.concatenate(batch), batch[-1])
            # Fsync every sync_interval of audio, but not more often than twice that a second
            # of wall time (a writer catching up would otherwise fsync after every batch).
            if self._frames >= next_sync and now - last_sync >= self.settings.sync_interval / 2:
                self._journal.sync()
                next_sync = self._frames + sync_every
                last_sync = now
            if self._target is not None and self._frames >= self._target:
                self._wake.set()

    def _write_block(self, block: np.ndarray, latest: np.ndarray) -> None:
        """Write ``block`` (one or more queued blocks); ``latest``, the newest, feeds the meter."""
        assert self._journal is not None and self._sf is not None
        self._ensure_start(len(block))
        level = latest.astype(np.float32).ravel()
        self._peak = float(np.abs(level).max()) / FULL_SCALE if len(level) else 0.0
        self._rms = float(np.sqrt(level @ level / max(1, len(level)))) / FULL_SCALE
        if self._paused:
            return
        if self._target is not None:
            room = self._target - self._frames
            if room <= 0:
                return
            block = block[:room]
        self._journal.append_audio(block.tobytes(), len(block))
        self._sf.write(block)
        if self._seal_state is not None:
            self._seal_state.feed(block)
        for observer in self._observers:
            observer.on_audio(block)
        self._frames += len(block)

    def _ensure_start(self, first_block_frames: int) -> None:
        """The start event comes first, with the wall-clock time of the first sample."""
        if self._first_block_seen:
            return
        self._first_block_seen = True
        started = time.time() - first_block_frames / self.samplerate
        utc = datetime.fromtimestamp(started, timezone.utc).isoformat(timespec="milliseconds")
        self._add_event(TimelineEvent("start", 0, utc))

    def _handle_mark(self, mark: _Mark) -> None:
        self._ensure_start(0)
        # The queue keeps capture order, so the writer's position is exactly where the mark
        # falls in the file (mark.frame, the captured count, may run ahead by queued blocks).
        frame = self._frames
        if mark.kind == "pause":
            if self._paused:
                return
            self._paused = True
        elif mark.kind == "resume":
            if not self._paused:
                return
            self._paused = False
        self._add_event(TimelineEvent(mark.kind, frame, mark.utc, mark.data))
        assert self._journal is not None
        self._journal.sync()

    def _add_event(self, event: TimelineEvent) -> None:
        assert self._journal is not None
        self._events.append(event)
        self._journal.append_event(event.frame, event.to_json())
        for observer in self._observers:
            observer.on_event(event)

    def _pending_callback_fault(self) -> OpnameError | None:
        if self._callback_error is not None:
            return CallbackError(f"The audio callback failed: {self._callback_error!r}")
        return None

    def _watchdog(self, now: float) -> None:
        pending = self._pending_callback_fault()
        if pending is not None:
            raise pending
        silent_for = now - self._last_callback
        if self._source.finished.is_set() and silent_for > 0.5:
            raise DeviceLostError(f"The microphone {self._source.name} stopped working")
        if silent_for > self.settings.stall_timeout:
            if self._captured == 0:
                raise NoAudioDataError(
                    f"The microphone {self._source.name} delivers no sound data "
                    f"(nothing in {silent_for:.1f} s)"
                )
            raise DeviceLostError(
                f"The microphone {self._source.name} stopped delivering sound "
                f"(nothing for {silent_for:.1f} s)"
            )

    def _free_space(self) -> int:
        return min(_free_bytes(self._final.parent), _free_bytes(paths.journal_dir()))

    def _bytes_per_second(self) -> float:
        return estimate_bytes_per_second(self.settings, self.samplerate)

    def _check_disk(self) -> None:
        self._free = self._free_space()
        if self._free < self.settings.min_free_bytes:
            raise DiskFullError(
                f"The disk is nearly full ({self._free // (1024 * 1024)} MB left); "
                "the recording was stopped in time"
            )

    def _finalize(self, fault: OpnameError | None) -> RecordingInfo:
        journal, audio = self._journal, self._sf
        assert journal is not None and audio is not None
        ended_utc = utc_now()
        if fault is None:
            ended_by = "target" if self._target is not None and not self._paused else "user"
            if self._target is not None and self._frames < self._target:
                ended_by = "user"
        else:
            ended_by = fault.code
        interruption = None
        if fault is not None:
            interruption = {"frame": self._frames, "utc": ended_utc, "reason": fault.code}
            with contextlib.suppress(Exception):
                self._add_event(TimelineEvent("interrupted", self._frames, ended_utc, interruption))
        else:
            self._add_event(TimelineEvent("stop", self._frames, ended_utc, {"by": ended_by}))
        audio.close()
        with open(self._partial, "r+b") as fh:
            os.fsync(fh.fileno())
        # After a failure the encoder may have lost data without saying so: check every frame
        # before the file gets a name that says it is complete. (A clean stop had every write
        # confirmed; its header check is enough.)
        check_audio_file(self._partial, self._frames, decode=fault is not None)
        os.replace(self._partial, self._final)
        fsync_dir(self._final.parent)
        info = RecordingInfo(
            recording_id=self.recording_id,
            path=self._final,
            container=self.settings.container,
            subtype=SUBTYPE,
            samplerate=self.samplerate,
            requested_samplerate=self.settings.samplerate,
            channels=self.settings.channels,
            frames=self._frames,
            device=self._source.name,
            started_utc=self._events[0].utc if self._events else self._started_utc,
            ended_utc=ended_utc,
            ended_by=ended_by,
            overflows=self._overflows,
            events=list(self._events),
            interruption=interruption,
            session_id=self.settings.session_id,
        )
        seal_error: OpnameError | None = None
        if self._seal_state is not None:
            self._seal_state.close()
        if self.settings.seal and self._content is not None and self._signing_key is not None:
            try:
                info.seal = seal_recording(
                    info,
                    self._content.finish(),
                    self._signing_key,
                    self._fingerprint.finish() if self._fingerprint is not None else None,
                    session_sha256=self.settings.session_sha256,
                )
            except OpnameError as exc:
                seal_error = exc
        info.save()
        journal.close(end={"frames": self._frames, "ended_by": ended_by})
        journal.path.unlink()
        if seal_error is not None and fault is None:
            self._fault = seal_error
        return info


class _SealState:
    """The seal's running hashes on a thread of their own, beside the writer.

    The writer keeps the audio safe (file and journal); the content hash, the chunks and the
    fingerprint are worked out meanwhile on the other core (hashlib and numpy release the GIL
    for large buffers). At stop ``close`` waits for the last block: nothing is skipped.
    """

    def __init__(self, content: ContentHasher, fingerprint: FingerprintHasher) -> None:
        self._content = content
        self._fingerprint = fingerprint
        self._queue: queue.SimpleQueue[np.ndarray | None] = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="seal-hashes", daemon=True)
        self._thread.start()

    def feed(self, block: np.ndarray) -> None:
        self._queue.put(block)

    def _run(self) -> None:
        while (block := self._queue.get()) is not None:
            try:
                self._content.update(block)
                self._fingerprint.update(block)
            except BaseException as exc:  # kept, and raised at close: never a silent gap
                self._error = exc

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise RecordingError(f"Computing the seal's hashes failed: {self._error!r}")


def check_audio_file(path: Path, frames: int, *, decode: bool) -> None:
    """Raise RecordingError unless ``path`` reads back as exactly ``frames`` frames."""
    try:
        with sf.SoundFile(path) as check:
            if check.frames != frames:
                raise RecordingError(f"{path.name} holds {check.frames} frames instead of {frames}")
            if decode:
                # read() until empty, not blocks(): blocks() trusts the header's frame count.
                count = 0
                while True:
                    got = len(check.read(65536, dtype="int16"))
                    if not got:
                        break
                    count += got
                if count != frames:
                    raise RecordingError(f"{path.name} decodes to {count} of {frames} frames")
    except sf.LibsndfileError as exc:
        raise RecordingError(f"{path.name} cannot be read back: {exc}") from exc


def estimate_bytes_per_second(settings: RecordingSettings, samplerate: int | None = None) -> float:
    """Disk use while recording: the journal plus the audio file (at most raw PCM).

    The journal is raw PCM; encrypted, each sync fills up its 64 KiB chunk (the upper bound
    is used whether or not it is encrypted).
    """
    pcm = float((samplerate or settings.samplerate) * settings.channels * 2)
    per_sync = pcm * settings.sync_interval
    chunk = 64 * 1024
    journal = max(pcm, -(-per_sync // chunk) * chunk / settings.sync_interval)
    return journal + pcm


def seal_recording(
    info: RecordingInfo,
    digest: ContentDigest,
    key: SigningKey,
    fingerprint: Fingerprint | None = None,
    *,
    session_sha256: str | None = None,
) -> Path:
    """Log the recording's creation in the audit log, then write the seal beside it, with the
    log's chain head after that entry as its anchor (DESIGN §8); returns the manifest's path.

    Should the log be unwritable, the recording is still sealed, without an anchor
    (``audit.chain_head`` null): its seal must not be lost to a problem with the log.
    """
    from opnamestudio.core.seal import write_seal  # noqa: PLC0415 - seal imports this module

    return write_seal(
        info,
        digest,
        key,
        fingerprint=fingerprint,
        session_sha256=session_sha256,
        audit_head=_log_creation(info),
    ).manifest


def _log_creation(info: RecordingInfo) -> str | None:
    """The audit entry "create" for a finished (or recovered) recording; the new chain head."""
    try:
        return audit.append(
            "create",
            info.recording_id,
            file=info.path.name,
            frames=info.frames,
            duration=round(info.duration, 3),
            ended_by=info.ended_by,
            recovered=info.recovered,
        )
    except OpnameError as exc:
        log.warning("the audit log cannot record %s: %s", info.path.name, exc.one_line())
        return None


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0
