"""The session record, the script to read aloud, refusals and the agreement segment (no Qt)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import unicodedata
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from opnamestudio.core import paths, seal
from opnamestudio.core.session import (
    AGREED,
    ALTERNATIVES,
    CAMERA_ANSWERS,
    DECLINED,
    LEGAL_BASES,
    RECORDERS,
    REFUSAL_REASONS,
    ROLES,
    AgreementItem,
    Participant,
    ParticipantAnswer,
    Question,
    RefusalRecord,
    Retention,
    Session,
    SessionError,
    agreement_end_mark,
    agreement_mark,
    agreement_outcome,
    agreement_start_mark,
    alternative_label,
    alternatives_to_offer,
    announcement_script,
    answers_from_events,
    app_records,
    camera_answer_label,
    camera_question,
    default_agreements,
    extra_questions,
    legal_basis_client_text,
    load_session,
    must_discard,
    participant_labels,
    reason_label,
    refusal_text,
    role_label,
    save_session,
    session_path,
    weighty_reason_hints,
)

CREATED = datetime(2025, 3, 3, 9, 30, tzinfo=timezone.utc)
ORG_FIELDS: dict[str, Any] = {
    "purpose": "Een goed verslag van het gesprek maken",
    "legal_basis": "public-task",
    "retention": Retention(months=12),
}
TWO = (Participant("professional", "Anna de Vries"), Participant("client"))


def answered(
    questions: tuple[Question, ...], yes: frozenset[str] = frozenset()
) -> tuple[Question, ...]:
    return tuple(
        q.with_answer(("yes" if q.id in yes else "no") if q.kind == "yes-no" else "")
        for q in questions
    )


def make(**changes: Any) -> Session:
    fields: dict[str, Any] = {
        "organisation": "Jeugdzorg Voorbeeld",
        "recorder": "organisation",
        "participants": TWO,
        "camera": "not-at-home",
        "created": CREATED,
        "session_id": "20250303T093000Z-a1b2c3",
        **ORG_FIELDS,
    }
    if changes.get("recorder") == "client":
        for name in ORG_FIELDS:
            fields[name] = None
    fields.update(changes)
    return Session(**fields)


def rich() -> Session:
    """Every part filled in: names, two parents, a child, a vulnerable adult, an end date."""
    return make(
        recorder="both",
        participants=(
            Participant("professional", "Anna de Vries"),
            Participant("parent", "Zoë Öztürk"),
            Participant("parent"),
            Participant("child", "Sam"),
            Participant("interpreter"),
        ),
        child=True,
        vulnerable_adult=True,
        questions=answered(
            extra_questions(child=True, vulnerable_adult=True), frozenset({"child-present"})
        ),
        camera="camera-on",
        legal_basis="consent",
        retention=Retention(until=date(2026, 3, 31)),
    )


# -- required fields and validation ----------------------------------------------------------


@pytest.mark.parametrize("recorder", ["organisation", "both"])
@pytest.mark.parametrize("missing", ["purpose", "legal_basis", "retention"])
def test_the_organisation_records_only_with_purpose_basis_and_retention(
    recorder: str, missing: str
) -> None:
    with pytest.raises(SessionError) as caught:
        make(recorder=recorder, **{missing: None})
    assert caught.value.field == missing
    assert missing in caught.value.message
    assert caught.value.code == "session-invalid"


def test_a_blank_purpose_is_a_missing_purpose() -> None:
    with pytest.raises(SessionError) as caught:
        make(purpose="   ")
    assert caught.value.field == "purpose"


def test_the_client_alone_needs_no_avg_fields_and_may_not_have_them() -> None:
    session = make(recorder="client")
    assert (session.purpose, session.legal_basis, session.retention) == (None, None, None)
    assert make(recorder="client", purpose="").purpose is None  # an empty form field
    for name, value in ORG_FIELDS.items():
        with pytest.raises(SessionError) as caught:
            make(recorder="client", **{name: value})
        assert caught.value.field == name


def test_only_the_fixed_avg_bases_are_accepted() -> None:
    for basis in LEGAL_BASES:
        assert make(legal_basis=basis).legal_basis == basis
    with pytest.raises(SessionError) as caught:
        make(legal_basis="toestemming")
    assert caught.value.field == "legal_basis"


def test_retention_is_months_or_an_end_date_after_the_conversation() -> None:
    with pytest.raises(SessionError):
        Retention()
    with pytest.raises(SessionError):
        Retention(months=12, until=date(2026, 1, 1))
    for months in (0, -1, 1201, True):
        with pytest.raises(SessionError):
            Retention(months=months)
    with pytest.raises(SessionError) as caught:
        make(retention=Retention(until=CREATED.date()))
    assert caught.value.field == "retention.until"
    assert Retention(months=1).end_date(date(2024, 1, 31)) == date(2024, 2, 29)
    assert Retention(months=12).end_date(date(2025, 3, 3)) == date(2026, 3, 3)
    assert Retention(until=date(2030, 1, 1)).end_date(date(2025, 3, 3)) == date(2030, 1, 1)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"organisation": " "}, "organisation"),
        ({"recorder": "kantoor"}, "recorder"),
        ({"participants": (Participant("professional"),)}, "participants"),
        ({"participants": (Participant("client"), Participant("parent"))}, "participants"),
        (
            {"participants": (Participant("professional"), Participant("professional"))},
            "participants",
        ),
        ({"participants": (Participant("professional"), Participant("child"))}, "child"),
        ({"camera": "yes"}, "camera"),
        ({"child": True}, "questions"),
        ({"questions": answered(extra_questions(child=True, vulnerable_adult=False))}, "questions"),
        (
            {"child": True, "questions": extra_questions(child=True, vulnerable_adult=False)},
            "questions[0].answer",
        ),
        (
            {"agreements": (AgreementItem("a", "Tekst."), AgreementItem("a", "Nog een."))},
            "agreements",
        ),
        ({"session_id": "../../etc/passwd"}, "session_id"),
        ({"created": datetime(2025, 3, 3, 9, 30)}, "created"),  # naive: refused
    ],
)
def test_an_incomplete_or_inconsistent_session_names_its_field(
    changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(SessionError) as caught:
        make(**changes)
    assert caught.value.field == field


def test_only_required_questions_must_be_answered() -> None:
    questions = extra_questions(child=False, vulnerable_adult=True)
    assert any(not q.required for q in questions)
    partly = tuple(q.with_answer("no") if q.required else q for q in questions)
    assert make(vulnerable_adult=True, questions=partly).vulnerable_adult
    with pytest.raises(SessionError):
        questions[0].with_answer("misschien")


@pytest.mark.parametrize("word", ["toestemming", "Toestemming", "TOESTEMMINGSFORMULIER"])
def test_client_facing_text_never_says_toestemming(word: str) -> None:
    with pytest.raises(SessionError) as caught:
        AgreementItem("eigen", f"We geven {word} voor de opname.")
    assert caught.value.field == "text"
    with pytest.raises(SessionError) as caught:
        make(purpose=f"Met {word} opnemen")
    assert caught.value.field == "purpose"


def test_text_is_normalised_so_the_bytes_do_not_depend_on_the_keyboard() -> None:
    decomposed = unicodedata.normalize("NFD", "Zoë")
    one = make(participants=(TWO[0], Participant("client", f"  {decomposed} ")))
    two = make(participants=(TWO[0], Participant("client", "Zoë")))
    assert one.participants[1].name == "Zoë"
    assert one.record_sha256() == two.record_sha256()
    assert Participant("client", "  ").name is None
    with pytest.raises(SessionError):
        Participant("client", "Zoë\nÖztürk")
    assert make(
        created=datetime(2025, 3, 3, 10, 30, 0, 123456, tzinfo=timezone(timedelta(hours=1)))
    ).created == datetime(2025, 3, 3, 9, 30, 0, 123000, tzinfo=timezone.utc)


# -- JSON, canonical bytes, saving -----------------------------------------------------------


def test_json_round_trip() -> None:
    for session in (make(), make(recorder="client"), rich()):
        assert Session.from_json(json.loads(json.dumps(session.to_json()))) == session
        assert Session.from_bytes(session.canonical_bytes()) == session
        assert bytes(session) == session.canonical_bytes()


def test_canonical_bytes_are_sorted_compact_utf8() -> None:
    raw = rich().canonical_bytes()
    assert "Zoë Öztürk".encode() in raw
    assert b"\n" not in raw and raw.startswith(b'{"agreements":[{"id":"announce",')
    assert raw == json.dumps(
        json.loads(raw), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


GOLDEN_BYTES = (
    '{"agreements":[{"id":"no-third-parties","on":true,"text":"We geven de opname niet aan '
    'anderen."},{"id":"third-party-court","on":false,"text":"Een rechter telt niet als '
    "'anderen'.\"}],"
    '"camera":"not-at-home","child":false,"created":"2025-03-03T09:30:00.000+00:00",'
    '"format":"opnamestudio-sessie/1","legal_basis":"public-task",'
    '"organisation":"Gemeente \'s-Hertogenbosch","participants":[{"name":"Anna de Vries",'
    '"role":"professional"},{"name":"Zoë","role":"client"}],"purpose":"Verslaglegging",'
    '"questions":[],"recorder":"organisation","retention":{"months":12,"until":null},'
    '"session_id":"20250303T093000Z-a1b2c3","vulnerable_adult":false}'
).encode()
GOLDEN_SHA256 = "82c964efc08b14d1ee6c16f21fc585266434a2a31fa09ae2bc8cb8d834dab031"


def golden_session() -> Session:
    return make(
        organisation="Gemeente 's-Hertogenbosch",
        participants=(Participant("professional", "Anna de Vries"), Participant("client", "Zoë")),
        purpose="Verslaglegging",
        agreements=(
            AgreementItem("no-third-parties", "We geven de opname niet aan anderen."),
            AgreementItem("third-party-court", "Een rechter telt niet als 'anderen'.", on=False),
        ),
    )


def test_golden_canonical_bytes_and_sha256() -> None:
    """Pins the format: a change here changes every seal's session.record_sha256 from now on."""
    session = golden_session()
    assert session.canonical_bytes() == GOLDEN_BYTES
    assert session.record_sha256() == hashlib.sha256(GOLDEN_BYTES).hexdigest() == GOLDEN_SHA256


