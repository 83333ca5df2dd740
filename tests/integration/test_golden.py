"""Golden sealed files (tests/data/golden) verify the same way forever: the seal format is stable.

Made once by tests/data/make_golden.py with a key that was thrown away; only golden.pub remains.
If one of these tests fails, the change broke every seal ever handed out: revert it, or make a
new format version that still reads opnamestudio-zegel/1.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from opnamestudio.core.verify import VerifyResult, verify

GOLDEN = Path(__file__).parents[1] / "data" / "golden"
SEAL = GOLDEN / "gesprek.zegel.json"
PUB = GOLDEN / "golden.pub"
RATE = 48000


def _verify(name: str, seal: Path = SEAL, trust: bool = True) -> VerifyResult:
    return verify(GOLDEN / name, seal, [PUB] if trust else [], use_trust_store=False)


def test_golden_original_is_intact_and_trusted() -> None:
    result = _verify("gesprek.flac")
    assert (result.content, result.signer, result.exit_code) == ("intact", "trusted", 0)


def test_golden_original_under_an_unknown_key() -> None:
    result = _verify("gesprek.flac", trust=False)
    assert (result.content, result.signer) == ("intact", "unknown-key")


def test_golden_wav_copy_is_intact_audio() -> None:
    result = _verify("gesprek-kopie.wav")
    assert (result.content, result.exit_code) == ("intact-audio", 0)


def test_golden_cut_copy_is_modified_at_the_cut() -> None:
    result = _verify("gesprek-geknipt.flac")
    assert result.content == "modified"
    (cut,) = result.ranges
    assert cut.kind == "removed"
    assert abs(cut.orig_start - RATE) <= RATE and abs(cut.orig_end - 1.8 * RATE) <= RATE


def test_golden_one_sample_change_is_located() -> None:
    result = _verify("gesprek-een-sample.wav")
    assert result.content == "modified"
    (change,) = result.ranges
    assert change.kind == "replaced"
    assert change.orig_start <= 2.5 * RATE < change.orig_end
    assert change.orig_end - change.orig_start <= RATE


def test_golden_tampered_seal_is_seal_invalid() -> None:
    result = verify(
        GOLDEN / "gesprek.flac", GOLDEN / "vervalst.zegel.json", [PUB], use_trust_store=False
    )
    assert (result.content, result.signer, result.exit_code) == ("seal-invalid", "invalid", 1)


def test_golden_cli_exit_codes(tmp_path: Path) -> None:
    def run(*args: str) -> int:
        return subprocess.run(
            [sys.executable, "-m", "opnamestudio", "verify", *args, "--trust", str(PUB)],
            capture_output=True,
            check=False,
        ).returncode

    assert run(str(GOLDEN / "gesprek.flac")) == 0
    assert run(str(GOLDEN / "gesprek-geknipt.flac"), "--seal", str(SEAL)) == 1
    assert run(str(tmp_path / "missing.flac"), "--seal", str(SEAL)) == 2


def test_golden_seal_verifies_with_the_stock_minisign_tool() -> None:
    result = subprocess.run(
        ["minisign", "-Vm", str(SEAL), "-p", str(PUB), "-x", str(GOLDEN / "gesprek.zegel.minisig")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Signature and comment signature verified" in result.stdout + result.stderr
