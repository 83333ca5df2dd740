"""The first start: a short wizard that sets up the organisation on this laptop (issue 8).

Pages, in order: language (applied at once, so the rest reads in it), the organisation (name,
website, contact, how long recordings are kept), the signing key with its sleutel-ID shown large
to publish on the website (rule 2), the recovery key of the encrypted archive, and the default
agreements (editable). Finishing saves ``OrgSettings`` with ``set_up`` True.

The parts are widgets of their own (``LanguageChoice``, ``OrganisationForm``, ``KeyPanel``,
``RecoveryPanel``, ``AgreementsEditor``) so the settings dialog shows the same ones later.
Each sets its texts in ``retranslate`` and redoes them on ``QEvent.LanguageChange``: the
language page switches the language while the wizard is open.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from opnamestudio.core import paths
from opnamestudio.core.display import format_key_id
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.keys import SigningKey, load_or_create_signing_key
from opnamestudio.core.orgsettings import (
    MAX_RETENTION_MONTHS,
    MAX_TEXT,
    OrgSettings,
    effective_agreements,
    save_settings,
)
from opnamestudio.core.session import AgreementItem, default_agreements
from opnamestudio.ui.errors import show_error
from opnamestudio.ui.resources import icon_path

__all__ = [
    "LANGUAGE_NAMES",
    "AgreementsEditor",
    "FirstRunWizard",
    "KeyPanel",
    "LanguageChoice",
    "OrganisationForm",
    "RecoveryPanel",
    "archive_keys",
]

#: Each language in its own name: never translated, so everyone finds their own.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}

#: The module the encrypted archive brings; its ``export_recovery_key(folder) -> Path`` writes
#: the recovery key into ``folder`` (a USB stick) and returns the file.
ARCHIVE_KEYS_MODULE = "opnamestudio.core.archivekeys"

COPIED_MS = 2500
OWN_PREFIX = "own-"

#: The tick boxes of the agreements: an outline in the text colour reads on light and dark
#: palettes alike (some styles draw an empty box nearly invisible on dark); ticked is the seal's
#: green of the app icon.
AGREEMENT_LIST_STYLE = """
QListWidget::indicator {{
    width: 14px; height: 14px; border-radius: 3px;
    border: 2px solid palette(text); background: palette(base);
}}
QListWidget::indicator:checked {{
    background: #2f8f6f; border-color: #2f8f6f; image: url("{check}");
}}
"""


def archive_keys() -> ModuleType | None:
    """The archive's key module when this version has one (with ``export_recovery_key``)."""
    try:
        module = importlib.import_module(ARCHIVE_KEYS_MODULE)
    except ImportError:
        return None
    return module if callable(getattr(module, "export_recovery_key", None)) else None


