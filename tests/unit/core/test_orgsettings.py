"""The organisation's settings file: defaults, round trip, damaged files are errors."""

from __future__ import annotations

import json

import pytest

from opnamestudio.core.orgsettings import (
    OrgSettings,
    SettingsError,
    load_settings,
    save_settings,
    settings_path,
)


def test_no_file_gives_defaults_not_set_up() -> None:
    settings = load_settings()
    assert settings == OrgSettings()
    assert not settings.set_up
    assert settings.language == "nl"


def test_saved_settings_load_back_equal() -> None:
    saved = OrgSettings(organisation="Jeugdzorg Zuid", website="https://jz.example", set_up=True)
    save_settings(saved)
    assert load_settings() == saved
    assert not settings_path().with_name("settings.json.tmp").exists()


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"[1, 2]",
        json.dumps({"organisation": "x", "colour": "red"}).encode(),
        json.dumps({"language": "fr"}).encode(),
        json.dumps({"retention_months": 0}).encode(),
        json.dumps({"retention_months": True}).encode(),
        json.dumps({"organisation": "a\nb"}).encode(),
        b"\xff\xfe",
    ],
)
def test_damaged_file_is_an_error_not_defaults(content: bytes) -> None:
    settings_path().write_bytes(content)
    with pytest.raises(SettingsError):
        load_settings()


def test_edited_agreements_load_back_and_replace_the_defaults() -> None:
    from opnamestudio.core.orgsettings import effective_agreements
    from opnamestudio.core.session import AgreementItem, default_agreements

    assert effective_agreements(OrgSettings()) == default_agreements()
    edited = (
        AgreementItem("announce", "We zeggen het vooraf.", on=True),
        AgreementItem("no-video", "Geen video.", on=False),
    )
    save_settings(OrgSettings(organisation="X", agreements=edited))
    loaded = load_settings()
    assert loaded.agreements == edited
    assert effective_agreements(loaded) == edited


@pytest.mark.parametrize(
    "agreements",
    [
        "announce",
        [{"id": "a", "text": "", "on": True}],
        [{"id": "a", "text": "x", "on": "yes"}],
        [{"id": "a", "text": "x"}],
        [{"id": "a", "text": "x", "on": True}, {"id": "a", "text": "y", "on": True}],
    ],
)
def test_damaged_agreements_are_an_error(agreements: object) -> None:
    settings_path().write_text(json.dumps({"agreements": agreements}), encoding="utf-8")
    with pytest.raises(SettingsError):
        load_settings()
