"""The seal's running state while recording: the same result for any block split, and memory that
grows only by the packed bytes the seal itself will hold (DESIGN §10: growth from 10 min to 2 h
<= 5 MB for the whole pipeline; bench/bench_pipeline.py measures that)."""

from __future__ import annotations

import gc
import tracemalloc
from unittest import mock

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opnamestudio.core import content as content_module
from opnamestudio.core.content import ContentHasher, PagedBuffer
from opnamestudio.core.fingerprint import FingerprintHasher
from tests.support.independent_checker import find_runs

RATE = 48000


def _noise(frames: int, channels: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    envelope = 0.2 + np.abs(np.sin(np.arange(frames) / (0.7 * RATE)))[:, None]
    noise = rng.standard_normal((frames, channels)) * 4000 * envelope
    out: np.ndarray = noise.astype(np.int16)
    # Digital silence of more than half a second: runs.
    out[RATE : 2 * RATE] = 0
    out[5 * RATE : 6 * RATE + 100] = 7
    return out


def _feed(samples: np.ndarray, splits: list[int]) -> tuple[ContentHasher, FingerprintHasher]:
    channels = samples.shape[1]
    content, fingerprint = ContentHasher(RATE, channels), FingerprintHasher(RATE, channels)
    for block in np.split(samples, splits):
        content.update(block)
        fingerprint.update(block)
    return content, fingerprint


@pytest.mark.parametrize("channels", [1, 2])
def test_the_seal_state_is_the_same_for_any_block_split(channels: int) -> None:
    samples = _noise(9 * RATE + 123, channels, seed=channels)
    whole_c, whole_f = _feed(samples, [])
    rng = np.random.default_rng(7)
    splits = sorted(rng.integers(0, len(samples), 400).tolist())
    split_c, split_f = _feed(samples, splits)
    blocks_c, blocks_f = _feed(samples, list(range(1024, len(samples), 1024)))
    digest = whole_c.finish()
    fp = whole_f.finish()
    assert len(digest.runs) == 2 and all(type(v) is int for run in digest.runs for v in run)
    assert fp.values.dtype == np.uint32 and fp.loudness.dtype == np.uint8
    # Fingerprint frames of 0.1 s every 1/16 s; each value compares a frame with the one before.
    assert len(fp.values) == (len(samples) - 4800) // 3000 and len(fp.loudness) == 37
    for content, fingerprint in ((split_c, split_f), (blocks_c, blocks_f)):
        assert content.finish() == digest
        other = fingerprint.finish()
        assert np.array_equal(other.values, fp.values)
        assert np.array_equal(other.loudness, fp.loudness)
        assert other.to_json() == fp.to_json()


def test_a_paged_buffer_keeps_every_byte_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PagedBuffer, "PAGE", 16)
    buffer = PagedBuffer()
    assert (len(buffer), buffer.getvalue()) == (0, b"")
    expected = b""
    for size in (0, 3, 13, 16, 40, 1, 0, 15):
        piece = bytes(range(len(expected), len(expected) + size))
        buffer.extend(piece)
        expected += piece
        assert (len(buffer), buffer.getvalue()) == (len(expected), expected)


def test_the_seal_state_grows_only_by_packed_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over 256 s of audio the hashers keep ~100 bytes a second (fingerprint 64, loudness 4,
    chunks ~30): packed, not a Python object per piece (that cost ~830 bytes a second)."""
    # Small pages, so that the pages filled during the measurement are allocated during it.
    monkeypatch.setattr(PagedBuffer, "PAGE", 1024)
    # 128 s is a whole number of gathers (16384 frames), loudness steps (12000) and fingerprint
    # hops (3000), so both measurements see the same transient buffers.
    period = 128 * RATE
    block = 16384
    rng = np.random.default_rng(3)
    noise = (rng.standard_normal((period, 1)) * 3000).astype(np.int16)
    gc.collect()
    tracemalloc.start()
    try:
        content, fingerprint = ContentHasher(RATE, 1), FingerprintHasher(RATE, 1)
        traced = []
        for _ in range(3):
            for start in range(0, period, block):
                content.update(noise[start : start + block])
                fingerprint.update(noise[start : start + block])
            gc.collect()
            traced.append(tracemalloc.get_traced_memory()[0])
    finally:
        tracemalloc.stop()
    per_second = (traced[2] - traced[0]) / (2 * period / RATE)
    assert per_second <= 200, f"{per_second:.0f} bytes kept per second of audio"
    assert len(fingerprint.finish().values) == (3 * period - 4800) // 3000


# Stretches of one repeated value (as digital silence, or a held sample) between noise, with
# lengths around the run minimum, cut into blocks of any size and worked on in gathers of any
# size: the runs the hasher keeps while recording are exactly those the format defines (the
# independent checker's reading of §8).
@st.composite
def _stretches(draw: st.DrawFn) -> tuple[int, int, np.ndarray, list[int], int]:
    rate = draw(st.sampled_from([400, 4000, 48000]))
    channels = draw(st.sampled_from([1, 2]))
    shortest = max(2, rate // 2)
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        length = draw(st.sampled_from([1, shortest - 1, shortest, shortest + 1, 3 * shortest]))
        if draw(st.booleans()):
            value = draw(st.sampled_from([0, 7, -1]))
            parts.append(np.full((length, channels), value, dtype=np.int16))
        else:
            parts.append(rng.integers(-300, 300, (length, channels)).astype(np.int16))
    samples = np.concatenate(parts)
    splits = sorted(draw(st.lists(st.integers(0, len(samples)), max_size=12)))
    gather = draw(st.sampled_from([1, 5, 150, content_module.GATHER]))
    return rate, channels, samples, splits, gather


@settings(max_examples=200, deadline=None)
@given(_stretches())
def test_the_runs_kept_while_recording_are_those_of_the_format(
    case: tuple[int, int, np.ndarray, list[int], int],
) -> None:
    rate, channels, samples, splits, gather = case
    with mock.patch.object(content_module, "GATHER", gather):
        hasher = ContentHasher(rate, channels)
        for block in np.split(samples, splits):
            hasher.update(block)
        runs = [list(run) for run in hasher.finish().runs]
    assert runs == find_runs(samples, rate)


@pytest.mark.parametrize("extra", [0, 1, 2, 3, 4, 1000])
def test_boundary_candidates_are_the_same_in_slices_as_in_one_pass(extra: int) -> None:
    rng = np.random.default_rng(extra)
    n = 20 * content_module.SLICE + extra
    ch0 = rng.integers(-4000, 4000, n).astype(np.int16)
    ch0[5000:9000] = 3  # constant windows never qualify, whichever slice they fall in
    with mock.patch.object(content_module, "SLICE", n):
        whole = content_module.boundary_candidates(ch0, first_index=3)
    assert len(whole) > 10  # about one window in 16384 is a candidate
    assert np.array_equal(content_module.boundary_candidates(ch0, first_index=3), whole)
    # Slices that make a candidate's window the last of one slice, or the first of the next.
    for window in (whole[:3] - (content_module.WINDOW - 1)).tolist():
        for size in (window, window + 1):
            with mock.patch.object(content_module, "SLICE", size):
                assert np.array_equal(content_module.boundary_candidates(ch0, 3), whole)
        # ... and the input's last window, alone in the last slice.
        ending = ch0[: window + content_module.WINDOW]
        with mock.patch.object(content_module, "SLICE", window):
            found = content_module.boundary_candidates(ending, 3)
        assert np.array_equal(found, whole[whole <= window + content_module.WINDOW - 1])
