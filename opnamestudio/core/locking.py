"""Advisory locks on open files, so recovery never touches the journal of a live recording.

The operating system drops the lock when the process dies, which is exactly the signal that a
journal is unfinished rather than in use.
"""

from __future__ import annotations

import os
from typing import BinaryIO

__all__ = ["try_lock"]


def try_lock(fh: BinaryIO) -> bool:
    """Take an exclusive lock on ``fh`` without waiting; False when another process holds it."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows (docs/manual-checklist.md)
        import msvcrt  # noqa: PLC0415

        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl  # noqa: PLC0415

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True
