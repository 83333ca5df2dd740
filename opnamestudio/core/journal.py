"""The recording journal: an append-only record of everything captured, safe against crashes.

A FLAC file that is being written is not readable after a crash, so the writer thread appends
every block of audio to a journal as well and fsyncs it about twice a second. After a crash or a
power loss the journal holds all audio up to the last fsync (and, after a mere process kill,
everything written), and ``recover`` turns it into a playable file.

The journal is a sequence of records, each self-checking, so a torn write at the end (power loss)
is recognised and everything before it is kept::

    offset size  field
    0      4     magic b"OSJR"
    4      1     record type: 0 header (JSON), 1 audio (PCM), 2 event (JSON), 3 end (JSON)
    5      3     zero
    8      8     frame offset (little-endian u64): where in the audio this record belongs
    16     4     payload length (u32)
    20     4     CRC-32 of bytes 0..19 and the payload
    24     n     payload

Audio payloads are interleaved little-endian PCM in the sample format named by the header and
follow each other without gaps (each record's frame offset is the previous one's end). The file is
only ever appended to, so it can be encrypted as a stream (DESIGN §8). The format is described in
docs/journal-format.md.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from opnamestudio.core.errors import JournalError
from opnamestudio.core.fileio import fsync_dir
from opnamestudio.core.locking import try_lock

__all__ = [
    "JOURNAL_FORMAT",
    "JOURNAL_SUFFIX",
    "JournalRecord",
    "JournalWriter",
    "RecordType",
    "iter_records",
    "read_header",
]

JOURNAL_FORMAT = "opnamestudio-journal/1"
JOURNAL_SUFFIX = ".osjournal"
MAGIC = b"OSJR"
_HEAD = struct.Struct("<4sB3xQII")
HEAD_SIZE = _HEAD.size
#: Larger payloads are not written by us; a larger length field means damage, not a huge record.
MAX_PAYLOAD = 16 * 1024 * 1024


class RecordType:
    """Record types of the journal."""

    HEADER = 0
    AUDIO = 1
    EVENT = 2
    END = 3


@dataclass(frozen=True)
class JournalRecord:
    """One record read back from a journal."""

    type: int
    frame: int
    payload: bytes
    #: Offset just past this record: the journal's valid length if reading stopped here.
    end_offset: int

    def json(self) -> dict[str, Any]:
        """The payload of a header, event or end record."""
        value = json.loads(self.payload.decode("utf-8"))
        if not isinstance(value, dict):
            raise ValueError("journal JSON record is not an object")
        return value


def _encode(rtype: int, frame: int, payload: bytes) -> bytes:
    head_wo_crc = _HEAD.pack(MAGIC, rtype, frame, len(payload), 0)[:20]
    crc = zlib.crc32(payload, zlib.crc32(head_wo_crc))
    return head_wo_crc + struct.pack("<I", crc) + payload


class JournalWriter:
    """Appends records to a new journal file. Used by one thread only (the writer thread)."""

    def __init__(self, path: Path, header: dict[str, Any]) -> None:
        self.path = path
        # Unbuffered: every record goes to the OS at once, so a killed process loses nothing
        # that was appended; fsync makes it survive a power loss too.
        self._fh: BinaryIO = open(path, "xb", buffering=0)  # noqa: SIM115 - closed in close()
        # Held until close: recovery skips a journal whose lock is taken (a live recording).
        try_lock(self._fh)
        self._length = 0
        self._synced_length = 0
        self._frames = 0
        #: Called with (synced length, frames) after each fsync; tests use it to cut a journal back.
        self.on_sync: Callable[[int, int], None] | None = None
        self._append(RecordType.HEADER, 0, _json_bytes(header))
        self.sync()
        fsync_dir(path.parent)

    @property
    def length(self) -> int:
        """Bytes appended so far."""
        return self._length

    @property
    def frames(self) -> int:
        """Audio frames appended so far."""
        return self._frames

    def _append(self, rtype: int, frame: int, payload: bytes) -> None:
        data = memoryview(_encode(rtype, frame, payload))
        while data:
            written = self._fh.write(data)
            data = data[written:]
            self._length += written

    def append_audio(self, pcm: bytes, frames: int) -> None:
        """Append the next ``frames`` frames of interleaved PCM."""
        self._append(RecordType.AUDIO, self._frames, pcm)
        self._frames += frames

    def append_event(self, frame: int, event: dict[str, Any]) -> None:
        """Append a timeline event (marker, pause, stop …) at ``frame``."""
        self._append(RecordType.EVENT, frame, _json_bytes(event))

    def sync(self) -> None:
        """Make everything appended so far survive a power loss."""
        os.fsync(self._fh.fileno())
        self._synced_length = self._length
        if self.on_sync is not None:
            self.on_sync(self._length, self._frames)

    def close(self, end: dict[str, Any] | None) -> None:
        """Finish the journal. With ``end``, it records a clean end; without, it is left as is."""
        try:
            if end is not None:
                self._append(RecordType.END, self._frames, _json_bytes(end))
                self.sync()
        finally:
            self._fh.close()


def _json_bytes(value: dict[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")


def iter_records(fh: BinaryIO) -> Iterator[JournalRecord]:
    """Yield the valid records of a journal, stopping silently at the first damaged or torn one.

    The caller compares the last record's ``end_offset`` with the file size to learn whether a
    damaged tail was skipped.
    """
    offset = 0
    while True:
        head = fh.read(HEAD_SIZE)
        if len(head) < HEAD_SIZE:
            return
        magic, rtype, frame, length, crc = _HEAD.unpack(head)
        if magic != MAGIC or length > MAX_PAYLOAD or rtype > RecordType.END:
            return
        payload = fh.read(length)
        if len(payload) < length:
            return
        if zlib.crc32(payload, zlib.crc32(head[:20])) != crc:
            return
        offset += HEAD_SIZE + length
        yield JournalRecord(rtype, frame, payload, offset)


def read_header(path: Path) -> dict[str, Any]:
    """The header of a journal, or JournalError when the file is not a readable journal."""
    try:
        with open(path, "rb") as fh:
            first = next(iter_records(fh), None)
    except OSError as exc:
        raise JournalError(f"Cannot read the journal {path}: {exc.strerror}") from exc
    if first is None or first.type != RecordType.HEADER:
        raise JournalError(f"{path} is not a recording journal, or its start is damaged")
    try:
        header = first.json()
    except (ValueError, UnicodeDecodeError) as exc:
        raise JournalError(f"The header of the journal {path} is damaged") from exc
    if header.get("format") != JOURNAL_FORMAT:
        raise JournalError(f"{path} has an unknown journal format {header.get('format')!r}")
    return header
