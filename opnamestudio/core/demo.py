"""The headless demo: the flow on a generated voice, for a machine without a microphone.

Records through the real engine (callback, writer, journal, FLAC), seals, verifies the file,
then cuts two seconds out of a copy and shows that the verifier finds and locates the cut.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import soundfile as sf

from opnamestudio.core.keys import format_key_id
from opnamestudio.core.recording import Recorder, RecordingSettings
from opnamestudio.core.synth import BlockSource, speech_like_blocks
from opnamestudio.core.verify import verify

__all__ = ["run_demo"]


def run_demo(folder: Path, *, seconds: float = 20.0) -> Iterator[str]:
    """Record, seal, verify, tamper, verify again; yields progress lines."""
    yield f"OpnameStudio demo in {folder}"
    source = BlockSource(speech_like_blocks(seconds, seed=1), name="generated voice")
    recorder = Recorder(RecordingSettings(output=folder / "gesprek.flac"), source=source)
    recorder.start()
    recorder.mark("marker")
    source.done.wait()
    info = recorder.stop()
    yield f"1. Recorded {info.duration:.1f} s from the {info.device}: {info.path}"
    timeline = ", ".join(f"{e.kind} at {e.frame / info.samplerate:.2f} s" for e in info.events)
    yield f"   timeline: {timeline}"
    result = verify(info.path)
    yield f"2. Sealed: {info.seal}"
    yield (
        f"   key id {format_key_id(result.key_id or '')}; "
        f"vingerafdruk {format_key_id(result.file_sha256 or '')}"
    )
    yield f"3. Verify the original: {result.content}, signer {result.signer}"
    if info.duration < 6:
        return
    pcm, rate = sf.read(info.path, dtype="int16")
    cut = folder / "gesprek-ingekort.flac"
    sf.write(cut, np.concatenate([pcm[: 3 * rate], pcm[5 * rate :]]), rate, subtype="PCM_16")
    edited = verify(cut, info.seal)
    yield f"4. Cut 3.0-5.0 s out of a copy; verify it: {edited.content}"
    for r in edited.ranges:
        yield (
            f"   {r.kind} {r.orig_start / rate:.2f}-{r.orig_end / rate:.2f} s of the original "
            f"(at {r.copy_start / rate:.2f} s in the copy)"
        )
