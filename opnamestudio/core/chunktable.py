"""The seal's chunk table and chunking limits: pure Python, so checking a seal needs no numpy.

See opnamestudio.core.content for how chunks are cut, and docs/seal-format.md.
"""

from __future__ import annotations

import struct

__all__ = [
    "CHUNK_ALGORITHM",
    "HASH_BYTES",
    "chunk_limits",
    "pack_chunks",
    "run_minimum",
    "unpack_chunks",
]

CHUNK_ALGORITHM = "opnamestudio-cdc/1"
HASH_BYTES = 16
CHUNK = struct.Struct("<I16s")


def chunk_limits(samplerate: int) -> tuple[int, int]:
    """Smallest and largest chunk in frames (a quarter second and one second)."""
    return max(1, samplerate // 4), max(1, samplerate)


def run_minimum(samplerate: int) -> int:
    """Shortest stretch of identical frames that is recorded as a run (half a second)."""
    return max(2, samplerate // 2)


def pack_chunks(chunks: list[tuple[int, bytes]]) -> bytes:
    """Pack (length, hash) pairs."""
    return b"".join(CHUNK.pack(length, digest) for length, digest in chunks)


def unpack_chunks(data: bytes) -> list[tuple[int, int, bytes]]:
    """Unpack to (start frame, length, hash); raises ValueError on a malformed buffer."""
    if len(data) % CHUNK.size:
        raise ValueError("chunk table length is not a multiple of 20 bytes")
    out = []
    start = 0
    for length, digest in CHUNK.iter_unpack(data):
        if length == 0:
            raise ValueError("empty chunk")
        out.append((start, length, digest))
        start += length
    return out
