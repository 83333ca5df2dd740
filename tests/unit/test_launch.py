"""The entry point starts a verify's file hash before the heavy imports, and hands it over once.

The forked hash is tested in a fresh interpreter, as the launcher runs it: forking the test
process (with its threads) is not what the launcher does.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from opnamestudio import launch


@pytest.mark.parametrize(
    ("args", "target"),
    [
        (["a.flac"], "a.flac"),
        (["a.flac", "--json"], "a.flac"),
        (["--seal", "s.zegel.json", "a.flac"], "a.flac"),
        (["--trust", "k.pub", "a.flac", "--trust", "l.pub"], "a.flac"),
        (["--seal=s.zegel.json", "a.flac"], "a.flac"),
        (["a.flac", "b.flac"], None),  # argparse will complain; do not guess
        ([], None),
        (["--seal", "a.flac"], None),  # only an option's value
        (["-h", "a.flac"], None),  # an option the launcher does not know
    ],
)
def test_the_file_to_verify_is_found_only_when_plain(args: list[str], target: str | None) -> None:
    assert launch._verify_target(args) == target


def test_the_early_hash_is_handed_over_once_for_the_same_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = b"sound" * 100_000
    (tmp_path / "a.flac").write_bytes(data)
    monkeypatch.chdir(tmp_path)
    started = launch.FileHash("a.flac")
    started.start()
    monkeypatch.setattr(launch, "_early", started)
    assert launch.early_hash(tmp_path / "b.flac") is None  # another (missing) file
    monkeypatch.setattr(launch, "_early", started)
    handed = launch.early_hash(Path("./a.flac"))  # the same file, spelled differently
    assert handed is started
    assert handed.outcome() == (hashlib.sha256(data).hexdigest(), len(data))
    assert launch.early_hash("a.flac") is None  # used once


def test_an_unreadable_file_gives_no_hash_and_no_error(tmp_path: Path) -> None:
    hashing = launch.FileHash(tmp_path / "missing.flac")
    hashing.start()
    assert hashing.outcome() is None


def test_the_launcher_imports_nothing_heavy_before_the_hash_starts() -> None:
    probe = (
        "import sys, opnamestudio.launch; "
        "print(sorted(m for m in ('argparse', 'json', 'pathlib', 'opnamestudio.cli', "
        "'cryptography', 'numpy', 'threading', 'typing', 'signal', 'hashlib') "
        "if m in sys.modules))"
    )
    # -S: without site-packages' start-up hooks (a development install imports pathlib there).
    root = Path(launch.__file__).parents[1]
    done = subprocess.run(
        [sys.executable, "-S", "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(root)},
    )
    assert done.stdout.strip() == "[]"


posix_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here: a thread hashes")

# Runs in a fresh interpreter: starts a ForkedHash on argv[1] (with the work named in argv[2], if
# any) and prints its outcome and how the child ended.
_FORKED = """
import json, mmap, os, sys
from opnamestudio import launch

def cut_under_the_map(path):
    # A USB stick pulled mid-read: the mapped file loses its pages while it is hashed.
    import hashlib
    with open(path, "r+b") as fh:
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        fh.truncate(0)
        return hashlib.sha256(mapped).hexdigest(), len(mapped)

work = {"cut": cut_under_the_map}.get(sys.argv[2]) if len(sys.argv) > 2 else None
hashing = launch.ForkedHash(sys.argv[1], work)
hashing.start()
outcome = hashing.outcome()
print(json.dumps({"outcome": outcome, "status": hashing.status}))
"""


def _forked(*args: str) -> tuple[tuple[str, int] | None, int]:
    done = subprocess.run(
        [sys.executable, "-c", _FORKED, *args], capture_output=True, text=True, check=True
    )
    report = json.loads(done.stdout)
    outcome = tuple(report["outcome"]) if report["outcome"] is not None else None
    return outcome, report["status"]


@posix_only
@pytest.mark.parametrize("size", [0, 1, 3 * 1024 * 1024 + 17])
def test_the_forked_child_hashes_the_file_as_hashlib_does(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    (tmp_path / "a.flac").write_bytes(data)
    outcome, status = _forked(str(tmp_path / "a.flac"))
    assert outcome == (hashlib.sha256(data).hexdigest(), size)
    assert os.waitstatus_to_exitcode(status) == 0


@posix_only
def test_a_file_cut_short_under_the_map_kills_only_the_child(tmp_path: Path) -> None:
    (tmp_path / "a.flac").write_bytes(os.urandom(1024 * 1024))
    outcome, status = _forked(str(tmp_path / "a.flac"), "cut")
    assert os.waitstatus_to_exitcode(status) == -signal.SIGBUS  # the hazard is real, and contained
    assert outcome is None  # no hash: the verifier reads the file itself


@posix_only
def test_a_missing_file_gives_no_forked_hash(tmp_path: Path) -> None:
    outcome, status = _forked(str(tmp_path / "missing.flac"))
    assert outcome is None
    assert os.waitstatus_to_exitcode(status) == 1


@pytest.mark.parametrize(
    "report",
    [
        b"",
        b"abc 12\n",
        b"f" * 64 + b" 12",
        b"F" * 64 + b" 12\n",
        b"f" * 64 + b" -1\n",
        b"f" * 64 + b" 1 2\n",
    ],
)
def test_a_report_that_is_not_a_hash_is_none(report: bytes) -> None:
    assert launch._parse_report(report) is None
    assert launch._parse_report(b"f" * 64 + b" 12\n") == ("f" * 64, 12)


@posix_only
def test_a_hash_started_for_another_file_is_ended_and_collected(tmp_path: Path) -> None:
    (tmp_path / "a.flac").write_bytes(b"a")
    probe = (
        "import sys; from opnamestudio import launch; "
        "launch._early = launch.start_hash(sys.argv[1]); started = launch._early; "
        "assert isinstance(started, launch.ForkedHash); "
        "assert launch.early_hash(sys.argv[2]) is None; "
        "print(started.status is not None, started._fd)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "a.flac"), str(tmp_path / "b.flac")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["True", "-1"]


def test_a_thread_hashes_when_other_threads_run(tmp_path: Path) -> None:
    data = b"sound" * 1000
    (tmp_path / "a.flac").write_bytes(data)
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        hashing = launch.start_hash(tmp_path / "a.flac")
        assert isinstance(hashing, launch.FileHash)  # never fork beside a running thread
        assert hashing.outcome() == (hashlib.sha256(data).hexdigest(), len(data))
    finally:
        release.set()
        other.join()
