"""No plaintext audio stays on the disk once a recording is sealed (issue #7, point 2).

With the archive's keys in place (passphrase keys and a recovery key, as the first-run wizard
makes them on a laptop without an OS keyring), a recording made on "Opnemen" goes into the
archive on the stop job; the seal panel's "Kopie voor cliënt" decrypts it into a temporary
folder for the real export dialog; a failure to archive keeps the file and its seal and says so;
and a journal left by a crash is locked, so the start-up recovery asks for the archive password.

Recordings come from the real engine (generated voice in real time, as the other record page
tests use); the crashed one from a real recorder process that dies (tests/gui/conftest.py).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import soundfile as sf
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from opnamestudio.core import paths
from opnamestudio.core.agecrypt import INTRO
from opnamestudio.core.archive import Archive, archive_dir
from opnamestudio.core.archivekeys import ArchiveKeys
from opnamestudio.core.display import format_key_id
from opnamestudio.core.recording import RecordingInfo
from opnamestudio.core.seal import Seal, seal_paths_for
from opnamestudio.core.session import Session
from opnamestudio.ui import documents
from opnamestudio.ui.archive_access import EXPORT_TEMP
from opnamestudio.ui.export_dialog import ExportDialog
from opnamestudio.ui.main_window import MainWindow
from opnamestudio.ui.record_page import RecordPage
from tests.gui.conftest import (
    DialogRecorder,
    breaking_source_factory,
    crash_while_recording,
    prepare_a_conversation,
    quick_stall_settings,
    voice_source_factory,
)
from tests.support.archive import PASSPHRASE, new_archive, no_keyring

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MakeWindow = Callable[..., MainWindow]
RATE = 48000


@dataclass
class Prompt:
    """Answers the passphrase question in order; keeps what each question said."""

    answers: list[str | None] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    problems: list[str | None] = field(default_factory=list)

    @property
    def asked(self) -> int:
        return len(self.texts)

    def __call__(self, parent: Any, text: str = "", problem: str | None = None) -> str | None:
        self.texts.append(text)
        self.problems.append(problem)
        return self.answers.pop(0) if self.answers else None


@pytest.fixture
def archive_with_keys(
    opnamestudio_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The archive's keys (passphrase-protected: this laptop has no OS keyring) and a
    recovery key, as the first-run wizard leaves them; returns the archive folder."""
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", no_keyring())
    archive, _recovery = new_archive(opnamestudio_home, tmp_path / "stick" / "herstel.txt")
    archive.close()
    return archive_dir()


def record_on_the_page(page: RecordPage, qtbot: Any, seconds: float = 1.0) -> None:
    """Start, record ``seconds`` of the generated voice, stop; wait until the page is idle."""
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.state == "recording"
    recorder = page.recorder
    assert recorder is not None
    qtbot.waitUntil(lambda: recorder.snapshot().frames >= seconds * RATE, timeout=10_000)
    with qtbot.waitSignal(page.stopped, timeout=60_000):
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.state == "idle"


@pytest.fixture
def archived_page(archive_with_keys: Path, make_window: MakeWindow, qtbot: Any) -> RecordPage:
    """Opnemen after a second of recording, with the archive's keys in place."""
    page = make_window(source_factory=voice_source_factory).record_page
    record_on_the_page(page, qtbot)
    return page


def archived_recordings() -> list[Any]:
    with Archive(archive_dir(), identities=[]) as archive:
        return archive.recordings()


def decrypted_sha256(recording_id: str, dest: Path) -> str:
    """Decrypt with the archive's own key (the passphrase) and hash the file written."""
    keys = ArchiveKeys(archive_dir() / "keys", keyring_backend=no_keyring(), passphrase=PASSPHRASE)
    with Archive(archive_dir(), keys=keys) as archive:
        archive.decrypt_to(recording_id, dest)
    return hashlib.sha256(dest.read_bytes()).hexdigest()


def audio_files(folder: Path) -> list[Path]:
    """Sound files (and unfinished ones) in ``folder``: what must not stay after archiving."""
    suffixes = (".flac", ".wav", ".partial")
    return [p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in suffixes]


# ---------------------------------------------------------------------- recording


