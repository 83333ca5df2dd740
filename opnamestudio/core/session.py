"""The conversation's data model: the session record, the script to read aloud, refusals, agreement.

The **session record** (DESIGN §5) holds what the seal must not: the organisation, who records,
the participants by role (names only if entered), the extra questions for a child or a vulnerable
adult, the camera question, the organisation's purpose, AVG basis and retention when it records,
and the agreements exactly as shown. The seal refers to it only by ``Session.record_sha256()``,
the SHA-256 of its canonical JSON bytes, which is what ``save_session`` writes: so
``sha256sum sessions/<id>.json`` prints the seal's ``session.record_sha256``, and the record can be
deleted at the end of its retention while the seal stays. Once the archive has keys the record is
stored encrypted (``sessions/<id>.json.age``, core.privatefiles) and its SHA-256 beside it.

Canonical bytes: ``json.dumps(to_json(), sort_keys=True, ensure_ascii=False,
separators=(",", ":"))`` in UTF-8 — keys sorted by code point, no whitespace outside strings,
no trailing newline, no floats, every text NFC-normalised and stripped.

Plain Dutch for people (the agreements, the script, the refusal text, the labels) comes from
``resources/texts/afspraken.json`` and ``resources/texts/weigeren.json``; the codes that go into
records and the seal are lower-case ASCII (``[a-z0-9-]``), so the seal's filter keeps them and no
name or free text ever reaches it. Tip 2 of the Nationale ombudsman says to avoid the word
"toestemming": every text that can reach the client is refused when it contains it. Only the
organisation's own legal-basis term (``LEGAL_BASES["consent"]``) uses it, as the AVG does.

Errors are ``SessionError`` with ``field``: the attribute (or JSON path) that is wrong, so the
GUI can point at the widget. Messages are English like the rest of the core.
"""

from __future__ import annotations

import calendar
import contextlib
import dataclasses
import functools
import hashlib
import json
import re
import secrets
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any, Final, Protocol

from opnamestudio.core import paths
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.fileio import atomic_write_bytes

if TYPE_CHECKING:
    from opnamestudio.core.autoarchive import Identities

__all__ = [
    "AGREED",
    "ALTERNATIVES",
    "ANSWERS",
    "CAMERA_ANSWERS",
    "DECLINED",
    "LEGAL_BASES",
    "MARK_AGREEMENT",
    "MARK_AGREEMENT_END",
    "MARK_AGREEMENT_START",
    "OUTCOMES",
    "QUESTION_KINDS",
    "RECORDERS",
    "REFUSAL_FORMAT",
    "REFUSAL_REASONS",
    "ROLES",
    "SESSION_FORMAT",
    "YES_NO",
    "AgreementItem",
    "Participant",
    "ParticipantAnswer",
    "Question",
    "RefusalRecord",
    "Retention",
    "Session",
    "SessionError",
    "TimelineEventLike",
    "agreement_end_mark",
    "agreement_mark",
    "agreement_outcome",
    "agreement_start_mark",
    "alternative_label",
    "alternatives_to_offer",
    "announcement_script",
    "answers_from_events",
    "app_records",
    "camera_answer_label",
    "camera_question",
    "default_agreements",
    "discard_recording",
    "extra_questions",
    "legal_basis_client_text",
    "load_session",
    "must_discard",
    "new_session_id",
    "participant_labels",
    "reason_label",
    "refusal_text",
    "refusals_dir",
    "role_label",
    "save_refusal",
    "save_session",
    "session_files",
    "session_hash_path",
    "session_path",
    "sessions_dir",
    "stored_session_path",
    "weighty_reason_hints",
]

SESSION_FORMAT: Final = "opnamestudio-sessie/1"
REFUSAL_FORMAT: Final = "opnamestudio-weigering/1"

#: Who records: the organisation, the client (with their own phone), or both.
RECORDERS: Final = ("organisation", "client", "both")
#: Participant roles (Dutch labels in afspraken.json: medewerker, cliënt, ouder, kind, …).
ROLES: Final = (
    "professional",
    "client",
    "parent",
    "child",
    "representative",
    "confidant",
    "interpreter",
    "other",
)
#: Answers to "is there a camera in the room?" ('s-Hertogenbosch (e)); video is never recorded.
CAMERA_ANSWERS: Final = ("not-at-home", "no-camera", "camera-off", "other-room", "camera-on")
#: The AVG (GDPR art. 6(1)) bases an organisation may name when it records, with the legal term
#: for the organisation's own form. Never client text: legal_basis_client_text() is.
LEGAL_BASES: Final[Mapping[str, str]] = {
    "legal-obligation": "wettelijke verplichting (AVG art. 6 lid 1c)",
    "public-task": "taak van algemeen belang (AVG art. 6 lid 1e)",
    "legitimate-interest": "gerechtvaardigd belang (AVG art. 6 lid 1f)",
    "contract": "uitvoering overeenkomst (AVG art. 6 lid 1b)",
    "consent": "toestemming (AVG art. 6 lid 1a)",
}
QUESTION_KINDS: Final = ("yes-no", "text")
YES_NO: Final = ("yes", "no")
AGREED: Final = "akkoord"
DECLINED: Final = "niet-akkoord"
#: A participant's spoken answer, as marked in the recording.
ANSWERS: Final = (AGREED, DECLINED)
#: agreement_outcome(): not everyone has answered / everyone agreed / someone did not.
OUTCOMES: Final = ("pending", "agreed", "declined")
#: Rule 1's weighty reasons (Nationale ombudsman 2020/009, "Belang van het kind").
REFUSAL_REASONS: Final = (
    "mediator",
    "other-parent-objects",
    "child-present",
    "sensitive-child-info",
    "other",
)
#: Rule 1's alternatives ('s-Hertogenbosch factsheet (f)).
ALTERNATIVES: Final = ("representative", "organisation-records", "written-summary", "other")

#: Timeline kinds of the agreement segment (Recorder.mark); their data are codes only.
MARK_AGREEMENT_START: Final = "agreement-start"
MARK_AGREEMENT: Final = "agreement"
MARK_AGREEMENT_END: Final = "agreement-end"

MAX_PARTICIPANTS = 20
MAX_RETENTION_MONTHS = 1200
MAX_RECORD_BYTES = 1024 * 1024
FORBIDDEN_WORD = "toestemming"

# The seal keeps data values matching [a-z0-9-]{1,40}: our codes are a subset.
_CODE = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?\Z")
_SESSION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,63}\Z")
_UTC = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")


