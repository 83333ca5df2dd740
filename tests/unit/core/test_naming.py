"""File names for recordings: readable defaults, FAT32-safe, never an existing file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opnamestudio.core.naming import (
    default_file_name,
    free_file_name,
    is_portable_name,
    is_safe_file_name,
    portable_name,
    with_extension,
)

NOW = datetime(2026, 11, 26, 14, 5, 33)


def test_default_name() -> None:
    assert default_file_name(NOW) == "gesprek-2026-11-26-1405.flac"
    assert is_safe_file_name(default_file_name(NOW))


def test_free_name_skips_existing_and_partial_files(tmp_path: Path) -> None:
    assert free_file_name(tmp_path, NOW) == "gesprek-2026-11-26-1405.flac"
    (tmp_path / "gesprek-2026-11-26-1405.flac").touch()
    (tmp_path / "gesprek-2026-11-26-1405-2.flac.partial").touch()
    assert free_file_name(tmp_path, NOW) == "gesprek-2026-11-26-1405-3.flac"


@pytest.mark.parametrize(
    "name",
    ["gesprek.flac", "Gesprek met mevrouw Öztürk (2).flac", "intake_2026-11-26.flac"],
)
def test_safe_names(name: str) -> None:
    assert is_safe_file_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "",
        "a:b.flac",
        "a/b.flac",
        'a"b.flac',
        "a?.flac",
        "a*.flac",
        "a|b.flac",
        "a<b>.flac",
        "tab\there.flac",
        "CON.flac",
        "com1.flac",
        "trailing.",
        " leading.flac",
        ".hidden.flac",
        "x" * 200 + ".flac",
    ],
)
def test_unsafe_names(name: str) -> None:
    assert not is_safe_file_name(name)


def test_with_extension() -> None:
    assert with_extension("gesprek", "flac") == "gesprek.flac"
    assert with_extension(" gesprek.FLAC ", "flac") == "gesprek.FLAC"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gesprek-2026-11-26-1405", "gesprek-2026-11-26-1405"),
        ("Gesprek met mevrouw Öztürk (2)", "Gesprek met mevrouw Ozturk (2)"),
        ("Café: één/twee?", "Cafe- een-twee"),
        ("Straße", "Stra-e"),
        ("CON", "opname-CON"),
        ("...", "opname"),
        ("", "opname"),
        (" .verborgen. ", "verborgen"),
        ("tab\there", "tab-here"),
        ("日本語", "opname"),
    ],
)
def test_portable_name(text: str, expected: str) -> None:
    assert portable_name(text) == expected
    assert is_portable_name(portable_name(text))


def test_portable_name_is_cut_to_length() -> None:
    assert len(portable_name("x" * 500)) == 80
    assert is_portable_name(portable_name("é" * 500))


def test_portable_is_stricter_than_safe() -> None:
    assert is_safe_file_name("één.flac")
    assert not is_portable_name("één.flac")
    assert is_portable_name("een.flac")


@given(st.text())
def test_portable_name_of_any_text_is_portable(text: str) -> None:
    assert is_portable_name(portable_name(text))
