"""Received copies in the formats phones make, and announced edits of them, with real encoders.

A client's "phone recording" is espeak-ng speech with a noise floor (tests/support/speech.py),
encoded by the real ffmpeg as MP3, M4A (AAC) and OGG (Opus). Each is taken in with
``opnamestudio import`` and checked by outside judges — coreutils ``sha256sum`` for the bytes,
``minisign`` for the seal's signature — and by the verifier: intact as received, a cut and
re-encoded copy located, an announced edit ``derived``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from opnamestudio.core import paths
from opnamestudio.core.derive import derive_copy
from opnamestudio.core.importing import ImportResult, import_received
from opnamestudio.core.seal import Seal
from opnamestudio.core.verify import verify
from tests.support.speech import require_speech_tools, speech_program

pytestmark = pytest.mark.audio
RATE = 48000
FORMATS = {
    "mp3": ("telefoon.mp3", ["-b:a", "128k"], "mp3"),
    "m4a": ("telefoon.m4a", ["-c:a", "aac", "-b:a", "96k"], "other"),
    "ogg": ("telefoon.ogg", ["-c:a", "libopus", "-b:a", "48k"], "ogg"),
}


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    require_speech_tools()
    return speech_program(2026, 24.0, tmp_path_factory.mktemp("speech"))


def encode(pcm: np.ndarray, out: Path, *args: str) -> Path:
    wav = out.with_suffix(".src.wav")
    sf.write(wav, pcm, RATE, subtype="PCM_16")
    subprocess.run(
        ["ffmpeg", "-y", "-loglevel", "error", "-i", str(wav), *args, str(out)],
        check=True,
        capture_output=True,
    )
    wav.unlink()
    return out


def _cli_import(path: Path) -> ImportResult:
    out = subprocess.run(
        [sys.executable, "-m", "opnamestudio", "import", str(path), "--json", "--note", "test"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    return ImportResult(
        Path(answer["audio"]),
        Path(answer["seal"]),
        Path(answer["signature"]),
        answer["sha256"],
        answer["decoded"],
    )


def _sha256sum(path: Path) -> str:
    out = subprocess.run(["sha256sum", str(path)], capture_output=True, text=True, check=True)
    return out.stdout.split()[0]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_phone_recording_is_received_byte_for_byte_and_sealed_by_its_audio(
    speech: np.ndarray, tmp_path: Path, fmt: str
) -> None:
    name, args, container = FORMATS[fmt]
    source = encode(speech, tmp_path / name, *args)
    received = _cli_import(source)
    assert received.decoded
    # Outside judges: the bytes (coreutils) and the seal's signature (minisign).
    assert _sha256sum(received.audio) == _sha256sum(source) == received.sha256
    pub = paths.data_dir() / "keys" / "opnamestudio.pub"
    checked = subprocess.run(
        ["minisign", "-Vm", str(received.seal), "-p", str(pub), "-x", str(received.signature)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    seal = Seal.from_file(received.seal)
    assert seal.kind == "received" and seal.audio["container"] == container
    assert seal.audio["sha256"] == received.sha256
    seconds = seal.frames / seal.samplerate
    assert 23.5 < seconds < 24.5, seconds  # encoders pad a little
    assert seal.fingerprint is not None and len(seal.fingerprint.values) > 300
    result = verify(received.audio)
    assert (result.content, result.signer, result.exit_code) == ("intact", "trusted", 0)


def test_a_cut_and_reencoded_copy_of_a_received_mp3_is_located(
    speech: np.ndarray, tmp_path: Path
) -> None:
    received = import_received(encode(speech, tmp_path / "telefoon.mp3", "-b:a", "128k"))
    cut = np.concatenate([speech[: 8 * RATE], speech[11 * RATE :]])
    copy = encode(cut, tmp_path / "doorgestuurd.mp3", "-b:a", "96k")
    result = verify(copy, received.seal)
    assert result.content == "transcoded", result.detail
    removed = [r for r in result.ranges if r.kind == "removed"]
    assert removed, result.detail
    edit = removed[0]
    start, end = edit.orig_start / RATE, edit.orig_end / RATE
    print("located", start, end)
    # Approximate by nature (lossy): within a second at both ends, or the pauses around it
    # (holding the cut, and no more than a few seconds wider).
    assert 5.0 <= start <= 9.0 and 10.0 <= end <= 14.0, (start, end)
    change = ((edit.copy_end - edit.copy_start) - (edit.orig_end - edit.orig_start)) / RATE
    assert abs(change + 3.0) <= 0.5, change


def test_an_announced_edit_of_a_received_m4a_is_a_flac_that_verifies_derived(
    speech: np.ndarray, tmp_path: Path
) -> None:
    received = import_received(
        encode(speech, tmp_path / "telefoon.m4a", "-c:a", "aac", "-b:a", "96k")
    )
    derived = derive_copy(received.audio, [(5.0, 7.0)], "naam van een kind eruit")
    assert derived.audio.suffix == ".flac"  # an M4A is not re-encoded: its samples are kept
    result = verify(derived.audio)
    assert (result.content, result.signer) == ("derived", "trusted")
    assert [(r.orig_start, r.orig_end) for r in result.ranges] == [(5 * RATE, 7 * RATE)]
    # Against the received file's own seal the cut is found exactly (same decoded samples).
    against = verify(derived.audio, received.seal)
    assert against.content == "modified"
    [edit] = against.ranges
    assert edit.kind == "removed"
    assert 4 * RATE <= edit.orig_start <= 5 * RATE and 7 * RATE <= edit.orig_end <= 8 * RATE
