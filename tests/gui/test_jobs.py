"""Background jobs: the work runs elsewhere, the outcome arrives on the main thread."""

from __future__ import annotations

import threading
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from opnamestudio.ui.jobs import run_task, wait_for_jobs


class Receiver(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.outcomes: list[tuple[Any, Exception | None, bool]] = []

    def done(self, *, result: Any, error: Exception | None) -> None:
        on_main = threading.current_thread() is threading.main_thread()
        self.outcomes.append((result, error, on_main))


def worker_thread_name() -> str:
    return threading.current_thread().name


def fail() -> str:
    raise ValueError("broken")


def test_the_result_comes_back_on_the_main_thread(qtbot: Any) -> None:
    receiver = Receiver()
    qtbot.addWidget(receiver)
    run_task(worker_thread_name, receiver.done)
    qtbot.waitUntil(lambda: bool(receiver.outcomes))
    [(result, error, on_main)] = receiver.outcomes
    assert error is None
    assert result != threading.main_thread().name  # it ran elsewhere
    assert on_main


def test_an_error_comes_back_as_error(qtbot: Any) -> None:
    receiver = Receiver()
    qtbot.addWidget(receiver)
    run_task(fail, receiver.done)
    qtbot.waitUntil(lambda: bool(receiver.outcomes))
    [(result, error, on_main)] = receiver.outcomes
    assert result is None
    assert isinstance(error, ValueError)
    assert on_main


def test_the_outcome_is_dropped_when_the_receiver_is_gone(qapp: QApplication) -> None:
    receiver = Receiver()
    gate = threading.Event()

    def wait_for_gate() -> int:
        gate.wait(10)
        return 1

    job = run_task(wait_for_gate, receiver.done)
    outcomes = receiver.outcomes
    receiver.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(receiver)  # the C++ widget is gone, the Python object not
    gate.set()
    assert wait_for_jobs(10_000)
    QApplication.processEvents()
    assert outcomes == []
    assert job is not None
