"""The age project's test-vector cases (C2SP/CCTV ``age``), restated with tests/support/agekit.

Each case builds one file the way the corresponding CCTV vector does (named after it) and states
what a correct reader concludes: the plaintext, no matching key, a changed header (HMAC), a
malformed header, or a payload failure after exactly the authenticated bytes. The armored (PEM)
and post-quantum (hybrid) cases are left out: the archive writes neither.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from opnamestudio.core.agecrypt import (
    AgeChunkError,
    AgeHeaderError,
    AgeNoIdentityError,
    Identity,
    ScryptIdentity,
    X25519Identity,
    decrypt_stream,
)
from tests.support.agekit import CHUNK, AgeFile, b64, raw_public

KEY = X25519PrivateKey.from_private_bytes(bytes(range(32)))
OTHER = X25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
PASSPHRASE = "password"
#: A point of order 8 on Curve25519 (the share gives the forbidden all-zero secret).
LOW_ORDER = bytes.fromhex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f11d7")


def _x25519(build: Callable[[AgeFile], None]) -> AgeFile:
    f = AgeFile()
    f.version()
    build(f)
    return f


def _simple(f: AgeFile) -> None:
    f.x25519(KEY)
    f.hmac_line()
    f.simple_payload()


def _large(chunks: list[tuple[bytes, bool]]) -> AgeFile:
    f = AgeFile(file_key=bytes.fromhex("7aa5bdac0e6afeed3dd0a7eccb42af44"))
    f.version()
    f.x25519(KEY)
    f.hmac_line()
    f.nonce(bytes.fromhex("c82f71eb82029b77136399e485e879f4"))
    for plain, final in chunks:
        f.chunk(plain, final=final)
    return f


ZERO, ONE = bytes(CHUNK), b"\x01" * CHUNK


def _cases() -> dict[str, AgeFile]:
    cases: dict[str, AgeFile] = {}

    cases["x25519"] = _x25519(_simple)

    def multiple(f: AgeFile) -> None:
        f.x25519(OTHER)
        f.x25519(KEY)
        f.hmac_line()
        f.simple_payload()

    cases["x25519_multiple_recipients"] = _x25519(multiple)

    def grease(f: AgeFile) -> None:
        f.args("joint_oil", "hydrogen-peroxide", "--", "<==>")
        f.body(b"\x00" * 40)
        f.x25519(KEY)
        f.hmac_line()
        f.simple_payload()

    cases["x25519_grease"] = _x25519(grease)

    def no_match(f: AgeFile) -> None:
        f.x25519(OTHER)
        f.hmac_line()
        f.simple_payload()

    cases["x25519_no_match"] = _x25519(no_match).fails("no match")

    def low_order(f: AgeFile) -> None:
        f.x25519(KEY, share=LOW_ORDER)
        f.hmac_line()
        f.simple_payload()

    cases["x25519_low_order"] = _x25519(low_order).fails("header")

    def bad_tag(f: AgeFile) -> None:
        f.args("X25519", b64(raw_public(X25519PrivateKey.generate())))
        f.body(b"\x01" * 32)
        f.x25519(OTHER)
        f.hmac_line()
        f.simple_payload()

    cases["x25519_bad_tag"] = _x25519(bad_tag).fails("no match")

    def extra_argument(f: AgeFile) -> None:
        f.x25519(KEY)
        body = f.out[f.out.rindex(b"-> ") :]
        del f.out[f.out.rindex(b"-> ") :]
        first, rest = bytes(body).split(b"\n", 1)
        f.out += first + b" 1234\n" + rest
        f.hmac_line()
        f.simple_payload()

    cases["x25519_extra_argument"] = _x25519(extra_argument).fails("header")

    def short_share(f: AgeFile) -> None:
        f.args("X25519", b64(bytes(31)))
        f.body(bytes(32))
        f.hmac_line()
        f.simple_payload()

    cases["x25519_short_share"] = _x25519(short_share).fails("header")

    def lowercase(f: AgeFile) -> None:
        f.x25519(KEY)
        at = f.out.rindex(b"-> X25519")
        f.out[at : at + 9] = b"-> x25519"
        f.hmac_line()
        f.simple_payload()

    cases["x25519_lowercase"] = _x25519(lowercase).fails("no match")

    # -- the header MAC ------------------------------------------------------------------
    def hmac_bad(f: AgeFile) -> None:
        f.x25519(KEY)
        f.hmac_line(b"\x00" * 32)
        f.simple_payload()

    cases["hmac_bad"] = _x25519(hmac_bad).fails("hmac")

    def hmac_variant(suffix: str) -> Callable[[AgeFile], None]:
        def build(f: AgeFile) -> None:
            f.x25519(KEY)
            mac = b64(f.mac())
            f.line(suffix.format(mac=mac))
            f.simple_payload()

        return build

    cases["hmac_missing"] = _x25519(hmac_variant("---")).fails("header")
    cases["hmac_no_space"] = _x25519(hmac_variant("---{mac}")).fails("header")
    cases["hmac_extra_space"] = _x25519(hmac_variant("---  {mac}")).fails("header")
    cases["hmac_trailing_space"] = _x25519(hmac_variant("--- {mac} ")).fails("header")

    def hmac_truncated(f: AgeFile) -> None:
        f.x25519(KEY)
        f.hmac_line(f.mac()[:20])
        f.simple_payload()

    cases["hmac_truncated"] = _x25519(hmac_truncated).fails("header")
    cases["hmac_garbage"] = _x25519(hmac_variant("--- {mac}AAAA")).fails("header")

    # -- stanzas -------------------------------------------------------------------------
    def stanza(line: str, body: list[str]) -> Callable[[AgeFile], None]:
        def build(f: AgeFile) -> None:
            f.line(line)
            for b in body:
                f.line(b)
            f.x25519(KEY)
            f.hmac_line()
            f.simple_payload()

        return build

    cases["stanza_bad_start"] = _x25519(stanza("-- grease", [""])).fails("header")
    cases["stanza_no_arguments"] = _x25519(stanza("->", [""])).fails("header")
    cases["stanza_empty_argument"] = _x25519(stanza("-> grease  x", [""])).fails("header")
    cases["stanza_invalid_character"] = _x25519(stanza("-> grease \x7f", [""])).fails("header")
    cases["stanza_spurious_cr"] = _x25519(stanza("-> grease\r", [""])).fails("header")
    cases["stanza_empty_body"] = _x25519(stanza("-> grease", [""]))
    cases["stanza_valid_characters"] = _x25519(
        stanza("-> " + "".join(chr(c) for c in range(33, 127)), [""])
    )
    full = b64(bytes(48))
    cases["stanza_empty_last_line"] = _x25519(stanza("-> grease", [full, ""]))
    cases["stanza_missing_final_line"] = _x25519(stanza("-> grease", [full])).fails("header")
    cases["stanza_multiple_short_lines"] = _x25519(stanza("-> grease", ["AAAA", "AAAA", ""])).fails(
        "header"
    )
    cases["stanza_long_line"] = _x25519(stanza("-> grease", [full + "AAAA"])).fails("header")
    cases["stanza_base64_padding"] = _x25519(stanza("-> grease", ["AAAAAA=="])).fails("header")
    cases["stanza_not_canonical"] = _x25519(stanza("-> grease", ["AAB"])).fails("header")

    def crlf(f: AgeFile) -> None:
        f.out[:] = b"age-encryption.org/v1\r\n"
        f.x25519(KEY)
        f.hmac_line()
        f.simple_payload()

    cases["header_crlf"] = _x25519(crlf).fails("header")
    unknown = AgeFile()
    unknown.version("v2")
    unknown.x25519(KEY)
    unknown.hmac_line()
    unknown.simple_payload()
    cases["version_unsupported"] = unknown.fails("header")

    # -- scrypt --------------------------------------------------------------------------
    def scrypt(log_n: int, *, extra: bool = False) -> Callable[[AgeFile], None]:
        def build(f: AgeFile) -> None:
            f.scrypt(PASSPHRASE, log_n)
            if extra:
                f.x25519(KEY)
            f.hmac_line()
            f.simple_payload()

        return build

    cases["scrypt"] = _x25519(scrypt(10))
    cases["scrypt_and_x25519"] = _x25519(scrypt(10, extra=True)).fails("header")
    cases["scrypt_work_factor_23"] = _x25519(scrypt(23)).fails("header")
    zero = _x25519(scrypt(10))
    zero.out[:] = zero.out.replace(b" 10\n", b" 010\n", 1)
    cases["scrypt_work_factor_leading_zero_decimal"] = zero.fails("header")

    # -- the payload (STREAM) ------------------------------------------------------------
    cases["stream_empty_payload"] = _large([(b"", True)])
    cases["stream_last_chunk_full"] = _large([(ZERO, True)])
    cases["stream_two_chunks"] = _large([(ZERO, False), (b"\x01" * 100, True)])
    cases["stream_two_chunks_full"] = _large([(ZERO, False), (ONE, True)])
    cases["stream_last_chunk_empty"] = _large([(ZERO, False), (b"", True)]).fails("payload", CHUNK)
    cases["stream_missing_final"] = _large([(ZERO, False)]).fails("payload", 0)
    cases["stream_two_final_chunks"] = _large([(ZERO, True), (ONE, True)]).fails("payload", 0)
    cases["stream_no_final_full"] = _large([(ZERO, False), (ONE, False)]).fails("payload", CHUNK)
    no_chunks = _large([])
    cases["stream_no_chunks"] = no_chunks.fails("payload", 0)
    bad = _large([(ZERO, False), (ONE, True)])
    bad.out[-5] ^= 0x10
    cases["stream_bad_tag_second_chunk"] = bad.fails("payload", CHUNK)
    trailing = _large([(ZERO, False), (b"\x01" * 100, True)])
    trailing.out += b"\x00"
    cases["stream_trailing_garbage_short"] = trailing.fails("payload", CHUNK)
    nonce_short = AgeFile()
    nonce_short.version()
    nonce_short.x25519(KEY)
    nonce_short.hmac_line()
    nonce_short.out += b"\x42" * 10
    cases["stream_nonce_short"] = nonce_short.fails("payload", 0)
    return cases


CASES = _cases()


@pytest.mark.parametrize("name", sorted(CASES))
def test_cctv_case(name: str) -> None:
    case = CASES[name]
    identities: list[Identity] = [X25519Identity(KEY), ScryptIdentity(PASSPHRASE)]
    out = io.BytesIO()
    if case.expect == "success":
        total, _ = decrypt_stream(io.BytesIO(case.data()), out, identities, name=name)
        assert out.getvalue() == bytes(case.payload)
        assert total == len(case.payload)
        return
    errors: dict[str, type[Exception]] = {
        "no match": AgeNoIdentityError,
        "hmac": AgeHeaderError,
        "header": AgeHeaderError,
        "payload": AgeChunkError,
    }
    with pytest.raises(errors[case.expect]) as info:
        decrypt_stream(io.BytesIO(case.data()), out, identities, name=name)
    if case.expect == "hmac":
        assert "was changed" in str(info.value)
    if case.expect in ("header", "no match"):
        assert not isinstance(info.value, AgeChunkError)
    if case.good_bytes is not None:
        assert out.getvalue() == bytes(case.payload[: case.good_bytes])
