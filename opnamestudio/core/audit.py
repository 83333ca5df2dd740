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
:func:`verify_chain` says where. Against cutting lines off the end, every append also writes the
**signed head**: ``audit/head.json`` (``{"format":"opnamestudio-audit-head/1","head":...,
"key_id":...,"seq":...,"utc":...}``) with ``head.json.minisig``, a minisign signature by the
installation's signing key (check it with ``minisign -Vm head.json -p KEY.pub``). A log shorter
than the signed head, or whose line at that number is another, was cut or rewritten. Rewriting
the whole log and re-signing needs the signing key; against that, each seal holds the chain head
at sealing time (``audit.chain_head``), which :func:`find_line` locates in the log.

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
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO

from opnamestudio.core import paths
from opnamestudio.core.errors import AuditError, OpnameError
from opnamestudio.core.fileio import atomic_write_bytes, fsync_dir
from opnamestudio.core.locking import try_lock

__all__ = [
    "HEAD_FORMAT",
    "AuditError",
    "AuditReport",
    "append",
    "find_line",
    "head",
    "log_path",
    "missing_anchors",
    "seal_anchors",
    "signed_head_paths",
    "verify_chain",
]

HEAD_FORMAT = "opnamestudio-audit-head/1"

_HASH_KEY = b',"hash":"'
_KEYS = {"seq", "utc", "user", "event", "recording_id", "details", "prev", "hash"}
_LOCK_TIMEOUT = 10.0
_thread_lock = threading.Lock()


def log_path() -> Path:
    """The log file (its folder is created on first use)."""
    folder = paths.data_dir() / "audit"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "log.jsonl"


def signed_head_paths() -> tuple[Path, Path]:
    """``head.json`` and its minisign signature ``head.json.minisig``."""
    body = log_path().with_name("head.json")
    return body, body.with_name("head.json.minisig")


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
            _sign_head(seq + 1, _sha256(line))
    except OSError as exc:
        raise AuditError(f"Cannot write the audit log: {exc.strerror or exc}") from exc
    return _sha256(line)


def _sign_head(seq: int, chain_head: str) -> None:
    """Write and sign the head (under the log's lock, after the line is on disk)."""
    from opnamestudio.core.keys import load_or_create_signing_key  # noqa: PLC0415 - cycle

    try:
        key = load_or_create_signing_key()
    except OpnameError as exc:
        raise AuditError(f"Cannot sign the audit log's head: {exc.message}") from exc
    body = (
        json.dumps(
            {
                "format": HEAD_FORMAT,
                "head": chain_head,
                "key_id": key.public.key_id,
                "seq": seq,
                "utc": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode("ascii")
        + b"\n"
    )
    signature = key.sign(
        body,
        trusted_comment=f"timestamp:{int(time.time())}\tfile:head.json\tOpnameStudio audit log",
    )
    body_path, sig_path = signed_head_paths()
    # Two files, two renames: a crash between them leaves a body its signature does not match,
    # which verify_chain reports (never as good) until the next append signs the head again.
    atomic_write_bytes(body_path, body)
    atomic_write_bytes(sig_path, bytes(signature))


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


@dataclass(frozen=True)
class AuditReport:
    """What :func:`verify_chain` found: the chain holds; how far the signed head covers it."""

    entries: int
    signed_seq: int | None
    key_id: str | None

    @property
    def unsigned_after(self) -> int:
        """Entries after the signed head (normally 0; 1 after a crash between line and head)."""
        return self.entries - (self.signed_seq or 0)


def verify_chain() -> AuditReport:
    """Check every line's hash and link, and the signed head; raise AuditError when it fails.

    Fails when a line was changed or removed, when the log is shorter than its signed head or
    its line at the head's number is another (cut or rewritten), when the head's signature does
    not hold or its key is not trusted, or when a log with entries has no signed head. An
    incomplete last line (a crash during an append) is not an error here: the next append
    removes and records it.
    """
    path = log_path()
    hashes: list[str] = []
    prev: str | None = None
    if path.exists():
        with open(path, "rb") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.endswith(b"\n"):
                    break
                _check_line(number, line, prev)
                prev = _sha256(line)
                hashes.append(prev)
    signed = _read_signed_head()
    if signed is None:
        if hashes:
            raise AuditError("The audit log has no signed head: it cannot be checked for a cut end")
        return AuditReport(0, None, None)
    seq, chain_head, key_id = signed
    if seq > len(hashes):
        raise AuditError(
            f"The audit log was cut off: the signed head is entry {seq}, the log has {len(hashes)}"
        )
    if hashes[seq - 1] != chain_head:
        raise AuditError(f"The audit log was rewritten: entry {seq} is not the signed one")
    return AuditReport(len(hashes), seq, key_id)


def _read_signed_head() -> tuple[int, str, str] | None:
    from opnamestudio.core.keys import (  # noqa: PLC0415 - cycle
        Signature,
        SignatureError,
        TrustStore,
    )

    body_path, sig_path = signed_head_paths()
    try:
        body = body_path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise AuditError(f"Cannot read the audit log's head: {exc.strerror}") from exc
    try:
        signature = Signature.from_bytes(sig_path.read_bytes())
    except OSError as exc:
        raise AuditError("The audit log's head has no readable signature") from exc
    except OpnameError as exc:
        raise AuditError(f"The audit log's head signature is damaged: {exc.message}") from exc
    try:
        data = json.loads(body)
        fields = (data["format"], data["seq"], data["head"], data["key_id"])
    except (ValueError, TypeError, KeyError) as exc:
        raise AuditError("The audit log's head is damaged") from exc
    fmt, seq, chain_head, key_id = fields
    if fmt != HEAD_FORMAT or not isinstance(seq, int) or seq < 1 or not isinstance(chain_head, str):
        raise AuditError("The audit log's head is damaged")
    key = next((k for k in TrustStore().trusted_keys() if k.key_id == key_id), None)
    if key is None:
        raise AuditError(f"The audit log's head was signed by an untrusted key ({key_id[:16]})")
    try:
        key.verify(body, signature)
    except SignatureError as exc:
        raise AuditError("The audit log's head signature does not hold: it was changed") from exc
    return seq, chain_head, str(key_id)


def find_line(chain_head: str) -> int | None:
    """The number of the entry whose line hashes to ``chain_head`` (a seal's anchor), or None."""
    path = log_path()
    if not path.exists():
        return None
    with open(path, "rb") as fh:
        for number, line in enumerate(fh, start=1):
            if line.endswith(b"\n") and _sha256(line) == chain_head:
                return number
    return None


def seal_anchors(folder: Path) -> list[tuple[Path, str]]:
    """(seal file, chain head) of every seal under ``folder`` that holds an anchor.

    Read as plain JSON: a seal that cannot be read, or has no anchor, is left out (checking the
    seal itself is the verifier's job).
    """
    found = []
    for seal_file in sorted(folder.rglob("*.zegel.json")):
        try:
            data = json.loads(seal_file.read_bytes())
            anchor = data["audit"]["chain_head"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if isinstance(anchor, str) and len(anchor) == 64:
            found.append((seal_file, anchor))
    return found


def missing_anchors(anchors: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    """The anchors that are no line of the log: the log was rewritten or cut after them."""
    path = log_path()
    lines: set[str] = set()
    if path.exists():
        with open(path, "rb") as fh:
            lines = {_sha256(line) for line in fh if line.endswith(b"\n")}
    return [(seal, anchor) for seal, anchor in anchors if anchor not in lines]
