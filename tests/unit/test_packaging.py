"""A regular install (a wheel) carries every resource the app reads: icons, translations, texts."""

from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")

ROOT = Path(__file__).resolve().parents[2]


def test_every_resource_the_app_reads_is_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    assert config["package-dir"]["opnamestudio._resources"] == "resources"
    assert "opnamestudio._resources" in config["packages"]
    patterns = config["package-data"]["opnamestudio._resources"]
    resources = ROOT / "resources"
    needed = [
        p.relative_to(resources).as_posix()
        for p in resources.rglob("*")
        if p.is_file() and p.suffix != ".ts"  # .ts are the translators' sources, .qm ships
    ]
    assert needed
    missing = [
        name
        for name in needed
        if not any(fnmatch.fnmatch(name, pattern.replace("**/", "*")) for pattern in patterns)
    ]
    assert not missing
