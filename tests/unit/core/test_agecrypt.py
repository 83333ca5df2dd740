"""The age v1 format on our own code: round trips, keys, and every kind of damaged ciphertext.

Files made by the real ``age`` tool, and ours read by it, are in
tests/integration/test_archive_age.py.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from opnamestudio.core.agecrypt import (
    CHUNK_SIZE,
    AgeChunkError,
    AgeHeaderError,
    AgeNoIdentityError,
    AgeReader,
    AgeTruncatedError,
    AgeWrongPassphraseError,
    FileKey,
    Identity,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
    bech32_decode,
    bech32_encode,
    decrypt_bytes,
    decrypt_stream,
    encrypt_bytes,
    encrypt_stream,
)
from opnamestudio.core.archivekeys import read_identity_file

CIPHER_CHUNK = CHUNK_SIZE + 16


@pytest.fixture(scope="module")
def identity() -> X25519Identity:
    return X25519Identity.generate()


def _payload_start(data: bytes) -> int:
    """Offset of the first chunk: after the header line ``--- …`` and the 16-byte nonce."""
    return data.index(b"\n", data.index(b"\n--- ") + 1) + 1 + 16


def _encrypted(identity: X25519Identity, size: int) -> tuple[bytes, bytes]:
    plain = os.urandom(size)
    return plain, encrypt_bytes(plain, [identity.recipient])


# -- keys --------------------------------------------------------------------------------------


def test_bech32_round_trip_and_checksum() -> None:
    data = os.urandom(32)
    text = bech32_encode("age", data)
    assert bech32_decode(text) == ("age", data)
    broken = text[:-1] + ("q" if text[-1] != "q" else "p")
    with pytest.raises(ValueError, match="checksum"):
        bech32_decode(broken)
    with pytest.raises(ValueError, match="mixed case"):
        bech32_decode(text[:5].upper() + text[5:])


def test_identity_text_round_trip(identity: X25519Identity) -> None:
    text = str(identity)
    assert text.startswith("AGE-SECRET-KEY-1")
    assert str(X25519Identity.from_str(text).recipient) == str(identity.recipient)
    assert str(identity.recipient).startswith("age1")
    assert X25519Recipient.from_str(str(identity.recipient)) == identity.recipient
    assert "SECRET" not in repr(identity)


def test_a_recipient_is_not_an_identity(identity: X25519Identity) -> None:
    with pytest.raises(ValueError, match="not an age X25519 identity"):
        X25519Identity.from_str(str(identity.recipient))


# -- round trips -------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE])
def test_round_trip_at_chunk_edges(identity: X25519Identity, size: int) -> None:
    plain, data = _encrypted(identity, size)
    assert decrypt_bytes(data, [identity]) == plain
    chunks = max(1, -(-size // CHUNK_SIZE))
    assert len(data) - _payload_start(data) == size + 16 * chunks


def test_every_recipient_opens_the_file(identity: X25519Identity) -> None:
    other = X25519Identity.generate()
    plain = os.urandom(1000)
    data = encrypt_bytes(plain, [identity.recipient, other.recipient])
    assert decrypt_bytes(data, [identity]) == plain
    assert decrypt_bytes(data, [other]) == plain


def test_the_file_key_reads_back_what_was_written(identity: X25519Identity) -> None:
    key = os.urandom(16)
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(b"abc" * 50000), out, [identity.recipient], file_key=key)
    assert decrypt_bytes(out.getvalue(), [FileKey(key)]) == b"abc" * 50000
    with pytest.raises(AgeHeaderError, match=r"header .* was changed"):
        decrypt_bytes(out.getvalue(), [FileKey(os.urandom(16))])


def test_passphrase_round_trip_and_wrong_passphrase() -> None:
    data = encrypt_bytes(b"geheim", [ScryptRecipient("goed wachtwoord", log_n=10)])
    assert b"-> scrypt " in data
    assert decrypt_bytes(data, [ScryptIdentity("goed wachtwoord")]) == b"geheim"
    with pytest.raises(AgeWrongPassphraseError, match="passphrase does not open"):
        decrypt_bytes(data, [ScryptIdentity("fout wachtwoord")], name="sleutel")


def test_a_passphrase_must_be_the_only_recipient(identity: X25519Identity) -> None:
    with pytest.raises(ValueError, match="only recipient"):
        encrypt_bytes(b"x", [ScryptRecipient("pw", log_n=10), identity.recipient])


def test_a_too_high_work_factor_is_refused_before_any_work() -> None:
    data = encrypt_bytes(b"x", [ScryptRecipient("pw", log_n=10)])
    with pytest.raises(AgeHeaderError, match="work factor 10 is out of range"):
        decrypt_bytes(data, [ScryptIdentity("pw", max_log_n=9)])


def test_the_reader_streams_the_plaintext(identity: X25519Identity) -> None:
    plain, data = _encrypted(identity, 2 * CHUNK_SIZE + 123)
    reader = io.BufferedReader(AgeReader(io.BytesIO(data), [identity]))
    assert reader.read(10) == plain[:10]
    assert reader.read() == plain[10:]
    reader.close()


def test_decrypting_a_large_file_uses_bounded_memory(identity: X25519Identity) -> None:
    size = 16 * 1024 * 1024
    src = io.BytesIO()
    encrypt_stream(io.BytesIO(bytes(size)), src, [identity.recipient])
    src.seek(0)
    tracemalloc.start()
    try:
        total, sha = decrypt_stream(src, None, [identity])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (total, sha) == (size, hashlib.sha256(bytes(size)).hexdigest())
    # A few chunks in flight (the hashing thread's queue holds at most 16 of 64 KiB).
    assert peak < 3 * 1024 * 1024, f"peak {peak} bytes while decrypting {size} bytes"


# -- bad input ---------------------------------------------------------------------------------


def test_the_wrong_key_is_named_as_such(identity: X25519Identity) -> None:
    _, data = _encrypted(identity, 100)
    with pytest.raises(AgeNoIdentityError, match=r"None of the keys .*\(opname-7\)") as info:
        decrypt_bytes(data, [X25519Identity.generate()], name="opname-7")
    assert info.value.name == "opname-7"


def test_a_bit_flip_names_the_chunk_and_keeps_what_came_before(identity: X25519Identity) -> None:
    plain, data = _encrypted(identity, 4 * CHUNK_SIZE)
    start = _payload_start(data)
    broken = bytearray(data)
    broken[start + 2 * CIPHER_CHUNK + 1000] ^= 0x01
    out = io.BytesIO()
    with pytest.raises(AgeChunkError, match=r"Chunk 2 .* of opname-7 is damaged") as info:
        decrypt_stream(io.BytesIO(bytes(broken)), out, [identity], name="opname-7")
    assert info.value.chunk == 2
    assert out.getvalue() == plain[: 2 * CHUNK_SIZE]  # only authenticated chunks came out


def test_reordered_chunks_are_found(identity: X25519Identity) -> None:
    _, data = _encrypted(identity, 3 * CHUNK_SIZE + 10)
    start = _payload_start(data)
    first = data[start : start + CIPHER_CHUNK]
    second = data[start + CIPHER_CHUNK : start + 2 * CIPHER_CHUNK]
    swapped = data[:start] + second + first + data[start + 2 * CIPHER_CHUNK :]
    with pytest.raises(AgeChunkError, match="reordered") as info:
        decrypt_bytes(swapped, [identity], name="opname-7")
    assert info.value.chunk == 0


def test_a_file_cut_at_a_chunk_boundary_is_truncated(identity: X25519Identity) -> None:
    _, data = _encrypted(identity, 3 * CHUNK_SIZE + 10)
    cut = data[: _payload_start(data) + 2 * CIPHER_CHUNK]
    with pytest.raises(AgeTruncatedError, match="cut short: it ends after chunk 1") as info:
        decrypt_bytes(cut, [identity], name="opname-7")
    assert info.value.chunk == 1


def test_a_file_cut_inside_a_chunk_is_damaged_there(identity: X25519Identity) -> None:
    _, data = _encrypted(identity, 3 * CHUNK_SIZE + 10)
    cut = data[: _payload_start(data) + CIPHER_CHUNK + 500]
    with pytest.raises(AgeChunkError, match=r"Chunk 1 .* cut short, changed") as info:
        decrypt_bytes(cut, [identity])
    assert info.value.chunk == 1


def test_a_file_cut_before_the_payload_is_truncated(identity: X25519Identity) -> None:
    _, data = _encrypted(identity, 10)
    with pytest.raises(AgeTruncatedError, match="before its first chunk"):
        decrypt_bytes(data[: _payload_start(data) - 16], [identity])
    with pytest.raises(AgeTruncatedError, match="chunk 0"):
        decrypt_bytes(data[: _payload_start(data)], [identity])


def test_data_after_the_last_chunk_is_refused(identity: X25519Identity) -> None:
    _, data = _encrypted(identity, CHUNK_SIZE)
    with pytest.raises(AgeChunkError):
        decrypt_bytes(data + b"extra", [identity])


def test_a_changed_header_is_found(identity: X25519Identity) -> None:
    _, data = _encrypted(identity, 10)
    other = X25519Identity.generate()
    # A second stanza added by someone without the file key: the header MAC no longer matches.
    extra = encrypt_bytes(b"", [other.recipient])
    stanza = extra[extra.index(b"-> ") : extra.index(b"\n--- ") + 1]
    pos = data.index(b"--- ")
    with pytest.raises(AgeHeaderError, match="header of the encrypted file was changed"):
        decrypt_bytes(data[:pos] + stanza + data[pos:], [identity])


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not an age v1"),
        (b"RIFF....WAVEfmt ", "not an age v1"),
        (b"age-encryption.org/v1\n--- AAAA\n", "names no recipient"),
        (b"age-encryption.org/v1\n-> X25519 abc\n", "ends too early"),
        (b"age-encryption.org/v1\n-> X25519 YWJj\nAAA=\n--- x\n", "unpadded base64"),
    ],
)
def test_malformed_headers(identity: X25519Identity, data: bytes, reason: str) -> None:
    with pytest.raises(AgeHeaderError, match=reason):
        decrypt_bytes(data, [identity])


def test_a_header_that_never_ends_is_refused(identity: X25519Identity) -> None:
    data = b"age-encryption.org/v1\n-> X25519 " + b"A" * 200_000
    with pytest.raises(AgeHeaderError, match="too long"):
        decrypt_bytes(data, [identity])


def test_the_reader_seeks_to_any_position(identity: X25519Identity) -> None:
    plain, data = _encrypted(identity, 3 * CHUNK_SIZE + 500)
    reader = AgeReader(io.BytesIO(data), [identity])
    assert reader.size == len(plain)
    for pos in (2 * CHUNK_SIZE + 7, 5, CHUNK_SIZE - 3, len(plain) - 10):
        reader.seek(pos)
        assert reader.read(20) == plain[pos : pos + 20]
    reader.seek(-100, io.SEEK_END)
    assert reader.read() == plain[-100:]
    reader.close()


def test_a_seek_into_a_damaged_chunk_names_it(identity: X25519Identity) -> None:
    _, data = _encrypted(identity, 3 * CHUNK_SIZE + 500)
    broken = bytearray(data)
    broken[_payload_start(data) + CIPHER_CHUNK + 9] ^= 0x80
    reader = AgeReader(io.BytesIO(bytes(broken)), [identity], name="opname-7")
    reader.seek(2 * CHUNK_SIZE)
    assert len(reader.read(10)) == 10  # chunk 2 is fine
    reader.seek(CHUNK_SIZE + 4)
    with pytest.raises(AgeChunkError, match=r"Chunk 1 .* of opname-7"):
        reader.read(10)


def test_the_reader_finds_a_file_cut_at_a_chunk_boundary(identity: X25519Identity) -> None:
    _, data = _encrypted(identity, 3 * CHUNK_SIZE + 500)
    cut = data[: _payload_start(data) + 2 * CIPHER_CHUNK]
    reader = AgeReader(io.BytesIO(cut), [identity])
    with pytest.raises(AgeTruncatedError):
        reader.read()


# -- files made by the real age tool (tests/data/make_age_vectors.py) ---------------------------

VECTORS = Path(__file__).resolve().parents[2] / "data" / "age"


def _vectors() -> list[str]:
    return sorted(json.loads((VECTORS / "vectors.json").read_text())["files"])


@pytest.mark.parametrize("name", _vectors())
def test_files_made_by_age_decrypt(name: str) -> None:
    spec = json.loads((VECTORS / "vectors.json").read_text())
    expected = spec["files"][name]
    data = (VECTORS / name).read_bytes()
    if name.startswith("scrypt"):
        identities: list[Identity] = [ScryptIdentity(spec["passphrase"])]
    else:
        identities = list(read_identity_file(VECTORS / "key.txt"))
    total, sha = decrypt_stream(io.BytesIO(data), None, identities)
    assert (total, sha) == (expected["size"], expected["sha256"])


def test_the_second_recipient_of_an_age_file_opens_it_too() -> None:
    data = (VECTORS / "two-recipients.age").read_bytes()
    (other,) = read_identity_file(VECTORS / "other-key.txt")
    assert len(decrypt_bytes(data, [other])) == 70_000
    with pytest.raises(AgeNoIdentityError):
        decrypt_bytes(data, [X25519Identity.generate()])
