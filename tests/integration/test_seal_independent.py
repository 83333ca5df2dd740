"""A real seal, re-checked without OpnameStudio: docs/seal-format.md is complete and true.

The recordings are made by the real engine (callback, writer thread, FLAC/WAV, seal at stop).
They are then checked by tests/support/independent_checker.py, which was written from the public
description only and imports nothing from ``opnamestudio``; it runs in a separate interpreter
(``python -I -c``) where importing ``opnamestudio`` is blocked, and the test checks afterwards that
no ``opnamestudio`` module was loaded. The stock tools a committee would use are checked too: the
Debian ``minisign`` binary with the installation's public key, and ``sha256sum``/``shasum``.

Two further checks compare the engine with the description directly: the writer's block-by-block
hasher against the documented whole-stream algorithm, and a seal of mostly-silent audio (more
runs than chunks) that both the checker and OpnameStudio's own parser accept.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from opnamestudio.core.content import ContentHasher
from opnamestudio.core.recording import Recorder, RecordingSettings
from opnamestudio.core.synth import BlockSource, speech_like_blocks
from opnamestudio.core.verify import verify
from tests.support import independent_checker

RATE = 48000
CHECKER = Path(__file__).resolve().parents[1] / "support" / "independent_checker.py"

#: Runs the checker in a fresh interpreter where ``import opnamestudio`` fails, then reports
#: which ``opnamestudio`` modules ended up loaded anyway (there must be none).
RUNNER = r"""
import importlib.abc, json, runpy, sys

