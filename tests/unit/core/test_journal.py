"""The journal keeps every complete record and stops cleanly at a torn or damaged one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opnamestudio.core.errors import JournalError
from opnamestudio.core.journal import (
    HEAD_SIZE,
    JOURNAL_FORMAT,
    JournalWriter,
    RecordType,
    header_of,
    iter_records,
)

HEADER = {"format": JOURNAL_FORMAT, "recording_id": "t", "samplerate": 48000, "channels": 1}


def _write(path: Path, blocks: list[np.ndarray]) -> JournalWriter:
    writer = JournalWriter(path, HEADER)
    for block in blocks:
        writer.append_audio(block.tobytes(), len(block))
    writer.append_event(writer.frames, {"kind": "marker"})
    writer.close({"frames": writer.frames})
    return writer


def _blocks(n: int, size: int = 100) -> list[np.ndarray]:
    rng = np.random.default_rng(n)
    return [rng.integers(-32768, 32767, size, dtype=np.int16) for _ in range(n)]


def test_roundtrip_keeps_header_audio_events_and_end(tmp_path: Path) -> None:
    blocks = _blocks(5)
    _write(tmp_path / "j", blocks)
    with open(tmp_path / "j", "rb") as fh:
        records = list(iter_records(fh))
    assert [r.type for r in records] == [0, 1, 1, 1, 1, 1, 2, 3]
    audio = b"".join(r.payload for r in records if r.type == RecordType.AUDIO)
    assert audio == b"".join(b.tobytes() for b in blocks)
    assert [r.frame for r in records if r.type == RecordType.AUDIO] == [0, 100, 200, 300, 400]
    with open(tmp_path / "j", "rb") as fh:
        assert header_of(fh, "j")["recording_id"] == "t"


@settings(max_examples=200, deadline=None)
@given(cut=st.integers(min_value=0, max_value=10_000))
def test_any_prefix_yields_exactly_the_complete_records(
    tmp_path_factory: pytest.TempPathFactory, cut: int
) -> None:
    path = tmp_path_factory.mktemp("j") / "j"
    _write(path, _blocks(20))
    full = path.read_bytes()
    path.write_bytes(full[: min(cut, len(full))])
    with open(path, "rb") as fh:
        records = list(iter_records(fh))
    assert all(r.end_offset <= cut for r in records)
    # Nothing complete is dropped: the next record would not have fitted.
    end = records[-1].end_offset if records else 0
    with open(path, "rb") as fh:
        fh.seek(end)
        rest = fh.read()
    assert len(rest) < HEAD_SIZE or len(rest) < HEAD_SIZE + int.from_bytes(rest[16:20], "little")


@settings(max_examples=200, deadline=None)
@given(position=st.integers(min_value=0, max_value=4000), value=st.integers(1, 255))
def test_a_damaged_byte_stops_reading_at_the_damaged_record(
    tmp_path_factory: pytest.TempPathFactory, position: int, value: int
) -> None:
    path = tmp_path_factory.mktemp("j") / "j"
    _write(path, _blocks(10))
    data = bytearray(path.read_bytes())
    position %= len(data)
    data[position] ^= value
    path.write_bytes(bytes(data))
    with open(path, "rb") as fh:
        records = list(iter_records(fh))
    # Every record yielded lies wholly before the damage.
    assert all(r.end_offset <= position for r in records)


def test_not_a_journal_is_a_journal_error(tmp_path: Path) -> None:
    path = tmp_path / "x"
    path.write_bytes(b"RIFF....WAVE")
    with open(path, "rb") as fh, pytest.raises(JournalError):
        header_of(fh, str(path))


def test_sync_reports_length_and_frames(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    writer = JournalWriter(tmp_path / "j", HEADER)
    writer.on_sync = lambda length, frames: seen.append((length, frames))
    writer.append_audio(np.zeros(10, np.int16).tobytes(), 10)
    writer.sync()
    writer.close(None)
    assert seen == [((tmp_path / "j").stat().st_size, 10)]
