"""Keeping the laptop awake (core.keepawake) and watching its battery (core.power).

The way chosen per platform is checked with a patched ``sys.platform`` and ``shutil.which``; the
helper process is really started and stopped on this machine (systemd-inhibit when it works here,
and always a stand-in script with the same command line), and no process may be left behind.
The power tests are here too, for lack of a tests/unit/core/test_power.py in this change.
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from opnamestudio.core import keepawake, power
from opnamestudio.core.keepawake import (
    ES_AWAYMODE_REQUIRED,
    ES_CONTINUOUS,
    ES_SYSTEM_REQUIRED,
    KeepAwake,
    Plan,
    choose_plan,
    keep_awake,
)
from opnamestudio.core.power import BatteryState, battery, battery_warning, read_sysfs

# --------------------------------------------------------------------------- choosing the way


def _which(found: dict[str, str]) -> Any:
    def which(name: str) -> str | None:
        return found.get(name)

    return which


def test_windows_uses_the_execution_state(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(shutil, "which", _which({}))
    assert choose_plan("recording") == Plan("windows")


def test_macos_runs_caffeinate_tied_to_our_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(shutil, "which", _which({"caffeinate": "/usr/bin/caffeinate"}))
    plan = choose_plan("recording")
    assert plan == Plan("command", ("/usr/bin/caffeinate", "-i", "-w", str(os.getpid())))


def test_linux_runs_systemd_inhibit_for_sleep_and_idle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(
        shutil, "which", _which({"systemd-inhibit": "/usr/bin/systemd-inhibit", "cat": "/bin/cat"})
    )
    plan = choose_plan("Er loopt een opname")
    assert plan.method == "command"
    assert plan.argv == (
        "/usr/bin/systemd-inhibit",
        "--what=sleep:idle",
        "--who=OpnameStudio",
        "--why=Er loopt een opname",
        "--mode=block",
        "/bin/cat",
    )


@pytest.mark.parametrize(
    ("platform", "missing"),
    [("linux", "systemd-inhibit"), ("darwin", "caffeinate"), ("freebsd14", "freebsd14")],
)
def test_without_a_tool_nothing_is_done_and_the_reason_is_given(
    monkeypatch: pytest.MonkeyPatch, platform: str, missing: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(shutil, "which", _which({}))
    plan = choose_plan("recording")
    assert plan.method == "none"
    assert missing in plan.reason
    status = KeepAwake("recording").start()
    assert status.state == "unavailable"
    assert not status.active
    assert missing in status.reason


# --------------------------------------------------------------------------- Windows


class FakeKernel:
    """SetThreadExecutionState that records its calls; 0 (failure) for the flags in ``refuse``."""

    def __init__(self, refuse: tuple[int, ...] = (), *, refuse_all: bool = False) -> None:
        self.calls: list[int] = []
        self.refuse = refuse
        self.refuse_all = refuse_all

    def __call__(self, flags: int) -> int:
        self.calls.append(flags)
        return 0 if self.refuse_all or flags in self.refuse else ES_CONTINUOUS


def test_windows_asks_for_system_and_away_mode_and_resets_on_stop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    kernel = FakeKernel()
    awake = KeepAwake("recording", windows_setter=kernel)
    status = awake.start()
    assert status.active and status.method == "windows"
    assert kernel.calls == [ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_AWAYMODE_REQUIRED]
    awake.stop()
    assert kernel.calls[-1] == ES_CONTINUOUS
    assert awake.status().state == "idle"


def test_windows_without_away_mode_still_keeps_the_system_awake(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    full = ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_AWAYMODE_REQUIRED
    kernel = FakeKernel(refuse=(full,))
    assert KeepAwake("recording", windows_setter=kernel).start().active
    assert kernel.calls == [full, ES_CONTINUOUS | ES_SYSTEM_REQUIRED]


def test_windows_refusing_is_unavailable_not_an_exception(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    kernel = FakeKernel(refuse_all=True)
    status = KeepAwake("recording", windows_setter=kernel).start()
    assert status.state == "unavailable"
    assert "SetThreadExecutionState" in status.reason


def test_windows_code_on_another_system_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    awake = KeepAwake("recording")
    status = awake.start()  # no kernel32 here: must not raise
    assert status.state == "unavailable"
    awake.stop()


# --------------------------------------------------------------------------- real processes


def _group_alive(pgid: int, grace: float = 5.0) -> bool:
    """Whether a process of the group is left, given ``grace`` seconds to be reaped.

    A grandchild that got SIGTERM is reaped by init, not by us: it may linger a moment.
    """
    deadline = time.monotonic() + grace
    while True:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass
        if time.monotonic() > deadline:
            return True
        time.sleep(0.02)


@pytest.fixture
def stand_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Put a script named systemd-inhibit first: it skips the options and runs the command."""

    def make(body: str) -> Path:
        script = tmp_path / "bin" / "systemd-inhibit"
        script.parent.mkdir(exist_ok=True)
        script.write_text(f"#!/bin/sh\n{body}\n")
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
        found = {"systemd-inhibit": str(script), "cat": shutil.which("cat") or "/bin/cat"}
        monkeypatch.setattr(shutil, "which", _which(found))
        monkeypatch.setattr(sys, "platform", "linux")
        return script

    yield make


