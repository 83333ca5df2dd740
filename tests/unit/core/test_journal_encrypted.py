"""The encrypted journal: only ciphertext reaches the disk, and what was synced comes back.

Once the archive has keys the recording journal is an age v1 file written chunk by chunk
(core.journal); recovery reads every chunk that authenticates. These tests write journals as
the recorder does and read them back as recovery does, and have the real ``age`` tool decrypt
a finished one.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opnamestudio.core.agecrypt import (
    CHUNK_SIZE,
    INTRO,
    TAG_SIZE,
    AgeError,
    AgeNoIdentityError,
    X25519Identity,
)
from opnamestudio.core.journal import (
    JOURNAL_FORMAT,
    JournalWriter,
    PlaintextReader,
    RecordType,
    is_encrypted,
    iter_records,
    open_plaintext,
)

HEADER = {"format": JOURNAL_FORMAT, "recording_id": "t", "samplerate": 48000, "channels": 1}
IDENTITY = X25519Identity.generate()
CIPHER_CHUNK = CHUNK_SIZE + TAG_SIZE


def _blocks(n: int, size: int = 4800, seed: int = 1) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [rng.integers(-32768, 32767, size, dtype=np.int16) for _ in range(n)]


def _records(path: Path, identity: X25519Identity = IDENTITY) -> list[tuple[int, int, bytes]]:
    with open(path, "rb") as fh:
        plain = open_plaintext(fh, lambda: [identity], name=path.name)
        return [(r.type, r.frame, r.payload) for r in iter_records(plain)]


def _audio(records: list[tuple[int, int, bytes]]) -> bytes:
    return b"".join(p for t, _f, p in records if t == RecordType.AUDIO)


def _write(path: Path, blocks: list[np.ndarray], *, sync_every: int = 5) -> list[tuple[int, int]]:
    """A journal as the recorder writes it: audio, a sync now and then, an end record."""
    syncs: list[tuple[int, int]] = []
    writer = JournalWriter(path, HEADER, [IDENTITY.recipient])
    writer.on_sync = lambda length, frames: syncs.append((length, frames))
    for i, block in enumerate(blocks, 1):
        writer.append_audio(block.tobytes(), len(block))
        if i % sync_every == 0:
            writer.sync()
    writer.append_event(writer.frames, {"kind": "stop"})
    writer.close({"frames": writer.frames, "ended_by": "user"})
    return syncs


def test_the_journal_on_disk_is_an_age_file_without_any_of_the_audio(tmp_path: Path) -> None:
    blocks = _blocks(30)
    _write(tmp_path / "j", blocks)
    data = (tmp_path / "j").read_bytes()
    assert data.startswith(INTRO)
    with open(tmp_path / "j", "rb") as fh:
        assert is_encrypted(fh)
    pcm = b"".join(b.tobytes() for b in blocks)
    # No 32-byte stretch of the audio, nor the header's JSON, is in the file.
    for start in range(0, len(pcm) - 32, 9973):
        assert pcm[start : start + 32] not in data
    assert b"recording_id" not in data
    records = _records(tmp_path / "j")
    assert _audio(records) == pcm
    assert records[0][0] == RecordType.HEADER
    assert [t for t, _f, _p in records][-2:] == [RecordType.EVENT, RecordType.END]


def test_every_sync_leaves_whole_chunks_on_disk(tmp_path: Path) -> None:
    syncs = _write(tmp_path / "j", _blocks(40), sync_every=3)
    data = (tmp_path / "j").read_bytes()
    payload_start = data.index(b"\n", data.index(b"---")) + 1 + 16  # header, then the nonce
    *during, _closed = syncs  # the last sync is the close's: its last chunk may be short
    assert len(during) >= 10
    for length, _frames in during:
        assert (length - payload_start) % CIPHER_CHUNK == 0


def test_every_synced_point_comes_back_exactly_after_a_torn_write(tmp_path: Path) -> None:
    blocks = _blocks(40)
    syncs = _write(tmp_path / "j", blocks, sync_every=4)
    full = (tmp_path / "j").read_bytes()
    pcm = b"".join(b.tobytes() for b in blocks)
    rng = np.random.default_rng(7)
    for length, frames in syncs[:-1]:  # the last one is the close's: the journal is whole
        # The disk as a power loss leaves it: the synced prefix and part of the next chunk.
        # (Never the whole rest: that would be the whole journal, end record and all.)
        rest = min(CIPHER_CHUNK, len(full) - length)
        torn = full[length : length + int(rng.integers(0, rest))]
        (tmp_path / "cut").write_bytes(full[:length] + torn)
        records = _records(tmp_path / "cut")
        assert _audio(records) == pcm[: frames * 2]
        assert RecordType.END not in [t for t, _f, _p in records]


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(min_value=0, max_value=12 * CIPHER_CHUNK), flip=st.booleans())
def test_any_cut_or_damage_yields_a_prefix_of_the_audio_never_garbage(
    tmp_path_factory: pytest.TempPathFactory, cut: int, flip: bool
) -> None:
    path = tmp_path_factory.mktemp("j") / "j"
    blocks = _blocks(60, seed=3)
    _write(path, blocks, sync_every=2)
    data = bytearray(path.read_bytes())
    payload_start = data.index(b"\n", data.index(b"---")) + 1 + 16  # the header, the nonce
    data = data[: min(cut, len(data))] if not flip else data
    if flip and cut < len(data):
        data[cut] ^= 0x40
    path.write_bytes(bytes(data))
    pcm = b"".join(b.tobytes() for b in blocks)
    try:
        audio = _audio(_records(path))
    except AgeError:
        # Only damage to the header or the nonce refuses the whole journal (with why).
        assert cut < payload_start
        return
    assert pcm.startswith(audio)


def test_the_stock_age_tool_decrypts_a_finished_journal(tmp_path: Path) -> None:
    if shutil.which("age") is None:
        pytest.skip("the age tool is not installed (Debian package age)")
    blocks = _blocks(12)
    _write(tmp_path / "j", blocks)
    (tmp_path / "key.txt").write_text(f"{IDENTITY}\n")
    out = subprocess.run(
        ["age", "-d", "-i", str(tmp_path / "key.txt"), str(tmp_path / "j")],
        capture_output=True,
        check=True,
    ).stdout
    records = list(iter_records(io.BytesIO(out)))
    assert _audio([(r.type, r.frame, r.payload) for r in records]) == b"".join(
        b.tobytes() for b in blocks
    )


def test_another_key_does_not_open_the_journal(tmp_path: Path) -> None:
    _write(tmp_path / "j", _blocks(3))
    with pytest.raises(AgeNoIdentityError):
        _records(tmp_path / "j", X25519Identity.generate())


def test_a_journal_closed_without_end_keeps_everything_appended(tmp_path: Path) -> None:
    blocks = _blocks(7)
    writer = JournalWriter(tmp_path / "j", HEADER, [IDENTITY.recipient])
    for block in blocks:
        writer.append_audio(block.tobytes(), len(block))
    writer.close(None)  # a failing recording: no end record, the pending chunk is synced
    records = _records(tmp_path / "j")
    assert _audio(records) == b"".join(b.tobytes() for b in blocks)
    assert RecordType.END not in [t for t, _f, _p in records]


def test_the_plaintext_reader_counts_only_what_authenticated(tmp_path: Path) -> None:
    syncs = _write(tmp_path / "j", _blocks(40), sync_every=4)
    full = (tmp_path / "j").read_bytes()
    payload_start = full.index(b"\n", full.index(b"---")) + 1 + 16  # header, then the nonce
    length, _frames = syncs[3]
    (tmp_path / "cut").write_bytes(full[: length + CIPHER_CHUNK // 2])  # half a chunk torn off
    with open(tmp_path / "cut", "rb") as fh:
        plain = open_plaintext(fh, lambda: [IDENTITY], name="cut")
        assert isinstance(plain, PlaintextReader)
        last = list(iter_records(plain))[-1]
        whole_chunks = (length - payload_start) // CIPHER_CHUNK
        assert plain.released == whole_chunks * CHUNK_SIZE  # not the torn half
        assert last.end_offset <= plain.released
    with open(tmp_path / "plain", "wb") as out:
        out.write(b"not encrypted")
    with open(tmp_path / "plain", "rb") as fh:
        assert open_plaintext(fh, lambda: [IDENTITY]) is fh  # a plain journal is read as it is
