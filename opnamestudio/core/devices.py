"""Input devices and the sounddevice input source.

PortAudio is reached only through this module, so its failure modes (no library, no devices,
a server that vanished) become our own errors in one place.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from opnamestudio.core.errors import DeviceError, NoInputDeviceError

__all__ = [
    "AudioCallback",
    "DeviceInfo",
    "SoundDeviceSource",
    "list_input_devices",
    "resolve_device",
]

#: Called from the audio thread with one block (frames x channels, int16) and an overflow flag.
AudioCallback = Callable[[np.ndarray, bool], None]

#: How long closing a stream may take before we give up on it (a dead sound server can hang it).
CLOSE_TIMEOUT = 3.0


def _sd() -> Any:
    """Import sounddevice, turning a missing PortAudio library into a clear error."""
    try:
        import sounddevice  # noqa: PLC0415 - imported late so the CLI's help works without PortAudio
    except OSError as exc:
        raise DeviceError(
            "The PortAudio sound library is missing",
            hint="Install it (on Debian/Ubuntu: apt-get install libportaudio2) and try again",
        ) from exc
    return sounddevice


@dataclass(frozen=True)
class DeviceInfo:
    """An input device as PortAudio lists it."""

    index: int
    name: str
    hostapi: str
    max_input_channels: int
    default_samplerate: float
    is_default: bool


def list_input_devices(*, rescan: bool = False) -> list[DeviceInfo]:
    """Every device that can record, default first.

    PortAudio lists devices once, when it starts; ``rescan`` restarts it so a microphone plugged
    in later shows up. Only rescan when no stream is open.
    """
    sd = _sd()
    if rescan:
        sd._terminate()  # sounddevice has no public rescan
        sd._initialize()
    try:
        devices = sd.query_devices()
        hostapis = sd.query_hostapis()
        default_in = sd.default.device[0]
    except sd.PortAudioError as exc:
        raise NoInputDeviceError(f"The sound system cannot list devices: {exc}") from exc
    result = [
        DeviceInfo(
            index=int(d["index"]),
            name=str(d["name"]),
            hostapi=str(hostapis[d["hostapi"]]["name"]),
            max_input_channels=int(d["max_input_channels"]),
            default_samplerate=float(d["default_samplerate"]),
            is_default=int(d["index"]) == default_in,
        )
        for d in devices
        if d["max_input_channels"] > 0
    ]
    result.sort(key=lambda d: (not d.is_default, d.index))
    return result


def resolve_device(spec: int | str | None) -> DeviceInfo:
    """The device meant by ``spec``: an index, (part of) a name, or None for the default."""
    devices = list_input_devices()
    if not devices:
        raise NoInputDeviceError("No microphone found")
    if spec is None or spec == "":
        return devices[0]
    if isinstance(spec, int) or (isinstance(spec, str) and spec.isdigit()):
        index = int(spec)
        for d in devices:
            if d.index == index:
                return d
        raise NoInputDeviceError(f"There is no input device number {index}")
    exact = [d for d in devices if d.name == spec]
    if exact:
        return exact[0]
    matches = [d for d in devices if spec.lower() in d.name.lower()]
    if not matches:
        raise NoInputDeviceError(f"No input device named {spec!r}")
    return matches[0]


class SoundDeviceSource:
    """A real input device through sounddevice's InputStream in callback mode."""

    def __init__(self, device: int | str | None = None) -> None:
        self._spec = device
        self._stream: Any = None
        self.name = ""
        #: Set when PortAudio ends the stream by itself (a device that went away).
        self.finished = threading.Event()

    def open(
        self, callback: AudioCallback, *, samplerate: int, channels: int, blocksize: int
    ) -> int:
        """Open the stream; returns the sample rate used (the device's own when it refuses ours)."""
        sd = _sd()
        info = resolve_device(self._spec)
        self.name = info.name
        if channels > info.max_input_channels:
            raise DeviceError(
                f"{info.name} records at most {info.max_input_channels} channel(s)",
                hint="Choose mono, or another microphone",
            )
        try:
            sd.check_input_settings(
                device=info.index, channels=channels, dtype="int16", samplerate=samplerate
            )
        except sd.PortAudioError:
            samplerate = int(info.default_samplerate)

        def _pa_callback(indata: np.ndarray, frames: int, time: Any, status: Any) -> None:
            callback(indata, bool(status.input_overflow))

        try:
            self._stream = sd.InputStream(
                device=info.index,
                channels=channels,
                samplerate=samplerate,
                dtype="int16",
                blocksize=blocksize,
                callback=_pa_callback,
                finished_callback=self.finished.set,
            )
        except sd.PortAudioError as exc:
            raise DeviceError(
                f"Cannot open the microphone {info.name}: {exc}",
                hint="Close other programs that use the microphone, or choose another one",
            ) from exc
        return samplerate

    def start(self) -> None:
        """Start delivering blocks to the callback."""
        sd = _sd()
        try:
            self._stream.start()
        except sd.PortAudioError as exc:
            raise DeviceError(f"Cannot start the microphone {self.name}: {exc}") from exc

    def close(self, *, discard: bool = False) -> None:
        """Stop and close; returns within CLOSE_TIMEOUT even when the sound server hangs."""
        stream, self._stream = self._stream, None
        if stream is None:
            return

        def _close() -> None:
            try:
                if discard:
                    stream.abort()
                else:
                    stream.stop()
            except Exception:  # noqa: S110 - closing a broken stream is best effort
                pass
            with contextlib.suppress(Exception):
                stream.close()

        closer = threading.Thread(target=_close, name="close-stream", daemon=True)
        closer.start()
        closer.join(CLOSE_TIMEOUT)
