"""The client's copy (DESIGN §7, rule 4): the sealed recording, byte for byte, on a USB stick.

``export_copy`` makes a new folder ``<name>`` on the destination holding the audio (the very
bytes that were sealed), ``<name>.zegel.json``, ``<name>.zegel.minisig``, the signer's public
key ``sleutel-<first 8 key id digits>.pub``, ``LEESMIJ.txt`` (plain Dutch: what this is, the
agreements, how to check it without our software) and any extra files (the agreement as PDF).

The procedure, and why:

1. Nothing is written before the recording is known to be sealed (seal present, well-formed, its
   signature made by the key it names, the audio's size as sealed) and the destination is known
   to have room (free space; FAT32 holds no file of 4 GiB or more).
2. Everything goes into a working folder ``<name> (wordt gekopieerd)``, each file under a name
   ending in ``.onvolledig``: whatever a failure leaves behind says it is incomplete, in Dutch.
3. Each file is written in 1 MiB chunks, fsynced (on macOS with F_FULLFSYNC: its fsync leaves
   the data in the drive's own cache), dropped from the page cache, read back from the device
   and compared by SHA-256: the audio with the seal's SHA-256 (so what the client gets is the
   sealed recording, and the source needs no hashing pass of its own), the rest with the bytes
   that were written.
4. Only then does the copy get its names: the folder ``<name>`` is made and every file is moved
   into it, the audio last, then the working folder is removed and both folders are fsynced.
   A folder with the final name therefore never holds the recording before everything else is
   in place. (The files are moved one by one rather than renaming the working folder as a whole
   because the FAT32 driver of the tests, fusefat 0.1a, loses a folder's contents when the folder
   is renamed; a file rename is safe with every FAT driver.)

Reading back from the device, not from the cache:

- Linux, BSD (``os.posix_fadvise``): after the fsync, ``POSIX_FADV_DONTNEED`` drops the file's
  now clean pages, so the read that follows goes to the device (tests/integration checks this
  with ``fincore``). On a FUSE mount the kernel keeps no pages of the file anyway.
- Linux, besides: the read-back opens the file with ``O_DIRECT`` and reads 4 MiB at a time into
  page-aligned buffers, so every read goes to the device even if a page escaped the eviction
  (tests/integration shows each of the two alone catches data changed underneath the cache). It
  is also the faster read where it matters: fusefat serves these large in-order reads about
  three times as fast as the kernel's read-ahead requests (384 MB in ~0.9 s against ~2.5–3 s
  here; bench/bench_export.py), on ext4 they are as fast. A file system that refuses
  ``O_DIRECT`` (tmpfs before Linux 6.6, some network and FUSE file systems) is read through the
  cache after the eviction.
- Except on Windows' unbuffered path: a second thread hashes each buffer while the next one is
  read, so the read-back takes about as long as the reading alone.
- macOS (no posix_fadvise): ``F_NOCACHE`` on the writing and the reading descriptor, so the
  written pages are not kept and the read is not served from the cache.
- Windows (core/winio.py): the file is opened with ``CreateFileW`` and
  ``FILE_FLAG_NO_BUFFERING``, which Python's ``open`` cannot pass, and read in sector-aligned
  4 MiB reads into an aligned buffer, so every read goes to the device (the fsync before it is
  ``FlushFileBuffers``). A file system that refuses unbuffered reads (some network redirectors
  and virtual drives) is read back plainly, with a warning in the log: it may then come from the
  system cache. The loop, its alignment and its errors are tested on Linux with a fake kernel32;
  the real calls by a Windows-only test and step 11 of docs/manual-checklist.md.

Every export, and every failed attempt, is in the audit log with the destination and the audio's
SHA-256. Errors are the ``ExportError`` classes of core/errors.py.
"""

from __future__ import annotations

import collections
import contextlib
import errno
import hashlib
import itertools
import logging
import mmap
import os
import re
import secrets
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from string import Template

from opnamestudio.core import audit, paths
from opnamestudio.core.errors import (
    ExportError,
    ExportFullError,
    ExportMediaError,
    ExportMismatchError,
    ExportNoSealError,
    ExportNotWritableError,
    ExportSourceChangedError,
    ExportTooLargeError,
    OpnameError,
)
from opnamestudio.core.fileio import fsync_dir
from opnamestudio.core.keys import PublicKey, Signature, format_key_id
from opnamestudio.core.naming import portable_name
from opnamestudio.core.seal import Seal, file_sha256, seal_paths_for

__all__ = [
    "FAT_MAX_FILE_SIZE",
    "INCOMPLETE_SUFFIX",
    "WORKING_MARK",
    "Drive",
    "ExportResult",
    "export_copy",
    "filesystem_type",
    "list_removable_drives",
    "readme_text",
]