class SessionError(OpnameError):
    """A session record, refusal record or agreement answer is incomplete or malformed."""

    code = "session-invalid"
    default_hint = "Fill in or correct the field that is named, then try again"

    def __init__(self, message: str, *, field: str | None = None, hint: str | None = None):
        super().__init__(message, hint=hint)
        #: The attribute or JSON path that is wrong ("purpose", "participants[1].role", …).
        self.field = field


# -- small checks ----------------------------------------------------------------------------


def _is_int(value: object, lo: int = 0, hi: int | None = None) -> bool:
    """An integer (not a bool) from ``lo`` up to ``hi``."""
    if not isinstance(value, int) or isinstance(value, bool):
        return False
    return value >= lo and (hi is None or value <= hi)


def _text(
    value: object,
    field: str,
    *,
    max_len: int,
    multiline: bool = False,
    client_facing: bool = True,
    allow_empty: bool = False,
) -> str:
    """Free text, NFC-normalised and stripped: canonical bytes must not depend on a keyboard."""
    if not isinstance(value, str):
        raise SessionError(f"{field} must be text", field=field)
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text and not allow_empty:
        raise SessionError(f"{field} is missing", field=field)
    if len(text) > max_len:
        raise SessionError(f"{field} is longer than {max_len} characters", field=field)
    if (_CONTROL_BUT_NEWLINE if multiline else _CONTROL).search(text):
        raise SessionError(f"{field} contains a control character or line break", field=field)
    if client_facing and FORBIDDEN_WORD in text.casefold():
        raise SessionError(
            f"{field} uses the word {FORBIDDEN_WORD!r}",
            field=field,
            hint="Say what was agreed instead ('afspraak', 'akkoord'): tip 2 of the Nationale "
            "ombudsman — recording is allowed, nobody has to ask for it",
        )
    return text


def _code(value: object, field: str, allowed: Sequence[str] | None = None) -> str:
    if not isinstance(value, str) or not _CODE.match(value):
        raise SessionError(f"{field} must be a lower-case code", field=field)
    if allowed is not None and value not in allowed:
        raise SessionError(f"{field}: unknown value {value!r}", field=field)
    return value


def _bool(value: object, field: str) -> bool:
    if not isinstance(value, bool):
        raise SessionError(f"{field} must be true or false", field=field)
    return value


def _items(value: object, field: str) -> tuple[object, ...]:
    if not isinstance(value, list | tuple):
        raise SessionError(f"{field} must be a list", field=field)
    return tuple(value)


def _set(obj: object, name: str, value: object) -> None:
    """Store a normalised value in a frozen dataclass (during __post_init__ only)."""
    object.__setattr__(obj, name, value)


@contextlib.contextmanager
def _within(prefix: str) -> Iterator[None]:
    """Errors raised inside name their field under ``prefix`` (participants[2].role)."""
    try:
        yield
    except SessionError as exc:
        path = f"{prefix}.{exc.field}" if exc.field else prefix
        raise SessionError(f"{prefix}: {exc.message}", field=path, hint=exc.hint) from exc


def _fields(value: object, where: str, keys: Sequence[str]) -> dict[str, Any]:
    """A JSON object with exactly ``keys``: strict, so nothing unseen rides along in the hash."""
    if not isinstance(value, dict):
        raise SessionError(f"{where} must be a JSON object", field=where or None)
    for key in keys:
        if key not in value:
            raise SessionError(f"{where or 'record'}: {key!r} is missing", field=key)
    extra = sorted(str(k) for k in value if k not in keys)
    if extra:
        raise SessionError(f"{where or 'record'}: unknown field {extra[0]!r}", field=extra[0])
    return value


