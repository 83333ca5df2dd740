"""The settings dialog: the wizard's parts as tabs, saved on Save, nothing on Cancel; a damaged
settings file is told and left alone."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from opnamestudio.core import paths
from opnamestudio.core.display import format_key_id
from opnamestudio.core.keys import load_or_create_signing_key
from opnamestudio.core.orgsettings import OrgSettings, load_settings, save_settings, settings_path
from opnamestudio.ui import app as app_module
from opnamestudio.ui.app import apply_language
from opnamestudio.ui.settings_dialog import SettingsDialog, open_settings_dialog
from tests.gui.conftest import DialogRecorder

SET_UP = OrgSettings(organisation="Jeugdzorg Zuid", website="www.jz.nl", set_up=True)


@pytest.fixture
def dutch_app(qapp: QApplication) -> Iterator[None]:
    apply_language("nl")
    yield
    app_module._remove_applied_language()


def _dialog(qtbot: QtBot, settings: OrgSettings = SET_UP) -> SettingsDialog:
    dialog = SettingsDialog(settings, archive_module=None)
    qtbot.addWidget(dialog)  # not shown: the offscreen platform warns about dialogs' size hints
    return dialog


def _save_button(dialog: SettingsDialog) -> QDialogButtonBox:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box


def test_the_tabs_show_the_saved_settings_in_dutch(qtbot: QtBot, dutch_app: None) -> None:
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == "Instellingen"
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Organisatie", "Sleutel", "Herstelsleutel", "Afspraken", "Taal"]
    assert dialog.organisation.name_edit.text() == "Jeugdzorg Zuid"
    assert dialog.organisation.website_edit.text() == "www.jz.nl"
    assert dialog.language.language() == "nl"


def test_looking_at_the_settings_creates_no_key_until_the_key_tab(
    qtbot: QtBot, dutch_app: None
) -> None:
    dialog = _dialog(qtbot)
    key_file = paths.data_dir() / "keys" / "signing-key.pem"
    assert not key_file.exists()
    dialog.tabs.setCurrentWidget(dialog.key)
    assert key_file.is_file()
    assert dialog.key.key_label.text() == format_key_id(load_or_create_signing_key().public.key_id)


def test_save_stores_the_edits(qtbot: QtBot, dutch_app: None) -> None:
    save_settings(SET_UP)
    dialog = _dialog(qtbot)
    dialog.organisation.contact_edit.setText("info@jz.nl")
    dialog.organisation.retention_spin.setValue(6)
    dialog.language.buttons["en"].click()
    dialog.agreements.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    save = _save_button(dialog).button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "Opslaan"
    save.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = load_settings()
    assert saved == dialog.saved
    assert (saved.contact, saved.retention_months, saved.language) == ("info@jz.nl", 6, "en")
    assert not saved.agreements[0].on
    assert saved.organisation == "Jeugdzorg Zuid"


def test_an_empty_name_keeps_the_dialog_open_on_its_tab(qtbot: QtBot, dutch_app: None) -> None:
    save_settings(SET_UP)
    dialog = _dialog(qtbot)
    dialog.tabs.setCurrentWidget(dialog.language)
    dialog.organisation.name_edit.clear()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.saved is None
    assert dialog.tabs.currentWidget() is dialog.organisation
    assert dialog.organisation.problem_label.text() == "Vul de naam van de organisatie in."
    assert load_settings() == SET_UP


def test_cancel_changes_nothing(qtbot: QtBot, dutch_app: None) -> None:
    save_settings(SET_UP)
    dialog = _dialog(qtbot)
    dialog.organisation.name_edit.setText("Iets anders")
    dialog.reject()
    assert dialog.saved is None
    assert load_settings() == SET_UP


def test_open_settings_dialog_returns_what_was_saved(
    qtbot: QtBot, dutch_app: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(SET_UP)

    def save_when_shown(dialog: SettingsDialog) -> int:
        dialog.organisation.name_edit.setText("Blijf Groep")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", save_when_shown)
    saved = open_settings_dialog(None)
    assert saved is not None
    assert saved.organisation == "Blijf Groep"
    assert load_settings().organisation == "Blijf Groep"


def test_a_damaged_settings_file_is_told_and_left_alone(
    qtbot: QtBot, dutch_app: None, dialogs: DialogRecorder, safety_net: Callable[[int], None]
) -> None:
    settings_path().write_text("{kapot", encoding="utf-8")
    safety_net(10_000)  # should a dialog block: no hang
    assert open_settings_dialog(None) is None
    assert [d.title for d in dialogs.shown] == ["De instellingen zijn niet te lezen"]
    assert settings_path().read_text(encoding="utf-8") == "{kapot"
