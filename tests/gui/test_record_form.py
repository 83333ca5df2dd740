"""The microphone chooser: the system's list is read after the first paint, not at start."""

from __future__ import annotations

from typing import Any

import pytest

from opnamestudio.core.devices import list_input_devices
from opnamestudio.ui.record_form import RecordingForm

# A bare form shown as a window: the offscreen platform says it cannot size its frame.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_system_microphones_are_read_once_the_form_is_painted(qtbot: Any, dutch: None) -> None:
    form = RecordingForm()
    qtbot.addWidget(form)
    assert form.searching()
    assert form.device_combo.currentText() == "Microfoons zoeken…"
    assert not form.device_combo.isEnabled()
    assert not form.no_device_label.isVisible()
    with qtbot.waitSignal(form.devices_changed, timeout=20_000):
        form.show()
    assert not form.searching()
    # PortAudio's own answer, on this machine: a microphone, or the clear empty state (CI).
    expected = list_input_devices()
    assert form.has_devices() == bool(expected)
    assert form.device_combo.count() == len(expected)
    assert form.no_device_label.isVisible() == (not expected)


def test_starting_before_the_list_was_read_reads_it_first(qtbot: Any, dutch: None) -> None:
    calls: list[int] = []

    def no_devices() -> list[Any]:  # counts; the system's own list is tested above
        calls.append(1)
        return []

    form = RecordingForm()
    qtbot.addWidget(form)
    form._device_lister = no_devices
    form.ensure_listed()
    form.ensure_listed()
    assert calls == [1]
    assert not form.searching()
    assert form.no_device_label.isVisibleTo(form)
