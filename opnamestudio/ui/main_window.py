"""The main window: a calm frame around the pages, the check for interrupted recordings, and a
close that never silently ends a running recording."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)

from opnamestudio.ui.errors import not_archived_reason, show_error, show_info
from opnamestudio.ui.jobs import run_task
from opnamestudio.ui.record_form import DeviceLister
from opnamestudio.ui.record_page import RecordPage, SettingsFactory, SourceFactory
from opnamestudio.ui.resources import icon_path
from opnamestudio.ui.widgets import format_duration

if TYPE_CHECKING:
    from opnamestudio.core.recording import RecordingInfo
    from opnamestudio.core.recover import RecoveryResult
    from opnamestudio.ui.archive_page import ArchivePage
    from opnamestudio.ui.flow import ConversationFlow
    from opnamestudio.ui.recordings_list import RecordingsList
    from opnamestudio.ui.verify_page import VerifyPage

__all__ = ["MainWindow"]


def _recover_all(passphrase: str | None = None) -> list[RecoveryResult]:
    """Recover what a crash left; encrypted journals open with the archive's key (the keyring,
    or ``passphrase``)."""
    # Imported here, on the worker thread: the recording engine is not needed to show the window.
    from opnamestudio.core.recover import archive_identities, recover_all  # noqa: PLC0415

    return recover_all(archive_identities(passphrase) if passphrase else None)


def _locked(result: RecoveryResult) -> bool:
    """Whether a journal waits for the archive passphrase (none given, or a wrong one)."""
    from opnamestudio.core.agecrypt import AgeWrongPassphraseError  # noqa: PLC0415
    from opnamestudio.core.archivekeys import PassphraseRequiredError  # noqa: PLC0415

    return isinstance(result.error, (PassphraseRequiredError, AgeWrongPassphraseError))


def _wrong_passphrase(results: list[RecoveryResult]) -> bool:
    from opnamestudio.core.agecrypt import AgeWrongPassphraseError  # noqa: PLC0415

    return any(isinstance(r.error, AgeWrongPassphraseError) for r in results)


class MainWindow(QMainWindow):
    """OpnameStudio's window: the "Opnemen", "Controleren", "Opnamen" and "Archief" pages side by
    side (Ctrl+1 to Ctrl+4); "Nieuw gesprek" (Ctrl+N, the button beside the tabs) shows the
    conversation flow in "Opnemen". The menus hold the copies (to and from the client, the
    leaflet) and the settings.

    ``source_factory`` replaces the microphone (tests, demos), ``recording_settings_factory``
    builds the engine's settings for an output path and device, ``device_lister`` replaces the
    list of microphones. ``announce_first`` (the default) makes "Opnemen"'s button start a new
    conversation: a recording starts only after its announcement (DESIGN §2 rule 3); tests of
    the bare recording screen turn it off.
    """

    def __init__(
        self,
        *,
        source_factory: SourceFactory | None = None,
        recording_settings_factory: SettingsFactory | None = None,
        device_lister: DeviceLister | None = None,
        announce_first: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._after_paint: list[Callable[[], object]] = []
        self._painted = False
        self.page_actions: list[QAction] = []
        self.setWindowTitle("OpnameStudio")
        self.setWindowIcon(QIcon(str(icon_path("opnamestudio.svg"))))
        self.record_page = RecordPage(
            source_factory=source_factory,
            recording_settings_factory=recording_settings_factory,
            device_lister=device_lister,
            announce_first=announce_first,
        )
        self.record_page.stopped.connect(self._on_recording_stopped)
        self.record_page.conversation_requested.connect(self.new_conversation)
        self.record_page.archive_requested.connect(self.show_archive_page)
        # Built when first needed (the window shows sooner): the conversation flow at the first
        # "Nieuw gesprek", the other tabs when first chosen (a placeholder holds their place).
        self._flow: ConversationFlow | None = None
        self._verify_page: VerifyPage | None = None
        self._recordings_list: RecordingsList | None = None
        self._archive_page: ArchivePage | None = None
        self._unbuilt: dict[str, QWidget] = {}  # the property that builds it -> placeholder
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        tab_font = self.pages.tabBar().font()  # the places of the app: easy to find
        tab_font.setPointSizeF(tab_font.pointSizeF() * 1.2)
        self.pages.tabBar().setFont(tab_font)
        self._add_page(self.record_page, self.tr("Record"), "Ctrl+1", self.show_record_page)
        self._add_page(
            self._placeholder("verify_page"),
            self.tr("Check"),
            "Ctrl+2",
            self.show_verify_page,
        )
        self._add_page(
            self._placeholder("recordings_list"),
            self.tr("Recordings"),
            "Ctrl+3",
            self.show_recordings_list,
        )
        self._add_page(
            self._placeholder("archive_page"),
            # The page's own title ("Archief"), translated in its context.
            QCoreApplication.translate("ArchivePage", "Archive"),
            "Ctrl+4",
            self.show_archive_page,
        )
        self.pages.currentChanged.connect(self._build_current)
        self.new_conversation_action = QAction(self.tr("New conversation"), self)
        self.new_conversation_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_conversation_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_conversation_action.triggered.connect(self.new_conversation)
        self.addAction(self.new_conversation_action)
        self.new_button = QPushButton(self.tr("New conversation"))
        self.new_button.setObjectName("newConversation")
        self.new_button.setAccessibleName(self.tr("Start a new conversation"))
        self.new_button.setToolTip(
            self.tr("Prepare a new conversation ({keys})").format(
                keys=QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.new_button.clicked.connect(self.new_conversation)
        # Beside the tabs with room around it: Qt puts a corner widget on the tab bar's base
        # line, which made the button look cut off at the bottom.
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 8, 4)
        corner_layout.addWidget(self.new_button)
        self.pages.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.setCentralWidget(self.pages)
        self._make_menus()
        self.setMinimumSize(640, 560)
        self.resize(780, 640)
        self._close_when_stopped = False
        # The last outcome of check_unfinished_recordings (for tests and logs).
        self.recovery_results: list[RecoveryResult] | None = None
        # What the attempts of this check found so far (a locked journal takes more than one).
        self._recovery_found: list[RecoveryResult] = []
        #: Asks for the archive passphrase: (parent, explanation, problem or None) -> passphrase
        #: or None; replaceable (tests answer without a dialog).
        self.recovery_passphrase_prompt: Callable[[QWidget, str, str | None], str | None] | None = (
            None
        )

    # ------------------------------------------------------------------ pages

    def _placeholder(self, name: str) -> QWidget:
        placeholder = QWidget()
        self._unbuilt[name] = placeholder
        return placeholder

    def _build_current(self, index: int) -> None:
        for name, placeholder in list(self._unbuilt.items()):
            if self.pages.widget(index) is placeholder:
                getattr(self, name)  # the property builds the page and puts it in the tab

    def _put_in_tab(self, name: str, page: QWidget) -> None:
        """Put a page built late in its placeholder's tab (same title, tooltip, position)."""
        placeholder = self._unbuilt.pop(name)
        index = self.pages.indexOf(placeholder)
        current = self.pages.currentIndex()
        title, tip = self.pages.tabText(index), self.pages.tabToolTip(index)
        blocked = self.pages.blockSignals(True)
        self.pages.removeTab(index)
        self.pages.insertTab(index, page, title)
        self.pages.setTabToolTip(index, tip)
        self.pages.setCurrentIndex(current)
        self.pages.blockSignals(blocked)
        placeholder.deleteLater()

    @property
    def verify_page(self) -> VerifyPage:
        """ "Controleren"."""
        if self._verify_page is None:
            from opnamestudio.ui.verify_page import VerifyPage  # noqa: PLC0415 (see __init__)

            self._verify_page = VerifyPage()
            self._put_in_tab("verify_page", self._verify_page)
        return self._verify_page

    @property
    def recordings_list(self) -> RecordingsList:
        """The "Opnamen" list."""
        if self._recordings_list is None:
            from opnamestudio.ui.recordings_list import RecordingsList  # noqa: PLC0415

            self._recordings_list = RecordingsList()
            self._recordings_list.verify_requested.connect(self.check_recording)
            self._recordings_list.export_requested.connect(self.export_recording)
            self._recordings_list.archive_requested.connect(self.show_archive_page)
            self._put_in_tab("recordings_list", self._recordings_list)
        return self._recordings_list

    def _add_page(self, page: QWidget, title: str, keys: str, show: Callable[[], None]) -> None:
        index = self.pages.addTab(page, title)
        sequence = QKeySequence(keys)
        native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        self.pages.setTabToolTip(index, f"{title} ({native})")
        action = QAction(title, self)
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(show)
        self.addAction(action)
        self.page_actions.append(action)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        more = bar.findChild(QToolButton, "qt_menubar_ext_button")  # shown when the bar is narrow
        if more is not None:
            more.setAccessibleName(self.tr("More menus"))
        conversation = bar.addMenu(self.tr("&Conversation"))
        conversation.addAction(self.new_conversation_action)
        conversation.addSeparator()
        for action in self.page_actions:
            conversation.addAction(action)
        conversation.addSeparator()
        self.quit_action = conversation.addAction(self.tr("&Quit"))
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)

        copies = bar.addMenu(self.tr("C&opies"))
        self.export_action = self._menu_action(
            copies, self.tr("Copy for &client…"), "Ctrl+E", self.choose_and_export
        )
        self.import_action = self._menu_action(
            copies, self.tr("Copy &received from client…"), "Ctrl+I", self.import_received
        )
        copies.addSeparator()
        self.leaflet_action = self._menu_action(
            copies, self.tr("Information &leaflet…"), None, self.show_leaflet
        )

        extra = bar.addMenu(self.tr("&Extra"))
        self.settings_action = self._menu_action(
            extra, self.tr("&Settings…"), "Ctrl+,", self.show_settings
        )

    def _menu_action(
        self, menu: QMenu, title: str, keys: str | None, slot: Callable[[], object]
    ) -> QAction:
        action = menu.addAction(title)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        return action

    # The dialogs are imported when first used (noqa PLC0415): the main window appears sooner.

    def choose_and_export(self) -> None:
        """ "Kopie voor cliënt" of a sealed recording the user chooses."""
        from opnamestudio.ui.export_dialog import choose_and_export  # noqa: PLC0415

        choose_and_export(self)

    def export_recording(self, path: Path) -> None:
        """ "Kopie voor cliënt" of ``path`` (chosen in the recordings list)."""
        from opnamestudio.ui.export_dialog import open_export_dialog  # noqa: PLC0415

        open_export_dialog(self, path)

    def import_received(self) -> None:
        """Take in a recording the client made ("Kopie van cliënt ontvangen")."""
        from opnamestudio.ui.import_dialog import open_import_dialog  # noqa: PLC0415

        open_import_dialog(self)
        if self._recordings_list is not None:  # else it reads the folders when first shown
            self._recordings_list.refresh()

    def show_leaflet(self) -> None:
        """The information leaflet for clients and the website (rule 2)."""
        from opnamestudio.ui.documents import open_leaflet_dialog  # noqa: PLC0415

        open_leaflet_dialog(self)

    def show_settings(self) -> None:
        """The organisation's settings (the first-run wizard's choices, later)."""
        from opnamestudio.ui.settings_dialog import open_settings_dialog  # noqa: PLC0415

        open_settings_dialog(self)

    @property
    def flow(self) -> ConversationFlow:
        """The conversation flow, shown inside "Opnemen" in the recording screen's place."""
        if self._flow is None:
            from opnamestudio.ui.flow import ConversationFlow  # noqa: PLC0415 (see __init__)

            self._flow = ConversationFlow(self.record_page)
            self._flow.recording_continues.connect(self.show_record_page)
            self.record_page.add_view(self._flow)
        return self._flow

    def new_conversation(self) -> None:
        """ "Nieuw gesprek": start at "Voorbereiden" (while recording: show that recording)."""
        if self.record_page.state != "idle":
            # A conversation is running: back to it, at the step it is in.
            if self._flow is not None and self._flow.announcing():
                self.show_conversation_page()
            else:
                self.show_record_page()
            return
        self.show_conversation_page()
        self.flow.new_conversation()

    def show_conversation_page(self) -> None:
        """Show the conversation flow (in "Opnemen") as it is: no reset."""
        self.pages.setCurrentWidget(self.record_page)
        self.record_page.show_view(self.flow)

    def show_record_page(self) -> None:
        """Go to "Opnemen", its recording screen."""
        self.pages.setCurrentWidget(self.record_page)
        self.record_page.show_view(None)
        self.record_page.start_button.setFocus()

    def show_verify_page(self) -> None:
        """Go to "Controleren"."""
        self.pages.setCurrentWidget(self.verify_page)
        self.verify_page.file_button.setFocus()

    @property
    def archive_page(self) -> ArchivePage:
        """The "Archief" page."""
        if self._archive_page is None:
            from opnamestudio.ui.archive_page import ArchivePage  # noqa: PLC0415

            self._archive_page = ArchivePage()
            # Direct connection: the export dialog is modal, and the decrypted copy it gets
            # is deleted as soon as the signal returns.
            self._archive_page.export_requested.connect(self.export_recording)
            self._put_in_tab("archive_page", self._archive_page)
        return self._archive_page

    def show_archive_page(self) -> None:
        """Go to "Archief"."""
        self.pages.setCurrentWidget(self.archive_page)
        self.archive_page.focus_default()

    def show_recordings_list(self) -> None:
        """Go to the recordings list."""
        self.pages.setCurrentWidget(self.recordings_list)
        self.recordings_list.focus_default()

    def check_recording(self, path: Path) -> None:
        """Check ``path`` (chosen in the recordings list) on the "Controleren" page."""
        self.show_verify_page()
        self.verify_page.open_file(path)

    def after_first_paint(self, work: Callable[[], object]) -> None:
        """Run ``work`` once the window has been painted (at once if it already was)."""
        if self._painted:
            QTimer.singleShot(0, work)
        else:
            self._after_paint.append(work)

    def event(self, event: QEvent) -> bool:
        """Notices the first paint, for :meth:`after_first_paint`."""
        handled = super().event(event)
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            for work in self._after_paint:
                QTimer.singleShot(0, work)
            self._after_paint.clear()
        return handled

    # ------------------------------------------------------------------ recovery

    def check_unfinished_recordings(self) -> None:
        """Recover recordings a crash left behind, in the background, and tell the user.

        A journal locked with the archive's key (no keyring here) asks for the archive password
        and is recovered with it; a wrong password asks again; without one the journal stays
        for the next start.
        """
        self._recovery_found = []
        run_task(_recover_all, self._on_recovered)

    def _on_recovered(
        self, *, result: list[RecoveryResult] | None, error: Exception | None
    ) -> None:
        if error is not None:
            self.recovery_results = list(self._recovery_found)
            show_error(self, error)
            return
        results = result or []
        locked = [r for r in results if _locked(r)]
        self._recovery_found.extend(r for r in results if not _locked(r))
        if locked:
            passphrase = self._ask_recovery_passphrase(wrong=_wrong_passphrase(locked))
            if passphrase:
                run_task(functools.partial(_recover_all, passphrase), self._on_recovered)
                return
        found = self._recovery_found
        self.recovery_results = found + locked
        self._report_recovery(found, locked)

    def _ask_recovery_passphrase(self, *, wrong: bool) -> str | None:
        problem = None
        if wrong:
            problem = self.tr("The password is not right.")
            text = self.tr(
                "Enter the archive password again. Or click 'Cancel': the recording then stays "
                "locked and safe, and OpnameStudio restores it at the next start."
            )
        else:
            text = self.tr(
                "A recording was cut off unexpectedly. What was recorded is locked with the "
                "archive's key. Enter the archive password to restore the recording."
            )
        if self.recovery_passphrase_prompt is not None:
            return self.recovery_passphrase_prompt(self, text, problem)
        from opnamestudio.ui.archive_access import ask_passphrase  # noqa: PLC0415

        return ask_passphrase(self, text, problem)

    def _report_recovery(self, results: list[RecoveryResult], locked: list[RecoveryResult]) -> None:
        parts = [self._recovered_text(r, r.info) for r in results if r.info is not None]
        restored = bool(parts)
        if locked:
            parts.append(
                self.tr(
                    "A recording that was cut off is locked with the archive's key and is not "
                    "restored yet. It stays safe: OpnameStudio restores it at the next start. "
                    "Have the archive password ready then."
                )
            )
        if parts:
            title = (
                self.tr("Recording restored") if restored else self.tr("Recording not restored yet")
            )
            show_info(self, title, "\n\n".join(parts))
        for failed in results:
            if failed.error is not None:
                show_error(self, failed.error)

    def _recovered_text(self, result: RecoveryResult, info: RecordingInfo) -> str:
        length = format_duration(info.duration)
        if result.archived is not None:
            return self.tr(
                "A recording was cut off unexpectedly. The recording up to that moment is sealed "
                "and kept in the organisation's archive, locked with its key. You find it on the "
                "page 'Archive'.\nLength: {length}"
            ).format(length=length)
        text = self.tr(
            "A recording was cut off unexpectedly. The recording up to that moment is "
            "kept:\n{path}\nLength: {length}"
        ).format(path=info.path, length=length)
        if result.archive_error is not None:
            text += "\n" + self.tr(
                "It is not in the archive: {reason} Do not delete or move the file, and tell "
                "your IT department: they can put it in the archive later."
            ).format(reason=not_archived_reason(result.archive_error))
        return text

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing while recording asks first, then stops properly and closes afterwards."""
        state = self.record_page.state
        if state == "idle":
            event.accept()
            return
        event.ignore()
        if state == "stopping":
            self._close_when_stopped = True
            return
        if self._confirm_stop():
            self._close_when_stopped = True
            self.record_page.stop_recording()

    def _confirm_stop(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("A recording is running"))
        box.setText(self.tr("<b>A recording is running</b>"))
        box.setInformativeText(
            self.tr(
                "Do you want to stop the recording and close OpnameStudio? The recording is kept."
            )
        )
        stop = box.addButton(self.tr("Stop and close"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep recording"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is stop

    def _on_recording_stopped(self) -> None:
        if self._close_when_stopped:
            self._close_when_stopped = False
            self.close()
