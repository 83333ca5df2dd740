"""Make the golden sealed files in tests/data/golden/ (run once; the results are committed).

    OPNAMESTUDIO_HOME=$(mktemp -d) .venv/bin/python tests/data/make_golden.py

The golden files must verify forever: they pin the seal format (opnamestudio-zegel/1). Never
regenerate them to make a test pass; a new format gets new golden files beside these. The private
key is thrown away after signing; only golden.pub is kept.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf

from opnamestudio.core.keys import SigningKey
from opnamestudio.core.recording import Recorder, RecordingSettings
from opnamestudio.core.synth import BlockSource, speech_like_blocks

RATE = 48000


def main() -> None:
    """Write the golden original, its seal and the tampered twins."""
    folder = Path(__file__).parent / "golden"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    key = SigningKey.generate()
    (folder / "golden.pub").write_text(key.public.to_minisign())
    source = BlockSource(speech_like_blocks(4.0, seed=20261126))
    rec = Recorder(
        RecordingSettings(output=folder / "gesprek.flac"), source=source, signing_key=key
    )
    rec.start()
    source.done.wait()
    rec.mark("marker")
    info = rec.stop()
    pcm, _ = sf.read(info.path, dtype="int16")
    # Twin 1: 0.8 s cut out at 1.0 s.
    sf.write(
        folder / "gesprek-geknipt.flac",
        np.concatenate([pcm[:RATE], pcm[RATE + RATE * 4 // 5 :]]),
        RATE,
        subtype="PCM_16",
    )
    # Twin 2: the same samples as WAV.
    sf.write(folder / "gesprek-kopie.wav", pcm, RATE, subtype="PCM_16")
    # Twin 3: one sample changed at 2.5 s.
    changed = pcm.copy()
    changed[RATE * 5 // 2] ^= 0x0100
    sf.write(folder / "gesprek-een-sample.wav", changed, RATE, subtype="PCM_16")
    # Twin 4: the seal with one byte changed (the frame count's last digit), original signature.
    raw = (folder / "gesprek.zegel.json").read_bytes()
    tampered = raw.replace(b'"frames": 192000', b'"frames": 192001', 1)
    assert tampered != raw
    (folder / "vervalst.zegel.json").write_bytes(tampered)
    (folder / "vervalst.zegel.minisig").write_bytes((folder / "gesprek.zegel.minisig").read_bytes())
    print(f"golden files in {folder}: {sorted(p.name for p in folder.iterdir())}")


if __name__ == "__main__":
    main()
