"""Where a seal lives beside its audio file: names only, no cryptography (cheap to import, so
the GUI can show file choosers and lists before the seal code is loaded)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["SEAL_SUFFIX", "SIG_SUFFIX", "SealFiles", "find_seal", "seal_paths_for"]

SEAL_SUFFIX = ".zegel.json"
SIG_SUFFIX = ".zegel.minisig"


@dataclass(frozen=True)
class SealFiles:
    """Where a seal lives."""

    manifest: Path
    signature: Path


def seal_paths_for(audio: Path) -> SealFiles:
    """The seal files beside ``audio``: gesprek.flac -> gesprek.zegel.json / .zegel.minisig."""
    return SealFiles(
        audio.with_name(audio.stem + SEAL_SUFFIX), audio.with_name(audio.stem + SIG_SUFFIX)
    )


def find_seal(audio: Path) -> Path | None:
    """The seal beside a file, if it is there: gesprek.flac -> gesprek.zegel.json."""
    candidate = audio.with_name(audio.stem + SEAL_SUFFIX)
    return candidate if candidate.exists() else None
