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
only ever appended to, so it can be encrypted as a stream (DESIGN §8): once the archive has keys,
the journal is an age v1 file (to the archive's recipients) whose plaintext is this sequence of
records. Chunks are written as they fill; at each sync a padding record (type 4) fills the
current chunk so that it can be written and fsynced. No plaintext audio reaches the disk that
way, and recovery needs the archive's key. The format is described in docs/journal-format.md.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import struct
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from opnamestudio.core.agecrypt import (
    CHUNK_SIZE,
    INTRO,
    AgeAppender,
    Identity,
    Recipient,
    unfinished_chunks,
)
from opnamestudio.core.errors import JournalError
from opnamestudio.core.fileio import fsync_dir
from opnamestudio.core.locking import try_lock

__all__ = [
    "JOURNAL_FORMAT",
    "JOURNAL_SUFFIX",
    "JournalRecord",
    "JournalWriter",
    "PlaintextReader",
    "RecordType",
    "header_of",
    "is_encrypted",
    "iter_records",
    "open_plaintext",
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
    #: Zeros that fill an encrypted journal's chunk up to its end, so that it can be synced.
    PAD = 4


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
    """Appends records to a new journal file. Used by one thread only (the writer thread).

    With ``recipients`` the journal is encrypted (age v1, see the module's description): whole
    chunks go to the disk as they fill, the rest at the next ``sync``.
    """

    def __init__(
        self, path: Path, header: dict[str, Any], recipients: Sequence[Recipient] = ()
    ) -> None:
        self.path = path
        # Unbuffered: every record (plain) or chunk (encrypted) goes to the OS at once, so a
        # killed process loses nothing written; fsync makes it survive a power loss too.
        self._fh: BinaryIO = open(path, "xb", buffering=0)  # noqa: SIM115 - closed in close()
        # Held until close: recovery skips a journal whose lock is taken (a live recording).
        try_lock(self._fh)
        self._length = 0
        self._synced_length = 0
        self._frames = 0
        #: Called with (synced length, frames) after each fsync; tests use it to cut a journal back.
        self.on_sync: Callable[[int, int], None] | None = None
        self._age: AgeAppender | None = None
        self._pending = bytearray()
        try:
            if recipients:
                self._age = AgeAppender(self._fh, recipients)
                self._length = self._age.written
            self._append(RecordType.HEADER, 0, _json_bytes(header))
            self.sync()
            fsync_dir(path.parent)
        except BaseException:
            self._fh.close()
            raise

    @property
    def encrypted(self) -> bool:
        """Whether the journal is written encrypted."""
        return self._age is not None

    @property
    def length(self) -> int:
        """Bytes written to the file so far."""
        return self._length

    @property
    def frames(self) -> int:
        """Audio frames appended so far."""
        return self._frames

    def _append(self, rtype: int, frame: int, payload: bytes) -> None:
        record = _encode(rtype, frame, payload)
        if self._age is None:
            data = memoryview(record)
            while data:
                written = self._fh.write(data)
                data = data[written:]
                self._length += written
            return
        self._pending += record
        # A whole chunk stays pending until more follows: the last chunk must not be empty.
        while len(self._pending) > CHUNK_SIZE:
            self._age.write_chunk(bytes(self._pending[:CHUNK_SIZE]))
            del self._pending[:CHUNK_SIZE]
        self._length = self._age.written

    def append_audio(self, pcm: bytes, frames: int) -> None:
        """Append the next ``frames`` frames of interleaved PCM."""
        self._append(RecordType.AUDIO, self._frames, pcm)
        self._frames += frames

    def append_event(self, frame: int, event: dict[str, Any]) -> None:
        """Append a timeline event (marker, pause, stop …) at ``frame``."""
        self._append(RecordType.EVENT, frame, _json_bytes(event))

    def _flush_pending(self) -> None:
        """Encrypted: fill the pending chunk with a padding record and write it."""
        if self._age is None or not self._pending:
            return
        if len(self._pending) < CHUNK_SIZE:
            room = CHUNK_SIZE - len(self._pending)
            if room < HEAD_SIZE:
                room += CHUNK_SIZE
            self._pending += _encode(RecordType.PAD, self._frames, bytes(room - HEAD_SIZE))
        while self._pending:
            self._age.write_chunk(bytes(self._pending[:CHUNK_SIZE]))
            del self._pending[:CHUNK_SIZE]
        self._length = self._age.written

    def sync(self) -> None:
        """Make everything appended so far survive a power loss."""
        self._flush_pending()
        os.fsync(self._fh.fileno())
        self._synced_length = self._length
        if self.on_sync is not None:
            self.on_sync(self._length, self._frames)

    def close(self, end: dict[str, Any] | None) -> None:
        """Finish the journal. With ``end``, it records a clean end; without, it is left as is
        (synced: everything appended is kept)."""
        try:
            if end is not None:
                self._append(RecordType.END, self._frames, _json_bytes(end))
                if self._age is not None:
                    self._age.finish(bytes(self._pending))
                    self._pending.clear()
                    self._length = self._age.written
                self.sync()
            elif self._pending or self._length != self._synced_length:
                # A failing disk: keep what was written; the caller reports the fault itself.
                with contextlib.suppress(OSError):
                    self.sync()
        finally:
            self._fh.close()


def _json_bytes(value: dict[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")


def is_encrypted(fh: BinaryIO) -> bool:
    """Whether the journal open in ``fh`` is encrypted (an age file); leaves it at the start."""
    fh.seek(0)
    start = fh.read(len(INTRO))
    fh.seek(0)
    return start == INTRO


class _Plaintext(io.RawIOBase):
    """The records of an encrypted journal, read chunk by chunk as they authenticate."""

    def __init__(self, fh: BinaryIO, identities: Sequence[Identity], name: str) -> None:
        super().__init__()
        self._chunks = unfinished_chunks(fh, identities, name=name)
        self._buffer = b""
        #: Whether the journal was finished (its last chunk says so).
        self.finished = False
        #: Plaintext bytes released so far.
        self.released = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        while not self._buffer:
            item = next(self._chunks, None)
            if item is None:
                return 0
            self._buffer, self.finished = item
            self.released += len(self._buffer)
        n = min(len(buffer), len(self._buffer))
        buffer[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n


class PlaintextReader(io.BufferedReader):
    """An encrypted journal's records, decrypted as its chunks authenticate."""

    def __init__(self, raw: _Plaintext) -> None:
        super().__init__(raw)
        self._plaintext = raw

    @property
    def released(self) -> int:
        """Plaintext bytes decrypted and authenticated so far (read ahead or not)."""
        return self._plaintext.released


def open_plaintext(
    fh: BinaryIO, identities: Callable[[], Sequence[Identity]], *, name: str = ""
) -> BinaryIO | PlaintextReader:
    """The journal's records as a readable stream, from the start: ``fh`` itself when it is
    plain, a PlaintextReader of its decrypted chunks when it is encrypted (``identities`` is
    called only then; its errors, and AgeError when none of the keys opens the journal, reach
    the caller)."""
    if not is_encrypted(fh):
        return fh
    return PlaintextReader(_Plaintext(fh, identities(), name))


def iter_records(fh: BinaryIO) -> Iterator[JournalRecord]:
    """Yield the valid records of a journal, stopping silently at the first damaged or torn one.

    ``fh`` reads the plaintext records (open_plaintext). Padding records are skipped. The caller
    compares the last record's ``end_offset`` with the size to learn whether a damaged tail was
    skipped.
    """
    offset = 0
    while True:
        head = fh.read(HEAD_SIZE)
        if len(head) < HEAD_SIZE:
            return
        magic, rtype, frame, length, crc = _HEAD.unpack(head)
        if magic != MAGIC or length > MAX_PAYLOAD or rtype > RecordType.PAD:
            return
        payload = fh.read(length)
        if len(payload) < length:
            return
        if zlib.crc32(payload, zlib.crc32(head[:20])) != crc:
            return
        offset += HEAD_SIZE + length
        if rtype != RecordType.PAD:
            yield JournalRecord(rtype, frame, payload, offset)


def header_of(fh: BinaryIO, name: str) -> dict[str, Any]:
    """The header record of the plaintext stream ``fh``, or JournalError."""
    first = next(iter_records(fh), None)
    if first is None or first.type != RecordType.HEADER:
        raise JournalError(f"{name} is not a recording journal, or its start is damaged")
    try:
        header = first.json()
    except (ValueError, UnicodeDecodeError) as exc:
        raise JournalError(f"The header of the journal {name} is damaged") from exc
    if header.get("format") != JOURNAL_FORMAT:
        raise JournalError(f"{name} has an unknown journal format {header.get('format')!r}")
    return header