def _json_str(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise SessionError(f"{field} must be a string", field=field)
    return value


def _json_opt_str(value: object, field: str) -> str | None:
    return None if value is None else _json_str(value, field)


def _json_strs(value: object, field: str) -> tuple[str, ...]:
    return tuple(_json_str(item, field) for item in _items(value, field))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _parse_json(raw: bytes, what: str) -> object:
    if len(raw) > MAX_RECORD_BYTES:
        raise SessionError(f"The {what} is too large")
    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise SessionError(f"The {what} is not valid JSON (or has a key twice)") from exc


def _canonical(value: Mapping[str, Any]) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


def _format_utc(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def _parse_utc(value: object, field: str) -> datetime:
    if not isinstance(value, str) or not _UTC.match(value):
        raise SessionError(
            f"{field} must be a UTC time like 2025-01-31T09:30:00.000+00:00", field=field
        )
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise SessionError(f"{field} is not a valid time", field=field) from exc


def _parse_date(value: object, field: str) -> date:
    if not isinstance(value, str) or not _DATE.match(value):
        raise SessionError(f"{field} must be a date like 2025-01-31", field=field)
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise SessionError(f"{field} is not a valid date", field=field) from exc


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def new_session_id() -> str:
    """A unique, sortable, file-name-safe id: 20250131T093000Z-1a2b3c."""
    return f"{_utc_now().strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(3)}"


# -- the Dutch texts -------------------------------------------------------------------------


def _texts_dir() -> Path:
    return paths.resources_dir() / "texts"


@functools.lru_cache(maxsize=8)
def _load_texts(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise SessionError(
            f"Cannot read the texts in {path}", hint="Reinstall OpnameStudio"
        ) from exc
    if not isinstance(data, dict):
        raise SessionError(f"The texts in {path} are damaged", hint="Reinstall OpnameStudio")
    return data


def _agreement_texts() -> dict[str, Any]:
    return _load_texts(_texts_dir() / "afspraken.json")


def _refusal_texts() -> dict[str, Any]:
    return _load_texts(_texts_dir() / "weigeren.json")


def _node(texts: Mapping[str, Any], *keys: str) -> Any:
    value: Any = texts
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            raise SessionError(
                f"The text {'/'.join(keys)} is missing from resources/texts",
                hint="Reinstall OpnameStudio",
            )
        value = value[key]
    return value


def _lookup(texts: Mapping[str, Any], *keys: str) -> str:
    value = _node(texts, *keys)
    if not isinstance(value, str):
        raise SessionError(f"The text {'/'.join(keys)} in resources/texts is not text")
    return value


def _fill(template: str, **values: str) -> str:
    try:
        return Template(template).substitute(values)
    except (KeyError, ValueError) as exc:
        raise SessionError(f"A text in resources/texts has an unknown placeholder: {exc}") from exc


def role_label(role: str) -> str:
    """The Dutch word for a role: medewerker, cliënt, ouder, kind, …"""
    return _lookup(_agreement_texts(), "roles", _code(role, "role", ROLES), "label")


def camera_question() -> str:
    """The camera question asked before recording ('s-Hertogenbosch (e))."""
    return _lookup(_agreement_texts(), "camera", "question")


def camera_answer_label(answer: str) -> str:
    """The Dutch sentence for a camera answer code."""
    code = _code(answer, "camera", CAMERA_ANSWERS)
    return _lookup(_agreement_texts(), "camera", "answers", code)


def legal_basis_client_text(basis: str) -> str:
    """How a legal basis is said to the client: plain words, never the legal term for consent."""
    code = _code(basis, "legal_basis", tuple(LEGAL_BASES))
    return _lookup(_agreement_texts(), "legal_basis_client", code)


def reason_label(reason: str) -> str:
    """A short Dutch label for a weighty reason (a check box in the refusal form)."""
    return _lookup(_refusal_texts(), "reasons", _code(reason, "reason", REFUSAL_REASONS), "label")


def alternative_label(alternative: str) -> str:
    """A short Dutch label for an alternative (a check box in the refusal form)."""
    code = _code(alternative, "alternative", ALTERNATIVES)
    return _lookup(_refusal_texts(), "alternatives", code, "label")


def _dutch_date(day: date) -> str:
    months = _node(_agreement_texts(), "months")
    if not isinstance(months, list) or len(months) != 12:
        raise SessionError("The month names in resources/texts are damaged")
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _join(labels: Sequence[str]) -> str:
    if len(labels) <= 1:
        return "".join(labels)
    word = _lookup(_agreement_texts(), "script", "and")
    return f"{', '.join(labels[:-1])} {word} {labels[-1]}"


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- the parts of a session ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Participant:
    """Someone taking part, by role; the name only if it was entered (it never reaches the seal)."""

    role: str
    name: str | None = None

    def __post_init__(self) -> None:
        _code(self.role, "role", ROLES)
        if self.name is not None:
            name = _text(self.name, "name", max_len=100, allow_empty=True)
            _set(self, "name", name or None)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"role": self.role, "name": self.name}

    @classmethod
    def from_json(cls, value: object) -> Participant:
        """Strict inverse of to_json."""
        data = _fields(value, "participant", ("role", "name"))
        return cls(_json_str(data["role"], "role"), _json_opt_str(data["name"], "name"))


@dataclasses.dataclass(frozen=True)
class AgreementItem:
    """One agreement as shown and spoken: an id, its Dutch text, and whether it is on."""

    id: str
    text: str
    on: bool = True

    def __post_init__(self) -> None:
        _code(self.id, "id")
        _set(self, "text", _text(self.text, "text", max_len=1000))
        _bool(self.on, "on")

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"id": self.id, "text": self.text, "on": self.on}

    @classmethod
    def from_json(cls, value: object) -> AgreementItem:
        """Strict inverse of to_json."""
        data = _fields(value, "agreement", ("id", "text", "on"))
        return cls(_json_str(data["id"], "id"), _json_str(data["text"], "text"), data["on"])


@dataclasses.dataclass(frozen=True)
class Question:
    """An extra question for a child or a vulnerable adult, with its answer (None: unanswered).

    A "yes-no" question is answered "yes" or "no"; a "text" question with free text (for the
    organisation, not the client: it may use any word).
    """

    id: str
    text: str
    kind: str
    required: bool = True
    answer: str | None = None

    def __post_init__(self) -> None:
        _code(self.id, "id")
        _set(self, "text", _text(self.text, "text", max_len=1000, client_facing=False))
        _code(self.kind, "kind", QUESTION_KINDS)
        _bool(self.required, "required")
        if self.answer is None:
            return
        if self.kind == "yes-no":
            _code(self.answer, "answer", YES_NO)
        else:
            answer = _text(
                self.answer,
                "answer",
                max_len=4000,
                multiline=True,
                client_facing=False,
                allow_empty=True,
            )
            _set(self, "answer", answer or None)

    @property
    def answered(self) -> bool:
        """Whether there is an answer."""
        return self.answer is not None

    def with_answer(self, answer: str | None) -> Question:
        """The same question with ``answer``."""
        return dataclasses.replace(self, answer=answer)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "id": self.id,
            "text": self.text,
            "kind": self.kind,
            "required": self.required,
            "answer": self.answer,
        }

    @classmethod
    def from_json(cls, value: object) -> Question:
        """Strict inverse of to_json."""
        data = _fields(value, "question", ("id", "text", "kind", "required", "answer"))
        return cls(
            id=_json_str(data["id"], "id"),
            text=_json_str(data["text"], "text"),
            kind=_json_str(data["kind"], "kind"),
            required=data["required"],
            answer=_json_opt_str(data["answer"], "answer"),
        )


@dataclasses.dataclass(frozen=True)
class Retention:
    """How long the organisation keeps its recording: a number of months, or until a date."""

    months: int | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        months: object = self.months
        until: object = self.until
        if (months is None) == (until is None):
            raise SessionError(
                "Give the retention either as a number of months or as an end date",
                field="months",
            )
        if months is not None and not _is_int(months, 1, MAX_RETENTION_MONTHS):
            raise SessionError(
                f"retention months must be a whole number from 1 to {MAX_RETENTION_MONTHS}",
                field="months",
            )
        if until is not None and (not isinstance(until, date) or isinstance(until, datetime)):
            raise SessionError("retention until must be a date", field="until")

    def end_date(self, start: date) -> date:
        """The last day the recording is kept, for a recording made on ``start``."""
        if self.until is not None:
            return self.until
        if self.months is None:
            raise SessionError("The retention has neither months nor an end date", field="months")
        years, month0 = divmod(start.month - 1 + self.months, 12)
        year = start.year + years
        day = min(start.day, calendar.monthrange(year, month0 + 1)[1])
        return date(year, month0 + 1, day)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: {"months": 12, "until": null} or {"months": null, "until": "…"}."""
        return {
            "months": self.months,
            "until": self.until.isoformat() if self.until is not None else None,
        }

    @classmethod
    def from_json(cls, value: object) -> Retention:
        """Strict inverse of to_json."""
        data = _fields(value, "retention", ("months", "until"))
        until = None if data["until"] is None else _parse_date(data["until"], "until")
        return cls(months=data["months"], until=until)


def default_agreements() -> tuple[AgreementItem, ...]:
    """The default agreements: the ombudsman's rules in plain Dutch, mutual ("we …"), editable."""
    items = _node(_agreement_texts(), "agreements")
    result = []
    for i, item in enumerate(_items(items, "agreements")):
        with _within(f"agreements[{i}]"):
            result.append(AgreementItem.from_json(item))
    return tuple(result)


