"""A recording the client made, taken in byte for byte and sealed on receipt (core.importing).

WAV and FLAC files are written here with soundfile from the generated voice; the real lossy
formats (MP3, M4A, OGG made by ffmpeg and lame from espeak speech) are in
tests/integration/test_import_derive.py. Decoding always runs in the real isolated child.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from opnamestudio.core import audit, importing, paths
from opnamestudio.core.errors import ImportEmptyError, ImportFailedError, ImportUnreadableError
from opnamestudio.core.importing import ImportResult, import_received
from opnamestudio.core.keys import PublicKey, Signature
from opnamestudio.core.seal import Seal, SealError
from opnamestudio.core.synth import speech_like
from opnamestudio.core.verify import VerifyError, run_decoder, verify

RATE = 44100


@pytest.fixture(scope="module")
def voice() -> np.ndarray:
    """Ten seconds of stereo at 44.1 kHz: not what OpnameStudio records itself."""
    mono = speech_like(10.0, samplerate=RATE, seed=7)
    return np.stack([mono, (mono // 2).astype(np.int16)], axis=1)


@pytest.fixture
def client_wav(tmp_path: Path, voice: np.ndarray) -> Path:
    path = tmp_path / "client" / "Opname gesprek met Jan de Vries.wav"
    path.parent.mkdir()
    sf.write(path, voice, RATE, subtype="PCM_16")
    return path


def _entries() -> list[dict[str, object]]:
    return [json.loads(line) for line in audit.log_path().read_bytes().splitlines()]


def _pcm_sha(samples: np.ndarray) -> str:
    return hashlib.sha256(samples.astype("<i2").tobytes()).hexdigest()


def test_a_wav_is_copied_byte_for_byte_and_sealed_by_its_bytes_and_its_audio(
    client_wav: Path, voice: np.ndarray
) -> None:
    head_before = audit.head()
    result = import_received(client_wav, note="kreeg het bestand op een USB-stick")
    assert isinstance(result, ImportResult)
    assert result.audio.parent == paths.received_dir()
    assert result.audio.read_bytes() == client_wav.read_bytes()
    assert result.sha256 == hashlib.sha256(client_wav.read_bytes()).hexdigest()
    assert result.decoded
    seal = Seal.from_file(result.seal)
    assert seal.kind == "received"
    assert seal.received is not None and seal.received["decoded"] is True
    assert seal.audio["sha256"] == result.sha256
    assert seal.audio["size"] == client_wav.stat().st_size
    assert seal.audio["container"] == "wav"
    assert (seal.samplerate, seal.audio["channels"], seal.frames) == (RATE, 2, len(voice))
    assert seal.data["content"]["pcm_sha256"] == _pcm_sha(voice)
    assert seal.fingerprint is not None and len(seal.fingerprint.values) > 100
    assert seal.data["audit"]["chain_head"] == head_before
    # Signed like any seal, with this installation's key.
    signature = Signature.from_bytes(result.signature.read_bytes())
    seal.public_key.verify(seal.raw, signature)
    pub = PublicKey.from_file(paths.data_dir() / "keys" / "opnamestudio.pub")
    assert pub.raw == seal.public_key.raw

    checked = verify(result.audio)
    assert (checked.content, checked.signer, checked.exit_code) == ("intact", "trusted", 0)
    assert "received from the client" in checked.detail
    assert checked.received is not None and checked.received["decoded"] is True


def test_the_seal_holds_no_names_and_the_log_holds_the_import(client_wav: Path) -> None:
    result = import_received(client_wav, note="van mevrouw De Vries")
    raw = result.seal.read_bytes()
    assert b"Jan" not in raw and b"Vries" not in raw
    assert result.audio.name.startswith("ontvangen-") and result.audio.suffix == ".wav"
    entry = _entries()[-1]
    assert entry["event"] == "import"
    details = entry["details"]
    assert isinstance(details, dict)
    assert details["original_name"] == client_wav.name
    assert details["note"] == "van mevrouw De Vries"
    assert details["audio_sha256"] == result.sha256
    assert details["decoded"] is True
    assert entry["recording_id"] == Seal.from_file(result.seal).data["recording_id"]


def test_an_undecodable_file_is_sealed_by_its_bytes_only(tmp_path: Path) -> None:
    source = tmp_path / "opname.m4a"
    source.write_bytes(np.random.default_rng(3).bytes(20_000))
    result = import_received(source)
    assert not result.decoded
    assert result.audio.read_bytes() == source.read_bytes()
    seal = Seal.from_file(result.seal)
    assert seal.received is not None and seal.received["decoded"] is False
    assert (seal.frames, seal.data["fingerprint"], seal.audio["container"]) == (0, None, "other")
    assert _entries()[-1]["details"]["not_decoded_because"]  # type: ignore[index]
    assert verify(result.audio).content == "intact"
    # One byte changed: not the received file, and nothing more can be said.
    changed = tmp_path / "changed.m4a"
    data = bytearray(source.read_bytes())
    data[100] ^= 1
    changed.write_bytes(bytes(data))
    checked = verify(changed, result.seal)
    assert (checked.content, checked.ranges, checked.exit_code) == ("modified", [], 1)
    assert "could not be decoded" in checked.detail


def test_a_cut_copy_of_a_received_file_is_modified_with_the_cut_located(
    client_wav: Path, voice: np.ndarray, tmp_path: Path
) -> None:
    result = import_received(client_wav)
    cut = np.concatenate([voice[: 3 * RATE], voice[5 * RATE :]])
    copy = tmp_path / "geknipt.wav"
    sf.write(copy, cut, RATE, subtype="PCM_16")
    checked = verify(copy, result.seal)
    assert checked.content == "modified"
    assert [r.kind for r in checked.ranges] == ["removed"]
    edit = checked.ranges[0]
    # Located to the chunks around the cut (chunks are at most a second long).
    assert 2 * RATE <= edit.orig_start <= 3 * RATE and 5 * RATE <= edit.orig_end <= 6 * RATE
    assert (edit.orig_end - edit.orig_start) - (edit.copy_end - edit.copy_start) == 2 * RATE


def test_the_same_audio_in_another_container_is_intact_audio(
    client_wav: Path, voice: np.ndarray, tmp_path: Path
) -> None:
    result = import_received(client_wav)
    flac = tmp_path / "zelfde.flac"
    sf.write(flac, voice, RATE, subtype="PCM_16")
    assert verify(flac, result.seal).content == "intact-audio"


@pytest.mark.parametrize("kind", ["missing", "folder", "empty"])
def test_what_cannot_be_read_is_refused_and_nothing_is_kept(tmp_path: Path, kind: str) -> None:
    source = tmp_path / "opname.wav"
    if kind == "folder":
        source.mkdir()
    elif kind == "empty":
        source.write_bytes(b"")
    expected = ImportEmptyError if kind == "empty" else ImportUnreadableError
    with pytest.raises(expected):
        import_received(source)
    assert list(paths.received_dir().iterdir()) == []


def test_a_copy_that_reads_back_differently_is_not_kept(
    client_wav: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importing._read_back

    def garbled(path: Path, report: object) -> tuple[str, int]:
        _sha, size = real(path, lambda n: None)
        return "0" * 64, size

    monkeypatch.setattr(importing, "_read_back", garbled)
    with pytest.raises(ImportFailedError, match="reads back differently"):
        import_received(client_wav)
    assert list(paths.received_dir().iterdir()) == []
    assert _entries()[-1]["event"] == "import-failed"


def test_a_full_disk_is_import_failed_and_nothing_is_kept(
    client_wav: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(importing, "_write_all", full)
    with pytest.raises(ImportFailedError, match="full"):
        import_received(client_wav)
    assert list(paths.received_dir().iterdir()) == []


def test_a_decoder_that_fails_still_leaves_a_bytes_only_seal(
    client_wav: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from opnamestudio.core import verify as verify_module

    def crash(*args: object, **kwargs: object) -> dict[str, object]:
        raise VerifyError("The audio decoder stopped on x: Segmentation fault")

    monkeypatch.setattr(verify_module, "run_decoder", crash)
    result = import_received(client_wav)
    assert not result.decoded
    assert "Segmentation fault" in str(_entries()[-1]["details"])


def test_a_stalled_decoder_is_stopped_by_its_time_limit(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "stall.wav"
    os.mkfifo(fifo)  # opening it for reading blocks forever: a decoder that never returns
    with pytest.raises(VerifyError, match="took longer than 2 s"):
        run_decoder(["_digest", "--", str(fifo), "60"], timeout=2, what=fifo.name)


def test_progress_rises_to_the_total(client_wav: Path) -> None:
    seen: list[tuple[int, int]] = []
    import_received(client_wav, progress=lambda done, total: seen.append((done, total)))
    dones = [d for d, _ in seen]
    assert dones == sorted(dones)
    assert seen[-1][0] == seen[-1][1] == 3 * client_wav.stat().st_size
    # The decoding third reports too, not only the copy.
    assert any(2 * seen[-1][1] // 3 < d < seen[-1][1] for d in dones)


def test_received_seals_that_do_not_add_up_are_refused(client_wav: Path, tmp_path: Path) -> None:
    result = import_received(client_wav)
    data = json.loads(result.seal.read_bytes())
    data["received"]["decoded"] = False  # but it describes audio
    with pytest.raises(SealError, match="undecoded"):
        Seal.from_bytes(json.dumps(data).encode())
    del data["received"]
    with pytest.raises(SealError, match="received"):
        Seal.from_bytes(json.dumps(data).encode())


def test_cli_import_prints_the_archived_file(client_wav: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "opnamestudio", "import", str(client_wav), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert Path(answer["audio"]).read_bytes() == client_wav.read_bytes()
    assert answer["decoded"] is True
    missing = subprocess.run(
        [sys.executable, "-m", "opnamestudio", "import", str(client_wav) + ".weg"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "Cannot read" in missing.stderr
