"""Where a recording comes from and where it goes: the microphone, the folder, the file name.

Shows a clear empty state when there is no microphone, and only proposes and accepts file names
that a FAT32 USB stick takes too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from opnamestudio.core import naming, paths
from opnamestudio.core.errors import OpnameError

if TYPE_CHECKING:
    from opnamestudio.core.devices import DeviceInfo

__all__ = ["CONTAINER", "DeviceLister", "RecordingForm"]

log = logging.getLogger(__name__)

DeviceLister = Callable[[], "list[DeviceInfo]"]


def _system_devices() -> list[DeviceInfo]:
    """The computer's microphones, read again (a microphone plugged in since shows up)."""
    # PortAudio is loaded here, after the window is on screen, not when the app starts.
    from opnamestudio.core.devices import list_input_devices  # noqa: PLC0415

    return list_input_devices(rescan=True)


# The container of new recordings (DESIGN §4: FLAC by default).
CONTAINER = "flac"


class RecordingForm(QWidget):
    """Microphone chooser, folder and file name."""

    # Emitted after the list of microphones was read (again).
    devices_changed = Signal()

    def __init__(
        self, device_lister: DeviceLister | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._device_lister = device_lister or _system_devices
        # The system's list is read once the form is first on screen (the app starts sooner);
        # a given lister (tests, demos) is asked at once.
        self._searching = device_lister is None
        self._search_scheduled = False
        self._devices: list[DeviceInfo] = []

        self.device_combo = QComboBox()
        self.device_combo.setAccessibleName(self.tr("Microphone"))
        self.device_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.no_device_label = QLabel(self.tr("No microphone found"))
        self.no_device_label.setObjectName("notice")
        self.no_device_label.setAccessibleName(self.tr("No microphone found"))
        # Two short lines rather than word wrap, which Qt's form layout sizes a line too high.
        self.no_device_help = QLabel(
            self.tr(
                "Connect a microphone and click 'Search again'.\n"
                "Still nothing? Check the sound settings of the computer."
            )
        )
        self.no_device_help.setAccessibleName(self.tr("What to do without a microphone"))
        self.refresh_button = QPushButton(self.tr("Search again"))
        self.refresh_button.setAccessibleName(self.tr("Search for microphones again"))
        self.refresh_button.clicked.connect(self.refresh_devices)
        device_row = QHBoxLayout()
        device_row.addWidget(self.device_combo, 1)
        device_row.addWidget(self.no_device_label, 1)
        device_row.addWidget(self.refresh_button)

        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.textChanged.connect(self.folder_edit.setToolTip)
        self.folder_edit.setText(str(paths.recordings_dir()))
        self.folder_edit.setAccessibleName(self.tr("Folder for the recording"))
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.folder_button.setAccessibleName(self.tr("Choose the folder for the recording"))
        self.folder_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("File name of the recording"))
        self.name_edit.setMaxLength(naming.MAX_NAME_LENGTH)
        self.name_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(f"[{naming.ALLOWED_CHARS}]*"), self)
        )
        self.name_edit.setToolTip(self.tr("Letters, digits, spaces and - _ . ( ) are allowed."))
        self.name_problem = QLabel()
        self.name_problem.setObjectName("problem")
        self.name_problem.setWordWrap(True)
        self.name_problem.setAccessibleName(self.tr("Problem with the file name"))
        self.name_problem.hide()

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(self.tr("&Microphone:"), self.device_combo), device_row)
        form.addRow("", self.no_device_help)
        form.addRow(self._buddy(self.tr("&Save in:"), self.folder_edit), folder_row)
        form.addRow(self._buddy(self.tr("File &name:"), self.name_edit), self.name_edit)
        form.addRow("", self.name_problem)

        self.propose_name()
        if self._searching:
            self._show_searching()
        else:
            self.refresh_devices()

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # ------------------------------------------------------------------ devices

    def paintEvent(self, event: QPaintEvent) -> None:
        """Once painted for the first time, read the system's microphones (the window is up)."""
        super().paintEvent(event)
        if self._searching and not self._search_scheduled:
            self._search_scheduled = True
            QTimer.singleShot(0, self.refresh_devices)

    def ensure_listed(self) -> None:
        """Read the system's microphones now if that has not happened yet."""
        if self._searching:
            self.refresh_devices()

    def searching(self) -> bool:
        """True until the system's microphones have been read for the first time."""
        return self._searching

    def _show_searching(self) -> None:
        self.device_combo.clear()
        self.device_combo.addItem(self.tr("Looking for microphones…"))
        self.device_combo.setEnabled(False)
        self.no_device_label.hide()
        self.no_device_help.hide()

    def refresh_devices(self) -> None:
        """Read the list of microphones again; shows the empty state when there are none."""
        self._searching = False
        self.device_combo.setEnabled(True)
        try:
            devices = self._device_lister()
        except OpnameError as exc:
            log.warning("cannot list input devices: %s", exc.one_line())
            devices = []
        self._devices = devices
        self.device_combo.clear()
        for device in devices:
            name = device.name
            if device.is_default:
                name = self.tr("{name} (default)").format(name=device.name)
            self.device_combo.addItem(name, device.index)
        self.device_combo.setVisible(bool(devices))
        self.no_device_label.setVisible(not devices)
        self.no_device_help.setVisible(not devices)
        self.devices_changed.emit()

    def has_devices(self) -> bool:
        """Whether there is a microphone to choose."""
        return bool(self._devices)

    def selected_device(self) -> int | None:
        """The chosen device's number, or None for the default."""
        data = self.device_combo.currentData()
        return data if isinstance(data, int) else None

    # ------------------------------------------------------------------ file

    def choose_folder(self) -> None:
        """Ask for the folder the recording goes to."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the recording"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)
            self.propose_name()

    def folder(self) -> Path:
        """The chosen folder."""
        return Path(self.folder_edit.text())

    def output_path(self) -> Path | None:
        """The file to record to; None (and the problem shown) when the name cannot be used."""
        name = naming.with_extension(self.name_edit.text(), CONTAINER)
        if not naming.is_safe_file_name(name):
            self.name_problem.setText(
                self.tr("This name cannot be used. Use letters, digits, spaces and - _ . ( )")
            )
            self.name_problem.show()
            self.name_edit.setFocus()
            return None
        self.name_problem.hide()
        self.name_edit.setText(name)
        return self.folder() / name

    def propose_name(self) -> None:
        """A fresh default name (date and time) that is not taken in the folder."""
        self.name_edit.setText(naming.free_file_name(self.folder(), datetime.now(), CONTAINER))
        self.name_problem.hide()

    def set_editable(self, editable: bool) -> None:
        """Lock the choices while a recording runs."""
        for widget in (
            self.device_combo,
            self.refresh_button,
            self.folder_edit,
            self.folder_button,
            self.name_edit,
        ):
            widget.setEnabled(editable)
