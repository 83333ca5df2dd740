"""The age v1 file format (age-encryption.org/v1), streaming, on ``cryptography`` alone.

Why our own code and not a binding (docs/archive-format.md says more): the archive must name the
recording *and the chunk* that is damaged, read a two-hour file in bounded memory, and run on
Windows, macOS and Linux wherever ``cryptography`` has wheels. The format is small and fixed:

- header: ``age-encryption.org/v1``, one stanza per recipient (``-> X25519 <share>`` or
  ``-> scrypt <salt> <log2 N>``, then the wrapped 16-byte file key in base64 lines of 64
  characters), and ``--- <HMAC-SHA256>`` over the header with a key derived from the file key;
- payload: a 16-byte nonce, then ChaCha20-Poly1305 STREAM: chunks of 64 KiB of plaintext, each
  sealed with the 11-byte big-endian chunk counter and a last-chunk flag as the nonce.

Tests decrypt files made by the real ``age`` tool and have ``age`` decrypt ours byte for byte.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import io
import itertools
import os
import queue
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from opnamestudio.core.errors import OpnameError

__all__ = [
    "CHUNK_SIZE",
    "AgeAppender",
    "AgeChunkError",
    "AgeError",
    "AgeHeaderError",
    "AgeNoIdentityError",
    "AgeReader",
    "AgeTruncatedError",
    "AgeWrongPassphraseError",
    "FileKey",
    "Identity",
    "Recipient",
    "ScryptIdentity",
    "ScryptRecipient",
    "Stanza",
    "X25519Identity",
    "X25519Recipient",
    "decrypt_bytes",
    "decrypt_stream",
    "encrypt_bytes",
    "encrypt_stream",
    "unfinished_chunks",
]

INTRO = b"age-encryption.org/v1\n"
CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
CIPHER_CHUNK = CHUNK_SIZE + TAG_SIZE
FILE_KEY_SIZE = 16
NONCE_SIZE = 16
#: Chunks read from the file at a time (512 KiB: few system calls, little memory).
_READ_CHUNKS = 8
#: Upper bound of a header we accept: a few stanzas, never megabytes.
MAX_HEADER = 64 * 1024
#: Largest scrypt work factor we try (age's own limit): 2**22 costs ~4 GiB·s, not more.
MAX_SCRYPT_LOG_N = 22
#: age's default work factor for passphrases (about a second on a laptop).
DEFAULT_SCRYPT_LOG_N = 18
_X25519_INFO = b"age-encryption.org/v1/X25519"
_SCRYPT_SALT_LABEL = b"age-encryption.org/v1/scrypt"
_ARG = re.compile(rb"[\x21-\x7e]+\Z")
_DECIMAL = re.compile(r"[1-9][0-9]*\Z")


class AgeError(OpnameError):
    """An encrypted archive file cannot be read."""

    code = "archive-crypt"
    default_hint = "Keep the file as it is and contact your IT department"

    def __init__(self, message: str, *, hint: str | None = None, name: str = "") -> None:
        super().__init__(message, hint=hint)
        #: The recording (or file) the error is about.
        self.name = name


class AgeHeaderError(AgeError):
    """The file is not an age file, or its header was changed."""

    code = "archive-header"
    default_hint = (
        "The start of the encrypted file is damaged. Restore it from the backup, or ask your IT "
        "department"
    )


class AgeNoIdentityError(AgeError):
    """None of the keys we hold opens the file: the wrong key, or a file for someone else."""

    code = "archive-wrong-key"
    default_hint = (
        "Use the key this recording was archived with: this laptop's key, or the "
        "organisation's recovery key"
    )


class AgeWrongPassphraseError(AgeNoIdentityError):
    """The passphrase does not open the file."""

    code = "archive-wrong-passphrase"
    default_hint = "Check the passphrase (capitals, spaces) and try again"


class AgeChunkError(AgeError):
    """A chunk of the payload does not authenticate: bit-flipped, reordered or replaced."""

    code = "archive-damaged"
    default_hint = (
        "This recording's encrypted file is damaged from this point on. Restore it from the "
        "backup; the other recordings are not affected"
    )

    def __init__(
        self, message: str, *, chunk: int = -1, name: str = "", hint: str | None = None
    ) -> None:
        super().__init__(message, hint=hint, name=name)
        #: Number of the first chunk (64 KiB of audio each, counting from 0) that failed; -1 if
        #: unknown.
        self.chunk = chunk


class AgeTruncatedError(AgeChunkError):
    """The payload ends before its last chunk: the file was cut short."""

    code = "archive-truncated"
    default_hint = (
        "The encrypted file was cut short (an interrupted copy?). Restore it from the backup; "
        "the other recordings are not affected"
    )


# -- encodings -------------------------------------------------------------------------------


def _b64encode(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _b64decode(text: bytes, what: str) -> bytes:
    """Unpadded canonical base64, as age writes it; anything else is a header error."""
    if b"=" in text or b"\n" in text or b"\r" in text:
        raise AgeHeaderError(f"The {what} is not unpadded base64")
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise AgeHeaderError(f"The {what} is not valid base64") from exc
    if _b64encode(data) != text:
        raise AgeHeaderError(f"The {what} is not canonical base64")
    return data


_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: Sequence[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: Sequence[int], frm: int, to: int, *, pad: bool) -> list[int]:
    acc = bits = 0
    out: list[int] = []
    maxv = (1 << to) - 1
    for value in data:
        acc = (acc << frm) | value
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (to - bits)) & maxv)
    elif bits >= frm or (acc << (to - bits)) & maxv:
        raise ValueError("invalid padding")
    return out


def bech32_encode(hrp: str, data: bytes) -> str:
    """Bech32 (BIP 173, without its 90-character limit, as age uses it)."""
    values = _convert_bits(data, 8, 5, pad=True)
    polymod = _bech32_polymod([*_hrp_expand(hrp), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32_CHARSET[v] for v in values + checksum)


def bech32_decode(text: str) -> tuple[str, bytes]:
    """(human-readable part, data); ValueError on anything malformed or mixed-case."""
    if text.lower() != text and text.upper() != text:
        raise ValueError("mixed case")
    text = text.lower()
    pos = text.rfind("1")
    if pos < 1 or pos + 7 > len(text):
        raise ValueError("no separator or too short")
    hrp = text[:pos]
    if any(ord(c) < 33 or ord(c) > 126 for c in hrp):
        raise ValueError("invalid prefix")
    try:
        values = [_BECH32_CHARSET.index(c) for c in text[pos + 1 :]]
    except ValueError as exc:
        raise ValueError("invalid character") from exc
    if _bech32_polymod([*_hrp_expand(hrp), *values]) != 1:
        raise ValueError("wrong checksum")
    return hrp, bytes(_convert_bits(values[:-6], 5, 8, pad=False))


# -- recipients and identities ---------------------------------------------------------------


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza of the header: a type, its arguments and the wrapped file key."""

    type: str
    args: tuple[str, ...]
    body: bytes

    def encode(self) -> bytes:
        line = b" ".join(
            [b"->", self.type.encode("ascii"), *(a.encode("ascii") for a in self.args)]
        )
        text = _b64encode(self.body)
        lines = [text[i : i + 64] for i in range(0, len(text), 64)]
        if not lines or len(lines[-1]) == 64:
            lines.append(b"")  # the body always ends with a line shorter than 64 characters
        return line + b"\n" + b"\n".join(lines) + b"\n"


