"""Windows' unbuffered read-back (core.winio): its loop, alignment and errors, here on any system.

The loop runs against tests/support/fakekernel32.py, which reads a real file and refuses what
Windows refuses for a FILE_FLAG_NO_BUFFERING handle (offset, size or buffer address off a sector
boundary). The tests at the end run on Windows only: the real kernel32, a real file, and proof
that the handle really is unbuffered (Windows then refuses a one-byte read).
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opnamestudio.core import winio
from opnamestudio.core.winio import (
    FILE_FLAG_NO_BUFFERING,
    FILE_FLAG_SEQUENTIAL_SCAN,
    FILE_SHARE_READ,
    GENERIC_READ,
    OPEN_EXISTING,
    READ_SIZE,
    NoBufferingRefused,
    aligned_read_size,
    alignment_offset,
    errno_for,
    read_back,
)
from tests.support.fakekernel32 import FakeKernel32

SECTORS = (512, 1024, 4096, 8192, 65536)


def _file(folder: Path, size: int, name: str = "opname.flac.onvolledig") -> Path:
    path = folder / name
    path.write_bytes(os.urandom(size))
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _no_sleep(seconds: float) -> None:
    pass


# ----------------------------------------------------------------------------- read sizes


@pytest.mark.parametrize(
    ("sector", "wanted", "expected"),
    [
        (512, READ_SIZE, READ_SIZE),
        (4096, READ_SIZE, READ_SIZE),
        (4096, 10_000, 8192),
        (4096, 100, 4096),  # never less than one sector
        (65536, READ_SIZE, READ_SIZE),
        (8 * 1024 * 1024, READ_SIZE, 8 * 1024 * 1024),
    ],
)
def test_reads_are_whole_sectors(sector: int, wanted: int, expected: int) -> None:
    assert aligned_read_size(sector, wanted) == expected


def test_the_default_read_is_a_multiple_of_every_sector_size() -> None:
    for sector in (512, 1024, 2048, 4096, 8192, 65536):
        assert READ_SIZE % sector == 0
        assert aligned_read_size(sector) == READ_SIZE


@pytest.mark.parametrize("sector", [0, -512, 3, 520, 4095])
def test_a_sector_size_is_a_power_of_two(sector: int) -> None:
    with pytest.raises(ValueError, match="power of two"):
        aligned_read_size(sector)


@given(st.integers(0, 2**40), st.sampled_from((512, 4096, 65536)))
def test_the_buffer_offset_reaches_the_next_boundary(address: int, alignment: int) -> None:
    skip = alignment_offset(address, alignment)
    assert 0 <= skip < alignment
    assert (address + skip) % alignment == 0


# ----------------------------------------------------------------------------- the loop


@settings(max_examples=60, deadline=None)
@given(
    size=st.integers(0, 40_000),
    sector=st.sampled_from(SECTORS),
    sectors_per_read=st.integers(1, 4),
)
def test_every_size_reads_back_whole_and_aligned(
    tmp_path_factory: pytest.TempPathFactory, size: int, sector: int, sectors_per_read: int
) -> None:
    path = _file(tmp_path_factory.mktemp("stick"), size)
    api = FakeKernel32(sector=sector)
    counted: list[int] = []
    step = sector * sectors_per_read
    digest, got = read_back(path, counted.append, api=api, read_size=step)
    assert (digest, got) == (_sha(path), size)
    assert sum(counted) == size and 0 not in counted
    # The fake refuses unaligned reads, so none happened; every read was one whole step.
    assert all(r.got is not None for r in api.reads)
    assert {r.size for r in api.reads} == {aligned_read_size(max(sector, 4096), step)}
    assert all(r.offset % sector == 0 and r.address % sector == 0 for r in api.reads)
    assert api.closed and api.open_handles == 0


def test_the_file_is_opened_unbuffered_for_sequential_reading(tmp_path: Path) -> None:
    path = _file(tmp_path, 1000)
    api = FakeKernel32()
    read_back(path, api=api)
    assert api.opened == [
        (
            str(path),
            GENERIC_READ,
            FILE_SHARE_READ,
            OPEN_EXISTING,
            FILE_FLAG_NO_BUFFERING | FILE_FLAG_SEQUENTIAL_SCAN,
        )
    ]
    assert len(api.closed) == 1 and api.open_handles == 0


def test_the_last_short_read_ends_it_without_a_read_from_an_unaligned_offset(
    tmp_path: Path,
) -> None:
    path = _file(tmp_path, 3 * 4096 + 100)
    api = FakeKernel32(sector=4096)
    assert read_back(path, api=api, read_size=8192) == (_sha(path), 3 * 4096 + 100)
    assert [(r.offset, r.got) for r in api.reads] == [(0, 8192), (8192, 4196)]


def test_a_file_of_whole_reads_ends_with_an_empty_read(tmp_path: Path) -> None:
    path = _file(tmp_path, 2 * 8192)
    api = FakeKernel32(sector=4096)
    assert read_back(path, api=api, read_size=8192) == (_sha(path), 2 * 8192)
    assert [(r.offset, r.got) for r in api.reads] == [(0, 8192), (8192, 8192), (16384, 0)]


def test_a_short_read_on_a_sector_boundary_is_read_past(tmp_path: Path) -> None:
    path = _file(tmp_path, 5 * 4096 + 7)
    api = FakeKernel32(sector=4096, most_per_read=4096)  # the device gives one sector at a time
    assert read_back(path, api=api, read_size=4 * 4096) == (_sha(path), 5 * 4096 + 7)
    assert [r.got for r in api.reads] == [4096] * 5 + [7]


def test_the_default_reads_are_4_mib(tmp_path: Path) -> None:
    size = 2 * READ_SIZE + 12345
    path = _file(tmp_path, size)
    api = FakeKernel32(sector=4096)
    assert read_back(path, api=api) == (_sha(path), size)
    assert [(r.size, r.got) for r in api.reads] == [
        (READ_SIZE, READ_SIZE),
        (READ_SIZE, READ_SIZE),
        (READ_SIZE, 12345),
    ]


def test_a_sector_larger_than_a_page_gets_a_buffer_aligned_to_it(tmp_path: Path) -> None:
    path = _file(tmp_path, 200_000)
    api = FakeKernel32(sector=65536)
    assert read_back(path, api=api, read_size=65536) == (_sha(path), 200_000)
    assert all(r.address % 65536 == 0 for r in api.reads)


@pytest.mark.parametrize("reported", [None, 0, 3, 520])
def test_an_unknown_sector_size_reads_in_multiples_of_4096(tmp_path: Path, reported: int) -> None:
    path = _file(tmp_path, 10_000)
    api = FakeKernel32(sector=512, reported_sector=reported)
    assert read_back(path, api=api, read_size=8192) == (_sha(path), 10_000)
    assert all(r.size % 4096 == 0 and r.address % 4096 == 0 for r in api.reads)


def test_a_512_byte_sector_still_gets_4096_aligned_reads(tmp_path: Path) -> None:
    """GetDiskFreeSpaceW says the logical sector; a "512e" drive's physical one is 4096."""
    path = _file(tmp_path, 3000)
    api = FakeKernel32(sector=512)
    read_back(path, api=api, read_size=1024)
    assert [(r.size, r.address % 4096) for r in api.reads] == [(4096, 0)]


