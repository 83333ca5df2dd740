"""The encryption benchmarks run end to end in a tiny smoke mode (their figures are not checked
here: timings belong in bench/, never in tests), leave nothing behind and touch no data folder
but their own."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
BENCH = REPO / "bench"


def _run(script: str, *args: str, workdir: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p),
    }
    return subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
        cwd=workdir,
        env=env,
    )


def test_bench_journal_crypto_smoke(tmp_path: Path, opnamestudio_home: Path) -> None:
    work = tmp_path / "work"
    result = _run(
        "bench_journal_crypto.py", "--minutes", "0.1", "--rounds", "1", "--workdir", str(work),
        workdir=tmp_path,
    )  # fmt: skip
    out = result.stdout
    assert result.returncode in (0, 1), out + result.stderr  # PASS or FAIL, not a crash
    assert "Result: PASS" in out or "Result: FAIL" in out
    assert "Encryption's share = (encrypted - plain) / plain = " in out
    assert "every recording sealed with the same FLAC SHA-256: True" in out
    assert "frames 288000 each: True; overflows 0" in out
    assert "archive_after_seal" in out and "openssl dgst -sha256" in out
    # The journal fsyncs about twice per second of audio, as in a real recording.
    syncs = re.search(r"fsyncs (\d+) / (\d+) \(([\d.]+) per second of audio\)", out)
    assert syncs is not None, out
    assert syncs[1] == syncs[2] and 1.8 <= float(syncs[3]) <= 2.1
    assert list(work.iterdir()) == []  # its temporary folder is gone
    assert not opnamestudio_home.exists()  # it used a data folder of its own


def test_bench_pipeline_encrypt_smoke(tmp_path: Path, opnamestudio_home: Path) -> None:
    result = _run(
        "bench_pipeline.py", "--hours", "0.005", "--encrypt", "--out", str(tmp_path / "out"),
        workdir=tmp_path,
    )  # fmt: skip
    out = result.stdout
    assert result.returncode in (0, 1), out + result.stderr
    assert "journal encrypted" in out
    assert "Journal: encrypted to 2 recipients (--encrypt)" in out
    assert "recorder FLAC byte-identical to baseline FLAC: True" in out
    assert "PCM and file hashes in the seal match: True" in out
    assert not opnamestudio_home.exists()
