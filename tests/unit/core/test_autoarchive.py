"""Once the archive has keys, no plaintext audio stays: journal encrypted, sealed file archived.

The real engine records generated speech (no device) into the data folder of the test; the
archive has passphrase-protected keys (this machine has no keyring) and a recovery key. A crash
is made by keeping a copy of the journal as it was at one of its fsyncs, as a power loss would
leave it, and putting it back after the recording ended.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from opnamestudio.core import paths
from opnamestudio.core.agecrypt import INTRO, AgeNoIdentityError, X25519Identity
from opnamestudio.core.archive import Archive, ArchiveError
from opnamestudio.core.archivekeys import (
    ArchiveKeyError,
    ArchiveKeys,
    NoRecoveryKeyError,
    PassphraseRequiredError,
)
from opnamestudio.core.autoarchive import archive_after_seal, archive_recipients
from opnamestudio.core.journal import JOURNAL_SUFFIX
from opnamestudio.core.recording import Recorder, RecordingInfo, RecordingSettings
from opnamestudio.core.recover import archive_identities, recover_all
from opnamestudio.core.seal import Seal, seal_paths_for
from opnamestudio.core.synth import BlockSource, speech_like_blocks
from tests.support.archive import PASSPHRASE, new_archive, passphrase_keys


@pytest.fixture
def archive_keys(opnamestudio_home: Path, tmp_path: Path) -> Path:
    """The archive of the test's data folder, with keys and a recovery key; returns its file."""
    recovery_file = tmp_path / "stick" / "herstelsleutel.txt"
    archive, _ = new_archive(opnamestudio_home, recovery_file)
    archive.close()
    return recovery_file


def _record(
    folder: Path,
    seconds: float = 3.0,
    *,
    keep_journal_at: list[tuple[bytes, int]] | None = None,
) -> tuple[Recorder, RecordingInfo]:
    folder.mkdir(parents=True, exist_ok=True)
    # With journals kept at their fsyncs, paced like a device: fsyncs follow the clock.
    realtime = keep_journal_at is not None
    source = BlockSource(speech_like_blocks(seconds, blocksize=4800, seed=5), realtime=realtime)
    recorder = Recorder(RecordingSettings(output=folder / "gesprek.flac"), source=source)
    if keep_journal_at is not None:

        def keep(length: int, frames: int) -> None:
            if frames > 0 and recorder.journal_path is not None:
                keep_journal_at.append((recorder.journal_path.read_bytes()[:length], frames))

        recorder.on_journal_sync = keep
    recorder.start()
    assert source.done.wait(60)
    return recorder, recorder.stop()


def test_no_keys_no_recipients_and_nothing_archived(tmp_path: Path) -> None:
    assert archive_recipients() == []
    _recorder, info = _record(tmp_path / "rec")
    assert archive_after_seal(info) is None
    assert info.path.exists()


def test_keys_without_a_recovery_key_are_not_enough(tmp_path: Path) -> None:
    passphrase_keys(paths.data_dir() / "archive" / "keys")
    assert archive_recipients() == []


