"""Save every screen of the app as a PNG, in Dutch, at 1366×768 and at 200 % scaling.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--only NAME ...]

(``make screenshots``.) Runs offscreen: no display, no microphone, nothing in the real home
folder. The recordings come from the real engine on the generated voice of ``core/synth.py``;
the data folder is a temporary one with the organisation already set up, so no first-run wizard
gets in the way.

Each picture is one function decorated with ``@shot("name")``: it gets a :class:`Studio` (which
makes windows and recordings and waits for the app) and calls ``studio.save(widget, "name")``.
To add a screen, add one such function; it is taken at both sizes.
The 200 % pictures are the same functions run again in a child process with
``QT_SCALE_FACTOR=2`` and a 1280×720 window (2560×1440 pixels), named ``<name>@2x.png``.
Look at every picture: ugly or confusing is a bug.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Before Qt starts: no display needed. The parent sets QT_SCALE_FACTOR for the 200 % child.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import soundfile as sf
from keyring.backends import fail
from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QMessageBox

from opnamestudio.core import keepawake, paths
from opnamestudio.core.archivekeys import ArchiveKeys, write_recovery_key
from opnamestudio.core.derive import derive_copy
from opnamestudio.core.devices import DeviceInfo
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.export import Drive
from opnamestudio.core.keepawake import KeepAwakeStatus
from opnamestudio.core.orgsettings import OrgSettings, load_settings, save_settings
from opnamestudio.core.recording import Recorder, RecordingSettings
from opnamestudio.core.seal import seal_paths_for
from opnamestudio.core.session import AGREED, Participant
from opnamestudio.core.synth import BlockSource, speech_like, speech_like_blocks
from opnamestudio.ui import export_dialog
from opnamestudio.ui.app import install_translators
from opnamestudio.ui.archive_access import PassphraseDialog
from opnamestudio.ui.documents import agreement_dialog, leaflet_dialog, receipt_dialog
from opnamestudio.ui.export_dialog import ExportDialog
from opnamestudio.ui.first_run import FirstRunWizard
from opnamestudio.ui.import_dialog import ImportDialog
from opnamestudio.ui.jobs import wait_for_jobs
from opnamestudio.ui.main_window import MainWindow
from opnamestudio.ui.refusal_dialog import RefusalDialog
from opnamestudio.ui.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "docs" / "screenshots"
#: The window at 100 %: a common laptop screen.
SIZE_1X = (1366, 768)
#: The window at 200 % in logical pixels: 2560×1440 real pixels.
SIZE_2X = (1280, 720)
#: A seed for the generated voice, so the pictures are the same every run.
SEED = 20240917
#: The recording the Controleren pictures check.
CONVERSATION = "gesprek-met-ouders.flac"


@dataclass
class Shot:
    """One picture: its file name (without .png) and the function that makes it."""

    name: str
    make: Callable[[Studio], None]
    #: Also at 200 % (a picture of a dialog alone may skip it).
    scaled: bool = True


SHOTS: list[Shot] = []


def shot(name: str, *, scaled: bool = True) -> Callable[[Callable[[Studio], None]], Any]:
    """Register a screenshot function under ``name`` (the order of definition is kept)."""

    def register(func: Callable[[Studio], None]) -> Callable[[Studio], None]:
        SHOTS.append(Shot(name, func, scaled))
        return func

    return register


# ---------------------------------------------------------------------- the studio


@dataclass
class Studio:
    """What a screenshot function needs: windows, recordings, waiting, saving."""

    out: Path
    #: A scratch folder (copies, an empty folder), deleted afterwards.
    work: Path
    scale: int
    size: tuple[int, int]
    saved: list[Path] = field(default_factory=list)
    windows: list[Any] = field(default_factory=list)
    #: Filled by the dialog catcher: the main window picture with the dialog on top.
    on_dialog: Callable[[Any], None] | None = None

    # -- waiting and saving ------------------------------------------------------------------
    def wait_until(self, predicate: Callable[[], bool], timeout: float = 20.0) -> None:
        """Run the event loop until ``predicate()`` holds (RuntimeError after ``timeout`` s)."""

        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise RuntimeError(f"gave up waiting for {predicate!r}")
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    def settle(self) -> None:
        """Let layouts and pending paints happen, as the event loop would before a user looks."""

        for _ in range(3):
            QApplication.processEvents()

    def file_for(self, name: str) -> Path:
        suffix = "@2x" if self.scale == 2 else ""
        return self.out / f"{name}{suffix}.png"

    def save(self, widget: Any, name: str) -> Path:
        """Grab ``widget`` (in real pixels) into ``<out>/<name>[@2x].png``."""
        self.settle()
        path = self.file_for(name)
        pixmap = widget.grab()
        if not pixmap.save(str(path)):
            raise RuntimeError(f"could not save {path}")
        self.saved.append(path)
        return path

    def save_with_dialog(self, window: Any, dialog: Any, name: str) -> Path:
        """The window with ``dialog`` drawn centred over it, as the user sees a modal message."""

        self.settle()
        picture = window.grab()
        box = dialog.grab()
        ratio = picture.devicePixelRatio()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 60))  # the window behind the dialog
        width = box.width() / box.devicePixelRatio()
        height = box.height() / box.devicePixelRatio()
        logical_w = picture.width() / ratio
        logical_h = picture.height() / ratio
        corner = QPoint(int((logical_w - width) / 2), int((logical_h - height) / 2))
        painter.fillRect(corner.x() - 1, corner.y() - 1, width + 2, height + 2, QColor("#52606d"))
        painter.drawPixmap(corner, box)
        painter.end()
        path = self.file_for(name)
        if not picture.save(str(path)):
            raise RuntimeError(f"could not save {path}")
        self.saved.append(path)
        return path

    def save_shown_dialog(self, window: Any, dialog: Any, name: str) -> Path:
        """Show ``dialog``, save it over ``window`` (save_with_dialog), close it."""
        dialog.show()
        self.wait_until(dialog.isVisible)
        path = self.save_with_dialog(window, dialog, name)
        dialog.close()
        return path

    @contextlib.contextmanager
    def message_box(self, window: Any, name: str) -> Iterator[None]:
        """The message box shown inside this block is saved over ``window`` as ``name``;
        the block's end waits for it."""
        captured: list[Path] = []

        def grab(box: Any) -> None:
            captured.append(self.save_shown_dialog(window, box, name))

        self.on_dialog = grab
        try:
            yield
            self.wait_until(lambda: bool(captured), timeout=60)
        finally:
            self.on_dialog = None

    # -- windows -----------------------------------------------------------------------------
    def main_window(self, **kwargs: Any) -> Any:
        """A shown main window of the screenshot size, with two (made-up) microphones."""

        kwargs.setdefault("device_lister", fake_devices)
        kwargs.setdefault("source_factory", voice_source)
        return self.show(MainWindow(**kwargs))

    def show(self, widget: Any) -> Any:
        """Show ``widget`` at the screenshot size and wait until it is on the (offscreen) screen."""
        widget.resize(*self.size)
        widget.show()
        self.wait_until(widget.isVisible)
        self.windows.append(widget)
        return widget

    def close_all(self) -> None:
        """Stop what the windows record and close them."""

        for window in self.windows:
            if isinstance(window, MainWindow):
                page = window.record_page
                page.stop_recording()
                self.wait_until(lambda page=page: page.state == "idle")
            window.close()
            window.deleteLater()
        self.windows.clear()
        self.settle()

    # -- recordings --------------------------------------------------------------------------
    def record(self, name: str, seconds: float, *, seed: int = SEED) -> Any:
        """A sealed recording in the recordings folder, made as fast as the engine goes."""

        target = paths.recordings_dir() / name
        if target.exists():
            return target
        source = BlockSource(speech_like_blocks(seconds, seed=seed))
        recorder = Recorder(RecordingSettings(output=target), source)
        recorder.start()
        source.done.wait(60)
        return recorder.stop().path

    def record_cut_off(self, name: str, seconds: float) -> Path:
        """A recording whose microphone stops delivering: sealed as interrupted."""

        target = paths.recordings_dir() / name
        if target.exists():
            return target
        source = BlockSource(speech_like_blocks(seconds, seed=SEED + 1))
        recorder = Recorder(RecordingSettings(output=target, stall_timeout=0.3), source)
        recorder.start()
        self.wait_until(lambda: recorder.snapshot().fault is not None)
        try:
            recorder.stop()
        except OpnameError as exc:
            if exc.recording is None:
                raise
            return Path(exc.recording.path)
        raise RuntimeError("the stalled recording did not report its fault")

    def edited_copy(self, original: Path) -> tuple[Path, Path]:
        """A copy of ``original`` with 3 s cut out at 0:20 and 2 s of other voice put in at 0:40.

        Returns the copy and the original's seal, which the copy is checked against.
        """

        pcm, rate = sf.read(original, dtype="int16")
        other = speech_like(2.0, seed=SEED + 7)
        edited = np.concatenate(
            [pcm[: 20 * rate], pcm[23 * rate : 40 * rate], other, pcm[40 * rate :]]
        )
        folder = self.work / "copies"
        folder.mkdir(parents=True, exist_ok=True)
        copy = folder / "gesprek-kopie.flac"
        sf.write(copy, edited, rate, subtype="PCM_16")
        return copy, seal_paths_for(original).manifest