class Recipient(Protocol):
    """Someone a file is encrypted to: wraps the file key into a stanza."""

    def wrap(self, file_key: bytes) -> Stanza: ...


class Identity(Protocol):
    """A key that may open a file: unwraps the file key from one of the stanzas, or None."""

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None: ...


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _aead_unwrap(key: bytes, body: bytes) -> bytes | None:
    if len(body) != FILE_KEY_SIZE + TAG_SIZE:
        raise AgeHeaderError("A wrapped file key has the wrong length")
    try:
        return ChaCha20Poly1305(key).decrypt(bytes(12), body, None)
    except InvalidTag:
        return None


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@dataclass(frozen=True)
class X25519Recipient:
    """An ``age1…`` public key."""

    raw: bytes

    @classmethod
    def from_str(cls, text: str) -> X25519Recipient:
        """Parse an ``age1…`` recipient; ValueError when it is not one."""
        try:
            hrp, data = bech32_decode(text.strip())
        except ValueError as exc:
            raise ValueError(f"not an age recipient: {exc}") from exc
        if hrp != "age" or len(data) != 32:
            raise ValueError("not an age X25519 recipient")
        return cls(data)

    def __str__(self) -> str:
        return bech32_encode("age", self.raw)

    def wrap(self, file_key: bytes) -> Stanza:
        ephemeral = X25519PrivateKey.generate()
        share = _raw_public(ephemeral.public_key())
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(self.raw))
        key = _hkdf(shared, share + self.raw, _X25519_INFO)
        body = ChaCha20Poly1305(key).encrypt(bytes(12), file_key, None)
        return Stanza("X25519", (_b64encode(share).decode("ascii"),), body)


