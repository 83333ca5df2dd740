"""The archive's keys: this installation's identities and the organisation's recovery key.

Every archived recording is encrypted (age v1, see agecrypt) to two X25519 recipients:

- this installation's **current identity**. Its private key is kept in the OS keyring
  (Windows Credential Manager, macOS Keychain, Secret Service) through the ``keyring`` package;
  where there is no keyring (a headless Linux, a locked-down laptop) it is kept in the data folder
  as an age file encrypted with a passphrase (scrypt, work factor 2**18), which the stock ``age``
  tool also opens;
- the organisation's **recovery key** (escrow). Only its public part (``age1…``) is on the laptop;
  the private part is written once to a file the organisation keeps elsewhere (a USB stick in a
  safe). With it alone every recording decrypts: a lost laptop loses nothing.

Rotation makes a new current identity; the old ones stay (protected the same way), so older
recordings remain readable and verifiable. ``keys.json`` holds only public keys.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from opnamestudio.core import paths
from opnamestudio.core.agecrypt import (
    DEFAULT_SCRYPT_LOG_N,
    AgeError,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
    decrypt_bytes,
    encrypt_bytes,
)
from opnamestudio.core.clock import utc_now
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.fileio import atomic_write_bytes

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

__all__ = [
    "KEYRING_SERVICE",
    "ArchiveKeyError",
    "ArchiveKeys",
    "NoRecoveryKeyError",
    "PassphraseRequiredError",
    "export_recovery_key",
    "identity_file_text",
    "read_identity_file",
    "usable_keyring",
    "write_recovery_key",
]

KEYS_FORMAT = "opnamestudio-archive-keys/1"
KEYRING_SERVICE = "OpnameStudio archive"
MAX_IDENTITY_FILE = 64 * 1024
PROTECTIONS = ("keyring", "passphrase")


class ArchiveKeyError(OpnameError):
    """The archive's keys are missing, damaged or cannot be stored."""

    code = "archive-keys"
    default_hint = (
        "Recordings can still be opened with the organisation's recovery key. "
        "Contact your IT department"
    )


class PassphraseRequiredError(ArchiveKeyError):
    """There is no OS keyring here, so the archive key needs a passphrase."""

    code = "archive-passphrase-required"
    default_hint = "Enter the archive passphrase (set when the archive was created)"


class NoRecoveryKeyError(ArchiveKeyError):
    """No recovery key is set: a recording archived now could be lost with the laptop."""

    code = "archive-no-recovery-key"
    default_hint = (
        "Create the organisation's recovery key first (opnamestudio archive recovery-key) "
        "and keep it on a USB stick outside the laptop"
    )


def usable_keyring(backend: KeyringBackend | None = None) -> KeyringBackend | None:
    """The OS keyring when there is a real one; None on a machine without (then: a passphrase)."""
    if backend is None:
        try:
            import keyring  # noqa: PLC0415 - only when keys are unlocked

            backend = keyring.get_keyring()
        except Exception:
            return None
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return None
    try:
        priority = float(backend.priority)
    except Exception:
        return None
    return backend if priority > 0 else None


def identity_file_text(identity: X25519Identity, *, note: str = "") -> str:
    """The identity in ``age-keygen``'s file format, which ``age -d -i FILE`` reads."""
    lines = [f"# created: {utc_now()}"]
    if note:
        lines.append(f"# {note}")
    lines += [f"# public key: {identity.recipient}", str(identity), ""]
    return "\n".join(lines)


def _parse_identities(text: str) -> list[X25519Identity]:
    found = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            found.append(X25519Identity.from_str(line))
        except ValueError as exc:
            raise ArchiveKeyError("The key file holds a line that is not an age key") from exc
    if not found:
        raise ArchiveKeyError("The key file holds no age key")
    return found


