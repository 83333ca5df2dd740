"""The audit log: append-only and hash-chained (DESIGN §8; rule 6 — every copy handed out is known).

``<data folder>/audit/log.jsonl`` holds one JSON object per line, keys sorted, no spaces,
ASCII only::

    {"details":{...},"event":"export","prev":"<64 hex>","recording_id":"...","seq":7,
     "user":"jdevries","utc":"2026-11-26T14:05:00.123+00:00","hash":"<64 hex>"}

- ``prev`` is the SHA-256 of the previous line's bytes, its newline included (``null`` on the
  first line); the SHA-256 of the last line is the log's **chain head**.
- ``hash`` is the SHA-256 of the line's own bytes before ``,"hash":`` with a closing ``}``
  added, so a checker in any language needs no JSON re-serialisation to recompute it.

A line that was changed, or removed anywhere but at the end, breaks the chain and
:func:`verify_chain` says where. Cutting lines off the end, or rewriting the whole log, can only be
found against a chain head kept elsewhere (each seal holds the head at sealing time); a signed
anchor for the tail is a later issue.

A crash in the middle of an append can leave an incomplete last line. That entry was never
confirmed to its caller, so the next append removes the fragment and records the repair (how many
bytes, their SHA-256) as an entry of its own.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO

from opnamestudio.core import paths
from opnamestudio.core.errors import AuditError
from opnamestudio.core.fileio import fsync_dir
from opnamestudio.core.locking import try_lock

__all__ = ["AuditError", "append", "head", "log_path", "verify_chain"]

_HASH_KEY = b',"hash":"'
_KEYS = {"seq", "utc", "user", "event", "recording_id", "details", "prev", "hash"}
_LOCK_TIMEOUT = 10.0
_thread_lock = threading.Lock()


def log_path() -> Path:
    """The log file (its folder is created on first use)."""
    folder = paths.data_dir() / "audit"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "log.jsonl"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service, a container)
        return "unknown"


def _line(seq: int, prev: str | None, event: str, recording_id: str | None, details: Any) -> bytes:
    body = json.dumps(
        {
            "seq": seq,
            "utc": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
            "user": _os_user(),
            "event": event,
            "recording_id": recording_id,
            "details": details,
            "prev": prev,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
        default=str,  # a Path in the details becomes its text
    ).encode("ascii")
    return body[:-1] + _HASH_KEY + _sha256(body).encode("ascii") + b'"}\n'


@contextmanager
def _locked() -> Iterator[None]:
    """One writer at a time: a lock for this process's threads and a file lock for the others."""
    lock_file = log_path().with_name("log.lock")
    with _thread_lock, open(lock_file, "a+b") as fh:
        deadline = time.monotonic() + _LOCK_TIMEOUT
        while not try_lock(fh):
            if time.monotonic() > deadline:
                raise AuditError(f"The audit log is locked by another program ({lock_file})")
            time.sleep(0.01)
        yield  # closing the file releases the lock


def _tail(fh: BinaryIO) -> tuple[bytes | None, int]:
    """The last complete line (or None) and the length of an incomplete fragment after it."""
    size = fh.seek(0, os.SEEK_END)
    data = b""
    pos = size
    block = 4096
    while pos > 0:
        start = max(0, pos - block)
        fh.seek(start)
        data = fh.read(pos - start) + data
        pos = start
        end = data.rfind(b"\n")
        if end == -1:
            continue
        begin = data.rfind(b"\n", 0, end)
        if begin != -1 or pos == 0:
            return data[begin + 1 : end + 1], len(data) - end - 1
    return None, len(data)


def _seq_of(line: bytes) -> int:
    try:
        seq = json.loads(line)["seq"]
    except (ValueError, TypeError, KeyError) as exc:
        raise AuditError("The last line of the audit log is damaged") from exc
    if not isinstance(seq, int):
        raise AuditError("The last line of the audit log is damaged")
    return seq


def append(event: str, recording_id: str | None, **details: Any) -> str:
    """Add an entry, fsynced before returning; returns the new chain head.

    ``details`` must be JSON-serialisable (a Path becomes its text). Raises AuditError when the
    log cannot be written: the caller decides whether the action may go ahead without it.
    """
    try:
        path = log_path()
        created = not path.exists()
        with _locked(), open(path, "a+b") as fh:
            last, torn = _tail(fh)
            seq = _seq_of(last) if last is not None else 0
            prev = _sha256(last) if last is not None else None
            lines = []
            if torn:
                size = fh.seek(0, os.SEEK_END)
                fh.seek(size - torn)
                fragment = fh.read(torn)
                fh.truncate(size - torn)
                seq += 1
                repair = _line(
                    seq,
                    prev,
                    "audit-repair",
                    None,
                    {"dropped_bytes": torn, "dropped_sha256": _sha256(fragment)},
                )
                lines.append(repair)
                prev = _sha256(repair)
            line = _line(seq + 1, prev, event, recording_id, details)
            lines.append(line)
            fh.write(b"".join(lines))
            fh.flush()
            os.fsync(fh.fileno())
        if created:
            fsync_dir(path.parent)
    except OSError as exc:
        raise AuditError(f"Cannot write the audit log: {exc.strerror or exc}") from exc
    return _sha256(line)


def head() -> str | None:
    """The chain head: SHA-256 of the last complete line, or None for an empty log."""
    path = log_path()
    if not path.exists():
        return None
    with open(path, "rb") as fh:
        last, _ = _tail(fh)
    return _sha256(last) if last is not None else None


def _check_line(number: int, line: bytes, prev: str | None) -> None:
    cut = line.rfind(_HASH_KEY)
    if cut == -1 or not line.endswith(b'"}\n') or len(line) - cut != len(_HASH_KEY) + 64 + 3:
        raise AuditError(f"Line {number} of the audit log was changed (it has no valid hash)")
    body = line[:cut] + b"}"
    if _sha256(body).encode("ascii") != line[cut + len(_HASH_KEY) : -3]:
        raise AuditError(f"Line {number} of the audit log was changed")
    try:
        entry = json.loads(line)
    except ValueError as exc:
        raise AuditError(f"Line {number} of the audit log was changed (not JSON)") from exc
    if not isinstance(entry, dict) or set(entry) != _KEYS:
        raise AuditError(f"Line {number} of the audit log was changed (wrong fields)")
    if entry["seq"] != number or entry["prev"] != prev:
        raise AuditError(
            f"The audit log was changed before line {number}: a line was removed or altered"
        )


def verify_chain() -> None:
    """Raise AuditError when a line was changed or removed (anywhere but at the end).

    An incomplete last line (a crash during an append) is not an error here: the next append
    removes and records it.
    """
    path = log_path()
    if not path.exists():
        return
    prev: str | None = None
    with open(path, "rb") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.endswith(b"\n"):
                break
            _check_line(number, line, prev)
            prev = _sha256(line)