class AwakeLaptop:
    """Keeps the pictured laptop awake, as systemd-inhibit or Windows do on a real one.

    This machine has no D-Bus, so the real helper fails and "Opnemen" would show its warning
    about sleep mode: true here, but not what a user normally sees.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def start(self) -> KeepAwakeStatus:
        return self.status()

    def status(self) -> KeepAwakeStatus:
        return KeepAwakeStatus("active", "systemd-inhibit")

    def stop(self) -> None:
        """Nothing to end."""


def fake_devices() -> list[Any]:
    """Two microphones, as PortAudio would list them on a laptop."""

    return [
        DeviceInfo(3, "Ingebouwde microfoon", "MME", 2, 48000.0, is_default=True),
        DeviceInfo(5, "USB-headset", "MME", 1, 48000.0, is_default=False),
    ]


def voice_source() -> Any:
    """A minute of generated voice at the pace of a real microphone."""

    return BlockSource(
        speech_like_blocks(60.0, seed=SEED), realtime=True, name="Ingebouwde microfoon"
    )


def breaking_source() -> Any:
    """A microphone that delivers 1.5 s and then nothing: unplugged while recording."""

    return BlockSource(speech_like_blocks(1.5, seed=SEED), realtime=True, name="USB-headset")


def quick_stall_settings(output: Path, device: int | None) -> Any:
    """The engine's defaults, but a microphone that stops is noticed after half a second."""

    return RecordingSettings(output=output, device=device, stall_timeout=0.5)


