"""PyInstaller runtime hook: make sounddevice find the bundled PortAudio (Linux).

sounddevice looks PortAudio up with ``ctypes.util.find_library("portaudio")``, which searches
the system (ldconfig), not the bundle. This hook answers with the bundled copy
(``libportaudio.so.2`` at the top of the bundle) when there is one. On Windows and macOS
nothing is bundled there: sounddevice's wheel brings its own PortAudio and finds it itself.

PortAudio's ALSA needs ``alsa.conf``; a system without ALSA's data files gets the bundled copy.
"""

import ctypes.util
import os
import sys

_BASE = getattr(sys, "_MEIPASS", os.path.dirname(os.path.abspath(sys.executable)))
_BUNDLED = os.path.join(_BASE, "libportaudio.so.2")

if os.path.isfile(_BUNDLED):
    _system_find_library = ctypes.util.find_library

    def _find_library(name: str) -> "str | None":
        if name == "portaudio":
            return _BUNDLED
        return _system_find_library(name)

    ctypes.util.find_library = _find_library

_ALSA = os.path.join(_BASE, "_alsa")
if os.path.isdir(_ALSA) and not os.path.isfile("/usr/share/alsa/alsa.conf"):
    os.environ.setdefault("ALSA_CONFIG_DIR", _ALSA)
    os.environ.setdefault("ALSA_CONFIG_PATH", os.path.join(_ALSA, "alsa.conf"))
