"""The entry point starts a verify's file hash before the heavy imports, and hands it over once."""

from __future__ import annotations

import hashlib
import subprocess
import sys
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
        "'cryptography', 'numpy') if m in sys.modules))"
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
