"""File names that every file system takes, FAT32 on a USB stick included.

Two levels. A recording's own name (chosen in the GUI, on the laptop's disk) may hold Dutch
letters such as ë and é: :func:`is_safe_file_name`. A name the app makes on someone else's medium
(the client's copy on a USB stick) is plain ASCII: :func:`portable_name`. Not every FAT driver
takes long names outside ASCII (Debian's fusefat refuses ``é`` with EPERM; old car radios and TV
players show garbage), and macOS would store é decomposed, so the name would not compare equal
on the way back. ASCII is the one set every driver and every player agrees on.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

__all__ = [
    "ALLOWED_CHARS",
    "MAX_NAME_LENGTH",
    "default_file_name",
    "free_file_name",
    "is_portable_name",
    "is_safe_file_name",
    "portable_name",
    "with_extension",
]

# Characters a recording's name may contain: no FAT32-forbidden ones (<>:"/\|?*), no controls.
ALLOWED_CHARS = r"A-Za-z0-9À-ÖØ-öø-ÿ _.,()+=\-"
_ALLOWED = re.compile(f"[{ALLOWED_CHARS}]+")
_NOT_PORTABLE = re.compile(r"[^A-Za-z0-9 _.,()+=\-]+")
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


def is_portable_name(name: str) -> bool:
    """A safe name in plain ASCII: what the app may create on a client's USB stick."""
    return name.isascii() and is_safe_file_name(name)


def portable_name(text: str, *, max_length: int = 80, fallback: str = "opname") -> str:
    """``text`` made into a portable name: accents dropped (ë → e), anything else unsafe → ``-``.

    The result always passes :func:`is_portable_name` (``fallback`` when nothing usable is left).
    Unicode's compatibility decomposition turns é into e + an accent, which is dropped; letters
    without such a form (ß, ø) become ``-``, which is readable enough in a file name.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    name = _NOT_PORTABLE.sub("-", plain)
    name = re.sub(r"-{2,}", "-", name)[:max_length].strip(" .-")
    if not name:
        name = fallback
    if name.split(".", maxsplit=1)[0].upper() in _RESERVED:
        name = f"{fallback}-{name}"
    return name


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