def show_page(window: Any, widget: Any) -> None:
    window.pages.setCurrentWidget(widget)


# ---------------------------------------------------------------------- the pictures


@shot("record-idle")
def record_idle(studio: Studio) -> None:
    """Opnemen, before anything happens: the microphone, the file, the big button."""
    window = studio.main_window()
    window.show_record_page()
    studio.save(window, "record-idle")


@shot("record-recording")
def record_recording(studio: Studio) -> None:
    """Opnemen while recording: timer, level meter, device, disk time, one marker set."""
    window = studio.main_window()
    page = window.record_page
    page.start_recording()  # as the conversation flow starts it, after the announcement
    studio.wait_until(lambda: page.timer_label.seconds() >= 3)
    page.add_marker()
    studio.wait_until(lambda: page.meter.level() > 0.5)
    studio.save(window, "record-recording")
    page.stop_recording()
    studio.wait_until(lambda: page.state == "idle")
    # Sealed: the vingerafdruk where the timer was.
    studio.save(window, "record-sealed")


@shot("error-microphone-lost")
def error_microphone_lost(studio: Studio) -> None:
    """The message when the microphone is unplugged while recording."""
    window = studio.main_window(
        source_factory=breaking_source, recording_settings_factory=quick_stall_settings
    )
    with studio.message_box(window, "error-microphone-lost"):
        window.record_page.start_recording()


