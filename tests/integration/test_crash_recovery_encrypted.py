"""A crash with the archive set up leaves only ciphertext; recovery opens it with a key.

Once the organisation's archive has keys, the recording journal is encrypted (core.journal)
and a recovered recording goes straight into the archive (core.autoarchive). A subprocess
records from the virtual microphone (real PulseAudio, real speech) and is SIGKILLed; then:

- the journal on disk is an age file that holds none of the recorded audio;
- recovery does not need the plaintext FLAC that was being written (it is deleted first);
- without the archive's key (no keyring here, no passphrase given) recovery refuses with one
  line and keeps the journal; with the organisation's recovery key file it recovers;
- the recovered recording is archived, its plaintext removed; the stock ``age`` tool decrypts
  it with the recovery key, the result has the sealed SHA-256, plays, and is the speech that
  was captured until the kill (at most about a second lost).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from opnamestudio.core.agecrypt import INTRO
from opnamestudio.core.recording import partial_path
from tests.integration.test_crash_recovery import (
    RATE,
    _env,
    _plays,
    _record_and_kill,
    _start_utc,
)
from tests.support.archive import new_archive
from tests.support.virtual_mic import VirtualMic, align

pytestmark = pytest.mark.audio


def _run_recover(env: dict[str, str], *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "opnamestudio", "recover", *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def test_a_killed_recording_leaves_only_ciphertext_and_is_recovered_into_the_archive(
    virtual_mic: VirtualMic, mic_program: np.ndarray, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    recovery_file = tmp_path / "stick" / "herstelsleutel.txt"
    archive, _recovery = new_archive(home, recovery_file)
    archive.close()
    env = _env(virtual_mic, home)
    env.pop("OPNAMESTUDIO_ARCHIVE_PASSPHRASE", None)
    out = tmp_path / "gesprek.flac"
    cmd = [sys.executable, "-m", "opnamestudio", "record", "--seconds", "600"]
    cmd += ["--device", "pulse", str(out)]
    journal, killed_at = _record_and_kill(cmd, env, 2 * RATE)
    assert journal.read_bytes().startswith(INTRO)
    cipher = journal.read_bytes()

    # Recovery works from the journal alone: the plaintext FLAC being written is not needed.
    partial = partial_path(out)
    assert partial.exists()
    partial.unlink()

    refused = _run_recover(env)
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "failed:" in refused.stdout and "passphrase" in refused.stdout, refused.stdout
    assert journal.exists(), "a journal that could not be opened must be kept"

    report = _run_recover(env, "--key", str(recovery_file))
    assert report.returncode == 0, report.stdout + report.stderr
    assert f"recovered: {out}" in report.stdout, report.stdout
    found = re.search(r"archived: (\S+);", report.stdout)
    assert found, report.stdout
    recording_id = found.group(1)
    assert not out.exists(), "no plaintext audio stays once the recording is sealed"
    assert not journal.exists()

    # The stock age tool opens the archived recording with the recovery key alone.
    decrypted = tmp_path / "decrypted.flac"
    archived = home / "archive" / "audio" / f"{recording_id}.flac.age"
    subprocess.run(
        ["age", "-d", "-i", str(recovery_file), "-o", str(decrypted), str(archived)], check=True
    )
    seal = json.loads((home / "archive" / "seals" / f"{recording_id}.zegel.json").read_text())
    assert hashlib.sha256(decrypted.read_bytes()).hexdigest() == seal["audio"]["sha256"]
    assert seal["timeline"]["interruption"]["reason"] == "process-ended"

    data = _plays(decrypted)
    lost = ((killed_at - _start_utc(seal["timeline"]["events"])) * RATE - len(data)) / RATE
    print(f"recovered {len(data) / RATE:.3f} s from the encrypted journal, lost {lost:.3f} s")
    assert lost <= 1.0
    _lag, r = align(np.tile(mic_program, 2), data[: min(len(data), RATE)])
    assert r >= 0.9

    # None of the audio was ever on the disk in the journal: no 64-byte stretch of it is there.
    pcm = data.tobytes()
    rng = np.random.default_rng(int.from_bytes(os.urandom(4), "big"))
    starts = rng.integers(0, len(pcm) - 64, 400) // 2 * 2
    loud = [int(i) for i in starts if np.abs(data[i // 2 : i // 2 + 32]).max() > 100]
    assert len(loud) > 50
    assert not any(pcm[i : i + 64] in cipher for i in loud)