# ----------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (winio.ERROR_DEVICE_NOT_CONNECTED, errno.ENODEV),
        (winio.ERROR_NOT_READY, errno.ENODEV),
        (winio.ERROR_DEV_NOT_EXIST, errno.ENODEV),
        (winio.ERROR_NO_MEDIA_IN_DRIVE, errno.ENODEV),
        (winio.ERROR_NETNAME_DELETED, errno.ENODEV),
        (winio.ERROR_FILE_NOT_FOUND, errno.ENOENT),
        (winio.ERROR_PATH_NOT_FOUND, errno.ENOENT),
        (winio.ERROR_FILE_INVALID, errno.ESTALE),
        (winio.ERROR_MEDIA_CHANGED, errno.ESTALE),
        (winio.ERROR_CRC, errno.EIO),
        (winio.ERROR_READ_FAULT, errno.EIO),
        (winio.ERROR_SECTOR_NOT_FOUND, errno.EIO),
        (winio.ERROR_IO_DEVICE, errno.EIO),
        (winio.ERROR_ACCESS_DENIED, errno.EACCES),
        (winio.ERROR_VIRUS_INFECTED, errno.EACCES),
        (winio.ERROR_SHARING_VIOLATION, errno.EBUSY),
        (winio.ERROR_DISK_FULL, errno.ENOSPC),
        (winio.ERROR_FILE_TOO_LARGE, errno.EFBIG),
        (winio.ERROR_INVALID_PARAMETER, errno.EINVAL),
        (31337, errno.EIO),  # unknown: the device's fault
    ],
)
def test_windows_error_codes_become_errnos_the_export_knows(code: int, expected: int) -> None:
    assert errno_for(code) == expected


