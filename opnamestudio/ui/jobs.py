"""Background jobs whose result or error comes back on the main thread.

In the spirit of Picard's ``run_task(func, next_func)``: ``func`` runs on a pool thread and must
not touch a widget; ``next_func(result=..., error=...)`` is then called on the main thread, where
it may. The hand-over goes through one small QObject that lives on the main thread and outlives
every job, so no Qt object is ever created or destroyed on a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

__all__ = ["Job", "NextFunc", "run_task", "wait_for_jobs"]

log = logging.getLogger(__name__)

T = TypeVar("T")
T_contra = TypeVar("T_contra", contravariant=True)


class NextFunc(Protocol[T_contra]):
    """What gets a job's outcome: exactly one of ``result`` and ``error`` is meaningful."""

    def __call__(self, *, result: T_contra | None, error: Exception | None) -> None: ...


class Job(Generic[T]):
    """One piece of work and the callable that receives its outcome on the main thread."""

    def __init__(self, func: Callable[[], T], next_func: NextFunc[T]) -> None:
        self._func = func
        self._next = next_func

    def work(self) -> tuple[T | None, Exception | None]:
        """Run ``func`` (on a pool thread); never raises."""
        try:
            return self._func(), None
        except Exception as exc:
            log.debug("background job %r failed: %r", self._func, exc)
            return None, exc

    def deliver(self, result: T | None, error: Exception | None) -> None:
        """Hand the outcome to ``next_func`` (on the main thread), unless its widget is gone."""
        owner = getattr(self._next, "__self__", None)
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            log.debug("dropping the outcome of a job: its receiver was deleted")
            return
        self._next(result=result, error=error)


class _Dispatcher(QObject):
    """Lives on the main thread; a worker emits ``done`` and Qt queues the call to ``_deliver``."""

    done = Signal(object, object, object)

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.done.connect(self._deliver)

    def _deliver(self, job: Job[object], result: object, error: Exception | None) -> None:
        job.deliver(result, error)


class _Runner(QRunnable):
    def __init__(self, job: Job[T], dispatcher: _Dispatcher) -> None:
        super().__init__()
        self._job: Job[object] = job  # type: ignore[assignment]
        self._dispatcher = dispatcher

    def run(self) -> None:
        result, error = self._job.work()
        self._dispatcher.done.emit(self._job, result, error)


_dispatcher: _Dispatcher | None = None


def _main_thread_dispatcher() -> _Dispatcher:
    global _dispatcher  # noqa: PLW0603 - one hand-over object per QApplication
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("run_task needs a QApplication")
        _dispatcher = _Dispatcher(app)
    return _dispatcher


def run_task(func: Callable[[], T], next_func: NextFunc[T]) -> Job[T]:
    """Run ``func`` in the background; call ``next_func(result=..., error=...)`` on the main thread.

    Call from the main thread. Pass a bound method as ``next_func``, not a lambda that captures a
    widget: the outcome is dropped when that method's widget has been deleted meanwhile.
    """
    job = Job(func, next_func)
    QThreadPool.globalInstance().start(_Runner(job, _main_thread_dispatcher()))
    return job


def wait_for_jobs(msecs: int = 30_000) -> bool:
    """Wait until no job runs any more (at exit); True when they all finished in time."""
    return bool(QThreadPool.globalInstance().waitForDone(msecs))
