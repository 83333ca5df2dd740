"""The "Kopie voor cliënt" dialog: a real export, its progress, its drives and its errors."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from opnamestudio.core import audit
from opnamestudio.core.export import Drive, ExportResult
from opnamestudio.core.keys import format_key_id
from opnamestudio.core.orgsettings import OrgSettings
from opnamestudio.core.seal import Seal, seal_paths_for
from opnamestudio.ui.export_dialog import (
    AGREEMENT_FILE,
    ExportDialog,
    ProgressMeter,
    format_time_left,
)
from tests.gui.conftest import DialogRecorder

# Showing a dialog on the offscreen platform makes Qt say this; it is harmless there.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden" / "gesprek.flac"
SETTINGS = OrgSettings(organisation="Gemeente Utrecht", website="www.utrecht.nl")


@pytest.fixture
def recording(tmp_path: Path) -> Path:
    """A private copy of the golden sealed recording."""
    folder = tmp_path / "archief"
    folder.mkdir()
    files = seal_paths_for(GOLDEN)
    for path in (GOLDEN, files.manifest, files.signature):
        shutil.copy2(path, folder / path.name)
    return folder / GOLDEN.name


def no_drives() -> list[Drive]:
    return []


def make_dialog(qtbot: Any, audio: Path, **kwargs: Any) -> ExportDialog:
    kwargs.setdefault("drive_lister", no_drives)
    kwargs.setdefault("settings", SETTINGS)
    dialog = ExportDialog(audio, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_real_export_through_the_dialog_writes_identical_files(
    qtbot: Any, recording: Path, tmp_path: Path, dialogs: DialogRecorder
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = make_dialog(qtbot, recording)
    dialog.set_destination(stick)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=30_000)
    assert not dialogs.shown

    result = dialog.copy_result
    assert result is not None and result.folder.parent == stick
    folder = result.folder
    seal_files = seal_paths_for(recording)
    assert (folder / recording.name).read_bytes() == recording.read_bytes()
    assert (folder / seal_files.manifest.name).read_bytes() == seal_files.manifest.read_bytes()
    assert (folder / seal_files.signature.name).read_bytes() == seal_files.signature.read_bytes()
    assert (folder / "LEESMIJ.txt").is_file()
    agreement = (folder / AGREEMENT_FILE).read_bytes()
    assert agreement.startswith(b"%PDF")
    # The summary says where the copy is and which vingerafdruk to compare.
    sha = str(Seal.from_file(seal_files.manifest).audio["sha256"])
    summary = dialog.summary_label.text()
    assert str(folder) in summary and format_key_id(sha) in summary
    assert dialog.summary_label.isVisible() and dialog.receipt_button.isVisible()
    # core/export logged it.
    entries = [json.loads(line) for line in audit.log_path().read_bytes().splitlines()]
    done = [e for e in entries if e.get("event") == "export"]
    assert done and done[-1]["details"]["folder"] == str(folder)


def test_an_export_error_shows_the_dutch_text_and_nothing_is_left(
    qtbot: Any, recording: Path, tmp_path: Path, dialogs: DialogRecorder, dutch: None
) -> None:
    missing = tmp_path / "weggehaalde-stick"
    dialog = make_dialog(qtbot, recording)
    dialog.set_destination(missing)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=30_000)
    shown = dialogs.shown[0]
    title = QCoreApplication.translate("errors", "The copy cannot be saved here")
    assert title != "The copy cannot be saved here"  # really Dutch
    assert shown.title == title
    assert "USB-stick" in shown.plain
    assert dialog.state == "idle" and dialog.copy_button.isEnabled()
    assert not missing.exists()


def test_the_removable_drives_are_listed_and_searched_again(
    qtbot: Any, recording: Path, tmp_path: Path
) -> None:
    drives: list[Drive] = []

    def lister() -> list[Drive]:
        return list(drives)

    dialog = make_dialog(qtbot, recording, drive_lister=lister)
    assert dialog.destination() is None and not dialog.copy_button.isEnabled()
    assert "No USB stick" in dialog.drive_list.item(0).text()
    drives.append(Drive(tmp_path / "KINGSTON", "KINGSTON", 7_800_000_000, "vfat"))
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    assert dialog.drive_list.count() == 1
    assert "KINGSTON" in dialog.drive_list.item(0).text()
    assert "7.8 GB" in dialog.drive_list.item(0).text()
    assert dialog.destination() == tmp_path / "KINGSTON" and dialog.copy_button.isEnabled()
    # A folder chosen by hand stays when the drives are searched again.
    dialog.set_destination(tmp_path / "map")
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    paths = [dialog.drive_list.item(i).toolTip() for i in range(dialog.drive_list.count())]
    assert paths == [str(tmp_path / "KINGSTON"), str(tmp_path / "map")]


def test_the_progress_bar_and_time_left_follow_the_worker(
    qtbot: Any, recording: Path, tmp_path: Path
) -> None:
    halfway = threading.Event()
    release = threading.Event()

    def slow_export(
        audio: Path,
        dest: Path,
        *,
        progress: Callable[[int, int], None] | None = None,
        extra_files: Mapping[str, bytes] = {},
        organisation: str = "",
    ) -> ExportResult:
        assert progress is not None
        assert AGREEMENT_FILE in extra_files and organisation == "Gemeente Utrecht"
        progress(500, 1000)
        halfway.set()
        assert release.wait(30)
        progress(1000, 1000)
        return ExportResult(dest / "kopie", (dest / "kopie" / audio.name,), 500, 1.0)

    dialog = make_dialog(qtbot, recording, exporter=slow_export)
    dialog.set_destination(tmp_path)
    dialog.start_export()
    assert dialog.state == "copying"
    assert not dialog.close_button.isEnabled() and not dialog.copy_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() == 500, timeout=10_000)
    assert dialog.progress.isVisible() and dialog.time_label.text()
    dialog.reject()  # closing while copying is refused
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=10_000)
    assert not dialog.progress.isVisible() and dialog.close_button.isEnabled()


def test_time_left_from_the_rate_so_far() -> None:
    now = [100.0]
    meter = ProgressMeter(clock=lambda: now[0])
    assert meter.seconds_left() is None  # nothing done yet
    meter.update(10, 100)
    now[0] = 100.5
    assert meter.seconds_left() is None  # too early to say
    now[0] = 104.0
    meter.update(40, 100)
    assert meter.seconds_left() == pytest.approx(6.0)  # 40 in 4 s: 60 more take 6 s
    assert format_time_left(None) == "Calculating the time left…"
    assert format_time_left(6.0) == "About 6 s left"
    assert format_time_left(0.2) == "About 1 s left"
    assert format_time_left(150) == "About 2 min left"


def test_every_control_of_the_new_dialogs_has_an_accessible_name(
    qtbot: Any, recording: Path
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QWidget

    from opnamestudio.ui.documents import receipt_dialog
    from opnamestudio.ui.import_dialog import ImportDialog

    receipt = receipt_dialog(None, recording)
    assert receipt is not None
    built: list[QWidget] = [make_dialog(qtbot, recording), ImportDialog(), receipt]
    for dialog in built[1:]:
        qtbot.addWidget(dialog)
    for dialog in built:
        controls = dialog.findChildren(QWidget)
        kinds = (QAbstractButton, QLineEdit, QListWidget)
        unnamed = [
            f"{type(dialog).__name__}:{type(w).__name__}:{getattr(w, 'text', lambda: '')()}"
            for w in controls
            if isinstance(w, kinds) and not w.accessibleName()
        ]
        assert not unnamed


def test_any_sealed_recording_can_be_chosen_for_a_copy(
    monkeypatch: pytest.MonkeyPatch, recording: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from opnamestudio.ui import export_dialog

    opened: list[Path] = []
    answers = iter([(str(recording), ""), ("", "")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: next(answers))
    monkeypatch.setattr(
        export_dialog, "open_export_dialog", lambda parent, audio: opened.append(audio)
    )
    export_dialog.choose_and_export(None)
    export_dialog.choose_and_export(None)  # cancelled: nothing opens
    assert opened == [recording]
