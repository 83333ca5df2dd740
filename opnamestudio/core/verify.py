"""Verify a copy against its seal: two answers, always both — what the content is, who signed.

Content verdicts (DESIGN §6): intact, intact-audio, modified, derived, transcoded, unrelated,
seal-invalid. Signer: trusted, unknown-key, invalid. Exit codes: 0 for intact/intact-audio by a
trusted key, 1 for anything else, 2 when the check could not run.

Reading the copy's audio means running a decoder over untrusted bytes, so it happens in a child
process with a time limit (scaled to the seal's duration), a frame limit (a file that decodes to
far more audio than the seal describes is stopped) and, where the OS allows, a memory limit. A
crash or a limit is a clean VerifyError (exit 2), never a hang.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from opnamestudio.core.errors import OpnameError
from opnamestudio.core.keys import PublicKey, Signature, SignatureError, TrustStore
from opnamestudio.core.locate import EditRange, Match
from opnamestudio.core.seal import (
    SEAL_SUFFIX,
    SIG_SUFFIX,
    Seal,
    SealError,
    SealNewerError,
    file_sha256,
)
from opnamestudio.core.sealfiles import find_seal

__all__ = [
    "EXIT_CANNOT_RUN",
    "EXIT_NOT_OK",
    "EXIT_OK",
    "VerifyError",
    "VerifyResult",
    "analyze_copy",
    "find_seal",
    "run_decoder",
    "verify",
]

EXIT_OK = 0
EXIT_NOT_OK = 1
EXIT_CANNOT_RUN = 2
JSON_SCHEMA = "opnamestudio-verify/1"
#: Longest recording the decoding limits allow for (a conversation is hours, not days).
MAX_SEAL_HOURS = 12
#: Memory limit for the decoding child where the OS supports it.
CHILD_MEMORY = 2 * 1024 * 1024 * 1024


class VerifyError(OpnameError):
    """The check could not run (exit code 2)."""

    code = "verify"


@dataclass
class VerifyResult:
    """The outcome of one verification."""

    content: str
    signer: str
    file: Path
    seal: Path | None
    key_id: str | None = None
    detail: str = ""
    signer_detail: str = ""
    file_sha256: str | None = None
    samplerate: int = 48000
    ranges: list[EditRange] = field(default_factory=list)
    shared: list[Match] = field(default_factory=list)
    #: The seal's kind: recording, received (a client's copy sealed on receipt) or derived.
    seal_kind: str | None = None
    #: A received seal's receipt: {"utc", "date", "decoded"}.
    received: dict[str, Any] | None = None
    #: A derived seal's announcement: {"original": {...}, "reason", "cuts": [[start, end], ...]}.
    derived: dict[str, Any] | None = None

    @property
    def timeline_frames(self) -> int | None:
        """Length of the audio that ``ranges`` refer to as "original" (None when unknown)."""
        if self.content == "derived" and self.derived is not None:
            return int(self.derived["original"]["frames"])
        return None

    @property
    def exit_code(self) -> int:
        """0 only for the same audio under a trusted signature."""
        ok = self.content in ("intact", "intact-audio") and self.signer == "trusted"
        return EXIT_OK if ok else EXIT_NOT_OK

    def to_json(self) -> dict[str, Any]:
        """The documented --json output (docs/verify-json.md)."""
        rate = self.samplerate
        derived = None
        if self.derived is not None:
            derived = {
                "original": dict(self.derived["original"]),
                "reason": self.derived["reason"],
                "cuts": [
                    {
                        "start": round(a / rate, 3),
                        "end": round(b / rate, 3),
                        "start_frame": a,
                        "end_frame": b,
                    }
                    for a, b in self.derived["cuts"]
                ],
            }
        return {
            "schema": JSON_SCHEMA,
            "file": {"path": str(self.file), "sha256": self.file_sha256},
            "seal": {
                "path": str(self.seal) if self.seal else None,
                "kind": self.seal_kind,
                "received": dict(self.received) if self.received is not None else None,
                "derived": derived,
            },
            "content": {
                "verdict": self.content,
                "detail": self.detail,
                "ranges": [r.to_json(rate) for r in self.ranges],
                "shared": [
                    {
                        "original": {
                            "start": round(m.orig_start / rate, 3),
                            "end": round(m.orig_end / rate, 3),
                        },
                        "file": {
                            "start": round(m.copy_start / rate, 3),
                            "end": round(m.copy_end / rate, 3),
                        },
                    }
                    for m in self.shared
                ]
                if self.content in ("unrelated", "transcoded")
                else [],
            },
            "signer": {
                "status": self.signer,
                "key_id": self.key_id,
                "detail": self.signer_detail,
            },
            "exit_code": self.exit_code,
        }


def _archived_seal(audio: Path) -> Path | None:
    """The archive's seal of this copy's recording (by its name or its SHA-256), if any."""
    from opnamestudio.core.archive import archived_seal_for  # noqa: PLC0415 (rarely needed)

    return archived_seal_for(audio)


def _signature_path(seal: Path) -> Path:
    name = seal.name
    if name.endswith(SEAL_SUFFIX):
        return seal.with_name(name[: -len(SEAL_SUFFIX)] + SIG_SUFFIX)
    return seal.with_name(name + ".minisig")


def _check_signer(seal: Seal, seal_path: Path, trust: Sequence[PublicKey]) -> tuple[str, str]:
    sig_path = _signature_path(seal_path)
    try:
        with open(sig_path, "rb") as fh:
            signature = Signature.from_bytes(fh.read(16384))
    except FileNotFoundError:
        return "invalid", f"no signature file ({sig_path.name})"
    except OSError as exc:
        return "invalid", f"cannot read {sig_path.name}: {exc.strerror}"
    except SignatureError as exc:
        return "invalid", exc.message
    key = seal.public_key
    try:
        key.verify(seal.raw, signature)
    except SignatureError as exc:
        return "invalid", exc.message
    if any(k.raw == key.raw for k in trust):
        return "trusted", "signed by a trusted key"
    return "unknown-key", "valid signature by a key that is not in the trust store"


def verify(
    audio: Path,
    seal_path: Path | None = None,
    trust_files: Sequence[Path] = (),
    *,
    isolate: bool = True,
    use_trust_store: bool = True,
    file_hash: Callable[[], tuple[str, int] | None] | None = None,
) -> VerifyResult:
    """Check ``audio`` against its seal. Raises VerifyError when the check cannot run.

    ``file_hash``, when given, returns the file's SHA-256 and size (or None to have it read
    here); the CLI computes it on a thread while the seal and its signature are checked.
    """
    if not audio.is_file():
        raise VerifyError(f"{audio} does not exist or is not a file")
    seal_path = seal_path or find_seal(audio) or _archived_seal(audio)
    if seal_path is None:
        raise VerifyError(
            f"No seal found for {audio.name}",
            hint=f"Give the seal with --seal (normally {audio.stem}{SEAL_SUFFIX} beside the file)",
        )
    trust = [PublicKey.from_file(p) for p in trust_files]
    if use_trust_store:
        trust += TrustStore().trusted_keys()

    def sha_of_file() -> str:
        try:
            known = file_hash() if file_hash is not None else None
            return (known or file_sha256(audio))[0]
        except OSError as exc:
            raise VerifyError(f"Cannot read {audio}: {exc.strerror}") from exc

    try:
        seal = Seal.from_file(seal_path)
    except SealNewerError as exc:
        raise VerifyError(exc.message, hint=exc.hint) from exc
    except SealError as exc:
        if "Cannot read" in exc.message:
            raise VerifyError(exc.message, hint=exc.hint) from exc
        return VerifyResult(
            "seal-invalid",
            "invalid",
            audio,
            seal_path,
            detail=exc.message,
            file_sha256=sha_of_file(),
        )
    result = VerifyResult(
        "",
        "",
        audio,
        seal_path,
        key_id=seal.data["signer"]["key_id"],
        samplerate=seal.samplerate,
    )
    result.signer, result.signer_detail = _check_signer(seal, seal_path, trust)
    _describe_seal(result, seal)
    # The file's hash last: the seal and its signature are checked while it is computed.
    sha = result.file_sha256 = sha_of_file()
    if result.signer == "invalid":
        result.content = "seal-invalid"
        result.detail = f"the seal's signature does not verify: {result.signer_detail}"
        return result
    received = result.received
    if sha == seal.audio["sha256"]:
        if result.derived is not None:
            _announced(result, seal, "the file's bytes are exactly the sealed edited copy")
            return result
        result.content = "intact"
        result.detail = (
            f"the file's bytes are exactly the copy received from the client on "
            f"{received.get('date') or received['utc'][:10]}"
            if received is not None
            else "the file's bytes are exactly the sealed recording"
        )
        return result
    if received is not None and not received["decoded"]:
        result.content = "modified"
        result.detail = (
            "the file's bytes differ from the copy received from the client; that copy could "
            "not be decoded when it was received, so what changed cannot be said"
        )
        return result
    analysis = _analyze(audio, seal_path, seal, isolate=isolate)
    from opnamestudio.core.analyze import content_verdict  # noqa: PLC0415 - numpy only when needed

    content_verdict(result, seal, analysis)
    if result.derived is not None:
        if result.content == "intact-audio":
            _announced(
                result,
                seal,
                f"the same audio as the sealed edited copy, in another file "
                f"({analysis.get('format')})",
            )
        elif result.content in ("modified", "transcoded"):
            result.detail = (
                f"{result.detail}, compared with the announced edited copy "
                "(these changes were not announced)"
            )
    return result


def _describe_seal(result: VerifyResult, seal: Seal) -> None:
    """The seal's kind and what a received or derived seal adds."""
    result.seal_kind = seal.kind
    received = seal.received
    if received is not None:
        result.received = {
            "utc": str(received["utc"]),
            "date": str(received.get("date") or ""),
            "decoded": bool(received["decoded"]),
        }
    derived = seal.derived
    if derived is not None:
        result.derived = {
            "original": dict(derived["original"]),
            "reason": str(derived["reason"]),
            "cuts": [list(c) for c in seal.declared_cuts()],
        }


