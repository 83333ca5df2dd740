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


@pytest.fixture(autouse=True)
def no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never the developer's keyring, and never a test's: the ``keyring`` package picks the
    backend of highest priority among all loaded subclasses (a test's in-memory keyring, once
    imported) and keeps it for the process. Tests that want a keyring pass one explicitly."""
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
