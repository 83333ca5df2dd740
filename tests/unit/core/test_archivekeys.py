"""The archive's keys: keyring or passphrase, the recovery key, rotation."""

from __future__ import annotations

from pathlib import Path

import pytest

from opnamestudio.core.agecrypt import (
    AgeWrongPassphraseError,
    X25519Identity,
    decrypt_bytes,
    encrypt_bytes,
)
from opnamestudio.core.archivekeys import (
    KEYRING_SERVICE,
    ArchiveKeyError,
    ArchiveKeys,
    NoRecoveryKeyError,
    PassphraseRequiredError,
    read_identity_file,
    usable_keyring,
    write_recovery_key,
)
from tests.support.archive import PASSPHRASE, TEST_LOG_N, MemoryKeyring, no_keyring


def test_with_an_os_keyring_the_secret_lives_there(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    keys = ArchiveKeys(tmp_path / "keys", keyring_backend=backend)
    recipient = keys.create()
    assert backend.secrets[(KEYRING_SERVICE, str(recipient))].startswith("AGE-SECRET-KEY-1")
    on_disk = b"".join(p.read_bytes() for p in (tmp_path / "keys").iterdir())
    assert b"AGE-SECRET-KEY" not in on_disk  # only public keys in the data folder
    again = ArchiveKeys(tmp_path / "keys", keyring_backend=backend)
    assert [str(i.recipient) for i in again.identities()] == [str(recipient)]


def test_without_a_keyring_the_fallback_needs_a_passphrase(tmp_path: Path) -> None:
    assert usable_keyring(no_keyring()) is None
    with pytest.raises(PassphraseRequiredError):
        ArchiveKeys(tmp_path / "keys", keyring_backend=no_keyring()).create()
    keys = ArchiveKeys(
        tmp_path / "keys",
        keyring_backend=no_keyring(),
        passphrase=PASSPHRASE,
        scrypt_log_n=TEST_LOG_N,
    )
    recipient = keys.create()
    (entry,) = keys.entries()
    assert entry.protection == "passphrase"
    stored = (tmp_path / "keys" / str(entry.file)).read_bytes()
    assert stored.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert b"AGE-SECRET-KEY" not in stored
    reopened = ArchiveKeys(tmp_path / "keys", keyring_backend=no_keyring(), passphrase=PASSPHRASE)
    assert str(reopened.identities()[0].recipient) == str(recipient)


def test_a_wrong_or_missing_passphrase_is_a_clear_error(tmp_path: Path) -> None:
    ArchiveKeys(
        tmp_path / "keys",
        keyring_backend=no_keyring(),
        passphrase=PASSPHRASE,
        scrypt_log_n=TEST_LOG_N,
    ).create()
    with pytest.raises(PassphraseRequiredError):
        ArchiveKeys(tmp_path / "keys", keyring_backend=no_keyring()).identities()
    wrong = ArchiveKeys(tmp_path / "keys", keyring_backend=no_keyring(), passphrase="fout")
    with pytest.raises(AgeWrongPassphraseError, match="passphrase does not open"):
        wrong.check_passphrase()


def test_a_key_missing_from_the_keyring_is_named(tmp_path: Path) -> None:
    ArchiveKeys(tmp_path / "keys", keyring_backend=MemoryKeyring()).create()
    other_user = ArchiveKeys(tmp_path / "keys", keyring_backend=MemoryKeyring())
    with pytest.raises(ArchiveKeyError, match="not in this computer's keyring"):
        other_user.identities()


def test_recordings_need_the_recovery_key(tmp_path: Path) -> None:
    keys = ArchiveKeys(tmp_path / "keys", keyring_backend=MemoryKeyring())
    keys.create()
    with pytest.raises(NoRecoveryKeyError):
        keys.recipients()
    recovery = write_recovery_key(tmp_path / "herstelsleutel.txt")
    keys.set_recovery_recipient(recovery.recipient)
    assert [str(r) for r in keys.recipients()] == [
        str(keys.current_recipient()),
        str(recovery.recipient),
    ]


def test_the_recovery_key_file_is_age_keygen_format_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "herstelsleutel.txt"
    recovery = write_recovery_key(path)
    text = path.read_text()
    assert f"# public key: {recovery.recipient}\n" in text
    assert text.rstrip().splitlines()[-1] == str(recovery)
    assert [str(i.recipient) for i in read_identity_file(path)] == [str(recovery.recipient)]
    with pytest.raises(ArchiveKeyError, match="never overwritten"):
        write_recovery_key(path)
    assert path.read_text() == text


def test_rotation_keeps_old_recordings_readable(tmp_path: Path) -> None:
    keys = ArchiveKeys(tmp_path / "keys", keyring_backend=MemoryKeyring())
    first = keys.create()
    old_file = encrypt_bytes(b"oude opname", [first])
    second = keys.rotate()
    assert str(second) != str(first)
    assert str(keys.current_recipient()) == str(second)
    assert decrypt_bytes(old_file, keys.identities()) == b"oude opname"
    assert [e.recipient for e in keys.entries()] == [str(first), str(second)]


def test_a_damaged_key_list_is_an_error_not_a_new_key(tmp_path: Path) -> None:
    keys = ArchiveKeys(tmp_path / "keys", keyring_backend=MemoryKeyring())
    keys.create()
    keys.path.write_text("{not json")
    with pytest.raises(ArchiveKeyError, match="damaged"):
        keys.current_recipient()
    with pytest.raises(ArchiveKeyError, match="already exist"):
        keys.create()


def test_a_passphrase_protected_identity_file_reads_with_the_passphrase(tmp_path: Path) -> None:
    keys = ArchiveKeys(
        tmp_path / "keys",
        keyring_backend=no_keyring(),
        passphrase=PASSPHRASE,
        scrypt_log_n=TEST_LOG_N,
    )
    recipient = keys.create()
    path = tmp_path / "keys" / str(keys.entries()[0].file)
    with pytest.raises(PassphraseRequiredError):
        read_identity_file(path)
    (identity,) = read_identity_file(path, PASSPHRASE)
    assert isinstance(identity, X25519Identity)
    assert str(identity.recipient) == str(recipient)


class RefusingKeyring(MemoryKeyring):
    """A keyring that exists but refuses to store (locked, no session bus)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("the keyring is locked")


def test_a_keyring_that_refuses_falls_back_to_the_passphrase(tmp_path: Path) -> None:
    with pytest.raises(PassphraseRequiredError, match=r"keyring refused .*locked"):
        ArchiveKeys(tmp_path / "keys", keyring_backend=RefusingKeyring()).create()
    keys = ArchiveKeys(
        tmp_path / "keys",
        keyring_backend=RefusingKeyring(),
        passphrase=PASSPHRASE,
        scrypt_log_n=TEST_LOG_N,
    )
    keys.create()
    assert keys.entries()[0].protection == "passphrase"


def test_the_wizard_exports_a_recovery_key_that_opens_what_is_archived_after(
    tmp_path: Path,
) -> None:
    from datetime import date

    from opnamestudio.core.agecrypt import decrypt_bytes, encrypt_bytes
    from opnamestudio.core.archivekeys import export_recovery_key, read_identity_file

    keys = ArchiveKeys(tmp_path / "keys", keyring_backend=MemoryKeyring())
    stick = tmp_path / "stick"
    stick.mkdir()
    first = export_recovery_key(stick, keys=keys, today=date(2026, 11, 26))
    again = export_recovery_key(stick, keys=keys, today=date(2026, 11, 26))
    assert first.name == "herstelsleutel-2026-11-26.txt"
    assert again.name == "herstelsleutel-2026-11-26-2.txt"  # never over the first
    [recovery] = read_identity_file(again)
    assert keys.recovery_recipient() == recovery.recipient
    sealed = encrypt_bytes(b"gesprek", keys.recipients())
    assert decrypt_bytes(sealed, [recovery]) == b"gesprek"


def test_without_a_keyring_the_wizard_cannot_make_the_archive_keys(tmp_path: Path) -> None:
    from opnamestudio.core.archivekeys import PassphraseRequiredError, export_recovery_key

    keys = ArchiveKeys(tmp_path / "keys", keyring_backend=no_keyring())
    with pytest.raises(PassphraseRequiredError):
        export_recovery_key(tmp_path, keys=keys)
    assert not list(tmp_path.glob("herstelsleutel-*"))  # no key file without a place for it
