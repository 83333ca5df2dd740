"""The archive: encrypted at rest, verified, retention that keeps the proof, the recovery drill.

Recordings are sealed by the real engine (generated speech, no device). The real ``age`` tool's
view of the same archive is in tests/integration/test_archive_age.py.
"""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest
import soundfile as sf

from opnamestudio.core import audit
from opnamestudio.core.agecrypt import (
    AgeChunkError,
    AgeNoIdentityError,
    AgeTruncatedError,
    AgeWrongPassphraseError,
    X25519Identity,
    decrypt_stream,
)
from opnamestudio.core.archive import (
    Archive,
    ArchiveCheck,
    ArchiveDeletedError,
    ArchiveError,
    ArchiveIndexError,
    ArchiveMismatchError,
)
from opnamestudio.core.archivekeys import ArchiveKeys, NoRecoveryKeyError, read_identity_file
from opnamestudio.core.keys import load_or_create_signing_key
from opnamestudio.core.seal import Seal, seal_paths_for
from opnamestudio.core.session import Session, save_session, session_path
from opnamestudio.core.verify import verify
from tests.support.archive import (
    PASSPHRASE,
    archive_one,
    copy_recording,
    new_archive,
    no_keyring,
    record_sealed,
    youth_care_session,
)


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three sealed recordings (3 s: four 64 KiB chunks each), shared read-only."""
    folder = tmp_path_factory.mktemp("originals")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OPNAMESTUDIO_HOME", str(folder / "home"))
        return [record_sealed(folder, f"gesprek-{i}", 3.0, seed=i) for i in range(3)]


@pytest.fixture
def recordings(originals: list[Path], tmp_path: Path) -> list[Path]:
    """Private copies (archiving removes the plaintext)."""
    return [copy_recording(p, tmp_path / "recordings") for p in originals]


@pytest.fixture
def setup(opnamestudio_home: Path, tmp_path: Path) -> tuple[Archive, X25519Identity]:
    return new_archive(opnamestudio_home, tmp_path / "stick" / "herstelsleutel.txt")


@pytest.fixture
def archive(setup: tuple[Archive, X25519Identity]) -> Archive:
    return setup[0]


def _events() -> list[str]:
    return [json.loads(line)["event"] for line in audit.log_path().read_bytes().splitlines()]


# -- archiving ---------------------------------------------------------------------------------


def test_archiving_encrypts_and_leaves_no_plaintext_audio(
    archive: Archive, recordings: list[Path], originals: list[Path]
) -> None:
    audio = recordings[0]
    rid = archive_one(archive, audio)
    assert not audio.exists()
    cipher = archive.audio_dir / f"{rid}.flac.age"
    data = cipher.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n-> X25519 ")
    assert data.count(b"\n-> X25519 ") == 2  # this installation and the recovery key
    assert b"fLaC" not in data
    assert sorted(p.name for p in archive.audio_dir.iterdir()) == [cipher.name]
    assert archive.seal_path(rid).read_bytes() == seal_paths_for(originals[0]).manifest.read_bytes()
    (row,) = archive.recordings()
    assert (row.recording_id, row.state, row.name) == (rid, "archived", audio.name)
    assert row.sha256 == Seal.from_file(archive.seal_path(rid)).audio["sha256"]
    assert _events()[-1] == "archive"


def test_the_index_holds_every_table(archive: Archive) -> None:
    db = sqlite3.connect(archive.index_path)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"recordings", "sessions", "seals", "exports", "imports", "deletions"} <= names
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT version FROM schema_version").fetchone()[0] == 1
    db.close()


def test_audio_that_is_not_the_sealed_audio_is_refused(
    archive: Archive, recordings: list[Path]
) -> None:
    audio = recordings[0]
    data = bytearray(audio.read_bytes())
    data[-100] ^= 0xFF
    audio.write_bytes(bytes(data))
    files = seal_paths_for(audio)
    with pytest.raises(ArchiveMismatchError, match="not the audio its seal describes"):
        archive.archive_recording(audio, files.manifest, files.signature)
    assert audio.read_bytes() == bytes(data)  # left as it was
    assert archive.recordings() == []
    assert list(archive.audio_dir.iterdir()) == []


def test_a_recording_is_archived_once(archive: Archive, recordings: list[Path]) -> None:
    audio = recordings[0]
    keep = audio.read_bytes()
    archive_one(archive, audio)
    audio.write_bytes(keep)
    with pytest.raises(ArchiveError, match="already in the archive"):
        archive_one(archive, audio)
    assert audio.exists()


def test_no_recording_is_archived_without_a_recovery_key(
    opnamestudio_home: Path, recordings: list[Path]
) -> None:
    keys = ArchiveKeys(
        opnamestudio_home / "archive" / "keys", keyring_backend=no_keyring(), passphrase="x"
    )
    keys.scrypt_log_n = 10
    keys.create()
    with (
        Archive(opnamestudio_home / "archive", keys=keys) as archive,
        pytest.raises(NoRecoveryKeyError),
    ):
        archive_one(archive, recordings[0])
    assert recordings[0].exists()


# -- reading back ------------------------------------------------------------------------------


def test_decrypt_to_gives_the_sealed_bytes(
    archive: Archive, recordings: list[Path], originals: list[Path], tmp_path: Path
) -> None:
    rid = archive_one(archive, recordings[0])
    dest = tmp_path / "kopie.flac"
    sha = archive.decrypt_to(rid, dest)
    assert dest.read_bytes() == originals[0].read_bytes()
    assert sha == archive.get(rid).sha256
    with pytest.raises(ArchiveError, match="already exists"):
        archive.decrypt_to(rid, dest)
    assert _events()[-1] == "decrypt"


def test_open_audio_plays_from_the_stream(
    archive: Archive, recordings: list[Path], originals: list[Path]
) -> None:
    rid = archive_one(archive, recordings[0])
    with archive.open_audio(rid) as stream:
        played, rate = sf.read(stream, dtype="int16")
    expected, _ = sf.read(originals[0], dtype="int16")
    assert rate == 48000
    assert (played == expected).all()
    assert _events()[-1] == "play"


def test_verify_decrypts_and_checks_against_the_seal(
    archive: Archive, recordings: list[Path]
) -> None:
    rid = archive_one(archive, recordings[0])
    check = archive.verify(rid)
    assert check.sha256 == archive.get(rid).sha256
    assert check.signature_valid
    assert _events()[-1] == "verify"


# -- bad input ---------------------------------------------------------------------------------


def test_a_bit_flip_names_the_recording_and_chunk_and_spares_the_rest(
    archive: Archive, recordings: list[Path], tmp_path: Path
) -> None:
    ids = [archive_one(archive, p) for p in recordings]
    cipher = archive.audio_dir / f"{ids[1]}.flac.age"
    data = bytearray(cipher.read_bytes())
    start = data.index(b"\n", data.index(b"\n--- ") + 1) + 1 + 16
    data[start + 2 * (64 * 1024 + 16) + 77] ^= 0x01  # inside chunk 2
    cipher.write_bytes(bytes(data))
    with pytest.raises(AgeChunkError, match=rf"Chunk 2 .* of {ids[1]} is damaged") as info:
        archive.verify(ids[1])
    assert info.value.chunk == 2
    results = dict(archive.verify_all())
    assert isinstance(results[ids[0]], ArchiveCheck)
    assert isinstance(results[ids[2]], ArchiveCheck)
    assert isinstance(results[ids[1]], AgeChunkError)
    dest = tmp_path / "kopie.flac"
    with pytest.raises(AgeChunkError):
        archive.decrypt_to(ids[1], dest)
    assert list(tmp_path.glob("kopie*")) == []  # nothing that looks like a copy


def test_a_truncated_archive_file_is_named(archive: Archive, recordings: list[Path]) -> None:
    rid = archive_one(archive, recordings[0])
    cipher = archive.audio_dir / f"{rid}.flac.age"
    data = cipher.read_bytes()
    start = data.index(b"\n", data.index(b"\n--- ") + 1) + 1 + 16
    cipher.write_bytes(data[: start + 2 * (64 * 1024 + 16)])
    with pytest.raises(AgeTruncatedError, match=rf"{rid} is cut short: it ends after chunk 1"):
        archive.verify(rid)


def test_reordered_chunks_are_named(archive: Archive, recordings: list[Path]) -> None:
    rid = archive_one(archive, recordings[0])
    cipher = archive.audio_dir / f"{rid}.flac.age"
    data = cipher.read_bytes()
    start = data.index(b"\n", data.index(b"\n--- ") + 1) + 1 + 16
    n = 64 * 1024 + 16
    one, two = data[start + n : start + 2 * n], data[start + 2 * n : start + 3 * n]
    cipher.write_bytes(data[: start + n] + two + one + data[start + 3 * n :])
    with pytest.raises(AgeChunkError, match=rf"Chunk 1 .* of {rid} is damaged") as info:
        archive.verify(rid)
    assert info.value.chunk == 1


def test_the_wrong_key_is_a_clear_error(archive: Archive, recordings: list[Path]) -> None:
    rid = archive_one(archive, recordings[0])
    stranger = Archive(archive.folder, identities=[X25519Identity.generate()])
    with pytest.raises(AgeNoIdentityError, match=rf"None of the keys .*\({rid}\)"):
        stranger.verify(rid)
    stranger.close()


def test_the_wrong_passphrase_is_a_clear_error(archive: Archive, recordings: list[Path]) -> None:
    rid = archive_one(archive, recordings[0])
    keys = ArchiveKeys(archive.keys.folder, keyring_backend=no_keyring(), passphrase="fout")
    with Archive(archive.folder, keys=keys) as wrong, pytest.raises(AgeWrongPassphraseError):
        wrong.verify(rid)


def test_a_damaged_index_is_a_clear_error_and_the_audio_is_unaffected(
    setup: tuple[Archive, X25519Identity], recordings: list[Path]
) -> None:
    archive, recovery = setup
    rid = archive_one(archive, recordings[0])
    archive.close()
    for side in archive.folder.glob("index.sqlite-*"):
        side.unlink()  # the WAL was checkpointed at close
    index = archive.index_path
    index.write_bytes(b"\x00" * 100 + index.read_bytes()[100:])
    with pytest.raises(ArchiveIndexError, match=r"index .* is damaged"):
        Archive(archive.folder, keys=archive.keys)
    with open(archive.audio_dir / f"{rid}.flac.age", "rb") as fh:
        _, sha = decrypt_stream(fh, None, [recovery])
    assert sha == Seal.from_file(archive.seal_path(rid)).audio["sha256"]


def test_an_index_from_a_newer_version_is_refused(archive: Archive) -> None:
    archive.close()
    db = sqlite3.connect(archive.index_path)
    db.execute("UPDATE schema_version SET version = 99")
    db.commit()
    db.close()
    with pytest.raises(ArchiveIndexError, match="schema version 99"):
        Archive(archive.folder, keys=archive.keys)


# -- keys: the drill and rotation --------------------------------------------------------------


def test_lost_laptop_drill_the_recovery_key_alone_opens_every_recording(
    setup: tuple[Archive, X25519Identity],
    recordings: list[Path],
    originals: list[Path],
    tmp_path: Path,
) -> None:
    archive, _ = setup
    ids = [archive_one(archive, recordings[0])]
    archive.keys.rotate()
    ids += [archive_one(archive, p) for p in recordings[1:]]
    archive.close()
    # The laptop is gone: only the archive's files (a backup) and the recovery key remain.
    backup = tmp_path / "backup"
    shutil.copytree(archive.folder, backup, ignore=shutil.ignore_patterns("keys"))
    recovery = read_identity_file(tmp_path / "stick" / "herstelsleutel.txt")
    with Archive(backup, identities=recovery) as restored:
        for rid, original in zip(ids, originals, strict=True):
            restored.verify(rid)
            restored.decrypt_to(rid, tmp_path / f"{rid}.flac")
            assert (tmp_path / f"{rid}.flac").read_bytes() == original.read_bytes()


def test_rotation_keeps_old_recordings_readable(archive: Archive, recordings: list[Path]) -> None:
    first = archive_one(archive, recordings[0])
    archive.keys.rotate()
    second = archive_one(archive, recordings[1])
    assert archive.get(first).recipients[0] != archive.get(second).recipients[0]
    reopened = ArchiveKeys(archive.keys.folder, keyring_backend=no_keyring(), passphrase=PASSPHRASE)
    with Archive(archive.folder, keys=reopened) as again:
        assert again.verify(first).signature_valid
        assert again.verify(second).signature_valid


# -- retention ---------------------------------------------------------------------------------


def _session() -> Session:
    return youth_care_session(year=2025)


def test_retention_end_comes_from_the_session_record(
    archive: Archive, recordings: list[Path]
) -> None:
    session = _session()
    save_session(session)
    files = seal_paths_for(recordings[0])
    rec = archive.archive_recording(
        recordings[0], files.manifest, files.signature, session_id=session.session_id
    )
    assert rec.retention_end == date(2026, 3, 3)
    assert rec.session_id == session.session_id


def test_expiry_deletes_audio_and_session_but_keeps_the_seal_and_a_signed_entry(
    archive: Archive, recordings: list[Path], originals: list[Path], tmp_path: Path
) -> None:
    session = _session()
    save_session(session)
    files = seal_paths_for(recordings[0])
    rid = archive.archive_recording(
        recordings[0], files.manifest, files.signature, session_id=session.session_id
    ).recording_id
    other = archive_one(archive, recordings[1])  # no end date: kept

    assert archive.expire(date(2026, 3, 3)) == []  # the end date itself is still kept
    (deletion,) = archive.expire(date(2026, 3, 4))
    assert (deletion.recording_id, deletion.deleted_on) == (rid, date(2026, 3, 4))
    assert deletion.reason == "retention"
    assert not (archive.audio_dir / f"{rid}.flac.age").exists()
    assert not session_path(session.session_id).exists()
    assert archive.seal_path(rid).exists()
    assert archive.get(rid).state == "deleted"
    assert archive.get(other).state == "archived"
    assert archive.deletion_of(rid) == deletion
    assert archive.deletion_of(other) is None
    assert _events()[-1] == "delete"
    with pytest.raises(ArchiveDeletedError, match="deleted on 2026-03-04"):
        archive.decrypt_to(rid, tmp_path / "x.flac")
    assert archive.expire(date(2027, 1, 1)) == []  # once

    # The signed deletion entry, checked with the stock minisign tool.
    entry = archive.deletions_dir / f"{rid}.verwijderd.json"
    assert json.loads(entry.read_bytes())["deleted_on"] == "2026-03-04"
    pub = tmp_path / "org.pub"
    pub.write_text(load_or_create_signing_key().public.to_minisign())
    if shutil.which("minisign"):
        subprocess.run(
            [
                "minisign",
                "-Vm",
                str(entry),
                "-p",
                str(pub),
                "-x",
                str(entry.with_name(f"{rid}.verwijderd.minisig")),
            ],
            check=True,
            capture_output=True,
        )

    # A copy that turns up later still verifies against the kept seal.
    copy = tmp_path / "later" / originals[0].name
    copy.parent.mkdir()
    shutil.copy2(originals[0], copy)
    seal = Seal.from_file(archive.seal_path(rid))
    seal_key = tmp_path / "seal.pub"
    seal_key.write_text(seal.public_key.to_minisign())
    result = verify(copy, archive.seal_path(rid), [seal_key])
    assert result.content == "intact"
    assert result.signer == "trusted"


def test_decrypt_for_export_feeds_the_client_copy(
    archive: Archive, recordings: list[Path], originals: list[Path], tmp_path: Path
) -> None:
    from opnamestudio.core.export import export_copy

    rid = archive_one(archive, recordings[0])
    work = tmp_path / "export-work"
    work.mkdir()
    audio = archive.decrypt_for_export(rid, work)
    assert audio.read_bytes() == originals[0].read_bytes()
    assert seal_paths_for(audio).manifest.read_bytes() == archive.seal_path(rid).read_bytes()
    stick = tmp_path / "stick-export"
    stick.mkdir()
    result = export_copy(audio, stick)
    copied = result.folder / originals[0].name
    assert copied.read_bytes() == originals[0].read_bytes()


def test_a_manual_deletion_is_recorded_like_a_retention_one(
    archive: Archive, recordings: list[Path]
) -> None:
    rid = archive_one(archive, recordings[0])
    deletion = archive.delete(rid, reason="request", today=date(2026, 12, 1))
    assert (deletion.reason, deletion.deleted_on) == ("request", date(2026, 12, 1))
    assert archive.deletion_of(rid) == deletion
    assert archive.seal_path(rid).exists()
    with pytest.raises(ArchiveDeletedError, match="already deleted"):
        archive.delete(rid, reason="request")


def test_key_changes_are_in_the_audit_log(archive: Archive) -> None:
    archive.keys.rotate()
    events = _events()
    assert events[:2] == ["archive-key-created", "archive-recovery-key-set"]
    assert events[-1] == "archive-key-rotated"
    last = json.loads(audit.log_path().read_bytes().splitlines()[-1])
    assert last["details"]["recipient"] == str(archive.keys.current_recipient())
    audit.verify_chain()


def test_a_seal_whose_id_is_no_safe_file_name_is_refused(
    archive: Archive, recordings: list[Path]
) -> None:
    from opnamestudio.core.keys import SigningKey, trusted_comment_for

    files = seal_paths_for(recordings[0])
    raw = files.manifest.read_bytes()
    old_id = json.loads(raw)["recording_id"]
    forged = raw.replace(f'"{old_id}"'.encode(), b'"../../escape"', 1)
    key = SigningKey.generate()
    forged = forged.replace(
        Seal.from_bytes(raw).data["signer"]["public_key"].encode(),
        base64.b64encode(key.public.raw),
    ).replace(Seal.from_bytes(raw).data["signer"]["key_id"].encode(), key.public.key_id.encode())
    files.manifest.write_bytes(forged)
    files.signature.write_bytes(
        bytes(key.sign(forged, trusted_comment=trusted_comment_for(files.manifest.name)))
    )
    with pytest.raises(ArchiveError, match="cannot be a file name"):
        archive.archive_recording(recordings[0], files.manifest, files.signature)
    assert recordings[0].exists()
    assert not (archive.folder.parent / "escape.zegel.json").exists()


def test_a_full_disk_while_archiving_leaves_the_audio_and_no_partial_file(
    archive: Archive, recordings: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from opnamestudio.core import archive as archive_module

    def full(*args: object, **kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(archive_module, "encrypt_stream", full)
    with pytest.raises(ArchiveError, match=r"Cannot archive .*No space left") as info:
        archive_one(archive, recordings[0])
    assert "left as it was" in info.value.hint
    assert recordings[0].exists()
    assert list(archive.audio_dir.iterdir()) == []
    assert archive.recordings() == []


def test_a_failing_write_while_decrypting_leaves_nothing(
    archive: Archive, recordings: list[Path], tmp_path: Path
) -> None:
    from opnamestudio.core.agecrypt import decrypt_stream as real_decrypt

    rid = archive_one(archive, recordings[0])

    class FullDisk:
        written = 0

        def write(self, data: bytes) -> int:
            self.written += len(data)
            if self.written > 100_000:
                raise OSError(28, "No space left on device")
            return len(data)

    with (
        open(archive.audio_dir / f"{rid}.flac.age", "rb") as src,
        pytest.raises(OSError, match="No space"),
    ):
        real_decrypt(
            src, FullDisk(), [read_identity_file(tmp_path / "stick" / "herstelsleutel.txt")[0]]
        )
    dest = tmp_path / "kopie.flac"
    archive.decrypt_to(rid, dest)  # the archive is unaffected
    assert dest.exists()


def test_a_copy_without_its_seal_is_checked_against_the_archives_seal(
    archive: Archive, recordings: list[Path], originals: list[Path], tmp_path: Path
) -> None:
    from opnamestudio.core.archive import archived_seal_for
    from opnamestudio.core.verify import VerifyError

    rid = archive_one(archive, recordings[0])
    client = tmp_path / "client"
    client.mkdir()
    same_name = client / originals[0].name  # the client's copy keeps the recording's name
    shutil.copyfile(originals[0], same_name)
    renamed = client / "kopie van het gesprek.flac"
    shutil.copyfile(originals[0], renamed)
    other = client / originals[1].name  # a recording that was never archived
    shutil.copyfile(originals[1], other)

    assert archived_seal_for(same_name, by_hash=False) == archive.seal_path(rid)
    assert archived_seal_for(renamed, by_hash=False) is None  # the name alone does not find it
    assert archived_seal_for(renamed) == archive.seal_path(rid)  # its SHA-256 does
    for copy in (same_name, renamed):
        result = verify(copy, isolate=False)
        assert result.content == "intact"
        assert result.seal == archive.seal_path(rid)
    with pytest.raises(VerifyError, match="No seal found"):
        verify(other, isolate=False)
