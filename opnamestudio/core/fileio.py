"""Durable file writes: temp name in the same folder, flush, fsync, replace, fsync the folder."""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from pathlib import Path

__all__ = ["atomic_write_bytes", "file_sha256", "fsync_dir", "temp_sibling"]


def fsync_dir(path: Path) -> None:
    """Make a rename or create in ``path`` durable (Windows cannot open folders; NTFS logs it)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_sibling(path: Path, tag: str = "tmp") -> Path:
    """A fresh name beside ``path`` (same file system, so replace is atomic); FAT32-safe."""
    return path.with_name(f"{path.stem}.{tag}-{secrets.token_hex(4)}{path.suffix}")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` so that ``path`` holds either the old content or all of the new."""
    tmp = temp_sibling(path)
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def file_sha256(path: Path) -> tuple[str, int]:
    """SHA-256 and size of a file in one sequential pass (4 MiB reads; hashlib frees the GIL)."""
    digest = hashlib.sha256()
    size = 0
    buf = bytearray(4 * 1024 * 1024)
    view = memoryview(buf)
    with open(path, "rb", buffering=0) as fh:
        while n := fh.readinto(buf):
            digest.update(view[:n])
            size += n
    return digest.hexdigest(), size