def _announced(result: VerifyResult, seal: Seal, how: str) -> None:
    """Content ``derived``: the declared cuts as removed ranges, original time and copy time."""
    assert result.derived is not None
    cuts = seal.declared_cuts()
    ranges = []
    removed = 0
    for start, end in cuts:
        at = start - removed
        ranges.append(EditRange("removed", start, end, at, at))
        removed += end - start
    result.content = "derived"
    result.ranges = ranges
    original = result.derived["original"]
    result.detail = (
        f"{how}: an edited copy with {len(cuts)} announced cut(s) "
        f"({_seconds(removed, seal.samplerate)} taken out) of the recording "
        f"{original['audio_sha256'][:24]}; reason: {result.derived['reason']}"
    )


def _seconds(frames: int, rate: int) -> str:
    return f"{frames / rate:.1f} s"


# --------------------------------------------------------------------------- the child side


def _self_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-I", "-m", "opnamestudio"]


def _child_env() -> dict[str, str]:
    """The child's environment: glibc keeps freed blocks instead of returning them at once.

    The decoder and the hashers allocate buffers of a few hundred kilobytes per block; with
    glibc's defaults every one is a fresh mapping, and a 2-hour file costs millions of page
    faults (measured: 13.8 s instead of 7.3 s). Other C libraries ignore the variable.
    """
    env = dict(os.environ)
    env.setdefault(
        "GLIBC_TUNABLES",
        "glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=67108864",
    )
    return env


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    import resource  # noqa: PLC0415 - POSIX only

    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))