def read_identity_file(path: Path, passphrase: str | None = None) -> list[X25519Identity]:
    """Identities from a file made by ``age-keygen`` or write_recovery_key (or a passphrase-
    encrypted one, which needs ``passphrase``)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_IDENTITY_FILE + 1)
    except OSError as exc:
        raise ArchiveKeyError(f"Cannot read the key file {path}: {exc.strerror}") from exc
    if len(data) > MAX_IDENTITY_FILE:
        raise ArchiveKeyError(f"{path} is too large to be a key file")
    if data.startswith(b"age-encryption.org/v1\n"):
        if passphrase is None:
            raise PassphraseRequiredError(f"The key file {path} is protected with a passphrase")
        data = decrypt_bytes(data, [ScryptIdentity(passphrase)], name=path.name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArchiveKeyError(f"{path} is not a key file") from exc
    return _parse_identities(text)


def write_recovery_key(path: Path, identity: X25519Identity | None = None) -> X25519Identity:
    """Write a (new) recovery identity to ``path``, never over an existing file; returns it.

    The file is what ``age-keygen`` writes, so ``age -d -i <file>`` opens every recording with it.
    """
    identity = identity or X25519Identity.generate()
    text = identity_file_text(
        identity, note="OpnameStudio recovery key: keep it safe, away from the laptops"
    )
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("ascii"))
            fh.flush()
            os.fsync(fh.fileno())
    except FileExistsError as exc:
        raise ArchiveKeyError(f"{path} already exists; a key file is never overwritten") from exc
    except OSError as exc:
        raise ArchiveKeyError(f"Cannot write the recovery key {path}: {exc.strerror}") from exc
    return identity


def _log_key_change(event: str, **details: object) -> None:
    """Key changes go into the audit log (NEN 7513): who, when, which public key."""
    from opnamestudio.core import audit  # noqa: PLC0415 - audit imports nothing of ours

    audit.append(event, None, **details)


@dataclass(frozen=True)
class IdentityEntry:
    """One installation identity as listed in keys.json (public part and where the secret is)."""

    recipient: str
    created: str
    protection: str
    file: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "recipient": self.recipient,
            "created": self.created,
            "protection": self.protection,
            "file": self.file,
        }

    @classmethod
    def from_json(cls, value: Any) -> IdentityEntry:
        if not isinstance(value, dict) or set(value) != {
            "recipient",
            "created",
            "protection",
            "file",
        }:
            raise ArchiveKeyError("keys.json lists an identity with wrong fields")
        entry = cls(**value)
        if entry.protection not in PROTECTIONS or not isinstance(entry.recipient, str):
            raise ArchiveKeyError("keys.json lists an identity with a wrong value")
        try:
            X25519Recipient.from_str(entry.recipient)
        except ValueError as exc:
            raise ArchiveKeyError("keys.json lists a damaged public key") from exc
        if entry.file is not None and (
            not isinstance(entry.file, str) or "/" in entry.file or "\\" in entry.file
        ):
            raise ArchiveKeyError("keys.json names a wrong identity file")
        return entry


class ArchiveKeys:
    """The key folder ``<data>/archive/keys``: keys.json, identity files, the keyring entries."""

    def __init__(
        self,
        folder: Path | None = None,
        *,
        keyring_backend: KeyringBackend | None = None,
        passphrase: str | None = None,
        scrypt_log_n: int | None = None,
    ) -> None:
        self.folder = folder or (paths.data_dir() / "archive" / "keys")
        self._backend = keyring_backend
        self._backend_checked = keyring_backend is not None
        self.passphrase = passphrase
        self.scrypt_log_n = scrypt_log_n or DEFAULT_SCRYPT_LOG_N
        self._unlocked: dict[str, X25519Identity] = {}

    # -- keys.json -------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.folder / "keys.json"

    def exists(self) -> bool:
        """Whether the archive's keys were created."""
        return self.path.exists()

    def _load(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError as exc:
            raise ArchiveKeyError(
                f"The archive has no keys yet ({self.path})",
                hint="Create them with 'opnamestudio archive init'",
            ) from exc
        except OSError as exc:
            raise ArchiveKeyError(f"Cannot read {self.path}: {exc.strerror}") from exc
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise ArchiveKeyError(f"{self.path} is damaged (not JSON)") from exc
        if not isinstance(data, dict) or data.get("format") != KEYS_FORMAT:
            raise ArchiveKeyError(f"{self.path} is not an archive key list")
        identities = data.get("identities")
        if not isinstance(identities, list) or not identities:
            raise ArchiveKeyError(f"{self.path} lists no identity")
        data["identities"] = [IdentityEntry.from_json(i) for i in identities]
        if data.get("current") not in {e.recipient for e in data["identities"]}:
            raise ArchiveKeyError(f"{self.path} names no current identity")
        recovery = data.get("recovery")
        if recovery is not None:
            try:
                X25519Recipient.from_str(str(recovery))
            except ValueError as exc:
                raise ArchiveKeyError(f"{self.path} holds a damaged recovery key") from exc
        return data

    def _save(self, data: dict[str, Any]) -> None:
        value = dict(data)
        value["identities"] = [e.to_json() for e in data["identities"]]
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.path, json.dumps(value, indent=2).encode("ascii") + b"\n")

    def entries(self) -> list[IdentityEntry]:
        """Every installation identity, oldest first."""
        return list(self._load()["identities"])

    # -- protecting the secrets ------------------------------------------------------------

    def keyring(self) -> KeyringBackend | None:
        """The OS keyring, or None when this machine has none (the passphrase is used then)."""
        if not self._backend_checked:
            self._backend = usable_keyring()
            self._backend_checked = True
        return usable_keyring(self._backend) if self._backend is not None else None

    def _store(self, identity: X25519Identity) -> IdentityEntry:
        recipient = str(identity.recipient)
        backend = self.keyring()
        refused = ""
        if backend is not None:
            try:
                backend.set_password(KEYRING_SERVICE, recipient, str(identity))
            except Exception as exc:  # every backend has its own errors (a locked keyring, …)
                refused = f"The OS keyring refused the archive key ({exc})"
            else:
                return IdentityEntry(recipient, utc_now(), "keyring")
        if not self.passphrase:
            raise PassphraseRequiredError(
                refused
                or "This computer has no keyring for the archive key: a passphrase is needed"
            )
        name = f"identity-{hashlib.sha256(recipient.encode()).hexdigest()[:12]}.age"
        secret = identity_file_text(identity).encode("ascii")
        data = encrypt_bytes(secret, [ScryptRecipient(self.passphrase, self.scrypt_log_n)])
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.folder / name, data)
        with contextlib.suppress(OSError):
            os.chmod(self.folder / name, 0o600)
        return IdentityEntry(recipient, utc_now(), "passphrase", name)

    def _unlock(self, entry: IdentityEntry) -> X25519Identity:
        if entry.recipient in self._unlocked:
            return self._unlocked[entry.recipient]
        if entry.protection == "keyring":
            backend = self.keyring()
            secret = None
            if backend is not None:
                try:
                    secret = backend.get_password(KEYRING_SERVICE, entry.recipient)
                except Exception as exc:
                    raise ArchiveKeyError(f"The OS keyring cannot be read: {exc}") from exc
            if secret is None:
                raise ArchiveKeyError(
                    "The archive key is not in this computer's keyring (another user, or a "
                    "new computer?)"
                )
            try:
                identity = X25519Identity.from_str(secret)
            except ValueError as exc:
                raise ArchiveKeyError("The archive key in the keyring is damaged") from exc
        else:
            if not self.passphrase:
                raise PassphraseRequiredError("The archive key is protected with a passphrase")
            identity = read_identity_file(self.folder / str(entry.file), self.passphrase)[0]
        if str(identity.recipient) != entry.recipient:
            raise ArchiveKeyError("The stored archive key does not match its public key")
        self._unlocked[entry.recipient] = identity
        return identity

    # -- what the archive uses -------------------------------------------------------------

    def create(self) -> X25519Recipient:
        """The first identity (keyring, else passphrase); an error if keys already exist."""
        if self.exists():
            raise ArchiveKeyError("The archive's keys already exist")
        identity = X25519Identity.generate()
        entry = self._store(identity)
        self._unlocked[entry.recipient] = identity
        self._save({"format": KEYS_FORMAT, "identities": [entry], "current": entry.recipient})
        _log_key_change(
            "archive-key-created", recipient=entry.recipient, protection=entry.protection
        )
        return identity.recipient

    def rotate(self) -> X25519Recipient:
        """A new current identity; the old ones stay so old recordings remain readable."""
        data = self._load()
        identity = X25519Identity.generate()
        entry = self._store(identity)
        self._unlocked[entry.recipient] = identity
        data["identities"].append(entry)
        data["current"] = entry.recipient
        self._save(data)
        _log_key_change(
            "archive-key-rotated", recipient=entry.recipient, protection=entry.protection
        )
        return identity.recipient

    def current_recipient(self) -> X25519Recipient:
        """The public key new recordings are encrypted to."""
        return X25519Recipient.from_str(self._load()["current"])

    def recovery_recipient(self) -> X25519Recipient | None:
        """The organisation's recovery key (public part), when set."""
        value = self._load().get("recovery")
        return X25519Recipient.from_str(value) if value else None

    def set_recovery_recipient(self, recipient: X25519Recipient) -> None:
        """Set (or replace) the recovery key; recordings archived before keep the old one."""
        data = self._load()
        previous = data.get("recovery")
        data["recovery"] = str(recipient)
        self._save(data)
        _log_key_change("archive-recovery-key-set", recipient=str(recipient), previous=previous)

    def recipients(self) -> list[X25519Recipient]:
        """Who a new recording is encrypted to: this installation and the recovery key."""
        recovery = self.recovery_recipient()
        if recovery is None:
            raise NoRecoveryKeyError("No recovery key is set for the archive")
        return [self.current_recipient(), recovery]

    def identities(self) -> list[X25519Identity]:
        """Every installation identity, unlocked (newest first)."""
        return [self._unlock(e) for e in reversed(self.entries())]

    def check_passphrase(self) -> None:
        """Raise AgeWrongPassphraseError / PassphraseRequiredError unless the keys unlock."""
        try:
            self.identities()
        except AgeError:
            self._unlocked.clear()
            raise


def export_recovery_key(
    folder: Path, *, keys: ArchiveKeys | None = None, today: date | None = None
) -> Path:
    """The first-run wizard's step: make the organisation's recovery key, write it into
    ``folder`` (a USB stick) as ``herstelsleutel-<date>.txt`` (never over a file), and set its
    public part for this installation; returns the file.

    The archive's own keys are made first when missing, in the OS keyring; without a keyring
    they need a passphrase (``PassphraseRequiredError``: IT runs ``opnamestudio archive init``).
    """
    keys = keys or ArchiveKeys(keyring_backend=usable_keyring())
    if not keys.exists():
        keys.create()
    stamp = (today or date.today()).isoformat()
    path = folder / f"herstelsleutel-{stamp}.txt"
    number = 2
    while path.exists():
        path = folder / f"herstelsleutel-{stamp}-{number}.txt"
        number += 1
    identity = write_recovery_key(path)
    keys.set_recovery_recipient(identity.recipient)
    return path
