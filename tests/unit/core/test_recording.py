"""The recording engine with a generated input source: bit-exact files, events and every fault.

The real device path is tested in tests/integration with the virtual microphone; here the
callback gets numpy blocks from BlockSource, so each rule of the engine is checked in isolation.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from opnamestudio.core import paths
from opnamestudio.core.errors import (
    CallbackError,
    DeviceLostError,
    DiskFullError,
    EmptyRecordingError,
    NoAudioDataError,
    OutputExistsError,
    OutputNotWritableError,
)
from opnamestudio.core.recording import Recorder, RecordingInfo, RecordingSettings
from opnamestudio.core.synth import BlockSource, speech_like_blocks


def _blocks(seconds: float, channels: int = 1, seed: int = 0) -> list[np.ndarray]:
    return list(speech_like_blocks(seconds, seed=seed, channels=channels))


def _record(
    tmp_path: Path, blocks: list[np.ndarray], name: str = "rec.flac", **kwargs: object
) -> RecordingInfo:
    source = BlockSource(iter(blocks))
    rec = Recorder(RecordingSettings(output=tmp_path / name, **kwargs), source=source)  # type: ignore[arg-type]
    rec.start()
    assert source.done.wait(30)
    return rec.stop()


@pytest.mark.parametrize(("container", "channels"), [("flac", 1), ("wav", 1), ("flac", 2)])
def test_file_holds_exactly_the_delivered_samples(
    tmp_path: Path, container: str, channels: int
) -> None:
    blocks = _blocks(3.0, channels=channels)
    info = _record(tmp_path, blocks, f"rec.{container}", container=container, channels=channels)
    data, rate = sf.read(info.path, dtype="int16", always_2d=True)
    assert rate == 48000
    assert np.array_equal(data, np.concatenate(blocks))
    assert info.frames == len(data)
    assert sf.info(str(info.path)).format == container.upper()
    assert [e.kind for e in info.events] == ["start", "stop"]


def test_finished_recording_leaves_no_journal_and_no_partial(tmp_path: Path) -> None:
    info = _record(tmp_path, _blocks(1.0))
    assert list(paths.journal_dir().iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "rec.flac",
        "rec.zegel.json",
        "rec.zegel.minisig",
    ]
    saved = json.loads((paths.info_dir() / f"{info.recording_id}.json").read_text())
    assert RecordingInfo.from_json(saved) == info


def test_marks_and_announced_pause_are_on_the_timeline_and_pause_keeps_no_audio(
    tmp_path: Path,
) -> None:
    gate = threading.Event()
    blocks = _blocks(2.0)

    def gated() -> Iterator[np.ndarray]:
        yield from blocks[:20]
        gate.wait(10)
        yield from blocks[20:40]
        gate2.wait(10)
        yield from blocks[40:]

    gate2 = threading.Event()
    source = BlockSource(gated())
    rec = Recorder(RecordingSettings(output=tmp_path / "p.flac"), source=source)
    rec.start()
    rec.mark("marker", label="one")
    # After 20 blocks: pause; blocks 20..39 arrive during the pause; then resume.
    _wait_frames(rec, 20 * 1024)
    rec.pause("said aloud: short break")
    gate.set()
    _wait_captured(rec, 40 * 1024)
    rec.resume()
    gate2.set()
    assert source.done.wait(10)
    info = rec.stop()
    kinds = [e.kind for e in info.events]
    assert kinds == ["start", "marker", "pause", "resume", "stop"]
    pause = info.events[2]
    assert pause.frame == 20 * 1024
    assert pause.data == {"reason": "said aloud: short break"}
    data, _ = sf.read(info.path, dtype="int16")
    expected = np.concatenate(blocks[:20] + blocks[40:])[:, 0]
    assert np.array_equal(data, expected)


def _wait_frames(rec: Recorder, frames: int) -> None:
    deadline = threading.Event()
    for _ in range(1000):
        if rec.snapshot().frames >= frames:
            return
        deadline.wait(0.01)
    raise AssertionError("frames never reached")


def _wait_captured(rec: Recorder, frames: int) -> None:
    ev = threading.Event()
    for _ in range(1000):
        if rec._captured >= frames:
            return
        ev.wait(0.01)
    raise AssertionError("captured frames never reached")


def test_frame_target_gives_exact_length_and_wakes_wait(tmp_path: Path) -> None:
    source = BlockSource(iter(_blocks(3.0)))
    rec = Recorder(RecordingSettings(output=tmp_path / "t.flac"), source=source)
    rec.start()
    rec.set_frame_target(48000 + 7)
    assert rec.wait(30)
    info = rec.stop()
    assert info.frames == 48007
    assert info.ended_by == "target"


def test_overflow_flags_are_counted(tmp_path: Path) -> None:
    source = BlockSource(iter(_blocks(1.0)))
    source.overflow_blocks = {3, 7}
    rec = Recorder(RecordingSettings(output=tmp_path / "o.flac"), source=source)
    rec.start()
    assert source.done.wait(10)
    assert rec.stop().overflows == 2


def test_levels_in_snapshot(tmp_path: Path) -> None:
    loud = [np.full((1024, 1), 16384, np.int16)] * 5
    source = BlockSource(iter(loud))
    rec = Recorder(RecordingSettings(output=tmp_path / "l.flac"), source=source)
    rec.start()
    assert source.done.wait(10)
    _wait_frames(rec, 5 * 1024)
    snap = rec.snapshot()
    assert snap.peak == pytest.approx(0.5)
    assert snap.rms == pytest.approx(0.5)
    assert snap.seconds == pytest.approx(5 * 1024 / 48000)
    rec.stop()


def test_source_that_never_delivers_is_reported_quickly(tmp_path: Path) -> None:
    source = BlockSource(iter([]))
    settings = RecordingSettings(output=tmp_path / "n.flac", stall_timeout=0.5)
    rec = Recorder(settings, source=source)
    rec.start()
    assert rec.wait(5), "the watchdog did not notice a silent device"
    with pytest.raises(NoAudioDataError) as err:
        rec.stop()
    # Nothing was captured, so nothing is kept: no empty file, no journal.
    assert err.value.recording is None
    assert list(tmp_path.glob("n.flac*")) == []
    assert list(paths.journal_dir().iterdir()) == []


def test_source_that_stops_mid_recording_is_device_lost_and_audio_is_kept(tmp_path: Path) -> None:
    blocks = _blocks(1.0)
    source = BlockSource(iter(blocks))
    rec = Recorder(RecordingSettings(output=tmp_path / "d.flac", stall_timeout=0.5), source=source)
    rec.start()
    assert rec.wait(5)
    with pytest.raises(DeviceLostError) as err:
        rec.stop()
    kept = err.value.recording
    assert kept is not None and kept.interruption is not None
    assert kept.interruption["reason"] == "device-lost"
    data, _ = sf.read(kept.path, dtype="int16")
    assert np.array_equal(data, np.concatenate(blocks)[:, 0])
    assert kept.events[-1].kind == "interrupted"


def test_exception_in_callback_stops_with_error_instead_of_silently(tmp_path: Path) -> None:
    def bad_blocks() -> Iterator[np.ndarray]:
        yield from _blocks(0.5)
        yield "not an array"  # type: ignore[misc]  # .copy() of a str raises in the callback

    source = BlockSource(bad_blocks())
    rec = Recorder(RecordingSettings(output=tmp_path / "c.flac"), source=source)
    rec.start()
    assert rec.wait(5)
    with pytest.raises(CallbackError) as err:
        rec.stop()
    assert err.value.recording is not None
    assert err.value.recording.frames == sum(len(b) for b in _blocks(0.5))


def test_existing_output_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "x.flac").write_bytes(b"precious")
    rec = Recorder(RecordingSettings(output=tmp_path / "x.flac"), source=BlockSource(iter([])))
    with pytest.raises(OutputExistsError):
        rec.start()
    assert (tmp_path / "x.flac").read_bytes() == b"precious"


def test_missing_folder_is_not_writable(tmp_path: Path) -> None:
    rec = Recorder(
        RecordingSettings(output=tmp_path / "nope" / "x.flac"), source=BlockSource(iter([]))
    )
    with pytest.raises(OutputNotWritableError):
        rec.start()


def test_too_little_space_refuses_to_start(tmp_path: Path) -> None:
    settings = RecordingSettings(output=tmp_path / "x.flac", min_free_bytes=2**62)
    with pytest.raises(DiskFullError):
        Recorder(settings, source=BlockSource(iter([]))).start()
    assert not (tmp_path / "x.flac").exists()


def test_stop_before_any_sound_keeps_nothing_and_says_so(tmp_path: Path) -> None:
    """Start then stop before the first block: no unreadable empty FLAC, a clear error."""

    def late() -> Iterator[np.ndarray]:
        source._stop.wait(10)  # delivers only once the source is being closed (then ignored)
        yield from _blocks(0.1)

    source = BlockSource(late())
    rec = Recorder(RecordingSettings(output=tmp_path / "leeg.flac"), source=source)
    rec.start()
    with pytest.raises(EmptyRecordingError) as err:
        rec.stop()
    assert err.value.recording is None
    assert list(tmp_path.glob("leeg*")) == []
    assert list(paths.journal_dir().iterdir()) == []


def test_the_session_record_hash_is_bound_into_the_seal(tmp_path: Path) -> None:
    from opnamestudio.core.seal import Seal

    digest = "ab" * 32
    source = BlockSource(iter(_blocks(0.5)))
    settings = RecordingSettings(output=tmp_path / "s.flac", session_sha256=digest)
    rec = Recorder(settings, source=source)
    rec.start()
    assert source.done.wait(10)
    info = rec.stop()
    assert info.seal is not None
    assert Seal.from_file(info.seal).data["session"]["record_sha256"] == digest