class X25519Identity:
    """An ``AGE-SECRET-KEY-1…`` private key."""

    def __init__(self, private: X25519PrivateKey) -> None:
        self._private = private
        self.recipient = X25519Recipient(_raw_public(private.public_key()))

    @classmethod
    def generate(cls) -> X25519Identity:
        """A new random identity."""
        return cls(X25519PrivateKey.generate())

    @classmethod
    def from_str(cls, text: str) -> X25519Identity:
        """Parse ``AGE-SECRET-KEY-1…``; ValueError when it is not one."""
        try:
            hrp, data = bech32_decode(text.strip())
        except ValueError as exc:
            raise ValueError(f"not an age identity: {exc}") from exc
        if hrp != "age-secret-key-" or len(data) != 32:
            raise ValueError("not an age X25519 identity")
        return cls(X25519PrivateKey.from_private_bytes(data))

    def __str__(self) -> str:
        raw = self._private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return bech32_encode("age-secret-key-", raw).upper()

    def __repr__(self) -> str:  # never the secret in a log or a traceback
        return f"X25519Identity({self.recipient})"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != "X25519":
                continue
            if len(stanza.args) != 1:
                raise AgeHeaderError("An X25519 stanza must have exactly one argument")
            share = _b64decode(stanza.args[0].encode("ascii"), "X25519 share")
            if len(share) != 32:
                raise AgeHeaderError("An X25519 share must be 32 bytes")
            if len(stanza.body) != FILE_KEY_SIZE + TAG_SIZE:
                raise AgeHeaderError("A wrapped file key has the wrong length")
            try:
                shared = self._private.exchange(X25519PublicKey.from_public_bytes(share))
            except ValueError as exc:  # a low-order point gives an all-zero secret
                raise AgeHeaderError("An X25519 share is a low-order point") from exc
            key = _hkdf(shared, share + self.recipient.raw, _X25519_INFO)
            file_key = _aead_unwrap(key, stanza.body)
            if file_key is not None:
                return file_key
        return None


def _scrypt_key(passphrase: str, salt: bytes, log_n: int) -> bytes:
    kdf = Scrypt(salt=_SCRYPT_SALT_LABEL + salt, length=32, n=1 << log_n, r=8, p=1)
    return kdf.derive(passphrase.encode("utf-8"))


@dataclass(frozen=True)
class ScryptRecipient:
    """A passphrase as a recipient (it must be the file's only one)."""

    passphrase: str
    log_n: int = DEFAULT_SCRYPT_LOG_N

    def __repr__(self) -> str:
        return f"ScryptRecipient(log_n={self.log_n})"

    def wrap(self, file_key: bytes) -> Stanza:
        salt = os.urandom(16)
        key = _scrypt_key(self.passphrase, salt, self.log_n)
        body = ChaCha20Poly1305(key).encrypt(bytes(12), file_key, None)
        return Stanza("scrypt", (_b64encode(salt).decode("ascii"), str(self.log_n)), body)


@dataclass(frozen=True)
class ScryptIdentity:
    """A passphrase that may open a passphrase-encrypted file."""

    passphrase: str
    max_log_n: int = MAX_SCRYPT_LOG_N

    def __repr__(self) -> str:
        return "ScryptIdentity(…)"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != "scrypt":
                continue
            if len(stanzas) != 1:
                raise AgeHeaderError("A passphrase-encrypted file must have only one stanza")
            if len(stanza.args) != 2:
                raise AgeHeaderError("An scrypt stanza must have exactly two arguments")
            salt = _b64decode(stanza.args[0].encode("ascii"), "scrypt salt")
            if len(salt) != 16:
                raise AgeHeaderError("An scrypt salt must be 16 bytes")
            if not _DECIMAL.match(stanza.args[1]):
                raise AgeHeaderError("The scrypt work factor is not a plain number")
            log_n = int(stanza.args[1])
            if not 0 < log_n <= min(self.max_log_n, 30):
                raise AgeHeaderError(f"The scrypt work factor {log_n} is out of range")
            if len(stanza.body) != FILE_KEY_SIZE + TAG_SIZE:
                raise AgeHeaderError("A wrapped file key has the wrong length")
            return _aead_unwrap(_scrypt_key(self.passphrase, salt, log_n), stanza.body)
        return None