posix_only = pytest.mark.skipif(not hasattr(os, "killpg"), reason="POSIX process groups")


@posix_only
def test_real_systemd_inhibit_on_this_machine_starts_and_stops() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    awake = keep_awake("OpnameStudio test")
    status = awake.start(settle=0.3)
    process = awake.process
    if shutil.which("systemd-inhibit") is None:
        assert status.state == "unavailable" and "systemd-inhibit" in status.reason
        assert process is None
        return
    print(f"systemd-inhibit here: {status}")
    if status.active:
        assert process is not None and process.poll() is None
        awake.stop()
        assert process.returncode is not None
        assert not _group_alive(process.pid)
    else:
        # Installed but refused (no session bus, as in a container): said why, nothing left.
        assert status.method == "systemd-inhibit"
        assert "exit code" in status.reason
        assert process is None
    awake.stop()
    assert awake.process is None


@posix_only
def test_the_helper_runs_until_stop_and_ends_on_end_of_input(stand_in: Any) -> None:
    stand_in('while [ "${1#--}" != "$1" ]; do shift; done\nexec "$@"')
    with keep_awake("recording") as awake:
        status = awake.status()
        assert status.active and status.method == "systemd-inhibit"
        process = awake.process
        assert process is not None and process.poll() is None
        pgid = process.pid
        assert _group_alive(pgid, grace=0)
    assert process.returncode == 0  # ``cat`` saw end of input: no signal was needed
    assert not _group_alive(pgid)
    assert awake.process is None


@posix_only
def test_a_helper_that_ignores_its_input_is_terminated_with_its_children(
    stand_in: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keepawake, "STOP_TIMEOUT", 0.4)
    stand_in("trap '' HUP\nsleep 600 &\nwait")
    awake = keep_awake("recording")
    assert awake.start().active
    process = awake.process
    assert process is not None
    awake.stop()
    assert process.returncode == -signal.SIGTERM
    assert not _group_alive(process.pid)  # the sleep it started is gone too


@posix_only
def test_a_helper_that_fails_at_once_is_unavailable_with_its_words(stand_in: Any) -> None:
    stand_in('echo "Failed to connect to bus: No such file or directory" >&2\nexit 1')
    awake = keep_awake("recording")
    status = awake.start(settle=2.0)
    assert status.state == "unavailable"
    assert status.reason == (
        "systemd-inhibit ended with exit code 1: "
        "Failed to connect to bus: No such file or directory"
    )
    assert awake.process is None


@posix_only
def test_a_helper_that_dies_later_shows_in_the_status(stand_in: Any) -> None:
    stand_in('while [ "${1#--}" != "$1" ]; do shift; done\nexec "$@"')
    awake = keep_awake("recording")
    assert awake.start().active
    process = awake.process
    assert process is not None
    process.kill()
    process.wait()
    status = awake.status()
    assert status.state == "unavailable"
    assert f"exit code {-signal.SIGKILL}" in status.reason
    assert awake.process is None
    awake.stop()