@shot("verify-empty")
def verify_empty(studio: Studio) -> None:
    """Controleren before a file is chosen: where to drop it."""
    window = studio.main_window()
    window.show_verify_page()
    studio.save(window, "verify-empty")


@shot("verify-intact")
def verify_intact(studio: Studio) -> None:
    """Controleren on the original: intact, signed by this installation's key."""
    original = studio.record(CONVERSATION, 60.0)
    window = studio.main_window()
    window.show_verify_page()
    page = window.verify_page
    page.open_file(original)
    studio.wait_until(lambda: page.state == "result", timeout=60)
    studio.save(window, "verify-intact")


@shot("verify-modified")
def verify_modified(studio: Studio) -> None:
    """Controleren on an edited copy: what was cut and inserted, on the timeline."""
    original = studio.record(CONVERSATION, 60.0)
    copy, seal = studio.edited_copy(original)
    window = studio.main_window()
    window.show_verify_page()
    page = window.verify_page
    page.open_file(copy, seal=seal)
    studio.wait_until(lambda: page.state == "result", timeout=60)
    studio.save(window, "verify-modified")


@shot("verify-transcoded")
def verify_transcoded(studio: Studio) -> None:
    """Controleren on the edited copy made into an MP3: the places are approximate."""
    original = studio.record(CONVERSATION, 60.0)
    copy, seal = studio.edited_copy(original)
    mp3 = copy.with_suffix(".mp3")
    if not mp3.exists():
        command = ["ffmpeg", "-v", "error", "-y", "-i", str(copy), "-b:a", "128k", str(mp3)]
        subprocess.run(command, check=True)
    window = studio.main_window()
    window.show_verify_page()
    page = window.verify_page
    page.open_file(mp3, seal=seal)
    studio.wait_until(lambda: page.state == "result", timeout=120)
    studio.save(window, "verify-transcoded")


@shot("verify-derived")
def verify_derived(studio: Studio) -> None:
    """Controleren on an announced edited copy: a name taken out, with its own seal."""
    original = studio.record(CONVERSATION, 60.0)
    derived = paths.recordings_dir() / "gesprek-met-ouders-bewerkt.flac"
    if not derived.exists():
        derive_copy(original, [(12.0, 14.5)], "Naam van de buurvrouw eruit, zoals afgesproken")
    window = studio.main_window()
    window.show_verify_page()
    page = window.verify_page
    page.open_file(derived)
    studio.wait_until(lambda: page.state == "result", timeout=60)
    studio.save(window, "verify-derived")


@shot("recordings-empty")
def recordings_empty(studio: Studio) -> None:
    """The recordings list before the first recording."""

    window = studio.main_window()
    listing = window.recordings_list
    empty = studio.work / "empty"
    empty.mkdir(exist_ok=True)
    listing._folders = [empty]  # a folder with nothing in it
    show_page(window, listing)
    refresh(studio, listing)
    listing._folders = None
    assert paths.recordings_dir().is_dir()
    studio.save(window, "recordings-empty")


@shot("recordings-list")
def recordings_list(studio: Studio) -> None:
    """The recordings list with sealed, cut-off and unsealed recordings."""

    studio.record(CONVERSATION, 60.0)
    studio.record("evaluatie.flac", 12.0, seed=SEED + 2)
    studio.record_cut_off("huisbezoek.flac", 4.0)
    bare = paths.recordings_dir() / "oude-opname.wav"
    if not bare.exists():
        sf.write(bare, np.zeros(48000, dtype=np.int16), 48000, subtype="PCM_16")
        last_week = time.time() - 7 * 24 * 3600  # an old file from before OpnameStudio
        os.utime(bare, (last_week, last_week))
    window = studio.main_window()
    window.show_recordings_list()
    listing = window.recordings_list
    refresh(studio, listing)
    studio.save(window, "recordings-list")


