"""Start the desktop app: QApplication, translations, the first-run wizard, the main window, the
recovery check; and the Qt part of ``opnamestudio --self-test``."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from opnamestudio.core.errors import OpnameError
from opnamestudio.core.orgsettings import LANGUAGES, OrgSettings, load_settings
from opnamestudio.ui.collector import MainThreadCollector
from opnamestudio.ui.errors import show_error
from opnamestudio.ui.jobs import wait_for_jobs
from opnamestudio.ui.main_window import MainWindow
from opnamestudio.ui.resources import icon_path, translations_dir

__all__ = [
    "DEFAULT_LANGUAGE",
    "apply_language",
    "install_translators",
    "language",
    "run",
    "self_check",
    "wants_wizard",
]

log = logging.getLogger(__name__)

APP_NAME = "OpnameStudio"
# The source strings are English; everyone else gets Dutch unless OPNAMESTUDIO_LANG says so.
DEFAULT_LANGUAGE = "nl"


#: Set to 1 to start without the first-run wizard (tests, benchmarks, IT's scripted installs).
NO_WIZARD_ENV = "OPNAMESTUDIO_NO_WIZARD"

# The translators apply_language installed last: replaced by the next call.
_applied: list[QTranslator] = []


def language(settings: OrgSettings | None = None) -> str:
    """The UI language: ``OPNAMESTUDIO_LANG`` (``nl``, ``en``), else the organisation's
    setting, else Dutch."""
    chosen = os.environ.get("OPNAMESTUDIO_LANG", "").strip().lower()
    if chosen:
        return chosen
    if settings is None:
        try:
            settings = load_settings()
        except OpnameError:
            return DEFAULT_LANGUAGE
    return settings.language if settings.language in LANGUAGES else DEFAULT_LANGUAGE


def wants_wizard(settings: OrgSettings | None) -> bool:
    """Whether to show the first-run wizard: not set up yet, and not switched off."""
    if os.environ.get(NO_WIZARD_ENV, "").strip() == "1":
        return False
    return settings is not None and not settings.set_up


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load our translation and Qt's own (dialog buttons) for ``lang``; keep the result alive.

    English needs none. A missing translation is logged and the app runs in English rather
    than not at all.
    """
    if lang == "en":
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(f"opnamestudio_{lang}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation for %r in %s", lang, translations_dir())
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(lang), "qtbase", "_", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


def apply_language(lang: str) -> None:
    """Switch the running app to ``lang``: the previous translators out, the new ones in.

    Widgets that handle ``QEvent.LanguageChange`` (the first-run wizard) follow at once.
    """
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _applied:
        app.removeTranslator(translator)
    _applied[:] = install_translators(app, lang)


def _remove_applied_language() -> None:
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _applied:
            app.removeTranslator(translator)
    _applied.clear()


def _load_settings_or_tell() -> OrgSettings | None:
    """The organisation's settings; None (after telling the user) when the file is damaged."""
    try:
        return load_settings()
    except OpnameError as exc:
        show_error(None, exc)
        return None


def _application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication([sys.argv[0] if sys.argv else "opnamestudio", *argv])


def run(argv: list[str]) -> int:
    """Run the app until its window closes; returns the exit code. ``argv``: Qt's options."""
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = _application(argv)
    app.setWindowIcon(QIcon(str(icon_path("opnamestudio.svg"))))
    QGuiApplication.setDesktopFileName("opnamestudio")
    collector = MainThreadCollector(app)
    settings = _load_settings_or_tell()
    apply_language(language(settings))
    if wants_wizard(settings):
        # Cancelled: the app opens anyway, in the language it had, and the wizard comes back
        # at the next start.
        from opnamestudio.ui import first_run  # noqa: PLC0415 (only on the first start)

        wizard = first_run.FirstRunWizard(settings, on_language=apply_language)
        wizard.exec()
        apply_language(language(wizard.saved or settings))
    window = MainWindow()
    window.show()
    # Once the window is painted: the user sees the app at once, recovery follows (its imports
    # on a worker thread would otherwise hold up the first paint).
    window.after_first_paint(window.check_unfinished_recordings)
    try:
        return int(app.exec())
    finally:
        wait_for_jobs()
        collector.stop()
        _remove_applied_language()


def self_check() -> str:
    """The Qt part of the self-test: offscreen platform, translation, icon, the windows.

    Raises RuntimeError naming what is missing (a Qt plugin, a resource); builds the main window
    and the wizard without showing them, then throws them away.
    """
    app = _application([])
    translators = install_translators(app, "nl")
    try:
        # Under another name, so lupdate does not take these looked-up strings for new ones.
        lookup = QCoreApplication.translate
        if lookup("MainWindow", "Record") == "Record":
            raise RuntimeError(f"the Dutch translation did not load from {translations_dir()}")
        if lookup("QPlatformTheme", "Cancel") == "Cancel":
            raise RuntimeError("Qt's own Dutch translation (qtbase_nl.qm) did not load")
        icon = QIcon(str(icon_path("opnamestudio.svg")))
        if icon.pixmap(64, 64).isNull():
            raise RuntimeError(f"the app icon cannot be drawn (SVG plugin?): {icon_path('')}")
        from opnamestudio.ui import first_run  # noqa: PLC0415 (only on the first start)

        window = MainWindow()
        wizard = first_run.FirstRunWizard(on_language=_ignore_language, archive_module=None)
        if window.grab().isNull() or wizard.grab().isNull():
            raise RuntimeError("the windows cannot be drawn")
        window.deleteLater()
        wizard.deleteLater()
        return f"Qt {qVersion()} ({QGuiApplication.platformName()})"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _ignore_language(lang: str) -> None:
    """The self-test's wizard is never used: nothing to switch."""