@dataclass(frozen=True)
class FileKey:
    """The file key itself as an identity: to read back a file just written (the header MAC and
    every chunk are still checked), without unlocking a private key."""

    key: bytes

    def __repr__(self) -> str:
        return "FileKey(…)"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        return self.key


# -- the header ------------------------------------------------------------------------------


def _mac(file_key: bytes, header: bytes) -> bytes:
    return hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()


def _read_line(src: BinaryIO, budget: list[int]) -> bytes:
    line = src.readline(budget[0] + 1)
    budget[0] -= len(line)
    if budget[0] < 0:
        raise AgeHeaderError("The header is too long")
    if not line.endswith(b"\n"):
        raise AgeHeaderError("The header ends too early (not an age file, or cut short)")
    return line


def _parse_header(src: BinaryIO) -> tuple[list[Stanza], bytes, bytes]:
    """(stanzas, the header bytes the MAC covers, the MAC)."""
    budget = [MAX_HEADER]
    intro = src.readline(len(INTRO))
    if intro != INTRO:
        raise AgeHeaderError("This is not an age v1 encrypted file")
    raw = [intro]
    stanzas: list[Stanza] = []
    line = _read_line(src, budget)
    while line.startswith(b"-> "):
        raw.append(line)
        parts = line[3:-1].split(b" ")
        if not all(_ARG.match(p) for p in parts):
            raise AgeHeaderError("A recipient line of the header is malformed")
        body_lines = []
        while True:
            body_line = _read_line(src, budget)
            raw.append(body_line)
            text = body_line[:-1]
            if len(text) > 64:
                raise AgeHeaderError("A line of the header is too long")
            body_lines.append(text)
            if len(text) < 64:
                break
        body = _b64decode(b"".join(body_lines), "wrapped file key")
        stanzas.append(
            Stanza(parts[0].decode("ascii"), tuple(p.decode("ascii") for p in parts[1:]), body)
        )
        line = _read_line(src, budget)
    if not line.startswith(b"--- "):
        raise AgeHeaderError("The header has no closing line")
    if not stanzas:
        raise AgeHeaderError("The header names no recipient")
    covered = b"".join(raw) + b"---"
    mac = _b64decode(line[4:-1], "header MAC")
    if len(mac) != 32:
        raise AgeHeaderError("The header MAC has the wrong length")
    return stanzas, covered, mac


def _write_header(file_key: bytes, recipients: Sequence[Recipient]) -> bytes:
    if not recipients:
        raise ValueError("at least one recipient")
    stanzas = [r.wrap(file_key) for r in recipients]
    if any(s.type == "scrypt" for s in stanzas) and len(stanzas) > 1:
        raise ValueError("a passphrase must be the only recipient")
    covered = INTRO + b"".join(s.encode() for s in stanzas) + b"---"
    return covered + b" " + _b64encode(_mac(file_key, covered)) + b"\n"


def _payload_key(file_key: bytes, nonce: bytes) -> ChaCha20Poly1305:
    return ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


# -- encrypting ------------------------------------------------------------------------------


