"""File names for new recordings that every file system takes, FAT32 on a USB stick included.

Pure Python (no Qt), so it could move to the core when export needs the same rules.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

__all__ = [
    "ALLOWED_CHARS",
    "MAX_NAME_LENGTH",
    "default_file_name",
    "free_file_name",
    "is_safe_file_name",
    "with_extension",
]

# Characters a recording's name may contain: no FAT32-forbidden ones (<>:"/\|?*), no controls.
ALLOWED_CHARS = r"A-Za-z0-9À-ÖØ-öø-ÿ _.,()+=\-"
_ALLOWED = re.compile(f"[{ALLOWED_CHARS}]+")
# FAT32 allows 255 characters; stay well below so a folder path and suffixes still fit.
MAX_NAME_LENGTH = 120
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)}


def default_file_name(now: datetime, container: str = "flac") -> str:
    """``gesprek-2026-11-26-1405.flac``: sortable, readable, safe everywhere."""
    return f"gesprek-{now:%Y-%m-%d-%H%M}.{container}"


def is_safe_file_name(name: str) -> bool:
    """Whether ``name`` is a file name Windows, macOS, Linux and FAT32 all accept."""
    if not name or len(name) > MAX_NAME_LENGTH or not _ALLOWED.fullmatch(name):
        return False
    if name.endswith((".", " ")) or name.startswith((".", " ")):
        return False
    return name.split(".", maxsplit=1)[0].upper() not in _RESERVED


def with_extension(name: str, container: str) -> str:
    """``name`` ending in ``.<container>`` (added when missing; the case is kept when present)."""
    name = name.strip()
    suffix = f".{container}"
    return name if name.lower().endswith(suffix) else name + suffix


def free_file_name(folder: Path, now: datetime, container: str = "flac") -> str:
    """The default name, with ``-2``, ``-3`` … added when a file of that name is already there."""
    base = default_file_name(now, container)
    stem = base[: -len(container) - 1]
    name, n = base, 1
    while (folder / name).exists() or (folder / f"{name}.partial").exists():
        n += 1
        name = f"{stem}-{n}.{container}"
    return name
