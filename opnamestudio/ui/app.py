"""Start the desktop app: QApplication, translations, the main window, the recovery check."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from opnamestudio.ui.collector import MainThreadCollector
from opnamestudio.ui.jobs import wait_for_jobs
from opnamestudio.ui.main_window import MainWindow
from opnamestudio.ui.resources import translations_dir

__all__ = ["DEFAULT_LANGUAGE", "install_translators", "language", "run"]

log = logging.getLogger(__name__)

APP_NAME = "OpnameStudio"
# The source strings are English; everyone else gets Dutch unless OPNAMESTUDIO_LANG says so.
DEFAULT_LANGUAGE = "nl"


def language() -> str:
    """The UI language: ``OPNAMESTUDIO_LANG`` (``nl``, ``en``), default Dutch."""
    return os.environ.get("OPNAMESTUDIO_LANG", "").strip().lower() or DEFAULT_LANGUAGE


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
    collector = MainThreadCollector(app)
    translators = install_translators(app, language())
    window = MainWindow()
    window.show()
    # After the window is on screen: the user sees the app at once, recovery follows.
    QTimer.singleShot(0, window.check_unfinished_recordings)
    try:
        return int(app.exec())
    finally:
        wait_for_jobs()
        collector.stop()
        for translator in translators:
            app.removeTranslator(translator)
