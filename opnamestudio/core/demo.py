"""The headless demo: the flow on a generated voice, for a machine without a microphone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import soundfile as sf

from opnamestudio.core.recording import Recorder, RecordingSettings
from opnamestudio.core.synth import BlockSource, speech_like_blocks

__all__ = ["run_demo"]


def run_demo(folder: Path, *, seconds: float = 20.0) -> Iterator[str]:
    """Record a generated voice through the real recording engine; yields progress lines."""
    yield f"OpnameStudio demo in {folder}"
    source = BlockSource(speech_like_blocks(seconds, seed=1), name="generated voice")
    recorder = Recorder(RecordingSettings(output=folder / "gesprek.flac"), source=source)
    recorder.start()
    recorder.mark("marker", label="demo")
    source.done.wait()
    info = recorder.stop()
    yield f"Recorded {info.duration:.1f} s from the {info.device}: {info.path}"
    timeline = ", ".join(f"{e.kind} at {e.frame / info.samplerate:.2f} s" for e in info.events)
    yield f"Timeline: {timeline}"
    check = sf.info(str(info.path))
    yield f"Read back: {check.format} {check.samplerate} Hz, {check.frames} frames"