def test_save_writes_the_canonical_bytes_and_load_reads_them(opnamestudio_home: Path) -> None:
    session = rich()
    path = save_session(session)
    assert path == opnamestudio_home / "sessions" / f"{session.session_id}.json"
    assert path == session_path(session.session_id)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == session.record_sha256()
    assert load_session(session.session_id) == session
    assert save_session(session) == path  # the same content again: fine
    changed = dataclasses.replace(session, organisation="Andere organisatie")
    with pytest.raises(SessionError):
        save_session(changed)  # a seal may refer to the saved one
    save_session(changed, replace=True)
    assert load_session(session.session_id) == changed
    assert not list(path.parent.glob("*.tmp-*"))


def test_load_refuses_damage(opnamestudio_home: Path) -> None:
    with pytest.raises(SessionError):
        load_session("20250303T093000Z-000000")  # not there
    with pytest.raises(SessionError):
        session_path("../x")
    session = make()
    path = save_session(session)
    other = dataclasses.replace(session, session_id="20250303T093000Z-ffffff")
    path.write_bytes(other.canonical_bytes())
    with pytest.raises(SessionError):
        load_session(session.session_id)  # the file holds another id


def _mutated(change: Any) -> bytes:
    data = make().to_json()
    change(data)
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    "raw",
    [
        b"not json",
        b"[]",
        b'{"format": "opnamestudio-sessie/1", "format": "x"}',
        _mutated(lambda d: d.update(extra=1)),
        _mutated(lambda d: d.pop("camera")),
        _mutated(lambda d: d.update(format="opnamestudio-sessie/2")),
        _mutated(lambda d: d.update(child=1)),
        _mutated(lambda d: d.update(created="2025-03-03T09:30:00+00:00")),
        _mutated(lambda d: d.update(created="2025-03-03T10:30:00.000+01:00")),
        _mutated(lambda d: d["participants"][0].update(role="cliënt")),
        _mutated(lambda d: d["participants"][0].pop("name")),
        _mutated(lambda d: d["agreements"][0].update(on="true")),
        _mutated(lambda d: d["retention"].update(months=12.0)),
        _mutated(lambda d: d.update(retention={"months": None, "until": "31-03-2026"})),
        _mutated(lambda d: d.update(participants="Anna")),
    ],
)
def test_parsing_is_strict(raw: bytes) -> None:
    with pytest.raises(SessionError):
        Session.from_bytes(raw)


