"""Test set-up shared by every test: offscreen Qt, a private data folder, the virtual microphone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any QApplication exists: without a display, Qt would abort the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.conftest_audio import *  # noqa: F403 - the virtual microphone fixtures


@pytest.fixture(autouse=True)
def opnamestudio_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, so no test touches the real home or another test."""
    home = tmp_path / "opnamestudio-home"
    monkeypatch.setenv("OPNAMESTUDIO_HOME", str(home))
    return home