def _analyze(audio: Path, seal_path: Path, seal: Seal, *, isolate: bool) -> dict[str, Any]:
    # The limits follow the seal's duration, capped: a seal by an unknown key could claim any.
    seal_seconds = min(seal.frames / seal.samplerate, MAX_SEAL_HOURS * 3600)
    max_frames = int((2 * seal_seconds + 600) * seal.samplerate)
    if not isolate:
        return _checked(analyze_copy(audio, seal, max_frames), audio)
    timeout = 30 + seal_seconds / 20
    # Absolute paths after "--" (a name may start with a dash), run from a neutral folder in
    # isolated mode: nothing in the folder of received files can be imported by the child.
    cmd = [
        *_self_command(),
        "_analyze",
        "--",
        str(audio.resolve()),
        str(seal_path.resolve()),
        str(max_frames),
    ]
    # Imported here: an intact file never needs the child, and the verifier starts sooner.
    import subprocess  # noqa: PLC0415
    import tempfile  # noqa: PLC0415

    try:
        child = subprocess.run(
            cmd,
            capture_output=True,
            timeout=timeout,
            check=False,
            cwd=tempfile.gettempdir(),
            env=_child_env(),
            preexec_fn=_limit_memory if os.name == "posix" else None,
        )
    except subprocess.TimeoutExpired as exc:
        raise VerifyError(
            f"Reading the audio of {audio.name} took longer than {timeout:.0f} s",
            hint="The file may be damaged or made to stall a decoder; convert it to WAV or FLAC",
        ) from exc
    if child.returncode != 0:
        reason = child.stderr.decode("utf-8", "replace").strip().splitlines()
        last = reason[-1] if reason else f"exit status {child.returncode}"
        raise VerifyError(
            f"The audio decoder stopped on {audio.name}: {last[:200]}",
            hint="The file may be damaged; convert it to WAV or FLAC and try again",
        )
    try:
        result = json.loads(child.stdout)
    except ValueError as exc:
        raise VerifyError("The audio decoder gave no readable answer") from exc
    if not isinstance(result, dict):
        raise VerifyError("The audio decoder gave no readable answer")
    return _checked(result, audio)


