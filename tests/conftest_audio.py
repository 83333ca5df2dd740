"""Pytest fixtures for real-audio tests: synthetic speech and a real virtual microphone.

Imported into ``tests/conftest.py`` with ``from tests.conftest_audio import *``.

* ``audio_seed`` (session): the seed for all synthetic speech, from ``OPNAMESTUDIO_TEST_SEED`` or
  ``DEFAULT_AUDIO_SEED``; printed, so a failure can be replayed with the same input.
* ``speech_cache`` (session): a directory where rendered speech is cached.
* ``mic_program`` (session): ~30 s of Dutch conversation (int16 mono, 48 kHz) for the microphone.
* ``virtual_mic`` (session): a private PulseAudio server whose ``virtmic`` source plays
  ``mic_program`` in a loop, in real time. Shared by all tests: do not kill it or stop its feeder
  (use ``fresh_virtual_mic`` for that).
* ``fresh_virtual_mic`` (function): the same, private to one test; may be killed.
* ``virtual_mic_in_process`` (function): ``virtual_mic`` with its environment applied to this
  process and PortAudio re-initialised, for code under test that uses sounddevice in-process.

Missing Debian packages make these fixtures *fail* (not skip) with the ``apt-get`` line: CI must
install them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.support.speech import speech_program
from tests.support.virtual_mic import (
    VirtualMic,
    VirtualMicError,
    apt_install_line,
    missing_audio_test_packages,
    portaudio_reinit,
)

__all__ = [
    "audio_seed",
    "fresh_virtual_mic",
    "mic_program",
    "speech_cache",
    "virtual_mic",
    "virtual_mic_in_process",
]

#: Seed for synthetic speech when ``OPNAMESTUDIO_TEST_SEED`` is not set.
DEFAULT_AUDIO_SEED = 20240917
#: Length of the looped microphone program.
MIC_PROGRAM_SECONDS = 30.0


def _require_audio_packages() -> None:
    missing = missing_audio_test_packages()
    if missing:
        pytest.fail(
            f"Real-audio tests need Debian packages that are missing: {', '.join(missing)}.\n"
            f"Install them with: {apt_install_line(missing)}\n"
            f"(all of them: {apt_install_line()})",
            pytrace=False,
        )


def _start_mic(program: np.ndarray) -> VirtualMic:
    _require_audio_packages()
    mic = VirtualMic()
    try:
        mic.start()
        mic.start_feeder(program, loop=True)
    except VirtualMicError as exc:
        mic.close()
        pytest.fail(f"Could not start the virtual microphone: {exc}", pytrace=False)
    print(f"virtual microphone: {mic!r}")
    return mic


@pytest.fixture(scope="session")
def audio_seed() -> int:
    """Seed for all synthetic speech (``OPNAMESTUDIO_TEST_SEED`` replays a failing run)."""
    raw = os.environ.get("OPNAMESTUDIO_TEST_SEED", "").strip()
    try:
        seed = int(raw) if raw else DEFAULT_AUDIO_SEED
    except ValueError:
        pytest.fail(f"OPNAMESTUDIO_TEST_SEED must be an integer, not {raw!r}", pytrace=False)
    print(f"audio seed: {seed} (replay with OPNAMESTUDIO_TEST_SEED={seed})")
    return seed


@pytest.fixture(scope="session")
def speech_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Session-wide cache directory for rendered speech."""
    return tmp_path_factory.mktemp("speech-cache")


@pytest.fixture(scope="session")
def mic_program(audio_seed: int, speech_cache: Path) -> np.ndarray:
    """The ~30 s speech program the virtual microphone plays (int16 mono, 48 kHz)."""
    _require_audio_packages()
    try:
        return speech_program(audio_seed, MIC_PROGRAM_SECONDS, speech_cache)
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def virtual_mic(mic_program: np.ndarray) -> Iterator[VirtualMic]:
    """A shared private PulseAudio server; ``virtmic`` plays ``mic_program`` in a loop."""
    mic = _start_mic(mic_program)
    try:
        yield mic
    finally:
        mic.close()


@pytest.fixture
def fresh_virtual_mic(mic_program: np.ndarray) -> Iterator[VirtualMic]:
    """A virtual microphone for one test only (it may ``kill_server()``)."""
    mic = _start_mic(mic_program)
    try:
        yield mic
    finally:
        mic.close()


@pytest.fixture
def virtual_mic_in_process(
    virtual_mic: VirtualMic, monkeypatch: pytest.MonkeyPatch
) -> Iterator[VirtualMic]:
    """``virtual_mic`` with its environment set in ``os.environ`` and PortAudio re-initialised.

    PortAudio is re-initialised again after the environment is restored, so later tests do not see
    this server's devices by accident.
    """
    if not virtual_mic.server_alive:
        pytest.fail("the shared virtual microphone is down (a test killed it?)", pytrace=False)
    for key, value in virtual_mic.env.items():
        monkeypatch.setenv(key, value)
    portaudio_reinit()
    try:
        yield virtual_mic
    finally:
        monkeypatch.undo()
        portaudio_reinit()