def test_a_recording_made_on_the_record_page_ends_locked_in_the_archive_without_plaintext(
    archived_page: RecordPage, dialogs: DialogRecorder, qtbot: Any, tmp_path: Path
) -> None:
    page = archived_page
    assert dialogs.shown == []

    # No plaintext audio: not in the output folder, not as a journal (that one is ciphertext).
    assert audio_files(paths.recordings_dir()) == []
    assert list(paths.journal_dir().glob("*.osjournal")) == []
    ((rec),) = archived_recordings()
    assert rec.name.startswith("gesprek-") and rec.name.endswith(".flac")
    assert (archive_dir() / "audio" / rec.audio_file).read_bytes().startswith(INTRO)
    seal = Seal.from_file(archive_dir() / "seals" / f"{rec.recording_id}.zegel.json")
    assert rec.sha256 == seal.audio["sha256"]
    assert decrypted_sha256(rec.recording_id, tmp_path / "terug.flac") == seal.audio["sha256"]
    assert sf.info(str(tmp_path / "terug.flac")).frames == seal.frames >= RATE

    # The page says so in plain words, with no path of a file that is gone and no folder button.
    status = page.status_label.text()
    assert status.startswith(
        "De opname is verzegeld en op slot bewaard in het archief van de organisatie."
    )
    assert "'Archief'" in status
    assert str(paths.recordings_dir()) not in status and rec.name not in status
    assert status.splitlines()[-1].startswith("Lengte: 00:00:0")
    assert page.open_folder_button.isHidden()
    assert page.archive_button.isVisible() and page.archive_button.text() == "Naar het archief"
    # The vingerafdruk is still there, and the next steps work on the archived recording.
    panel = page.seal_panel
    assert page.display.currentWidget() is panel
    assert panel.sha256() == seal.audio["sha256"]
    assert panel.fingerprint() == format_key_id(str(seal.audio["sha256"]))
    archived = panel.archived()
    assert archived is not None and archived.recording_id == rec.recording_id
    assert panel.audio() is None
    for button in (panel.export_button, panel.agreement_button, panel.receipt_button):
        assert button.isVisible() and button.isEnabled()
    assert not panel.progress.isVisible()
    window = page.window()
    assert isinstance(window, MainWindow)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.archive_page


def test_the_seal_panel_copy_of_an_archived_recording_goes_through_the_export_dialog_and_leaves_no_plaintext(  # noqa: E501
    archived_page: RecordPage, dialogs: DialogRecorder, qtbot: Any, tmp_path: Path
) -> None:
    panel = archived_page.seal_panel
    prompt = Prompt([PASSPHRASE])
    panel.passphrase_prompt = prompt
    archived = panel.archived()
    assert archived is not None
    stick = tmp_path / "usb-van-de-client"
    stick.mkdir()
    seen: dict[str, Any] = {}

    def drive_the_dialog() -> None:
        """What the medewerker does in the modal export dialog: a folder, the copy, close."""
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(50, drive_the_dialog)
            return
        seen["audio"] = dialog.audio
        seen["existed"] = dialog.audio.is_file() and seal_paths_for(dialog.audio).manifest.is_file()
        dialog.set_destination(stick)
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.state == "done", timeout=60_000)
        seen["result"] = dialog.copy_result
        dialog.close_button.click()

    QTimer.singleShot(0, drive_the_dialog)
    with qtbot.waitSignal(panel.archive_copy_finished, timeout=90_000):
        panel.export_button.click()
        # While it decrypts: a progress bar, and no second copy can be asked for.
        assert panel.copying()
        assert panel.progress.isVisible() and panel.busy_label.isVisible()
        assert not panel.export_button.isEnabled()
    assert dialogs.shown == [], [d.plain for d in dialogs.shown]
    assert prompt.asked == 1

    temp = seen["audio"]
    assert seen["existed"], "the dialog got the decrypted audio with its seal beside it"
    assert temp.name == archived.name
    assert temp.parent.parent == paths.data_dir() / EXPORT_TEMP
    assert not temp.exists() and not temp.parent.exists(), "the decrypted copy is deleted"
    assert list((paths.data_dir() / EXPORT_TEMP).iterdir()) == []
    result = seen["result"]
    assert result is not None and result.folder.parent == stick
    exported = result.folder / archived.name
    assert hashlib.sha256(exported.read_bytes()).hexdigest() == archived.sha256
    assert (result.folder / seal_paths_for(exported).manifest.name).is_file()
    assert audio_files(paths.data_dir()) == []  # nothing in the clear beside the archive
    assert not panel.progress.isVisible() and panel.export_button.isEnabled()
    assert not panel.copying()


