"""Every string the UI shows has a finished Dutch translation, compiled into the .qm."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations" / "opnamestudio_nl.ts"
QM = TS.with_suffix(".qm")
UI_SOURCES = sorted((REPO / "opnamestudio" / "ui").glob("*.py"))
PLACEHOLDER = re.compile(r"\{\w*\}")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} not found (it comes with PySide6)"
    return found


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


@pytest.fixture(scope="module")
def merged_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts merged with the strings in the sources today, by pyside6-lupdate."""
    ts = tmp_path_factory.mktemp("ts") / TS.name
    shutil.copy(TS, ts)
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, UI_SOURCES), "-target-language", "nl", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    return ts


def test_every_ui_string_has_a_finished_dutch_translation(merged_ts: Path) -> None:
    found = messages(merged_ts)
    assert len(found) > 50
    unfinished = [
        (context, source)
        for context, source, translation in found
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert not unfinished, (
        "untranslated or stale strings (run scripts/update_translations.py and translate "
        f"them): {unfinished}"
    )


def test_the_committed_ts_holds_exactly_the_current_strings(merged_ts: Path) -> None:
    current = {(c, s) for c, s, _ in messages(merged_ts)}
    committed = {(c, s) for c, s, _ in messages(TS)}
    assert current == committed


def test_translations_keep_placeholders_and_mnemonics() -> None:
    for context, source, translation in messages(TS):
        text = translation.text or ""
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            context,
            source,
        )
        assert ("&" in text) == ("&" in source), (context, source)


def test_dutch_speaks_of_agreements_never_of_permission() -> None:
    for _, _, translation in messages(TS):
        assert "toestemming" not in (translation.text or "").lower()


def test_the_compiled_qm_matches_the_ts() -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = [
        (context, source)
        for context, source, translation in messages(TS)
        if translator.translate(context, source) != translation.text
    ]
    assert not stale, f"run scripts/update_translations.py to compile the .qm: {stale}"
