"""Lossy copies (MP3, AAC/M4A, Opus, resampled, stereo, louder) are 'transcoded', edits located.

Real encoders throughout (Debian's ffmpeg and lame) on sealed espeak-ng speech with a noise floor
and reverb. A cut or an insertion of 2 s or more must be located within 1 s at both ends; where
both ends of a cut fall in pauses, the verifier may report the whole pause-to-pause interval, as
long as it holds the cut and states its length exactly (any start within it gives the same copy).
A different recording that shares only the standard opening script is 'unrelated', with that
passage named. Seeds are fixed and printed by the speech helpers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from opnamestudio.core.keys import SigningKey
from opnamestudio.core.recording import Recorder, RecordingSettings
from opnamestudio.core.synth import BlockSource
from opnamestudio.core.verify import VerifyResult, verify
from tests.support.conversations import conversation
from tests.support.speech import speech_program

pytestmark = pytest.mark.audio
RATE = 48000
TOL = 1.0


@dataclass(frozen=True)
class Original:
    pcm: np.ndarray
    audio: Path
    seal: Path
    pub: Path


def _seal(folder: Path, name: str, pcm: np.ndarray, key: SigningKey) -> Original:
    source = BlockSource(iter([pcm[i : i + 1024, None] for i in range(0, len(pcm), 1024)]))
    rec = Recorder(
        RecordingSettings(output=folder / f"{name}.flac"), source=source, signing_key=key
    )
    rec.start()
    assert source.done.wait(60)
    info = rec.stop()
    assert info.seal is not None
    pub = folder / "org.pub"
    pub.write_text(key.public.to_minisign())
    return Original(pcm, info.path, info.seal, pub)


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("transcoded")
    os.environ["OPNAMESTUDIO_HOME"] = str(folder / "home")
    return folder


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("speech")


@pytest.fixture(scope="module")
def original(work: Path, cache: Path) -> Original:
    return _seal(work, "gesprek", speech_program(4242, 50.0, cache), SigningKey.generate())


def encode(pcm: np.ndarray, out: Path, *args: str) -> Path:
    """Encode with the real ffmpeg (or lame for .lame.mp3)."""
    wav = out.with_suffix(".src.wav")
    sf.write(wav, pcm, RATE, subtype="PCM_16")
    if out.name.endswith(".lame.mp3"):
        cmd = ["lame", "--quiet", *args, str(wav), str(out)]
    else:
        cmd = ["ffmpeg", "-y", "-loglevel", "error", "-i", str(wav), *args, str(out)]
    subprocess.run(cmd, check=True, capture_output=True)
    wav.unlink()
    return out


CODECS = {
    "mp3-64": ("x.mp3", ["-b:a", "64k"]),
    "mp3-128-lame": ("x.lame.mp3", ["-b", "128"]),
    "mp3-320": ("x.mp3", ["-b:a", "320k"]),
    "m4a-aac": ("x.m4a", ["-c:a", "aac", "-b:a", "96k"]),
    "opus-32": ("x.ogg", ["-c:a", "libopus", "-b:a", "32k"]),
    "44k1": ("x.wav", ["-ar", "44100"]),
    "16k": ("x.wav", ["-ar", "16000"]),
    "stereo-mp3": ("x.mp3", ["-ac", "2", "-b:a", "128k"]),
    "louder": ("x.mp3", ["-af", "volume=6dB", "-b:a", "128k"]),
}


def _check_edit(result: VerifyResult, kind: str, start: float, end: float, length: float) -> None:
    """One reported edit matches the truth (original seconds), or honestly spans pauses."""
    found = []
    for r in result.ranges:
        o0, o1 = r.orig_start / RATE, r.orig_end / RATE
        change = ((r.copy_end - r.copy_start) - (r.orig_end - r.orig_start)) / RATE
        found.append((r.kind, round(o0, 2), round(o1, 2), round(change, 2), r.audio))
        exact = abs(o0 - start) <= TOL and abs(o1 - end) <= TOL
        spans = o0 - TOL <= start and end <= o1 + TOL and abs(abs(change) - length) <= 0.3
        if r.kind == kind and (exact or spans):
            return
    raise AssertionError(f"{kind} {start}-{end} s not located; reported {found}")


@pytest.mark.parametrize("codec", list(CODECS))
def test_lossy_copy_with_a_cut_and_an_insertion(
    original: Original, work: Path, cache: Path, codec: str
) -> None:
    x = original.pcm
    other = speech_program(777, 10.0, cache)
    # 3 s cut at 12-15 s of the original; 2.5 s of other speech inserted at 33 s of it.
    edited = np.concatenate(
        [x[: 12 * RATE], x[15 * RATE : 33 * RATE], other[: int(2.5 * RATE)], x[33 * RATE :]]
    )
    name, args = CODECS[codec]
    copy = encode(edited, work / f"{codec}-{name}", *args)
    result = verify(copy, original.seal, [original.pub], isolate=False, use_trust_store=False)
    print(
        codec,
        result.content,
        result.detail,
        [(r.kind, r.orig_start / RATE, r.orig_end / RATE) for r in result.ranges],
    )
    assert result.content == "transcoded", result.detail
    assert result.signer == "trusted" and result.exit_code == 1
    _check_edit(result, "removed", 12.0, 15.0, 3.0)
    _check_edit(result, "inserted", 33.0, 33.0, 2.5)
    assert len(result.ranges) == 2, "no spurious edits"


def test_lossy_copy_without_edits_is_transcoded_with_no_changes(
    original: Original, work: Path
) -> None:
    copy = encode(original.pcm, work / "plain.mp3", "-b:a", "128k")
    result = verify(copy, original.seal, [original.pub], use_trust_store=False)  # the child process
    assert result.content == "transcoded"
    assert result.ranges == []
    assert result.shared, "the matching ranges are reported"


def test_a_recording_sharing_only_the_opening_script_is_unrelated(work: Path, cache: Path) -> None:
    key = SigningKey.generate()
    (work / "a").mkdir()
    first = _seal(work / "a", "eerste", conversation(101, 40.0, cache), key)
    second = conversation(202, 40.0, cache)
    copy = encode(second, work / "tweede.mp3", "-b:a", "128k")
    result = verify(copy, first.seal, [first.pub], isolate=False, use_trust_store=False)
    assert result.content == "unrelated", result.detail
    # The shared passage is named: the opening script, at the start of both.
    assert result.shared
    assert all(m.orig_start < 11 * RATE for m in result.shared)
    assert "of the original" in result.detail


def test_no_false_transcoded_over_pairs_of_similar_conversations(work: Path, cache: Path) -> None:
    """Same voice, same opening script, other words: never 'transcoded' (bench/ runs 200 pairs)."""
    key = SigningKey.generate()
    folder = work / "pairs"
    folder.mkdir()
    pairs = 12
    for i in range(pairs):
        orig = _seal(folder, f"o{i}", conversation(1000 + i, 30.0, cache), key)
        other = encode(conversation(5000 + i, 30.0, cache), folder / f"c{i}.mp3", "-b:a", "64k")
        result = verify(other, orig.seal, [orig.pub], isolate=False, use_trust_store=False)
        assert result.content == "unrelated", (i, result.detail)


def test_verify_cli_reports_transcoded_in_json(original: Original, work: Path) -> None:
    copy = encode(original.pcm[: 30 * RATE], work / "kort.m4a", "-c:a", "aac", "-b:a", "64k")
    child = subprocess.run(
        [
            sys.executable,
            "-m",
            "opnamestudio",
            "verify",
            str(copy),
            "--seal",
            str(original.seal),
            "--trust",
            str(original.pub),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert child.returncode == 1, child.stderr
    report = json.loads(child.stdout)
    assert report["content"]["verdict"] == "transcoded"
    (cut,) = report["content"]["ranges"]
    assert cut["kind"] == "removed"
    assert abs(cut["original"]["start"] - 30.0) <= TOL and abs(cut["original"]["end"] - 50.0) <= TOL


def test_a_same_length_replacement_of_speech_is_reported(
    original: Original, work: Path, cache: Path
) -> None:
    x = original.pcm.copy()
    other = speech_program(778, 8.0, cache)
    # The loudest five seconds between 5 and 40 s: a stretch of speech, not a pause.
    energy = [
        float(np.mean(x[s * RATE : (s + 5) * RATE].astype(np.float64) ** 2)) for s in range(5, 40)
    ]
    start = 5 + int(np.argmax(energy))
    x[start * RATE : (start + 5) * RATE] = other[: 5 * RATE]
    copy = encode(x, work / "vervangen.mp3", "-b:a", "64k")
    result = verify(copy, original.seal, [original.pub], isolate=False, use_trust_store=False)
    assert result.content == "transcoded"
    _check_edit(result, "replaced", float(start), float(start + 5), 0.0)
