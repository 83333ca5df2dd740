"""Coverage-guided fuzzing of the seal parser, ``Seal.from_bytes``, with atheris (libFuzzer).

    .venv/bin/pip install atheris        # a bench tool, not a dependency of OpnameStudio
    .venv/bin/python bench/fuzz_seal_atheris.py [--runs 1000000] [--corpus DIR] [--seed 0]

The issue's bar is one million executions without a crash. The target feeds each input to
``Seal.from_bytes``: a ``SealError`` is the expected answer to bad input; any other exception is a
crash, and a parsed seal must also survive every view the verifier reads (chunks, runs, public
key, sample rate, frames). An input that takes longer than ``--timeout`` seconds is a hang.

The corpus is seeded with real, valid manifests: short recordings (FLAC and WAV, mono and stereo,
one with a stretch of digital silence so that ``runs`` is not empty) made by the real engine with
a generated voice and sealed with a throw-away key, in a temporary data folder. A dictionary of
the manifest's member names and awkward JSON tokens helps libFuzzer build structure.

libFuzzer runs in a child process (it ends the process when it is done, so its statistics come
from its ``-print_final_stats`` output); this script prints executions, seconds, executions per
second, coverage, and every crash with its input file and traceback. Exit status 0 means no crash.

``--engine random`` (chosen automatically when atheris cannot be imported, e.g. on a Python
version it has no wheel for) is a plain mutation fuzzer over the same seeds and dictionary, with
the parser's distinct error messages as its only feedback: far weaker than coverage guidance,
but it runs the same target the same number of times. (Hypothesis is the suite's tool; at about a
millisecond an example it is too slow to reach a million executions here.)
"""

from __future__ import annotations

import argparse
import base64
import binascii
import copy
import hashlib
import json
import os
import random
import re
import struct
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ATHERIS_CHILD = "--atheris-child"
#: Member names and tokens for libFuzzer's dictionary and the random engine's insertions.
TOKENS = [
    *(
        f'"{name}"'
        for name in (
            "format",
            "kind",
            "software",
            "recording_id",
            "sealed_utc",
            "audio",
            "content",
            "timeline",
            "signer",
            "session",
            "audit",
            "fingerprint",
            "name",
            "size",
            "sha256",
            "container",
            "sample_rate",
            "channels",
            "sample_format",
            "frames",
            "duration",
            "pcm_sha256",
            "chunking",
            "algorithm",
            "min_frames",
            "max_frames",
            "chunks",
            "runs",
            "events",
            "kind",
            "frame",
            "utc",
            "data",
            "key_id",
            "public_key",
            "opnamestudio-zegel/1",
            "opnamestudio-zegel/2",
            "opnamestudio-cdc/1",
            "recording",
            "received",
            "derived",
            "flac",
            "wav",
        )
    ),
    "null",
    "true",
    "false",
    "[]",
    "{}",
    "[[0,1]]",
    "-1",
    "0",
    "1",
    "12000",
    "48000",
    "96000",
    "12000.0",
    "1e400",
    "-0",
    "NaN",
    "Infinity",
    "9007199254740993",
    "18446744073709551616",
    "=",
    "==",
    "\\u0000",
    "\\ud800",
    "[[[[[[[[[[[[[[[[",
]
#: Numbers the random engine puts in place of the manifest's numbers.
INTERESTING_NUMBERS = [
    "0",
    "-1",
    "1",
    "2",
    "255",
    "65535",
    "2147483648",
    "4294967295",
    "4294967296",
    "9007199254740992",
    "9007199254740993",
    "35184372088832",
    "768000",
    "768001",
    "1e400",
    "1.5",
    "-0",
    "9" * 5000,
]


# --------------------------------------------------------------------------- structure-aware edits

#: Values a member may be swapped for.
SWAPS: list[Any] = [None, True, False, 0, -1, 1, 2**32, 2**53 + 1, 0.5, "", "x", [], {}, [[0, 1]]]
#: Chunk lengths worth trying (the limits of a 48 kHz seal are 12 000 and 48 000 frames).
CHUNK_LENGTHS = [0, 1, 11_999, 12_000, 47_999, 48_000, 48_001, 2**31, 2**32 - 1]


