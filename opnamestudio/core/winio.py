"""Windows: read a file back from the device itself, past the system cache.

core/export.py reads every file of a client's copy back and compares its SHA-256 before the file
gets its final name. Right after writing, the system cache holds the file's data, and a read
through Python's ``open`` would be served from there: a stick that garbles data would pass.
``CreateFileW`` with ``FILE_FLAG_NO_BUFFERING`` opens the file so that every read goes to the
device (the file system first writes out whatever of the file the cache still has dirty; after
the export's fsync nothing is). It is also the one flag Python's ``open`` cannot pass.

Unbuffered reads have rules (Microsoft's "File Buffering" page), all kept here:

- the read size and the file offset are multiples of the volume's sector size: reads are
  ``READ_SIZE`` (4 MiB, a multiple of every sector size up to 4 MiB), so every read starts at a
  multiple of it; the read at the end of the file returns fewer bytes, which is allowed, and
  after a read that ends off a sector boundary nothing more is read (that offset would be
  refused, and it is the end of the file);
- the buffer's address is a multiple of the *physical* sector size, which GetDiskFreeSpaceW
  (logical sectors) may understate on "512e" drives: the buffer comes from an anonymous
  ``mmap`` (page aligned, 64 KiB on Windows) and is aligned to at least 4096 bytes.

Error codes become an ``OSError`` whose ``errno`` says what happened in the terms
``export._classify`` already sorts (ENODEV or ENOENT: the stick went away; EIO: it failed;
EACCES: refused), so a pulled stick during the read-back is the same ExportMediaError as on Linux.
A file system that refuses unbuffered reads altogether (a few network redirectors and virtual
drives) raises ``NoBufferingRefused`` before a byte is counted; the caller may read it back
plainly then, and says so in the log.

The loop is pure Python over a small ``Kernel32`` interface, so tests/unit/core/test_winio.py
drives it on Linux with a fake that enforces the alignment rules; only ``_windows_api()`` loads
kernel32, and only on Windows.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import mmap
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

__all__ = [
    "FILE_FLAG_NO_BUFFERING",
    "FILE_FLAG_SEQUENTIAL_SCAN",
    "FILE_SHARE_READ",
    "GENERIC_READ",
    "OPEN_EXISTING",
    "READ_SIZE",
    "Kernel32",
    "NoBufferingRefused",
    "aligned_read_size",
    "errno_for",
    "read_back",
]

log = logging.getLogger(__name__)

GENERIC_READ = 0x80000000
FILE_SHARE_READ = 0x00000001
OPEN_EXISTING = 3
FILE_FLAG_NO_BUFFERING = 0x20000000
FILE_FLAG_SEQUENTIAL_SCAN = 0x08000000

#: Bytes per read: a multiple of every sector size there is, and few calls for a large file.
READ_SIZE = 4 * 1024 * 1024
#: Used when the volume does not say its sector size; also the least buffer alignment.
MIN_ALIGNMENT = 4096
#: How often opening is tried while another program (a virus scanner) holds the new file.
SHARING_RETRIES = 10
SHARING_RETRY_SECONDS = 0.1

# GetLastError codes (winerror.h).
ERROR_INVALID_FUNCTION = 1
ERROR_FILE_NOT_FOUND = 2
ERROR_PATH_NOT_FOUND = 3
ERROR_ACCESS_DENIED = 5
ERROR_INVALID_HANDLE = 6
ERROR_BAD_UNIT = 20
ERROR_NOT_READY = 21
ERROR_CRC = 23
ERROR_SECTOR_NOT_FOUND = 27
ERROR_WRITE_FAULT = 29
ERROR_READ_FAULT = 30
ERROR_GEN_FAILURE = 31
ERROR_SHARING_VIOLATION = 32
ERROR_LOCK_VIOLATION = 33
ERROR_HANDLE_EOF = 38
ERROR_HANDLE_DISK_FULL = 39
ERROR_NOT_SUPPORTED = 50
ERROR_BAD_NETPATH = 53
ERROR_DEV_NOT_EXIST = 55
ERROR_UNEXP_NET_ERR = 59
ERROR_NETNAME_DELETED = 64
ERROR_BAD_NET_NAME = 67
ERROR_INVALID_PARAMETER = 87
ERROR_DISK_FULL = 112
ERROR_FILE_TOO_LARGE = 223
ERROR_VIRUS_INFECTED = 225
ERROR_VIRUS_DELETED = 226
ERROR_NO_SUCH_DEVICE = 433
ERROR_DEVICE_HARDWARE_ERROR = 483
ERROR_FILE_INVALID = 1006
ERROR_MEDIA_CHANGED = 1110
ERROR_NO_MEDIA_IN_DRIVE = 1112
ERROR_IO_DEVICE = 1117
ERROR_DEVICE_NOT_CONNECTED = 1167

#: The stick (or the share) is no longer there.
DEVICE_GONE = frozenset(
    {
        ERROR_BAD_UNIT, ERROR_NOT_READY, ERROR_DEV_NOT_EXIST, ERROR_NO_SUCH_DEVICE,
        ERROR_NO_MEDIA_IN_DRIVE, ERROR_DEVICE_NOT_CONNECTED, ERROR_BAD_NETPATH,
        ERROR_UNEXP_NET_ERR, ERROR_NETNAME_DELETED, ERROR_BAD_NET_NAME, ERROR_INVALID_HANDLE,
    }
)  # fmt: skip
#: The file we just wrote is not where it was: the stick was pulled (and maybe put back).
FILE_GONE = frozenset({ERROR_FILE_NOT_FOUND, ERROR_PATH_NOT_FOUND})
#: The volume under the open file changed (pulled and put back, another medium).
MEDIUM_CHANGED = frozenset({ERROR_FILE_INVALID, ERROR_MEDIA_CHANGED})
#: The device answered, but with a fault: the stick fails.
DEVICE_FAULT = frozenset(
    {
        ERROR_CRC, ERROR_SECTOR_NOT_FOUND, ERROR_WRITE_FAULT, ERROR_READ_FAULT,
        ERROR_GEN_FAILURE, ERROR_DEVICE_HARDWARE_ERROR, ERROR_IO_DEVICE,
    }
)  # fmt: skip
#: Refused: no permission, or a virus scanner took the file.
DENIED = frozenset({ERROR_ACCESS_DENIED, ERROR_VIRUS_INFECTED, ERROR_VIRUS_DELETED})
#: Another program holds the file; worth a few more tries.
BUSY = frozenset({ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION})
#: The file system does not do unbuffered reads at all.
REFUSED = frozenset({ERROR_INVALID_FUNCTION, ERROR_NOT_SUPPORTED, ERROR_INVALID_PARAMETER})

_ERRNO = {
    **dict.fromkeys(DEVICE_GONE, errno.ENODEV),
    **dict.fromkeys(FILE_GONE, errno.ENOENT),
    **dict.fromkeys(MEDIUM_CHANGED, errno.ESTALE),
    **dict.fromkeys(DEVICE_FAULT, errno.EIO),
    **dict.fromkeys(DENIED, errno.EACCES),
    **dict.fromkeys(BUSY, errno.EBUSY),
    **dict.fromkeys(REFUSED, errno.EINVAL),
    ERROR_HANDLE_DISK_FULL: errno.ENOSPC,
    ERROR_DISK_FULL: errno.ENOSPC,
    ERROR_FILE_TOO_LARGE: errno.EFBIG,
}

OnChunk = Callable[[int], None]


class NoBufferingRefused(OSError):
    """The file system does not do unbuffered reads; nothing of the file was counted yet."""


class Kernel32(Protocol):
    """The few kernel32 calls the read-back makes, in Python terms (a fake stands in on Linux)."""

    def create_file(
        self, path: str, access: int, share: int, disposition: int, flags: int
    ) -> int | None:
        """CreateFileW; the handle, or None (then ``last_error()`` says why)."""

    def read_file(self, handle: int, address: int, size: int) -> int | None:
        """ReadFile of ``size`` bytes into the memory at ``address``; bytes read, or None."""

    def close_handle(self, handle: int) -> bool:
        """CloseHandle."""

    def get_volume_path_name(self, path: str) -> str | None:
        """GetVolumePathNameW: the root of the volume holding ``path`` ("E:\\\\"), or None."""

    def get_disk_free_space(self, root: str) -> int | None:
        """GetDiskFreeSpaceW's bytes per (logical) sector of the volume at ``root``, or None."""

    def last_error(self) -> int:
        """GetLastError of this thread's previous call through this object."""

    def describe(self, code: int) -> str:
        """FormatMessageW: the system's text for an error code ("" when it has none)."""


