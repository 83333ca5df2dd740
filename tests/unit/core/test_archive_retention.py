"""Changing a recording's retention end within the organisation's policy (the Archief page).

The bounds: from today (an earlier end would be a deletion: that is ``delete``) up to the day of
the conversation plus the organisation's retention period, or the current end when that is
later already. Every change is in the archive facts, the index and the audit log.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from opnamestudio.core import audit
from opnamestudio.core.archive import (
    Archive,
    ArchiveDeletedError,
    ArchivedRecording,
    ArchiveRetentionError,
    RetentionBounds,
    retention_bounds,
)
from opnamestudio.core.seal import seal_paths_for
from tests.support.archive import new_archive, record_sealed


def _rec(started: str, end: date | None, state: str = "archived") -> ArchivedRecording:
    return ArchivedRecording(
        recording_id="r1",
        name="gesprek.flac",
        audio_file="r1.flac.age",
        sha256="0" * 64,
        size=1,
        duration=1.0,
        started_utc=started,
        archived_utc=started,
        session_id=None,
        retention_end=end,
        recipients=(),
        state=state,
    )


def test_the_latest_end_is_the_conversation_day_plus_the_policy() -> None:
    rec = _rec("2026-01-31T10:00:00Z", date(2026, 7, 31))
    bounds = retention_bounds(rec, 12, today=date(2026, 3, 1))
    assert bounds == RetentionBounds(date(2026, 3, 1), date(2027, 1, 31))
    assert bounds.allows(date(2026, 3, 1)) and bounds.allows(date(2027, 1, 31))
    assert not bounds.allows(date(2027, 2, 1)) and not bounds.allows(date(2026, 2, 28))
    # A month without that day: the last day of the month.
    short = _rec("2026-01-31T10:00:00Z", date(2026, 2, 10))
    assert retention_bounds(short, 1, today=date(2026, 2, 1)) == RetentionBounds(
        date(2026, 2, 1), date(2026, 2, 28)
    )


def test_an_end_already_beyond_the_policy_is_kept_but_not_extended() -> None:
    rec = _rec("2026-01-10T10:00:00Z", date(2030, 1, 1))
    assert retention_bounds(rec, 12, today=date(2026, 3, 1)) == RetentionBounds(
        date(2026, 3, 1), date(2030, 1, 1)
    )


def test_a_deleted_recording_has_no_bounds_and_a_past_policy_end_allows_only_today() -> None:
    assert retention_bounds(_rec("2026-01-10T10:00:00Z", None, "deleted"), 12) is None
    old = _rec("2020-01-10T10:00:00Z", date(2021, 1, 10))
    assert retention_bounds(old, 12, today=date(2026, 3, 1)) == RetentionBounds(
        date(2026, 3, 1), date(2026, 3, 1)
    )


@pytest.fixture
def archived(opnamestudio_home: Path, tmp_path: Path) -> tuple[Archive, str]:
    audio = record_sealed(tmp_path / "rec", "gesprek", 1.0, seed=3)
    archive, _ = new_archive(opnamestudio_home, tmp_path / "stick" / "herstel.txt")
    files = seal_paths_for(audio)
    rec = archive.archive_recording(
        audio, files.manifest, files.signature, retention_end=date.today()
    )
    return archive, rec.recording_id


def test_set_retention_end_updates_the_index_the_facts_and_the_log(
    archived: tuple[Archive, str],
) -> None:
    archive, rid = archived
    today = date.today()
    latest = retention_bounds(archive.get(rid), 6, today)
    assert latest is not None
    rec = archive.set_retention_end(rid, latest.latest, policy_months=6)
    assert rec.retention_end == latest.latest
    facts = json.loads((archive.seals_dir / f"{rid}.archief.json").read_bytes())
    assert facts["retention_end"] == latest.latest.isoformat()
    last = json.loads(audit.log_path().read_bytes().splitlines()[-1])
    assert last["event"] == "retention-changed"
    assert last["recording_id"] == rid
    assert last["details"]["old"] == today.isoformat()
    assert last["details"]["new"] == latest.latest.isoformat()
    # The rebuilt index reads it from the facts.
    archive.close()
    rebuilt, _moved = Archive.rebuild_index(archive.folder)
    with rebuilt:
        assert rebuilt.get(rid).retention_end == latest.latest


def test_a_date_outside_the_policy_is_refused_and_nothing_changes(
    archived: tuple[Archive, str],
) -> None:
    archive, rid = archived
    before = archive.get(rid)
    lines = audit.log_path().read_bytes()
    too_late = date(date.today().year + 2, 1, 1)
    with pytest.raises(ArchiveRetentionError, match="policy allows"):
        archive.set_retention_end(rid, too_late, policy_months=12)
    with pytest.raises(ArchiveRetentionError):
        archive.set_retention_end(rid, date(2000, 1, 1), policy_months=12)
    assert archive.get(rid) == before
    assert audit.log_path().read_bytes() == lines
    archive.delete(rid, reason="request")
    with pytest.raises(ArchiveDeletedError):
        archive.set_retention_end(rid, date.today(), policy_months=12)
