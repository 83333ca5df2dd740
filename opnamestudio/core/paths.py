"""Where OpnameStudio keeps its data, and where its own resources are.

One override, ``OPNAMESTUDIO_HOME``, moves everything; every test uses it so no test touches the
real home folder. The resources (icons, translations, client-facing texts such as LEESMIJ.txt)
are found here too, without Qt, because the core writes some of them onto the client's copy.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

__all__ = [
    "data_dir",
    "info_dir",
    "journal_dir",
    "received_dir",
    "recordings_dir",
    "recovered_dir",
    "resources_dir",
]

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


def received_dir() -> Path:
    """Recordings that clients made and handed over, each sealed on receipt (rule 4)."""
    return _subdir("received")


def resources_dir() -> Path:
    """The ``resources`` folder.

    ``OPNAMESTUDIO_RESOURCES`` wins (tests, packagers); a PyInstaller build unpacks it under
    ``sys._MEIPASS``; a regular install has it in the package (``opnamestudio/_resources``, see
    pyproject.toml); otherwise it is the one at the root of the repository.
    """
    override = os.environ.get("OPNAMESTUDIO_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / "resources"
    package = Path(__file__).resolve().parents[1]
    installed = package / "_resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"
