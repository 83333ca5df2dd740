"""Bad input never crashes or hangs the verifier (issue: fuzzing the seal parser and audio reading).

Hypothesis throws arbitrary and mutated input at everything the verifier reads from outside:

- the seal parser, ``Seal.from_bytes``: arbitrary bytes, arbitrary JSON, and mutations of a real
  manifest (field deletions, type swaps, huge and negative numbers, broken base64 chunk tables,
  wrong key ids, deep nesting, byte flips). Only ``SealError`` may come out, and a manifest that
  does parse must be safe to use: every view the verifier reads works. The parser tests draw
  10 400 examples together (``PARSER_EXAMPLES``);
- the minisign parsers, ``Signature.from_bytes`` and ``PublicKey.from_minisign``: only their own
  error classes; a mutated signature that still verifies carries the original signed bytes;
- the audio: ``analyze_copy`` in-process on mutated bytes of a real FLAC and WAV always answers
  with a JSON-ready dict (an error or a result) in bounded time; ``verify()`` with the real child
  process on hostile files answers with a verdict or a one-line ``VerifyError``; and a
  decompression bomb (hours of digital silence in a small FLAC) is a one-line exit 2 on the CLI.

The last section holds the reproducers of defects this fuzzing found (each docstring says what
went wrong before the fix), kept as regression tests.
"""

from __future__ import annotations

import base64
import copy
import json
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opnamestudio.core.keys import KeyError_, PublicKey, Signature, SignatureError, SigningKey
from opnamestudio.core.recording import Recorder, RecordingSettings
from opnamestudio.core.seal import Seal, SealError
from opnamestudio.core.synth import BlockSource, speech_like, speech_like_blocks
from opnamestudio.core.verify import VerifyError, VerifyResult, analyze_copy, verify

RATE = 48000
SECONDS = 2.0
#: Examples per parser test; their sum is the suite's share of the issue's ">= 10 000 cases".
PARSER_EXAMPLES = {
    "arbitrary_bytes": 3000,
    "arbitrary_json": 600,
    "json_objects_with_seal_sections": 500,
    "manifest_mutations": 2200,
    "chunk_tables": 800,
    "runs": 300,
    "signer": 500,
    "manifest_byte_edits": 2500,
}
#: Examples of the other fuzz tests.
EXAMPLES = {
    "signature_arbitrary": 500,
    "signature_mutated": 600,
    "public_key_arbitrary": 500,
    "public_key_mutated": 400,
    "analysis_flac": 150,
    "analysis_wav": 150,
}
#: An in-process analysis of a 2 s file takes milliseconds; this is "never hangs" with margin.
ANALYSIS_BUDGET_S = 10.0
#: The child's timeout for a 2 s seal is 30 s (verify._analyze); a clean answer comes well before.
CHILD_BUDGET_S = 60.0
#: Hours of digital silence in the decompression bomb (a few MB of FLAC).
BOMB_HOURS = 2

FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


# --------------------------------------------------------------------------- the sealed originals


@dataclass(frozen=True)
class Sealed:
    """A short sealed FLAC and WAV recording (the same generated voice) and what sealed them."""

    folder: Path
    home: Path
    flac: Path
    flac_seal: Path
    wav: Path
    wav_seal: Path
    key: SigningKey

    @cached_property
    def manifest(self) -> bytes:
        """The FLAC's manifest, exactly as written."""
        return self.flac_seal.read_bytes()

    @property
    def signature_path(self) -> Path:
        """The FLAC's minisign signature file."""
        return self.flac_seal.with_suffix(".minisig")

    @cached_property
    def signature(self) -> bytes:
        """The FLAC's signature, exactly as written."""
        return self.signature_path.read_bytes()


def _record(output: Path, container: str, key: SigningKey) -> tuple[Path, Path]:
    source = BlockSource(iter(list(speech_like_blocks(SECONDS))))
    rec = Recorder(
        RecordingSettings(output=output, container=container), source=source, signing_key=key
    )
    rec.start()
    assert source.done.wait(30)
    info = rec.stop()
    assert info.seal is not None
    return info.path, info.seal


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> Sealed:
    """Two 2 s recordings sealed by the real engine, in a data folder of their own."""
    folder = tmp_path_factory.mktemp("sealed")
    home = folder / "home"
    key = SigningKey.generate()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OPNAMESTUDIO_HOME", str(home))
        flac, flac_seal = _record(folder / "opname.flac", "flac", key)
        wav, wav_seal = _record(folder / "opname-wav.wav", "wav", key)
    return Sealed(folder, home, flac, flac_seal, wav, wav_seal, key)


def _max_frames(seal: Seal) -> int:
    """The frame limit verify() gives the decoding child."""
    return 2 * seal.frames + 600 * seal.samplerate


def _one_line(text: str) -> bool:
    return bool(text.strip()) and "\n" not in text and "\r" not in text


# --------------------------------------------------------------------------- (a) the seal parser


def _parse(raw: bytes) -> Seal | None:
    """Seal.from_bytes answers with a Seal or a SealError, nothing else; a Seal is safe to use."""
    try:
        seal = Seal.from_bytes(raw)
    except SealError as exc:
        assert _one_line(exc.one_line())
        return None
    # Every view the verifier reads from a parsed seal works and agrees with the structure.
    assert seal.frames == sum(length for _, length, _ in seal.chunks())
    assert all(length >= 1 for _, length in seal.runs())
    assert seal.public_key.key_id == seal.data["signer"]["key_id"]
    assert seal.samplerate >= 1
    assert isinstance(seal.audio["sha256"], str)
    assert isinstance(seal.data["content"]["pcm_sha256"], str)
    return seal


JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["opnamestudio-zegel/1", "recording", "flac", "opnamestudio-cdc/1", ""])
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4)
    ),
    max_leaves=10,
)
SEAL_KEYS = [
    "format",
    "kind",
    "audio",
    "content",
    "timeline",
    "signer",
    "name",
    "size",
    "sha256",
    "container",
    "sample_rate",
    "channels",
    "sample_format",
    "frames",
    "pcm_sha256",
    "chunking",
    "algorithm",
    "min_frames",
    "max_frames",
    "chunks",
    "runs",
    "events",
    "frame",
    "utc",
    "key_id",
    "public_key",
]
SEAL_SECTION = st.dictionaries(st.sampled_from(SEAL_KEYS), JSON_LEAVES | JSON_VALUES, max_size=6)


@settings(FUZZ, max_examples=PARSER_EXAMPLES["arbitrary_bytes"])
@given(raw=st.binary(max_size=4096) | st.text(max_size=512).map(str.encode))
def test_parser_on_arbitrary_bytes(raw: bytes) -> None:
    """Any bytes at all: a Seal or SealError."""
    _parse(raw)


@settings(FUZZ, max_examples=PARSER_EXAMPLES["arbitrary_json"])
@given(value=JSON_VALUES, indent=st.sampled_from([None, 1]))
def test_parser_on_arbitrary_json(value: Any, indent: int | None) -> None:
    """Any JSON value (NaN and Infinity included, as Python's json reads them)."""
    _parse(json.dumps(value, indent=indent, ensure_ascii=False).encode())


@settings(FUZZ, max_examples=PARSER_EXAMPLES["json_objects_with_seal_sections"])
@given(
    value=st.dictionaries(
        st.sampled_from(SEAL_KEYS),
        SEAL_SECTION
        | st.dictionaries(st.sampled_from(SEAL_KEYS), SEAL_SECTION, max_size=4)
        | JSON_LEAVES,
        max_size=8,
    )
)
def test_parser_on_json_objects_with_the_seal_field_names(value: dict[str, Any]) -> None:
    """Objects built from the manifest's own field names, so the checks get past the first."""
    value.setdefault("format", "opnamestudio-zegel/1")
    value.setdefault("kind", "recording")
    _parse(json.dumps(value).encode())


# Mutating a real manifest ----------------------------------------------------------------------
# The strategies do not depend on the fixture: positions and paths are drawn as plain integers
# and taken modulo what the manifest has, so every strategy is built once, at import.

Key = str | int
DocPath = tuple[Key, ...]
_MARK = "\x00raw{}\x00"


def _paths(value: Any, prefix: DocPath = ()) -> list[DocPath]:
    """Every member and element of a JSON document, depth first."""
    out: list[DocPath] = []
    items: list[tuple[Key, Any]] = []
    if isinstance(value, dict):
        items = list(value.items())
    elif isinstance(value, list):
        items = list(enumerate(value))
    for key, child in items:
        out.append((*prefix, key))
        out.extend(_paths(child, (*prefix, key)))
    return out


def _parent(doc: Any, path: DocPath) -> tuple[Any, Key] | None:
    """The container holding ``path`` and the key in it, or None when the path is gone."""
    node = doc
    for key in path[:-1]:
        if not _has(node, key):
            return None
        node = node[key]
    return (node, path[-1]) if _has(node, path[-1]) else None


def _has(node: Any, key: Key) -> bool:
    if isinstance(node, dict):
        return isinstance(key, str) and key in node
    return isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node)


#: JSON tokens json.dumps cannot write (or would write differently): spliced into the text.
RAW_TOKENS = st.one_of(
    st.integers(4200, 4400).map(lambda n: "9" * n),  # around CPython's int-to-str digit limit
    st.integers(4200, 4400).map(lambda n: "-" + "9" * n),
    st.sampled_from(
        [
            "1e400",
            "-1e400",
            "1e-400",
            "NaN",
            "Infinity",
            "-Infinity",
            "-0",
            "12000.0",
            "48000.0",
            "96000.0",
            "1E5",
            "9007199254740993",
            "18446744073709551616",
            "-9223372036854775809",
        ]
    ),
    st.integers(1, 3000).map(lambda d: "[" * d + "]" * d),
    st.integers(1, 3000).map(lambda d: '{"a":' * d + "0" + "}" * d),
    st.integers(1, 3000).map(lambda d: "[" * d + '"x"' + "]" * d),
)
SWAPS: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    1,
    2**31,
    2**53,
    2**53 + 1,
    2**63,
    -(2**63),
    0.5,
    "",
    "x",
    "0" * 64,
    "A" * 64,
    "g" * 64,
    [],
    {},
    [1, 2],
    [[0, 1]],
    {"a": 1},
]
#: Fresh copies: a mutation must never change the shared list (or tie a value into itself).
SWAP_VALUES = st.sampled_from(SWAPS).map(copy.deepcopy)
ANY_INDEX = st.integers(0, 2**16)
MUTATION = st.tuples(
    ANY_INDEX,
    st.one_of(
        st.tuples(st.sampled_from(["delete", "wrap", "float"]), st.none()),
        st.tuples(st.just("json"), JSON_VALUES),
        st.tuples(st.just("swap"), SWAP_VALUES),
        st.tuples(st.just("raw"), RAW_TOKENS),
        st.tuples(
            st.just("int"),
            st.sampled_from([-1, 1, -(2**53), 2**53, 2**60]) | st.integers(-(2**64), 2**64),
        ),
        st.tuples(
            st.just("str"), st.sampled_from(["\n", " ", "A", "=", "é", "\x00", "", "upper", "cut"])
        ),
        st.tuples(
            st.just("add"), st.tuples(st.sampled_from(SEAL_KEYS) | st.text(max_size=6), JSON_VALUES)
        ),
    ),
)