class _NoOpnameStudio(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "opnamestudio" or name.startswith("opnamestudio."):
            raise ImportError("the independent checker must not import " + name)
        return None

sys.meta_path.insert(0, _NoOpnameStudio())
checker = runpy.run_path(sys.argv[1])
report = checker["check_seal"](**json.loads(sys.argv[2]))
loaded = sorted(m for m in sys.modules if m == "opnamestudio" or m.startswith("opnamestudio."))
print(json.dumps({"report": report, "opnamestudio_modules": loaded}))
"""


@dataclass(frozen=True)
class Sealed:
    """A sealed recording and what went into it."""

    audio: Path
    manifest: Path
    signature: Path
    pub: Path
    samples: np.ndarray

    def seal(self) -> dict[str, Any]:
        """The manifest, parsed."""
        return json.loads(self.manifest.read_bytes())


def _program(channels: int) -> np.ndarray:
    """Speech with two stretches of constant samples: a forced one-second cut and two runs."""

    def speech(seconds: float, seed: int) -> np.ndarray:
        left = np.concatenate(list(speech_like_blocks(seconds, seed=seed)))
        if channels == 1:
            return left
        right = np.concatenate(list(speech_like_blocks(seconds, seed=seed + 100)))
        return np.concatenate([left, right], axis=1)

    def constant(seconds: float, value: int) -> np.ndarray:
        return np.full((round(seconds * RATE), channels), value, dtype=np.int16)

    return np.concatenate(
        [speech(2.0, 1), constant(1.6, 0), speech(1.5, 2), constant(0.7, -3), speech(1.2, 3)]
    )


def _record(folder: Path, home: Path, container: str, channels: int) -> Sealed:
    samples = _program(channels)
    blocks = [samples[i : i + 1024] for i in range(0, len(samples), 1024)]
    source = BlockSource(iter(blocks))
    settings = RecordingSettings(
        output=folder / f"gesprek.{container}", container=container, channels=channels
    )
    recorder = Recorder(settings, source=source)
    recorder.start()
    assert source.done.wait(30)
    info = recorder.stop()
    assert info.seal is not None
    return Sealed(
        audio=info.path,
        manifest=folder / "gesprek.zegel.json",
        signature=folder / "gesprek.zegel.minisig",
        pub=home / "keys" / "opnamestudio.pub",
        samples=samples,
    )


@pytest.fixture(params=[("flac", 1), ("wav", 2)], ids=["flac-mono", "wav-stereo"])
def sealed(request: pytest.FixtureRequest, tmp_path: Path, opnamestudio_home: Path) -> Sealed:
    """A recording made and sealed by the real engine, with the installation's public key."""
    container, channels = request.param
    folder = tmp_path / "opname"
    folder.mkdir()
    return _record(folder, opnamestudio_home, container, channels)


def _independent(cwd: Path, **arguments: str) -> dict[str, Any]:
    """The checker's report, from an interpreter that never loaded opnamestudio."""
    child = subprocess.run(
        [sys.executable, "-I", "-c", RUNNER, str(CHECKER), json.dumps(arguments)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    out = json.loads(child.stdout)
    assert out["opnamestudio_modules"] == []
    return out["report"]


def _tool(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed")
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


# --------------------------------------------------------------------------- the checker itself


def test_checker_follows_the_documented_worked_example() -> None:
    # docs/seal-format.md §7.2: the window before frame 28639 of the example seal.
    assert independent_checker.window_value(287, 65408, 65130, 64873) == 0xE6D9C000
    # The vectorised candidate rule agrees with the plain-integer one, signs and wrapping included.
    rng = np.random.default_rng(5)
    samples = rng.integers(-32768, 32768, 200_000).astype(np.int16)
    samples[1000:1010] = 7  # identical windows are never candidates
    found = independent_checker.candidate_positions(samples)
    u = [int(x) & 0xFFFF for x in samples]
    expected = [
        p
        for p in range(4, len(u) + 1)
        if independent_checker.window_value(*u[p - 4 : p]) & 0x3FFF == 0
        and len(set(u[p - 4 : p])) > 1
    ]
    assert found.tolist() == expected
    assert 4 < len(expected) < 40  # about one in 16384
    # §7.3: every chunk but the last within [MIN, MAX], covering everything.
    chunks = independent_checker.choose_boundaries(found, len(samples), 12000, 48000)
    assert sum(n for _, n in chunks) == len(samples)
    assert all(12000 <= n <= 48000 for _, n in chunks[:-1])


@pytest.mark.parametrize("seed", range(8))
def test_engine_hasher_matches_the_documented_algorithm_for_any_block_split(seed: int) -> None:
    """The writer hashes block by block; docs/seal-format.md describes the whole stream at once."""
    rng = np.random.default_rng(seed)
    channels = 1 + seed % 2
    rate = [48000, 44100, 8000, 16000, 7, 3, 1, 12][seed]
    frames = int(rng.integers(0, 6 * max(rate, 2000)))
    samples = rng.integers(-40, 40, (frames, channels)).astype(np.int16)
    for _ in range(6):  # stretches of constant samples, some long enough to be runs
        at = int(rng.integers(0, max(frames, 1)))
        samples[at : at + int(rng.integers(1, 2 * max(rate, 2)))] = int(rng.integers(-2, 3))
    hasher = ContentHasher(rate, channels)
    pos = 0
    while pos < frames:
        step = int(rng.choice([1, 2, 3, 5, 1024, 4096, 65536]))
        hasher.update(samples[pos : pos + step])
        pos += step
    digest = hasher.finish()

    pcm = independent_checker.pcm_bytes(samples)
    expected = independent_checker.choose_boundaries(
        independent_checker.candidate_positions(samples[:, 0]), frames, max(1, rate // 4), rate
    )
    table = independent_checker.parse_chunk_table(base64.b64encode(digest.chunks).decode())
    assert [(s, n) for s, n, _ in table] == expected
    for s, n, h in table:
        assert hashlib.sha256(pcm[s * 2 * channels : (s + n) * 2 * channels]).digest()[:16] == h
    assert digest.pcm_sha256 == hashlib.sha256(pcm).hexdigest()
    assert [list(r) for r in digest.runs] == independent_checker.find_runs(samples, rate)


def test_a_seal_of_alternating_silence_verifies(tmp_path: Path, opnamestudio_home: Path) -> None:
    # Half-second stretches of 0 and 1: every stretch is a run (20), chunks are one second (10).
    samples = np.concatenate([np.full((RATE // 2, 1), v % 2, dtype=np.int16) for v in range(20)])
    source = BlockSource(iter([samples[i : i + 1024] for i in range(0, len(samples), 1024)]))
    recorder = Recorder(RecordingSettings(output=tmp_path / "stil.flac"), source=source)
    recorder.start()
    assert source.done.wait(30)
    info = recorder.stop()
    report = _independent(tmp_path, audio=str(info.path))
    assert report["ok"], report["problems"]  # the seal follows the documented format
    assert len(report["runs"]) == 20
    assert verify(info.path).content == "intact"  # fails: "The seal is malformed: runs"


# --------------------------------------------------------------------------- a real seal


def test_independent_checker_confirms_every_number_of_a_real_seal(sealed: Sealed) -> None:
    report = _independent(
        sealed.audio.parent, audio=str(sealed.audio), public_key_file=str(sealed.pub)
    )
    assert report["problems"] == []
    assert report["ok"]
    seal = sealed.seal()
    # The file, the samples, every chunk boundary and hash, the runs.
    for name in (
        "file_sha256_ok",
        "file_size_ok",
        "format_ok",
        "pcm_sha256_ok",
        "boundaries_ok",
        "chunking_ok",
        "runs_ok",
    ):
        assert report[name] is True, name
    assert report["file_sha256"] == seal["audio"]["sha256"]
    assert report["pcm_sha256"] == seal["content"]["pcm_sha256"]
    assert report["chunks_mismatched"] == []
    # The signature, the global signature, the key number and the key id; the installation's key.
    for name in ("signature_ok", "global_signature_ok", "prehashed", "keynum_ok", "key_id_ok"):
        assert report[name] is True, name
    assert report["trusted"] is True
    assert report["key_id"] == seal["signer"]["key_id"]
    assert report["trusted_comment"].split("\t")[1:] == [
        "file:gesprek.zegel.json",
        "OpnameStudio seal",
    ]

    # The recording exercised every rule: candidate cuts, forced one-second cuts and both runs.
    lengths = [n for _, n, _ in independent_checker.parse_chunk_table(seal["content"]["chunks"])]
    assert any(n == RATE for n in lengths)
    assert any(RATE // 4 <= n < RATE for n in lengths[:-1])
    assert len(report["runs"]) == 2
    (s0, n0), (s1, n1) = report["runs"]
    assert abs(s0 - 2 * RATE) <= 2 and abs(n0 - round(1.6 * RATE)) <= 4
    assert abs(s1 - round(5.1 * RATE)) <= 2 and abs(n1 - round(0.7 * RATE)) <= 4


def test_independent_checker_locates_a_one_sample_change(sealed: Sealed, tmp_path: Path) -> None:
    seal = sealed.seal()
    table = independent_checker.parse_chunk_table(seal["content"]["chunks"])
    target = 3
    start, length, _ = table[target]
    frame = start + length // 2
    channel = sealed.samples.shape[1] - 1  # in stereo, the channel the boundaries ignore
    changed = sealed.samples.copy()
    changed[frame, channel] ^= 1  # the lowest bit of one sample
    copy = tmp_path / f"kopie{sealed.audio.suffix}"
    info = sf.info(str(sealed.audio))
    sf.write(copy, changed, RATE, format=info.format, subtype=info.subtype)

    report = _independent(
        tmp_path,
        audio=str(copy),
        manifest=str(sealed.manifest),
        signature=str(sealed.signature),
        public_key_file=str(sealed.pub),
    )
    assert not report["ok"]
    assert report["signature_ok"] and report["global_signature_ok"] and report["trusted"]
    assert report["format_ok"]
    assert not report["file_sha256_ok"]
    assert not report["pcm_sha256_ok"]
    assert not report["chunking_ok"]
    assert report["chunks_mismatched"] == [target]

    # OpnameStudio's own verifier places the change in the same place.
    result = verify(copy, sealed.manifest)
    assert result.content == "modified"
    assert any(r.orig_start <= frame < r.orig_end for r in result.ranges)


def test_independent_checker_rejects_a_changed_manifest(sealed: Sealed, tmp_path: Path) -> None:
    # Same length, still well-formed: only the signature can tell.
    text = sealed.manifest.read_text("utf-8")
    assert '"recovered": false' in text
    forged = tmp_path / "gesprek.zegel.json"
    forged.write_text(text.replace('"recovered": false', '"recovered": true '), "utf-8")
    shutil.copy(sealed.signature, tmp_path / "gesprek.zegel.minisig")
    report = _independent(
        tmp_path, audio=str(sealed.audio), manifest=str(forged), public_key_file=str(sealed.pub)
    )
    assert report["manifest_wellformed"]
    assert report["signature_ok"] is False
    assert report["global_signature_ok"] is True  # the comment still belongs to the signature
    assert not report["ok"]


# --------------------------------------------------------------------------- the stock tools


def test_stock_minisign_verifies_the_seal_and_rejects_one_changed_byte(
    sealed: Sealed, tmp_path: Path
) -> None:
    ok = _tool(
        "minisign", "-Vm", str(sealed.manifest), "-p", str(sealed.pub), "-x", str(sealed.signature)
    )
    assert ok.returncode == 0, ok.stderr
    assert "Signature and comment signature verified" in ok.stdout
    assert "file:gesprek.zegel.json\tOpnameStudio seal" in ok.stdout
    # -H: minisign insists on the prehashed (BLAKE2b-512) form.
    strict = _tool(
        "minisign", "-H", "-Vm", str(sealed.manifest), "-p", str(sealed.pub),
        "-x", str(sealed.signature),
    )  # fmt: skip
    assert strict.returncode == 0, strict.stderr

    # One byte of the manifest changed: minisign refuses.
    forged = tmp_path / "vervalst"
    forged.mkdir()
    raw = bytearray(sealed.manifest.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    (forged / "gesprek.zegel.json").write_bytes(bytes(raw))
    shutil.copy(sealed.signature, forged / "gesprek.zegel.minisig")
    bad = _tool(
        "minisign", "-Vm", str(forged / "gesprek.zegel.json"), "-p", str(sealed.pub),
        "-x", str(forged / "gesprek.zegel.minisig"),
    )  # fmt: skip
    assert bad.returncode != 0
    assert "Signature verification failed" in bad.stdout + bad.stderr

    # Another key: minisign names the seal's key number, the sleutel-ID's first 16 digits.
    other = Ed25519PrivateKey.generate().public_key()
    raw_other = other.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    blob = base64.b64encode(b"Ed" + bytes(8) + raw_other).decode()
    other_pub = tmp_path / "ander.pub"
    other_pub.write_text(f"untrusted comment: another key\n{blob}\n")
    wrong = _tool(
        "minisign", "-Vm", str(sealed.manifest), "-p", str(other_pub), "-x", str(sealed.signature)
    )
    assert wrong.returncode != 0
    key_id = sealed.seal()["signer"]["key_id"]
    # minisign prints the key number without leading zeros (printf %llX).
    assert key_id[:16].upper().lstrip("0") in wrong.stdout + wrong.stderr
    assert key_id[:16].upper() in sealed.pub.read_text()


def test_sha256sum_and_shasum_print_the_manifest_audio_hash(sealed: Sealed) -> None:
    expected = sealed.seal()["audio"]["sha256"]
    out = _tool("sha256sum", str(sealed.audio))
    assert out.returncode == 0
    assert out.stdout.split()[0] == expected
    if shutil.which("shasum"):
        out = _tool("shasum", "-a", "256", str(sealed.audio))
        assert out.stdout.split()[0] == expected


def test_b2sum_prints_what_the_signature_signs(sealed: Sealed) -> None:
    """docs/seal-format.md §10.1: the Ed25519 signature is over BLAKE2b-512 of the manifest."""
    out = _tool("b2sum", str(sealed.manifest))
    prehash = bytes.fromhex(out.stdout.split()[0])
    lines = sealed.signature.read_text("utf-8").split("\n")
    signature = base64.b64decode(lines[1])[10:]
    raw = base64.b64decode(sealed.seal()["signer"]["public_key"])
    Ed25519PublicKey.from_public_bytes(raw).verify(signature, prehash)  # raises if not
