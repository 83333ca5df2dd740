"""Guard against a PySide6 release that loses references to None (6.12.0 did).

Each void-returning Qt call on 6.12.0 took one reference from None; the record page makes hundreds
per second, so CPython aborted with "none_dealloc" about 50 s into a recording. pyproject pins
PySide6-Essentials below 6.12; this test fails on any version with the same defect.
"""

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_the_reference_count_of_none(qapp) -> None:
    obj = QObject()
    obj.setObjectName("warm-up")
    before = sys.getrefcount(None)
    for _ in range(1000):
        obj.setObjectName("x")
    # A few references may come and go with the interpreter's own bookkeeping; 6.12.0 lost 1000.
    assert abs(sys.getrefcount(None) - before) < 50
