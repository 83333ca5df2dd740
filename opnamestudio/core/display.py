"""How hashes and key ids are shown to people (DESIGN §0): pure, imported by the CLI at start."""

from __future__ import annotations

__all__ = ["format_key_id"]


def format_key_id(key_id_hex: str, digits: int = 24) -> str:
    """The first ``digits`` hex digits in groups of four, upper case, for people.

    Used for the sleutel-ID and the vingerafdruk (a file's SHA-256) alike (DESIGN §0).
    """
    head = key_id_hex[:digits].upper()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))
