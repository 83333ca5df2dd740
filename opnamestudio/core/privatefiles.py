"""Small records with personal data (session records, refusals), encrypted at rest.

Once the archive has keys, a record is written as ``<name>.age``: an age v1 file to the
archive's recipients (this installation's key and the organisation's recovery key), like the
archived audio (docs/archive-format.md). Before that it is written as plain ``<name>``, as it
always was. Writing needs only the public keys; reading an encrypted record needs a private key
(the OS keyring, the archive passphrase, or the recovery key file), asked for only then.

A lost or stolen laptop then shows no names, purposes or agreements of any conversation: only
ids, dates and hashes.
"""

from __future__ import annotations

import os
from pathlib import Path

from opnamestudio.core.agecrypt import decrypt_bytes, encrypt_bytes
from opnamestudio.core.autoarchive import Identities, archive_identities, archive_recipients
from opnamestudio.core.fileio import atomic_write_bytes

__all__ = ["AGE_SUFFIX", "encrypted_path", "read_private", "stored_path", "write_private"]

AGE_SUFFIX = ".age"


def encrypted_path(plain: Path) -> Path:
    """Where the encrypted form of ``plain`` lives: ``gesprek.json`` -> ``gesprek.json.age``."""
    return plain.with_name(plain.name + AGE_SUFFIX)


def stored_path(plain: Path) -> Path | None:
    """The file that holds the record (plain or encrypted), or None when there is none."""
    for candidate in (plain, encrypted_path(plain)):
        if candidate.exists():
            return candidate
    return None


def write_private(plain: Path, data: bytes) -> Path:
    """Write ``data`` atomically, encrypted when the archive has keys; returns the file.

    A plain file of the same record is removed once the encrypted one is in place (a draft
    saved before the archive had keys), and the other way round.
    """
    recipients = archive_recipients()
    if recipients:
        target, other = encrypted_path(plain), plain
        data = encrypt_bytes(data, recipients)
    else:
        target, other = plain, encrypted_path(plain)
    atomic_write_bytes(target, data)
    if other.exists():
        os.unlink(other)
    return target


def read_private(path: Path, limit: int, identities: Identities | None = None) -> bytes:
    """The record's bytes (at most ``limit`` + 1 of them, so the caller sees an oversize one).

    An encrypted one is opened with ``identities`` (default: the archive's keys from the OS
    keyring); their errors (PassphraseRequiredError, AgeNoIdentityError …) reach the caller,
    as do OSError and damage (AgeError).
    """
    with open(path, "rb") as fh:
        raw = fh.read(limit + 1 + 64 * 1024)
    if not path.name.endswith(AGE_SUFFIX):
        return raw[: limit + 1]
    plain = decrypt_bytes(raw, (identities or archive_identities())(), name=path.name)
    return plain[: limit + 1]
