"""Reading audio of any kind a client or a third party may bring: one interface, two decoders.

- soundfile (libsndfile) reads WAV, FLAC, OGG/Opus/Vorbis and MP3 exactly, and can seek.
- PyAV (FFmpeg's libraries, shipped inside its wheels, so it also works on a Windows laptop
  without a system ffmpeg) reads what phones make: M4A/AAC, and most else.

Both deliver int16 blocks of shape (frames, channels) at the file's own sample rate. Decoding
untrusted files happens in the verifier's child process, never in the app itself.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

from opnamestudio.core.errors import OpnameError

__all__ = ["AudioFormatError", "AudioReader", "open_audio"]


class AudioFormatError(OpnameError):
    """No decoder here can read the file."""

    code = "audio-format"
    default_hint = "Convert the file to WAV or FLAC (any audio program can) and try again"


class AudioReader:
    """Sequential reading of int16 blocks; ``seekable`` readers also jump to a frame."""

    format_name = ""
    subtype = ""
    samplerate = 0
    channels = 0
    seekable = False

    def read(self, frames: int) -> np.ndarray:  # pragma: no cover - interface
        """Up to ``frames`` frames; an empty array at the end."""
        raise NotImplementedError

    def seek(self, frame: int) -> None:  # pragma: no cover - interface
        """Jump to ``frame`` (seekable readers only)."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the file."""

    def __enter__(self) -> AudioReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _SoundFileReader(AudioReader):
    seekable = True

    def __init__(self, handle: sf.SoundFile) -> None:
        self._h = handle
        self.format_name = str(handle.format)
        self.subtype = str(handle.subtype)
        self.samplerate = int(handle.samplerate)
        self.channels = int(handle.channels)

    def read(self, frames: int) -> np.ndarray:
        data: np.ndarray = self._h.read(frames, dtype="int16", always_2d=True)
        return data

    def seek(self, frame: int) -> None:
        self._h.seek(frame)

    def close(self) -> None:
        self._h.close()


class _AvReader(AudioReader):
    def __init__(self, path: Path) -> None:
        import av  # noqa: PLC0415 - only for files libsndfile cannot read

        self._av = av
        self._container: Any = av.open(str(path))
        streams = self._container.streams.audio
        if not streams:
            self._container.close()
            raise AudioFormatError(f"{path.name} holds no audio")
        stream = streams[0]
        # The codec says more to people than the container ("mov,mp4,m4a,…" for an .m4a).
        self.format_name = str(stream.codec_context.name).upper()
        self.subtype = self.format_name
        self.samplerate = int(stream.rate or 0)
        self.channels = int(stream.channels or 0)
        layout = "mono" if self.channels == 1 else "stereo"
        self.channels = min(self.channels, 2)
        self._resampler = av.AudioResampler(format="s16", layout=layout, rate=self.samplerate)
        self._frames: Iterator[Any] = self._container.decode(stream)
        self._pending: list[np.ndarray] = []
        self._pending_len = 0
        self._done = False

    def _pull(self) -> bool:
        try:
            frame = next(self._frames)
        except StopIteration:
            self._done = True
            return False
        for out in self._resampler.resample(frame):
            data = out.to_ndarray().reshape(-1, self.channels).astype(np.int16, copy=False)
            self._pending.append(data)
            self._pending_len += len(data)
        return True

    def read(self, frames: int) -> np.ndarray:
        while self._pending_len < frames and not self._done:
            self._pull()
        if not self._pending:
            return np.empty((0, self.channels), dtype=np.int16)
        joined = np.concatenate(self._pending)
        out, rest = joined[:frames], joined[frames:]
        self._pending = [rest] if len(rest) else []
        self._pending_len = len(rest)
        return out

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._container.close()


def open_audio(path: Path) -> AudioReader:
    """A reader for ``path``; AudioFormatError when neither decoder can read it."""
    try:
        return _SoundFileReader(sf.SoundFile(path))
    except (sf.LibsndfileError, RuntimeError, TypeError, ValueError) as first:
        reason = str(first).strip().splitlines()[0] if str(first).strip() else "unknown format"
    except OSError as exc:
        raise AudioFormatError(f"Cannot read {path.name}: {exc.strerror}") from exc
    try:
        return _AvReader(path)
    except ImportError:
        raise AudioFormatError(
            f"{path.name}: this audio format cannot be read here ({reason[:120]})"
        ) from None
    except AudioFormatError:
        raise
    except Exception as exc:  # PyAV raises many kinds (av.error.*) for what is not audio
        raise AudioFormatError(
            f"{path.name} is not an audio file these decoders can read ({reason[:120]})"
        ) from exc