def _members(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    items = (
        list(value.items())
        if isinstance(value, dict)
        else list(enumerate(value))
        if isinstance(value, list)
        else []
    )
    for key, child in items:
        out.append((*prefix, key))
        out.extend(_members(child, (*prefix, key)))
    return out


def _resolve(doc: Any, path: tuple[Any, ...]) -> tuple[Any, Any]:
    node = doc
    for key in path[:-1]:
        node = node[key]
    return node, path[-1]


def _restore_consistency(doc: dict[str, Any], frames: bool) -> None:
    """Make frames match the chunk table, or the key id match the key: reach the later checks."""
    try:
        if frames:
            table = base64.b64decode(doc["content"]["chunks"], validate=True)
            lengths = [n for n, _ in struct.iter_unpack("<I16s", table)]
            doc["audio"]["frames"] = sum(lengths)
        else:
            raw = base64.b64decode(doc["signer"]["public_key"], validate=True)
            doc["signer"]["key_id"] = hashlib.sha256(raw).hexdigest()
    except (KeyError, TypeError, ValueError, binascii.Error, struct.error):
        return


def _edit_chunks(doc: dict[str, Any], rng: random.Random) -> None:
    """Change, add or drop one chunk of the table (the base64 stays valid)."""
    try:
        table = bytearray(base64.b64decode(doc["content"]["chunks"], validate=True))
    except (KeyError, TypeError, ValueError, binascii.Error):
        return
    count = len(table) // 20
    op = rng.randrange(3)
    if op == 0 and count:
        i = rng.randrange(count)
        table[20 * i : 20 * i + 4] = struct.pack("<I", rng.choice(CHUNK_LENGTHS))
    elif op == 1:
        i = rng.randrange(count + 1)
        table[20 * i : 20 * i] = struct.pack("<I16s", rng.choice(CHUNK_LENGTHS), rng.randbytes(16))
    elif count:
        i = rng.randrange(count)
        del table[20 * i : 20 * i + 20]
    doc["content"]["chunks"] = base64.b64encode(bytes(table)).decode()
    if rng.random() < 0.7:
        _restore_consistency(doc, frames=True)


def mutate_json(data: bytes, rng: random.Random) -> bytes | None:
    """A structure-aware edit of a JSON manifest, or None when ``data`` is not JSON."""
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        return None
    members = _members(doc)
    if not isinstance(doc, dict) or not members:
        return None
    op = rng.randrange(10)
    if op == 0:
        _restore_consistency(doc, frames=rng.random() < 0.5)
    elif op == 1:
        _edit_chunks(doc, rng)
    else:
        node, key = _resolve(doc, rng.choice(members))
        old = node[key]
        if op == 2:
            del node[key]
        elif op == 3:
            node[key] = copy.deepcopy(rng.choice(SWAPS))
        elif op == 4 and isinstance(old, int) and not isinstance(old, bool):
            node[key] = rng.choice([old + 1, old - 1, -old, 2 * old, old // 2, old + 2**32])
        elif op == 5 and isinstance(old, str):
            how = rng.randrange(4)
            node[key] = [old + "\n", old.upper(), old[: len(old) // 2], old + "="][how]
        elif op == 6 and isinstance(old, list) and old:
            old.append(copy.deepcopy(rng.choice(old)))
        elif op == 7 and isinstance(old, list) and len(old) > 1:
            rng.shuffle(old)
        elif op == 8:
            node[key] = [old]
        elif isinstance(old, dict) and old:
            other = rng.choice(list(old))
            old[other + rng.choice(["", "_", "x"])] = copy.deepcopy(old[other])
        else:
            node[key] = rng.choice(INTERESTING_NUMBERS[:14]) if rng.random() < 0.5 else None
    try:
        text = json.dumps(doc, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 1]))
    except (ValueError, RecursionError):
        return None
    return text.encode("utf-8", "surrogatepass")


# --------------------------------------------------------------------------- the target


def make_target() -> Callable[[bytes], str]:
    """The function each input goes through (imports opnamestudio: call it after instrumenting).

    It answers with the parser's error message, or "parsed"; anything else it raises is a crash.
    """
    from opnamestudio.core.seal import Seal, SealError

    def check_one(data: bytes) -> str:
        try:
            seal = Seal.from_bytes(data)
        except SealError as exc:
            return exc.message
        # A seal that parsed is safe to use: every view the verifier reads works.
        frames = seal.frames
        if sum(length for _, length, _ in seal.chunks()) != frames:
            raise AssertionError("a parsed seal's chunks do not add up to its frames")
        seal.runs()
        if seal.public_key.key_id != seal.data["signer"]["key_id"]:
            raise AssertionError("a parsed seal's key id is not its public key's")
        if seal.samplerate < 1 or not isinstance(seal.audio["sha256"], str):
            raise AssertionError("a parsed seal has an impossible audio section")
        return "parsed"

    return check_one


# --------------------------------------------------------------------------- the seeds


def make_seeds(folder: Path) -> list[Path]:
    """Valid manifests sealed by the real engine, written into ``folder``; their paths."""
    import numpy as np

    os.environ["OPNAMESTUDIO_HOME"] = str(folder / "home")
    from opnamestudio.core.keys import SigningKey
    from opnamestudio.core.recording import Recorder, RecordingSettings
    from opnamestudio.core.synth import BlockSource, speech_like_blocks

    key = SigningKey.generate()
    work = folder / "recordings"
    work.mkdir(parents=True, exist_ok=True)
    seeds = []
    for name, container, channels, silence in [
        ("mono", "flac", 1, False),
        ("wav", "wav", 1, False),
        ("stereo", "flac", 2, False),
        ("stilte", "flac", 1, True),
    ]:
        blocks = list(speech_like_blocks(2.0, channels=channels, seed=len(seeds)))
        if silence:  # one second of exact digital silence: the manifest gets a run
            zero = np.zeros_like(blocks[0])
            blocks = blocks[:30] + [zero] * 47 + blocks[30:]
        source = BlockSource(iter(blocks))
        settings = RecordingSettings(
            output=work / f"{name}.{container}", container=container, channels=channels
        )
        recorder = Recorder(settings, source=source, signing_key=key)
        recorder.start()
        if not source.done.wait(30):
            raise RuntimeError("the generated voice did not finish")
        info = recorder.stop()
        if info.seal is None:
            raise RuntimeError("the recording was not sealed")
        target = folder / f"seed-{name}.json"
        target.write_bytes(info.seal.read_bytes())
        seeds.append(target)
    return seeds


def write_dictionary(path: Path) -> None:
    """TOKENS in libFuzzer's dictionary format."""
    lines = []
    for i, token in enumerate(TOKENS):
        escaped = token.replace("\\", "\\\\").replace('"', '\\"')
        lines.append(f'tok{i}="{escaped}"')
    path.write_text("\n".join(lines) + "\n")


# --------------------------------------------------------------------------- atheris


def atheris_child(argv: list[str]) -> None:  # pragma: no cover - runs under libFuzzer
    """Instrument opnamestudio, then hand over to libFuzzer (which never returns)."""
    import atheris

    with atheris.instrument_imports(include=["opnamestudio"]):
        target = make_target()

    def test_one_input(data: bytes) -> None:
        target(data)

    def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
        # Mostly structure-aware edits that keep the JSON valid (so the deeper checks run),
        # otherwise libFuzzer's own byte-level mutations.
        rng = random.Random(seed)
        if rng.random() < 0.6:
            edited = mutate_json(data, rng)
            if edited is not None and len(edited) <= max_size:
                return edited
        return bytes(atheris.Mutate(data, max_size))

    atheris.Setup([sys.argv[0], *argv], test_one_input, custom_mutator=custom_mutator)
    atheris.Fuzz()


def run_atheris(
    args: argparse.Namespace, work: Path, corpus: Path, seeds: Path, artifacts: Path
) -> int:
    """Run libFuzzer in a child; report its statistics and crashes. Returns the exit status."""
    dictionary = work / "seal.dict"
    write_dictionary(dictionary)
    log = work / "libfuzzer.log"
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        ATHERIS_CHILD,
        f"-runs={args.runs}",
        f"-seed={args.seed}",
        f"-max_len={args.max_len}",
        f"-timeout={args.timeout}",
        "-rss_limit_mb=2048",
        f"-dict={dictionary}",
        f"-artifact_prefix={artifacts}/",
        "-print_final_stats=1",
        str(corpus),
        str(seeds),
    ]
    print("engine: atheris (libFuzzer)", flush=True)
    t0 = time.perf_counter()
    with open(log, "wb") as fh:
        child = subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT, check=False, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    text = log.read_text("utf-8", "replace")
    stats = dict(re.findall(r"^stat::(\w+):\s*(\S+)", text, flags=re.MULTILINE))
    executed = int(stats.get("number_of_executed_units", "0"))
    pulses = [ln for ln in text.splitlines() if " cov: " in ln]
    print(f"executions: {executed}")
    print(f"seconds:    {elapsed:.1f}")
    print(
        f"executions/s: {executed / elapsed:.0f} (libFuzzer: {stats.get('average_exec_per_sec')})"
    )
    if pulses:
        print(f"last status: {pulses[-1].strip()}")
    target = make_target()  # uninstrumented, in this process
    answers = {target(p.read_bytes()) for d in (corpus, seeds) for p in d.iterdir()}
    print(f"corpus: {corpus} ({len(list(corpus.iterdir()))} inputs found)")
    print(f"distinct parser answers reached by the corpus: {len(answers)}")
    crashes = sorted(
        p
        for p in artifacts.iterdir()
        if p.name.split("-")[0] in ("crash", "timeout", "oom", "leak")
    )
    if crashes or child.returncode != 0:
        (artifacts / "libfuzzer.log").write_text(text)
        print(f"CRASH: libFuzzer exit status {child.returncode}; log: {artifacts}/libfuzzer.log")
        for path in crashes:
            print(f"  input: {path}")
        start = text.find("=== Uncaught Python exception: ===")
        if start >= 0:
            print(text[start : start + 3000])
        else:
            print("\n".join(text.splitlines()[-30:]))
        return 1
    if executed < args.runs:
        print(f"NOTE: libFuzzer ran {executed} of the {args.runs} executions asked for")
        return 1
    print("crashes: none")
    return 0


# --------------------------------------------------------------------------- the random engine


def mutate(rng: random.Random, data: bytes, pool: list[bytes], max_len: int) -> bytes:
    """One to four random edits of ``data`` (bytes, tokens, numbers, splices)."""
    if rng.random() < 0.5:
        edited = mutate_json(data, rng)
        if edited is not None:
            return edited[:max_len]
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        pos = rng.randrange(len(out) + 1)
        op = rng.randrange(9)
        if op == 0 and out:
            out[min(pos, len(out) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1 and out:
            out[min(pos, len(out) - 1)] = rng.choice(b'{}[]",:0123456789-eE.\\ \n\x00\xff\xc3=+/')
        elif op == 2:
            out[pos:pos] = rng.randbytes(rng.randint(1, 8))
        elif op == 3:
            del out[pos : pos + rng.randint(1, 32)]
        elif op == 4:
            out[pos:pos] = rng.choice(TOKENS).encode()
        elif op == 5:
            numbers = list(re.finditer(rb"-?\d+(\.\d+)?([eE][-+]?\d+)?", out))
            if numbers:
                m = rng.choice(numbers)
                out[m.start() : m.end()] = rng.choice(INTERESTING_NUMBERS).encode()
        elif op == 6:
            other = rng.choice(pool)
            a = rng.randrange(len(other) + 1)
            out[pos:pos] = other[a : a + rng.randint(1, 64)]
        elif op == 7 and len(out) > 2:
            a = rng.randrange(len(out))
            out[pos:pos] = out[a : a + rng.randint(1, 64)]
        else:
            strings = list(re.finditer(rb'"[^"\\]{8,}"', out))
            if strings:
                m = rng.choice(strings)
                cut = rng.randint(m.start() + 1, m.end() - 1)
                out[cut:cut] = rng.choice([b"\\n", b"=", b"A", b"-", b"_", b" "])
    return bytes(out[:max_len])


def run_random(args: argparse.Namespace, seeds: list[bytes], artifacts: Path) -> int:
    """Mutate the seeds ``--runs`` times; keep inputs that give a new error message."""
    target = make_target()
    rng = random.Random(args.seed)
    pool = list(seeds)
    seen: set[str] = set()
    print("engine: random mutation (no coverage guidance)", flush=True)
    t0 = time.perf_counter()
    for n in range(1, args.runs + 1):
        data = mutate(rng, rng.choice(pool), pool, args.max_len)
        start = time.perf_counter()
        try:
            outcome = target(data)
        except Exception:
            path = artifacts / f"crash-{n}"
            path.write_bytes(data)
            print(f"CRASH after {n} executions; input: {path}")
            traceback.print_exc()
            return 1
        if time.perf_counter() - start > args.timeout:
            path = artifacts / f"timeout-{n}"
            path.write_bytes(data)
            print(f"HANG after {n} executions (> {args.timeout} s); input: {path}")
            return 1
        if outcome not in seen and len(pool) < 5000:
            seen.add(outcome)
            pool.append(data)
        if n % 100_000 == 0:
            rate = n / (time.perf_counter() - t0)
            print(f"#{n} exec/s: {rate:.0f} pool: {len(pool)} messages: {len(seen)}", flush=True)
    elapsed = time.perf_counter() - t0
    print(f"executions: {args.runs}")
    print(f"seconds:    {elapsed:.1f}")
    print(f"executions/s: {args.runs / elapsed:.0f}")
    print(f"distinct outcomes: {len(seen)}")
    print("crashes: none")
    return 0


# --------------------------------------------------------------------------- main


def main() -> int:
    """Parse the options, make the seeds, run the chosen engine."""
    sys.path.insert(0, str(ROOT))
    if len(sys.argv) > 1 and sys.argv[1] == ATHERIS_CHILD:
        atheris_child(sys.argv[2:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1_000_000, help="executions (default 1e6)")
    parser.add_argument("--corpus", type=Path, help="corpus folder to keep (default: temporary)")
    parser.add_argument("--seed", type=int, default=0, help="random seed")
    parser.add_argument("--max-len", type=int, default=8192, help="longest input in bytes")
    parser.add_argument("--timeout", type=int, default=10, help="seconds before an input hangs")
    parser.add_argument(
        "--engine", choices=["auto", "atheris", "random"], default="auto", help="default: auto"
    )
    parser.add_argument(
        "--artifacts",
        type=Path,
        default=Path("fuzz-seal-artifacts"),
        help="where crashing inputs go (made only when there is one)",
    )
    args = parser.parse_args()
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
        except ImportError:
            print("atheris is not installed (pip install atheris): using --engine random")
            engine = "random"
        else:
            engine = "atheris"
    with tempfile.TemporaryDirectory(prefix="fuzz-seal-") as tmp:
        work = Path(tmp)
        seed_dir = work / "seeds"
        seed_dir.mkdir()
        seeds = make_seeds(seed_dir)
        corpus = args.corpus or work / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        artifacts = args.artifacts.resolve()
        artifacts.mkdir(parents=True, exist_ok=True)
        print(f"seeds: {len(seeds)} valid manifests; artifacts: {artifacts}", flush=True)
        if engine == "atheris":
            only_seeds = work / "seed-corpus"
            only_seeds.mkdir()
            for path in seeds:
                (only_seeds / path.name).write_bytes(path.read_bytes())
            status = run_atheris(args, work, corpus, only_seeds, artifacts)
        else:
            status = run_random(args, [p.read_bytes() for p in seeds], artifacts)
    if status == 0 and not any(artifacts.iterdir()):
        artifacts.rmdir()
    return status


if __name__ == "__main__":
    sys.exit(main())