def errno_for(code: int) -> int:
    """The errno meaning what the Windows error ``code`` means to an export (EIO when unknown).

    Unknown codes during a read-back count as a failing device rather than a refusal: the file
    was written a moment ago, so a read that fails for no known reason is the stick's.
    """
    return _ERRNO.get(code, errno.EIO)


def windows_error(code: int, call: str, path: Path | str, description: str = "") -> OSError:
    """An OSError for ``code`` with our errno; on Windows also with ``winerror`` set."""
    description = (
        f"{description} (Windows error {code})" if description else f"Windows error {code}"
    )
    cls = NoBufferingRefused if code in REFUSED else OSError
    # On Windows OSError(errno, text, name, winerror) sets winerror and derives errno from it with
    # Python's own table (which leaves most device codes at EINVAL); ours is put back after.
    # Elsewhere the fourth argument is ignored.
    exc = cls(errno_for(code), f"{call}: {description}", str(path), code)
    exc.errno = errno_for(code)
    return exc


def aligned_read_size(sector: int, wanted: int = READ_SIZE) -> int:
    """The largest multiple of ``sector`` (a power of two) not above ``wanted``; at least one."""
    if sector <= 0 or sector & (sector - 1):
        raise ValueError(f"a sector size is a power of two, not {sector}")
    return max(sector, wanted - wanted % sector)


