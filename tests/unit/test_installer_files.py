"""The installer's committed files fit together: the .desktop entry, the rendered icons, the
Inno Setup script and the PyInstaller spec name the same things."""

from __future__ import annotations

import configparser
import re
import struct
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
INSTALLER = REPO / "installer"


def test_the_desktop_entry_starts_the_app_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(REPO / "resources" / "opnamestudio.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "opnamestudio"  # the CLI takes no file arguments
    assert desktop["Icon"] == "opnamestudio"
    assert desktop["Terminal"] == "false"
    assert "toestemming" not in desktop["Comment[nl]"]


def test_every_linux_icon_size_is_a_square_png() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = REPO / "resources/icons/hicolor" / f"{size}x{size}" / "apps" / "opnamestudio.png"
        png = path.read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)


def test_the_windows_and_macos_icons_hold_every_size() -> None:
    ico = (INSTALLER / "windows" / "opnamestudio.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sides = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert sides == {16, 24, 32, 48, 64, 128, 256}
    icns = (INSTALLER / "macos" / "opnamestudio.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_the_inno_setup_script_installs_what_the_spec_builds() -> None:
    iss = (INSTALLER / "windows" / "opnamestudio.iss").read_text(encoding="utf-8")
    spec = (INSTALLER / "opnamestudio.spec").read_text(encoding="utf-8")
    assert 'executable("opnamestudio", False)' in spec  # the windowed app on Windows
    assert 'executable("opnamestudio-cli", True)' in spec
    assert 'name="opnamestudio",' in spec  # the folder dist/opnamestudio
    assert r"dist\opnamestudio\*" in iss
    assert r"{app}\opnamestudio.exe" in iss
    icon = re.search(r"^SetupIconFile=(.+)$", iss, re.MULTILINE)
    assert icon is not None
    assert (INSTALLER / "windows" / icon.group(1).strip()).is_file()


def test_the_spec_keeps_out_what_the_app_never_uses() -> None:
    spec = (INSTALLER / "opnamestudio.spec").read_text(encoding="utf-8")
    for module in ("QtWebEngineCore", "QtQml", "QtQuick", "QtDesigner"):
        assert f'"PySide6.{module}"' in spec
    assert "rthook_portaudio.py" in spec
    assert (INSTALLER / "hooks" / "rthook_portaudio.py").is_file()