def run_decoder(
    args: Sequence[str],
    *,
    timeout: float,
    what: str,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Run a hidden ``opnamestudio`` command in an isolated child; its JSON answer.

    For the importer and the deriver, which also read untrusted audio: the same isolation as
    the verifier's own child (isolated mode, neutral folder, memory limit, time limit). The
    child writes ``progress DONE TOTAL`` lines while it works and its answer as the last line.
    Raises VerifyError when it crashes, stalls or answers nothing readable.
    """
    import subprocess  # noqa: PLC0415 (see _analyze)
    import tempfile  # noqa: PLC0415

    with (
        tempfile.TemporaryFile() as errors,
        subprocess.Popen(
            [*_self_command(), *args],
            stdout=subprocess.PIPE,
            stderr=errors,
            stdin=subprocess.DEVNULL,
            cwd=tempfile.gettempdir(),
            env=_child_env(),
            # The memory limit must be set in the child before it runs anything.
            preexec_fn=_limit_memory if os.name == "posix" else None,  # noqa: PLW1509
        ) as child,
    ):
        expired = threading.Event()

        def stop() -> None:
            expired.set()
            child.kill()

        watchdog = threading.Timer(timeout, stop)
        watchdog.daemon = True
        watchdog.start()
        answer = b""
        try:
            for line in child.stdout or ():
                if line.startswith(b"progress "):
                    parts = line.split()
                    if progress is not None and len(parts) == 3:
                        progress(int(parts[1]), int(parts[2]))
                elif line.strip():
                    answer = line
            child.wait()
        finally:
            watchdog.cancel()
            if child.poll() is None:
                child.kill()
                child.wait()
        if expired.is_set():
            raise VerifyError(
                f"Reading the audio of {what} took longer than {timeout:.0f} s",
                hint="The file may be damaged or made to stall a decoder",
            )
        if child.returncode != 0:
            errors.seek(0)
            reason = errors.read().decode("utf-8", "replace").strip().splitlines()
            last = reason[-1] if reason else f"exit status {child.returncode}"
            raise VerifyError(
                f"The audio decoder stopped on {what}: {last[:200]}",
                hint="The file may be damaged; convert it to WAV or FLAC and try again",
            )
    try:
        result = json.loads(answer)
    except ValueError as exc:
        raise VerifyError("The audio decoder gave no readable answer") from exc
    if not isinstance(result, dict):
        raise VerifyError("The audio decoder gave no readable answer")
    return result


def _checked(result: dict[str, Any], audio: Path) -> dict[str, Any]:
    if result.get("too_long"):
        raise VerifyError(
            f"{audio.name} decodes to far more audio than the sealed recording",
            hint="It cannot be a copy of this recording (or it is made to exhaust memory)",
        )
    return result


def analyze_copy(audio: Path, seal: Seal, max_frames: int) -> dict[str, Any]:
    """Decode and compare in this process (the child's work; see core.analyze)."""
    from opnamestudio.core.analyze import analyze_copy as _analyze_copy  # noqa: PLC0415

    return _analyze_copy(audio, seal, max_frames)


def run_child(argv: Sequence[str]) -> int:
    """Entry point of the hidden ``_analyze`` command: prints the analysis as JSON."""
    audio, seal_path, max_frames = Path(argv[0]), Path(argv[1]), int(argv[2])
    seal = Seal.from_file(seal_path)
    result = analyze_copy(audio, seal, max_frames)
    sys.stdout.write(json.dumps(result))
    return 0