# -- the conversation flow -------------------------------------------------------------------


def prepared_window(studio: Studio) -> Any:
    """A main window at "Voorbereiden" after "Nieuw gesprek", filled in as a medewerker would."""
    window = studio.main_window()
    window.new_conversation()
    page = window.flow.prepare_page
    page.participant_rows[0].name_edit.setText("Anna de Vries")
    client = page.participant_rows[1]
    client.role_combo.setCurrentIndex(client.role_combo.findData("parent"))
    page.add_participant("parent")
    page.purpose_edit.setText("om de afspraken over de hulp later terug te luisteren")
    page.set_legal_basis("public-task")
    page.set_camera("not-at-home")
    page.organisation_edit.setFocus()
    return window


@shot("prepare")
def prepare(studio: Studio) -> None:
    """Voorbereiden: who takes part, who records, purpose, legal basis, retention, camera."""
    window = prepared_window(studio)
    studio.save(window, "prepare")


@shot("prepare-child")
def prepare_child(studio: Studio) -> None:
    """Voorbereiden with the child flag: the extra questions, scrolled into view."""
    window = prepared_window(studio)
    page = window.flow.prepare_page
    page.add_participant("child")
    page.child_check.setChecked(True)
    rows = page.question_rows
    studio.wait_until(lambda: all(row.isVisible() for row in rows))  # shown by a queued call
    rows[0].set_answer("yes")
    studio.settle()
    # The flag's box at the top of the view, its questions below it.
    box = page.child_check.parentWidget()
    top = box.mapTo(page.scroll_area.widget(), QPoint(0, 0)).y()
    page.scroll_area.verticalScrollBar().setValue(top - 8)
    studio.save(window, "prepare-child")


@shot("announce")
def announce(studio: Studio) -> None:
    """Aankondigen en afspraken: the script to read aloud, two of three have said akkoord."""
    window = prepared_window(studio)
    flow = window.flow
    flow.prepare_page.next_button.click()
    page = flow.announce_page
    studio.wait_until(lambda: flow.stack.currentWidget() is page)
    studio.wait_until(lambda: page.timer_label.seconds() >= 2)
    page.answer(0, AGREED)
    page.answer(1, AGREED)
    studio.wait_until(lambda: page.meter.level() > 0.3)
    studio.save(window, "announce")


@shot("refusal")
def refusal(studio: Studio) -> None:
    """The refusal record for the dossier (the organisation does not record this time)."""
    people = (Participant("professional", "Anna de Vries"), Participant("parent"))
    dialog = RefusalDialog(
        "Jeugdzorg Voorbeeldstad",
        people,
        alternatives=("written-summary",),
        reasons=("other-parent-objects",),
    )
    show_dialog(studio, dialog)
    studio.save(dialog, "refusal")


# -- copies and documents ----------------------------------------------------------------------


def usb_sticks() -> list[Any]:
    """One USB stick, as the export dialog would find it."""
    return [Drive(Path("/media/anna/KINGSTON"), "KINGSTON", 14_800_000_000, "vfat")]


@shot("export")
def export(studio: Studio) -> None:
    """Kopie voor cliënt: where the copy goes (a USB stick is found)."""
    original = studio.record(CONVERSATION, 60.0)
    dialog = ExportDialog(original, drive_lister=usb_sticks)
    show_dialog(studio, dialog)
    studio.save(dialog, "export")


@shot("export-done")
def export_done(studio: Studio) -> None:
    """Kopie voor cliënt after the copy: what was written and checked."""
    original = studio.record(CONVERSATION, 60.0)
    stick = studio.work / "stick"
    stick.mkdir(exist_ok=True)
    dialog = ExportDialog(original, drive_lister=list)
    show_dialog(studio, dialog)
    dialog.set_destination(stick)
    dialog.start_export()
    studio.wait_until(lambda: dialog.state == "done", timeout=60)
    studio.save(dialog, "export-done")


