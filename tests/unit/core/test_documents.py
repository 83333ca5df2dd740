"""The agreement, the receipt and the leaflet as text: what each must say, and never say."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from opnamestudio.core import documents
from opnamestudio.core.display import format_key_id
from opnamestudio.core.documents import (
    QR_MARK,
    DocumentError,
    agreement_html,
    copy_file_name,
    facts_for_recording,
    facts_from,
    find_session,
    leaflet_html,
    plain_text,
    qr_matrix,
    receipt_html,
)
from opnamestudio.core.orgsettings import OrgSettings
from opnamestudio.core.seal import Seal, seal_paths_for
from opnamestudio.core.session import Participant, Retention, Session, save_session

GOLDEN = Path(__file__).resolve().parents[2] / "data" / "golden" / "gesprek.flac"
SETTINGS = OrgSettings(
    organisation="Gemeente Utrecht", website="www.utrecht.nl", contact="030 - 286 00 00"
)


@pytest.fixture(scope="module")
def seal() -> Seal:
    return Seal.from_file(seal_paths_for(GOLDEN).manifest)


def session(**changes: object) -> Session:
    fields: dict[str, object] = {
        "organisation": "Jeugdzorg Voorbeeld",
        "recorder": "organisation",
        "participants": (Participant("professional", "Anna de Vries"), Participant("client")),
        "camera": "not-at-home",
        "created": datetime(2025, 3, 3, 9, 30, tzinfo=timezone.utc),
        "session_id": "20250303T093000Z-a1b2c3",
        "purpose": "Een goed verslag van het gesprek maken",
        "legal_basis": "public-task",
        "retention": Retention(months=12),
    }
    fields.update(changes)
    return Session(**fields)  # type: ignore[arg-type]


def test_the_agreement_holds_roles_terms_date_vingerafdruk_and_key_id(seal: Seal) -> None:
    record = session()
    facts = facts_from(seal, record, SETTINGS)
    text = plain_text(agreement_html(facts))
    sha = str(seal.audio["sha256"])
    assert "Afspraken over de geluidsopname" in text
    assert "de medewerker (Anna de Vries) en de cliënt" in text
    for agreement in record.agreements:
        assert (agreement.text in text) == agreement.on, agreement.id
    assert "We spreken af" in text
    assert format_key_id(sha) in text and len(format_key_id(sha).split()) == 6
    assert format_key_id(seal.public_key.key_id) in text
    started = datetime.fromisoformat(seal.data["timeline"]["started_utc"]).astimezone()
    assert f"{started.day} {documents._texts()['months'][started.month - 1]}" in text
    assert "Een goed verslag van het gesprek maken" in text
    assert "Jeugdzorg Voorbeeld bewaart de opname 12 maanden" in text
    # Both sides sign: the medewerker on behalf of the organisation, and the client.
    assert text.count("Handtekening:") == 2
    assert "De medewerker (Anna de Vries)\nnamens Jeugdzorg Voorbeeld" in text
    assert "De cliënt" in text


def test_every_participant_signs_and_the_organisation_first(seal: Seal) -> None:
    record = session(
        participants=(
            Participant("parent", "Zoë"),
            Participant("professional"),
            Participant("parent"),
            Participant("interpreter"),
        )
    )
    text = plain_text(agreement_html(facts_from(seal, record, SETTINGS)))
    assert text.count("Handtekening:") == 4
    signers = text.split("Handtekeningen", 1)[1]
    assert signers.index("De medewerker") < signers.index("Ouder 1 (Zoë)")
    assert signers.index("Ouder 1 (Zoë)") < signers.index("Ouder 2")
    assert "De tolk" in signers


def test_without_a_session_record_the_defaults_and_two_signature_lines(seal: Seal) -> None:
    facts = facts_from(seal, None, SETTINGS)
    text = plain_text(agreement_html(facts))
    assert facts.organisation == "Gemeente Utrecht"
    assert "Bij het gesprek ______________________________ (invullen)" in text  # filled in by hand
    assert text.count("Handtekening:") == 2
    assert "Medewerker\nnamens Gemeente Utrecht" in text and "Cliënt" in text
    assert "Niemand neemt stiekem op" in text  # a default agreement
    assert "tuchtcollege" not in text  # a default that is off


def test_the_session_record_is_found_by_the_hash_in_the_seal() -> None:
    record = session()
    other = session(session_id="20250303T093000Z-ffffff", purpose="Iets anders")
    save_session(other)
    save_session(record)
    found = find_session(record.record_sha256())
    assert found == record
    assert find_session("0" * 64) is None
    assert find_session(None) is None


def test_the_receipt_holds_date_vingerafdruk_qr_place_and_key_id(seal: Seal) -> None:
    facts = facts_from(seal, None, SETTINGS)
    markup = receipt_html(facts, today=date(2026, 1, 5))
    text = plain_text(markup)
    sha = str(seal.audio["sha256"])
    assert markup.count(QR_MARK) == 1
    assert "Ontvangstbewijs" in text and "5 januari 2026" in text
    assert format_key_id(sha) in text
    whole = "".join(text.split("De hele vingerafdruk:", 1)[1].split("\n")[1:3]).replace(" ", "")
    assert whole == sha  # the whole SHA-256 too, as the computer prints it
    assert format_key_id(seal.public_key.key_id) in text
    assert "www.utrecht.nl" in text
    assert 'certutil -hashfile "gesprek.flac" SHA256' in text
    assert 'shasum -a 256 "gesprek.flac"' in text and 'sha256sum "gesprek.flac"' in text
    assert "Handtekening" not in text  # printed also when the client signs nothing
    assert "niets voor te tekenen" in text


def test_the_leaflet_is_a_web_page_with_the_key_id_and_how_to_check() -> None:
    key_id = "1e47b6b328e1776120ea0510c8a4ee5f13a67c0299a10a920ba14eced479b3ed"
    markup = leaflet_html(SETTINGS, key_id)
    assert markup.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in markup
    text = plain_text(markup)
    assert "Gesprekken opnemen bij Gemeente Utrecht" in text
    assert "Dat mag, en het hoeft niet stiekem." in text
    assert format_key_id(key_id, 64) in text
    for command in ("certutil -hashfile", "shasum -a 256", "sha256sum", "minisign"):
        assert command in text
    assert "030 - 286 00 00" in text and "www.utrecht.nl" in text
    assert "ontvangstbewijs" in text  # compare with the paper, not with the stick
    assert "Niemand neemt stiekem op" in text  # the agreements


def test_the_leaflet_without_settings_still_reads_well() -> None:
    text = plain_text(leaflet_html(OrgSettings(), "ab" * 32))
    assert "Gesprekken opnemen bij de organisatie" in text
    assert "Neemt de organisatie het gesprek op?" in text
    assert "Neem contact op met uw medewerker." in text


@pytest.mark.parametrize("which", ["agreement", "receipt", "leaflet"])
def test_no_document_says_toestemming(seal: Seal, which: str) -> None:
    facts = facts_from(seal, session(legal_basis="consent"), SETTINGS)
    markup = {
        "agreement": agreement_html(facts),
        "receipt": receipt_html(facts),
        "leaflet": leaflet_html(SETTINGS, facts.key_id),
    }[which]
    assert "toestemming" not in markup.casefold()
    assert "$" not in plain_text(markup)  # every placeholder filled


def test_names_are_escaped_in_the_html(seal: Seal) -> None:
    settings = SETTINGS.replace(organisation="Zorg & Co <Noord>")
    facts = dataclasses.replace(facts_from(seal, None, settings))
    markup = agreement_html(facts)
    assert "Zorg &amp; Co &lt;Noord&gt;" in markup and "<Noord>" not in markup
    assert "Zorg & Co <Noord>" in plain_text(markup)


def test_the_qr_matrix_is_a_qr_code_of_the_data() -> None:
    matrix = qr_matrix("ab" * 32)
    assert len(matrix) == 37 and all(len(row) == 37 for row in matrix)  # version 5
    finder = [row[:7] for row in matrix[:7]]
    assert all(finder[0]) and all(finder[6]) and not any(finder[1][1:6])
    bordered = qr_matrix("ab" * 32, border=4)
    assert len(bordered) == 45 and not any(bordered[0]) and bordered[4][4:11] == matrix[0][:7]
    assert qr_matrix("cd" * 32) != matrix


def test_the_file_name_is_the_one_on_the_copy() -> None:
    assert copy_file_name("Gesprek met mevrouw Öztürk (2).flac") == (
        "Gesprek met mevrouw Ozturk (2).flac"
    )
    assert copy_file_name("opname") == "opname"


def test_a_recording_without_a_seal_gives_a_document_error(tmp_path: Path) -> None:
    audio = tmp_path / "los.flac"
    audio.write_bytes(b"fLaC")
    with pytest.raises(DocumentError):
        facts_for_recording(audio, SETTINGS)


def test_the_copys_leesmij_lists_the_conversations_own_agreements() -> None:
    """LEESMIJ.txt says what the agreement PDF says: the session's agreements that are on."""
    import dataclasses
    from types import SimpleNamespace

    from opnamestudio.core.export import agreement_texts

    record = session()
    edited = tuple(
        dataclasses.replace(a, on=True) if a.id == record.agreements[-2].id else a
        for a in record.agreements
    )
    record = dataclasses.replace(record, agreements=edited)
    save_session(record)
    seal_like = SimpleNamespace(data={"session": {"record_sha256": record.record_sha256()}})
    texts = agreement_texts(seal_like)  # type: ignore[arg-type]
    assert texts == [a.text for a in record.agreements if a.on]
    assert record.agreements[-2].text in texts  # switched on for this conversation
