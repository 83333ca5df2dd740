"""Where the app's resources (translations, icons) are, in a checkout and in a frozen build."""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["icon_path", "resources_dir", "translations_dir"]


def resources_dir() -> Path:
    """The ``resources`` folder.

    ``OPNAMESTUDIO_RESOURCES`` wins (tests, packagers); a PyInstaller build unpacks it under
    ``sys._MEIPASS``; otherwise it is the one at the root of the repository.
    """
    override = os.environ.get("OPNAMESTUDIO_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    """The compiled translations (``opnamestudio_<lang>.qm``)."""
    return resources_dir() / "translations"


def icon_path(name: str) -> Path:
    """An icon by file name, e.g. ``record.svg``."""
    return resources_dir() / "icons" / name
