"""Refresh the translations: pyside6-lupdate over the UI's sources, then pyside6-lrelease.

Run it (``make translations``) after changing any text the user reads. New or changed strings
appear as unfinished in ``resources/translations/opnamestudio_<lang>.ts``; translate them (Qt
Linguist, or a text editor) and run it again to compile the ``.qm`` files the app loads. The GUI
tests fail while any string is untranslated.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "opnamestudio" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nl",)


def _tool(name: str) -> str:
    """The tool beside this Python (the venv's), else from PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def update(lang: str) -> Path:
    """Merge the current source strings into the language's .ts file and compile it."""
    ts = TRANSLATIONS / f"opnamestudio_{lang}.ts"
    sources = [str(p) for p in sorted(SOURCES.glob("*.py"))]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources,
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-ts",
            str(ts),
        ],
        check=True,
    )
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
    )
    return ts


def main() -> int:
    """Update every language."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        update(lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
