"""``opnamestudio --self-test``: OK and exit 0 on a working installation, one line and exit 1
on a broken one; never a trace in the user's data folder. And the bundle's PortAudio hook."""

from __future__ import annotations

import os
import runpy
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from opnamestudio import selftest

REPO = Path(__file__).resolve().parents[2]
HOOK = REPO / "installer" / "hooks" / "rthook_portaudio.py"


def _self_test(env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "opnamestudio", "--self-test"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_self_test_prints_ok_and_exits_0(opnamestudio_home: Path) -> None:
    result = _self_test()
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("OK: OpnameStudio ")
    parts = ("PortAudio", "decoders mp3", "Qt ", "offscreen", "sealed and verified 1 s", "key ")
    for part in parts:
        assert part in lines[0]


def test_self_test_leaves_the_users_data_folder_alone(opnamestudio_home: Path) -> None:
    assert _self_test().returncode == 0
    # No key, trust entry, journal or recording of the self-test's in the real data folder.
    assert not opnamestudio_home.exists() or not any(opnamestudio_home.rglob("*"))


def test_self_test_names_the_failing_step_in_one_line_and_exits_1(tmp_path: Path) -> None:
    empty = tmp_path / "no-resources"
    empty.mkdir()
    result = _self_test({"OPNAMESTUDIO_RESOURCES": str(empty)})
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    assert lines[0].startswith("FAILED (Qt): ")
    assert "translation" in lines[0]
    assert "Traceback" not in result.stdout + result.stderr


def test_a_wrong_verdict_fails_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    import opnamestudio.core.verify as verify_module

    def fake_verify(*args: object, **kwargs: object) -> SimpleNamespace:
        return SimpleNamespace(content="modified", signer="trusted", detail="cut at 0.5 s")

    monkeypatch.setattr(verify_module, "verify", fake_verify)
    monkeypatch.setattr(selftest, "check_gui", lambda: "Qt not started in this test")
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == selftest.EXIT_FAILED
    assert lines == [
        "FAILED (record, seal and verify): the fresh recording verifies as "
        "modified/trusted: cut at 0.5 s"
    ]


def test_the_environment_is_restored_after_the_self_test(
    monkeypatch: pytest.MonkeyPatch, opnamestudio_home: Path
) -> None:
    monkeypatch.setattr(selftest, "check_gui", lambda: "Qt not started in this test")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == selftest.EXIT_OK, lines
    assert os.environ["OPNAMESTUDIO_HOME"] == str(opnamestudio_home)
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"


def test_every_module_is_imported() -> None:
    import opnamestudio.ui.first_run  # noqa: F401 - one of the required ones

    count = selftest.import_everything()
    assert count >= len(selftest.REQUIRED_MODULES)
    assert "opnamestudio.ui.settings_dialog" in sys.modules


def test_the_runtime_hook_points_sounddevice_at_the_bundled_portaudio(tmp_path: Path) -> None:
    bundled = tmp_path / "libportaudio.so.2"
    bundled.write_bytes(b"")
    code = (
        "import ctypes.util, runpy, sys\n"
        f"sys._MEIPASS = {str(tmp_path)!r}\n"
        f"runpy.run_path({str(HOOK)!r})\n"
        "print(ctypes.util.find_library('portaudio'))\n"
        "print(ctypes.util.find_library('c'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    portaudio, libc = result.stdout.splitlines()
    assert portaudio == str(bundled)
    assert libc not in ("None", str(bundled))  # other libraries are still the system's


def test_the_runtime_hook_leaves_find_library_alone_without_a_bundled_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ctypes.util

    before = ctypes.util.find_library
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    runpy.run_path(str(HOOK))
    assert ctypes.util.find_library is before