@shot("import-done")
def import_done(studio: Studio) -> None:
    """A copy received from the client, taken in and sealed on arrival."""
    original = studio.record(CONVERSATION, 60.0)
    received = studio.work / "opname van mevrouw.flac"
    shutil.copy2(original, received)
    dialog = ImportDialog()
    show_dialog(studio, dialog)
    dialog.set_source(received)
    dialog.note_edit.setText("gekregen op een USB-stick")
    dialog.start_import()
    studio.wait_until(lambda: dialog.state != "importing", timeout=60)
    studio.save(dialog, "import-done")


@shot("document-agreement")
def document_agreement(studio: Studio) -> None:
    """The agreement on paper, with the vingerafdruk, ready to print or save as PDF."""
    dialog = agreement_dialog(None, studio.record(CONVERSATION, 60.0))
    show_dialog(studio, dialog)
    studio.save(dialog, "document-agreement")


@shot("document-receipt")
def document_receipt(studio: Studio) -> None:
    """The receipt for the client, with the QR code of the vingerafdruk."""
    dialog = receipt_dialog(None, studio.record(CONVERSATION, 60.0))
    show_dialog(studio, dialog)
    studio.save(dialog, "document-receipt")


@shot("document-leaflet")
def document_leaflet(studio: Studio) -> None:
    """The information leaflet for clients and the website."""
    dialog = leaflet_dialog(None)
    show_dialog(studio, dialog)
    studio.save(dialog, "document-leaflet")


# -- setting up ----------------------------------------------------------------------------------


@shot("first-run")
def first_run(studio: Studio) -> None:
    """The first-run wizard, every page: language, organisation, key, recovery, agreements."""
    wizard = FirstRunWizard(OrgSettings(), on_language=keep_language)
    show_dialog(studio, wizard)
    names = ["language", "organisation", "key", "recovery", "agreements"]
    for number, name in enumerate(names):
        if number == 1:
            wizard.organisation_page.form.name_edit.setText("Jeugdzorg Voorbeeldstad")
        studio.save(wizard, f"first-run-{name}")
        if number + 1 < len(names):
            wizard.next()
    wizard.reject()


@shot("settings")
def settings(studio: Studio) -> None:
    """Instellingen: the organisation's tab and the agreements' tab."""
    dialog = SettingsDialog(load_settings())
    show_dialog(studio, dialog)
    studio.save(dialog, "settings")
    dialog.tabs.setCurrentWidget(dialog.agreements)
    studio.save(dialog, "settings-agreements")


# -- into the archive at stop ------------------------------------------------------------------

#: The archive password of the pictured laptop (it has no OS keyring).
ARCHIVE_PASSWORD = "paard batterij nietje correct"

CRASHING_RECORDER = """
import os, sys, time
from pathlib import Path
from opnamestudio.core.recording import Recorder, RecordingSettings
from opnamestudio.core.synth import BlockSource, speech_like_blocks

recorder = Recorder(
    RecordingSettings(output=Path(sys.argv[1]), sync_interval=0.1),
    BlockSource(speech_like_blocks(30), realtime=True),
)
recorder.start()
while recorder.snapshot().frames < 96000:
    time.sleep(0.02)
time.sleep(0.3)
os._exit(9)
"""


@contextlib.contextmanager
def archive_with_keys(studio: Studio) -> Iterator[None]:
    """The archive's keys (a password, no keyring) and a recovery key, as the first-run wizard
    leaves them; removed afterwards, so the other pictures show recordings as plain files."""
    folder = paths.data_dir() / "archive"
    keys = ArchiveKeys(folder / "keys", keyring_backend=fail.Keyring(), passphrase=ARCHIVE_PASSWORD)
    keys.create()
    recovery = write_recovery_key(Path(tempfile.mkdtemp(dir=studio.work)) / "herstelsleutel.txt")
    keys.set_recovery_recipient(recovery.recipient)
    try:
        yield
    finally:
        wait_for_jobs()
        shutil.rmtree(folder, ignore_errors=True)
        for journal in paths.journal_dir().glob("*"):
            journal.unlink()


