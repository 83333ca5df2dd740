"""An announced edit: a derived copy with declared cuts, sealed as derived from its original.

The originals are recorded by the real engine (the generated voice) in this test's own data
folder, so they are signed by this installation's key and trusted, as in the archive.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from opnamestudio.core import audit
from opnamestudio.core.derive import derive_copy, parse_cut, parse_time
from opnamestudio.core.errors import DeriveCutsError, DeriveError, DeriveOriginalError
from opnamestudio.core.keys import SigningKey
from opnamestudio.core.recording import Recorder, RecordingSettings
from opnamestudio.core.seal import Seal, SealError, seal_paths_for
from opnamestudio.core.synth import BlockSource, speech_like_blocks
from opnamestudio.core.verify import verify

RATE = 48000


def _record(path: Path, seconds: float = 12.0, key: SigningKey | None = None) -> Path:
    source = BlockSource(speech_like_blocks(seconds, blocksize=4800, seed=11))
    container = path.suffix.lstrip(".")
    recorder = Recorder(
        RecordingSettings(output=path, container=container), source=source, signing_key=key
    )
    recorder.start()
    assert source.done.wait(60)
    info = recorder.stop()
    assert info.seal is not None
    return info.path


@pytest.fixture
def original(tmp_path: Path) -> Path:
    return _record(tmp_path / "gesprek.flac")


def _samples(path: Path) -> np.ndarray:
    data, _ = sf.read(path, dtype="int16", always_2d=True)
    return data


# ----------------------------------------------------------------------------- times


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("75", 75.0), ("75.5", 75.5), ("1:15", 75.0), ("1:15,25", 75.25), ("0:01:15", 75.0)],
)
def test_times_in_seconds_or_minutes(text: str, seconds: float) -> None:
    assert parse_time(text) == seconds


@pytest.mark.parametrize("text", ["", "1:75", "a", "-3", "1::2"])
def test_what_is_not_a_time(text: str) -> None:
    with pytest.raises(ValueError, match="not a time"):
        parse_time(text)


def test_a_cut_is_start_dash_end() -> None:
    assert parse_cut("1:05-1:12.5") == (65.0, 72.5)
    with pytest.raises(ValueError, match="START-END"):
        parse_cut("1:05")


# ----------------------------------------------------------------------------- the copy


def test_the_derived_copy_is_the_original_without_the_cuts(original: Path) -> None:
    result = derive_copy(original, [(6.0, 7.5), (2.0, 3.0)], "naam van het kind verwijderd")
    assert result.audio == original.with_name("gesprek-bewerkt.flac")
    assert result.cuts == ((2 * RATE, 3 * RATE), (6 * RATE, int(7.5 * RATE)))
    before = _samples(original)
    expected = np.concatenate([before[: 2 * RATE], before[3 * RATE : 6 * RATE], before[360000:]])
    after = _samples(result.audio)
    assert np.array_equal(after, expected)
    assert sf.info(str(result.audio)).format == "FLAC"
    assert result.sha256 == hashlib.sha256(result.audio.read_bytes()).hexdigest()

    seal = Seal.from_file(result.seal)
    assert seal.kind == "derived"
    original_seal = Seal.from_file(seal_paths_for(original).manifest)
    derived = seal.derived
    assert derived is not None
    assert derived["original"] == {
        "recording_id": original_seal.data["recording_id"],
        "audio_sha256": original_seal.audio["sha256"],
        "seal_sha256": hashlib.sha256(original_seal.raw).hexdigest(),
        "pcm_sha256": original_seal.data["content"]["pcm_sha256"],
        "frames": original_seal.frames,
        "sample_rate": RATE,
        "key_id": original_seal.data["signer"]["key_id"],
    }
    assert derived["cuts"] == [[96000, 144000], [288000, 360000]]
    assert derived["reason"] == "naam van het kind verwijderd"
    assert seal.frames == len(expected)
    # As seal-format.md section 17.2 says: the original's samples without the cuts, hashed.
    assert seal.data["content"]["pcm_sha256"] == hashlib.sha256(expected.tobytes()).hexdigest()
    assert seal.fingerprint is not None
    # The original's timeline moves with the cuts: its stop is 2.5 s earlier.
    stops = [e["frame"] for e in seal.data["timeline"]["events"] if e["kind"] == "stop"]
    assert stops == [len(expected)]
    entry = json.loads(audit.log_path().read_bytes().splitlines()[-1])
    assert entry["event"] == "derive" and entry["details"]["reason"] == derived["reason"]


def test_verify_answers_derived_and_lists_the_declared_cuts(original: Path) -> None:
    result = derive_copy(original, [(2.0, 3.0), (6.0, 7.5)], "naam verwijderd")
    checked = verify(result.audio)
    assert (checked.content, checked.signer, checked.exit_code) == ("derived", "trusted", 1)
    assert [
        (r.kind, r.orig_start, r.orig_end, r.copy_start, r.copy_end) for r in checked.ranges
    ] == [
        ("removed", 96000, 144000, 96000, 96000),
        ("removed", 288000, 360000, 240000, 240000),
    ]
    assert "naam verwijderd" in checked.detail
    assert checked.timeline_frames == 12 * RATE
    as_json = checked.to_json()
    assert as_json["content"]["verdict"] == "derived"
    assert as_json["seal"]["kind"] == "derived"
    assert as_json["seal"]["derived"]["reason"] == "naam verwijderd"
    assert as_json["seal"]["derived"]["cuts"][1] == {
        "start": 6.0,
        "end": 7.5,
        "start_frame": 288000,
        "end_frame": 360000,
    }
    assert as_json["exit_code"] == 1


def test_the_derived_copy_against_the_originals_seal_is_modified_with_the_cuts_located(
    original: Path,
) -> None:
    result = derive_copy(original, [(4.0, 6.0)], "reden")
    checked = verify(result.audio, seal_paths_for(original).manifest)
    assert checked.content == "modified"
    assert [r.kind for r in checked.ranges] == ["removed"]
    edit = checked.ranges[0]
    assert 3 * RATE <= edit.orig_start <= 4 * RATE and 6 * RATE <= edit.orig_end <= 7 * RATE
    assert (edit.orig_end - edit.orig_start) - (edit.copy_end - edit.copy_start) == 2 * RATE


def test_an_undeclared_change_in_the_derived_copy_is_modified(
    original: Path, tmp_path: Path
) -> None:
    result = derive_copy(original, [(4.0, 6.0)], "reden")
    samples = _samples(result.audio)
    more = tmp_path / "nog-meer-geknipt.flac"
    sf.write(more, np.concatenate([samples[: 7 * RATE], samples[8 * RATE :]]), RATE)
    checked = verify(more, result.seal)
    assert checked.content == "modified"
    assert "not announced" in checked.detail
    assert [r.kind for r in checked.ranges] == ["removed"]
    assert 6 * RATE <= checked.ranges[0].orig_start <= 7 * RATE


def test_the_derived_audio_in_another_container_is_still_derived(
    original: Path, tmp_path: Path
) -> None:
    result = derive_copy(original, [(4.0, 6.0)], "reden")
    wav = tmp_path / "als-wav.wav"
    sf.write(wav, _samples(result.audio), RATE, subtype="PCM_16")
    checked = verify(wav, result.seal)
    assert checked.content == "derived"
    assert "another file" in checked.detail
    assert len(checked.ranges) == 1


def test_a_wav_original_gives_a_wav_copy(tmp_path: Path) -> None:
    wav = _record(tmp_path / "gesprek.wav", seconds=6.0)
    result = derive_copy(wav, [(1.0, 2.0)], "reden", out=tmp_path / "kort.wav")
    assert sf.info(str(result.audio)).format == "WAV"
    assert verify(result.audio).content == "derived"


# ----------------------------------------------------------------------------- refusals


def test_only_an_intact_original_may_be_named(original: Path, tmp_path: Path) -> None:
    changed = tmp_path / "ander" / "gesprek.flac"
    changed.parent.mkdir()
    samples = _samples(original)
    samples[RATE] += 1
    sf.write(changed, samples, RATE)
    files = seal_paths_for(original)
    for path in (files.manifest, files.signature):
        (changed.parent / path.name).write_bytes(path.read_bytes())
    with pytest.raises(DeriveOriginalError, match="not intact"):
        derive_copy(changed, [(1.0, 2.0)], "reden")
    assert sorted(p.name for p in changed.parent.iterdir()) == [
        "gesprek.flac",
        "gesprek.zegel.json",
        "gesprek.zegel.minisig",
    ]


def test_an_original_sealed_by_an_untrusted_key_may_not_be_named(tmp_path: Path) -> None:
    foreign = _record(tmp_path / "elders.flac", seconds=4.0, key=SigningKey.generate())
    with pytest.raises(DeriveOriginalError, match="unknown-key"):
        derive_copy(foreign, [(1.0, 2.0)], "reden")


@pytest.mark.parametrize(
    ("cuts", "message"),
    [
        ([], "No part"),
        ([(11.0, 13.0)], "ends after"),
        ([(2.0, 4.0), (3.0, 5.0)], "overlaps"),
        ([(3.0, 3.0)], "empty or reversed"),
        ([(0.0, 12.0)], "Nothing of the recording"),
    ],
)
def test_unusable_cuts_are_refused_and_nothing_is_written(
    original: Path, cuts: list[tuple[float, float]], message: str
) -> None:
    before = sorted(p.name for p in original.parent.iterdir())
    with pytest.raises(DeriveCutsError, match=message):
        derive_copy(original, cuts, "reden")
    assert sorted(p.name for p in original.parent.iterdir()) == before


def test_no_reason_and_an_existing_copy_are_refused(original: Path) -> None:
    with pytest.raises(DeriveError, match="No reason"):
        derive_copy(original, [(1.0, 2.0)], "   ")
    derive_copy(original, [(1.0, 2.0)], "reden")
    with pytest.raises(DeriveError, match="already exists"):
        derive_copy(original, [(3.0, 4.0)], "reden")
    with pytest.raises(DeriveError, match=r"must end in \.flac"):
        derive_copy(original, [(3.0, 4.0)], "reden", out=original.with_name("x.wav"))


def test_a_derived_seal_whose_cuts_do_not_add_up_is_malformed(original: Path) -> None:
    result = derive_copy(original, [(4.0, 6.0)], "reden")
    data = json.loads(result.seal.read_bytes())
    data["derived"]["cuts"] = [[192000, 240000]]  # one second less than was taken out
    with pytest.raises(SealError, match="do not add up"):
        Seal.from_bytes(json.dumps(data).encode())
    data["derived"]["cuts"] = [[288000, 384000], [192000, 200000]]
    with pytest.raises(SealError, match="cut position"):
        Seal.from_bytes(json.dumps(data).encode())
    data["derived"]["cuts"] = [[192000, 288000]]
    data["derived"]["reason"] = ""
    with pytest.raises(SealError, match="reason"):
        Seal.from_bytes(json.dumps(data).encode())


def test_a_changed_declaration_breaks_the_signature(original: Path) -> None:
    result = derive_copy(original, [(4.0, 6.0)], "reden")
    raw = result.seal.read_bytes().replace(b'"reden"', b'"REDEN"')
    result.seal.write_bytes(raw)
    checked = verify(result.audio)
    assert (checked.content, checked.signer) == ("seal-invalid", "invalid")


def test_cli_derive_with_minutes_and_seconds(original: Path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "opnamestudio",
            "derive",
            str(original),
            "--cut",
            "0:02-0:03.5",
            "--reason",
            "naam verwijderd",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    derived = Path(out.stdout.strip())
    assert Seal.from_file(seal_paths_for(derived).manifest).declared_cuts() == [(96000, 168000)]
    shown = subprocess.run(
        [sys.executable, "-m", "opnamestudio", "verify", str(derived)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert shown.returncode == 1
    assert "content: derived" in shown.stdout and "naam verwijderd" in shown.stdout
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "opnamestudio",
            "derive",
            str(original),
            "--cut",
            "5",
            "--reason",
            "x",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2 and "START-END" in bad.stderr
