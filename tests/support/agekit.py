"""Build age files piece by piece, right or deliberately wrong, for the format tests.

Modelled on the age project's test-vector kit (C2SP/CCTV ``age``): the same building blocks
(version line, stanzas, body lines, header MAC, nonce, STREAM chunks) and the same four outcomes
(success, no match, HMAC failure, header failure, payload failure), so its cases can be restated
here in a few lines each. Written from the age v1 specification; nothing here is encrypted with
our own agecrypt code, so a shared mistake cannot hide.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

FILE_KEY = b"YELLOW SUBMARINE"
CHUNK = 64 * 1024


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode().rstrip("=")


def hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def raw_public(private: X25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def raw_private(private: X25519PrivateKey) -> bytes:
    return private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


@dataclass
class AgeFile:
    """An age file under construction; ``expect`` is what a reader must conclude."""

    file_key: bytes = FILE_KEY
    out: bytearray = field(default_factory=bytearray)
    payload: bytearray = field(default_factory=bytearray)
    expect: str = "success"
    good_bytes: int | None = None
    _stream: ChaCha20Poly1305 | None = None
    _counter: int = 0

    # -- header --------------------------------------------------------------------------
    def line(self, text: str) -> None:
        self.out += text.encode("latin-1") + b"\n"

    def version(self, version: str = "v1") -> None:
        self.line(f"age-encryption.org/{version}")

    def args(self, *words: str) -> None:
        self.line(" ".join(["->", *words]))

    def body(self, data: bytes, *, per_line: int = 48) -> None:
        """Body lines of ``per_line`` bytes (48 bytes = 64 base64 characters), then a short one."""
        while True:
            part, data = data[:per_line], data[per_line:]
            self.line(b64(part))
            if len(part) < per_line:
                return

    def aead_body(self, key: bytes, plain: bytes | None = None) -> None:
        body = ChaCha20Poly1305(key).encrypt(bytes(12), plain or self.file_key, None)
        self.body(body)

    def x25519(self, identity: X25519PrivateKey, *, share: bytes | None = None) -> None:
        """An X25519 stanza for ``identity`` (with a chosen ephemeral share, if given)."""
        ephemeral = X25519PrivateKey.generate()
        share = share if share is not None else raw_public(ephemeral)
        recipient = raw_public(identity)
        try:
            secret = identity.exchange(X25519PublicKey.from_public_bytes(share))
        except ValueError:  # a low-order share: the all-zero secret a reader must refuse
            secret = bytes(32)
        self.args("X25519", b64(share))
        self.aead_body(hkdf(secret, share + recipient, b"age-encryption.org/v1/X25519"))

    def scrypt(self, passphrase: str, log_n: int, *, salt: bytes = b"\x07" * 16) -> None:
        """An scrypt stanza; above 2**20 its body is random (a reader must refuse it unread)."""
        if log_n > 20:
            self.args("scrypt", b64(salt), str(log_n))
            self.body(b"\x05" * 32)
            return
        key = Scrypt(
            salt=b"age-encryption.org/v1/scrypt" + salt, length=32, n=1 << log_n, r=8, p=1
        ).derive(passphrase.encode())
        self.args("scrypt", b64(salt), str(log_n))
        self.aead_body(key)

    def mac(self) -> bytes:
        key = hkdf(self.file_key, b"", b"header")
        return hmac.new(key, bytes(self.out) + b"---", hashlib.sha256).digest()

    def hmac_line(self, mac: bytes | None = None) -> None:
        self.line("--- " + b64(self.mac() if mac is None else mac))

    # -- payload -------------------------------------------------------------------------
    def nonce(self, nonce: bytes = b"\x42" * 16) -> None:
        self._stream = ChaCha20Poly1305(hkdf(self.file_key, nonce, b"payload"))
        self.out += nonce

    def chunk(self, plain: bytes, *, final: bool) -> None:
        assert self._stream is not None
        nonce = self._counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")
        self.out += self._stream.encrypt(nonce, plain, None)
        self.payload += plain
        self._counter += 1

    def simple_payload(self, text: bytes = b"age") -> None:
        self.nonce()
        self.chunk(text, final=True)

    # -- what must happen ----------------------------------------------------------------
    def fails(self, how: str, good_bytes: int | None = None) -> AgeFile:
        self.expect = how
        self.good_bytes = good_bytes
        return self

    def data(self) -> bytes:
        return bytes(self.out)