log = logging.getLogger(__name__)

#: Marks the working folder: "is being copied". A folder with this mark is never a finished copy.
WORKING_MARK = "(wordt gekopieerd)"
#: Marks a file that has not been read back and checked yet.
INCOMPLETE_SUFFIX = ".onvolledig"
#: The largest file FAT32 can hold: 4 GiB minus one byte.
FAT_MAX_FILE_SIZE = 2**32 - 1
README_NAME = "LEESMIJ.txt"
CHUNK = 1024 * 1024
#: The read-back's reads: a multiple of every device's block size, as O_DIRECT requires.
READ_CHUNK = 4 * 1024 * 1024
#: Buffers between the read-back's reads and its hashing thread.
_READ_BUFFERS = 3
#: Linux: the read-back opens the file with O_DIRECT (0 elsewhere, and for tests of the fallback).
_O_DIRECT: int = getattr(os, "O_DIRECT", 0)
# File systems with FAT32's limit ("fuse.fusefat": Debian's FUSE driver, used by the tests).
_FAT_TYPES = {"vfat", "msdos", "fat", "fat12", "fat16", "fat32", "umsdos", "fuse.fusefat"}
# Not drives a user would hand to a client.
_PSEUDO_FS = {
    "autofs", "binfmt_misc", "bpf", "cgroup", "cgroup2", "configfs", "debugfs", "devpts",
    "devtmpfs", "fusectl", "mqueue", "nsfs", "overlay", "proc", "pstore", "ramfs", "securityfs",
    "squashfs", "sysfs", "tmpfs", "tracefs",
}  # fmt: skip
LINUX_DRIVE_ROOTS = (Path("/media"), Path("/run/media"), Path("/mnt"))
# errno values that mean the device went away or failed (pulled out, disconnected, broken).
_GONE = {
    errno.ENOTCONN, errno.ECONNABORTED, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ESHUTDOWN,
    errno.ESTALE, errno.ENOENT, getattr(errno, "ENOMEDIUM", -1),
}  # fmt: skip
# Windows: ERROR_NOT_READY, ERROR_DEV_NOT_EXIST, ERROR_DEVICE_HARDWARE_ERROR, ERROR_IO_DEVICE,
# ERROR_DEVICE_NOT_CONNECTED, ERROR_NO_SUCH_DEVICE.
_WIN_GONE = {21, 55, 483, 1117, 1167, 433}
_WIN_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WIN_TOO_LARGE = {223}  # ERROR_FILE_TOO_LARGE
_DUTCH_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    """A finished, verified copy."""

    folder: Path
    #: Every file of the copy, in the folder.
    files: tuple[Path, ...]
    #: Bytes written (each also read back).
    bytes: int
    seconds: float


@dataclass(frozen=True)
class Drive:
    """A removable drive to offer as destination."""

    mount_point: Path
    label: str
    #: None when the file system does not say (some FUSE drivers report 0 of 0).
    free_bytes: int | None
    #: e.g. "vfat", "exfat", "FAT32"; None when unknown.
    file_system: str | None = None


@dataclass
class _Item:
    """One file of the copy."""

    name: str
    source: Path | bytes
    size: int
    #: The SHA-256 the source must have (the audio: the seal's), checked after writing it.
    expect_sha256: str | None = None


@dataclass
class _Attempt:
    """What one export has created so far on the destination (for cleaning up)."""

    work: Path | None = None
    final: Path | None = None
    written: list[Path] = field(default_factory=list)
    moved: list[Path] = field(default_factory=list)


class _Meter:
    """Counts written and read-back bytes for the progress callback."""

    def __init__(self, total: int, callback: Progress | None) -> None:
        self.total = total
        self.done = 0
        self._callback = callback

    def add(self, n: int) -> None:
        self.done += n
        if self._callback is not None:
            self._callback(self.done, self.total)


# ----------------------------------------------------------------------------- the export