def test_a_parse_error_names_the_path() -> None:
    with pytest.raises(SessionError) as caught:
        Session.from_bytes(_mutated(lambda d: d["participants"][1].update(role="buurman")))
    assert caught.value.field == "participants[1].role"


# -- the script ------------------------------------------------------------------------------


def every_session() -> list[Session]:
    sessions = [make(recorder="client"), rich()]
    for recorder in ("organisation", "both"):
        for basis in LEGAL_BASES:
            sessions.append(make(recorder=recorder, legal_basis=basis))
    return sessions


@pytest.mark.parametrize("session", every_session(), ids=lambda s: f"{s.recorder}-{s.legal_basis}")
def test_the_script_has_every_agreement_and_role_and_asks_for_akkoord(session: Session) -> None:
    script = announcement_script(session)
    assert "toestemming" not in script.casefold()
    for item in session.agreements:
        assert (item.text in script) == item.on, item.id
    for label in participant_labels(session.participants):
        assert f"{label[0].upper()}{label[1:]}: " in script
    for participant in session.participants:
        assert role_label(participant.role) in script
    assert "akkoord" in script and "niet akkoord" in script
    assert session.organisation in script


def test_the_script_follows_tip_1_and_names_each_participant_once() -> None:
    script = announcement_script(make(recorder="client"))
    assert "Dat mag, en het hoeft niet stiekem." in script
    assert "privacywet" not in script  # the AVG is no matter for the client's own recording
    rich_script = announcement_script(rich())
    assert "Ouder 1 (Zoë Öztürk): bent u akkoord?" in rich_script
    assert "Ouder 2: bent u akkoord?" in rich_script
    assert "Het kind (Sam): ben jij akkoord?" in rich_script
    assert "tot 31 maart 2026" in rich_script
    assert "camera" in rich_script


