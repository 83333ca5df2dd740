"""Where OpnameStudio keeps its data.

One override, ``OPNAMESTUDIO_HOME``, moves everything; every test uses it so no test touches the
real home folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = ["data_dir", "info_dir", "journal_dir", "recordings_dir", "recovered_dir"]

APP_NAME = "OpnameStudio"


def data_dir() -> Path:
    """The per-user data folder, created on first use."""
    override = os.environ.get("OPNAMESTUDIO_HOME")
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def _subdir(name: str) -> Path:
    path = data_dir() / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def journal_dir() -> Path:
    """Journals of recordings in progress; whatever is left here after a crash gets recovered."""
    return _subdir("journals")


def recordings_dir() -> Path:
    """Default folder for new recordings (what the user sees: audio and seals only)."""
    return _subdir("recordings")


def info_dir() -> Path:
    """The timeline information of every recording (internal; the seal is built from it)."""
    return _subdir("info")


def recovered_dir() -> Path:
    """Recovered audio goes here when its intended folder is gone (a pulled USB stick)."""
    return _subdir("recovered")