def extra_questions(*, child: bool, vulnerable_adult: bool) -> tuple[Question, ...]:
    """The unanswered extra questions that a child or a vulnerable adult brings (Kinderombudsman
    steps; WGBO), for the preparation form to show and fill in with ``Question.with_answer``."""
    keys = [key for key, flag in (("child", child), ("vulnerable-adult", vulnerable_adult)) if flag]
    result = []
    for key in keys:
        for i, item in enumerate(_items(_node(_agreement_texts(), "questions", key), key)):
            with _within(f"questions.{key}[{i}]"):
                data = _fields(item, "question", ("id", "kind", "required", "text"))
                result.append(
                    Question(
                        id=_json_str(data["id"], "id"),
                        text=_json_str(data["text"], "text"),
                        kind=_json_str(data["kind"], "kind"),
                        required=data["required"],
                    )
                )
    return tuple(result)


def _check_participants(value: object, field: str) -> tuple[Participant, ...]:
    items = _items(value, field)
    for i, item in enumerate(items):
        if not isinstance(item, Participant):
            raise SessionError(f"{field}[{i}] is not a Participant", field=f"{field}[{i}]")
    participants = tuple(p for p in items if isinstance(p, Participant))
    if len(participants) > MAX_PARTICIPANTS:
        raise SessionError(f"At most {MAX_PARTICIPANTS} participants", field=field)
    return participants


