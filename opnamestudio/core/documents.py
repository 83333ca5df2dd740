"""The paper around a recording, as HTML: the agreement, the client's receipt, the leaflet.

DESIGN §3 step 5 and §7, rules 2 and 4, tip 2. The GUI (ui/documents.py) turns this HTML into a
PDF or prints it through Qt; here everything is plain Python, so the texts can be tested without
Qt. The HTML keeps to what Qt's rich text understands (tables, headings, lists, point sizes), so
the same markup serves the screen preview, the PDF and the printer.

- **Afspraken over de geluidsopname**: the agreed terms, who took part (by role), the date, the
  vingerafdruk and the organisation's sleutel-ID, and a signature line for each side: the
  medewerker and every other participant (tip 2: both sides sign; "we spreken af").
- **Ontvangstbewijs**: one page for the client with the date, the vingerafdruk (digits and a QR
  code of the whole SHA-256) and the sleutel-ID. Nothing to sign: it is given also when the
  client signs nothing. The QR code's place is the marker :data:`QR_MARK`, which the GUI
  replaces with the code drawn as vector squares (the matrix comes from :func:`qr_matrix`).
- **Folder**: the organisation's information about recording (rule 2), from its settings, as a
  web page and as a printable leaflet, with its sleutel-ID and how clients check their copies.

The Dutch texts are in ``resources/texts/documenten.json`` (plain B1 Dutch, never the word
"toestemming"); the agreements themselves come from the session record.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any

import segno

from opnamestudio.core import paths
from opnamestudio.core.display import format_key_id
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.naming import portable_name
from opnamestudio.core.orgsettings import OrgSettings
from opnamestudio.core.seal import Seal, seal_paths_for
from opnamestudio.core.session import (
    MAX_RECORD_BYTES,
    Session,
    SessionError,
    default_agreements,
    load_session,
    participant_labels,
    sessions_dir,
)

if TYPE_CHECKING:
    from opnamestudio.core.autoarchive import Identities

__all__ = [
    "QR_MARK",
    "DocumentError",
    "RecordingFacts",
    "agreement_html",
    "copy_file_name",
    "facts_for_recording",
    "facts_from",
    "find_session",
    "leaflet_html",
    "plain_text",
    "qr_matrix",
    "receipt_html",
]

#: Where the receipt's QR code goes: the GUI puts the drawn code in its place.
QR_MARK = "[[QR-CODE]]"
#: How many hex digits of a SHA-256 people see (DESIGN §0).
SHOWN_DIGITS = 24
#: Said where the organisation's name is not set up yet (as LEESMIJ.txt does).
DEFAULT_ORGANISATION = "de organisatie"

_MONO = "font-family: 'DejaVu Sans Mono', 'Consolas', 'Menlo', monospace;"


class DocumentError(OpnameError):
    """A document cannot be made: its texts are missing, or the recording has no usable seal."""

    code = "document"
    default_hint = "Install OpnameStudio again, or contact your IT department"


@dataclass(frozen=True)
class RecordingFacts:
    """What the agreement and the receipt say about one sealed recording."""

    #: The audio file's SHA-256 (hex, lower case): the whole vingerafdruk.
    sha256: str
    #: The sleutel-ID: SHA-256 of the signing key (hex).
    key_id: str
    #: When the recording started (aware), None when the seal does not say.
    recorded: datetime | None
    organisation: str
    website: str = ""
    contact: str = ""
    #: Participants as named aloud ("de medewerker (Anna)", "ouder 1"); empty: not known.
    participants: tuple[str, ...] = ()
    #: Which of them belong to the organisation (same order as ``participants``).
    professional: tuple[bool, ...] = ()
    #: The audio file's name on the client's copy (as core/export names it).
    file_name: str = ""
    #: The texts of the agreements that are on.
    agreements: tuple[str, ...] = ()
    purpose: str | None = None
    #: "bewaart de opname 12 maanden" as a full sentence, or None.
    retention: str | None = None

    @property
    def fingerprint(self) -> str:
        """The vingerafdruk as people see it: 24 hex digits in groups of four."""
        return format_key_id(self.sha256, SHOWN_DIGITS)

    @property
    def key_fingerprint(self) -> str:
        """The sleutel-ID as people see it: 24 hex digits in groups of four."""
        return format_key_id(self.key_id, SHOWN_DIGITS)


# ----------------------------------------------------------------------------- texts


@functools.lru_cache(maxsize=2)
def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DocumentError(f"Cannot read the document texts in {path}") from exc
    if not isinstance(data, dict):
        raise DocumentError(f"The document texts in {path} are damaged")
    return data


def _texts() -> dict[str, Any]:
    return _load(paths.resources_dir() / "texts" / "documenten.json")


def _raw(section: str, key: str, **values: str) -> str:
    """A Dutch text with its $placeholders filled."""
    part = _texts().get(section)
    value = part.get(key) if isinstance(part, dict) else None
    if not isinstance(value, str):
        raise DocumentError(f"The text {section}/{key} is missing from documenten.json")
    try:
        filled = Template(value).substitute(values)
    except (KeyError, ValueError) as exc:
        raise DocumentError(f"The text {section}/{key} has an unknown placeholder: {exc}") from exc
    # "$organisatie bewaart …" starts a sentence, also when it is "de organisatie".
    return _capital(filled) if value.startswith("$organisatie") else filled


def _say(section: str, key: str, **values: str) -> str:
    """A Dutch text with its $placeholders filled, HTML-escaped."""
    return html.escape(_raw(section, key, **values), quote=False)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _dutch_date(moment: date | datetime | None, *, with_time: bool = False) -> str:
    """'26 november 2026' (with 'om 14:05' in local time) in plain Dutch."""
    if moment is None:
        return str(_texts().get("unknown_date", "?"))
    months = _texts().get("months")
    if not isinstance(months, list) or len(months) != 12:
        raise DocumentError("The month names in documenten.json are damaged")
    local = moment.astimezone() if isinstance(moment, datetime) else moment
    text = f"{local.day} {months[local.month - 1]} {local.year}"
    if with_time and isinstance(local, datetime):
        text += f" om {local:%H:%M}"
    return text


def _joined(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_texts().get('and', 'en')} {items[-1]}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _website_suffix(website: str) -> str:
    """', www.example.nl' after a sentence that names the website, or nothing."""
    return f": {website.strip()}" if website.strip() else ""


# ----------------------------------------------------------------------------- the facts


def find_session(record_sha256: str | None, identities: Identities | None = None) -> Session | None:
    """The session record whose file has this SHA-256 (the seal's ``session.record_sha256``).

    The seal refers to the session only by that hash (DESIGN §5), so the records in the data
    folder are hashed (an encrypted one: its ``<id>.sha256``) until one matches; None when none
    does (never recorded with a session, or deleted at the end of its retention period), or when
    the matching record is encrypted and its key cannot be had (``identities``, default: the
    archive's keys from the OS keyring): the documents then show the default agreements.
    """
    if not record_sha256:
        return None
    try:
        plain = sorted(sessions_dir().glob("*.json"), reverse=True)  # newest first
        hashed = sorted(sessions_dir().glob("*.sha256"), reverse=True)
    except OSError:
        return None
    found = _plain_session(plain, record_sha256)
    if found is not None:
        return found
    for path in hashed:
        try:
            if path.read_text("ascii").strip() != record_sha256:
                continue
            session = load_session(path.stem, identities)
        except (OSError, UnicodeDecodeError, OpnameError):
            return None
        return session if session.record_sha256() == record_sha256 else None
    return None


def _plain_session(candidates: list[Path], record_sha256: str) -> Session | None:
    for path in candidates:
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_RECORD_BYTES + 1)
        except OSError:
            continue
        if hashlib.sha256(raw).hexdigest() == record_sha256:
            try:
                return Session.from_bytes(raw)
            except SessionError:
                return None
    return None


def facts_from(seal: Seal, session: Session | None, settings: OrgSettings) -> RecordingFacts:
    """The facts of a sealed recording; without a session record, the default agreements."""
    started = seal.data.get("timeline", {}).get("started_utc")
    recorded: datetime | None = None
    if isinstance(started, str):
        try:
            recorded = datetime.fromisoformat(started)
        except ValueError:
            recorded = None
    organisation = (session.organisation if session else "") or settings.organisation
    file_name = copy_file_name(str(seal.audio["name"]))
    if session is None:
        agreements = tuple(a.text for a in default_agreements() if a.on)
        return RecordingFacts(
            sha256=str(seal.audio["sha256"]).lower(),
            key_id=seal.public_key.key_id,
            recorded=recorded,
            organisation=organisation.strip(),
            website=settings.website,
            contact=settings.contact,
            file_name=file_name,
            agreements=agreements,
        )
    retention = None
    if session.retention is not None:
        if session.retention.months is not None:
            unit = "month" if session.retention.months == 1 else "months"
            retention = _raw(
                "agreement",
                "retention_months",
                organisatie=organisation,
                aantal=str(session.retention.months),
                maanden=_raw("agreement", unit),
            )
        else:
            end = session.retention.end_date(session.created.date())
            retention = _raw(
                "agreement", "retention_until", organisatie=organisation, datum=_dutch_date(end)
            )
    return RecordingFacts(
        sha256=str(seal.audio["sha256"]).lower(),
        key_id=seal.public_key.key_id,
        recorded=recorded or session.created,
        organisation=organisation.strip(),
        website=settings.website,
        contact=settings.contact,
        file_name=file_name,
        participants=participant_labels(session.participants),
        professional=tuple(p.role == "professional" for p in session.participants),
        agreements=tuple(a.text for a in session.agreements if a.on),
        purpose=session.purpose,
        retention=retention,
    )


def facts_for_recording(audio: Path, settings: OrgSettings) -> RecordingFacts:
    """The facts of the sealed recording ``audio``: its seal, and its session record if kept."""
    try:
        seal = Seal.from_file(seal_paths_for(audio).manifest)
    except OpnameError as exc:
        raise DocumentError(
            f"The seal of {audio.name} cannot be read: {exc.message}",
            hint="Only a sealed recording has a vingerafdruk to put on paper",
        ) from exc
    record = seal.data.get("session", {}).get("record_sha256")
    return facts_from(seal, find_session(record if isinstance(record, str) else None), settings)


# ----------------------------------------------------------------------------- HTML


def _head_table(rows: Sequence[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td style="color:#52606d; padding-right:16px;">{label}</td>'
        f"<td><b>{value}</b></td></tr>"
        for label, value in rows
    )
    return f'<table cellspacing="0" cellpadding="3">{cells}</table>'


def _code_block(lines: Sequence[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td style="padding-right:12px;">{_e(label)}</td>'
        f'<td style="{_MONO}">{_e(command)}</td></tr>'
        for label, command in lines
    )
    return f'<table cellspacing="0" cellpadding="2">{cells}</table>'


_CHECK_COMMANDS = (
    ("windows", "certutil -hashfile {file} SHA256"),
    ("mac", "shasum -a 256 {file}"),
    ("linux", "sha256sum {file}"),
)


def _commands(file_name: str) -> list[tuple[str, str]]:
    """The computer's own commands that print a file's SHA-256 (as in LEESMIJ.txt)."""
    shown = f'"{file_name}"' if file_name else "<bestand>"
    return [
        (str(_texts()["receipt"][key]), command.format(file=shown))
        for key, command in _CHECK_COMMANDS
    ]


def copy_file_name(audio_name: str) -> str:
    """The audio file's name on the client's copy: core/export's portable name."""
    path = Path(audio_name)
    suffix = path.suffix if re.fullmatch(r"\.[A-Za-z0-9]{1,8}", path.suffix) else ""
    return portable_name(path.stem) + suffix


def _big(text: str, size: int = 20) -> str:
    return f'<p style="{_MONO} font-size:{size}pt; font-weight:bold;">{_e(text)}</p>'


def agreement_html(facts: RecordingFacts) -> str:
    """ "Afspraken over de geluidsopname", for both sides to sign (tip 2)."""
    org = facts.organisation or DEFAULT_ORGANISATION
    unknown = _say("agreement", "unknown")
    rows = [
        (_say("agreement", "organisation"), _e(org)),
        (_say("agreement", "date"), _e(_dutch_date(facts.recorded, with_time=True))),
        (
            _say("agreement", "present"),
            _e(_joined(facts.participants)) if facts.participants else unknown,
        ),
    ]
    if facts.purpose:
        rows.append((_say("agreement", "purpose"), _e(facts.purpose)))
    if facts.retention:
        rows.append((_say("agreement", "retention"), _e(facts.retention)))
    items = "".join(f"<li>{_e(text)}</li>" for text in facts.agreements)
    website = _website_suffix(facts.website)
    parts = [
        f"<h1>{_say('agreement', 'title')}</h1>",
        f"<p>{_say('agreement', 'intro')}</p>",
        _head_table(rows),
        f"<h2>{_say('agreement', 'we_agree')}</h2>",
        f"<ol>{items}</ol>",
        f"<p>{_say('agreement', 'for_everyone', organisatie=org)}</p>",
        f"<h2>{_say('agreement', 'recognise')}</h2>",
        '<table cellspacing="0" cellpadding="3">'
        f'<tr><td style="padding-right:16px; vertical-align:middle;">'
        f"{_say('agreement', 'fingerprint')}</td>"
        f'<td style="{_MONO} font-size:16pt; font-weight:bold; white-space:nowrap;">'
        f"{_e(facts.fingerprint)}</td></tr>"
        f'<tr><td style="padding-right:16px; vertical-align:middle;">'
        f"{_say('agreement', 'key', organisatie=org)}</td>"
        f'<td style="{_MONO} font-size:12pt; font-weight:bold;">'
        f"{_e(facts.key_fingerprint)}</td></tr></table>",
        f"<p>{_say('agreement', 'fingerprint_help')} "
        f"{_say('agreement', 'key_help', organisatie=org, website=website)}</p>",
        f"<h2>{_say('agreement', 'signatures')}</h2>",
        f"<p>{_say('agreement', 'signatures_intro')}</p>",
        _signature_table(facts, org),
        f'<p style="color:#52606d;"><i>{_say("agreement", "not_signing")}</i></p>',
    ]
    return _document(_say("agreement", "title"), parts, font_pt=10)


def _signers(facts: RecordingFacts, org: str) -> list[tuple[str, str]]:
    """(who, on whose behalf) per participant; the organisation's first. At least two: both
    sides sign (tip 2)."""
    on_behalf = _say("agreement", "on_behalf", organisatie=org)
    if not facts.participants:
        return [(_say("agreement", "professional"), on_behalf), (_say("agreement", "client"), "")]
    pairs = list(zip(facts.participants, facts.professional, strict=False))
    ours = [(_e(_capital(label)), on_behalf) for label, pro in pairs if pro]
    theirs = [(_e(_capital(label)), "") for label, pro in pairs if not pro]
    return ours + (theirs or [(_say("agreement", "client"), "")])


def _signature_table(facts: RecordingFacts, org: str) -> str:
    """The signers side by side, two to a row (three when there are three or more): the
    agreement stays on one page for the usual conversations."""
    signers = _signers(facts, org)
    per_row = 3 if len(signers) >= 3 else 2
    width = f"{100 // per_row}%"
    line = "_" * (20 if per_row == 3 else 26)
    # Two table rows per group of signers, who above and the lines below: the lines stay level
    # when a name takes two lines.
    heads = [
        f'<td width="{width}" style="padding:8px 14px 0 0; vertical-align:bottom;">'
        f"<b>{who}</b><br>{behalf or '&nbsp;'}</td>"
        for who, behalf in signers
    ]
    lines = [
        f'<td width="{width}" style="padding:6px 14px 4px 0;">'
        f"{_say('agreement', 'name')}:<br>{line}<br><br>"
        f"{_say('agreement', 'signature')}:<br>{line}</td>"
        for _ in signers
    ]
    while len(heads) % per_row:
        heads.append(f'<td width="{width}"></td>')
        lines.append(f'<td width="{width}"></td>')
    rows = "".join(
        "<tr>" + "".join(heads[i : i + per_row]) + "</tr>"
        "<tr>" + "".join(lines[i : i + per_row]) + "</tr>"
        for i in range(0, len(heads), per_row)
    )
    return f'<table width="100%" cellspacing="0" cellpadding="0">{rows}</table>'


def receipt_html(facts: RecordingFacts, *, today: date | None = None) -> str:
    """The client's one-page receipt; :data:`QR_MARK` marks where the QR code goes."""
    org = facts.organisation or DEFAULT_ORGANISATION
    whole = format_key_id(facts.sha256, 64).lower().split(" ")
    whole_lines = "<br>".join(" ".join(whole[i : i + 8]) for i in range(0, len(whole), 8))
    commands = _commands(facts.file_name)
    parts = [
        f"<h1>{_say('receipt', 'title')}</h1>",
        f"<p><b>{_say('receipt', 'subtitle')}</b></p>",
        f"<p>{_say('receipt', 'intro', organisatie=org, datum=_dutch_date(facts.recorded))}</p>",
        _head_table([(_say("receipt", "copy_date"), _e(_dutch_date(today or date.today())))]),
        f"<h2>{_say('receipt', 'fingerprint')}</h2>",
        _big(facts.fingerprint, 22),
        f'<table cellspacing="0" cellpadding="0"><tr><td style="padding-right:18px;">'
        f"<p>{QR_MARK}</p></td>"
        f'<td style="vertical-align:middle;"><p>{_say("receipt", "qr")}</p>'
        f'<p style="color:#52606d;">{_say("receipt", "whole")}:</p>'
        f'<p style="{_MONO} font-size:9pt;">{whole_lines}</p></td></tr></table>',
        f"<h2>{_say('receipt', 'key', organisatie=org)}</h2>",
        _big(facts.key_fingerprint, 14),
        f"<p>{_say('receipt', 'key_help', organisatie=org, website=_website_suffix(facts.website))}"
        "</p>",
        f"<h2>{_say('receipt', 'check')}</h2>",
        f"<p>{_say('receipt', 'check_intro')}</p>",
        _code_block(commands),
        f"<p>{_say('receipt', 'check_result')}</p>",
        f"<p><b>{_say('receipt', 'keep')}</b></p>",
    ]
    return _document(_say("receipt", "title"), parts)


def leaflet_html(settings: OrgSettings, key_id: str, *, agreements: Sequence[str] = ()) -> str:
    """The organisation's leaflet about recording (rule 2): a whole web page, also for print.

    ``agreements`` defaults to the default agreements that are on.
    """
    org = settings.organisation.strip() or DEFAULT_ORGANISATION
    texts = agreements or tuple(a.text for a in default_agreements() if a.on)
    items = "".join(f"<li>{_e(text)}</li>" for text in texts)
    commands = _commands("")
    whole = format_key_id(key_id, 64)
    questions = []
    if settings.contact.strip():
        questions.append(_say("leaflet", "contact", contact=settings.contact.strip()))
    if settings.website.strip():
        questions.append(_say("leaflet", "website", website=settings.website.strip()))
    if not questions:
        questions.append(_say("leaflet", "no_contact"))
    parts = [
        f"<h1>{_say('leaflet', 'title', organisatie=org)}</h1>",
        f'<p style="font-size:14pt;"><b>{_say("leaflet", "lead")}</b></p>',
        f"<p>{_say('leaflet', 'why')}</p>",
        f"<h2>{_say('leaflet', 'announce_title')}</h2>",
        f"<p>{_say('leaflet', 'announce')}</p>",
        f"<h2>{_say('leaflet', 'agree_title')}</h2>",
        f"<p>{_say('leaflet', 'agree_intro')}</p>",
        f"<ul>{items}</ul>",
        f"<h2>{_say('leaflet', 'weighty_title')}</h2>",
        f"<p>{_say('leaflet', 'weighty')}</p>",
        f"<h2>{_say('leaflet', 'we_record_title', organisatie=org)}</h2>",
        f"<p>{_say('leaflet', 'we_record')}</p>",
        f"<h2>{_say('leaflet', 'your_copy_title')}</h2>",
        f"<p>{_say('leaflet', 'your_copy')}</p>",
        f"<h2>{_say('leaflet', 'check_title')}</h2>",
        f"<p>{_say('leaflet', 'check')}</p>",
        _code_block(commands),
        f"<p>{_say('leaflet', 'check_result')}</p>",
        f"<p>{_say('leaflet', 'seal')}</p>",
        f"<h2>{_say('leaflet', 'key_title')}</h2>",
        f"<p>{_say('leaflet', 'key_intro')}</p>",
        f'<p style="{_MONO} font-size:12pt; font-weight:bold;">{_e(whole)}</p>',
        f"<p>{_say('leaflet', 'key_help')}</p>",
        f"<h2>{_say('leaflet', 'questions_title')}</h2>",
        *(f"<p>{q}</p>" for q in questions),
    ]
    return _document(_say("leaflet", "title", organisatie=org), parts)


def _document(title: str, parts: Sequence[str], *, font_pt: float = 11) -> str:
    """A whole HTML page (UTF-8), readable in a browser and by Qt's rich text."""
    body = "\n".join(parts)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        "<style>\n"
        "body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif;"
        f" font-size: {font_pt:g}pt;"
        " color: #1f2933; }\n"
        "h1 { font-size: 20pt; margin-bottom: 6px; }"
        " h2 { font-size: 14pt; margin-top: 10px; margin-bottom: 4px; }\n"
        "</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


# ----------------------------------------------------------------------------- helpers


def qr_matrix(data: str, *, border: int = 0) -> tuple[tuple[bool, ...], ...]:
    """The QR code of ``data`` (error correction M): rows of modules, True is dark.

    ``border`` adds that many light modules around it (a scanner needs four of quiet zone).
    """
    code = segno.make(data, error="m", micro=False)
    return tuple(tuple(bool(m) for m in row) for row in code.matrix_iter(scale=1, border=border))


def plain_text(markup: str) -> str:
    """The text of our HTML as people read it (for tests and logs): tags out, entities decoded."""
    body = markup.split("<body>", 1)[-1]
    body = re.sub(r"<br\s*/?>|</(p|h1|h2|li|tr|table)>", "\n", body)
    body = re.sub(r"<[^>]+>", " ", body)
    lines = (" ".join(line.split()) for line in html.unescape(body).splitlines())
    return "\n".join(line for line in lines if line)
