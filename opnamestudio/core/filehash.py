"""The SHA-256 of a file in one sequential pass, with nothing but hashlib and os imported.

Kept this small because the ``opnamestudio`` command starts it before it imports anything else
(see ``opnamestudio.launch``): verifying an intact file is mostly this one pass.
"""

from __future__ import annotations

import hashlib
import os

__all__ = ["READ_SIZE", "file_sha256"]

#: 4 MiB reads: few GIL hand-overs while the imports run beside the hash on the other core.
READ_SIZE = 4 * 1024 * 1024


def file_sha256(path: str | os.PathLike[str]) -> tuple[str, int]:
    """SHA-256 (hex) and size of a file. hashlib frees the GIL while it hashes each read."""
    digest = hashlib.sha256()
    size = 0
    buf = bytearray(READ_SIZE)
    view = memoryview(buf)
    with open(path, "rb", buffering=0) as fh:
        while n := fh.readinto(buf):
            digest.update(view[:n])
            size += n
    return digest.hexdigest(), size
