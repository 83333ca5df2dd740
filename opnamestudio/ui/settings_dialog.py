"""Settings, after the first start: the wizard's parts again, as tabs (issue 8: "settings
reachable later").

``open_settings_dialog(parent)`` is what the main window's menu calls. A damaged settings file
is told (it may be what IT deployed) and never silently overwritten with defaults. A new
language is saved and used from the next start: the open windows keep theirs.
"""

from __future__ import annotations

import dataclasses
from types import ModuleType

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from opnamestudio.core.errors import OpnameError
from opnamestudio.core.orgsettings import (
    OrgSettings,
    effective_agreements,
    load_settings,
    save_settings,
)
from opnamestudio.core.session import default_agreements
from opnamestudio.ui.errors import show_error
from opnamestudio.ui.first_run import (
    AgreementsEditor,
    KeyPanel,
    LanguageChoice,
    OrganisationForm,
    RecoveryPanel,
    archive_keys,
)

__all__ = ["SettingsDialog", "open_settings_dialog"]


class SettingsDialog(QDialog):
    """The organisation, the key, the recovery key, the agreements and the language.

    ``saved`` holds the settings once Save stored them. ``archive_module`` replaces the lookup
    of the archive's key module (tests).
    """

    def __init__(
        self,
        settings: OrgSettings,
        *,
        archive_module: ModuleType | bool | None = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.saved: OrgSettings | None = None
        module = archive_keys() if archive_module is True else archive_module
        self.setWindowTitle(self.tr("Settings"))
        self.organisation = OrganisationForm(settings)
        self.key = KeyPanel()
        self.recovery = RecoveryPanel(module if isinstance(module, ModuleType) else None)
        self.agreements = AgreementsEditor(effective_agreements(settings))
        self.language = LanguageChoice(settings.language)
        self.language_note = QLabel(self.tr("The new language is used from the next start."))
        self.language_note.setWordWrap(True)
        self.language.box.insertWidget(self.language.box.count() - 1, self.language_note)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.organisation, self.tr("Organisation"))
        self.tabs.addTab(self.key, self.tr("Key"))
        self.tabs.addTab(self.recovery, self.tr("Recovery key"))
        self.tabs.addTab(self.agreements, self.tr("Agreements"))
        self.tabs.addTab(self.language, self.tr("Language"))
        self.tabs.currentChanged.connect(self._on_tab)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(680, 560)

    def settings(self) -> OrgSettings:
        """The settings as edited."""
        agreements = self.agreements.items()
        return dataclasses.replace(
            self.organisation.apply_to(self._settings),
            language=self.language.language(),
            agreements=() if agreements == default_agreements() else agreements,
            set_up=True,
        )

    def accept(self) -> None:
        """Check, save, close; what is wrong is shown on its tab and the dialog stays open."""
        for tab, check in (
            (self.organisation, self.organisation.check),
            (self.agreements, self.agreements.check),
        ):
            if not check():
                self.tabs.setCurrentWidget(tab)
                return
        try:
            settings = self.settings()
            save_settings(settings)
        except (OpnameError, OSError) as exc:
            show_error(self, exc)
            return
        self.saved = settings
        super().accept()

    def _on_tab(self, index: int) -> None:
        # The key exists after the first start; loading it only when its tab is opened keeps
        # the dialog from creating one as a side effect of merely looking at the settings.
        if self.tabs.widget(index) is self.key:
            self.key.create_key()


def open_settings_dialog(parent: QWidget | None = None) -> OrgSettings | None:
    """Show the settings; the saved settings, or None when cancelled or unreadable."""
    try:
        settings = load_settings()
    except OpnameError as exc:
        show_error(parent, exc)
        return None
    dialog = SettingsDialog(settings, parent=parent)
    dialog.exec()
    return dialog.saved