def _mutate(doc: Any, path: DocPath, op: str, payload: Any, raws: list[str]) -> None:
    found = _parent(doc, path)
    if found is None:
        return
    node, key = found
    old = node[key]
    if op == "delete":
        del node[key]
    elif op in ("json", "swap"):
        node[key] = payload
    elif op == "raw":
        node[key] = _MARK.format(len(raws))
        raws.append(payload)
    elif op == "int":
        node[key] = old + payload if isinstance(old, int) and not isinstance(old, bool) else payload
    elif op == "str":
        if not isinstance(old, str):
            node[key] = str(old)
        elif payload == "upper":
            node[key] = old.upper()
        elif payload == "cut":
            node[key] = old[: len(old) // 2]
        else:
            node[key] = old + payload
    elif op == "add" and isinstance(old, dict):
        old[payload[0]] = payload[1]
    elif op == "wrap":
        node[key] = [old]
    elif op == "float" and isinstance(old, int) and not isinstance(old, bool):
        node[key] = float(old)


def _dump(doc: Any, raws: list[str], indent: int | None = 1) -> bytes:
    text = json.dumps(doc, ensure_ascii=False, indent=indent)
    for i, raw in enumerate(raws):
        text = text.replace(json.dumps(_MARK.format(i)), raw)
    return (text + "\n").encode("utf-8")


def test_the_valid_manifest_parses(sealed: Sealed) -> None:
    """The starting point of the mutations is a real, valid manifest."""
    seal = _parse(sealed.manifest)
    assert seal is not None
    assert seal.frames == int(SECONDS * RATE)


@settings(FUZZ, max_examples=PARSER_EXAMPLES["manifest_mutations"])
@given(mutations=st.lists(MUTATION, min_size=1, max_size=4), indent=st.sampled_from([None, 1]))
def test_parser_on_mutated_manifests(
    sealed: Sealed, mutations: list[tuple[int, tuple[str, Any]]], indent: int | None
) -> None:
    """One to four structural mutations of a real manifest: only SealError, never a crash."""
    doc = json.loads(sealed.manifest)
    raws: list[str] = []
    for where, (op, payload) in mutations:
        paths = _paths(doc)
        if paths:
            _mutate(doc, paths[where % len(paths)], op, payload, raws)
    _parse(_dump(doc, raws, indent=indent))


#: How to break a base64 text: (how, where, what to insert).
B64_BREAKAGE = st.tuples(
    st.sampled_from(["none", "strip=", "insert", "urlsafe", "cut", "spaces", "lines"]),
    ANY_INDEX,
    st.sampled_from(list("!-_ =\n\t.é\x00")),
)


def _break_b64(text: str, breakage: tuple[str, int, str]) -> str:
    how, where, char = breakage
    pos = where % (len(text) + 1)
    if how == "strip=":
        return text.rstrip("=")
    if how == "insert":
        return text[:pos] + char + text[pos:]
    if how == "urlsafe":
        return text.replace("+", "-").replace("/", "_")
    if how == "cut":
        return text[:pos]
    if how == "spaces":
        return " " + text + " "
    if how == "lines":
        return "\n".join(text[i : i + 16] for i in range(0, len(text), 16))
    return text


HI = RATE  # the chunk limit of a 48 kHz seal
CHUNK_LENGTHS = st.lists(
    st.sampled_from([0, 1, HI - 1, HI, HI + 1, 2**32 - 1]) | st.integers(0, 2**32 - 1),
    max_size=12,
)
RUNS = st.lists(
    st.lists(st.integers(-2, 2 * RATE * 3) | SWAP_VALUES, min_size=1, max_size=3),
    max_size=5,
)


@settings(FUZZ, max_examples=PARSER_EXAMPLES["chunk_tables"])
@given(
    table=CHUNK_LENGTHS | st.binary(max_size=200),
    breakage=B64_BREAKAGE,
    keep_sum=st.booleans(),
    runs=st.none() | RUNS,
)
def test_parser_on_broken_chunk_tables(
    sealed: Sealed,
    table: list[int] | bytes,
    breakage: tuple[str, int, str],
    keep_sum: bool,
    runs: list[list[Any]] | None,
) -> None:
    """Chunk tables with odd lengths, zero and huge chunks, broken base64, frames kept in step."""
    doc = json.loads(sealed.manifest)
    assert doc["content"]["chunking"]["max_frames"] == HI
    if isinstance(table, list):
        if keep_sum:
            doc["audio"]["frames"] = sum(table)  # keep the sum right, to reach later checks
        table = b"".join(struct.pack("<I16s", n, bytes(16)) for n in table)
    doc["content"]["chunks"] = _break_b64(base64.b64encode(table).decode(), breakage)
    if runs is not None:
        doc["content"]["runs"] = runs
    _parse(_dump(doc, []))


@settings(FUZZ, max_examples=PARSER_EXAMPLES["runs"])
@given(runs=RUNS)
def test_parser_on_runs(sealed: Sealed, runs: list[list[Any]]) -> None:
    """Runs that overlap, go backwards, pass the end, have the wrong shape or type."""
    doc = json.loads(sealed.manifest)
    doc["content"]["runs"] = runs
    _parse(_dump(doc, []))


OTHER_KEY = PublicKey(bytes(range(32)))
KEY_IDS = (
    st.sampled_from(["real", "other", "upper", "short", "long", "newline", "space"])
    | st.text(alphabet="0123456789abcdef", min_size=62, max_size=66)
    | JSON_VALUES
)
PUBLIC_KEYS = st.sampled_from(["real", "other", 0, 1, 31, 33, 42, 64]) | JSON_VALUES


@settings(FUZZ, max_examples=PARSER_EXAMPLES["signer"])
@given(
    key_id=KEY_IDS,
    public=PUBLIC_KEYS,
    breakage=B64_BREAKAGE,
    drop=st.sampled_from([None, "key_id", "public_key"]),
)
def test_parser_on_wrong_signer_keys(
    sealed: Sealed, key_id: Any, public: Any, breakage: tuple[str, int, str], drop: str | None
) -> None:
    """Wrong key ids and public keys: another key's, wrong lengths, wrong types, bad base64."""
    doc = json.loads(sealed.manifest)
    real = sealed.key.public
    key_id = (
        {
            "real": real.key_id,
            "other": OTHER_KEY.key_id,
            "upper": real.key_id.upper(),
            "short": real.key_id[:63],
            "long": real.key_id + "0",
            "newline": real.key_id + "\n",
            "space": " " + real.key_id,
        }.get(key_id, key_id)
        if isinstance(key_id, str)
        else key_id
    )
    if public == "real":
        public = base64.b64encode(real.raw).decode()
    elif public == "other":
        public = base64.b64encode(OTHER_KEY.raw).decode()
    elif isinstance(public, int) and not isinstance(public, bool) and 0 <= public <= 64:
        public = base64.b64encode(bytes(public)).decode()
    if isinstance(public, str):
        public = _break_b64(public, breakage)
    signer = doc["signer"]
    signer["key_id"], signer["public_key"] = key_id, public
    if drop:
        del signer[drop]
    _parse(_dump(doc, []))


BYTE_EDITS = st.lists(
    st.tuples(
        st.sampled_from(["flip", "set", "insert", "delete", "truncate"]),
        ANY_INDEX,
        st.binary(min_size=1, max_size=8),
        st.sampled_from(b'{}[]",:0123456789-eE.\\ \n\x00\xff\xc3'),
    ),
    min_size=1,
    max_size=6,
)


@settings(FUZZ, max_examples=PARSER_EXAMPLES["manifest_byte_edits"])
@given(edits=BYTE_EDITS)
def test_parser_on_byte_edits_of_a_manifest(
    sealed: Sealed, edits: list[tuple[str, int, bytes, int]]
) -> None:
    """Byte flips, insertions, deletions and truncations of the manifest's text."""
    raw = bytearray(sealed.manifest)
    for op, where, payload, byte in edits:
        if not raw:
            break
        pos = where % len(raw)
        if op == "flip":
            raw[pos] ^= payload[0] or 1
        elif op == "set":
            raw[pos] = byte
        elif op == "insert":
            raw[pos:pos] = payload
        elif op == "delete":
            del raw[pos : pos + 2 * len(payload)]
        else:
            del raw[pos:]
    _parse(bytes(raw))


@pytest.mark.parametrize(
    "section", ["root", "format", "audio", "chunks", "runs", "events", "public_key"]
)
def test_parser_on_nesting_at_every_depth_up_to_the_recursion_limit(
    sealed: Sealed, section: str
) -> None:
    """Nested arrays at each depth around the recursion limit, in each place: only SealError.

    json.loads and str() (which the parser applies to the public key) both recurse; a depth
    that one accepts and the other cannot handle must still be a SealError.
    """
    limit = sys.getrecursionlimit()
    for depth in [*range(1, 20), *range(limit - 60, limit + 20)]:
        doc = json.loads(sealed.manifest)
        nested = _MARK.format(0)
        if section == "root":
            doc = nested
        elif section == "format":
            doc["format"] = nested
        elif section == "audio":
            doc["audio"]["frames"] = nested
        elif section == "chunks":
            doc["content"]["chunks"] = nested
        elif section == "runs":
            doc["content"]["runs"] = [nested]
        elif section == "events":
            doc["timeline"]["events"][0]["kind"] = nested
        else:
            doc["signer"]["public_key"] = nested
        _parse(_dump(doc, ["[" * depth + "]" * depth], indent=None))


@pytest.mark.parametrize(("section", "field"), [("audio", "sha256"), ("content", "pcm_sha256")])
def test_parser_rejects_a_hash_with_a_trailing_newline(
    sealed: Sealed, section: str, field: str
) -> None:
    """Strictness: a hash member is exactly 64 lower-case hex digits.

    Was: the pattern ended in ``$``, which also matches before a final newline.
    """
    doc = json.loads(sealed.manifest)
    doc[section][field] += "\n"
    assert _parse(_dump(doc, [])) is None


@pytest.mark.parametrize("token", ["12000.0", "1.2e4"])
def test_parser_rejects_a_float_chunk_limit(sealed: Sealed, token: str) -> None:
    """Strictness: integer members are integers, not floats that compare equal.

    Was: chunking.min_frames was compared with ``==``, so 12000.0 passed.
    """
    doc = json.loads(sealed.manifest)
    doc["content"]["chunking"]["min_frames"] = _MARK.format(0)
    assert _parse(_dump(doc, [token])) is None


# --------------------------------------------------------------------------- (b) minisign parsers


@dataclass(frozen=True)
class _SigOutcome:
    parsed: Signature | None
    verified: bool


def _parse_signature(raw: bytes, manifest: bytes, key: PublicKey) -> _SigOutcome:
    try:
        sig = Signature.from_bytes(raw)
    except SignatureError as exc:
        assert _one_line(exc.one_line())
        return _SigOutcome(None, False)
    bytes(sig)  # a parsed signature can be written back
    try:
        key.verify(manifest, sig)
    except SignatureError:
        return _SigOutcome(sig, False)
    return _SigOutcome(sig, True)


@settings(FUZZ, max_examples=EXAMPLES["signature_arbitrary"])
@given(raw=st.binary(max_size=600) | st.text(max_size=300).map(str.encode))
def test_signature_parser_on_arbitrary_bytes(sealed: Sealed, raw: bytes) -> None:
    """Any bytes: a Signature or SignatureError; verifying it raises only SignatureError."""
    outcome = _parse_signature(raw, sealed.manifest, sealed.key.public)
    assert not outcome.verified


LINE_EDIT = st.tuples(
    st.sampled_from(["none", "drop", "dup", "swap", "edit", "append"]),
    ANY_INDEX,
    ANY_INDEX,
    B64_BREAKAGE,
    st.text(max_size=40),
)
LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r", "\x85", "\u2028"])
FLIPS = st.lists(st.tuples(ANY_INDEX, st.integers(1, 255)), max_size=3)


def _edit_lines(lines: list[str], edit: tuple[str, int, int, tuple[str, int, str], str]) -> None:
    op, where, other, breakage, text = edit
    i, j = where % len(lines), other % len(lines)
    if op == "drop":
        del lines[i]
    elif op == "dup":
        lines.insert(i, lines[i])
    elif op == "swap":
        lines[i], lines[j] = lines[j], lines[i]
    elif op == "edit":
        lines[i] = _break_b64(lines[i], breakage) + text[:4]
    elif op == "append":
        lines.append(text)


@settings(FUZZ, max_examples=EXAMPLES["signature_mutated"])
@given(edit=LINE_EDIT, end=LINE_ENDS, flips=FLIPS)
def test_signature_parser_on_mutated_signatures(
    sealed: Sealed,
    edit: tuple[str, int, int, tuple[str, int, str], str],
    end: str,
    flips: list[tuple[int, int]],
) -> None:
    """Line and byte edits of a real signature; one that still verifies signs the same bytes."""
    original = Signature.from_bytes(sealed.signature)
    lines = sealed.signature.decode().splitlines()
    _edit_lines(lines, edit)
    raw = bytearray(end.join(lines).encode() + end.encode())
    for where, xor in flips:
        raw[where % len(raw)] ^= xor
    outcome = _parse_signature(bytes(raw), sealed.manifest, sealed.key.public)
    if outcome.verified:
        assert outcome.parsed is not None
        assert outcome.parsed.signature == original.signature
        assert outcome.parsed.trusted_comment == original.trusted_comment


def _parse_public_key(text: str) -> PublicKey | None:
    try:
        return PublicKey.from_minisign(text)
    except KeyError_ as exc:
        assert _one_line(exc.one_line())
        return None


@settings(FUZZ, max_examples=EXAMPLES["public_key_arbitrary"])
@given(
    text=st.text(max_size=400)
    | st.binary(max_size=400).map(lambda b: b.decode("utf-8", errors="replace"))
)
def test_public_key_parser_on_arbitrary_text(text: str) -> None:
    """Any text (as PublicKey.from_file decodes a file): a key or KeyError_."""
    _parse_public_key(text)


@settings(FUZZ, max_examples=EXAMPLES["public_key_mutated"])
@given(
    breakage=B64_BREAKAGE,
    insert=st.tuples(ANY_INDEX, st.text(max_size=3)),
    layout=st.sampled_from(["comment+key", "key", "key+comment", "comment", "comment++key"]),
    end=LINE_ENDS,
)
def test_public_key_parser_on_mutated_key_files(
    sealed: Sealed,
    breakage: tuple[str, int, str],
    insert: tuple[int, str],
    layout: str,
    end: str,
) -> None:
    """Edits of a real .pub file: a key or KeyError_; an intact base64 line gives the same key."""
    real = sealed.key.public
    comment, blob = real.to_minisign().splitlines()
    new_blob = _break_b64(blob, breakage)
    pos = insert[0] % (len(new_blob) + 1)
    new_blob = new_blob[:pos] + insert[1] + new_blob[pos:]
    lines = {
        "comment+key": [comment, new_blob],
        "key": [new_blob],
        "key+comment": [new_blob, comment],
        "comment": [comment],
        "comment++key": [comment, "", new_blob],
    }[layout]
    key = _parse_public_key(end.join(lines))
    if key is not None and new_blob.strip() == blob:
        assert key == real


# --------------------------------------------------------------------------- (c) the audio


ANALYSIS_KEYS = {"format", "subtype", "samplerate", "channels", "frames", "pcm_sha256"}


def _check_analysis(result: Any, max_frames: int) -> None:
    """What analyze_copy returns: a JSON-ready dict with an error, too_long, or a full result."""
    assert isinstance(result, dict)
    json.dumps(result)  # the child prints it as JSON
    if result.get("too_long"):
        return
    if "error" in result:
        assert isinstance(result["error"], str)
        assert _one_line(result["error"])
        return
    assert result.keys() >= {"format", "subtype", "samplerate", "channels", "kind"}
    if result["kind"] == "acoustic":  # a lossy comparison by the fingerprint
        assert isinstance(result["segments"], list)
        assert isinstance(result["copy_values"], int)
        assert result["frames"] >= 0
        return
    if result["kind"] == "none":  # no lossless relation and no fingerprint to compare
        return
    assert result.keys() >= ANALYSIS_KEYS
    assert 0 <= result["frames"] <= max_frames
    assert isinstance(result["matches"], list)
    assert isinstance(result["ranges"], list)


#: Byte flips, header garbage, insertions, deletions and a truncation, biased to the header.
FILE_EDITS = st.lists(
    st.tuples(
        st.sampled_from(["flip", "garbage", "insert", "delete", "truncate"]),
        st.integers(0, 128) | st.integers(0, 2**20),
        st.binary(min_size=1, max_size=16),
    ),
    min_size=1,
    max_size=5,
)


def _apply_edits(data: bytes, edits: list[tuple[str, int, bytes]]) -> bytes:
    raw = bytearray(data)
    for op, pos, payload in edits:
        at = pos % (len(raw) + 1)
        if op == "flip" and at < len(raw):
            raw[at] ^= payload[0] or 1
        elif op == "garbage":
            raw[at : at + len(payload)] = payload
        elif op == "insert":
            raw[at:at] = payload
        elif op == "delete":
            del raw[at : at + 4 * len(payload)]
        elif op == "truncate":
            del raw[at:]
    return bytes(raw)


def _fuzz_analysis(audio: Path, seal_path: Path, copy: Path, edits: list[Any]) -> None:
    seal = Seal.from_file(seal_path)
    copy.write_bytes(_apply_edits(audio.read_bytes(), edits))
    t0 = time.monotonic()
    result = analyze_copy(copy, seal, _max_frames(seal))
    assert time.monotonic() - t0 < ANALYSIS_BUDGET_S
    _check_analysis(result, _max_frames(seal))


@settings(FUZZ, max_examples=EXAMPLES["analysis_flac"])
@given(edits=FILE_EDITS)
def test_analysis_of_mutated_flac_never_raises(
    sealed: Sealed, edits: list[tuple[str, int, bytes]]
) -> None:
    """analyze_copy in-process on a damaged FLAC: an error or a result, in bounded time."""
    _fuzz_analysis(sealed.flac, sealed.flac_seal, sealed.folder / "fuzz-copy.flac", edits)


@settings(FUZZ, max_examples=EXAMPLES["analysis_wav"])
@given(edits=FILE_EDITS)
def test_analysis_of_mutated_wav_never_raises(
    sealed: Sealed, edits: list[tuple[str, int, bytes]]
) -> None:
    """analyze_copy in-process on a damaged WAV: an error or a result, in bounded time."""
    _fuzz_analysis(sealed.wav, sealed.wav_seal, sealed.folder / "fuzz-copy.wav", edits)


def _wav_header(frames: int, rate: int = RATE, channels: int = 1) -> bytes:
    """A 16-bit PCM WAV header claiming ``frames`` frames (sizes clamped to 32 bits)."""
    data_size = min(frames * 2 * channels, 2**32 - 1)
    return (
        b"RIFF"
        + struct.pack("<I", min(36 + data_size, 2**32 - 1))
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * 2 * channels, 2 * channels, 16)
        + b"data"
        + struct.pack("<I", data_size)
    )