def _read_full(src: BinaryIO, size: int) -> bytes:
    """Up to ``size`` bytes, fewer only at the end of the stream."""
    data = src.read(size)
    if len(data) == size or not data:
        return data
    parts = [data]
    got = len(data)
    while got < size:
        more = src.read(size - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def encrypt_stream(
    src: BinaryIO,
    dst: BinaryIO,
    recipients: Sequence[Recipient],
    *,
    on_plaintext: Callable[[bytes], None] | None = None,
    file_key: bytes | None = None,
) -> int:
    """Encrypt ``src`` to ``dst`` for every recipient, 64 KiB at a time; returns the bytes read.

    ``on_plaintext`` sees every plaintext chunk (to hash the audio in the same pass).
    ``file_key`` (16 random bytes, default: new ones) lets the caller read the result back with
    FileKey before any private key is unlocked.
    """
    file_key = file_key if file_key is not None else os.urandom(FILE_KEY_SIZE)
    if len(file_key) != FILE_KEY_SIZE:
        raise ValueError("a file key is 16 bytes")
    nonce = os.urandom(NONCE_SIZE)
    dst.write(_write_header(file_key, recipients))
    dst.write(nonce)
    aead = _payload_key(file_key, nonce)
    counter = 0
    total = 0
    chunk = _read_full(src, CHUNK_SIZE)
    while True:
        following = _read_full(src, CHUNK_SIZE) if len(chunk) == CHUNK_SIZE else b""
        last = not following
        if on_plaintext is not None:
            on_plaintext(chunk)
        dst.write(aead.encrypt(_chunk_nonce(counter, last), chunk, None))
        total += len(chunk)
        if last:
            return total
        counter += 1
        chunk = following


class AgeAppender:
    """An age file written chunk by chunk by its owner, for an append-only journal.

    The owner hands over whole 64 KiB chunks (``write_chunk``) and, to finish the file, one
    last chunk (``finish``: 1 byte to 64 KiB). Until then the file is an age file cut short:
    ``age`` refuses it, ``unfinished_chunks`` releases every chunk that was written. Nothing
    is buffered here: each chunk goes to ``dst`` at once.
    """

    def __init__(self, dst: Writer, recipients: Sequence[Recipient]) -> None:
        file_key = os.urandom(FILE_KEY_SIZE)
        nonce = os.urandom(NONCE_SIZE)
        self._dst = dst
        self._aead = _payload_key(file_key, nonce)
        self._counter = 0
        self.finished = False
        #: Bytes written to ``dst`` so far.
        self.written = 0
        self._write(_write_header(file_key, recipients) + nonce)

    def _write(self, data: bytes) -> None:
        self.written += len(data)
        while data:
            data = data[self._dst.write(data) :]

    def write_chunk(self, plain: bytes | memoryview) -> None:
        """Append one whole chunk (not the last one)."""
        if self.finished or len(plain) != CHUNK_SIZE:
            raise ValueError("only whole chunks, and none after the last")
        self._write(self._aead.encrypt(_chunk_nonce(self._counter, False), bytes(plain), None))
        self._counter += 1

    def finish(self, plain: bytes | memoryview) -> None:
        """Append the last chunk: the file is then a complete age file."""
        if self.finished or not 0 < len(plain) <= CHUNK_SIZE:
            raise ValueError("the last chunk holds 1 byte to a whole chunk")
        self._write(self._aead.encrypt(_chunk_nonce(self._counter, True), bytes(plain), None))
        self.finished = True


def unfinished_chunks(
    src: BinaryIO, identities: Sequence[Identity], *, name: str = ""
) -> Iterator[tuple[bytes, bool]]:
    """The chunks of an age file that may be unfinished (an AgeAppender's after a crash).

    Yields (plaintext, last) for every chunk that authenticates, in order, and stops silently
    at the first that does not (a torn write at the end) or after the last one. The header
    must open (AgeError otherwise). Used for journals only: a finished file that was cut
    short cannot be told from an unfinished one, which is what ``decrypt_stream`` is for.
    """
    decryptor = _Decryptor(src, identities, name)
    counter = 0
    while True:
        chunk = _read_full(src, CIPHER_CHUNK)
        if len(chunk) <= TAG_SIZE:
            return
        for last in (False, True):
            try:
                plain = decryptor.open_chunk(counter, chunk, last)
            except AgeChunkError:
                continue
            break
        else:
            return
        if not last and len(plain) != CHUNK_SIZE:
            return  # cannot happen for a chunk that authenticates; never trusted anyway
        yield plain, last
        if last:
            return
        counter += 1


def encrypt_bytes(data: bytes, recipients: Sequence[Recipient]) -> bytes:
    """A small file in memory (an identity file): the same format."""
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(data), out, recipients)
    return out.getvalue()


# -- decrypting ------------------------------------------------------------------------------


