"""The one error mapper: a Dutch text for every core error, what became of the recording, logs."""

from __future__ import annotations

import importlib
import logging
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

import opnamestudio.core
from opnamestudio.core.errors import (
    DeviceLostError,
    NoAudioDataError,
    OpnameError,
    OutputExistsError,
    RecoveryError,
)
from opnamestudio.core.recording import RecordingInfo
from opnamestudio.ui.errors import (
    ERROR_TEXTS,
    error_for_code,
    message_for,
    show_error,
    show_info,
    text_for,
)
from tests.gui.conftest import DialogRecorder


def all_core_error_classes() -> list[type[OpnameError]]:
    """OpnameError and every subclass defined anywhere in the core (all modules imported)."""
    for module in pkgutil.iter_modules(opnamestudio.core.__path__, "opnamestudio.core."):
        importlib.import_module(module.name)
    found: list[type[OpnameError]] = [OpnameError]
    for cls in found:
        found.extend(sub for sub in cls.__subclasses__() if sub not in found)
    return [cls for cls in found if cls.__module__.startswith("opnamestudio.core")]


def kept_recording(path: Path, frames: int = 48000 * 5) -> RecordingInfo:
    return RecordingInfo(
        recording_id="20261126T140500Z-abcdef",
        path=path,
        container="flac",
        subtype="PCM_16",
        samplerate=48000,
        requested_samplerate=48000,
        channels=1,
        frames=frames,
        device="Ingebouwde microfoon",
        started_utc="2026-11-26T14:05:00.000+00:00",
        ended_utc="2026-11-26T14:05:05.000+00:00",
        ended_by="device-lost",
        overflows=0,
        events=[],
    )


def dutch_of(text: str) -> str:
    return QCoreApplication.translate("errors", text)


@pytest.mark.parametrize("cls", all_core_error_classes(), ids=lambda cls: cls.__name__)
def test_every_core_error_has_its_own_dutch_text(cls: type[OpnameError], dutch: None) -> None:
    assert cls.code in ERROR_TEXTS, f"{cls.__name__} ({cls.code!r}) has no text in ui/errors.py"
    text = ERROR_TEXTS[cls.code]
    for part in (text.title, text.what, text.todo):
        translated = dutch_of(part)
        assert translated and translated != part, f"not translated to Dutch: {part!r}"
    title, body = message_for(cls("a technical message in English"))
    assert title == dutch_of(text.title)
    assert "technical message" not in body


def test_the_list_of_core_errors_is_complete() -> None:
    names = {cls.__name__ for cls in all_core_error_classes()}
    assert {"OpnameError", "NoInputDeviceError", "DeviceLostError", "NoAudioDataError"} <= names
    assert {"OutputNotWritableError", "OutputExistsError", "DiskFullError"} <= names
    assert {"CallbackError", "JournalError", "RecoveryError"} <= names


def test_the_kept_recording_and_where_it_is(dutch: None, tmp_path: Path) -> None:
    error = DeviceLostError("The microphone X stopped working")
    error.recording = kept_recording(tmp_path / "gesprek.flac")
    title, text = message_for(error, had_audio=True)
    assert title == "De opname is onderbroken"
    assert f"De opname tot dat moment is bewaard:\n{tmp_path / 'gesprek.flac'}" in text
    assert text.endswith("Zeg tegen iedereen in het gesprek dat u opnieuw opneemt.")


def test_audio_still_in_the_journal_is_promised_for_the_next_start(dutch: None) -> None:
    _, text = message_for(DeviceLostError("gone"), had_audio=True)
    assert "bij de volgende start een geluidsbestand" in text


def test_an_error_before_any_audio_says_nothing_was_recorded(dutch: None) -> None:
    title, text = message_for(NoAudioDataError("no data"), had_audio=False)
    assert title == "De microfoon geeft geen geluid"
    assert "Er is nog niets opgenomen." in text
    _, text = message_for(OutputExistsError("exists"))
    assert "Er is nog niets opgenomen." in text


def test_recovery_errors_do_not_talk_about_a_current_recording(dutch: None) -> None:
    _, text = message_for(RecoveryError("cannot write"))
    assert "opgenomen" not in text
    assert "bij de volgende start opnieuw" in text


def test_a_subclass_without_own_text_gets_its_parents(dutch: None) -> None:
    assert text_for(error_for_code("no-audio-data")) is ERROR_TEXTS["no-audio-data"]
    assert type(error_for_code("disk-full")).__name__ == "DiskFullError"
    assert type(error_for_code("unheard-of")) is OpnameError


def test_show_error_logs_first_then_shows(
    dutch: None, dialogs: DialogRecorder, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    logged_before_shown: list[bool] = []

    def check_log(box: QMessageBox) -> None:
        logged_before_shown.append("stopped working" in caplog.text)

    dialogs.on_show = check_log
    error = DeviceLostError("The microphone X stopped working")
    error.recording = kept_recording(tmp_path / "gesprek.flac")
    with caplog.at_level(logging.ERROR):
        show_error(None, error, had_audio=True)
    assert logged_before_shown == [True]
    assert "[device-lost]" in caplog.text
    assert str(tmp_path / "gesprek.flac") in caplog.text
    [dialog] = dialogs.shown
    assert dialog.icon == QMessageBox.Icon.Warning
    assert dialog.title == "De opname is onderbroken"
    assert "De opname tot dat moment is bewaard" in dialog.plain
    assert "stopped working" in dialog.details  # the technical line, for IT


def test_show_error_with_an_unexpected_exception(
    dutch: None, dialogs: DialogRecorder, caplog: pytest.LogCaptureFixture
) -> None:
    show_error(None, ValueError("a bug"))
    [dialog] = dialogs.shown
    assert dialog.title == "Er ging iets mis"
    assert "ValueError" in caplog.text


def test_show_info_escapes_markup(dutch: None, dialogs: DialogRecorder) -> None:
    show_info(None, "Titel", "Pad: <map> & meer\nregel 2")
    [dialog] = dialogs.shown
    assert dialog.icon == QMessageBox.Icon.Information
    assert dialog.plain.endswith("Pad: <map> & meer\nregel 2")