# -- the session record ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, kw_only=True)
class Session:
    """The record of one prepared conversation (DESIGN §3 "Voorbereiden", §5).

    Construction checks everything (first problem wins, ``SessionError.field`` names it), so a
    Session that exists is complete: when the organisation records (``recorder`` "organisation"
    or "both"), ``purpose``, ``legal_basis`` and ``retention`` are required; when only the client
    records they must be None (the AVG does not apply to the client's own recording).
    """

    organisation: str
    recorder: str
    participants: tuple[Participant, ...]
    camera: str
    agreements: tuple[AgreementItem, ...] = dataclasses.field(default_factory=default_agreements)
    child: bool = False
    vulnerable_adult: bool = False
    questions: tuple[Question, ...] = ()
    purpose: str | None = None
    legal_basis: str | None = None
    retention: Retention | None = None
    session_id: str = dataclasses.field(default_factory=new_session_id)
    created: datetime = dataclasses.field(default_factory=_utc_now)

    def __post_init__(self) -> None:
        if not isinstance(self.session_id, str) or not _SESSION_ID.match(self.session_id):
            raise SessionError("session_id is not a valid id", field="session_id")
        created: object = self.created
        if not isinstance(created, datetime) or created.utcoffset() is None:
            raise SessionError("created must be a time with a time zone", field="created")
        utc = created.astimezone(timezone.utc)
        _set(self, "created", utc.replace(microsecond=utc.microsecond // 1000 * 1000))
        _set(self, "organisation", _text(self.organisation, "organisation", max_len=200))
        _code(self.recorder, "recorder", RECORDERS)
        self._check_participants()
        _code(self.camera, "camera", CAMERA_ANSWERS)
        self._check_questions()
        self._check_organisation_recording()
        agreements = _items(self.agreements, "agreements")
        seen: set[str] = set()
        for i, item in enumerate(agreements):
            if not isinstance(item, AgreementItem):
                raise SessionError(f"agreements[{i}] is not an AgreementItem", field="agreements")
            if item.id in seen:
                raise SessionError(f"Two agreements have the id {item.id!r}", field="agreements")
            seen.add(item.id)
        _set(self, "agreements", agreements)

    def _check_participants(self) -> None:
        participants = _check_participants(self.participants, "participants")
        _set(self, "participants", participants)
        if len(participants) < 2:
            raise SessionError(
                "A conversation needs at least two participants", field="participants"
            )
        roles = {p.role for p in participants}
        if "professional" not in roles:
            raise SessionError(
                "Someone of the organisation (role 'professional') must take part",
                field="participants",
            )
        if roles == {"professional"}:
            raise SessionError(
                "Someone besides the organisation's staff must take part", field="participants"
            )
        if "child" in roles and not self.child:
            raise SessionError(
                "A child takes part: set the child flag and answer its questions", field="child"
            )

    def _check_questions(self) -> None:
        _bool(self.child, "child")
        _bool(self.vulnerable_adult, "vulnerable_adult")
        questions = _items(self.questions, "questions")
        if bool(questions) != (self.child or self.vulnerable_adult):
            raise SessionError(
                "The extra questions belong to the child or vulnerable-adult flag: "
                "use extra_questions() for the flags that are set",
                field="questions",
            )
        seen: set[str] = set()
        for i, question in enumerate(questions):
            if not isinstance(question, Question):
                raise SessionError(f"questions[{i}] is not a Question", field=f"questions[{i}]")
            if question.id in seen:
                raise SessionError(f"Two questions have the id {question.id!r}", field="questions")
            seen.add(question.id)
            if question.required and not question.answered:
                raise SessionError(
                    f"The question {question.id!r} is not answered yet",
                    field=f"questions[{i}].answer",
                )
        _set(self, "questions", questions)

    def _check_organisation_recording(self) -> None:
        if isinstance(self.purpose, str) and not self.purpose.strip():
            _set(self, "purpose", None)  # an empty form field is no purpose
        if self.recorder == "client":
            for name in ("purpose", "legal_basis", "retention"):
                if getattr(self, name) is not None:
                    raise SessionError(
                        f"{name} is only for a recording that the organisation makes", field=name
                    )
            return
        required = (
            ("purpose", "the purpose of the recording"),
            ("legal_basis", "the AVG legal basis"),
            ("retention", "how long the recording is kept: months or an end date"),
        )
        for name, what in required:
            if getattr(self, name) is None:
                raise SessionError(
                    f"{name} ({what}) is required when the organisation records", field=name
                )
        _set(self, "purpose", _text(self.purpose, "purpose", max_len=500))
        _code(self.legal_basis, "legal_basis", tuple(LEGAL_BASES))
        retention: object = self.retention
        if not isinstance(retention, Retention):
            raise SessionError("retention must be a Retention", field="retention")
        if retention.until is not None and retention.until <= self.created.date():
            raise SessionError(
                "The retention end date must be after the day of the conversation",
                field="retention.until",
            )

    # -- JSON and the hash the seal holds ---------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (the canonical bytes serialise exactly this)."""
        return {
            "format": SESSION_FORMAT,
            "session_id": self.session_id,
            "created": _format_utc(self.created),
            "organisation": self.organisation,
            "recorder": self.recorder,
            "participants": [p.to_json() for p in self.participants],
            "child": self.child,
            "vulnerable_adult": self.vulnerable_adult,
            "questions": [q.to_json() for q in self.questions],
            "camera": self.camera,
            "purpose": self.purpose,
            "legal_basis": self.legal_basis,
            "retention": self.retention.to_json() if self.retention is not None else None,
            "agreements": [a.to_json() for a in self.agreements],
        }

    def canonical_bytes(self) -> bytes:
        """The record's canonical JSON bytes (sorted keys, UTF-8, no extra whitespace)."""
        return _canonical(self.to_json())

    def __bytes__(self) -> bytes:
        return self.canonical_bytes()

    def record_sha256(self) -> str:
        """SHA-256 (hex) of the canonical bytes: the value of the seal's session.record_sha256.

        It is also the SHA-256 of the file ``save_session`` writes, so anyone can check a session
        record against a seal with ``sha256sum``.
        """
        return hashlib.sha256(self.canonical_bytes()).hexdigest()

    @classmethod
    def from_json(cls, value: object) -> Session:
        """Strict inverse of to_json: every field present, nothing unknown, every value checked."""
        data = _fields(value, "", _SESSION_KEYS)
        if data["format"] != SESSION_FORMAT:
            raise SessionError(f"Not a session record of format {SESSION_FORMAT}", field="format")
        lists: dict[str, list[Any]] = {}
        for name, parse in (
            ("participants", Participant.from_json),
            ("questions", Question.from_json),
            ("agreements", AgreementItem.from_json),
        ):
            parsed: list[Any] = []
            for i, item in enumerate(_items(data[name], name)):
                with _within(f"{name}[{i}]"):
                    parsed.append(parse(item))
            lists[name] = parsed
        retention = None
        if data["retention"] is not None:
            with _within("retention"):
                retention = Retention.from_json(data["retention"])
        return cls(
            session_id=_json_str(data["session_id"], "session_id"),
            created=_parse_utc(data["created"], "created"),
            organisation=_json_str(data["organisation"], "organisation"),
            recorder=_json_str(data["recorder"], "recorder"),
            participants=tuple(lists["participants"]),
            child=data["child"],
            vulnerable_adult=data["vulnerable_adult"],
            questions=tuple(lists["questions"]),
            camera=_json_str(data["camera"], "camera"),
            purpose=_json_opt_str(data["purpose"], "purpose"),
            legal_basis=_json_opt_str(data["legal_basis"], "legal_basis"),
            retention=retention,
            agreements=tuple(lists["agreements"]),
        )

    @classmethod
    def from_bytes(cls, raw: bytes) -> Session:
        """Parse a session record's bytes (a key twice is refused)."""
        return cls.from_json(_parse_json(raw, "session record"))


_SESSION_KEYS = (
    "format",
    "session_id",
    "created",
    "organisation",
    "recorder",
    "participants",
    "child",
    "vulnerable_adult",
    "questions",
    "camera",
    "purpose",
    "legal_basis",
    "retention",
    "agreements",
)


# -- saving and loading ----------------------------------------------------------------------


def sessions_dir() -> Path:
    """The folder of session records in the data folder, created on first use."""
    path = paths.data_dir() / "sessions"
    path.mkdir(parents=True, exist_ok=True)
    return path


def session_path(session_id: str) -> Path:
    """Where the plain record of ``session_id`` lives: <data>/sessions/<id>.json.

    Once the archive has keys the record is stored encrypted beside that name, as
    ``<id>.json.age`` (core.privatefiles); ``stored_session_path`` gives whichever exists.
    """
    if not isinstance(session_id, str) or not _SESSION_ID.match(session_id):
        raise SessionError(f"{session_id!r} is not a session id", field="session_id")
    return sessions_dir() / f"{session_id}.json"


def session_hash_path(session_id: str) -> Path:
    """<data>/sessions/<id>.sha256: the record's SHA-256, readable without its key."""
    return session_path(session_id).with_suffix(".sha256")


def stored_session_path(session_id: str) -> Path | None:
    """The file holding the record of ``session_id`` (plain or encrypted), or None."""
    from opnamestudio.core.privatefiles import stored_path  # noqa: PLC0415

    return stored_path(session_path(session_id))


def session_files(session_id: str) -> list[Path]:
    """Every file of the record of ``session_id`` that exists (to delete them all)."""
    from opnamestudio.core.privatefiles import encrypted_path  # noqa: PLC0415

    plain = session_path(session_id)
    candidates = (plain, encrypted_path(plain), session_hash_path(session_id))
    return [p for p in candidates if p.exists()]


def save_session(session: Session, *, replace: bool = False) -> Path:
    """Write the record's canonical bytes atomically; returns the file.

    The file's SHA-256 (of the plain bytes, for an encrypted record) is record_sha256(), also
    kept in ``<id>.sha256``. The record is encrypted once the archive has keys
    (core.privatefiles). A record that a seal may already refer to must not change: saving
    different content under an existing id raises unless ``replace`` (a draft edited before
    recording started). Saving the same content again is a no-op.
    """
    from opnamestudio.core.privatefiles import write_private  # noqa: PLC0415

    plain = session_path(session.session_id)
    data = session.canonical_bytes()
    digest = session.record_sha256()
    hash_file = session_hash_path(session.session_id)
    try:
        stored = stored_session_path(session.session_id)
        if stored is not None and not replace:
            known = hash_file.read_text("ascii").strip() if hash_file.exists() else None
            if known is None and stored == plain:
                known = hashlib.sha256(plain.read_bytes()).hexdigest()
            if known == digest:
                return stored
            raise SessionError(
                f"A different session record {session.session_id} already exists",
                field="session_id",
                hint="Save it under a new id (new_session_id())",
            )
        target = write_private(plain, data)
        atomic_write_bytes(hash_file, digest.encode("ascii") + b"\n")
    except OSError as exc:
        raise SessionError(
            f"Cannot save the session record {plain}: {exc.strerror}",
            hint="Check that the data folder is writable and the disk not full",
        ) from exc
    return target


def load_session(session_id: str, identities: Identities | None = None) -> Session:
    """Read and strictly parse the record of ``session_id``.

    An encrypted record is opened with ``identities`` (default: the archive's keys from the OS
    keyring); a key that cannot be had raises its ArchiveKeyError / AgeError.
    """
    from opnamestudio.core.privatefiles import read_private  # noqa: PLC0415

    path = stored_session_path(session_id) or session_path(session_id)
    try:
        raw = read_private(path, MAX_RECORD_BYTES, identities)
    except OSError as exc:
        raise SessionError(
            f"Cannot read the session record {path}: {exc.strerror}",
            hint="It may have been deleted at the end of its retention period",
        ) from exc
    session = Session.from_bytes(raw)
    if session.session_id != session_id:
        raise SessionError(f"The session record {path} holds another id", field="session_id")
    return session


# -- the script to read aloud ----------------------------------------------------------------


def participant_labels(participants: Sequence[Participant]) -> tuple[str, ...]:
    """How each participant is named aloud: "de medewerker (Anna)", "ouder 1", "ouder 2", …

    A role that occurs once gets its article; a role that occurs more than once is numbered, so
    the two parents' answers can be told apart. Lower-case start: use in a sentence.
    """
    texts = _agreement_texts()
    counts: dict[str, int] = {}
    for p in participants:
        counts[p.role] = counts.get(p.role, 0) + 1
    seen: dict[str, int] = {}
    labels = []
    for p in participants:
        label = _lookup(texts, "roles", p.role, "label")
        if counts[p.role] > 1:
            seen[p.role] = seen.get(p.role, 0) + 1
            text = f"{label} {seen[p.role]}"
        else:
            text = f"{_lookup(texts, 'roles', p.role, 'article')} {label}"
        labels.append(f"{text} ({p.name})" if p.name else text)
    return tuple(labels)


def announcement_script(session: Session) -> str:
    """The text the medewerker reads aloud at the start of the recording (rule 3; tips 1 and 2).

    It announces the recording, says who takes part and — when the organisation records — why,
    on which basis and for how long; then lists every agreement that is on, and asks every
    participant by role for a spoken "akkoord". Plain Dutch; never the word "toestemming".
    """
    texts = _agreement_texts()
    org = session.organisation

    def say(*keys: str, **values: str) -> str:
        return _fill(_lookup(texts, "script", *keys), **values)

    labels = participant_labels(session.participants)
    paragraphs = [
        say("opening", session.recorder, organisatie=org),
        say("start"),
        say("present", deelnemers=_join(labels)),
    ]
    purpose, basis, retention = session.purpose, session.legal_basis, session.retention
    if app_records(session) and purpose and basis and retention:  # all three: checked by Session
        lines = [
            say("purpose", organisatie=org, doel=_sentence(purpose)),
            say("legal_basis", grond=legal_basis_client_text(basis)),
        ]
        if retention.months is not None:
            unit = say("month") if retention.months == 1 else say("months")
            lines.append(
                say("retention_months", organisatie=org, aantal=str(retention.months), maanden=unit)
            )
        else:
            end = retention.end_date(session.created.date())
            lines.append(say("retention_until", organisatie=org, datum=_dutch_date(end)))
        paragraphs.append(" ".join(lines))
    if session.camera == "camera-on":
        paragraphs.append(say("camera_on"))
    agreements = [a for a in session.agreements if a.on]
    if agreements:
        numbered = [f"{n}. {a.text}" for n, a in enumerate(agreements, start=1)]
        paragraphs.append("\n".join([say("agreements", organisatie=org), *numbered]))
    else:
        paragraphs.append(say("no_agreements"))
    paragraphs.append(say("website", organisatie=org))
    paragraphs.append(
        say("ask") + " " + say("if_not_organisation" if app_records(session) else "if_not_client")
    )
    paragraphs.append(
        "\n".join(
            say(
                "participant",
                deelnemer=_capital(label),
                vraag=_lookup(texts, "roles", p.role, "ask"),
            )
            for p, label in zip(session.participants, labels, strict=True)
        )
    )
    paragraphs.append(say("closing"))
    return "\n\n".join(paragraphs) + "\n"


# -- the agreement segment: answers, outcome, marks ------------------------------------------


def app_records(session: Session) -> bool:
    """Whether OpnameStudio records itself: only when the organisation records (alone or too).

    When only the client records (their own phone), the app records nothing: it documents the
    agreements and later receives the client's copy (DESIGN §3).
    """
    return session.recorder in ("organisation", "both")


@dataclasses.dataclass(frozen=True)
class ParticipantAnswer:
    """One participant's spoken answer, and where in the recording it was marked."""

    index: int
    role: str
    answer: str
    frame: int | None = None
    utc: str | None = None

    def __post_init__(self) -> None:
        if not _is_int(self.index):
            raise SessionError("index must be a participant's position (0, 1, …)", field="index")
        _code(self.role, "role", ROLES)
        _code(self.answer, "answer", ANSWERS)
        if self.frame is not None and not _is_int(self.frame):
            raise SessionError("frame must be a position in the recording", field="frame")
        if self.utc is not None:
            _json_str(self.utc, "utc")

    @classmethod
    def of(
        cls,
        session: Session,
        index: int,
        answer: str,
        *,
        frame: int | None = None,
        utc: str | None = None,
    ) -> ParticipantAnswer:
        """The answer of the participant at ``index`` (its role taken from the session)."""
        return cls(index, _participant(session, index).role, answer, frame, utc)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "index": self.index,
            "role": self.role,
            "answer": self.answer,
            "frame": self.frame,
            "utc": self.utc,
        }

    @classmethod
    def from_json(cls, value: object) -> ParticipantAnswer:
        """Strict inverse of to_json."""
        data = _fields(value, "answer", ("index", "role", "answer", "frame", "utc"))
        return cls(
            data["index"],
            _json_str(data["role"], "role"),
            _json_str(data["answer"], "answer"),
            data["frame"],
            _json_opt_str(data["utc"], "utc"),
        )


def _participant(session: Session, index: int) -> Participant:
    if not _is_int(index, 0, len(session.participants) - 1):
        raise SessionError(f"There is no participant {index!r}", field="index")
    return session.participants[index]


def _latest(session: Session, answers: Iterable[ParticipantAnswer]) -> dict[int, str]:
    """The last answer per participant (a corrected click counts; the timeline keeps both)."""
    latest: dict[int, str] = {}
    for answer in answers:
        participant = _participant(session, answer.index)
        if participant.role != answer.role:
            raise SessionError(
                f"Participant {answer.index} is a {participant.role!r}, not a {answer.role!r}",
                field="answers",
            )
        latest[answer.index] = answer.answer
    return latest


def agreement_outcome(session: Session, answers: Iterable[ParticipantAnswer]) -> str:
    """The state of the agreement segment: one of OUTCOMES.

    "declined" as soon as anyone says niet akkoord; "agreed" when everyone said akkoord (aXiehuis:
    with several parties, every one must agree); "pending" otherwise.
    """
    latest = _latest(session, answers)
    if DECLINED in latest.values():
        return "declined"
    if len(latest) == len(session.participants):
        return "agreed"
    return "pending"


def must_discard(session: Session, answers: Iterable[ParticipantAnswer]) -> bool:
    """True when the app's recording must stop now and its audio be discarded (and logged).

    That is: the app records (the organisation records) and a participant said niet akkoord.
    Then offer ``alternatives_to_offer(session)``. When only the client records, the app has no
    audio to discard; a refusal of the client's recording is rule 1's path (RefusalRecord).
    """
    return app_records(session) and agreement_outcome(session, answers) == "declined"


def alternatives_to_offer(session: Session) -> tuple[str, ...]:
    """The alternatives to offer when a participant does not agree (codes of ALTERNATIVES).

    When the organisation's own recording was declined, "the organisation records" is no answer:
    a written summary or a third person present (DESIGN §3). When the client's recording meets a
    "no", all of rule 1's alternatives apply.
    """
    if app_records(session):
        return ("written-summary", "representative")
    return ("representative", "organisation-records", "written-summary")


def agreement_start_mark() -> dict[str, Any]:
    """Keyword arguments for ``Recorder.mark`` at the start of the agreement segment."""
    return {"kind": MARK_AGREEMENT_START}


def agreement_mark(session: Session, index: int, answer: str) -> dict[str, Any]:
    """Keyword arguments for ``Recorder.mark(**…)`` when participant ``index`` answers.

    Only codes: ``role`` (e.g. "parent"), ``answer`` ("akkoord" / "niet-akkoord") and ``index``
    (the participant's position in ``session.participants``, from 0) — never a name.
    """
    mark = ParticipantAnswer.of(session, index, answer)
    return {"kind": MARK_AGREEMENT, "role": mark.role, "answer": mark.answer, "index": mark.index}


def agreement_end_mark(session: Session, answers: Iterable[ParticipantAnswer]) -> dict[str, Any]:
    """Keyword arguments for ``Recorder.mark`` when the agreement segment closes.

    ``answer`` is the outcome ("akkoord": everyone agreed; "niet-akkoord": someone did not).
    Raises SessionError while a participant has not answered.
    """
    outcome = agreement_outcome(session, answers)
    if outcome == "pending":
        raise SessionError("Not every participant has answered yet", field="answers")
    return {"kind": MARK_AGREEMENT_END, "answer": AGREED if outcome == "agreed" else DECLINED}


class TimelineEventLike(Protocol):
    """A recording's timeline event (recording.TimelineEvent)."""

    @property
    def kind(self) -> str: ...

    @property
    def frame(self) -> int: ...

    @property
    def utc(self) -> str: ...

    @property
    def data(self) -> Mapping[str, Any]: ...


def answers_from_events(
    session: Session, events: Iterable[TimelineEventLike | Mapping[str, Any]]
) -> tuple[ParticipantAnswer, ...]:
    """The answers marked in a timeline (RecordingInfo.events, or a seal's event dicts)."""
    answers = []
    for event in events:
        if isinstance(event, Mapping):
            kind, frame, utc = event.get("kind"), event.get("frame"), event.get("utc")
            data = event.get("data") or {}
        else:
            kind, frame, utc, data = event.kind, event.frame, event.utc, event.data
        if kind != MARK_AGREEMENT:
            continue
        if not isinstance(data, Mapping):
            raise SessionError("An agreement event has no data", field="events")
        index, role, code = data.get("index"), data.get("role"), data.get("answer")
        if not (
            isinstance(index, int)
            and isinstance(role, str)
            and isinstance(code, str)
            and isinstance(frame, int)
        ):
            raise SessionError("An agreement event is malformed", field="events")
        with _within("events"):
            answer = ParticipantAnswer(
                index, role, code, frame, utc if isinstance(utc, str) else None
            )
            _latest(session, [answer])
        answers.append(answer)
    return tuple(answers)


def weighty_reason_hints(session: Session) -> tuple[str, ...]:
    """Weighty reasons (REFUSAL_REASONS codes) that the preparation's answers point to.

    A hint for the medewerker to weigh, with the Kinderombudsman's steps; never a decision.
    """
    answers = {q.id: q.answer for q in session.questions}
    hints = []
    if (
        any(p.role == "child" for p in session.participants)
        or answers.get("child-present") == "yes"
    ):
        hints.append("child-present")
    if answers.get("child-sensitive") == "yes":
        hints.append("sensitive-child-info")
    return tuple(hints)


# -- rule 1: refusing a recording ------------------------------------------------------------


@dataclasses.dataclass(frozen=True, kw_only=True)
class RefusalRecord:
    """The organisation refused a recording for weighty reasons and offered an alternative.

    ``requested_by`` is the position in ``participants`` of who wanted to record. A reason or
    alternative "other" needs its note; the notes may explain any other choice too.
    """

    organisation: str
    conversation_date: date
    participants: tuple[Participant, ...]
    requested_by: int
    reasons: tuple[str, ...]
    alternatives: tuple[str, ...]
    reason_note: str = ""
    alternative_note: str = ""

    def __post_init__(self) -> None:
        _set(self, "organisation", _text(self.organisation, "organisation", max_len=200))
        day: object = self.conversation_date
        if not isinstance(day, date) or isinstance(day, datetime):
            raise SessionError("conversation_date must be a date", field="conversation_date")
        participants = _check_participants(self.participants, "participants")
        _set(self, "participants", participants)
        if not any(p.role == "professional" for p in participants):
            raise SessionError(
                "Someone of the organisation (role 'professional') must take part",
                field="participants",
            )
        if not _is_int(self.requested_by, 0, len(participants) - 1):
            raise SessionError("requested_by must name a participant", field="requested_by")
        if participants[self.requested_by].role == "professional":
            raise SessionError(
                "The refused request comes from the client's side, not the organisation",
                field="requested_by",
            )
        for name, allowed in (("reasons", REFUSAL_REASONS), ("alternatives", ALTERNATIVES)):
            codes = _items(getattr(self, name), name)
            if not codes:
                raise SessionError(f"Choose at least one of the {name}", field=name)
            for code in codes:
                _code(code, name, allowed)
            if len(set(codes)) != len(codes):
                raise SessionError(f"A choice appears twice in {name}", field=name)
            _set(self, name, codes)
        for name, owner in (("reason_note", "reasons"), ("alternative_note", "alternatives")):
            note = _text(getattr(self, name), name, max_len=2000, multiline=True, allow_empty=True)
            if "other" in getattr(self, owner) and not note:
                raise SessionError(f"Describe the other choice in {name}", field=name)
            _set(self, name, note)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "format": REFUSAL_FORMAT,
            "organisation": self.organisation,
            "date": self.conversation_date.isoformat(),
            "participants": [p.to_json() for p in self.participants],
            "requested_by": self.requested_by,
            "reasons": list(self.reasons),
            "reason_note": self.reason_note,
            "alternatives": list(self.alternatives),
            "alternative_note": self.alternative_note,
        }

    def canonical_bytes(self) -> bytes:
        """Canonical JSON bytes, as for the session record."""
        return _canonical(self.to_json())

    @classmethod
    def from_json(cls, value: object) -> RefusalRecord:
        """Strict inverse of to_json."""
        data = _fields(value, "", _REFUSAL_KEYS)
        if data["format"] != REFUSAL_FORMAT:
            raise SessionError(f"Not a refusal record of format {REFUSAL_FORMAT}", field="format")
        participants = []
        for i, item in enumerate(_items(data["participants"], "participants")):
            with _within(f"participants[{i}]"):
                participants.append(Participant.from_json(item))
        return cls(
            organisation=_json_str(data["organisation"], "organisation"),
            conversation_date=_parse_date(data["date"], "date"),
            participants=tuple(participants),
            requested_by=data["requested_by"],
            reasons=_json_strs(data["reasons"], "reasons"),
            reason_note=_json_str(data["reason_note"], "reason_note"),
            alternatives=_json_strs(data["alternatives"], "alternatives"),
            alternative_note=_json_str(data["alternative_note"], "alternative_note"),
        )

    @classmethod
    def from_bytes(cls, raw: bytes) -> RefusalRecord:
        """Parse a refusal record's bytes."""
        return cls.from_json(_parse_json(raw, "refusal record"))


