"""Playing a recording from a stream: a feeder fills a small buffer, the audio callback drains it.

Three activities, none of which waits for another (the python-sounddevice ``rec_gui`` rule):

- **the feeder** (:meth:`Playback.feed`) runs as a short background job: it decodes blocks from
  the source (for the archive a decrypting stream, ``Archive.open_audio``: 64 KiB at a time)
  until about ``buffer_seconds`` are queued, or the end, and returns. The caller starts it again
  when :meth:`Playback.wants_data` says the buffer runs low. So a two-hour recording is never in
  memory, and no worker thread is kept busy while playback is paused;
- **the audio callback** only copies queued blocks into the device's buffer and updates the
  position; an exception in it sets :attr:`Playback.error` instead of silently ending the
  stream; it never logs, locks or touches the disk;
- **the caller** (the GUI on a timer) reads :attr:`Playback.position`, :attr:`Playback.ended`
  and :attr:`Playback.error`, and calls :meth:`play`, :meth:`pause`, :meth:`seek`.

A seek bumps a generation number: the callback drops every block of an older generation at
once, and the next feed starts at the new frame. The position shown is the seek target until
the first block of the new generation is played.
"""

from __future__ import annotations

import contextlib
import io
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO, Protocol

import numpy as np

from opnamestudio.core.errors import OpnameError

__all__ = ["BLOCKSIZE", "Playback", "PlaybackError", "StreamFactory"]

#: Frames per decoded block (about 85 ms at 48 kHz).
BLOCKSIZE = 4096


class PlaybackError(OpnameError):
    """The sound cannot be played (no output device, or the device stopped)."""

    code = "playback"
    default_hint = "Check the speakers or headphones and the sound settings, then try again"


class _Stream(Protocol):
    """What Playback needs of a ``sounddevice.OutputStream``."""

    active: bool

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def close(self) -> None: ...


#: Makes the output stream: ``factory(samplerate=, channels=, dtype=, callback=)``.
StreamFactory = Callable[..., _Stream]


class _KeepsErrors(io.RawIOBase):
    """The source as libsndfile reads it, keeping the first exception for Playback to raise.

    libsndfile reads through callbacks that cannot raise: cffi prints the exception and ignores
    it, and libsndfile sees an end of file ("Format not recognised", or a recording that ends
    early). A damaged chunk of an archived recording must instead reach the user as itself,
    naming the recording and the chunk.
    """

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw = raw
        self.error: Exception | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.error is not None:
            return 0
        try:
            return int(self._raw.readinto(buffer))  # type: ignore[attr-defined]
        except Exception as exc:
            self.error = exc
            return 0

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        try:
            return int(self._raw.seek(offset, whence))
        except Exception as exc:
            self.error = self.error or exc
            return int(self._raw.tell())

    def tell(self) -> int:
        return int(self._raw.tell())

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._raw.close()
        super().close()

    def raise_kept(self) -> None:
        """Raise the source's error, if it had one."""
        if self.error is not None:
            raise self.error


@dataclass(frozen=True)
class _Block:
    generation: int
    start: int
    data: np.ndarray | None  # None: the end of the recording


