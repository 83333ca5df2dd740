"""Signing keys, minisign's file formats, key ids and the trust store.

A seal is signed with Ed25519 in minisign's format, so anyone can check it with the stock
``minisign`` tool and the organisation's ``.pub`` file, without our software:

    minisign -Vm gesprek.zegel.json -p organisatie.pub -x gesprek.zegel.minisig

The **key id** (sleutel-ID) is the SHA-256 of the raw 32-byte public key. People see its first 24
hex digits in groups of four; minisign's own 8-byte key number is the key id's first 8 bytes in
reverse order (minisign prints it as a little-endian number), so ``minisign`` prints the key id's
first 16 digits.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from opnamestudio.core import paths
from opnamestudio.core.display import format_key_id
from opnamestudio.core.errors import OpnameError
from opnamestudio.core.fileio import atomic_write_bytes

__all__ = [
    "KeyError_",
    "PublicKey",
    "Signature",
    "SignatureError",
    "SigningKey",
    "TrustStore",
    "format_key_id",
    "load_or_create_signing_key",
]

PK_ALG = b"Ed"
SIG_ALG_PREHASHED = b"ED"
SIG_ALG_LEGACY = b"Ed"
_MAX_KEY_FILE = 4096
_MAX_SIG_FILE = 8192


class KeyError_(OpnameError):
    """A key file is missing, unreadable or malformed."""

    code = "key"
    default_hint = "Check the key file, or ask your IT department for the organisation's key"


class SignatureError(OpnameError):
    """A signature file is malformed or does not verify."""

    code = "signature"


def _b64decode(text: str, what: str) -> bytes:
    try:
        data = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError(f"The {what} is not valid base64") from exc
    # Only the canonical encoding: otherwise a changed padding bit would go unnoticed.
    if base64.b64encode(data).decode("ascii") != text.strip():
        raise SignatureError(f"The {what} is not canonical base64")
    return data


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key with its ids."""

    raw: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != 32:
            raise KeyError_("A public key must be 32 bytes")

    @property
    def key_id(self) -> str:
        """SHA-256 of the raw key, hex (the sleutel-ID)."""
        return hashlib.sha256(self.raw).hexdigest()

    @property
    def keynum(self) -> bytes:
        """minisign's 8-byte key number, chosen so minisign prints our key id's first digits."""
        return bytes.fromhex(self.key_id[:16])[::-1]

    def to_minisign(self) -> str:
        """The contents of a minisign ``.pub`` file."""
        blob = base64.b64encode(PK_ALG + self.keynum + self.raw).decode()
        return f"untrusted comment: minisign public key {self.key_id[:16].upper()}\n{blob}\n"

    @classmethod
    def from_minisign(cls, text: str) -> PublicKey:
        """Parse a minisign ``.pub`` file (or just its base64 line)."""
        lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
        if not lines:
            raise KeyError_("The public key file is empty")
        blob_line = lines[-1] if lines[0].startswith("untrusted comment:") else lines[0]
        try:
            blob = base64.b64decode(blob_line, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise KeyError_("The public key is not valid base64") from exc
        if len(blob) != 42 or blob[:2] != PK_ALG:
            raise KeyError_("This is not a minisign Ed25519 public key")
        return cls(blob[10:])

    @classmethod
    def from_file(cls, path: Path) -> PublicKey:
        """Read a minisign ``.pub`` file."""
        try:
            with open(path, "rb") as fh:
                data = fh.read(_MAX_KEY_FILE + 1)
        except OSError as exc:
            raise KeyError_(f"Cannot read the key file {path}: {exc.strerror}") from exc
        if len(data) > _MAX_KEY_FILE:
            raise KeyError_(f"{path} is too large to be a public key")
        return cls.from_minisign(data.decode("utf-8", errors="replace"))

    def verify(self, message: bytes, signature: Signature) -> None:
        """Raise SignatureError unless ``signature`` is a valid signature of ``message``."""
        if signature.keynum != self.keynum:
            raise SignatureError("The signature was made with another key")
        key = Ed25519PublicKey.from_public_bytes(self.raw)
        signed = (
            hashlib.blake2b(message, digest_size=64).digest()
            if signature.algorithm == SIG_ALG_PREHASHED
            else message
        )
        try:
            key.verify(signature.signature, signed)
            key.verify(
                signature.global_signature,
                signature.signature + signature.trusted_comment.encode("utf-8"),
            )
        except InvalidSignature as exc:
            raise SignatureError("The signature does not match") from exc


@dataclass(frozen=True)
class Signature:
    """A minisign signature file."""

    algorithm: bytes
    keynum: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str = "signature from OpnameStudio"

    def __bytes__(self) -> bytes:
        blob = base64.b64encode(self.algorithm + self.keynum + self.signature).decode()
        glob = base64.b64encode(self.global_signature).decode()
        return (
            f"untrusted comment: {self.untrusted_comment}\n{blob}\n"
            f"trusted comment: {self.trusted_comment}\n{glob}\n"
        ).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        """Parse strictly; SignatureError on anything unexpected."""
        if len(data) > _MAX_SIG_FILE:
            raise SignatureError("The signature file is too large")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SignatureError("The signature file is not text") from exc
        lines = text.splitlines()
        if len(lines) < 4 or not lines[0].startswith("untrusted comment: "):
            raise SignatureError("The signature file is not in minisign format")
        if not lines[2].startswith("trusted comment: "):
            raise SignatureError("The signature file has no trusted comment")
        blob = _b64decode(lines[1], "signature")
        glob = _b64decode(lines[3], "global signature")
        if len(blob) != 74 or blob[:2] not in (SIG_ALG_PREHASHED, SIG_ALG_LEGACY):
            raise SignatureError("The signature has an unknown algorithm or length")
        if len(glob) != 64:
            raise SignatureError("The global signature has the wrong length")
        parsed = cls(
            algorithm=blob[:2],
            keynum=blob[2:10],
            signature=blob[10:],
            trusted_comment=lines[2][len("trusted comment: ") :],
            global_signature=glob,
            untrusted_comment=lines[0][len("untrusted comment: ") :],
        )
        # Exactly minisign's layout, byte for byte: a changed line break (or a vertical tab
        # that splitlines() would also accept) must not go unnoticed.
        if bytes(parsed) != data:
            raise SignatureError("The signature file is not in minisign's exact layout")
        return parsed


class SigningKey:
    """The installation's (or organisation's) Ed25519 private key."""

    def __init__(self, private: Ed25519PrivateKey) -> None:
        self._private = private
        raw = private.public_key().public_bytes_raw()
        self.public = PublicKey(raw)

    @classmethod
    def generate(cls) -> SigningKey:
        """A new random key."""
        return cls(Ed25519PrivateKey.generate())

    def sign(self, message: bytes, *, trusted_comment: str) -> Signature:
        """A prehashed minisign signature (what ``minisign -S`` makes by default)."""
        if "\n" in trusted_comment or "\r" in trusted_comment:
            raise ValueError("a trusted comment is one line")
        digest = hashlib.blake2b(message, digest_size=64).digest()
        signature = self._private.sign(digest)
        global_signature = self._private.sign(signature + trusted_comment.encode("utf-8"))
        return Signature(
            SIG_ALG_PREHASHED,
            self.public.keynum,
            signature,
            trusted_comment,
            global_signature,
            untrusted_comment=f"signature from OpnameStudio key {self.public.key_id[:16].upper()}",
        )

    def to_pem(self) -> bytes:
        """PKCS#8 PEM, unencrypted (the archive issue adds keyring/passphrase protection)."""
        # Imported here: its import (with the SSH formats) costs the verifier's start ~15 ms.
        from cryptography.hazmat.primitives import serialization  # noqa: PLC0415

        return self._private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    @classmethod
    def from_pem(cls, data: bytes) -> SigningKey:
        """Load a PKCS#8 PEM Ed25519 key."""
        from cryptography.hazmat.primitives import serialization  # noqa: PLC0415 (see to_pem)

        try:
            key = serialization.load_pem_private_key(data, password=None)
        except (ValueError, TypeError) as exc:
            raise KeyError_("The signing key file is damaged") from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyError_("The signing key is not an Ed25519 key")
        return cls(key)


def _keys_dir() -> Path:
    folder = paths.data_dir() / "keys"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def load_or_create_signing_key() -> SigningKey:
    """The installation's signing key, created on first use (owner-only file permissions).

    Its public key is also written as ``keys/opnamestudio.pub`` and added to the trust store.
    """
    folder = _keys_dir()
    path = folder / "signing-key.pem"
    if path.exists():
        try:
            key = SigningKey.from_pem(path.read_bytes())
        except OSError as exc:
            raise KeyError_(f"Cannot read the signing key {path}: {exc.strerror}") from exc
    else:
        key = SigningKey.generate()
        tmp = path.with_name(path.name + ".new")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key.to_pem())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    pub = folder / "opnamestudio.pub"
    if not pub.exists():
        atomic_write_bytes(pub, key.public.to_minisign().encode())
    TrustStore().add(key.public, name="this installation")
    return key


class TrustStore:
    """Public keys whose signatures are trusted: ``trust/<key id>.pub`` in the data folder."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or (paths.data_dir() / "trust")

    def add(self, key: PublicKey, *, name: str = "") -> Path:
        """Trust ``key``; idempotent."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{key.key_id[:32]}.pub"
        if not path.exists():
            text = key.to_minisign()
            if name:
                text = text.replace("minisign public key", f"minisign public key ({name})", 1)
            atomic_write_bytes(path, text.encode())
        return path

    def trusted_keys(self) -> list[PublicKey]:
        """Every trusted key (unreadable files are skipped)."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in sorted(self.folder.glob("*.pub")):
            try:
                found.append(PublicKey.from_file(path))
            except OpnameError:
                continue
        return found

    def trusts(self, key: PublicKey) -> bool:
        """Whether ``key`` is in the store."""
        return any(k.raw == key.raw for k in self.trusted_keys())


def trusted_comment_for(name: str) -> str:
    """The trusted comment minisign shows: when and what was signed."""
    return f"timestamp:{int(time.time())}\tfile:{name}\tOpnameStudio seal"
