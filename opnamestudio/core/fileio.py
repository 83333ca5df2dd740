"""Durable file writes: temp name in the same folder, flush, fsync, replace, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from opnamestudio.core.filehash import file_sha256

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