class _Decryptor:
    """Header parsed and the file key found; yields the plaintext chunk by chunk."""

    def __init__(self, src: BinaryIO, identities: Sequence[Identity], name: str) -> None:
        self.src = src
        self.name = name
        where = f" ({name})" if name else ""
        try:
            stanzas, covered, mac = _parse_header(src)
        except AgeHeaderError as exc:
            raise AgeHeaderError(f"{exc.message}{where}", name=name) from exc
        if len(stanzas) > 1 and any(s.type == "scrypt" for s in stanzas):
            # A passphrase must be the only recipient: anyone else could read the file.
            raise AgeHeaderError(
                f"A passphrase-encrypted file must have no other recipient{where}", name=name
            )
        file_key = None
        for identity in identities:
            file_key = identity.unwrap(stanzas)
            if file_key is not None:
                break
        if file_key is None:
            if any(s.type == "scrypt" for s in stanzas):
                raise AgeWrongPassphraseError(
                    f"The passphrase does not open the encrypted file{where}", name=name
                )
            raise AgeNoIdentityError(
                f"None of the keys given opens the encrypted file{where}", name=name
            )
        if not hmac.compare_digest(_mac(file_key, covered), mac):
            raise AgeHeaderError(f"The header of the encrypted file was changed{where}", name=name)
        nonce = _read_full(src, NONCE_SIZE)
        if len(nonce) != NONCE_SIZE:
            raise AgeTruncatedError(
                f"The encrypted file{where} ends before its first chunk", chunk=0, name=name
            )
        self._aead = _payload_key(file_key, nonce)

    def _fail(self, counter: int, truncated: bool, partial: bool = False) -> AgeChunkError:
        where = f" of {self.name}" if self.name else ""
        start = counter * CHUNK_SIZE
        span = f"chunk {counter} (audio bytes {start}-{start + CHUNK_SIZE - 1})"
        if truncated:
            return AgeTruncatedError(
                f"The encrypted file{where} is cut short: it ends after {span}",
                chunk=counter,
                name=self.name,
            )
        why = "cut short, changed" if partial else "changed, reordered or from another file"
        return AgeChunkError(
            f"{span[0].upper()}{span[1:]}{where} is damaged: {why}",
            chunk=counter,
            name=self.name,
        )

    def open_chunk(self, counter: int, chunk: bytes | memoryview, last: bool) -> bytes:
        """Authenticate and decrypt one chunk; the error names it and says what went wrong."""
        if len(chunk) < TAG_SIZE:
            # Nothing (or less than a tag) where a chunk must be: the file was cut short.
            raise self._fail(counter, truncated=True)
        try:
            plain = self._aead.decrypt(_chunk_nonce(counter, last), chunk, None)
        except InvalidTag:
            if last and len(chunk) == CIPHER_CHUNK:
                # A full chunk at the end that is not sealed as the last one: chunks are
                # missing after it, unless this one itself was changed.
                try:
                    self._aead.decrypt(_chunk_nonce(counter, False), chunk, None)
                except InvalidTag:
                    raise self._fail(counter, truncated=False) from None
                raise self._fail(counter, truncated=True) from None
            partial = last and len(chunk) < CIPHER_CHUNK
            raise self._fail(counter, truncated=False, partial=partial) from None
        if not plain and counter > 0:
            raise self._fail(counter, truncated=False)  # an empty last chunk is not allowed
        return plain

    def chunks(self) -> Iterator[bytes]:
        """The plaintext chunks; an error names the first chunk that does not authenticate.

        The ciphertext is read ``_READ_CHUNKS`` chunks at a time and sliced without copying;
        a chunk is the last one when nothing follows it.
        """
        counter = 0
        block = _read_full(self.src, _READ_CHUNKS * CIPHER_CHUNK)
        while True:
            following = (
                _read_full(self.src, _READ_CHUNKS * CIPHER_CHUNK)
                if len(block) == _READ_CHUNKS * CIPHER_CHUNK
                else b""
            )
            view = memoryview(block)
            for offset in range(0, max(len(block), 1), CIPHER_CHUNK):
                last = not following and offset + CIPHER_CHUNK >= len(block)
                yield self.open_chunk(counter, view[offset : offset + CIPHER_CHUNK], last)
                if last:
                    return
                counter += 1
            block = following


class Writer(Protocol):
    """Where decrypted chunks go."""

    def write(self, data: bytes, /) -> int: ...


class _Worker(threading.Thread):
    """Feeds every chunk to ``take`` on another core, through a small bounded queue.

    Hashing (hashlib) and writing release the GIL, so they overlap the decryption; the queue
    (``_QUEUE`` chunks of 64 KiB) keeps the memory small. An error in ``take`` is raised by
    ``finish``.
    """

    def __init__(self, name: str, take: Callable[[bytes], object]) -> None:
        super().__init__(name=name, daemon=True)
        self._take = take
        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=_QUEUE)
        self.error: BaseException | None = None

    def run(self) -> None:
        while (chunk := self.queue.get()) is not None:
            if self.error is None:
                try:
                    self._take(chunk)
                except BaseException as exc:  # handed to the caller by finish()
                    self.error = exc

    def put(self, chunk: bytes) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(chunk)

    def finish(self) -> None:
        self.queue.put(None)
        self.join()
        if self.error is not None:
            raise self.error