_REFUSAL_KEYS = (
    "format",
    "organisation",
    "date",
    "participants",
    "requested_by",
    "reasons",
    "reason_note",
    "alternatives",
    "alternative_note",
)


def refusal_text(record: RefusalRecord) -> str:
    """Plain Dutch text of a refusal for the dossier (the GUI makes the PDF of it)."""
    texts = _refusal_texts()
    org = record.organisation

    def say(*keys: str, **values: str) -> str:
        return _fill(_lookup(texts, *keys), **values)

    def listed(group: str, codes: Sequence[str], note: str) -> list[str]:
        # The note completes "other" ("Een andere zwaarwegende reden: …"), else it explains.
        lines = [say("text", group)]
        for code in codes:
            text = say(group, code, "text", organisatie=org)
            lines.append(f"- {text} {note}" if code == "other" else f"- {text}")
        if note and "other" not in codes:
            lines.append(say("text", "note", toelichting=note))
        return lines

    labels = participant_labels(record.participants)
    title = say("text", "title")
    lines = [
        title,
        "=" * len(title),
        "",
        say("text", "organisation", organisatie=org),
        say("text", "date", datum=_dutch_date(record.conversation_date)),
        say("text", "present", deelnemers=_join(labels)),
        say("text", "requested_by", aanvrager=labels[record.requested_by]),
        "",
        say("text", "rule"),
        "",
        *listed("reasons", record.reasons, record.reason_note),
        "",
        *listed("alternatives", record.alternatives, record.alternative_note),
    ]
    return "\n".join(lines) + "\n"