def test_damaged_keys_never_stop_a_recording(
    archive_keys: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (paths.data_dir() / "archive" / "keys" / "keys.json").write_text("{not json")
    assert archive_recipients() == []
    assert "cannot be used" in caplog.text
    _recorder, info = _record(tmp_path / "rec")
    assert info.path.exists()
    # Archiving says why it cannot (the user must know it stays unencrypted); the file stays.
    with pytest.raises(ArchiveKeyError, match="damaged"):
        archive_after_seal(info)
    assert info.path.exists()


def test_keys_without_a_recovery_key_say_so_at_archiving(tmp_path: Path) -> None:
    passphrase_keys(paths.data_dir() / "archive" / "keys")
    _recorder, info = _record(tmp_path / "rec")
    with pytest.raises(NoRecoveryKeyError):
        archive_after_seal(info)
    assert info.path.exists()


def test_a_sealed_recording_is_archived_and_its_plaintext_removed(
    archive_keys: Path, tmp_path: Path
) -> None:
    assert len(archive_recipients()) == 2
    snapshots: list[tuple[bytes, int]] = []
    _recorder, info = _record(tmp_path / "rec", 1.0, keep_journal_at=snapshots)
    assert snapshots and all(s.startswith(INTRO) for s, _ in snapshots)  # journal: ciphertext
    sealed = Seal.from_file(seal_paths_for(info.path).manifest).audio["sha256"]
    rec = archive_after_seal(info)
    assert rec is not None
    assert not info.path.exists()
    assert not list((tmp_path / "rec").glob("*.flac*"))
    assert not list(paths.journal_dir().glob(f"*{JOURNAL_SUFFIX}"))
    keys = ArchiveKeys(paths.data_dir() / "archive" / "keys", passphrase=PASSPHRASE)
    with Archive(keys=keys) as archive:
        assert archive.decrypt_to(rec.recording_id, tmp_path / "back.flac") == sealed
    assert hashlib.sha256((tmp_path / "back.flac").read_bytes()).hexdigest() == sealed


def test_archiving_that_fails_keeps_the_plaintext_and_its_seal(
    archive_keys: Path, tmp_path: Path
) -> None:
    _recorder, info = _record(tmp_path / "rec")
    audio_dir = paths.data_dir() / "archive" / "audio"
    shutil.rmtree(audio_dir)
    audio_dir.write_text("not a folder")  # the archive cannot be written
    with pytest.raises(ArchiveError) as caught:
        archive_after_seal(info)
    assert "Cannot open the archive" in caught.value.one_line()
    assert info.path.exists()
    assert seal_paths_for(info.path).manifest.exists()


def _crash(tmp_path: Path) -> tuple[bytes, str]:
    """A recording whose process "died": the journal as at an fsync, nothing else of it left.

    Returns the journal's bytes and the recording's id.
    """
    snapshots: list[tuple[bytes, int]] = []
    recorder, info = _record(tmp_path / "rec", 2.0, keep_journal_at=snapshots)
    assert recorder.journal_path is not None
    # An fsync in the middle (the last one is the clean close's, with its end record).
    middle = [journal for journal, frames in snapshots if 0 < frames < info.frames]
    assert middle, snapshots
    journal = middle[len(middle) // 2]
    files = seal_paths_for(info.path)
    for path in (info.path, files.manifest, files.signature):
        path.unlink()
    (paths.info_dir() / f"{info.recording_id}.json").unlink()
    recorder.journal_path.write_bytes(journal)
    return journal, info.recording_id


def test_a_crash_is_recovered_from_the_encrypted_journal_into_the_archive(
    archive_keys: Path, tmp_path: Path
) -> None:
    journal, _ = _crash(tmp_path)
    assert journal.startswith(INTRO)
    results = recover_all(archive_identities(PASSPHRASE))
    assert len(results) == 1
    result = results[0]
    assert result.error is None and result.info is not None, result.error
    assert result.info.recovered and result.info.interruption is not None
    assert result.archived is not None, result.archive_error
    assert not result.info.path.exists()
    assert not list(paths.journal_dir().glob(f"*{JOURNAL_SUFFIX}"))
    keys = ArchiveKeys(paths.data_dir() / "archive" / "keys", passphrase=PASSPHRASE)
    with Archive(keys=keys) as archive:
        check = archive.verify(result.archived)
    assert (
        check.sha256
        == Seal.from_file(
            paths.data_dir() / "archive" / "seals" / f"{result.archived}.zegel.json"
        ).audio["sha256"]
    )


def test_without_the_key_recovery_keeps_the_journal_for_later(
    archive_keys: Path, tmp_path: Path
) -> None:
    journal, _ = _crash(tmp_path)
    [result] = recover_all(archive_identities(None))  # no keyring here, no passphrase
    assert isinstance(result.error, PassphraseRequiredError)
    assert result.journal.read_bytes() == journal
    [result] = recover_all(lambda: [X25519Identity.generate()])  # a key of someone else
    assert isinstance(result.error, AgeNoIdentityError)
    assert result.journal.read_bytes() == journal
    [result] = recover_all(archive_identities(PASSPHRASE))
    assert result.archived is not None


def test_a_journal_whose_encrypted_start_is_damaged_is_set_aside_not_retried(
    archive_keys: Path, tmp_path: Path
) -> None:
    journal, _ = _crash(tmp_path)
    [path] = paths.journal_dir().glob(f"*{JOURNAL_SUFFIX}")
    damaged = bytearray(journal)
    mac = journal.index(b"\n--- ") + 6
    damaged[mac] = ord("A") if damaged[mac] != ord("A") else ord("B")  # the header's MAC
    path.write_bytes(bytes(damaged))
    [result] = recover_all(archive_identities(PASSPHRASE))
    assert result.error is not None and result.info is None
    assert not path.exists()
    assert (paths.journal_dir() / "damaged" / path.name).read_bytes() == bytes(damaged)
    assert recover_all(archive_identities(PASSPHRASE)) == []