def export_copy(
    audio: Path,
    dest: Path,
    *,
    progress: Progress | None = None,
    extra_files: Mapping[str, bytes] = {},  # a Mapping: read only, never mutated
    organisation: str = "",
    on_synced: Callable[[Path], None] | None = None,
) -> ExportResult:
    """Copy the sealed recording ``audio`` into a new, verified folder on ``dest``.

    ``progress(done, total)`` is called from this thread after every chunk; ``total`` counts
    every byte twice (written, then read back). ``extra_files`` maps a file name to its bytes
    (names are made FAT32-safe). Raises an ExportError subclass; then nothing that remains on
    ``dest`` is named like a complete copy. AuditError when the audit log cannot record the
    start (nothing is written then) or the end (the copy is complete, but unrecorded).

    ``on_synced(path)``, for tests, is called with each file of the copy (under its temporary
    name) after it was written, fsynced and dropped from the cache, right before it is read back:
    where a test changes the medium underneath to prove that the read-back sees the device.
    """
    started = time.monotonic()
    audio = Path(audio)
    dest = Path(dest)
    attempt_id = secrets.token_hex(4)
    recording_id: str | None = None
    try:
        seal, signature = _load_seal(audio)
        recording_id = str(seal.data["recording_id"])
    except ExportError as exc:
        # No usable seal: the log gets the file's own SHA-256 (one pass; a rare path).
        _log_failure(recording_id, dest, _sha256_or_none(audio), exc, attempt_id, audio=str(audio))
        raise
    audio_sha = str(seal.audio["sha256"])
    # The chain head after this entry goes into the copy's LEESMIJ.txt: an anchor of the audit
    # log outside this computer (DESIGN §8), like the one in every seal.
    anchor = audit.append(
        "export-started",
        recording_id,
        attempt=attempt_id,
        destination=str(dest),
        audio_sha256=audio_sha,
        audio=str(audio),
    )
    try:
        stem, items = _plan(audio, seal, signature, extra_files, organisation, audit_anchor=anchor)
    except ExportError as exc:
        _log_failure(recording_id, dest, audio_sha, exc, attempt_id)
        raise
    state = _Attempt()
    try:
        folder, files = _run(
            stem,
            items,
            dest,
            state,
            _Meter(2 * sum(i.size for i in items), progress),
            on_synced,
        )
    except BaseException as exc:
        left = _cleanup(state)
        _log_failure(recording_id, dest, audio_sha, exc, attempt_id, left_behind=left)
        raise
    total = sum(i.size for i in items)
    seconds = time.monotonic() - started
    audit.append(
        "export",
        recording_id,
        attempt=attempt_id,
        destination=str(dest),
        folder=str(folder),
        audio_sha256=audio_sha,
        files=[p.name for p in files],
        bytes=total,
        seconds=round(seconds, 3),
    )
    return ExportResult(folder, tuple(files), total, seconds)


def _load_seal(audio: Path) -> tuple[Seal, bytes]:
    """The seal and its signature bytes, checked: present, well-formed, signed by its key."""
    files = seal_paths_for(audio)
    if not audio.is_file():
        raise ExportNoSealError(
            f"The recording {audio} does not exist", hint="Choose the recording again"
        )
    if not files.manifest.is_file() or not files.signature.is_file():
        raise ExportNoSealError(f"The recording {audio.name} has no seal beside it")
    try:
        seal = Seal.from_file(files.manifest)
        signature_bytes = files.signature.read_bytes()
        seal.public_key.verify(seal.raw, Signature.from_bytes(signature_bytes))
    except OSError as exc:
        raise ExportNoSealError(f"Cannot read the seal of {audio.name}: {exc.strerror}") from exc
    except OpnameError as exc:
        raise ExportNoSealError(
            f"The seal of {audio.name} is not valid: {exc.message}",
            hint="Keep the files as they are and contact your IT department",
        ) from exc
    try:
        size = audio.stat().st_size
    except OSError as exc:
        raise ExportError(f"Cannot read the recording {audio}: {exc.strerror}") from exc
    if size != seal.audio["size"]:
        raise ExportSourceChangedError(
            f"{audio.name} is {size} bytes, its seal says {seal.audio['size']}: "
            "the file was changed after sealing"
        )
    return seal, signature_bytes


def _plan(
    audio: Path,
    seal: Seal,
    signature: bytes,
    extra_files: Mapping[str, bytes],
    organisation: str,
    *,
    audit_anchor: str | None = None,
) -> tuple[str, list[_Item]]:
    """The copy's name and files, the audio first (the big one: a full stick shows at once)."""
    stem = portable_name(audio.stem)
    suffix = audio.suffix if re.fullmatch(r"\.[A-Za-z0-9]{1,8}", audio.suffix) else ""
    key = seal.public_key
    names = {
        "audio": stem + suffix,
        "seal": stem + ".zegel.json",
        "signature": stem + ".zegel.minisig",
        "key": f"sleutel-{key.key_id[:8].upper()}.pub",
    }
    readme = readme_text(
        seal,
        audio_name=names["audio"],
        seal_name=names["seal"],
        signature_name=names["signature"],
        key_name=names["key"],
        organisation=organisation,
        audit_anchor=audit_anchor,
    )
    key_bytes = key.to_minisign().encode("ascii")
    items = [
        _Item(names["audio"], audio, int(seal.audio["size"]), str(seal.audio["sha256"])),
        _Item(names["seal"], seal.raw, len(seal.raw)),
        _Item(names["signature"], signature, len(signature)),
        _Item(names["key"], key_bytes, len(key_bytes)),
    ]
    for name, data in extra_files.items():
        safe = _extra_name(name)
        items.append(_Item(safe, bytes(data), len(data)))
    items.append(_Item(README_NAME, readme, len(readme)))
    taken = [i.name.lower() for i in items]  # FAT compares names without case
    if len(set(taken)) != len(taken):
        raise ValueError(f"two files of the copy would have the same name: {sorted(taken)}")
    return stem, items