def _problem_style(widget: QWidget) -> str:
    """A red that reads on the light and on the dark palette."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return f"color: {'#ff8a80' if dark else '#b3261e'};"


def _muted(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class _Translatable(QWidget):
    """A widget that sets its texts in ``retranslate`` and redoes them when the language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text; called at construction and on a language change."""


# ---------------------------------------------------------------------------- the parts


class LanguageChoice(_Translatable):
    """Nederlands or English, as radio buttons; ``language_chosen`` at each change."""

    language_chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.buttons: dict[str, QRadioButton] = {}
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for code, name in LANGUAGE_NAMES.items():
            button = QRadioButton(name)
            font = QFont(button.font())
            font.setPointSizeF(font.pointSizeF() * 1.25)
            button.setFont(font)
            self.buttons[code] = button
            self._group.addButton(button)
            layout.addWidget(button)
        self.note = _muted(QLabel())
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.box = layout
        self.buttons.get(language, self.buttons["nl"]).setChecked(True)
        self._group.buttonToggled.connect(self._on_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("In which language should OpnameStudio speak to you?"))
        self.note.setText(
            self.tr(
                "What clients read and hear (the agreements, the text on their copy) is always "
                "in Dutch."
            )
        )

    def language(self) -> str:
        """The chosen language code."""
        for code, button in self.buttons.items():
            if button.isChecked():
                return code
        return "nl"

    def _on_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.language_chosen.emit(self.language())


class OrganisationForm(_Translatable):
    """Name (required), website, contact and the retention period of the organisation."""

    def __init__(self, settings: OrgSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(settings.organisation)
        self.website_edit = QLineEdit(settings.website)
        self.contact_edit = QLineEdit(settings.contact)
        for edit in (self.name_edit, self.website_edit, self.contact_edit):
            edit.setMaxLength(MAX_TEXT)
        self.retention_spin = QSpinBox()
        self.retention_spin.setRange(1, MAX_RETENTION_MONTHS)
        self.retention_spin.setValue(settings.retention_months)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self._labels,
            (self.name_edit, self.website_edit, self.contact_edit, self.retention_spin),
            strict=True,
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        self.name_edit.textChanged.connect(self._clear_problem)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Who records? The name appears on the agreements, on the client's copy and in "
                "the information for your website."
            )
        )
        texts = (
            self.tr("&Organisation:"),
            self.tr("&Website:"),
            self.tr("&Contact (phone or e-mail):"),
            self.tr("&Keep recordings for:"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.name_edit.setPlaceholderText(self.tr("for example: Jeugdzorg Zuid"))
        self.website_edit.setPlaceholderText(self.tr("for example: www.jeugdzorgzuid.nl"))
        self.retention_spin.setSuffix(self.tr(" months"))

    def apply_to(self, settings: OrgSettings) -> OrgSettings:
        """``settings`` with this form's values."""
        return settings.replace(
            organisation=self.name_edit.text().strip(),
            website=self.website_edit.text().strip(),
            contact=self.contact_edit.text().strip(),
            retention_months=self.retention_spin.value(),
        )

    def check(self) -> bool:
        """Whether the form can be saved; otherwise says why and puts the cursor there."""
        if self.name_edit.text().strip():
            return True
        self.problem_label.setStyleSheet(_problem_style(self))
        self.problem_label.setText(self.tr("Fill in the name of the organisation."))
        self.problem_label.show()
        self.name_edit.setFocus()
        return False

    def _clear_problem(self) -> None:
        self.problem_label.hide()


