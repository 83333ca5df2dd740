"""Small file systems for fault tests: a full disk, a read-only folder (needs root)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

__all__ = ["fill_to", "require_root", "tmpfs"]


def require_root() -> None:
    """Mounting needs root; CI runs as root, a developer without it skips these few tests."""
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a small file system")


@contextmanager
def tmpfs(path: Path, size: str, *, read_only: bool = False) -> Iterator[Path]:
    """A size-limited tmpfs mounted at ``path`` for the duration of the block."""
    path.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], check=True)
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def fill_to(folder: Path, free_bytes: int) -> Path:
    """Write a filler file so that about ``free_bytes`` stay free; delete it to free the space."""
    filler = folder / "filler.bin"
    stat = os.statvfs(folder)
    to_write = stat.f_bavail * stat.f_frsize - free_bytes
    with open(filler, "wb") as fh:
        chunk = b"\0" * (1024 * 1024)
        while to_write > 0:
            n = min(len(chunk), to_write)
            fh.write(chunk[:n])
            to_write -= n
    return filler
