"""Session records and refusals are encrypted at rest once the archive has keys.

A lost laptop then shows no names, purposes or agreements: the records are age files to the
archive's recipients, and only their SHA-256 (the seal's ``session.record_sha256``) is readable
beside them. The stock ``age`` tool opens them with the recovery key; what it prints hashes to
the value the seal holds. The archive still checks and deletes them.
"""

from __future__ import annotations

import hashlib
import subprocess
from datetime import date
from pathlib import Path

import pytest

from opnamestudio.core import paths
from opnamestudio.core.agecrypt import INTRO, X25519Identity
from opnamestudio.core.archive import Archive
from opnamestudio.core.archivekeys import ArchiveKeys, PassphraseRequiredError
from opnamestudio.core.autoarchive import archive_after_seal, archive_identities
from opnamestudio.core.documents import find_session
from opnamestudio.core.recording import Recorder, RecordingSettings
from opnamestudio.core.session import (
    Participant,
    RefusalRecord,
    Session,
    SessionError,
    load_session,
    save_refusal,
    save_session,
    session_hash_path,
    session_path,
)
from opnamestudio.core.synth import BlockSource, speech_like_blocks
from tests.support.archive import PASSPHRASE, new_archive, youth_care_session

NAME = "Fatima El Amrani"


@pytest.fixture
def recovery_file(opnamestudio_home: Path, tmp_path: Path) -> Path:
    path = tmp_path / "stick" / "herstelsleutel.txt"
    new_archive(opnamestudio_home, path)[0].close()
    return path


def _session() -> Session:
    return youth_care_session(NAME)


def test_a_session_record_is_stored_encrypted_and_age_opens_it(
    recovery_file: Path, tmp_path: Path
) -> None:
    session = _session()
    stored = save_session(session)
    assert stored.name == f"{session.session_id}.json.age"
    assert not session_path(session.session_id).exists()
    data = stored.read_bytes()
    assert data.startswith(INTRO)
    assert NAME.encode() not in data and b"Anna" not in data
    assert session_hash_path(session.session_id).read_text().strip() == session.record_sha256()
    plain = subprocess.run(
        ["age", "-d", "-i", str(recovery_file), str(stored)], capture_output=True, check=True
    ).stdout
    assert hashlib.sha256(plain).hexdigest() == session.record_sha256()
    assert load_session(session.session_id, archive_identities(PASSPHRASE)) == session


def test_an_encrypted_record_needs_its_key(recovery_file: Path) -> None:
    session = _session()
    save_session(session)
    with pytest.raises(PassphraseRequiredError):
        load_session(session.session_id)  # no keyring on this machine, no passphrase
    assert find_session(session.record_sha256()) is None  # documents: default agreements
    found = find_session(session.record_sha256(), archive_identities(PASSPHRASE))
    assert found == session
    assert find_session(session.record_sha256(), lambda: [X25519Identity.generate()]) is None


def test_saving_again_is_a_no_op_and_a_different_record_is_refused(recovery_file: Path) -> None:
    session = _session()
    first = save_session(session)
    before = first.read_bytes()
    assert save_session(session) == first
    assert first.read_bytes() == before  # not rewritten
    changed = Session.from_json({**session.to_json(), "purpose": "Iets anders"})
    with pytest.raises(SessionError, match="already exists"):
        save_session(changed)
    save_session(changed, replace=True)
    assert load_session(session.session_id, archive_identities(PASSPHRASE)) == changed


def test_a_draft_saved_before_the_archive_had_keys_is_encrypted_when_saved_again(
    opnamestudio_home: Path, tmp_path: Path
) -> None:
    session = _session()
    plain = save_session(session)
    assert plain == session_path(session.session_id)
    assert NAME.encode() in plain.read_bytes()
    new_archive(opnamestudio_home, tmp_path / "herstel.txt")[0].close()
    changed = Session.from_json({**session.to_json(), "purpose": "Nieuw doel"})
    stored = save_session(changed, replace=True)
    assert stored.name.endswith(".json.age")
    assert not plain.exists(), "the plain draft must not stay beside the encrypted record"


def test_a_refusal_is_stored_encrypted(recovery_file: Path) -> None:
    record = RefusalRecord(
        organisation="Jeugdzorg Voorbeeld",
        conversation_date=date(2026, 3, 3),
        participants=(Participant("professional", "Anna de Vries"), Participant("client", NAME)),
        requested_by=1,
        reasons=("mediator",),
        alternatives=("written-summary",),
    )
    stored = save_refusal(record)
    assert stored.name.endswith(".json.age")
    assert NAME.encode() not in stored.read_bytes()
    plain = subprocess.run(
        ["age", "-d", "-i", str(recovery_file), str(stored)], capture_output=True, check=True
    ).stdout
    assert RefusalRecord.from_bytes(plain) == record


def test_archiving_checks_the_encrypted_record_and_deleting_removes_it(
    recovery_file: Path, tmp_path: Path
) -> None:
    session = _session()
    save_session(session)
    folder = tmp_path / "rec"
    folder.mkdir()
    settings = RecordingSettings(
        output=folder / "gesprek.flac",
        session_sha256=session.record_sha256(),
        session_id=session.session_id,
    )
    source = BlockSource(speech_like_blocks(1.0, blocksize=4800, seed=2))
    recorder = Recorder(settings, source=source)
    recorder.start()
    assert source.done.wait(60)
    info = recorder.stop()
    assert info.session_id == session.session_id

    # Without the key the record cannot be checked: nothing is archived, nothing lost.
    with pytest.raises(PassphraseRequiredError):
        archive_after_seal(info, session_id=session.session_id)
    assert info.path.exists()

    rec = archive_after_seal(
        info, session_id=session.session_id, identities=archive_identities(PASSPHRASE)
    )
    assert rec is not None and rec.retention_end == date(2027, 3, 3)
    assert not info.path.exists()
    keys = ArchiveKeys(paths.data_dir() / "archive" / "keys", passphrase=PASSPHRASE)
    with Archive(keys=keys) as archive:
        archive.delete(rec.recording_id, reason="manual")
    assert not list((paths.data_dir() / "sessions").iterdir())