def test_the_error_names_the_call_the_file_and_the_code(tmp_path: Path) -> None:
    exc = winio.windows_error(winio.ERROR_CRC, "ReadFile", tmp_path / "x", "Data error.")
    assert type(exc) is OSError
    assert exc.errno == errno.EIO
    assert exc.filename == str(tmp_path / "x")
    assert exc.strerror == "ReadFile: Data error. (Windows error 23)"
    assert winio.windows_error(31337, "CreateFileW", "x").strerror == (
        "CreateFileW: Windows error 31337"
    )
    if sys.platform == "win32":
        assert exc.winerror == winio.ERROR_CRC


@pytest.mark.parametrize(
    "code",
    [winio.ERROR_DEVICE_NOT_CONNECTED, winio.ERROR_FILE_NOT_FOUND, winio.ERROR_ACCESS_DENIED],
)
def test_a_file_that_cannot_be_opened(tmp_path: Path, code: int) -> None:
    api = FakeKernel32(open_errors=[code])
    with pytest.raises(OSError) as caught:
        read_back(_file(tmp_path, 10), api=api)
    assert caught.value.errno == errno_for(code)
    assert not isinstance(caught.value, NoBufferingRefused)
    assert api.reads == [] and api.closed == []


def test_a_file_that_is_gone_is_enoent(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):  # ENOENT, as os.open would say
        read_back(tmp_path / "weg", api=FakeKernel32())


@pytest.mark.parametrize(
    "code", [winio.ERROR_CRC, winio.ERROR_DEVICE_NOT_CONNECTED, winio.ERROR_FILE_INVALID]
)
def test_a_fault_while_reading_closes_the_handle(tmp_path: Path, code: int) -> None:
    api = FakeKernel32(read_errors={2: code})
    counted: list[int] = []
    with pytest.raises(OSError) as caught:
        read_back(_file(tmp_path, 5 * 4096), counted.append, api=api, read_size=4096)
    assert caught.value.errno == errno_for(code)
    if code == winio.ERROR_CRC:
        assert caught.value.strerror == "ReadFile: The fake device says no. (Windows error 23)"
    assert counted == [4096, 4096]
    assert api.open_handles == 0 and len(api.closed) == 1


def test_end_of_file_said_as_an_error_is_the_end(tmp_path: Path) -> None:
    path = _file(tmp_path, 8192)
    api = FakeKernel32(sector=4096, read_errors={2: winio.ERROR_HANDLE_EOF})
    assert read_back(path, api=api, read_size=4096) == (_sha(path), 8192)


def test_a_read_that_claims_more_than_was_asked_is_an_error(tmp_path: Path) -> None:
    api = FakeKernel32(sector=4096, claim=8192)
    with pytest.raises(OSError, match="returned 8192 bytes of 4096") as caught:
        read_back(_file(tmp_path, 4096), api=api, read_size=4096)
    assert caught.value.errno == errno.EIO
    assert api.open_handles == 0


def test_a_file_held_by_another_program_is_tried_again(tmp_path: Path) -> None:
    path = _file(tmp_path, 100)
    api = FakeKernel32(open_errors=[winio.ERROR_SHARING_VIOLATION] * 2)
    waits: list[float] = []
    assert read_back(path, api=api, sleep=waits.append) == (_sha(path), 100)
    assert len(api.opened) == 3 and waits == [winio.SHARING_RETRY_SECONDS] * 2