@shot("record-archived")
def record_archived(studio: Studio) -> None:
    """After Stop, with the archive set up: sealed and locked in the archive, no file left;
    then "Kopie voor cliënt" taking it out of the archive (the progress bar)."""
    with archive_with_keys(studio):
        window = studio.main_window()
        page = window.record_page
        page.start_recording()
        studio.wait_until(lambda: page.timer_label.seconds() >= 2)
        page.stop_recording()
        studio.wait_until(lambda: page.state == "idle" and page.seal_panel.archived() is not None)
        studio.save(window, "record-archived")
        panel = page.seal_panel
        panel.passphrase_prompt = _archive_password
        opened: list[Path] = []
        real_open = export_dialog.open_export_dialog
        export_dialog.open_export_dialog = lambda parent, audio: opened.append(audio)  # type: ignore[assignment]
        try:
            panel.export_button.click()
            studio.save(window, "record-archive-copying")
            studio.wait_until(lambda: not panel.copying(), timeout=60)
        finally:
            export_dialog.open_export_dialog = real_open  # type: ignore[assignment]
        # Opnamen: the archived recording is not a file here; the list says where it is.
        window.show_recordings_list()
        refresh(studio, window.recordings_list)
        studio.save(window, "recordings-archive-hint")


def _archive_password(parent: Any) -> str:
    return ARCHIVE_PASSWORD


@shot("error-not-archived")
def error_not_archived(studio: Studio) -> None:
    """The message when a sealed recording cannot go into the archive (its folder is blocked)."""
    with archive_with_keys(studio):
        audio_folder = paths.data_dir() / "archive" / "audio"
        shutil.rmtree(audio_folder, ignore_errors=True)
        audio_folder.write_bytes(b"")
        window = studio.main_window()
        page = window.record_page
        with studio.message_box(window, "error-not-archived"):
            page.start_recording()
            studio.wait_until(lambda: page.timer_label.seconds() >= 2)
            page.stop_recording()
        audio_folder.unlink()


@shot("recovery-password")
def recovery_password(studio: Studio) -> None:
    """At start, a recording a crash cut off is locked: the archive password is asked (and
    asked again after a wrong one); then the message that it is restored into the archive."""
    with archive_with_keys(studio):
        output = studio.work / "gesprek-afgebroken.flac"
        subprocess.run([sys.executable, "-c", CRASHING_RECORDER, str(output)], check=False)
        window = studio.main_window()
        answers = iter(["verkeerd", ARCHIVE_PASSWORD])
        names = iter(["recovery-password", "recovery-password-wrong"])

        def prompt(parent: Any, text: str, problem: str | None) -> str | None:
            dialog = PassphraseDialog(parent, text, problem)
            studio.save_shown_dialog(window, dialog, next(names))
            dialog.deleteLater()
            return next(answers)

        window.recovery_passphrase_prompt = prompt
        with studio.message_box(window, "recovery-restored"):
            window.check_unfinished_recordings()


def keep_language(language: str) -> None:
    """The wizard's language choice: the pictures stay in Dutch."""


def show_dialog(studio: Studio, dialog: Any) -> None:
    """Show ``dialog`` at the size it chooses itself, as ``exec()`` would."""
    if dialog is None:
        raise RuntimeError("the dialog was not made (see the message above)")
    dialog.show()
    studio.wait_until(dialog.isVisible)
    studio.windows.append(dialog)


def refresh(studio: Studio, listing: Any) -> None:
    done: list[bool] = []
    listing.refreshed.connect(lambda: done.append(True))
    listing.refresh()
    studio.wait_until(lambda: bool(done))