class KeyPanel(_Translatable):
    """The installation's signing key: its sleutel-ID large and copyable, the .pub to save.

    ``create_key`` makes the key when there is none yet (``load_or_create_signing_key``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key: SigningKey | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.title_label = QLabel()
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.key_label = QLabel()
        self.key_label.setObjectName("keyId")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(22)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.choose_public_key_file)
        self.status_label = _muted(QLabel())
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.setInterval(COPIED_MS)
        self._copied_timer.timeout.connect(self.retranslate)

        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setBackgroundRole(QPalette.ColorRole.Base)
        box.setAutoFillBackground(True)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.addWidget(self.title_label)
        inner.addWidget(self.key_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(box)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self._show_key()
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "OpnameStudio signs every recording with the key of this computer. Put the key "
                "ID on the website of your organisation, with the information about recording "
                "conversations. Then clients, a complaints committee or a court can check that "
                "a recording comes from you."
            )
        )
        self.title_label.setText(self.tr("Key ID (publish this on your website)"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copies the key ID, to paste it into the website"))
        self.save_button.setText(self.tr("Save the public key…"))
        self.save_button.setToolTip(
            self.tr("A small file for experts who check seals with the minisign tool")
        )
        if self._copied_timer.isActive():
            self.copy_button.setText(self.tr("Copied"))

    def create_key(self) -> bool:
        """Create the key (or load the existing one); False, after telling why, when it fails."""
        if self.key is not None:
            return True
        try:
            self.key = load_or_create_signing_key()
        except (OpnameError, OSError) as exc:
            show_error(self, exc)
            return False
        self._show_key()
        return True

    def key_id(self) -> str:
        """The sleutel-ID as shown (24 digits in groups of four), or ``""``."""
        return format_key_id(self.key.public.key_id) if self.key is not None else ""

    def copy(self) -> None:
        """Put the key ID, as shown, on the clipboard."""
        if self.key is None:
            return
        QGuiApplication.clipboard().setText(self.key_id())
        self._copied_timer.start()
        self.copy_button.setText(self.tr("Copied"))

    def choose_public_key_file(self) -> None:
        """Ask where to save the public key, then save it."""
        if self.key is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the public key"),
            str(Path.home() / "opnamestudio.pub"),
            self.tr("Public key (*.pub)"),
        )
        if name:
            self.save_public_key(Path(name))

    def save_public_key(self, path: Path) -> bool:
        """Write the minisign ``.pub`` file to ``path``; False, after telling why, on failure."""
        if self.key is None:
            return False
        try:
            path.write_text(self.key.public.to_minisign(), encoding="utf-8")
        except OSError as exc:
            show_error(self, exc)
            return False
        self.status_label.setText(self.tr("Saved: {path}").format(path=path))
        return True

    def _show_key(self) -> None:
        shown = self.key_id()
        self.key_label.setText(shown or "…")
        self.key_label.setAccessibleDescription(shown.replace(" ", ", "))
        self.key_label.setToolTip(self.key.public.key_id if self.key is not None else "")
        self.copy_button.setEnabled(self.key is not None)
        self.save_button.setEnabled(self.key is not None)


class RecoveryPanel(_Translatable):
    """The recovery key of the encrypted archive, saved to a folder or USB stick.

    Uses ``opnamestudio.core.archivekeys`` when this version has it; otherwise says plainly that
    the recovery key comes with the encrypted archive, and what to back up until then.
    """

    def __init__(self, module: ModuleType | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.module = module
        self.exported: Path | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_folder)
        self.export_button.setVisible(module is not None)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.retranslate()

    @property
    def available(self) -> bool:
        """Whether this version can export a recovery key."""
        return self.module is not None

    def retranslate(self) -> None:
        if self.module is not None:
            self.intro.setText(
                self.tr(
                    "Recordings in OpnameStudio's archive are stored encrypted. If the computer "
                    "breaks or the key is lost, only the recovery key can open them again.\n\n"
                    "Save the recovery key on a USB stick and keep it locked away, apart from "
                    "this laptop. Your IT department may already keep one: ask them."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "A recovery key belongs to the encrypted archive, which comes in a later "
                    "version of OpnameStudio. This version stores recordings as ordinary files, "
                    "so there is no recovery key to save yet.\n\n"
                    "Until then, make sure this folder is in the backup:\n{folder}"
                ).format(folder=paths.data_dir())
            )
        self.export_button.setText(self.tr("Save the recovery key…"))
        if self.exported is not None:
            self._show_saved()

    def choose_folder(self) -> None:
        """Ask for the USB stick or folder, then save the recovery key there."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the USB stick or folder for the recovery key")
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> bool:
        """Save the recovery key into ``folder``; False, after telling why, on failure."""
        if self.module is None:
            return False
        try:
            self.exported = Path(self.module.export_recovery_key(folder))
        except (OpnameError, OSError) as exc:
            show_error(self, exc)
            return False
        self._show_saved()
        return True

    def _show_saved(self) -> None:
        self.status_label.setText(
            self.tr("Saved: {path}. Keep it locked away.").format(path=self.exported)
        )


