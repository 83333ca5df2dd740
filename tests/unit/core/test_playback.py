"""Playback's buffer logic without a device: the feeder decodes from the archive's decrypting
stream, the audio callback's work (``Playback.fill``) is driven by hand, block by block.

The recordings are sealed by the real engine (generated voice) and archived for real, so the
stream under test is the one the Archief page plays from.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf

from opnamestudio.core.agecrypt import AgeChunkError
from opnamestudio.core.archive import Archive
from opnamestudio.core.playback import Playback, PlaybackError
from tests.support.archive import archive_one, new_archive, record_sealed

DEVICE_BLOCK = 1024  # frames per callback, as a sound card asks for them


@pytest.fixture
def archived(opnamestudio_home: Path, tmp_path: Path) -> tuple[Archive, str, np.ndarray]:
    """A 3 s recording in a real archive, and its samples as the device should get them."""
    audio = record_sealed(tmp_path / "rec", "gesprek", 3.0, seed=4)
    expected, _ = sf.read(audio, dtype="float32", always_2d=True)
    archive, _recovery = new_archive(opnamestudio_home, tmp_path / "stick" / "herstel.txt")
    rid = archive_one(archive, audio)
    return archive, rid, expected


def drain(playback: Playback, frames: int) -> np.ndarray:
    """What the device receives in ``frames`` frames, feeding whenever the buffer asks for it."""
    out = []
    for _ in range(0, frames, DEVICE_BLOCK):
        if playback.wants_data():
            playback.feed()
        block = np.full((DEVICE_BLOCK, playback.channels), 9.0, dtype="float32")
        playback.fill(block)
        out.append(block)
    return np.concatenate(out)[:frames]


def test_the_device_gets_exactly_the_sealed_samples_in_order(
    archived: tuple[Archive, str, np.ndarray],
) -> None:
    archive, rid, expected = archived
    playback = Playback(archive.open_audio(rid), buffer_seconds=0.25)
    assert (playback.frames, playback.samplerate) == (len(expected), 48000)
    played = drain(playback, len(expected) + 3 * DEVICE_BLOCK)
    assert np.array_equal(played[: len(expected)], expected)
    assert not played[len(expected) :].any()  # silence after the end, not old samples
    assert playback.ended
    assert playback.position == len(expected)
    playback.close()


def test_the_buffer_stays_small_and_is_refilled_in_steps(
    archived: tuple[Archive, str, np.ndarray],
) -> None:
    archive, rid, _expected = archived
    playback = Playback(archive.open_audio(rid), buffer_seconds=0.25)
    playback.feed()
    ahead = playback.queued_frames()
    assert 12000 <= ahead <= 12000 + playback.blocksize  # about a quarter second, not the file
    assert not playback.wants_data()
    block = np.zeros((DEVICE_BLOCK, 1), dtype="float32")
    while not playback.wants_data():
        playback.fill(block)
    assert playback.queued_frames() < 6000
    assert playback.position > 0
    playback.close()


def test_a_seek_drops_what_was_queued_and_continues_at_the_new_frame(
    archived: tuple[Archive, str, np.ndarray],
) -> None:
    archive, rid, expected = archived
    playback = Playback(archive.open_audio(rid), buffer_seconds=0.25)
    drain(playback, 5 * DEVICE_BLOCK)
    target = 2 * 48000 + 123
    playback.seek(target)
    assert playback.position == target  # shown at once, before anything is decoded
    silence = np.full((DEVICE_BLOCK, 1), 9.0, dtype="float32")
    assert playback.fill(silence) == 0  # the old blocks are gone; nothing new yet
    assert not silence.any()
    played = drain(playback, 4 * DEVICE_BLOCK)
    assert np.array_equal(played, expected[target : target + 4 * DEVICE_BLOCK])
    assert playback.position == target + 4 * DEVICE_BLOCK
    # Back to the start after the end: play() at the end seeks to 0.
    drain(playback, len(expected))
    assert playback.ended
    playback.seek(0)
    assert not playback.ended
    assert np.array_equal(drain(playback, 2048), expected[:2048])
    playback.close()


def test_a_seek_while_a_block_is_half_played_is_exact(
    archived: tuple[Archive, str, np.ndarray],
) -> None:
    archive, rid, expected = archived
    playback = Playback(archive.open_audio(rid), blocksize=4096, buffer_seconds=0.25)
    drain(playback, 1000)  # the middle of the first decoded block
    playback.seek(500)
    assert np.array_equal(drain(playback, 3000), expected[500:3500])
    playback.close()


class FakeStream:
    """Stands in for sounddevice.OutputStream: records how it was made and started."""

    def __init__(self, **kwargs: Any) -> None:
        self.kwargs = kwargs
        self.active = False
        self.closed = False

    def start(self) -> None:
        self.active = True

    def stop(self) -> None:
        self.active = False

    def close(self) -> None:
        self.closed = True


def test_play_pause_and_close_drive_the_stream(
    archived: tuple[Archive, str, np.ndarray],
) -> None:
    archive, rid, _expected = archived
    made: list[FakeStream] = []

    def factory(**kwargs: Any) -> FakeStream:
        made.append(FakeStream(**kwargs))
        return made[-1]

    playback = Playback(archive.open_audio(rid))
    playback.open_stream(factory)
    (stream,) = made
    assert stream.kwargs["samplerate"] == 48000 and stream.kwargs["channels"] == 1
    assert stream.kwargs["callback"] == playback._callback
    playback.play()
    assert playback.playing
    playback.pause()
    assert not playback.playing
    playback.close()
    assert stream.closed


def test_an_error_in_the_callback_is_kept_not_lost(
    archived: tuple[Archive, str, np.ndarray], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sounddevice as sd

    archive, rid, _expected = archived
    playback = Playback(archive.open_audio(rid))
    playback.feed()

    def broken(outdata: np.ndarray) -> int:
        raise ValueError("a bug in the copy")

    monkeypatch.setattr(playback, "fill", broken)
    outdata = np.full((DEVICE_BLOCK, 1), 9.0, dtype="float32")
    with pytest.raises(sd.CallbackStop):
        playback._callback(outdata, DEVICE_BLOCK, None, None)
    assert isinstance(playback.error, ValueError)
    assert not outdata.any()  # silence, not noise
    playback.close()


def test_no_output_device_is_a_playback_error(archived: tuple[Archive, str, np.ndarray]) -> None:
    archive, rid, _expected = archived

    def no_device(**kwargs: Any) -> FakeStream:
        raise RuntimeError("Error querying device -1")

    playback = Playback(archive.open_audio(rid))
    with pytest.raises(PlaybackError, match="device -1"):
        playback.open_stream(no_device)
    playback.close()


def test_a_source_that_is_no_sound_file_is_closed() -> None:
    source = io.BytesIO(b"not a sound file at all")
    with pytest.raises(sf.LibsndfileError):
        Playback(source)
    assert source.closed


def _damage_last_chunk(archive: Archive, rid: str) -> None:
    cipher = archive.audio_dir / f"{rid}.flac.age"
    data = bytearray(cipher.read_bytes())
    data[-5000] ^= 0x01
    cipher.write_bytes(bytes(data))


def test_a_damaged_chunk_is_raised_naming_the_recording_not_swallowed_by_libsndfile(
    opnamestudio_home: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    archive, _ = new_archive(opnamestudio_home, tmp_path / "stick" / "herstel.txt")
    short = archive_one(archive, record_sealed(tmp_path / "rec", "kort", 3.0, seed=1))
    long = archive_one(archive, record_sealed(tmp_path / "rec", "lang", 12.0, seed=2))
    _damage_last_chunk(archive, short)
    _damage_last_chunk(archive, long)
    # Damage within what opening reads ahead: the error itself, not "Format not recognised".
    with pytest.raises(AgeChunkError, match=f"of {short} is damaged"):
        Playback(archive.open_audio(short))
    # Damage further on: the good part plays, then the feed raises.
    playback = Playback(archive.open_audio(long), buffer_seconds=0.25)
    with pytest.raises(AgeChunkError, match=f"of {long} is damaged"):
        drain(playback, playback.frames)
    assert playback.position > 48000
    playback.close()
    assert "Exception ignored" not in capfd.readouterr().err
