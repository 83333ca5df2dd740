"""The organisation's archive: encrypted audio, plaintext seals, an SQLite index, retention.

Layout in ``<data folder>/archive`` (docs/archive-format.md is the public description)::

    index.sqlite                 the index (recordings, sessions, seals, exports, imports,
                                 deletions; WAL); a convenience: everything in it can be rebuilt
                                 from the files below
    audio/<id>.flac.age          the audio, age v1, to this installation and the recovery key
    seals/<id>.zegel.json        the seal and its signature, plaintext (no personal data)
    seals/<id>.zegel.minisig
    seals/<id>.archief.json      archive facts: session id, retention end, the age recipients
    deletions/<id>.verwijderd.json (+ .minisig)   signed deletion entry after retention
    keys/                        see archivekeys

``archive_recording`` encrypts the sealed audio (hashing it in the same pass), reads the
ciphertext back and checks it decrypts to the seal's SHA-256, and only then removes the
plaintext. ``expire`` deletes the ciphertext (which holds the wrapped file keys) and the session
record after the retention end, keeps the seal, and writes a signed deletion entry, so a copy
that turns up later still verifies and the verifier can say when and why the original went.
"""

from __future__ import annotations

import calendar
import contextlib
import hashlib
import io
import json
import logging
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from opnamestudio.core import audit, paths
from opnamestudio.core.agecrypt import (
    FILE_KEY_SIZE,
    AgeError,
    AgeReader,
    FileKey,
    Identity,
    decrypt_stream,
    encrypt_stream,
)
from opnamestudio.core.archivekeys import ArchiveKeys
from opnamestudio.core.clock import utc_now
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.fileio import atomic_write_bytes, file_sha256, fsync_dir, temp_sibling
from opnamestudio.core.keys import Signature, SignatureError, load_or_create_signing_key
from opnamestudio.core.seal import Seal, seal_paths_for

if TYPE_CHECKING:
    from opnamestudio.core.session import Session

log = logging.getLogger(__name__)

__all__ = [
    "SCHEMA_VERSION",
    "Archive",
    "ArchiveCheck",
    "ArchiveDeletedError",
    "ArchiveError",
    "ArchiveIndexError",
    "ArchiveMismatchError",
    "ArchiveNotFoundError",
    "ArchiveRetentionError",
    "ArchivedRecording",
    "Deletion",
    "RetentionBounds",
    "archive_dir",
    "archived_seal_for",
    "decrypt_file",
    "retention_bounds",
]

SCHEMA_VERSION = 1
#: A recording id becomes a file name: letters, digits, dot, dash, underscore (FAT32-safe).
_RECORDING_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}\Z")
DELETION_FORMAT = "opnamestudio-verwijdering/1"
META_FORMAT = "opnamestudio-archief/1"