def _extra_name(name: str) -> str:
    """A caller's file name made portable; a slash is part of the name, never a folder."""
    base, dot, ext = name.rpartition(".")
    if dot and base and re.fullmatch(r"[A-Za-z0-9]{1,8}", ext):
        return portable_name(base, fallback="bijlage") + "." + ext
    return portable_name(name, fallback="bijlage")


def _run(  # noqa: PLR0917 - private, one caller
    stem: str,
    items: list[_Item],
    dest: Path,
    state: _Attempt,
    meter: _Meter,
    on_synced: Callable[[Path], None] | None = None,
) -> tuple[Path, list[Path]]:
    """Check the room, write and verify into the working folder, then give the final names."""
    _check_destination(dest, items)
    try:
        final_name, state.work = _make_working_folder(dest, stem)
        verified: list[tuple[Path, str]] = []
        for item in items:
            tmp = state.work / (item.name + INCOMPLETE_SUFFIX)
            state.written.append(tmp)
            _write_verified(item, tmp, meter, dest, on_synced)
            verified.append((tmp, item.name))
        fsync_dir(state.work)
        state.final = dest / final_name
        os.mkdir(state.final)
        # The audio (first in the list) is moved last.
        for tmp, name in [*verified[1:], verified[0]]:
            target = state.final / name
            os.rename(tmp, target)
            state.moved.append(target)
        fsync_dir(state.final)
        with contextlib.suppress(OSError):
            # Fails only when someone put a file in it (macOS Finder's .DS_Store): it is marked
            # as incomplete and holds no recording, so the finished copy stands.
            os.rmdir(state.work)
            state.work = None
        fsync_dir(dest)
    except OSError as exc:
        raise _classify(exc, dest, state, meter.total - meter.done) from exc
    return state.final, list(state.moved)