def _hostile_truncated_flac(s: Sealed, folder: Path) -> Path:
    data = s.flac.read_bytes()
    (folder / "kopie.flac").write_bytes(data[: len(data) // 2])
    return folder / "kopie.flac"


def _hostile_random_flac(_s: Sealed, folder: Path) -> Path:
    (folder / "kopie.flac").write_bytes(np.random.default_rng(7).bytes(50_000))
    return folder / "kopie.flac"


def _hostile_flac_magic(_s: Sealed, folder: Path) -> Path:
    (folder / "kopie.flac").write_bytes(b"fLaC" + np.random.default_rng(8).bytes(5_000))
    return folder / "kopie.flac"


def _hostile_huge_wav_header(s: Sealed, folder: Path) -> Path:
    pcm = sf.read(s.wav, frames=RATE, dtype="int16")[0].astype("<i2").tobytes()  # its 1st second
    (folder / "kopie.wav").write_bytes(_wav_header(2**31) + pcm)
    return folder / "kopie.wav"


def _hostile_empty(_s: Sealed, folder: Path) -> Path:
    (folder / "kopie.flac").write_bytes(b"")
    return folder / "kopie.flac"


def _hostile_directory(_s: Sealed, folder: Path) -> Path:
    (folder / "kopie.flac").mkdir()
    return folder / "kopie.flac"


HOSTILE: dict[str, tuple[Callable[[Sealed, Path], Path], set[str], str]] = {
    # name: (make the file, the allowed content verdicts or {"error"}, text in the one line)
    "truncated-flac": (_hostile_truncated_flac, {"modified"}, "cannot be read"),
    "random-bytes-named-flac": (_hostile_random_flac, {"modified"}, "cannot be read"),
    "flac-magic-then-garbage": (_hostile_flac_magic, {"modified"}, "cannot be read"),
    "wav-header-claims-2^31-frames": (_hostile_huge_wav_header, {"modified"}, "change"),
    "zero-length": (_hostile_empty, {"modified"}, "cannot be read"),
    "directory": (_hostile_directory, {"error"}, "not a file"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_verify_in_the_child_on_hostile_files(sealed: Sealed, tmp_path: Path, case: str) -> None:
    """The real child process: a verdict with a one-line detail, or a one-line VerifyError."""
    make, allowed, says = HOSTILE[case]
    audio = make(sealed, tmp_path)
    seal_path = tmp_path / "kopie.zegel.json"
    shutil.copy(sealed.flac_seal, seal_path)
    shutil.copy(sealed.signature_path, tmp_path / "kopie.zegel.minisig")
    t0 = time.monotonic()
    try:
        result = verify(audio, seal_path, isolate=True)
    except VerifyError as exc:
        assert "error" in allowed, exc.one_line()
        assert _one_line(exc.one_line())
        assert says in exc.message
    else:
        assert isinstance(result, VerifyResult)
        assert result.content in allowed, (result.content, result.detail)
        assert result.signer == "unknown-key"  # a valid signature; the key is not in this store
        assert _one_line(result.detail)
        assert says in result.detail
        assert result.exit_code == 1
    assert time.monotonic() - t0 < CHILD_BUDGET_S


@pytest.mark.parametrize("seal_kind", ["garbage", "truncated", "directory", "missing"])
def test_verify_with_a_hostile_seal(sealed: Sealed, tmp_path: Path, seal_kind: str) -> None:
    """A broken seal is seal-invalid; a seal that cannot be read is a one-line VerifyError."""
    audio = tmp_path / "kopie.flac"
    shutil.copy(sealed.flac, audio)
    seal_path = tmp_path / "kopie.zegel.json"
    shutil.copy(sealed.signature_path, tmp_path / "kopie.zegel.minisig")
    if seal_kind == "garbage":
        seal_path.write_bytes(np.random.default_rng(9).bytes(3000))
    elif seal_kind == "truncated":
        seal_path.write_bytes(sealed.manifest[:700])
    elif seal_kind == "directory":
        seal_path.mkdir()
    try:
        result = verify(audio, seal_path if seal_kind != "missing" else None, isolate=True)
    except VerifyError as exc:
        assert seal_kind in ("directory", "missing"), exc.one_line()
        assert _one_line(exc.one_line())
    else:
        assert seal_kind in ("garbage", "truncated")
        assert (result.content, result.signer) == ("seal-invalid", "invalid")
        assert _one_line(result.detail)


# --------------------------------------------------------------------------- (d) the bomb


@pytest.fixture(scope="module")
def bomb(sealed: Sealed) -> tuple[Path, Path]:
    """``BOMB_HOURS`` of digital silence in a small FLAC, beside a copy of the 2 s seal."""
    folder = sealed.folder / "bomb"
    folder.mkdir()
    audio = folder / "bom.flac"
    block = np.zeros((1 << 22, 1), dtype=np.int16)
    with sf.SoundFile(audio, "w", RATE, 1, "PCM_16", format="FLAC") as fh:
        for _ in range(BOMB_HOURS * 3600 * RATE // len(block)):
            fh.write(block)
    seal_path = folder / "bom.zegel.json"
    shutil.copy(sealed.flac_seal, seal_path)
    shutil.copy(sealed.signature_path, folder / "bom.zegel.minisig")
    assert audio.stat().st_size < 8 * 1024 * 1024
    assert sf.info(str(audio)).duration > 3600 * BOMB_HOURS - 60
    return audio, seal_path


def test_bomb_is_a_verify_error(bomb: tuple[Path, Path]) -> None:
    """Hours of silence against a 2 s seal: the child stops at its frame limit, exit 2."""
    audio, seal_path = bomb
    t0 = time.monotonic()
    with pytest.raises(VerifyError) as caught:
        verify(audio, seal_path, isolate=True)
    assert time.monotonic() - t0 < CHILD_BUDGET_S
    assert "decodes to far more audio" in caught.value.message
    assert _one_line(caught.value.one_line())


def test_bomb_on_the_command_line_is_exit_2_with_one_line(
    bomb: tuple[Path, Path], tmp_path: Path
) -> None:
    """``opnamestudio verify`` on the bomb: exit code 2 and one line on stderr, nothing else."""
    audio, seal_path = bomb
    child = subprocess.run(
        [sys.executable, "-m", "opnamestudio", "verify", str(audio), "--seal", str(seal_path)],
        capture_output=True,
        text=True,
        timeout=CHILD_BUDGET_S * 2,
        cwd=tmp_path,
        check=False,
    )
    assert child.returncode == 2, child.stderr
    assert child.stdout == ""
    lines = child.stderr.splitlines()
    assert len(lines) == 1, child.stderr
    assert lines[0].startswith("opnamestudio: ")
    assert "decodes to far more audio" in lines[0]


# --------------------------------------------------------------------------- found by fuzzing


def test_bomb_in_process_is_a_verify_error(bomb: tuple[Path, Path]) -> None:
    """verify(isolate=False) on the bomb is the same clean VerifyError as in the child.

    Was: analyze_copy's {"too_long": True} reached _content_verdict, which read
    analysis["samplerate"]: a KeyError (only the child path checked too_long).
    """
    audio, seal_path = bomb
    with pytest.raises(VerifyError, match="far more audio"):
        verify(audio, seal_path, isolate=False)


def _modified_copy(sealed: Sealed, folder: Path, stem: str) -> Path:
    """A copy with one sample changed (so it must be decoded), with the seal beside it."""
    data = bytearray(sealed.wav.read_bytes())
    data[50_000] ^= 0x55
    audio = folder / f"{stem}.wav"
    audio.write_bytes(bytes(data))
    shutil.copy(sealed.wav_seal, folder / f"{stem}.zegel.json")
    shutil.copy(sealed.wav_seal.with_suffix(".minisig"), folder / f"{stem}.zegel.minisig")
    return audio


def test_a_file_name_starting_with_a_dash_is_verified(
    sealed: Sealed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``opnamestudio verify ./-kopie.wav`` checks the file like any other.

    Was: the child got ``_analyze -kopie.wav ...`` and argparse took the name for an option, so a
    good copy was exit 2 ("the audio decoder stopped").
    """
    _modified_copy(sealed, tmp_path, "-kopie")
    monkeypatch.chdir(tmp_path)
    result = verify(Path("./-kopie.wav"), isolate=True)
    assert result.content == "modified"


def test_the_child_runs_no_code_from_the_current_folder(
    sealed: Sealed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A soundfile.py beside the received files is never imported by the decoding child.

    Was (security): ``python -m opnamestudio`` put the current folder first on sys.path, so
    verifying inside a folder of received files ran any soundfile.py or numpy.py there.
    """
    marker = tmp_path / "ran.txt"
    (tmp_path / "soundfile.py").write_text(
        f"open({str(marker)!r}, 'w').write('imported')\nraise SystemExit(3)\n"
    )
    audio = _modified_copy(sealed, tmp_path, "kopie")
    monkeypatch.chdir(tmp_path)
    result = verify(Path(audio.name), isolate=True)
    assert not marker.exists()
    assert result.content == "modified"


def test_analysis_counts_only_the_frames_that_decode(sealed: Sealed, tmp_path: Path) -> None:
    """The analysed frame count is what the decoder gives, not what the header promises.

    Was: SoundFile.blocks() ignores short reads and yields its whole buffer up to the header's
    frame count, so a truncated VBR MP3 (Xing header 96 000 frames, 95 663 decodable) was hashed
    with stale samples at the end.
    """
    mp3 = tmp_path / "kopie.mp3"
    sf.write(mp3, speech_like(SECONDS), RATE, format="MP3", subtype="MPEG_LAYER_III")
    mp3.write_bytes(mp3.read_bytes()[:-1000])
    decoded = 0
    with sf.SoundFile(mp3) as fh:
        while len(part := fh.read(65536, dtype="int16")):
            decoded += len(part)
    seal = Seal.from_file(sealed.flac_seal)
    result = analyze_copy(mp3, seal, _max_frames(seal))
    assert result["frames"] == decoded


def test_a_low_rate_copy_costs_no_more_than_a_normal_one(sealed: Sealed, tmp_path: Path) -> None:
    """Analysing N frames at 1 Hz costs about what N frames at the seal's rate cost.

    Was: chunk limits scale with the copy's own rate, so at 1 Hz every frame closed a chunk in
    Python (~2 us a frame): a 120 KB FLAC of 2^25 silent frames at 1 Hz used the child's whole
    30 s timeout against a 2 s seal (390 s against a 2 h one).
    """
    seal = Seal.from_file(sealed.flac_seal)
    frames = np.zeros((1 << 19, 1), dtype=np.int16)
    timings = []
    for rate in (RATE, 1):
        path = tmp_path / f"stil-{rate}.flac"
        sf.write(path, frames, rate, format="FLAC")
        t0 = time.monotonic()
        _check_analysis(analyze_copy(path, seal, _max_frames(seal)), _max_frames(seal))
        timings.append(time.monotonic() - t0)
    assert timings[1] < 20 * timings[0] + 0.05, timings


def test_budget_counts_are_what_the_issue_asks() -> None:
    """The parser tests draw at least 10 000 examples together (the issue's bar)."""
    assert sum(PARSER_EXAMPLES.values()) >= 10_000