def test_a_file_held_for_good_is_busy(tmp_path: Path) -> None:
    api = FakeKernel32(open_errors=[winio.ERROR_SHARING_VIOLATION] * 100)
    with pytest.raises(OSError) as caught:
        read_back(_file(tmp_path, 100), api=api, sleep=_no_sleep)
    assert caught.value.errno == errno.EBUSY
    assert len(api.opened) == winio.SHARING_RETRIES


@pytest.mark.parametrize(
    "code", [winio.ERROR_INVALID_PARAMETER, winio.ERROR_NOT_SUPPORTED, winio.ERROR_INVALID_FUNCTION]
)
def test_a_file_system_without_unbuffered_reads_is_refused_at_open(
    tmp_path: Path, code: int
) -> None:
    with pytest.raises(NoBufferingRefused):
        read_back(_file(tmp_path, 100), api=FakeKernel32(open_errors=[code]))


def test_a_refusal_at_the_first_read_is_refused_before_a_byte_counts(tmp_path: Path) -> None:
    api = FakeKernel32(read_errors={0: winio.ERROR_INVALID_PARAMETER})
    counted: list[int] = []
    with pytest.raises(NoBufferingRefused):
        read_back(_file(tmp_path, 10_000), counted.append, api=api)
    assert counted == [] and api.open_handles == 0


def test_a_refusal_after_bytes_were_read_is_a_fault_not_a_refusal(tmp_path: Path) -> None:
    api = FakeKernel32(sector=4096, read_errors={1: winio.ERROR_INVALID_PARAMETER})
    with pytest.raises(OSError) as caught:
        read_back(_file(tmp_path, 10_000), api=api, read_size=4096)
    assert not isinstance(caught.value, NoBufferingRefused)
    assert caught.value.errno == errno.EIO
    assert api.open_handles == 0


@pytest.mark.skipif(sys.platform == "win32", reason="kernel32 is there on Windows")
def test_without_windows_there_is_no_kernel32(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="Windows only"):
        read_back(_file(tmp_path, 10))


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows the export does load it")
def test_an_export_elsewhere_never_loads_winio() -> None:
    code = "import sys, opnamestudio.core.export\nprint('opnamestudio.core.winio' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


# ----------------------------------------------------------------------------- real Windows


windows_only = pytest.mark.skipif(sys.platform != "win32", reason="the real kernel32 (Windows)")


@windows_only
@pytest.mark.parametrize("size", [0, 1, 4095, 4096, READ_SIZE + 1, 2 * READ_SIZE])
def test_windows_reads_a_file_back_unbuffered(tmp_path: Path, size: int) -> None:
    path = _file(tmp_path, size)
    counted: list[int] = []
    assert read_back(path, counted.append) == (_sha(path), size)
    assert sum(counted) == size


@windows_only
def test_windows_handle_is_really_unbuffered(tmp_path: Path) -> None:
    """Windows refuses a one-byte read only on a handle that bypasses the cache."""
    path = _file(tmp_path, 100_000)
    api = winio._windows_api()
    sector = winio.sector_size(api, str(path))
    assert sector in (512, 1024, 2048, 4096, 8192, 65536)
    whole = max(sector, 4096)
    buffer = ctypes.create_string_buffer(2 * 65536)
    aligned = ctypes.addressof(buffer) + alignment_offset(ctypes.addressof(buffer), 65536)
    handle = winio._open(api, str(path), _no_sleep)
    try:
        assert api.read_file(handle, aligned, 1) is None
        assert api.last_error() == winio.ERROR_INVALID_PARAMETER
        assert api.read_file(handle, aligned, whole) == whole
    finally:
        assert api.close_handle(handle)


@windows_only
def test_windows_missing_file_is_enoent(tmp_path: Path) -> None:
    with pytest.raises(OSError) as caught:
        read_back(tmp_path / "weg")
    assert caught.value.errno == errno.ENOENT
    assert caught.value.winerror == winio.ERROR_FILE_NOT_FOUND
