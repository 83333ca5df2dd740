"""A generated voice and an input source that plays it: for the demo, unit tests and benchmarks.

Not a microphone and never used for a real recording: the real path is devices.SoundDeviceSource.
The voice is a vowel-like harmonic series with a wandering pitch, syllable rhythm and pauses
filled with a low noise floor, so it compresses and hashes like speech rather than like a tone.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import numpy as np

from opnamestudio.core.devices import AudioCallback

__all__ = ["BlockSource", "speech_like", "speech_like_blocks"]


def speech_like(seconds: float, *, samplerate: int = 48000, seed: int = 0) -> np.ndarray:
    """``seconds`` of speech-like int16 mono audio, deterministic for a seed."""
    return np.concatenate(
        list(speech_like_blocks(seconds, samplerate=samplerate, seed=seed, blocksize=4800))
    )[:, 0][: int(seconds * samplerate)]


def speech_like_blocks(
    seconds: float,
    *,
    samplerate: int = 48000,
    seed: int = 0,
    blocksize: int = 1024,
    channels: int = 1,
) -> Iterator[np.ndarray]:
    """The same voice as (blocksize, channels) blocks, generated on the fly (low memory)."""
    rng = np.random.default_rng(seed)
    total = int(seconds * samplerate)
    phase = 0.0
    pitch = 140.0
    syllable_left = 0
    envelope_target = 0.0
    envelope = 0.0
    pos = 0
    harmonics = np.arange(1, 16)
    while pos < total:
        n = min(blocksize, total - pos)
        if syllable_left <= 0:
            speaking = rng.random() < 0.8
            envelope_target = float(rng.uniform(0.15, 0.6)) if speaking else 0.0
            syllable_left = int(rng.uniform(0.08, 0.35 if speaking else 0.6) * samplerate)
            pitch = float(np.clip(pitch + rng.normal(0, 15), 90, 260))
            formant = float(rng.uniform(500, 2500))
            weights = (
                np.exp(-(((harmonics * pitch) - formant) ** 2) / (2 * 400.0**2)) + 0.3 / harmonics
            )
        t = np.arange(n) / samplerate
        inst = phase + 2 * np.pi * pitch * t
        phase = float(inst[-1] + 2 * np.pi * pitch / samplerate) % (2 * np.pi)
        voiced = np.sin(np.outer(inst, harmonics)) @ weights / weights.sum()
        ramp = np.linspace(envelope, envelope_target, n) if n > 1 else np.array([envelope_target])
        envelope = envelope + (envelope_target - envelope) * min(1.0, n / (0.03 * samplerate))
        signal = voiced * ramp + rng.normal(0, 0.002, n)
        block = np.clip(signal * 32767, -32768, 32767).astype(np.int16)
        yield np.repeat(block[:, None], channels, axis=1)
        syllable_left -= n
        pos += n


class BlockSource:
    """An input source that delivers given blocks to the recorder's callback from its own thread.

    With ``realtime`` it paces the blocks to the clock like a device; otherwise it delivers as
    fast as the recorder takes them. When the blocks run out it stops calling back (as a device
    that delivers no data does) and sets ``done``.
    """

    def __init__(
        self, blocks: Iterator[np.ndarray], *, realtime: bool = False, name: str = ""
    ) -> None:
        self._blocks = blocks
        self._realtime = realtime
        self.name = name or "generated voice"
        self.finished = threading.Event()
        self.done = threading.Event()
        self._stop = threading.Event()
        self._callback: AudioCallback | None = None
        self._samplerate = 48000
        self._thread: threading.Thread | None = None
        #: Overflow flags to report, by block number (tests of the overflow counter).
        self.overflow_blocks: set[int] = set()

    def open(
        self, callback: AudioCallback, *, samplerate: int, channels: int, blocksize: int
    ) -> int:
        """Remember the callback; the blocks decide the channels and block size."""
        self._callback = callback
        self._samplerate = samplerate
        return samplerate

    def start(self) -> None:
        """Start the delivering thread."""
        self._thread = threading.Thread(target=self._run, name="block-source", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        assert self._callback is not None
        t0 = time.monotonic()
        sent = 0
        for i, block in enumerate(self._blocks):
            if self._stop.is_set():
                return
            if self._realtime:
                delay = t0 + sent / self._samplerate - time.monotonic()
                if delay > 0:
                    self._stop.wait(delay)
            self._callback(block, i in self.overflow_blocks)
            sent += len(block)
        self.done.set()

    def close(self, *, discard: bool = False) -> None:
        """Stop delivering and wait for the thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