def alignment_offset(address: int, alignment: int) -> int:
    """Bytes to skip from ``address`` to the next multiple of ``alignment``."""
    return -address % alignment


def sector_size(api: Kernel32, path: str) -> int:
    """The logical sector size of the volume holding ``path``; MIN_ALIGNMENT when unknown."""
    root = api.get_volume_path_name(path)
    size = api.get_disk_free_space(root) if root else None
    if size is None or size <= 0 or size & (size - 1):
        log.debug(
            "no sector size for %s (volume %r: %r); using %d", path, root, size, MIN_ALIGNMENT
        )
        return MIN_ALIGNMENT
    return size


def read_back(
    path: Path | str,
    on_chunk: OnChunk | None = None,
    *,
    api: Kernel32 | None = None,
    read_size: int = READ_SIZE,
    sleep: Callable[[float], None] = time.sleep,
) -> tuple[str, int]:
    """SHA-256 (hex) and size of ``path`` as read from the device with FILE_FLAG_NO_BUFFERING.

    ``on_chunk(n)`` is called after every read with its byte count. Raises OSError (see
    ``errno_for``), or NoBufferingRefused when the file system does not read unbuffered at all.
    ``api`` and ``sleep`` are for tests; by default kernel32 (Windows only).
    """
    if api is None:
        api = _windows_api()
    name = str(path)
    sector = sector_size(api, name)
    alignment = max(sector, MIN_ALIGNMENT)
    step = aligned_read_size(alignment, read_size)
    handle = _open(api, name, sleep)
    try:
        digest, size, reads = _hash_reads(api, handle, name, step, sector, alignment, on_chunk)
    finally:
        if not api.close_handle(handle):
            log.debug("CloseHandle of %s failed (Windows error %d)", name, api.last_error())
    log.debug(
        "read back %s with FILE_FLAG_NO_BUFFERING: %d bytes in %d reads of up to %d "
        "(sector %d bytes)",
        name,
        size,
        reads,
        step,
        sector,
    )
    return digest, size


def _open(api: Kernel32, path: str, sleep: Callable[[float], None]) -> int:
    """The file opened for unbuffered, sequential reading (others may read it meanwhile)."""
    attempts = 0
    while True:
        handle = api.create_file(
            path,
            GENERIC_READ,
            FILE_SHARE_READ,
            OPEN_EXISTING,
            FILE_FLAG_NO_BUFFERING | FILE_FLAG_SEQUENTIAL_SCAN,
        )
        if handle is not None:
            return handle
        code = api.last_error()
        attempts += 1
        if code not in BUSY or attempts >= SHARING_RETRIES:
            raise windows_error(code, "CreateFileW", path, api.describe(code))
        sleep(SHARING_RETRY_SECONDS)