def test_the_script_says_what_the_organisation_records_for() -> None:
    script = announcement_script(make())
    assert "Een goed verslag van het gesprek maken." in script
    assert legal_basis_client_text("public-task") in script
    assert "12 maanden" in script
    assert "stoppen we de opname en wissen" in script
    assert "1 maand." in announcement_script(make(retention=Retention(months=1)))


def test_the_script_lists_only_the_agreements_that_are_on() -> None:
    items = tuple(dataclasses.replace(a, on=False) for a in default_agreements())
    script = announcement_script(make(agreements=items))
    assert not any(a.text in script for a in items)
    edited = (AgreementItem("eigen-1", "We luisteren de opname samen terug."),)
    assert "1. We luisteren de opname samen terug." in announcement_script(make(agreements=edited))


def test_the_default_agreements_cover_the_rules_and_the_third_party_choice() -> None:
    ids = {a.id for a in default_agreements()}
    assert {"announce", "copy", "no-editing", "listen-only", "no-third-parties", "no-video"} <= ids
    assert {"third-party-complaints", "third-party-court"} <= ids
    assert all(a.text.startswith(("We ", "Wie ", "Een ", "Het ")) for a in default_agreements())


def test_no_text_in_resources_texts_says_toestemming() -> None:
    folder = paths.resources_dir() / "texts"
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert {"afspraken.json", "weigeren.json"} <= {p.name for p in files}
    for path in files:
        assert "toestemming" not in path.read_text(encoding="utf-8").casefold(), path