_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE recordings (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    audio_file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    duration REAL NOT NULL,
    started_utc TEXT,
    archived_utc TEXT NOT NULL,
    session_id TEXT,
    retention_end TEXT,
    recipients TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('archived', 'deleted'))
);
CREATE TABLE sessions (
    session_id TEXT NOT NULL,
    recording_id TEXT NOT NULL REFERENCES recordings(id),
    record_sha256 TEXT,
    deleted_utc TEXT,
    PRIMARY KEY (session_id, recording_id)
);
CREATE TABLE seals (
    recording_id TEXT PRIMARY KEY REFERENCES recordings(id),
    manifest_sha256 TEXT NOT NULL,
    key_id TEXT NOT NULL,
    sealed_utc TEXT,
    kind TEXT
);
CREATE TABLE exports (
    id INTEGER PRIMARY KEY,
    recording_id TEXT NOT NULL REFERENCES recordings(id),
    utc TEXT NOT NULL,
    destination TEXT NOT NULL,
    sha256 TEXT NOT NULL
);
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    recording_id TEXT NOT NULL REFERENCES recordings(id),
    utc TEXT NOT NULL,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL
);
CREATE TABLE deletions (
    recording_id TEXT PRIMARY KEY REFERENCES recordings(id),
    deleted_on TEXT NOT NULL,
    utc TEXT NOT NULL,
    reason TEXT NOT NULL,
    retention_end TEXT,
    audit_head TEXT
);
"""


class ArchiveError(OpnameError):
    """Something about the archive as a whole (not one recording's bytes) went wrong."""

    code = "archive"
    default_hint = "Contact your IT department"


class ArchiveIndexError(ArchiveError):
    """The index (index.sqlite) is damaged or from a newer version."""

    code = "archive-index"
    default_hint = (
        "The recordings themselves are not affected. Rebuild the index with "
        "'opnamestudio archive rebuild-index', or ask your IT department"
    )


class ArchiveNotFoundError(ArchiveError):
    """No recording with this id in the archive."""

    code = "archive-not-found"
    default_hint = "Check the recording's id ('opnamestudio archive list')"


class ArchiveDeletedError(ArchiveError):
    """The recording's audio was deleted at the end of its retention period; its seal remains."""

    code = "archive-deleted"
    default_hint = "Its seal is kept: a copy that turns up can still be checked against it"


class ArchiveMismatchError(ArchiveError):
    """The audio does not match its seal (at archiving), or a recording's files disagree."""

    code = "archive-mismatch"
    default_hint = "Keep the files as they are and contact your IT department"


class ArchiveRetentionError(ArchiveError):
    """A retention end date outside what the organisation's policy allows."""

    code = "archive-retention"
    default_hint = "Choose a date from today up to the end of the organisation's retention period"


@contextlib.contextmanager
def _disk_errors(what: str, hint: str) -> Iterator[None]:
    """A failing disk (full, pulled, read-only) becomes an ArchiveError saying what was done."""
    try:
        yield
    except OSError as exc:
        raise ArchiveError(f"{what}: {exc.strerror or exc}", hint=hint) from exc


def archive_dir() -> Path:
    """``<data folder>/archive``, created on first use."""
    folder = paths.data_dir() / "archive"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass(frozen=True)
class ArchivedRecording:
    """One row of the index."""

    recording_id: str
    name: str
    audio_file: str
    sha256: str
    size: int
    duration: float
    started_utc: str | None
    archived_utc: str
    session_id: str | None
    retention_end: date | None
    recipients: tuple[str, ...]
    state: str
    deleted_on: date | None = None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (for ``archive list --json``)."""
        return {
            "id": self.recording_id,
            "name": self.name,
            "audio_file": self.audio_file,
            "sha256": self.sha256,
            "size": self.size,
            "duration": self.duration,
            "started_utc": self.started_utc,
            "archived_utc": self.archived_utc,
            "session_id": self.session_id,
            "retention_end": self.retention_end.isoformat() if self.retention_end else None,
            "recipients": list(self.recipients),
            "state": self.state,
            "deleted_on": self.deleted_on.isoformat() if self.deleted_on else None,
        }


@dataclass(frozen=True)
class Deletion:
    """A recording deleted at the end of its retention: when, and why."""

    recording_id: str
    deleted_on: date
    reason: str
    retention_end: date | None


@dataclass(frozen=True)
class ArchiveCheck:
    """The outcome of checking one archived recording: it decrypts to exactly the sealed audio."""

    recording_id: str
    sha256: str
    size: int
    signature_valid: bool
    key_id: str


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class RetentionBounds:
    """The dates a recording's retention end may be changed to (both inclusive)."""

    earliest: date
    latest: date

    def allows(self, end: date) -> bool:
        """Whether ``end`` lies within the bounds."""
        return self.earliest <= end <= self.latest


def _add_months(start: date, months: int) -> date:
    years, month0 = divmod(start.month - 1 + months, 12)
    year = start.year + years
    day = min(start.day, calendar.monthrange(year, month0 + 1)[1])
    return date(year, month0 + 1, day)


def retention_bounds(
    rec: ArchivedRecording, policy_months: int, today: date | None = None
) -> RetentionBounds | None:
    """Where the retention end of ``rec`` may go under the organisation's policy; None when
    it cannot be changed (its audio was deleted already).

    - **Latest**: the day of the conversation plus the organisation's retention period
      (``OrgSettings.retention_months``): nobody keeps a recording longer than the policy the
      organisation published (AVG: storage limitation). A recording whose end already lies later
      (archived under an older, longer policy, or with an end date agreed in its session) keeps
      that end, but it cannot be moved later still.
    - **Earliest**: today. A retention end in the past would be a deletion by another name; a
      deletion goes through ``delete`` (confirmed, with its reason, in the audit log). Shortening
      to a date still to come is allowed (keeping less is always within policy).
    """
    if rec.state != "archived":
        return None
    today = today or date.today()
    started = _started_day(rec)
    latest = _add_months(started, policy_months)
    if rec.retention_end is not None:
        latest = max(latest, rec.retention_end)
    return RetentionBounds(today, max(today, latest))


def _started_day(rec: ArchivedRecording) -> date:
    for value in (rec.started_utc, rec.archived_utc):
        if value:
            with contextlib.suppress(ValueError):
                return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    return date.today()


class Archive:
    """The archive in ``folder`` (default ``<data>/archive``).

    ``identities`` replaces the installation's keys for reading (the recovery drill: only the
    recovery key); writing always uses ``keys``.
    """

    def __init__(
        self,
        folder: Path | None = None,
        *,
        keys: ArchiveKeys | None = None,
        identities: Sequence[Identity] | None = None,
    ) -> None:
        self.folder = folder or archive_dir()
        self.keys = keys or ArchiveKeys(self.folder / "keys")
        self._identities = list(identities) if identities is not None else None
        self.audio_dir = self.folder / "audio"
        self.seals_dir = self.folder / "seals"
        self.deletions_dir = self.folder / "deletions"
        for folder_ in (self.audio_dir, self.seals_dir, self.deletions_dir):
            folder_.mkdir(parents=True, exist_ok=True)
        self.index_path = self.folder / "index.sqlite"
        self._lock = threading.Lock()
        self._db = self._open_index()

    # -- the index -------------------------------------------------------------------------

    def _damaged(self, detail: str) -> ArchiveIndexError:
        return ArchiveIndexError(f"The archive index {self.index_path} is damaged: {detail}")

    def _open_index(self) -> sqlite3.Connection:
        new = not self.index_path.exists()
        try:
            db = sqlite3.connect(self.index_path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise self._damaged(str(exc)) from exc
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA synchronous=FULL")
            if new:
                db.executescript(f"BEGIN;{_SCHEMA}COMMIT;")
                db.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
            check = db.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise self._damaged(str(check[0] if check else "no answer"))
            row = db.execute("SELECT version FROM schema_version").fetchone()
        except sqlite3.Error as exc:
            db.close()
            raise self._damaged(str(exc)) from exc
        except ArchiveIndexError:
            db.close()
            raise
        if row is None or row[0] != SCHEMA_VERSION:
            db.close()
            raise ArchiveIndexError(
                f"The archive index {self.index_path} has schema version "
                f"{row[0] if row else 'none'}, this version of OpnameStudio reads "
                f"{SCHEMA_VERSION}",
                hint="Use the newest version of OpnameStudio",
            )
        return db

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise self._damaged(str(exc)) from exc

    def _query(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return list(self._db.execute(sql, args).fetchall())
            except sqlite3.Error as exc:
                raise self._damaged(str(exc)) from exc

    def close(self) -> None:
        """Close the index."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @classmethod
    def rebuild_index(cls, folder: Path | None = None) -> tuple[Archive, Path | None]:
        """Move a damaged index aside and build a new one from the archive's own files.

        The seals, the archive facts beside them (``<id>.archief.json``), the encrypted audio
        and the signed deletion entries hold everything the index lists, except the exports and
        imports (the audit log keeps those). Returns the archive, opened on the new index, and
        where the old index went (None when there was none).
        """
        folder = folder or archive_dir()
        index = folder / "index.sqlite"
        moved: Path | None = None
        if index.exists():
            stamp = utc_now().replace(":", "").replace("-", "")[:15]
            moved = folder / f"index.damaged-{stamp}.sqlite"
            os.replace(index, moved)
            for side in ("-wal", "-shm"):
                extra = folder / f"index.sqlite{side}"
                if extra.exists():
                    os.replace(extra, folder / f"{moved.name}{side}")
        archive = cls(folder, identities=[])
        try:
            count = archive._restore_rows()
        except BaseException:
            archive.close()
            raise
        audit.append("archive-index-rebuilt", None, recordings=count, old_index=str(moved))
        return archive, moved

    def _restore_rows(self) -> int:
        count = 0
        for seal_file in sorted(self.seals_dir.glob("*.zegel.json")):
            rid = seal_file.name[: -len(".zegel.json")]
            parsed = Seal.from_file(seal_file)
            meta_file = self.seals_dir / f"{rid}.archief.json"
            meta = json.loads(meta_file.read_bytes()) if meta_file.exists() else {}
            deletion_file = self.deletions_dir / f"{rid}.verwijderd.json"
            deletion = json.loads(deletion_file.read_bytes()) if deletion_file.exists() else None
            cipher = sorted(self.audio_dir.glob(f"{rid}.*.age"))
            sealed = parsed.audio
            audio_file = cipher[0].name if cipher else f"{rid}.{sealed['container']}.age"
            with self._transaction() as db:
                db.execute(
                    "INSERT INTO recordings VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        rid,
                        sealed["name"],
                        audio_file,
                        sealed["sha256"],
                        sealed["size"],
                        float(sealed["duration"]),
                        parsed.data["timeline"].get("started_utc"),
                        utc_now(),
                        meta.get("session_id"),
                        meta.get("retention_end"),
                        json.dumps(meta.get("recipients", [])),
                        "deleted" if deletion is not None else "archived",
                    ),
                )
                db.execute(
                    "INSERT INTO seals VALUES (?,?,?,?,?)",
                    (
                        rid,
                        _sha256_bytes(parsed.raw),
                        parsed.public_key.key_id,
                        parsed.data.get("sealed_utc"),
                        parsed.data.get("kind"),
                    ),
                )
                if meta.get("session_id"):
                    db.execute(
                        "INSERT INTO sessions VALUES (?,?,?,?)",
                        (
                            meta["session_id"],
                            rid,
                            parsed.data["session"]["record_sha256"],
                            deletion["deleted_utc"] if deletion else None,
                        ),
                    )
                if deletion is not None:
                    db.execute(
                        "INSERT INTO deletions VALUES (?,?,?,?,?,NULL)",
                        (
                            rid,
                            deletion["deleted_on"],
                            deletion["deleted_utc"],
                            deletion["reason"],
                            deletion["retention_end"],
                        ),
                    )
            count += 1
        return count

    # -- reading the index -----------------------------------------------------------------

    _COLUMNS = (
        "r.id, r.name, r.audio_file, r.sha256, r.size, r.duration, r.started_utc, "
        "r.archived_utc, r.session_id, r.retention_end, r.recipients, r.state, d.deleted_on"
    )

    @staticmethod
    def _row(row: tuple[Any, ...]) -> ArchivedRecording:
        return ArchivedRecording(
            recording_id=row[0],
            name=row[1],
            audio_file=row[2],
            sha256=row[3],
            size=int(row[4]),
            duration=float(row[5]),
            started_utc=row[6],
            archived_utc=row[7],
            session_id=row[8],
            retention_end=_date(row[9]),
            recipients=tuple(json.loads(row[10])),
            state=row[11],
            deleted_on=_date(row[12]),
        )

    def recordings(self) -> list[ArchivedRecording]:
        """Every recording in the index, newest first (deleted ones too)."""
        rows = self._query(
            f"SELECT {self._COLUMNS} FROM recordings r LEFT JOIN deletions d "  # noqa: S608
            "ON d.recording_id = r.id ORDER BY r.started_utc DESC, r.id DESC"
        )
        return [self._row(r) for r in rows]

    def get(self, recording_id: str) -> ArchivedRecording:
        """One recording; ArchiveNotFoundError when the id is unknown."""
        rows = self._query(
            f"SELECT {self._COLUMNS} FROM recordings r LEFT JOIN deletions d "  # noqa: S608
            "ON d.recording_id = r.id WHERE r.id = ?",
            (recording_id,),
        )
        if not rows:
            raise ArchiveNotFoundError(f"There is no recording {recording_id!r} in the archive")
        return self._row(rows[0])

    def seal_path(self, recording_id: str) -> Path:
        """The kept seal of a recording (also after its audio was deleted)."""
        return self.seals_dir / f"{recording_id}.zegel.json"

    def seal(self, recording_id: str) -> Seal:
        """The recording's seal, parsed."""
        return Seal.from_file(self.seal_path(recording_id))

    def deletion_of(self, recording_id: str) -> Deletion | None:
        """When and why the recording's audio was deleted, or None while it is kept.

        For the verifier: a copy that matches the kept seal of a deleted original gets
        "origineel verwijderd op <datum> volgens bewaartermijn" (the words live in the UI).
        """
        rows = self._query(
            "SELECT deleted_on, reason, retention_end FROM deletions WHERE recording_id = ?",
            (recording_id,),
        )
        if not rows:
            return None
        deleted_on, reason, retention_end = rows[0]
        return Deletion(recording_id, date.fromisoformat(deleted_on), reason, _date(retention_end))

    # -- keys ------------------------------------------------------------------------------

    def _readers(self) -> list[Identity]:
        if self._identities is not None:
            return self._identities
        return list(self.keys.identities())

    # -- archiving -------------------------------------------------------------------------

    def archive_recording(
        self,
        audio: Path,
        seal: Path,
        signature: Path,
        session_id: str | None = None,
        retention_end: date | None = None,
        *,
        session: Session | None = None,
    ) -> ArchivedRecording:
        """Encrypt a sealed recording into the archive and remove its plaintext audio.

        See _archive; a disk error becomes an ArchiveError (the audio file stays). ``session``,
        the record of ``session_id`` when the caller holds it, spares reading (and, encrypted,
        unlocking) it.
        """
        with _disk_errors(
            f"Cannot archive {audio}",
            "The audio file is left as it was. Free up disk space (or check the disk) and try "
            "again",
        ):
            return self._archive(audio, seal, signature, session_id, retention_end, session=session)

    def _archive(
        self,
        audio: Path,
        seal: Path,
        signature: Path,
        session_id: str | None,
        retention_end: date | None,
        *,
        session: Session | None = None,
    ) -> ArchivedRecording:
        """Encrypt a sealed recording into the archive and remove its plaintext audio.

        The seal must be valid and signed by the key it names, the audio must be the sealed
        bytes, and (with ``session_id``) the session record must be the one the seal refers to.
        The retention end comes from the session record when not given; it is required when the
        organisation recorded. The ciphertext is read back and checked against the seal before
        the plaintext goes.
        """
        parsed = Seal.from_file(seal)
        try:
            sig_bytes = signature.read_bytes()
        except OSError as exc:
            raise SignatureError(f"Cannot read the signature {signature}: {exc.strerror}") from exc
        parsed.public_key.verify(parsed.raw, Signature.from_bytes(sig_bytes))
        recording_id = str(parsed.data["recording_id"])
        if not _RECORDING_ID.match(recording_id):
            raise ArchiveError(
                f"The seal's recording id {recording_id!r} cannot be a file name in the archive",
                hint="Nothing was archived; contact your IT department",
            )
        if self._query("SELECT 1 FROM recordings WHERE id = ?", (recording_id,)):
            raise ArchiveError(
                f"The recording {recording_id} is already in the archive",
                hint="Nothing was changed",
            )
        record_sha256 = parsed.data["session"]["record_sha256"]
        retention_end = self._retention(parsed, session_id, retention_end, session)
        recipients = self.keys.recipients()
        sealed = parsed.audio
        target = self.audio_dir / f"{recording_id}{audio.suffix.lower() or '.audio'}.age"
        tmp = temp_sibling(target, "new")
        file_key = os.urandom(FILE_KEY_SIZE)
        try:
            sha, size = self._encrypt(audio, tmp, recipients, file_key)
            if (sha, size) != (sealed["sha256"], sealed["size"]):
                raise ArchiveMismatchError(
                    f"{audio} is not the audio its seal describes (another file, or changed "
                    "after sealing)",
                    hint="Nothing was archived; the audio file is left as it was",
                )
            with open(tmp, "rb") as fh:
                back, back_sha = decrypt_stream(fh, None, [FileKey(file_key)], name=recording_id)
            if (back_sha, back) != (sha, size):
                raise ArchiveMismatchError(
                    f"The encrypted copy of {recording_id} does not read back as written",
                    hint="Nothing was archived; check the disk",
                )
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        fsync_dir(self.audio_dir)
        atomic_write_bytes(self.seal_path(recording_id), parsed.raw)
        atomic_write_bytes(self.seals_dir / f"{recording_id}.zegel.minisig", sig_bytes)
        self._write_meta(recording_id, session_id, retention_end, recipients)
        now = utc_now()
        timeline = parsed.data["timeline"]
        with self._transaction() as db:
            db.execute(
                "INSERT INTO recordings VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    recording_id,
                    sealed["name"],
                    target.name,
                    sha,
                    size,
                    float(sealed["duration"]),
                    timeline.get("started_utc"),
                    now,
                    session_id,
                    retention_end.isoformat() if retention_end else None,
                    json.dumps([str(r) for r in recipients]),
                    "archived",
                ),
            )
            db.execute(
                "INSERT INTO seals VALUES (?,?,?,?,?)",
                (
                    recording_id,
                    _sha256_bytes(parsed.raw),
                    parsed.public_key.key_id,
                    parsed.data.get("sealed_utc"),
                    parsed.data.get("kind"),
                ),
            )
            if session_id is not None:
                db.execute(
                    "INSERT INTO sessions VALUES (?,?,?,NULL)",
                    (session_id, recording_id, record_sha256),
                )
        audit.append(
            "archive",
            recording_id,
            sha256=sha,
            file=target.name,
            retention_end=retention_end.isoformat() if retention_end else None,
        )
        audio.unlink()
        fsync_dir(audio.parent)
        return self.get(recording_id)

    def _retention(
        self,
        parsed: Seal,
        session_id: str | None,
        retention_end: date | None,
        session: Session | None = None,
    ) -> date | None:
        if session_id is None:
            return retention_end
        from opnamestudio.core.session import load_session  # noqa: PLC0415

        if session is None or session.session_id != session_id:
            session = load_session(session_id, self._readers)
        wanted = parsed.data["session"]["record_sha256"]
        if wanted is not None and session.record_sha256() != wanted:
            raise ArchiveMismatchError(
                f"The session record {session_id} is not the one the seal refers to",
                hint="Nothing was archived",
            )
        if retention_end is None and session.retention is not None:
            retention_end = session.retention.end_date(session.created.date())
        if retention_end is None and session.recorder != "client":
            raise ArchiveError(
                "The organisation recorded, so the recording needs a retention end date",
                hint="Give the retention period in the session",
            )
        return retention_end

    @staticmethod
    def _encrypt(
        audio: Path, tmp: Path, recipients: Sequence[Any], file_key: bytes
    ) -> tuple[str, int]:
        digest = hashlib.sha256()
        with open(audio, "rb") as src, open(tmp, "xb") as dst:
            size = encrypt_stream(
                src, dst, recipients, on_plaintext=digest.update, file_key=file_key
            )
            dst.flush()
            os.fsync(dst.fileno())
        return digest.hexdigest(), size

    def _write_meta(
        self,
        recording_id: str,
        session_id: str | None,
        retention_end: date | None,
        recipients: Sequence[Any],
    ) -> None:
        meta = {
            "format": META_FORMAT,
            "recording_id": recording_id,
            "session_id": session_id,
            "retention_end": retention_end.isoformat() if retention_end else None,
            "recipients": [str(r) for r in recipients],
        }
        atomic_write_bytes(
            self.seals_dir / f"{recording_id}.archief.json",
            json.dumps(meta, indent=2).encode("ascii") + b"\n",
        )

    def record_export(self, recording_id: str, destination: str, sha256: str) -> None:
        """Note a copy handed out (the export module calls this; the audit log has it too)."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO exports (recording_id, utc, destination, sha256) VALUES (?,?,?,?)",
                (recording_id, utc_now(), destination, sha256),
            )

    def record_import(self, recording_id: str, source: str, sha256: str) -> None:
        """Note a copy received from a client and archived."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO imports (recording_id, utc, source, sha256) VALUES (?,?,?,?)",
                (recording_id, utc_now(), source, sha256),
            )

    # -- reading ---------------------------------------------------------------------------

    def _audio_path(self, recording_id: str) -> Path:
        rec = self.get(recording_id)
        if rec.state == "deleted":
            when = rec.deleted_on.isoformat() if rec.deleted_on else "?"
            raise ArchiveDeletedError(
                f"The audio of {recording_id} was deleted on {when} at the end of its "
                "retention period"
            )
        return self.audio_dir / rec.audio_file

    def _open_cipher(self, recording_id: str) -> BinaryIO:
        path = self._audio_path(recording_id)
        try:
            return open(path, "rb")
        except OSError as exc:
            raise ArchiveError(
                f"Cannot read the encrypted audio of {recording_id} ({path}): {exc.strerror}",
                hint="Restore it from the backup; the other recordings are not affected",
            ) from exc

    def open_audio(self, recording_id: str) -> io.BufferedReader:
        """The plaintext audio as a stream (to play), decrypted 64 KiB at a time."""
        readers = self._readers()
        reader = AgeReader(self._open_cipher(recording_id), readers, name=recording_id)
        audit.append("play", recording_id)
        return io.BufferedReader(reader, buffer_size=256 * 1024)

    def decrypt_to(self, recording_id: str, dest: Path, *, durable: bool = True) -> str:
        """Decrypt to ``dest`` (never overwritten), checked against the seal; returns SHA-256.

        Written under a temporary name and renamed only when every chunk authenticated and the
        whole file matches the seal, so a damaged archive file never leaves a plausible copy.
        """
        expected = self.seal(recording_id).audio
        if dest.exists():
            raise ArchiveError(f"{dest} already exists", hint="Choose another name")
        readers = self._readers()
        sha = decrypt_file(
            self._open_cipher(recording_id),
            dest,
            readers,
            name=recording_id,
            expected_sha256=expected["sha256"],
            durable=durable,
        )
        audit.append("decrypt", recording_id, destination=str(dest), sha256=sha)
        return sha

    def decrypt_for_export(self, recording_id: str, dest: Path) -> Path:
        """Decrypt to ``dest`` for the export (a temporary folder), with the seal beside it.

        Every chunk is authenticated, but neither hashed nor fsynced here: the export checks
        its copy against the seal and syncs it. The caller deletes ``dest``'s folder after the
        export, so no plaintext stays on the laptop. Returns the audio's path.
        """
        readers = self._readers()
        seal = self.seal(recording_id)
        audio = dest / str(seal.audio["name"])
        decrypt_file(
            self._open_cipher(recording_id),
            audio,
            readers,
            name=recording_id,
            expected_sha256=None,
            durable=False,
        )
        files = seal_paths_for(audio)
        shutil.copyfile(self.seal_path(recording_id), files.manifest)
        shutil.copyfile(self.seals_dir / f"{recording_id}.zegel.minisig", files.signature)
        audit.append("decrypt", recording_id, destination=str(audio), purpose="export")
        return audio

    def verify(self, recording_id: str) -> ArchiveCheck:
        """Decrypt (streaming, nothing written) and check the audio and the seal's signature.

        Raises AgeChunkError (naming the recording and chunk), AgeNoIdentityError,
        ArchiveMismatchError, ArchiveDeletedError; returns the check otherwise.
        """
        parsed = self.seal(recording_id)
        signature_valid = True
        try:
            sig = Signature.from_bytes(
                (self.seals_dir / f"{recording_id}.zegel.minisig").read_bytes()
            )
            parsed.public_key.verify(parsed.raw, sig)
        except (OSError, SignatureError):
            signature_valid = False
        readers = self._readers()
        with self._open_cipher(recording_id) as src:
            size, sha = decrypt_stream(src, None, readers, name=recording_id)
        if (sha, size) != (parsed.audio["sha256"], parsed.audio["size"]):
            raise ArchiveMismatchError(
                f"{recording_id} decrypts without damage, but not to the audio its seal "
                "describes (the seal or the file was swapped)"
            )
        audit.append("verify", recording_id, sha256=sha, signature_valid=signature_valid)
        return ArchiveCheck(recording_id, sha, size, signature_valid, parsed.public_key.key_id)

    def verify_all(self) -> list[tuple[str, ArchiveCheck | OpnameError]]:
        """Check every kept recording; one damaged file does not stop the others."""
        results: list[tuple[str, ArchiveCheck | OpnameError]] = []
        self._readers()  # a wrong passphrase is one error for the whole run, not one per file
        for rec in self.recordings():
            if rec.state != "archived":
                continue
            try:
                results.append((rec.recording_id, self.verify(rec.recording_id)))
            except (AgeError, ArchiveError) as exc:
                results.append((rec.recording_id, exc))
        return results

    # -- retention -------------------------------------------------------------------------

    def set_retention_end(
        self,
        recording_id: str,
        end: date,
        *,
        policy_months: int,
        today: date | None = None,
    ) -> ArchivedRecording:
        """Move the recording's retention end to ``end``, within :func:`retention_bounds`.

        The archive facts beside the seal (which ``rebuild_index`` reads) and the index are
        updated, and the change goes into the audit log with the old and the new date.
        """
        rec = self.get(recording_id)
        if rec.state == "deleted":
            raise ArchiveDeletedError(f"The audio of {recording_id} was already deleted")
        bounds = retention_bounds(rec, policy_months, today)
        if bounds is None or not bounds.allows(end):
            raise ArchiveRetentionError(
                f"The retention end of {recording_id} cannot be {end.isoformat()}: "
                f"the policy allows {bounds.earliest.isoformat()} to {bounds.latest.isoformat()}"
                if bounds is not None
                else f"The retention end of {recording_id} cannot be changed"
            )
        if end == rec.retention_end:
            return rec
        meta_file = self.seals_dir / f"{recording_id}.archief.json"
        with _disk_errors(
            f"Cannot change the retention end of {recording_id}",
            "Nothing was changed; check the disk and try again",
        ):
            meta = json.loads(meta_file.read_bytes()) if meta_file.exists() else {}
            recipients = meta.get("recipients", list(rec.recipients))
            self._write_meta(recording_id, rec.session_id, end, recipients)
        with self._transaction() as db:
            db.execute(
                "UPDATE recordings SET retention_end = ? WHERE id = ?",
                (end.isoformat(), recording_id),
            )
        audit.append(
            "retention-changed",
            recording_id,
            old=rec.retention_end.isoformat() if rec.retention_end else None,
            new=end.isoformat(),
            policy_months=policy_months,
        )
        return self.get(recording_id)

    def expire(self, today: date | None = None) -> list[Deletion]:
        """Delete the audio and session records whose retention ended before ``today``.

        The seal stays, with a signed deletion entry beside it, a row in the index and an
        entry in the audit log. Returns what was deleted.
        """
        today = today or date.today()
        rows = self._query(
            "SELECT id FROM recordings WHERE state = 'archived' AND retention_end IS NOT NULL "
            "AND retention_end < ? ORDER BY id",
            (today.isoformat(),),
        )
        return [self._delete(row[0], today, "retention") for row in rows]

    def delete(self, recording_id: str, *, reason: str, today: date | None = None) -> Deletion:
        """Delete one recording's audio and session record now (the GUI confirms first).

        ``reason`` is a code such as "retention" or "request" (an AVG erasure request); the seal
        stays and the deletion is recorded like one at the end of the retention period.
        """
        if self.get(recording_id).state == "deleted":
            raise ArchiveDeletedError(f"The audio of {recording_id} was already deleted")
        return self._delete(recording_id, today or date.today(), reason)

    def _delete(self, recording_id: str, today: date, reason: str) -> Deletion:
        rec = self.get(recording_id)
        path = self.audio_dir / rec.audio_file
        with _disk_errors(
            f"Cannot delete the audio of {recording_id}",
            "Nothing is marked as deleted yet; check the disk and run the deletion again",
        ):
            path.unlink(missing_ok=True)  # the ciphertext, and with it the wrapped file keys
            fsync_dir(self.audio_dir)
            self._delete_session_record(rec)
            self._write_deletion_entry(rec, today, reason)
        head = audit.append(
            "delete",
            recording_id,
            reason=reason,
            deleted_on=today.isoformat(),
            retention_end=rec.retention_end.isoformat() if rec.retention_end else None,
            seal_kept=self.seal_path(recording_id).name,
        )
        now = utc_now()
        with self._transaction() as db:
            db.execute("UPDATE recordings SET state = 'deleted' WHERE id = ?", (recording_id,))
            db.execute(
                "UPDATE sessions SET deleted_utc = ? WHERE recording_id = ?", (now, recording_id)
            )
            db.execute(
                "INSERT INTO deletions VALUES (?,?,?,?,?,?)",
                (
                    recording_id,
                    today.isoformat(),
                    now,
                    reason,
                    rec.retention_end.isoformat() if rec.retention_end else None,
                    head,
                ),
            )
        return Deletion(recording_id, today, reason, rec.retention_end)

    def _delete_session_record(self, rec: ArchivedRecording) -> None:
        if rec.session_id is None:
            return
        others = self._query(
            "SELECT 1 FROM sessions s JOIN recordings r ON r.id = s.recording_id "
            "WHERE s.session_id = ? AND r.id != ? AND r.state = 'archived'",
            (rec.session_id, rec.recording_id),
        )
        if others:
            return  # another recording of the same conversation is still kept
        from opnamestudio.core.session import session_files, sessions_dir  # noqa: PLC0415

        for record in session_files(rec.session_id):
            record.unlink(missing_ok=True)
        fsync_dir(sessions_dir())

    def _write_deletion_entry(self, rec: ArchivedRecording, today: date, reason: str) -> None:
        entry = {
            "format": DELETION_FORMAT,
            "recording_id": rec.recording_id,
            "audio_sha256": rec.sha256,
            "seal_sha256": _sha256_bytes(self.seal_path(rec.recording_id).read_bytes()),
            "deleted_on": today.isoformat(),
            "deleted_utc": utc_now(),
            "reason": reason,
            "retention_end": rec.retention_end.isoformat() if rec.retention_end else None,
        }
        data = json.dumps(entry, indent=1, sort_keys=True).encode("ascii") + b"\n"
        key = load_or_create_signing_key()
        name = f"{rec.recording_id}.verwijderd.json"
        signature = key.sign(data, trusted_comment=f"file:{name}\tOpnameStudio deletion")
        atomic_write_bytes(self.deletions_dir / name, data)
        atomic_write_bytes(
            self.deletions_dir / f"{rec.recording_id}.verwijderd.minisig", bytes(signature)
        )


def decrypt_file(
    src: BinaryIO,
    dest: Path,
    identities: Sequence[Identity],
    *,
    name: str,
    expected_sha256: str | None,
    durable: bool = True,
) -> str:
    """Decrypt ``src`` (closed afterwards) into a new file ``dest``; returns the SHA-256.

    Written under a temporary name and renamed only when every chunk authenticated and the
    plaintext has the expected SHA-256, so a damaged file never leaves a plausible copy.
    ``durable`` fsyncs before the rename. With ``expected_sha256`` None the plaintext is not
    hashed (returns ""): for a file on its way to the export, which checks its copy against
    the seal itself; every chunk is still authenticated.
    """
    tmp = temp_sibling(dest, "decrypt")
    check = expected_sha256 is not None
    try:
        with (
            _disk_errors(
                f"Cannot write {dest}", "Check the free space and the folder, then try again"
            ),
            src,
            open(tmp, "xb") as out,
        ):
            _size, sha = decrypt_stream(src, out, identities, name=name, sha256=check)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        if check and sha != expected_sha256:
            raise ArchiveMismatchError(f"{name} decrypts to audio that does not match its seal")
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if durable:
        fsync_dir(dest.parent)
    return sha


def _sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def archived_seal_for(
    audio: Path, folder: Path | None = None, *, by_hash: bool = True
) -> Path | None:
    """The archive's kept seal for a copy of one of its recordings, or None.

    Found by the file name the recording had (a client's copy keeps it, also when it was
    edited), else — with ``by_hash`` — by the file's SHA-256 (one pass: a renamed, intact copy).
    Only reads: without an archive, or with a damaged index, the answer is None (the verifier
    then asks for the seal).
    """
    folder = folder or (paths.data_dir() / "archive")
    index = folder / "index.sqlite"
    if not index.is_file():
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"{index.as_uri()}?mode=ro", uri=True)) as db:
            rows = db.execute("SELECT id FROM recordings WHERE name = ?", (audio.name,)).fetchall()
            if not rows and by_hash:
                sha, _ = file_sha256(audio)
                rows = db.execute("SELECT id FROM recordings WHERE sha256 = ?", (sha,)).fetchall()
    except (sqlite3.Error, OSError) as exc:
        log.info("cannot look in the archive for a seal of %s: %s", audio.name, exc)
        return None
    for (recording_id,) in rows:
        seal = folder / "seals" / f"{recording_id}.zegel.json"
        if seal.is_file():
            return seal
    return None