def _check_destination(dest: Path, items: list[_Item]) -> None:
    if not dest.is_dir():
        raise ExportNotWritableError(
            f"The destination {dest} is not a folder (or the USB stick is not connected)",
            hint="Connect the USB stick, or choose another folder",
        )
    fs_type = filesystem_type(dest)
    largest = max(items, key=lambda i: i.size)
    if fs_type is not None and fs_type.lower() in _FAT_TYPES and largest.size > FAT_MAX_FILE_SIZE:
        raise ExportTooLargeError(
            f"{largest.name} is {largest.size / 2**30:.1f} GiB; the file system of {dest} "
            f"({fs_type}) holds no file of 4 GiB or more"
        )
    free = _free_space(dest)
    cluster = _cluster_size(dest)
    # Every file takes whole clusters; the two folders one cluster each.
    needed = sum(-(-i.size // cluster) * cluster for i in items) + 2 * cluster
    if free is not None and free < needed:
        raise ExportFullError(
            f"The copy needs {_mb(needed)} and {dest} has {_mb(free)} free",
            hint="Use a USB stick with more free space, or delete files from this one",
        )


def _make_working_folder(dest: Path, stem: str) -> tuple[str, Path]:
    """(final name, working folder): the first ``<stem>``, ``<stem>-2`` … free in both forms."""
    n = 1
    while True:
        final = stem if n == 1 else f"{stem}-{n}"
        work = dest / f"{final} {WORKING_MARK}"
        n += 1
        if (dest / final).exists() or work.exists():
            continue  # a copy, or the remains of an attempt that could not be cleaned up
        try:
            os.mkdir(work)
        except FileExistsError:
            continue
        return final, work


def _source_chunks(source: Path | bytes) -> Iterator[bytes]:
    if isinstance(source, bytes):
        for start in range(0, len(source), CHUNK):
            yield source[start : start + CHUNK]
        return
    try:
        with open(source, "rb", buffering=0) as fh:
            while chunk := fh.read(CHUNK):
                yield chunk
    except OSError as exc:  # the archive's disk, not the stick: not an OSError for _classify
        raise ExportError(
            f"Cannot read the recording {source}: {exc.strerror}",
            hint="Check the computer's disk, or contact your IT department",
        ) from exc


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _write_verified(
    item: _Item,
    target: Path,
    meter: _Meter,
    dest: Path,
    on_synced: Callable[[Path], None] | None = None,
) -> None:
    """Write ``item`` to ``target``, make it durable, evict it, read it back and compare.

    The audio is compared with the seal's SHA-256, so its source is not hashed on the way (one
    pass fewer); only when the read-back differs is the source hashed, to tell a recording changed
    after sealing from a stick that garbles data.
    """
    digest = None if item.expect_sha256 else hashlib.sha256()
    size = 0
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        _no_cache(fd)
        for chunk in _source_chunks(item.source):
            if digest is not None:
                digest.update(chunk)
            _write_all(fd, chunk)
            size += len(chunk)
            meter.add(len(chunk))
        _sync(fd)
        _evict(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(fd)
        raise
    os.close(fd)
    if size != item.size:
        raise ExportSourceChangedError(
            f"{item.name} changed while it was copied ({size} bytes instead of {item.size})"
        )
    expected = item.expect_sha256 or (digest.hexdigest() if digest else "")
    if on_synced is not None:
        on_synced(target)
    back, back_size = _read_back(target, meter)
    if back == expected and back_size == size:
        return
    if item.expect_sha256 is not None and isinstance(item.source, Path):
        try:
            source_sha, _ = file_sha256(item.source)
        except OSError as exc:
            raise ExportError(f"Cannot read the recording {item.source}: {exc.strerror}") from exc
        if source_sha != item.expect_sha256:
            raise ExportSourceChangedError(
                f"The audio's SHA-256 ({source_sha[:16]}…) is not the sealed one "
                f"({item.expect_sha256[:16]}…): the file was changed after sealing"
            )
    raise ExportMismatchError(
        f"{item.name} as read back from {dest} differs from the original "
        f"({back_size} bytes, SHA-256 {back[:16]}… instead of {expected[:16]}…)"
    )


def _sync(fd: int) -> None:
    """fsync; on macOS F_FULLFSYNC, which also empties the drive's own write cache."""
    if sys.platform == "darwin":
        import fcntl  # noqa: PLC0415

        try:
            fcntl.fcntl(fd, getattr(fcntl, "F_FULLFSYNC", 51))
        except OSError:  # not supported by this file system: the plain fsync is what there is
            os.fsync(fd)
        return
    os.fsync(fd)


def _no_cache(fd: int) -> None:
    """macOS: keep this descriptor's data out of the cache (there is no posix_fadvise there)."""
    if sys.platform == "darwin":
        import fcntl  # noqa: PLC0415

        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, getattr(fcntl, "F_NOCACHE", 48), 1)


def _evict(fd: int) -> None:
    """Drop the file's pages from the page cache (they are clean after the fsync)."""
    if hasattr(os, "posix_fadvise"):
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def _read_back(path: Path, meter: _Meter) -> tuple[str, int]:
    """SHA-256 and size of ``path`` as the device holds it (see the module docstring)."""
    if sys.platform == "win32":
        from opnamestudio.core import winio  # noqa: PLC0415 - Windows only

        try:
            return winio.read_back(path, meter.add)
        except winio.NoBufferingRefused as exc:  # raised before a byte was counted
            log.warning(
                "%s: the file system refuses unbuffered reads (%s); read back through the cache",
                path,
                exc.strerror,
            )
    fd, direct = _open_for_read_back(path)
    try:
        _no_cache(fd)
        _evict(fd)
        return _hash_reads(fd, path, meter, direct=direct)
    finally:
        os.close(fd)


def _open_for_read_back(path: Path) -> tuple[int, bool]:
    """The file opened for reading, with O_DIRECT where the system and file system have it."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
    if _O_DIRECT:
        try:
            return os.open(path, flags | _O_DIRECT), True
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise
            # tmpfs before Linux 6.6, some network and FUSE file systems.
            log.info("%s: the file system refuses O_DIRECT; read back after the eviction", path)
    return os.open(path, flags), False


def _hash_reads(fd: int, path: Path, meter: _Meter, *, direct: bool) -> tuple[str, int]:
    """SHA-256 and size of what ``fd`` reads from its start to its end.

    The reads go into page-aligned buffers of READ_CHUNK bytes (what O_DIRECT requires of the
    buffer, the offset and the length); a second thread hashes each buffer while the next one
    is read (both release the GIL), so the read-back takes about as long as the reading alone.
    A file system that turns down an O_DIRECT read (EINVAL: an alignment it does not accept) is
    read on from the same offset through the cache, evicted again first.
    """
    digest = hashlib.sha256()
    size = 0
    buffers = [mmap.mmap(-1, READ_CHUNK) for _ in range(_READ_BUFFERS)]
    hashing: collections.deque[Future[None]] = collections.deque()
    with (
        open(fd, "rb", buffering=0, closefd=False) as reader,
        ThreadPoolExecutor(1, thread_name_prefix="export-sha256") as hasher,
    ):
        for turn in itertools.count():
            buffer = buffers[turn % len(buffers)]
            if len(hashing) == len(buffers):
                hashing.popleft().result()  # this buffer's bytes are hashed: it is free again
            try:
                n = reader.readinto(buffer)
            except OSError as exc:
                if not direct or exc.errno != errno.EINVAL:
                    raise
                direct = False
                _stop_direct(fd)
                log.warning(
                    "%s: an O_DIRECT read was refused at byte %d (%s); read on after the eviction",
                    path,
                    size,
                    exc.strerror,
                )
                n = reader.readinto(buffer)
            if not n:
                break
            hashing.append(hasher.submit(digest.update, memoryview(buffer)[:n]))
            size += n
            meter.add(n)
    # Leaving the block waited for the hashing of every buffer.
    return digest.hexdigest(), size


def _stop_direct(fd: int) -> None:
    """Read ``fd`` through the cache from here on, with its pages dropped first."""
    import fcntl  # noqa: PLC0415 - only where O_DIRECT exists (not on Windows)

    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~_O_DIRECT)
    _evict(fd)


def _reachable(path: Path) -> bool:
    try:
        os.stat(path)
    except OSError:
        return False
    return True


def _classify(  # noqa: PLR0911 - one return per kind of failure
    exc: OSError, dest: Path, state: _Attempt, remaining: int
) -> ExportError:
    """The ExportError for an OSError on the destination: full, too large, gone, or refused."""
    code = exc.errno
    win = getattr(exc, "winerror", None)
    reason = exc.strerror or str(exc)
    if code in (errno.ENOSPC, errno.EDQUOT) or win in _WIN_FULL:
        return ExportFullError(f"{dest} is full ({reason})")
    if code == errno.EFBIG or win in _WIN_TOO_LARGE:
        return ExportTooLargeError(f"A file is too large for the file system of {dest}")
    if code in _GONE or win in _WIN_GONE or not _reachable(state.work or dest):
        return ExportMediaError(f"{dest} went away or failed during the copy ({reason})")
    if code in (errno.EPERM, errno.EACCES, errno.EROFS) and state.work is not None:
        # Refused after this export made its working folder there: permissions were fine a
        # moment ago. Some drivers (fusefat) say EPERM where others say ENOSPC.
        free = _free_space(dest)
        if free is None or free < remaining:
            return ExportFullError(f"{dest} refused more data ({reason}): it is probably full")
        return ExportMediaError(f"{dest} refused more data ({reason})")
    if code in (errno.EPERM, errno.EACCES, errno.EROFS):
        return ExportNotWritableError(f"Cannot write in {dest} ({reason})")
    return ExportMediaError(f"Writing to {dest} failed ({reason})")


def _cleanup(state: _Attempt) -> list[str]:
    """Remove what this attempt created, as far as the destination still lets us.

    Returns the folders that could not be removed (the stick is gone): they hold only files
    marked incomplete, or no recording.
    """
    for path in [*state.moved, *state.written]:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    left = []
    for folder in (state.final, state.work):
        if folder is not None:
            try:
                folder.rmdir()
            except OSError:
                left.append(str(folder))
    return left


def _sha256_or_none(path: Path) -> str | None:
    try:
        return file_sha256(path)[0]
    except OSError:
        return None


def _log_failure(
    recording_id: str | None,
    dest: Path,
    audio_sha: str | None,
    exc: BaseException,
    attempt_id: str,
    **details: object,
) -> None:
    """Record a failed attempt; the export's own error is what the caller must see."""
    code = exc.code if isinstance(exc, OpnameError) else type(exc).__name__
    message = exc.message if isinstance(exc, OpnameError) else str(exc)
    with contextlib.suppress(OpnameError):
        audit.append(
            "export-failed",
            recording_id,
            attempt=attempt_id,
            destination=str(dest),
            audio_sha256=audio_sha,
            error=code,
            message=message,
            **details,
        )


# ----------------------------------------------------------------------------- LEESMIJ.txt


def readme_text(
    seal: Seal,
    *,
    audio_name: str,
    seal_name: str,
    signature_name: str,
    key_name: str,
    organisation: str = "",
    now: datetime | None = None,
    audit_anchor: str | None = None,
) -> bytes:
    """LEESMIJ.txt from resources/texts/LEESMIJ.txt: UTF-8 with BOM and CRLF (Windows Notepad).

    ``audit_anchor`` is the audit log's chain head at the export's entry ("kenmerk").
    """
    source = paths.resources_dir() / "texts" / README_NAME
    try:
        template = source.read_text("utf-8")
    except OSError as exc:
        raise ExportError(
            f"The text for {README_NAME} is missing ({source}: {exc.strerror})",
            hint="Install OpnameStudio again, or contact your IT department",
        ) from exc
    sha = str(seal.audio["sha256"])
    key: PublicKey = seal.public_key
    started = seal.data.get("timeline", {}).get("started_utc")
    # ${Organisatie} is the same name where it starts a sentence.
    text = Template(template).substitute(
        organisatie=organisation.strip() or "de organisatie",
        Organisatie=organisation.strip() or "De organisatie",
        bestand=audio_name,
        zegel=seal_name,
        handtekening=signature_name,
        sleutelbestand=key_name,
        sha256=sha,
        vingerafdruk=format_key_id(sha),
        sleutel_id=format_key_id(key.key_id),
        sleutel_id_volledig=key.key_id,
        minisign_sleutel=key.key_id[:16].upper(),
        datum_opname=_dutch_date(started, with_time=True) if started else "(onbekend)",
        datum_kopie=_dutch_date((now or datetime.now(timezone.utc)).isoformat()),
        kenmerk=audit_anchor or "(niet vastgelegd)",
        afspraken="\n".join(
            textwrap.fill(text, width=72, initial_indent="- ", subsequent_indent="  ")
            for text in agreement_texts(seal)
        ),
    )
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8-sig")


def agreement_texts(seal: Seal) -> list[str]:
    """The agreements of the recording's conversation (its session record, found by the seal's
    ``session.record_sha256``), else the organisation's own, else the built-in ones: the texts
    of those that are on, as both sides agreed them ("we spreken af")."""
    from opnamestudio.core.documents import find_session  # noqa: PLC0415 - documents imports seal
    from opnamestudio.core.orgsettings import effective_agreements, load_settings  # noqa: PLC0415
    from opnamestudio.core.session import default_agreements  # noqa: PLC0415

    record = seal.data.get("session", {}).get("record_sha256")
    session = find_session(record if isinstance(record, str) else None)
    if session is not None:
        items = tuple(session.agreements)
    else:
        try:
            items = effective_agreements(load_settings())
        except OpnameError:
            items = default_agreements()
    return [item.text for item in items if item.on]


def _dutch_date(iso: str, *, with_time: bool = False) -> str:
    """'26 november 2026' (and 'om 14:05', local time) from an ISO 8601 time."""
    moment = datetime.fromisoformat(iso).astimezone()
    text = f"{moment.day} {_DUTCH_MONTHS[moment.month - 1]} {moment.year}"
    return f"{text} om {moment:%H:%M}" if with_time else text


# ----------------------------------------------------------------------------- drives


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def _free_space(path: Path) -> int | None:
    """Free bytes, or None when the file system does not say (fusefat reports 0 of 0)."""
    try:
        usage = shutil.disk_usage(path)
    except OSError:
        return None
    return usage.free if usage.total > 0 else None


def _cluster_size(path: Path) -> int:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is not None:
        with contextlib.suppress(OSError):
            size = int(statvfs(path).f_frsize)
            if size > 0:
                return size
    return 32 * 1024  # FAT32's cluster on sticks of 8–32 GB


def _unescape_mount(field_: str) -> str:
    """/proc/mounts writes a space as \\040 (and tab, newline, backslash likewise)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field_)


def _proc_mounts(text: str | None = None) -> list[tuple[str, Path, str, list[str]]]:
    """(device, mount point, file system type, options) per line of /proc/mounts."""
    if text is None:
        try:
            with open("/proc/mounts", encoding="utf-8", errors="replace") as fh:
                text = fh.read()
        except OSError:
            return []
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 4:
            mounts.append(
                (
                    _unescape_mount(parts[0]),
                    Path(_unescape_mount(parts[1])),
                    parts[2],
                    parts[3].split(","),
                )
            )
    return mounts


def _mount_of(path: Path, mounts: list[tuple[Path, str]]) -> str | None:
    """The file system type of the longest mount point holding ``path``."""
    best: tuple[int, str] | None = None
    for point, fs_type in mounts:
        if path == point or point in path.parents:
            depth = len(point.parts)
            if best is None or depth >= best[0]:
                best = (depth, fs_type)
    return best[1] if best else None


def filesystem_type(path: Path) -> str | None:
    """The file system holding ``path`` ("vfat", "fuse.fusefat", "FAT32", …), None if unknown.

    Linux: /proc/mounts. Windows: GetVolumeInformationW; macOS: the ``mount`` command's list
    (both untested here: no such machine in CI).
    """
    real = Path(os.path.realpath(path))
    if sys.platform == "win32":
        return _windows_volume(real)[1]
    if sys.platform == "darwin":
        return _mount_of(real, _macos_mounts())
    # Linux; another system without /proc/mounts gives None.
    return _mount_of(real, [(point, fs) for _, point, fs, _ in _proc_mounts()])


def _macos_mounts() -> list[tuple[Path, str]]:
    """(mount point, type) from ``/sbin/mount``: '/dev/disk4s1 on /Volumes/X (msdos, local…)'."""
    try:
        out = subprocess.run(
            ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in out.splitlines():
        match = re.match(r"^.+? on (.+) \(([^,)]+)", line)
        if match:
            found.append((Path(match.group(1)), match.group(2)))
    return found


def _windows_volume(path: Path) -> tuple[str, str | None]:
    """(label, file system name) of the volume holding ``path``; untested here."""
    if sys.platform == "win32":
        import ctypes  # noqa: PLC0415

        kernel32 = ctypes.windll.kernel32
        root = ctypes.create_unicode_buffer(261)
        if not kernel32.GetVolumePathNameW(str(path), root, 261):
            return "", None
        label = ctypes.create_unicode_buffer(261)
        fs_name = ctypes.create_unicode_buffer(261)
        if not kernel32.GetVolumeInformationW(
            root.value, label, 261, None, None, None, fs_name, 261
        ):
            return "", None
        return label.value, fs_name.value or None
    return "", None


def _linux_label(device: str) -> str | None:
    by_label = Path("/dev/disk/by-label")
    if not device.startswith("/dev/") or not by_label.is_dir():
        return None
    real = os.path.realpath(device)
    for link in by_label.iterdir():
        if os.path.realpath(link) == real:
            # udev escapes a space as \x20.
            return re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), link.name)
    return None


def _linux_drives(
    mounts_text: str | None = None, roots: tuple[Path, ...] = LINUX_DRIVE_ROOTS
) -> list[Drive]:
    drives = []
    for device, point, fs_type, _options in _proc_mounts(mounts_text):
        if fs_type in _PSEUDO_FS or not any(root in point.parents for root in roots):
            continue
        drives.append(Drive(point, _linux_label(device) or point.name, _free_space(point), fs_type))
    return drives


def _macos_drives() -> list[Drive]:
    volumes = Path("/Volumes")
    if not volumes.is_dir():
        return []
    types = dict(_macos_mounts())
    return [
        Drive(p, p.name, _free_space(p), types.get(p))
        for p in sorted(volumes.iterdir())
        if os.path.ismount(p) and os.path.realpath(p) != "/"  # not the startup disk
    ]


def _windows_drives() -> list[Drive]:
    """Drive letters whose GetDriveTypeW is DRIVE_REMOVABLE (2) and that hold a medium."""
    drives: list[Drive] = []
    if sys.platform == "win32":
        import ctypes  # noqa: PLC0415

        kernel32 = ctypes.windll.kernel32
        old_mode = kernel32.SetErrorMode(1)  # SEM_FAILCRITICALERRORS: no "insert a disk" dialog
        try:
            mask = kernel32.GetLogicalDrives()
            for i in range(26):
                root = f"{chr(ord('A') + i)}:\\"
                if mask & (1 << i) and kernel32.GetDriveTypeW(root) == 2:
                    label, fs_name = _windows_volume(Path(root))
                    if fs_name is not None:  # None: a card reader without a card
                        free = _free_space(Path(root))
                        drives.append(Drive(Path(root), label or root, free, fs_name))
        finally:
            kernel32.SetErrorMode(old_mode)
    return drives


def list_removable_drives() -> list[Drive]:
    """Removable drives to offer as destination.

    Linux: mounts below /media, /run/media and /mnt (where desktops and admins mount sticks).
    macOS: the volumes in /Volumes other than the startup disk. Windows: drive letters with
    GetDriveTypeW == DRIVE_REMOVABLE (a USB hard disk says DRIVE_FIXED and is not listed; the
    user can still choose any folder). The macOS and Windows paths are untested here.
    """
    if sys.platform == "win32":
        return _windows_drives()
    if sys.platform == "darwin":
        return _macos_drives()
    return _linux_drives()  # another system without /proc/mounts: none
