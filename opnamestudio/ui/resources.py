"""Where the app's resources (translations, icons) are, in a checkout and in a frozen build.

The folder itself is found by the core (``core.paths.resources_dir``), which needs it without Qt
for the texts it writes onto a client's copy; this module names the GUI's parts of it.
"""

from __future__ import annotations

from pathlib import Path

from opnamestudio.core.paths import resources_dir

__all__ = ["icon_path", "resources_dir", "translations_dir"]


def translations_dir() -> Path:
    """The compiled translations (``opnamestudio_<lang>.qm``)."""
    return resources_dir() / "translations"


def icon_path(name: str) -> Path:
    """An icon by file name, e.g. ``record.svg``."""
    return resources_dir() / "icons" / name