def test_every_code_has_a_dutch_label_without_toestemming() -> None:
    texts = [camera_question()]
    texts += [role_label(r) for r in ROLES]
    texts += [camera_answer_label(c) for c in CAMERA_ANSWERS]
    texts += [legal_basis_client_text(b) for b in LEGAL_BASES]
    texts += [reason_label(r) for r in REFUSAL_REASONS]
    texts += [alternative_label(a) for a in ALTERNATIVES]
    texts += [q.text for q in extra_questions(child=True, vulnerable_adult=True)]
    assert all(texts)
    assert not any("toestemming" in t.casefold() for t in texts)
    assert "toestemming" in LEGAL_BASES["consent"]  # the organisation's legal term only


# -- the agreement segment -------------------------------------------------------------------


def answers(session: Session, *codes: str) -> list[ParticipantAnswer]:
    return [ParticipantAnswer.of(session, i, code) for i, code in enumerate(codes)]


@pytest.mark.parametrize("recorder", RECORDERS)
@pytest.mark.parametrize(
    ("codes", "outcome"),
    [
        ((AGREED, AGREED), "agreed"),
        ((AGREED, DECLINED), "declined"),
        ((DECLINED, AGREED), "declined"),
        ((DECLINED, DECLINED), "declined"),
        ((AGREED,), "pending"),
        ((DECLINED,), "declined"),
        ((), "pending"),
    ],
)
def test_must_discard_and_app_records_truth_table(
    recorder: str, codes: tuple[str, ...], outcome: str
) -> None:
    session = make(recorder=recorder)
    given = answers(session, *codes)
    assert app_records(session) == (recorder != "client")
    assert agreement_outcome(session, given) == outcome
    assert must_discard(session, given) == (recorder != "client" and outcome == "declined")


def test_with_several_parties_every_one_must_agree() -> None:
    session = rich()
    all_but_one = answers(session, *[AGREED] * (len(session.participants) - 1))
    assert agreement_outcome(session, all_but_one) == "pending"
    assert not must_discard(session, all_but_one)
    last = ParticipantAnswer.of(session, len(session.participants) - 1, DECLINED)
    assert must_discard(session, [*all_but_one, last])


def test_a_corrected_answer_counts() -> None:
    session = make()
    given = [*answers(session, AGREED, DECLINED), ParticipantAnswer.of(session, 1, AGREED)]
    assert agreement_outcome(session, given) == "agreed"


def test_alternatives_to_offer() -> None:
    org = alternatives_to_offer(make())
    assert "written-summary" in org and "representative" in org
    assert "organisation-records" not in org  # its own recording was just declined
    assert "organisation-records" in alternatives_to_offer(make(recorder="client"))
    assert set(org) <= set(ALTERNATIVES)