@posix_only
def test_starting_twice_runs_one_helper(stand_in: Any) -> None:
    stand_in('while [ "${1#--}" != "$1" ]; do shift; done\nexec "$@"')
    awake = keep_awake("recording")
    awake.start()
    first = awake.process
    awake.start()
    assert awake.process is first
    awake.stop()
    awake.stop()  # twice is harmless


def test_a_helper_that_cannot_be_started_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(shutil, "which", _which({"systemd-inhibit": "/nonexistent/inhibit"}))
    status = keepawake.KeepAwake("recording").start()
    assert status.state == "unavailable"
    assert "did not start" in status.reason


# --------------------------------------------------------------------------- power


@pytest.mark.parametrize(
    ("state", "code"),
    [
        (None, None),
        (BatteryState(5.0, True), None),
        (BatteryState(50.0, False), None),
        (BatteryState(20.0, False), None),
        (BatteryState(19.9, False), "low"),
        (BatteryState(10.0, False), "low"),
        (BatteryState(9.9, False), "critical"),
        (BatteryState(15.0, None), "low"),
    ],
)
def test_battery_warning(state: BatteryState | None, code: str | None) -> None:
    assert battery_warning(state, minutes_recorded=12.0) == code


def _supply(root: Path, name: str, **files: str) -> None:
    folder = root / name
    folder.mkdir(parents=True)
    for key, value in files.items():
        (folder / key).write_text(value + "\n")


def test_sysfs_one_battery_on_battery_power(tmp_path: Path) -> None:
    _supply(tmp_path, "AC", type="Mains", online="0")
    _supply(tmp_path, "BAT0", type="Battery", present="1", capacity="42", status="Discharging")
    assert read_sysfs(tmp_path) == BatteryState(42.0, False)


def test_sysfs_plugged_in(tmp_path: Path) -> None:
    _supply(tmp_path, "ADP1", type="Mains", online="1")
    _supply(tmp_path, "BAT0", type="Battery", capacity="12", status="Charging")
    assert read_sysfs(tmp_path) == BatteryState(12.0, True)


def test_sysfs_two_batteries_count_by_energy_and_a_mouse_does_not(tmp_path: Path) -> None:
    _supply(tmp_path, "BAT0", type="Battery", energy_now="10000000", energy_full="50000000")
    _supply(tmp_path, "BAT1", type="Battery", energy_now="20000000", energy_full="20000000")
    _supply(tmp_path, "hidpp_battery_0", type="Battery", scope="Device", capacity="3")
    _supply(tmp_path, "BAT2", type="Battery", present="0", capacity="0")
    state = read_sysfs(tmp_path)
    assert state is not None
    assert state.percent == pytest.approx(100 * 30 / 70)
    assert state.plugged is None  # no mains entry and no status: unknown


def test_sysfs_without_mains_reads_the_status(tmp_path: Path) -> None:
    _supply(tmp_path, "BAT0", type="Battery", charge_now="900", charge_full="1000", status="Full")
    assert read_sysfs(tmp_path) == BatteryState(90.0, True)


def test_sysfs_without_a_battery(tmp_path: Path) -> None:
    _supply(tmp_path, "AC", type="Mains", online="1")
    assert read_sysfs(tmp_path) is None
    assert read_sysfs(tmp_path / "missing") is None


def test_battery_prefers_psutil(monkeypatch: pytest.MonkeyPatch) -> None:
    reading = SimpleNamespace(percent=55.0, secsleft=3600, power_plugged=False)
    fake = SimpleNamespace(sensors_battery=lambda: reading)
    monkeypatch.setitem(sys.modules, "psutil", fake)
    assert battery() == BatteryState(55.0, False)


def test_battery_falls_back_to_sysfs_on_linux(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken() -> None:
        raise OSError("no sensor")

    monkeypatch.setitem(sys.modules, "psutil", SimpleNamespace(sensors_battery=broken))
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(power, "SYSFS_POWER_SUPPLY", tmp_path)
    _supply(tmp_path, "BAT0", type="Battery", capacity="7", status="Discharging")
    assert battery() == BatteryState(7.0, False)


def test_battery_without_psutil_elsewhere_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psutil", None)  # import psutil raises ImportError
    monkeypatch.setattr(sys, "platform", "darwin")
    assert battery() is None