_QUEUE = 16


def decrypt_stream(
    src: BinaryIO,
    dst: Writer | None,
    identities: Sequence[Identity],
    *,
    name: str = "",
    sha256: bool = True,
) -> tuple[int, str]:
    """Decrypt ``src`` into ``dst`` (None: only check); returns (bytes, SHA-256 of the plaintext).

    Plaintext is written chunk by chunk as it authenticates, so a caller that must not expose
    unauthenticated data writes to a temporary file and renames it only on success. Hashing
    and writing run in their own threads (two cores: decryption, hashing and writing overlap).
    Without ``sha256`` the hash is "" (a caller that checks the plaintext later anyway).
    """
    chunks = _Decryptor(src, identities, name).chunks()
    first = next(chunks)
    if len(first) < CHUNK_SIZE:  # a small file: one chunk, no threads
        for _ in chunks:
            pass  # that chunk was the last; this checks that nothing follows
        if dst is not None:
            dst.write(first)
        return len(first), hashlib.sha256(first).hexdigest() if sha256 else ""
    digest = hashlib.sha256()
    workers = [_Worker("age-sha256", digest.update)] if sha256 else []
    if dst is not None:
        workers.append(_Worker("age-write", dst.write))
    for worker in workers:
        worker.start()
    total = 0
    try:
        for plain in itertools.chain((first,), chunks):
            total += len(plain)
            for worker in workers:
                worker.put(plain)
    finally:
        _finish_all(workers)
    return total, digest.hexdigest() if sha256 else ""


def _finish_all(workers: Sequence[_Worker]) -> None:
    """Stop every worker (none is left waiting), then raise the first one's error."""
    errors = []
    for worker in workers:
        try:
            worker.finish()
        except BaseException as exc:  # raised below, after the others stopped
            errors.append(exc)
    if errors:
        raise errors[0]


def decrypt_bytes(data: bytes, identities: Sequence[Identity], *, name: str = "") -> bytes:
    """A small encrypted file in memory (an identity file)."""
    out = io.BytesIO()
    decrypt_stream(io.BytesIO(data), out, identities, name=name)
    return out.getvalue()


class AgeReader(io.RawIOBase):
    """The plaintext of an age file as a readable, seekable stream (to play, with a position
    slider), one 64 KiB chunk in memory at a time.

    STREAM chunks decrypt independently, so a seek reads just the chunk it lands in; the last
    chunk is known from the file size and carries the last-chunk flag, so a file cut short is
    still found. ``src`` must be seekable; the reader owns and closes it. Reading a damaged
    chunk raises AgeChunkError; everything returned was authenticated.
    """

    def __init__(self, src: BinaryIO, identities: Sequence[Identity], *, name: str = "") -> None:
        super().__init__()
        self._src = src
        try:
            self._decryptor = _Decryptor(src, identities, name)
            self._payload = src.tell()
            cipher_size = src.seek(0, io.SEEK_END) - self._payload
        except BaseException:
            src.close()
            raise
        self._count = max(1, -(-cipher_size // CIPHER_CHUNK))
        self._size = max(0, cipher_size - TAG_SIZE * self._count)
        self._pos = 0
        self._cached = -1
        self._plain = b""

    @property
    def size(self) -> int:
        """Length of the plaintext in bytes."""
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def _chunk(self, index: int) -> bytes:
        if index != self._cached:
            self._src.seek(self._payload + index * CIPHER_CHUNK)
            data = _read_full(self._src, CIPHER_CHUNK)
            self._plain = self._decryptor.open_chunk(index, data, index == self._count - 1)
            self._cached = index
        return self._plain

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        done = 0
        while done < len(buffer):
            if self._pos >= self._size:
                if self._cached != self._count - 1:
                    self._chunk(self._count - 1)  # the end is only the end when it authenticates
                break
            index, offset = divmod(self._pos, CHUNK_SIZE)
            plain = self._chunk(index)
            n = min(len(buffer) - done, len(plain) - offset)
            if n <= 0:
                raise self._decryptor._fail(index, truncated=True)
            buffer[done : done + n] = plain[offset : offset + n]
            self._pos += n
            done += n
        return done

    def close(self) -> None:
        if not self.closed:
            self._src.close()
        super().close()