class AgreementsEditor(_Translatable):
    """The default agreements: switch each on or off, edit its text, add your own.

    The texts stay Dutch whatever the UI language: they are read aloud to the client.
    """

    def __init__(self, items: tuple[AgreementItem, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setStyleSheet(
            AGREEMENT_LIST_STYLE.format(check=icon_path("check.svg").as_posix())
        )
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.text_label = QLabel()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setMaximumHeight(80)
        self.text_edit.textChanged.connect(self._on_text_edited)
        self.text_label.setBuddy(self.text_edit)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_own)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_current)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text_edit)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        self.set_items(items)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "These agreements are shown and read aloud before every recording. Tick the "
                "ones your organisation makes; you can change the text. Agreements stay in "
                "Dutch: the client hears them."
            )
        )
        self.text_label.setText(self.tr("&Text of the chosen agreement:"))
        self.add_button.setText(self.tr("Add an agreement"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(
            self.tr("Only agreements you added can be removed; untick the others")
        )
        self.reset_button.setText(self.tr("Back to the standard agreements"))

    def set_items(self, items: tuple[AgreementItem, ...]) -> None:
        """Show ``items``, the first one chosen."""
        self.list.clear()
        for item in items:
            self._append(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._on_current_changed(self.list.currentItem(), None)

    def items(self) -> tuple[AgreementItem, ...]:
        """The agreements as edited."""
        result = []
        for row in range(self.list.count()):
            entry = self.list.item(row)
            result.append(
                AgreementItem(
                    str(entry.data(Qt.ItemDataRole.UserRole)),
                    entry.text().strip(),
                    on=entry.checkState() == Qt.CheckState.Checked,
                )
            )
        return tuple(result)

    def check(self) -> bool:
        """Whether every agreement has a text; otherwise says so and chooses the empty one."""
        for row in range(self.list.count()):
            if not self.list.item(row).text().strip():
                self.list.setCurrentRow(row)
                self.problem_label.setStyleSheet(_problem_style(self))
                self.problem_label.setText(
                    self.tr("An agreement without text: write it, or remove it.")
                )
                self.problem_label.show()
                self.text_edit.setFocus()
                return False
        return True

    def reset(self) -> None:
        """The built-in agreements again."""
        self.set_items(default_agreements())

    def add_own(self) -> None:
        """A new agreement of the organisation's own, ticked, ready to write."""
        taken = {self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())}
        number = 1
        while f"{OWN_PREFIX}{number}" in taken:
            number += 1
        entry = self._append(AgreementItem(f"{OWN_PREFIX}{number}", "…", on=True))
        entry.setText("")
        self.list.setCurrentItem(entry)
        self.text_edit.setFocus()

    def remove_current(self) -> None:
        """Remove the chosen agreement if it is one of the organisation's own."""
        entry = self.list.currentItem()
        if entry is not None and self._is_own(entry):
            self.list.takeItem(self.list.row(entry))

    def _append(self, item: AgreementItem) -> QListWidgetItem:
        entry = QListWidgetItem(item.text)
        entry.setData(Qt.ItemDataRole.UserRole, item.id)
        entry.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        entry.setCheckState(Qt.CheckState.Checked if item.on else Qt.CheckState.Unchecked)
        self.list.addItem(entry)
        return entry

    @staticmethod
    def _is_own(entry: QListWidgetItem) -> bool:
        return str(entry.data(Qt.ItemDataRole.UserRole)).startswith(OWN_PREFIX)

    def _on_current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        self.text_edit.blockSignals(True)
        self.text_edit.setPlainText(current.text() if current is not None else "")
        self.text_edit.blockSignals(False)
        self.text_edit.setEnabled(current is not None)
        self.remove_button.setEnabled(current is not None and self._is_own(current))

    def _on_text_edited(self) -> None:
        entry = self.list.currentItem()
        if entry is not None:
            entry.setText(" ".join(self.text_edit.toPlainText().split()))
            self.problem_label.hide()


# ---------------------------------------------------------------------------- the wizard


class _Page(QWizardPage):
    """A page around one part; its title follows the language."""

    def __init__(self, part: QWidget) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(part)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the title and subtitle."""


class LanguagePage(_Page):
    """Which language the app speaks; applied when the user goes on."""

    def __init__(self, settings: OrgSettings, on_language: Callable[[str], None]) -> None:
        self.choice = LanguageChoice(settings.language)
        self._on_language = on_language
        super().__init__(self.choice)
        self.choice.language_chosen.connect(self._apply)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to OpnameStudio"))
        self.setSubTitle(
            self.tr("Four short steps set up OpnameStudio for your organisation on this computer.")
        )

    def _apply(self, language: str) -> None:
        self._on_language(language)


class OrganisationPage(_Page):
    """The organisation; its name is required."""

    def __init__(self, settings: OrgSettings) -> None:
        self.form = OrganisationForm(settings)
        super().__init__(self.form)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your organisation"))
        self.setSubTitle(self.tr("Step 1 of 4"))

    def validatePage(self) -> bool:
        return self.form.check()


class KeyPage(_Page):
    """The signing key, created when the page is shown."""

    def __init__(self) -> None:
        self.panel = KeyPanel()
        super().__init__(self.panel)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The key of this computer"))
        self.setSubTitle(self.tr("Step 2 of 4"))

    def initializePage(self) -> None:
        self.panel.create_key()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.panel.key is not None


class RecoveryPage(_Page):
    """The recovery key: to a USB stick when the archive exists, else what to back up."""

    def __init__(self, module: ModuleType | None) -> None:
        self.panel = RecoveryPanel(module)
        super().__init__(self.panel)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(self.tr("Step 3 of 4"))


class AgreementsPage(_Page):
    """The default agreements, editable."""

    def __init__(self, settings: OrgSettings) -> None:
        self.editor = AgreementsEditor(effective_agreements(settings))
        super().__init__(self.editor)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The agreements"))
        self.setSubTitle(self.tr("Step 4 of 4"))

    def validatePage(self) -> bool:
        return self.editor.check()


class FirstRunWizard(QWizard):
    """The first start. ``saved`` holds the settings once Finish saved them.

    ``on_language`` applies a language to the running app (``ui.app.apply_language``);
    ``archive_module`` replaces the lookup of the archive's key module (tests).
    """

    def __init__(
        self,
        settings: OrgSettings | None = None,
        *,
        on_language: Callable[[str], None] | None = None,
        archive_module: ModuleType | bool | None = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings or OrgSettings()
        self.saved: OrgSettings | None = None
        self._on_language = on_language or _apply_language
        module = archive_keys() if archive_module is True else archive_module
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        icon = QIcon(str(icon_path("opnamestudio.svg")))
        self.setWindowIcon(icon)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon.pixmap(48, 48))
        self.language_page = LanguagePage(self._settings, self._language_chosen)
        self.organisation_page = OrganisationPage(self._settings)
        self.key_page = KeyPage()
        self.recovery_page = RecoveryPage(module if isinstance(module, ModuleType) else None)
        self.agreements_page = AgreementsPage(self._settings)
        for page in (
            self.language_page,
            self.organisation_page,
            self.key_page,
            self.recovery_page,
            self.agreements_page,
        ):
            self.addPage(page)
        self.setMinimumSize(640, 540)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The window title and the buttons in the current language."""
        self.setWindowTitle(self.tr("Set up OpnameStudio"))
        for which, text in (
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(which, text)

    def language(self) -> str:
        """The chosen language."""
        return self.language_page.choice.language()

    def settings(self) -> OrgSettings:
        """The settings as filled in (``set_up`` True)."""
        edited = self.organisation_page.form.apply_to(self._settings)
        agreements = self.agreements_page.editor.items()
        return dataclasses.replace(
            edited,
            language=self.language(),
            agreements=() if agreements == default_agreements() else agreements,
            set_up=True,
        )

    def accept(self) -> None:
        """Save the settings, then close; a failed save is told and the wizard stays open."""
        try:
            settings = self.settings()
            save_settings(settings)
        except (OpnameError, OSError) as exc:
            show_error(self, exc)
            return
        self.saved = settings
        super().accept()

    def _language_chosen(self, language: str) -> None:
        self._on_language(language)


def _apply_language(language: str) -> None:
    from opnamestudio.ui.app import apply_language  # noqa: PLC0415 - app imports this module

    apply_language(language)
