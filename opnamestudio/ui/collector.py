"""Garbage collection on the main thread only.

Python collects reference cycles in whichever thread happens to allocate when a threshold is
reached. If that is a background job's thread and the cycle holds a Qt object, PySide6 destroys
the object off the GUI thread and the process can crash (seen in the test suite: a segmentation
fault "Garbage-collecting" inside a verification job). So automatic collection is switched off
while the app runs, and a timer on the main thread collects instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

__all__ = ["MainThreadCollector"]

#: How often the youngest generation is collected (milliseconds).
INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Disables automatic collection; collects from a main-thread timer instead."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        """Collect what the thresholds ask for, as the automatic collector would (but here)."""
        self._ticks += 1
        threshold0, _threshold1, _threshold2 = gc.get_threshold()
        count0, count1, count2 = gc.get_count()
        if count2 > 0 and self._ticks % 20 == 0:
            gc.collect(2)
        elif count1 > 0 and self._ticks % 5 == 0:
            gc.collect(1)
        elif count0 > threshold0 // 2:
            gc.collect(0)

    def stop(self) -> None:
        """Collect everything once more and give collection back to Python."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
