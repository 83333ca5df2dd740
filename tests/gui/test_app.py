"""Starting the app: resources, translations, and run() with the recovery of a crashed recording."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from opnamestudio.core import paths
from opnamestudio.ui import app as app_module
from opnamestudio.ui.app import install_translators, language, run
from opnamestudio.ui.resources import icon_path, resources_dir, translations_dir
from tests.gui.conftest import DialogRecorder, crash_while_recording

REPO = Path(__file__).resolve().parents[2]


def test_resources_dir_is_the_repositorys_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPNAMESTUDIO_RESOURCES", raising=False)
    assert resources_dir() == REPO / "resources"
    assert (translations_dir() / "opnamestudio_nl.qm").is_file()
    assert icon_path("record.svg").is_file()


def test_resources_dir_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("OPNAMESTUDIO_RESOURCES", str(tmp_path))
    assert resources_dir() == tmp_path


def test_resources_dir_in_a_frozen_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("OPNAMESTUDIO_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


def test_language_defaults_to_dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPNAMESTUDIO_LANG", raising=False)
    assert language() == "nl"
    monkeypatch.setenv("OPNAMESTUDIO_LANG", "EN")
    assert language() == "en"


def test_dutch_translator_translates(qapp: QApplication) -> None:
    translators = install_translators(qapp, "nl")
    try:
        assert len(translators) == 2  # ours and Qt's own (dialog buttons)
        assert QCoreApplication.translate("RecordPage", "Record") == "Opnemen"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("RecordPage", "Record") == "Record"


def test_english_needs_no_translator(qapp: QApplication) -> None:
    assert install_translators(qapp, "en") == []


def test_a_missing_language_falls_back_to_english(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    translators = install_translators(qapp, "xx")
    for translator in translators:
        qapp.removeTranslator(translator)
    assert "no translation for 'xx'" in caplog.text


def test_run_recovers_a_crashed_recording_and_says_so_in_dutch(
    qapp: QApplication,
    dialogs: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    safety_net: Callable[[int], None],
) -> None:
    output = tmp_path / "gesprek-crash.flac"
    crash_while_recording(output)
    monkeypatch.delenv("OPNAMESTUDIO_LANG", raising=False)
    monkeypatch.setenv("OPNAMESTUDIO_NO_WIZARD", "1")
    monkeypatch.setattr(app_module, "MainWindow", _window_without_devices())

    def close_after_the_message(box: QMessageBox) -> None:
        QTimer.singleShot(0, QApplication.closeAllWindows)

    dialogs.on_show = close_after_the_message
    # A safety net: should the message never come, the test fails instead of hanging.
    safety_net(20_000)

    assert run([]) == 0

    assert [d.title for d in dialogs.shown] == ["Opname hersteld"]
    message = dialogs.shown[0].plain
    assert "Een opname werd onverwacht afgebroken." in message
    assert "De opname tot dat moment is bewaard:" in message
    assert str(output) in message
    assert output.is_file()
    assert not list(paths.journal_dir().glob("*.osjournal"))


def _window_without_devices() -> type[app_module.MainWindow]:
    class Window(app_module.MainWindow):
        def __init__(self) -> None:
            super().__init__(device_lister=list)

    return Window