def _hash_reads(  # noqa: PLR0917 - private, one caller
    api: Kernel32,
    handle: int,
    path: str,
    step: int,
    sector: int,
    alignment: int,
    on_chunk: OnChunk | None,
) -> tuple[str, int, int]:
    """(SHA-256, bytes, reads) of everything the handle reads, in aligned reads of ``step``."""
    import ctypes  # noqa: PLC0415 - only for a buffer's address; not loaded by a Linux export

    digest = hashlib.sha256()
    size = reads = 0
    buffer = mmap.mmap(-1, step + alignment)
    try:
        anchor = ctypes.c_char.from_buffer(buffer)  # holds the mmap until deleted
        start = alignment_offset(ctypes.addressof(anchor), alignment)
        address = ctypes.addressof(anchor) + start
        del anchor
        with memoryview(buffer) as whole:
            while True:
                got = api.read_file(handle, address, step)
                if got is None:
                    code = api.last_error()
                    if code != ERROR_HANDLE_EOF:
                        error = windows_error(code, "ReadFile", path, api.describe(code))
                        if size > 0 and code in REFUSED:  # refused mid-file: a fault, not a rule
                            raise OSError(errno.EIO, error.strerror, path)
                        raise error
                    got = 0
                if not 0 <= got <= step:
                    raise OSError(errno.EIO, f"ReadFile returned {got} bytes of {step}", path)
                reads += 1
                if got:
                    with whole[start : start + got] as chunk:
                        digest.update(chunk)
                    size += got
                    if on_chunk is not None:
                        on_chunk(got)
                # A read that ends off a sector boundary ended at the end of the file; a read
                # from there would be refused. A short read on a boundary is read past.
                if got == 0 or got % sector:
                    break
    finally:
        buffer.close()
    return digest.hexdigest(), size, reads


_api: Kernel32 | None = None


def _windows_api() -> Kernel32:
    """kernel32 through ctypes, made once; raises where there is no such thing."""
    global _api  # noqa: PLW0603 - one binding per process
    if sys.platform == "win32":
        if _api is None:
            _api = _WindowsKernel32()
        return _api
    raise OSError(errno.ENOSYS, "kernel32 exists on Windows only")


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    class _WindowsKernel32:
        """The real thing. ``use_last_error`` keeps each call's error for this thread."""

        def __init__(self) -> None:
            k = ctypes.WinDLL("kernel32", use_last_error=True)
            self._create = k.CreateFileW
            self._create.argtypes = [
                wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, ctypes.c_void_p,
                wintypes.DWORD, wintypes.DWORD, wintypes.HANDLE,
            ]  # fmt: skip
            self._create.restype = wintypes.HANDLE
            self._read = k.ReadFile
            self._read.argtypes = [
                wintypes.HANDLE, ctypes.c_void_p, wintypes.DWORD,
                ctypes.POINTER(wintypes.DWORD), ctypes.c_void_p,
            ]  # fmt: skip
            self._read.restype = wintypes.BOOL
            self._close = k.CloseHandle
            self._close.argtypes = [wintypes.HANDLE]
            self._close.restype = wintypes.BOOL
            self._volume = k.GetVolumePathNameW
            self._volume.argtypes = [wintypes.LPCWSTR, wintypes.LPWSTR, wintypes.DWORD]
            self._volume.restype = wintypes.BOOL
            self._free = k.GetDiskFreeSpaceW
            self._free.argtypes = [wintypes.LPCWSTR, *[ctypes.POINTER(wintypes.DWORD)] * 4]
            self._free.restype = wintypes.BOOL
            # INVALID_HANDLE_VALUE as a HANDLE restype gives it: (HANDLE)-1, unsigned.
            self._invalid = ctypes.c_void_p(-1).value

        def create_file(
            self, path: str, access: int, share: int, disposition: int, flags: int
        ) -> int | None:
            handle = self._create(path, access, share, None, disposition, flags, None)
            if handle is None or handle == self._invalid:
                return None
            return int(handle)

        def read_file(self, handle: int, address: int, size: int) -> int | None:
            got = wintypes.DWORD(0)
            if not self._read(handle, address, size, ctypes.byref(got), None):
                return None
            return int(got.value)

        def close_handle(self, handle: int) -> bool:
            return bool(self._close(handle))

        def get_volume_path_name(self, path: str) -> str | None:
            root = ctypes.create_unicode_buffer(max(261, len(path) + 2))
            if not self._volume(path, root, len(root)):
                return None
            return root.value

        def get_disk_free_space(self, root: str) -> int | None:
            values = [wintypes.DWORD(0) for _ in range(4)]
            if not self._free(root, *[ctypes.byref(v) for v in values]):
                return None
            return int(values[1].value)

        def last_error(self) -> int:
            return ctypes.get_last_error()

        def describe(self, code: int) -> str:
            return ctypes.FormatError(code).strip()
