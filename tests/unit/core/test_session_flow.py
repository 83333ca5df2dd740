"""The flow's core helpers: a refusal saved for the dossier, a declined recording discarded."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from opnamestudio.core import audit, paths
from opnamestudio.core.session import (
    Participant,
    RefusalRecord,
    Retention,
    Session,
    SessionError,
    discard_recording,
    refusals_dir,
    save_refusal,
)


def refusal() -> RefusalRecord:
    return RefusalRecord(
        organisation="Org",
        conversation_date=date(2026, 3, 1),
        participants=(Participant("professional"), Participant("client")),
        requested_by=1,
        reasons=("mediator",),
        alternatives=("written-summary",),
    )


def session() -> Session:
    return Session(
        organisation="Org",
        recorder="organisation",
        participants=(Participant("professional"), Participant("client")),
        camera="no-camera",
        purpose="terugluisteren",
        legal_basis="public-task",
        retention=Retention(months=3),
    )


def test_every_refusal_gets_its_own_file_with_canonical_bytes() -> None:
    record = refusal()
    first, second = save_refusal(record), save_refusal(record)
    assert first != second
    assert first.parent == second.parent == refusals_dir()
    assert first.name.startswith("weigering-") and first.suffix == ".json"
    assert first.read_bytes() == record.canonical_bytes()
    assert RefusalRecord.from_bytes(second.read_bytes()) == record


def test_discard_deletes_audio_seal_info_and_journal_and_logs_it(tmp_path: Path) -> None:
    audio = tmp_path / "gesprek.flac"
    doomed = [
        audio,
        tmp_path / "gesprek.flac.partial",
        tmp_path / "gesprek.zegel.json",
        tmp_path / "gesprek.zegel.minisig",
        paths.info_dir() / "rec-1.json",
        paths.journal_dir() / "rec-1.journal",
    ]
    for path in doomed:
        path.write_bytes(b"x")
    keep = tmp_path / "ander-gesprek.flac"
    keep.write_bytes(b"y")
    s = session()
    discard_recording(s, recording_id="rec-1", audio=audio, journal=doomed[-1], frames=48000)
    assert not [p for p in doomed if p.exists()]
    assert keep.exists()
    (line,) = audit.log_path().read_text().splitlines()
    entry = json.loads(line)
    assert entry["event"] == "recording-discarded"
    assert entry["recording_id"] == "rec-1"
    assert entry["details"] == {
        "session_id": s.session_id,
        "session_sha256": s.record_sha256(),
        "reason": "niet-akkoord",
        "frames": 48000,
        "file": "gesprek.flac",
    }
    audit.verify_chain()


def test_discard_with_nothing_on_disk_still_logs(tmp_path: Path) -> None:
    discard_recording(session(), recording_id=None, audio=None, reason="cancelled")
    (line,) = audit.log_path().read_text().splitlines()
    assert json.loads(line)["details"]["reason"] == "cancelled"


def test_a_reason_must_be_a_code() -> None:
    with pytest.raises(SessionError):
        discard_recording(session(), recording_id=None, audio=None, reason="Niet akkoord!")
    assert not audit.log_path().exists()