def test_marks_carry_codes_only_and_survive_the_seal_filter() -> None:
    session = rich()
    assert agreement_start_mark() == {"kind": "agreement-start"}
    mark = agreement_mark(session, 1, AGREED)
    assert mark == {"kind": "agreement", "role": "parent", "answer": "akkoord", "index": 1}
    assert "Zoë" not in json.dumps(mark)
    data = {k: v for k, v in mark.items() if k != "kind"}
    sealed = seal._seal_event({"kind": mark["kind"], "frame": 480, "utc": "x", "data": data})
    assert sealed["data"] == data  # nothing was dropped by the seal's filter
    assert set(data) <= set(seal.EVENT_DATA_KEYS)
    for code in (DECLINED, *ROLES):
        assert seal._CODE.match(code)
    with pytest.raises(SessionError):
        agreement_mark(session, 99, AGREED)
    with pytest.raises(SessionError):
        agreement_mark(session, 0, "ja")


def test_the_end_mark_needs_every_answer() -> None:
    session = make()
    with pytest.raises(SessionError):
        agreement_end_mark(session, answers(session, AGREED))
    assert agreement_end_mark(session, answers(session, AGREED, AGREED)) == {
        "kind": "agreement-end",
        "answer": "akkoord",
    }
    assert agreement_end_mark(session, answers(session, AGREED, DECLINED))["answer"] == DECLINED


def test_answers_are_read_back_from_a_timeline() -> None:
    session = make()
    events: list[dict[str, Any]] = [
        {"kind": "start", "frame": 0, "utc": "t0", "data": {}},
        {"kind": "agreement-start", "frame": 10, "utc": "t1", "data": {}},
        {"kind": "agreement", "frame": 20, "utc": "t2", "data": agreement_mark(session, 0, AGREED)},
        {"kind": "agreement", "frame": 30, "utc": "t3", "data": agreement_mark(session, 1, AGREED)},
        {"kind": "agreement-end", "frame": 40, "utc": "t4", "data": {"answer": "akkoord"}},
    ]
    got = answers_from_events(session, events)
    assert got == (
        ParticipantAnswer(0, "professional", AGREED, 20, "t2"),
        ParticipantAnswer(1, "client", AGREED, 30, "t3"),
    )
    assert ParticipantAnswer.from_json(json.loads(json.dumps(got[0].to_json()))) == got[0]
    events[2]["data"] = {"role": "parent", "answer": "akkoord", "index": 0}
    with pytest.raises(SessionError):
        answers_from_events(session, events)  # participant 0 is not a parent


def test_agreement_marks_go_through_a_real_recording_into_the_seal(tmp_path: Path) -> None:
    from opnamestudio.core.recording import Recorder, RecordingSettings
    from opnamestudio.core.seal import Seal
    from opnamestudio.core.synth import BlockSource, speech_like_blocks

    session = make()
    source = BlockSource(speech_like_blocks(2.0, blocksize=4800))
    recorder = Recorder(RecordingSettings(output=tmp_path / "gesprek.flac"), source=source)
    recorder.start()
    recorder.mark(**agreement_start_mark())
    given = []
    for index in range(len(session.participants)):
        recorder.mark(**agreement_mark(session, index, AGREED))
        given.append(ParticipantAnswer.of(session, index, AGREED))
    recorder.mark(**agreement_end_mark(session, given))
    assert source.done.wait(60)
    info = recorder.stop()
    assert info.seal is not None
    sealed_events = Seal.from_file(info.seal).data["timeline"]["events"]
    from_seal = answers_from_events(session, sealed_events)
    from_info = answers_from_events(session, info.events)
    assert [a.answer for a in from_seal] == [AGREED, AGREED]
    assert from_seal == from_info
    assert agreement_outcome(session, from_seal) == "agreed"
    kinds = [e["kind"] for e in sealed_events]
    assert kinds.index("agreement-start") < kinds.index("agreement") < kinds.index("agreement-end")


def test_weighty_reason_hints() -> None:
    assert weighty_reason_hints(make()) == ()
    assert weighty_reason_hints(rich()) == ("child-present",)
    questions = answered(
        extra_questions(child=True, vulnerable_adult=False), frozenset({"child-sensitive"})
    )
    assert weighty_reason_hints(make(child=True, questions=questions)) == ("sensitive-child-info",)


