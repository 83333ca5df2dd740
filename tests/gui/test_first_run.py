"""The first-run wizard: every page driven as a user would; settings saved, key made and shown,
language applied at once; and when run() shows it."""

from __future__ import annotations

import types
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from opnamestudio.core import paths
from opnamestudio.core.display import format_key_id
from opnamestudio.core.keys import load_or_create_signing_key
from opnamestudio.core.orgsettings import OrgSettings, load_settings, save_settings
from opnamestudio.core.session import default_agreements
from opnamestudio.ui import app as app_module
from opnamestudio.ui import first_run
from opnamestudio.ui.app import apply_language, wants_wizard
from opnamestudio.ui.first_run import FirstRunWizard, RecoveryPanel
from tests.gui.conftest import DialogRecorder


@pytest.fixture
def applied_language(qapp: QApplication) -> Iterator[None]:
    """Dutch applied as run() does; whatever the test switched to is removed afterwards."""
    apply_language("nl")
    yield
    app_module._remove_applied_language()


def _wizard(qtbot: QtBot, **kwargs: object) -> FirstRunWizard:
    kwargs.setdefault("on_language", apply_language)
    kwargs.setdefault("archive_module", None)
    wizard = FirstRunWizard(OrgSettings(), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_the_whole_wizard_saves_the_settings_and_shows_the_key(
    qtbot: QtBot, applied_language: None
) -> None:
    wizard = _wizard(qtbot)
    assert wizard.windowTitle() == "OpnameStudio instellen"
    assert wizard.currentPage() is wizard.language_page
    wizard.next()

    # The organisation's name is required: Next stays on the page and says why.
    form = wizard.organisation_page.form
    wizard.next()
    assert wizard.currentPage() is wizard.organisation_page
    assert form.problem_label.isVisible()
    assert form.problem_label.text() == "Vul de naam van de organisatie in."
    qtbot.keyClicks(form.name_edit, "Jeugdzorg Zuid")
    assert not form.problem_label.isVisible()
    qtbot.keyClicks(form.website_edit, "www.jeugdzorgzuid.nl")
    qtbot.keyClicks(form.contact_edit, "088 123 45 67")
    form.retention_spin.setValue(24)
    wizard.next()

    # The key is created when its page is shown, and its id is shown large.
    assert wizard.currentPage() is wizard.key_page
    assert (paths.data_dir() / "keys" / "signing-key.pem").is_file()
    key_id = format_key_id(load_or_create_signing_key().public.key_id)
    assert wizard.key_page.panel.key_label.text() == key_id
    assert wizard.key_page.panel.key_label.font().pointSize() >= 20
    assert wizard.key_page.isComplete()
    qtbot.mouseClick(wizard.key_page.panel.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == key_id
    assert wizard.key_page.panel.copy_button.text() == "Gekopieerd"
    wizard.next()

    # Without the archive: the page says so honestly and names the folder to back up.
    assert wizard.currentPage() is wizard.recovery_page
    recovery = wizard.recovery_page.panel
    assert not recovery.available
    assert not recovery.export_button.isVisible()
    assert str(paths.data_dir()) in recovery.intro.text()
    assert "latere versie" in recovery.intro.text()
    wizard.next()

    # The agreements: one switched off, one reworded.
    assert wizard.currentPage() is wizard.agreements_page
    editor = wizard.agreements_page.editor
    assert editor.items() == default_agreements()
    editor.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    editor.list.setCurrentRow(0)
    editor.text_edit.setPlainText("We zeggen het vooraf als we opnemen.")
    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert not wizard.isVisible()
    saved = load_settings()
    assert saved == wizard.saved
    assert saved.set_up
    assert (saved.organisation, saved.website, saved.contact) == (
        "Jeugdzorg Zuid",
        "www.jeugdzorgzuid.nl",
        "088 123 45 67",
    )
    assert saved.retention_months == 24
    assert saved.language == "nl"
    assert saved.agreements[0].text == "We zeggen het vooraf als we opnemen."
    assert not saved.agreements[1].on
    assert saved.agreements[2:] == default_agreements()[2:]


def test_choosing_english_switches_the_wizard_at_once_and_is_saved(
    qtbot: QtBot, applied_language: None
) -> None:
    wizard = _wizard(qtbot)
    assert wizard.language_page.title() == "Welkom bij OpnameStudio"
    wizard.language_page.choice.buttons["en"].click()
    # Qt delivers the language change as an event: at once for the user, a moment for a test.
    qtbot.waitUntil(lambda: wizard.windowTitle() == "Set up OpnameStudio")
    assert wizard.language_page.title() == "Welcome to OpnameStudio"
    assert wizard.organisation_page.title() == "Your organisation"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    assert QCoreApplication.translate("MainWindow", "Record") == "Record"  # the app, too

    wizard.language_page.choice.buttons["nl"].click()
    qtbot.waitUntil(lambda: wizard.windowTitle() == "OpnameStudio instellen")
    assert QCoreApplication.translate("MainWindow", "Record") == "Opnemen"

    wizard.language_page.choice.buttons["en"].click()
    wizard.next()
    wizard.organisation_page.form.name_edit.setText("Blijf Groep")
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    saved = load_settings()
    assert saved.language == "en"
    assert saved.agreements == ()  # unchanged defaults are not copied into the settings
    assert app_module.language() == "en"


def test_cancel_saves_nothing(qtbot: QtBot, applied_language: None) -> None:
    wizard = _wizard(qtbot)
    wizard.next()
    wizard.organisation_page.form.name_edit.setText("Niet bewaard")
    wizard.reject()
    assert wizard.saved is None
    assert load_settings() == OrgSettings()


def test_a_failed_save_is_told_and_the_wizard_stays_open(
    qtbot: QtBot,
    applied_language: None,
    dialogs: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(settings: OrgSettings) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(first_run, "save_settings", refuse)
    wizard = _wizard(qtbot)
    wizard.next()
    wizard.organisation_page.form.name_edit.setText("X")
    for _ in range(3):
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()
    assert wizard.saved is None
    assert len(dialogs.shown) == 1


def test_the_recovery_key_goes_to_the_chosen_folder_when_the_archive_has_one(
    qtbot: QtBot, applied_language: None, tmp_path: Path
) -> None:
    def export_recovery_key(folder: Path) -> Path:
        target = folder / "herstelsleutel.txt"
        target.write_text("secret", encoding="utf-8")
        return target

    module = types.ModuleType("archivekeys")
    module.export_recovery_key = export_recovery_key  # type: ignore[attr-defined]
    panel = RecoveryPanel(module)
    qtbot.addWidget(panel)
    assert panel.available
    assert panel.export_button.isVisibleTo(panel)
    assert "versleuteld" in panel.intro.text()
    assert panel.export_to(tmp_path)
    assert (tmp_path / "herstelsleutel.txt").read_text(encoding="utf-8") == "secret"
    assert str(tmp_path / "herstelsleutel.txt") in panel.status_label.text()


def test_the_public_key_can_be_saved_for_the_website(
    qtbot: QtBot, applied_language: None, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot)
    wizard.next()
    wizard.organisation_page.form.name_edit.setText("X")
    wizard.next()
    panel = wizard.key_page.panel
    target = tmp_path / "organisatie.pub"
    assert panel.save_public_key(target)
    assert target.read_text(encoding="utf-8") == load_or_create_signing_key().public.to_minisign()


def test_own_agreements_can_be_added_and_removed_but_an_empty_one_stops_finish(
    qtbot: QtBot, applied_language: None
) -> None:
    wizard = _wizard(qtbot)
    editor = wizard.agreements_page.editor
    count = editor.list.count()
    assert not editor.remove_button.isEnabled()  # a standard agreement: untick, not remove
    editor.add_own()
    assert editor.list.count() == count + 1
    assert editor.remove_button.isEnabled()
    assert not editor.check()
    assert editor.problem_label.text().startswith("Er is een afspraak zonder tekst.")
    editor.text_edit.setPlainText("We drinken eerst koffie.")
    assert editor.check()
    assert editor.items()[-1].id == "own-1"
    assert editor.items()[-1].text == "We drinken eerst koffie."
    editor.remove_current()
    assert editor.items() == default_agreements()
    editor.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    editor.reset()
    assert editor.items() == default_agreements()


def test_the_wizard_is_wanted_only_before_set_up_and_not_when_switched_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("OPNAMESTUDIO_NO_WIZARD", raising=False)
    assert wants_wizard(OrgSettings())
    assert not wants_wizard(OrgSettings(set_up=True))
    assert not wants_wizard(None)  # a damaged settings file: told, never overwritten
    monkeypatch.setenv("OPNAMESTUDIO_NO_WIZARD", "1")
    assert not wants_wizard(OrgSettings())


def test_run_shows_the_wizard_before_the_main_window_on_the_first_start(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, safety_net: Callable[[int], None]
) -> None:
    monkeypatch.delenv("OPNAMESTUDIO_NO_WIZARD", raising=False)
    monkeypatch.delenv("OPNAMESTUDIO_LANG", raising=False)
    order: list[str] = []

    class Wizard(FirstRunWizard):
        def exec(self) -> int:
            order.append("wizard")
            self.saved = OrgSettings(organisation="X", language="en", set_up=True)
            save_settings(self.saved)
            return 1

    class Window(app_module.MainWindow):
        def __init__(self) -> None:
            order.append(f"window:{QCoreApplication.translate('MainWindow', 'Record')}")
            super().__init__(device_lister=list)

        def showEvent(self, event: object) -> None:
            QTimer.singleShot(0, QApplication.closeAllWindows)

    monkeypatch.setattr(first_run, "FirstRunWizard", Wizard)
    monkeypatch.setattr(app_module, "MainWindow", Window)
    safety_net(20_000)  # a safety net, never a hang
    assert app_module.run([]) == 0
    # The main window comes after the wizard; the language chosen there is used.
    assert order == ["wizard", "window:Record"]


def test_a_cancelled_wizard_leaves_the_language_it_found(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, safety_net: Callable[[int], None]
) -> None:
    monkeypatch.delenv("OPNAMESTUDIO_NO_WIZARD", raising=False)
    monkeypatch.delenv("OPNAMESTUDIO_LANG", raising=False)
    seen: list[str] = []

    class Wizard(FirstRunWizard):
        def exec(self) -> int:
            apply_language("en")  # the user tried English, then cancelled
            return 0

    class Window(app_module.MainWindow):
        def __init__(self) -> None:
            seen.append(QCoreApplication.translate("MainWindow", "Record"))
            super().__init__(device_lister=list)

        def showEvent(self, event: object) -> None:
            QTimer.singleShot(0, QApplication.closeAllWindows)

    monkeypatch.setattr(first_run, "FirstRunWizard", Wizard)
    monkeypatch.setattr(app_module, "MainWindow", Window)
    safety_net(20_000)
    assert app_module.run([]) == 0
    assert seen == ["Opnemen"]
    assert not load_settings().set_up


def test_run_skips_the_wizard_once_set_up(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, safety_net: Callable[[int], None]
) -> None:
    monkeypatch.delenv("OPNAMESTUDIO_NO_WIZARD", raising=False)
    save_settings(OrgSettings(organisation="X", set_up=True))
    shown: list[str] = []

    class Wizard(FirstRunWizard):
        def exec(self) -> int:
            shown.append("wizard")
            return 0

    class Window(app_module.MainWindow):
        def __init__(self) -> None:
            super().__init__(device_lister=list)

        def showEvent(self, event: object) -> None:
            QTimer.singleShot(0, QApplication.closeAllWindows)

    monkeypatch.setattr(first_run, "FirstRunWizard", Wizard)
    monkeypatch.setattr(app_module, "MainWindow", Window)
    safety_net(20_000)  # a safety net, never a hang
    assert app_module.run([]) == 0
    assert shown == []


def test_the_real_archive_keys_module_saves_a_recovery_key_that_opens_the_archive(
    qtbot: QtBot, applied_language: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from opnamestudio.core import archivekeys
    from opnamestudio.core.agecrypt import decrypt_bytes, encrypt_bytes
    from tests.support.archive import MemoryKeyring

    keyring = MemoryKeyring()
    monkeypatch.setattr(archivekeys, "usable_keyring", lambda backend=None: keyring)
    assert first_run.archive_keys() is archivekeys  # this version has the archive
    panel = RecoveryPanel(archivekeys)
    qtbot.addWidget(panel)
    stick = tmp_path / "stick"
    stick.mkdir()
    assert panel.export_to(stick)
    [saved] = stick.glob("herstelsleutel-*.txt")
    assert str(saved) in panel.status_label.text()
    [recovery] = archivekeys.read_identity_file(saved)
    keys = archivekeys.ArchiveKeys(keyring_backend=keyring)
    assert decrypt_bytes(encrypt_bytes(b"gesprek", keys.recipients()), [recovery]) == b"gesprek"


def test_without_a_keyring_the_recovery_step_says_what_to_do(
    qtbot: QtBot,
    applied_language: None,
    tmp_path: Path,
    dialogs: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from opnamestudio.core import archivekeys

    monkeypatch.setattr(archivekeys, "usable_keyring", lambda backend=None: None)  # no keyring
    panel = RecoveryPanel(archivekeys)
    qtbot.addWidget(panel)
    assert not panel.export_to(tmp_path)
    [dialog] = dialogs.shown
    assert dialog.title == "Het archief heeft een wachtwoord nodig"
    assert not list(tmp_path.glob("herstelsleutel-*"))
