"""A stand-in for kernel32's file calls, so core.winio's read-back runs (and is held to
Windows' rules) on Linux.

Reads go to a real file. A handle opened with FILE_FLAG_NO_BUFFERING refuses what Windows refuses
(ERROR_INVALID_PARAMETER): a read whose file offset, size or buffer address is not a multiple of
the sector size. Faults are planned per call: ``open_errors`` for the next CreateFileW calls,
``read_errors`` by the index of the ReadFile call.
"""

from __future__ import annotations

import ctypes
import os
from dataclasses import dataclass, field

from opnamestudio.core import winio


@dataclass
class Read:
    handle: int
    offset: int
    address: int
    size: int
    got: int | None = None


@dataclass
class FakeKernel32:
    sector: int = 512
    root: str = "E:\\"
    #: What GetDiskFreeSpaceW says (None: it fails); by default ``sector``.
    reported_sector: int | None = -1
    #: Error codes for the next CreateFileW calls, in turn; then they succeed.
    open_errors: list[int] = field(default_factory=list)
    #: ReadFile call index -> the error code it fails with.
    read_errors: dict[int, int] = field(default_factory=dict)
    #: Give at most this many bytes per read (a device that returns short reads).
    most_per_read: int | None = None
    #: Claim this many bytes for every read (a broken driver).
    claim: int | None = None
    opened: list[tuple[str, int, int, int, int]] = field(default_factory=list)
    reads: list[Read] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)
    _files: dict[int, tuple[int, int]] = field(default_factory=dict)
    _error: int = 0

    def create_file(
        self, path: str, access: int, share: int, disposition: int, flags: int
    ) -> int | None:
        self.opened.append((path, access, share, disposition, flags))
        if self.open_errors:
            self._error = self.open_errors.pop(0)
            return None
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            self._error = winio.ERROR_FILE_NOT_FOUND
            return None
        handle = 0x100 + 4 * len(self.opened)
        self._files[handle] = (fd, flags)
        return handle

    def read_file(self, handle: int, address: int, size: int) -> int | None:
        fd, flags = self._files[handle]
        offset = os.lseek(fd, 0, os.SEEK_CUR)
        read = Read(handle, offset, address, size)
        self.reads.append(read)
        index = len(self.reads) - 1
        if index in self.read_errors:
            self._error = self.read_errors[index]
            return None
        if flags & winio.FILE_FLAG_NO_BUFFERING and (
            offset % self.sector or size % self.sector or address % self.sector
        ):
            self._error = winio.ERROR_INVALID_PARAMETER
            return None
        data = os.read(fd, min(size, self.most_per_read or size))
        ctypes.memmove(address, data, len(data))
        read.got = len(data) if self.claim is None else self.claim
        return read.got

    def close_handle(self, handle: int) -> bool:
        fd, _ = self._files.pop(handle)
        os.close(fd)
        self.closed.append(handle)
        return True

    def get_volume_path_name(self, path: str) -> str | None:
        return self.root

    def get_disk_free_space(self, root: str) -> int | None:
        return self.sector if self.reported_sector == -1 else self.reported_sector

    def last_error(self) -> int:
        return self._error

    def describe(self, code: int) -> str:
        return "The fake device says no." if code == winio.ERROR_CRC else ""

    @property
    def open_handles(self) -> int:
        return len(self._files)