# ---------------------------------------------------------------------- running


def _prepare_environment(home: Path, scale: int) -> None:
    """What Qt and the app read: set before the QApplication exists (the scale is read then).

    The offscreen screen gets the size of the screen the pictures stand for (1366×768, or
    2560×1440 real pixels at 200 %), so a window that fits itself to its screen does so here.
    """
    home.mkdir(parents=True, exist_ok=True)
    width, height = (SIZE_2X[0] * 2, SIZE_2X[1] * 2) if scale == 2 else SIZE_1X
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config = home.parent / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["OPNAMESTUDIO_HOME"] = str(home)
    os.environ["OPNAMESTUDIO_LANG"] = "nl"
    os.environ.pop("QT_SCALE_FACTOR", None)
    if scale != 1:
        os.environ["QT_SCALE_FACTOR"] = str(scale)


@contextlib.contextmanager
def _catch_dialogs(studio: Studio) -> Iterator[None]:
    """Message boxes are shown and grabbed instead of waiting for a click; the laptop stays
    awake (see :class:`AwakeLaptop`)."""

    original = QMessageBox.exec

    def fake_exec(box: QMessageBox) -> int:
        if studio.on_dialog is not None:
            studio.on_dialog(box)
        return 0

    QMessageBox.exec = fake_exec  # type: ignore[method-assign]
    real_keep_awake = keepawake.keep_awake
    keepawake.keep_awake = AwakeLaptop  # type: ignore[assignment]
    try:
        yield
    finally:
        QMessageBox.exec = original  # type: ignore[method-assign]
        keepawake.keep_awake = real_keep_awake


def take(out: Path, scale: int, only: list[str]) -> list[Path]:
    """Take the pictures in this process (which must not have a QApplication yet)."""
    home = Path(tempfile.mkdtemp(prefix="shots-"))
    _prepare_environment(home / "OpnameStudio", scale)

    save_settings(
        OrgSettings(
            organisation="Jeugdzorg Voorbeeldstad",
            website="https://www.jeugdzorg-voorbeeldstad.nl/opnemen",
            contact="privacy@jeugdzorg-voorbeeldstad.nl",
            set_up=True,
        )
    )
    app = QApplication([sys.argv[0]])
    translators = install_translators(app, "nl")
    out.mkdir(parents=True, exist_ok=True)
    work = home / "work"
    work.mkdir()
    size = SIZE_2X if scale == 2 else SIZE_1X
    studio = Studio(out=out, work=work, scale=scale, size=size)
    try:
        with _catch_dialogs(studio):
            for item in SHOTS:
                if only and item.name not in only:
                    continue
                if scale != 1 and not item.scaled:
                    continue
                print(f"  {item.name}", flush=True)
                try:
                    item.make(studio)
                finally:
                    studio.close_all()
    finally:
        wait_for_jobs()
        for translator in translators:
            app.removeTranslator(translator)
        shutil.rmtree(home, ignore_errors=True)
    return studio.saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: docs/screenshots")
    parser.add_argument("--only", nargs="*", default=[], help="only these pictures (names)")
    parser.add_argument("--scale", type=int, choices=[1, 2], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    unknown = set(args.only) - {s.name for s in SHOTS}
    if unknown:
        parser.error(f"unknown picture(s): {', '.join(sorted(unknown))}")
    out = args.out.resolve()
    if args.scale is not None:
        saved = take(out, args.scale, args.only)
        return 0 if saved else 1
    # Each scale in its own process: QT_SCALE_FACTOR is read once, when Qt starts.
    for scale in (1, 2):
        print(f"{'100' if scale == 1 else '200'} %:", flush=True)
        command = [sys.executable, str(Path(__file__).resolve()), "--out", str(out)]
        command += ["--scale", str(scale)]
        if args.only:
            command += ["--only", *args.only]
        result = subprocess.run(command, check=False)
        if result.returncode != 0:
            return result.returncode
    print(f"Saved in {out}. Look at every picture.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