# -- rule 1: refusal -------------------------------------------------------------------------


def refusal(**changes: Any) -> RefusalRecord:
    fields: dict[str, Any] = {
        "organisation": "Gemeente 's-Hertogenbosch",
        "conversation_date": date(2025, 3, 3),
        "participants": (
            Participant("professional", "Anna de Vries"),
            Participant("parent", "Piet"),
            Participant("parent"),
        ),
        "requested_by": 1,
        "reasons": ("other-parent-objects", "other"),
        "reason_note": "Er loopt een zaak bij de rechter over het gezag.",
        "alternatives": ("written-summary", "organisation-records"),
    }
    fields.update(changes)
    return RefusalRecord(**fields)


def test_refusal_text_for_the_dossier() -> None:
    record = refusal(alternative_note="Het verslag komt binnen een week.")
    text = refusal_text(record)
    assert "toestemming" not in text.casefold()
    assert "Gemeente 's-Hertogenbosch" in text
    assert "3 maart 2025" in text
    assert "Wie wilde het gesprek opnemen: ouder 1 (Piet)" in text
    assert "de medewerker (Anna de Vries), ouder 1 (Piet) en ouder 2" in text
    assert "spelregel 1" in text and "zwaarwegende redenen" in text
    assert "de andere ouder wil dat niet" in text
    assert "Een andere zwaarwegende reden: Er loopt een zaak bij de rechter" in text
    assert "U krijgt een kort verslag van het gesprek op papier." in text
    assert "Gemeente 's-Hertogenbosch neemt het gesprek op. U mag de opname" in text
    assert "Toelichting: Het verslag komt binnen een week." in text
    assert text.index("Waarom") < text.index("Wat bieden we")


@pytest.mark.parametrize("reason", REFUSAL_REASONS)
@pytest.mark.parametrize("alternative", ALTERNATIVES)
def test_every_reason_and_alternative_has_text(reason: str, alternative: str) -> None:
    record = refusal(
        reasons=(reason,),
        reason_note="Uitleg.",
        alternatives=(alternative,),
        alternative_note="Ook.",
    )
    text = refusal_text(record)
    assert text.count("\n- ") == 2
    assert "toestemming" not in text.casefold()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"reasons": ()}, "reasons"),
        ({"reasons": ("geen-zin",)}, "reasons"),
        ({"reasons": ("mediator", "mediator")}, "reasons"),
        ({"reasons": ("other",), "reason_note": " "}, "reason_note"),
        ({"alternatives": ()}, "alternatives"),
        ({"alternatives": ("other",)}, "alternative_note"),
        ({"requested_by": 0}, "requested_by"),
        ({"requested_by": 3}, "requested_by"),
        ({"participants": (Participant("parent"), Participant("parent"))}, "participants"),
        ({"reason_note": "Geen toestemming van de andere ouder."}, "reason_note"),
        ({"conversation_date": datetime(2025, 3, 3, tzinfo=timezone.utc)}, "conversation_date"),
    ],
)
def test_an_incomplete_refusal_names_its_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(SessionError) as caught:
        refusal(**changes)
    assert caught.value.field == field


def test_refusal_json_round_trip() -> None:
    record = refusal()
    assert RefusalRecord.from_json(json.loads(json.dumps(record.to_json()))) == record
    assert RefusalRecord.from_bytes(record.canonical_bytes()) == record
    data = record.to_json()
    data["date"] = "3 maart"
    with pytest.raises(SessionError):
        RefusalRecord.from_json(data)
    data = record.to_json()
    data["secret"] = True
    with pytest.raises(SessionError):
        RefusalRecord.from_json(data)


def test_a_retention_error_in_a_record_names_its_path() -> None:
    raw = _mutated(lambda d: d.update(retention={"months": 0, "until": None}))
    with pytest.raises(SessionError) as caught:
        Session.from_bytes(raw)
    assert caught.value.field == "retention.months"
