"""The core and the CLI never load Qt (STYLE.md): checked in a clean interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def test_core_and_cli_do_not_import_pyside6() -> None:
    code = (
        "import pkgutil, sys, importlib\n"
        "import opnamestudio.core as core, opnamestudio.cli\n"
        "for m in pkgutil.walk_packages(core.__path__, 'opnamestudio.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith('PySide6'))\n"
        "print(bad)\n"
        "raise SystemExit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_help_works_and_lists_the_commands() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "opnamestudio", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    for command in ("devices", "record", "recover", "demo"):
        assert command in result.stdout


def test_demo_runs_headless(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "opnamestudio", "demo", "--seconds", "3", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Recorded 3.0 s" in result.stdout


def test_keys_prints_a_fingerprint_and_manages_the_trust_store(tmp_path: Path) -> None:
    from opnamestudio.core.keys import SigningKey

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "opnamestudio", "keys", *args],
            capture_output=True,
            text=True,
            check=False,
        )

    own = cli()
    assert own.returncode == 0
    assert own.stdout.startswith("key id (publish this): ")
    pub = cli("--pub").stdout
    assert pub.startswith("untrusted comment: minisign public key ")
    other = SigningKey.generate().public
    path = tmp_path / "gemeente.pub"
    path.write_text(other.to_minisign())
    assert cli("--trust", str(path)).returncode == 0
    listed = cli("--trusted").stdout.splitlines()
    assert len(listed) == 2  # this installation's own key and the added one


def test_audit_verify_passes_an_intact_log_and_fails_a_cut_one() -> None:
    from opnamestudio.core import audit

    def cli() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "opnamestudio", "audit", "verify"],
            capture_output=True,
            text=True,
            check=False,
        )

    for n in range(2):
        audit.append("export", f"rec-{n}")
    intact = cli()
    assert intact.returncode == 0, intact.stderr
    assert "2 entries" in intact.stdout
    assert "signed head at entry 2" in intact.stdout
    first = audit.log_path().read_bytes().splitlines(keepends=True)[0]
    audit.log_path().write_bytes(first)
    cut = cli()
    assert cut.returncode == 1
    assert "cut off" in cut.stdout


def test_audit_verify_finds_a_log_rewritten_after_a_seal_was_made() -> None:
    """A forger with the signing key can rewrite the log and re-sign its head; the chain head
    in a seal made before (and perhaps handed out) still shows it."""
    from opnamestudio.core import audit, paths
    from opnamestudio.core.recording import Recorder, RecordingSettings
    from opnamestudio.core.seal import Seal
    from opnamestudio.core.synth import BlockSource, speech_like_blocks

    source = BlockSource(speech_like_blocks(1.0, seed=5))
    recorder = Recorder(RecordingSettings(output=paths.recordings_dir() / "gesprek.flac"), source)
    recorder.start()
    assert source.done.wait(30)
    info = recorder.stop()
    assert info.seal is not None
    anchor = Seal.from_file(info.seal).data["audit"]["chain_head"]
    [entry] = [json.loads(line) for line in audit.log_path().read_bytes().splitlines()]
    assert entry["event"] == "create" and entry["recording_id"] == info.recording_id
    assert audit.find_line(anchor) == 1

    def cli() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "opnamestudio", "audit", "verify"],
            capture_output=True,
            text=True,
            check=False,
        )

    intact = cli()
    assert intact.returncode == 0, intact.stdout + intact.stderr
    assert "the anchors of 1 seals are all in the log" in intact.stdout
    # The whole log rewritten without the recording's entry, and its head signed again.
    audit.log_path().unlink()
    for path in audit.signed_head_paths():
        path.unlink()
    audit.append("export", "rec-other")
    rewritten = cli()
    assert rewritten.returncode == 1
    assert "gesprek.zegel.json was sealed at entry" in rewritten.stdout