class Playback:
    """One recording, ready to play: its decoder, the buffer and (once opened) the stream.

    ``source`` is a seekable binary stream of a sound file (FLAC, WAV); it is opened here, so
    construct on a worker thread when opening means decrypting. Closing the playback closes it.
    """

    def __init__(
        self,
        source: BinaryIO,
        *,
        blocksize: int = BLOCKSIZE,
        buffer_seconds: float = 1.0,
    ) -> None:
        import soundfile as sf  # noqa: PLC0415 - libsndfile loads when something plays

        self._source = _KeepsErrors(source)
        try:
            self._file = sf.SoundFile(self._source)
        except Exception as exc:
            self._source.close()
            if self._source.error is not None:
                raise self._source.error from exc
            raise
        self._source.raise_kept()
        self.samplerate = int(self._file.samplerate)
        self.channels = int(self._file.channels)
        self.frames = int(self._file.frames)
        self.blocksize = blocksize
        self._buffer_frames = max(2 * blocksize, int(buffer_seconds * self.samplerate))
        self._queue: queue.SimpleQueue[_Block] = queue.SimpleQueue()
        # Owned by the caller (read by the feeder under _lock):
        self._lock = threading.Lock()
        self._generation = 0
        self._pending_seek: int | None = 0
        self._seek_target = 0
        # Owned by the feeder (one feed at a time):
        self._feeding = threading.Lock()
        self._read_at = 0
        self._read_generation = -1
        self._end_fed_generation = -1
        # Owned by the audio callback (one assignment each, read without locks):
        self._block: _Block | None = None
        self._offset = 0
        self._played: tuple[int, int] = (0, 0)  # (generation, frame)
        self._ended_generation = -1
        self.error: BaseException | None = None
        self.underruns = 0
        self._stream: _Stream | None = None

    # ------------------------------------------------------------------ the caller's side

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.frames / self.samplerate if self.samplerate else 0.0

    @property
    def position(self) -> int:
        """The frame being played (the seek target right after a seek)."""
        generation, frame = self._played
        return frame if generation == self._generation else self._seek_target

    @property
    def ended(self) -> bool:
        """The callback played the last frame (and is giving silence now)."""
        return self._ended_generation == self._generation

    @property
    def playing(self) -> bool:
        """The stream is running (not paused, not stopped)."""
        return self._stream is not None and bool(self._stream.active)

    def open_stream(self, factory: StreamFactory | None = None, device: Any = None) -> None:
        """Open the output stream (not started); PlaybackError when there is no device."""
        if self._stream is not None:
            return
        if factory is None:
            import sounddevice as sd  # noqa: PLC0415 - PortAudio loads when something plays

            factory = sd.OutputStream
            kwargs: dict[str, Any] = {"device": device}
        else:
            kwargs = {}
        try:
            self._stream = factory(
                samplerate=self.samplerate,
                channels=self.channels,
                dtype="float32",
                callback=self._callback,
                **kwargs,
            )
        except Exception as exc:
            raise PlaybackError(f"Cannot open the sound output: {exc}") from exc

    def play(self) -> None:
        """Start or resume; from the end, start again at the beginning."""
        if self._stream is None:
            self.open_stream()
        if self._stream is None:
            raise PlaybackError("The sound output is not open")
        if self.ended or self.position >= self.frames:
            self.seek(0)
        if not self._stream.active:
            try:
                self._stream.start()
            except Exception as exc:
                raise PlaybackError(f"Cannot start the sound output: {exc}") from exc

    def pause(self) -> None:
        """Stop the sound; the position stays."""
        if self._stream is not None and self._stream.active:
            with contextlib.suppress(Exception):
                self._stream.stop()

    def seek(self, frame: int) -> None:
        """Continue at ``frame`` (clamped to the recording)."""
        frame = max(0, min(int(frame), self.frames))
        with self._lock:
            self._seek_target = frame
            self._pending_seek = frame
            self._generation += 1  # the callback drops older blocks from now on

    def queued_frames(self) -> int:
        """Frames decoded ahead of the position (0 while a seek waits for its first feed)."""
        if self._read_generation != self._generation:
            return 0
        return max(0, self._read_at - self.position)

    def wants_data(self) -> bool:
        """Whether a feed would add something (the buffer runs low, or a seek waits)."""
        if self._pending_seek is not None:
            return True
        if self._end_fed_generation == self._generation:
            return False
        return self.queued_frames() < self._buffer_frames // 2

    def feed(self) -> bool:
        """Decode until the buffer is full or the recording ends (on a worker thread).

        Returns False at once when another feed is running. Decoding errors (a damaged chunk
        of an archived recording) are raised to the caller.
        """
        if not self._feeding.acquire(blocking=False):
            return False
        try:
            while True:
                with self._lock:
                    seek, self._pending_seek = self._pending_seek, None
                    generation = self._generation
                if seek is not None:
                    self._decoding(self._file.seek, seek)
                    self._read_at, self._read_generation = seek, generation
                if generation != self._read_generation:
                    return True  # cannot happen: every generation starts with its seek
                if (
                    self._end_fed_generation == generation
                    or self._read_at - self.position >= self._buffer_frames
                ):
                    return True
                data = self._decoding(
                    self._file.read, self.blocksize, dtype="float32", always_2d=True
                )
                if generation != self._generation:
                    continue  # a seek came in meanwhile: this block is not wanted
                if len(data) == 0:
                    self._queue.put(_Block(generation, self._read_at, None))
                    self._end_fed_generation = generation
                    continue
                self._queue.put(_Block(generation, self._read_at, data))
                self._read_at += len(data)
        finally:
            self._feeding.release()

    def _decoding(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call libsndfile; the source's own error wins over what libsndfile made of it."""
        try:
            result = func(*args, **kwargs)
        except Exception as exc:
            if self._source.error is not None:
                raise self._source.error from exc
            raise
        self._source.raise_kept()
        return result

    def close(self) -> None:
        """Stop and close the stream and the source (safe to call twice)."""
        stream, self._stream = self._stream, None
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.stop()
            with contextlib.suppress(Exception):
                stream.close()
        with self._feeding:  # not while a feed reads from the file
            with contextlib.suppress(Exception):
                self._file.close()
            with contextlib.suppress(Exception):
                self._source.close()

    # ------------------------------------------------------------------ the audio thread

    def _callback(self, outdata: np.ndarray, frames: int, time: Any, status: Any) -> None:
        try:
            if status and getattr(status, "output_underflow", False):
                self.underruns += 1
            self.fill(outdata)
        except Exception as exc:
            self.error = exc
            outdata.fill(0)
            import sounddevice as sd  # noqa: PLC0415 - loaded already: the stream exists

            raise sd.CallbackStop from None

    def fill(self, outdata: np.ndarray) -> int:
        """Copy queued blocks into ``outdata`` (silence where there are none); frames copied.

        The audio callback's whole work; public so the buffer logic is tested without a device.
        """
        wanted = len(outdata)
        filled = 0
        generation = self._generation
        block = self._block
        if block is not None and block.generation != generation:
            block = None
        while filled < wanted:
            if block is None:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item.generation != generation:
                    continue
                if item.data is None:
                    self._ended_generation = generation
                    self._played = (generation, item.start)
                    break
                block, self._offset = item, 0
            assert block.data is not None
            take = min(wanted - filled, len(block.data) - self._offset)
            outdata[filled : filled + take] = block.data[self._offset : self._offset + take]
            self._offset += take
            filled += take
            self._played = (generation, block.start + self._offset)
            if self._offset >= len(block.data):
                block = None
        self._block = block
        if filled < wanted:
            outdata[filled:] = 0
            if self._ended_generation != generation:
                self.underruns += 1
        return filled