def test_a_wrong_password_for_the_copy_says_so_opens_no_dialog_and_leaves_no_folder(
    archived_page: RecordPage,
    dialogs: DialogRecorder,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = archived_page.seal_panel
    panel.passphrase_prompt = Prompt(["verkeerd wachtwoord"])
    opened: list[Path] = []
    monkeypatch.setattr(
        "opnamestudio.ui.export_dialog.open_export_dialog",
        lambda parent, audio: opened.append(audio),
    )
    with qtbot.waitSignal(panel.archive_copy_finished, timeout=60_000):
        panel.export_button.click()
    assert opened == []
    (shown,) = dialogs.shown
    assert shown.title == "Het wachtwoord klopt niet"
    archived = panel.archived()
    assert archived is not None and f"Opname: {archived.name}" in shown.plain
    temp = paths.data_dir() / EXPORT_TEMP
    assert not temp.exists() or list(temp.iterdir()) == []
    assert panel.export_button.isEnabled() and not panel.copying()


def test_the_agreement_and_receipt_of_an_archived_recording_read_the_archives_seal(
    archived_page: RecordPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = archived_page.seal_panel
    # The seal files left in the recordings folder are not what the documents rely on.
    for leftover in paths.recordings_dir().glob("*.zegel.*"):
        leftover.unlink()
    made: list[documents.DocumentDialog | None] = []

    def agreement(parent: Any, audio: Path) -> None:
        made.append(documents.agreement_dialog(parent, audio))

    def receipt(parent: Any, audio: Path) -> None:
        made.append(documents.receipt_dialog(parent, audio))

    monkeypatch.setattr(documents, "open_agreement_dialog", agreement)
    monkeypatch.setattr(documents, "open_receipt_dialog", receipt)
    qtbot.mouseClick(panel.agreement_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.receipt_button, Qt.MouseButton.LeftButton)
    assert len(made) == 2 and None not in made
    shown = format_key_id(panel.sha256())
    for dialog in made:
        assert dialog is not None
        assert shown in dialog.markup
        dialog.deleteLater()
    assert made[1] is not None and made[1].qr == panel.sha256()


@pytest.mark.parametrize("damage", ["audio-folder-blocked", "keys-damaged"])
def test_when_archiving_fails_the_recording_stays_with_its_seal_and_a_dutch_message_says_why(
    damage: str,
    archive_with_keys: Path,
    make_window: MakeWindow,
    dialogs: DialogRecorder,
    qtbot: Any,
) -> None:
    if damage == "audio-folder-blocked":
        # A file where the archive's audio folder should be: nothing can be written there.
        shutil.rmtree(archive_with_keys / "audio")
        (archive_with_keys / "audio").write_bytes(b"")
        reason = "OpnameStudio kon deze stap in het archief niet afmaken."
    else:
        (archive_with_keys / "keys" / "keys.json").write_text("{beschadigd", "utf-8")
        reason = "OpnameStudio kan de sleutel"
    page = make_window(source_factory=voice_source_factory).record_page
    record_on_the_page(page, qtbot)

    ((audio),) = audio_files(paths.recordings_dir())
    seal = Seal.from_file(seal_paths_for(audio).manifest)
    assert hashlib.sha256(audio.read_bytes()).hexdigest() == seal.audio["sha256"]
    assert seal_paths_for(audio).signature.is_file()
    assert [p for p in archive_with_keys.rglob("*.age") if "keys" not in p.parts] == []

    (shown,) = dialogs.shown
    assert shown.title == "De opname staat niet in het archief"
    text = shown.plain
    assert "De opname is verzegeld, maar OpnameStudio kon hem niet op slot zetten" in text
    assert str(audio) in text
    assert reason in text
    assert "Verwijder of verplaats het bestand niet." in text
    assert "IT-afdeling" in text
    assert shown.details  # the core's words for IT
    status = page.status_label.text().splitlines()
    assert status[0] == "De opname is bewaard, maar niet in het archief (zie de melding):"
    assert status[1] == str(audio)
    assert page.open_folder_button.isVisible() and page.archive_button.isHidden()
    assert page.seal_panel.audio() == audio and page.seal_panel.archived() is None
    assert page.seal_panel.sha256() == seal.audio["sha256"]


def test_a_recording_cut_off_by_the_microphone_is_archived_and_the_message_names_no_lost_file(
    archive_with_keys: Path, make_window: MakeWindow, dialogs: DialogRecorder, qtbot: Any
) -> None:
    page = make_window(
        source_factory=breaking_source_factory, recording_settings_factory=quick_stall_settings
    ).record_page
    with qtbot.waitSignal(page.stopped, timeout=30_000):
        page.start_button.click()
    (shown,) = dialogs.shown
    assert shown.title == "De opname is onderbroken"
    assert "De opname tot dat moment is verzegeld en op slot bewaard in het archief" in shown.plain
    assert str(paths.recordings_dir()) not in shown.plain
    assert page.status_label.text().startswith(
        "De opname tot de onderbreking is verzegeld en op slot bewaard in het archief"
    )
    assert audio_files(paths.recordings_dir()) == []
    ((rec),) = archived_recordings()
    assert rec.duration == pytest.approx(1.5, abs=0.01)
    assert page.seal_panel.archived() is not None


def test_a_conversation_recorded_through_the_flow_is_archived_with_its_session_and_retention(
    archive_with_keys: Path, make_window: MakeWindow, dialogs: DialogRecorder, qtbot: Any
) -> None:
    window = make_window(source_factory=voice_source_factory, announce_first=True)
    prepare_a_conversation(window)
    session = window.flow.session
    assert isinstance(session, Session) and window.record_page.state == "recording"
    announce = window.flow.announce_page
    for button in announce.agree_buttons:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.flow.recording_continues, timeout=5_000):
        qtbot.mouseClick(announce.close_button, Qt.MouseButton.LeftButton)
    page = window.record_page
    recorder = page.recorder
    assert recorder is not None and recorder.settings.session_id == session.session_id
    qtbot.waitUntil(lambda: recorder.snapshot().frames >= RATE, timeout=10_000)
    with qtbot.waitSignal(page.stopped, timeout=60_000):
        page.stop_recording()
    assert dialogs.shown == [], [d.plain for d in dialogs.shown]

    ((rec),) = archived_recordings()
    assert rec.session_id == session.session_id
    assert session.retention is not None
    assert rec.retention_end == session.retention.end_date(session.created.date())
    assert audio_files(paths.recordings_dir()) == []
    assert window.flow.steps.step() == 4
    assert page.seal_panel.export_button.hasFocus(), "on to the client's copy"


# ---------------------------------------------------------------------- recovery at start


@pytest.fixture
def locked_journal(archive_with_keys: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A recorder process that dies with the archive's keys in place: its journal is
    encrypted. Returns the journal and the file the recording was meant to become."""
    output = tmp_path / "gesprek-afgebroken.flac"
    crash_while_recording(output)
    (journal,) = paths.journal_dir().glob("*.osjournal")
    assert journal.read_bytes().startswith(INTRO), "the journal is ciphertext"
    return journal, output


def recover(window: MainWindow, qtbot: Any, prompt: Prompt) -> list[Any]:
    """The start-up recovery, with ``prompt`` answering the password question."""
    window.recovery_passphrase_prompt = prompt
    window.recovery_results = None
    window.check_unfinished_recordings()
    qtbot.waitUntil(lambda: window.recovery_results is not None, timeout=60_000)
    assert window.recovery_results is not None
    return window.recovery_results


def test_a_locked_journal_asks_the_password_refuses_a_wrong_one_and_recovers_into_the_archive(
    locked_journal: tuple[Path, Path],
    make_window: MakeWindow,
    dialogs: DialogRecorder,
    qtbot: Any,
    tmp_path: Path,
) -> None:
    journal, output = locked_journal
    window = make_window()
    prompt = Prompt(["verkeerd wachtwoord", PASSPHRASE])
    (result,) = recover(window, qtbot, prompt)

    assert prompt.asked == 2
    assert prompt.texts[0].startswith("Een opname werd onverwacht afgebroken.")
    assert "wachtwoord van het archief" in prompt.texts[0]
    assert prompt.problems == [None, "Het wachtwoord klopt niet."]
    assert "'Annuleren'" in prompt.texts[1] and "volgende start" in prompt.texts[1]
    assert result.error is None and result.archive_error is None
    assert result.archived is not None
    assert not journal.exists() and not output.exists()
    assert audio_files(tmp_path) == [] and audio_files(paths.data_dir()) == []
    ((rec),) = archived_recordings()
    assert rec.recording_id == result.archived
    seal = Seal.from_file(archive_dir() / "seals" / f"{rec.recording_id}.zegel.json")
    assert seal.data["timeline"]["interruption"] is not None
    assert decrypted_sha256(rec.recording_id, tmp_path / "terug.flac") == seal.audio["sha256"]
    assert seal.frames >= RATE

    (shown,) = dialogs.shown
    assert shown.title == "Opname hersteld"
    assert "Een opname werd onverwacht afgebroken." in shown.plain
    assert "op slot bewaard in het archief van de organisatie" in shown.plain
    assert str(output) not in shown.plain


def test_cancelling_the_password_keeps_the_locked_journal_for_the_next_start(
    locked_journal: tuple[Path, Path], make_window: MakeWindow, dialogs: DialogRecorder, qtbot: Any
) -> None:
    journal, output = locked_journal
    window = make_window()
    (result,) = recover(window, qtbot, Prompt([None]))
    assert result.info is None and result.error is not None
    assert journal.exists() and not output.exists()
    (shown,) = dialogs.shown
    assert shown.title == "Opname nog niet hersteld"
    assert "bij de volgende start" in shown.plain
    assert archived_recordings() == []

    # The next start, with the password: recovered into the archive.
    dialogs.shown.clear()
    (result,) = recover(window, qtbot, Prompt([PASSPHRASE]))
    assert result.archived is not None and not journal.exists()
    assert [d.title for d in dialogs.shown] == ["Opname hersteld"]


def test_a_recovered_recording_that_cannot_go_into_the_archive_is_reported_with_its_file(
    locked_journal: tuple[Path, Path], make_window: MakeWindow, dialogs: DialogRecorder, qtbot: Any
) -> None:
    _journal, output = locked_journal
    # The archive's index cannot be opened (a folder where the database should be).
    for index in archive_dir().glob("index.sqlite*"):
        index.unlink()
    (archive_dir() / "index.sqlite").mkdir()
    window = make_window()
    (result,) = recover(window, qtbot, Prompt([PASSPHRASE]))
    assert result.archived is None and result.archive_error is not None
    assert output.is_file() and seal_paths_for(output).manifest.is_file()
    info: RecordingInfo | None = result.info
    assert info is not None and info.path == output
    (shown,) = dialogs.shown
    assert shown.title == "Opname hersteld"
    assert str(output) in shown.plain
    assert "Hij staat niet in het archief:" in shown.plain
    assert "De lijst met opnamen in het archief is beschadigd." in shown.plain
    assert "Verwijder of verplaats het bestand niet" in shown.plain


# ---------------------------------------------------------------------- the Opnamen list


def test_the_recordings_list_shows_no_broken_entry_for_an_archived_recording_and_points_to_the_archive(  # noqa: E501
    archived_page: RecordPage, qtbot: Any
) -> None:
    window = archived_page.window()
    assert isinstance(window, MainWindow)
    listing = window.recordings_list
    with qtbot.waitSignal(listing.refreshed, timeout=20_000):
        window.show_recordings_list()
    assert listing.entries == []
    assert listing.stack.currentWidget() is listing.empty_label
    assert listing.empty_label.text() == "Geen opnamen op deze computer buiten het archief."
    assert listing.archive_hint.isVisible()
    assert "'Archief'" in listing.archive_hint.text()
    assert listing.archive_button.isVisible()
    qtbot.mouseClick(listing.archive_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.archive_page


def test_without_archive_keys_the_recordings_list_does_not_point_to_the_archive(
    make_window: MakeWindow, qtbot: Any
) -> None:
    window = make_window()
    listing = window.recordings_list
    with qtbot.waitSignal(listing.refreshed, timeout=20_000):
        window.show_recordings_list()
    assert listing.archive_hint.isHidden() and listing.archive_button.isHidden()
