"""Garbage collection happens on the main thread only while the app runs (ui/collector.py)."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from opnamestudio.ui.collector import INTERVAL_MS, MainThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        collected_on.append(threading.current_thread().name)


collected_on: list[str] = []


def test_cycles_are_collected_by_the_main_thread_timer(qtbot: QtBot) -> None:
    gc.enable()
    collector = MainThreadCollector()
    try:
        assert not gc.isenabled()
        collected_on.clear()

        def make_garbage() -> None:
            for _ in range(2000):
                _Cycle()

        worker = threading.Thread(target=make_garbage, name="worker")
        worker.start()
        worker.join()
        assert collected_on == [], "nothing may be collected on the worker's thread"
        qtbot.waitUntil(lambda: len(collected_on) > 0, timeout=INTERVAL_MS * 60)
        assert set(collected_on) == {threading.main_thread().name}
    finally:
        collector.stop()
    assert gc.isenabled()
