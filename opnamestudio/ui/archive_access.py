"""Opening the organisation's archive from the UI: the passphrase, keyed jobs, decrypted copies.

Shared by the "Archief" page, the seal panel (a copy of a recording that went into the archive at
stop) and the main window (an interrupted recording whose journal is locked):

- :class:`PassphraseDialog` / :func:`ask_passphrase`: the archive passphrase, asked only when the
  core says it is needed (``PassphraseRequiredError``: no OS keyring holds the archive's key);
- :class:`KeyedRunner`: runs background work that unlocks the archive's key, asks the passphrase
  when needed and runs the work again with it; a wrong passphrase is forgotten, so the next
  attempt asks again;
- :func:`new_export_folder` / :func:`remove_export_folder`: the private temporary folder a
  decrypted copy waits in for "Kopie voor cliënt", deleted as soon as the export is done.
"""

from __future__ import annotations

import functools
import inspect
import logging
import shutil
import tempfile
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from opnamestudio.core import paths
from opnamestudio.core.agecrypt import AgeWrongPassphraseError
from opnamestudio.core.archive import Archive
from opnamestudio.core.archivekeys import ArchiveKeys, PassphraseRequiredError
from opnamestudio.ui import style
from opnamestudio.ui.jobs import NextFunc, run_task

__all__ = [
    "EXPORT_TEMP",
    "KeyedRunner",
    "PassphraseDialog",
    "ask_passphrase",
    "decrypt_for_export",
    "default_keys",
    "new_export_folder",
    "remove_export_folder",
]

log = logging.getLogger(__name__)

#: Where decrypted copies wait for the export (each deleted right after; leftovers at the next).
EXPORT_TEMP = "archief-kopie-tmp"

STYLE = """
QLabel#heading { font-size: 13pt; font-weight: 600; color: #1f2933; }
QLabel#problem { color: #b3261e; font-weight: 600; }
"""

# The folders of copies being made now: a second copy must not delete the first one's folder.
_in_use: set[Path] = set()


def default_keys(folder: Path) -> ArchiveKeys:
    """The archive's keys in ``folder`` (the OS keyring when there is one, else a passphrase)."""
    return ArchiveKeys(folder / "keys")


def decrypt_for_export(folder: Path, keys: ArchiveKeys, recording_id: str, dest: Path) -> Path:
    """The plaintext audio and its seal in ``dest`` (a private temporary folder); no Qt."""
    with Archive(folder, keys=keys) as archive:
        return archive.decrypt_for_export(recording_id, dest)


def new_export_folder() -> Path:
    """A new private folder (mode 700) for one decrypted copy; copies a crash left are removed."""
    root = paths.data_dir() / EXPORT_TEMP
    if root.is_dir():
        for child in root.iterdir():
            if child not in _in_use:
                shutil.rmtree(child, ignore_errors=True)
    root.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="kopie-", dir=root))
    _in_use.add(folder)
    return folder


def remove_export_folder(folder: Path) -> None:
    """Delete a decrypted copy's folder: no plaintext stays on the laptop."""
    _in_use.discard(folder)
    shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        log.warning("could not delete the decrypted copy in %s", folder)


class PassphraseDialog(QDialog):
    """Asks for the archive passphrase (where there is no OS keyring for the archive's key).

    ``explanation`` replaces the default text (which speaks of opening a recording);
    ``problem`` is said first, in red (a wrong password).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        explanation: str | None = None,
        problem: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Archive password"))
        self.setStyleSheet(style.themed(STYLE))
        heading = QLabel(self.tr("Archive password"))
        heading.setObjectName("heading")
        self.problem_label = QLabel(problem or "")
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(bool(problem))
        self.text_label = QLabel(
            explanation
            or self.tr(
                "This computer keeps the archive's key locked with a password. Enter the "
                "archive password to open the recording."
            )
        )
        self.text_label.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Archive password"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Open"))
        self.ok_button.setAccessibleName(self.tr("Open the archive with this password"))
        self.ok_button.setEnabled(False)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(self._on_text)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.text_label)
        layout.addWidget(self.field)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _on_text(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text))

    def passphrase(self) -> str:
        """What was typed."""
        return self.field.text()


def ask_passphrase(
    parent: QWidget | None, explanation: str | None = None, problem: str | None = None
) -> str | None:
    """Show the passphrase dialog; the passphrase, or None when cancelled."""
    dialog = PassphraseDialog(parent, explanation, problem)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.passphrase():
            return dialog.passphrase()
        return None
    finally:
        dialog.deleteLater()


class KeyedRunner(QObject):
    """Runs one background job at a time that unlocks the archive's key.

    When the job fails with ``PassphraseRequiredError``, ``ask()`` is called (on the main
    thread): with a passphrase, it is given to ``keys()`` and the same job runs again; without
    one (cancelled), ``cancelled()`` is called and nothing is reported. A wrong passphrase is
    forgotten (the next job asks again) and reaches ``done`` as its error, as every other
    outcome does. A child of the widget that uses it: when that widget is deleted, a late
    outcome is dropped. The widget's methods are held weakly, so the two never form a reference
    cycle (a cycle through Qt objects, collected at a random moment, crashed PySide6 here).
    """

    def __init__(
        self,
        keys: Callable[[], ArchiveKeys],
        ask: Callable[[], str | None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._keys = _weakly(keys)
        self._ask = _weakly(ask)
        self._job: _Job | None = None

    def busy(self) -> bool:
        """Whether a job runs (or waits for the passphrase)."""
        return self._job is not None

    def run(
        self,
        work: Callable[[], Any],
        done: NextFunc[Any],
        cancelled: Callable[[], None] | None = None,
    ) -> None:
        """Run ``work`` in the background; ``done(result=..., error=...)`` gets the outcome."""
        self._job = _Job(work, _weakly(done), _weakly(cancelled) if cancelled else None)
        run_task(work, self._on_outcome)

    def _on_outcome(self, *, result: object, error: Exception | None) -> None:
        job, self._job = self._job, None
        keys, ask, done = self._keys(), self._ask(), job.done() if job else None
        if job is None or keys is None or ask is None or done is None:
            return  # the widget that asked is gone
        if isinstance(error, PassphraseRequiredError):
            passphrase = ask()
            cancelled = job.cancelled() if job.cancelled is not None else None
            if passphrase:
                keys().passphrase = passphrase
                self._job = job
                run_task(job.work, self._on_outcome)
            elif cancelled is not None:
                cancelled()
            return
        if isinstance(error, AgeWrongPassphraseError):
            keys().passphrase = None  # asked again next time
        done(result=result, error=error)


@dataclass(frozen=True)
class _Job:
    work: Callable[[], Any]
    done: Callable[[], Any]
    cancelled: Callable[[], Any] | None


def _weakly(func: Callable[..., Any]) -> Callable[[], Any]:
    """``func`` held weakly when it is a bound method: call the result to get it (or None)."""
    if inspect.ismethod(func):
        return weakref.WeakMethod(func)
    return functools.partial(_same, func)


def _same(func: Callable[..., Any]) -> Callable[..., Any]:
    return func