def refusals_dir() -> Path:
    """The folder of refusal records in the data folder, created on first use."""
    path = paths.data_dir() / "refusals"
    path.mkdir(parents=True, exist_ok=True)
    return path


def save_refusal(record: RefusalRecord) -> Path:
    """Write a refusal record's canonical bytes atomically; returns its new file.

    Every refusal gets a file of its own (<data>/refusals/weigering-<id>.json, FAT32-safe): one
    conversation may be refused twice, and a saved record is never overwritten. Encrypted
    (``.json.age``) once the archive has keys, as session records are.
    """
    from opnamestudio.core.privatefiles import write_private  # noqa: PLC0415

    target = refusals_dir() / f"weigering-{new_session_id()}.json"
    try:
        target = write_private(target, record.canonical_bytes())
    except OSError as exc:
        raise SessionError(
            f"Cannot save the refusal record {target}: {exc.strerror}",
            hint="Check that the data folder is writable and the disk not full",
        ) from exc
    return target


def discard_recording(
    session: Session,
    *,
    recording_id: str | None,
    audio: Path | None,
    journal: Path | None = None,
    frames: int = 0,
    reason: str = DECLINED,
) -> None:
    """Delete the audio of a recording that a participant did not agree to, and log that.

    Removes the audio file, its seal, its information file and its journal (nothing of the
    agreement segment stays, and recovery cannot bring it back), then appends a
    ``recording-discarded`` entry to the audit log: which session, how many frames, why —
    codes and counts only. A file that cannot be deleted raises SessionError before anything
    is logged; a log that cannot be written raises AuditError.
    """
    from opnamestudio.core import audit  # noqa: PLC0415 - keeps session.py light to import
    from opnamestudio.core.seal import seal_paths_for  # noqa: PLC0415

    _code(reason, "reason")
    doomed: list[Path] = []
    if audio is not None:
        files = seal_paths_for(audio)
        doomed += [audio, audio.with_name(audio.name + ".partial"), files.manifest, files.signature]
    if recording_id is not None:
        doomed.append(paths.info_dir() / f"{recording_id}.json")
    if journal is not None:
        doomed.append(journal)
    for path in doomed:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise SessionError(
                f"Cannot delete {path}: {exc.strerror}",
                hint="Close any program that uses the file and delete it by hand",
            ) from exc
    audit.append(
        "recording-discarded",
        recording_id,
        session_id=session.session_id,
        session_sha256=session.record_sha256(),
        reason=reason,
        frames=frames,
        file=audio.name if audio is not None else None,
    )
