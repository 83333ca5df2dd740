"""The audit log: append-only, hash-chained, safe with several writers, honest about its tail."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from opnamestudio.core import audit
from opnamestudio.core.errors import AuditError


def _lines() -> list[bytes]:
    return audit.log_path().read_bytes().splitlines(keepends=True)


def _write(lines: list[bytes]) -> None:
    audit.log_path().write_bytes(b"".join(lines))


def _rehash(line: bytes) -> bytes:
    """A line whose own hash was recomputed after a change (what a forger would do)."""
    body = line[: line.rfind(b',"hash":"')] + b"}"
    return body[:-1] + b',"hash":"' + hashlib.sha256(body).hexdigest().encode() + b'"}\n'


def test_entries_are_chained_and_the_head_is_the_last_lines_hash() -> None:
    assert audit.head() is None
    first = audit.append("export", "rec-1", destination="/media/STICK", bytes=12)
    second = audit.append("export-failed", None, error="export-full")
    lines = _lines()
    assert len(lines) == 2
    assert first == hashlib.sha256(lines[0]).hexdigest()
    assert second == audit.head() == hashlib.sha256(lines[1]).hexdigest()
    one, two = (json.loads(line) for line in lines)
    assert one["seq"] == 1 and one["prev"] is None
    assert two["seq"] == 2 and two["prev"] == first
    assert one["event"] == "export" and one["recording_id"] == "rec-1"
    assert one["details"] == {"destination": "/media/STICK", "bytes": 12}
    assert one["user"] and one["utc"].endswith("+00:00")
    assert set(one) == {"seq", "utc", "user", "event", "recording_id", "details", "prev", "hash"}
    audit.verify_chain()


def test_each_lines_hash_can_be_recomputed_without_json_serialisation() -> None:
    audit.append("export", "rec-1", path=Path("/x/ë"))
    line = _lines()[0]
    cut = line.rfind(b',"hash":"')
    assert json.loads(line)["hash"] == hashlib.sha256(line[:cut] + b"}").hexdigest()
    assert line.isascii()


def test_a_changed_line_is_found() -> None:
    for n in range(4):
        audit.append("export", f"rec-{n}")
    lines = _lines()
    lines[1] = lines[1].replace(b"rec-1", b"rec-9")
    _write(lines)
    with pytest.raises(AuditError, match=r"Line 2 .* was changed"):
        audit.verify_chain()
    lines[1] = _rehash(lines[1])  # the forger fixes the line's own hash: the next line objects
    _write(lines)
    with pytest.raises(AuditError, match="before line 3"):
        audit.verify_chain()


@pytest.mark.parametrize("removed", [0, 2])
def test_a_removed_line_is_found(removed: int) -> None:
    for n in range(4):
        audit.append("export", f"rec-{n}")
    lines = _lines()
    del lines[removed]
    _write(lines)
    with pytest.raises(AuditError, match="removed or altered"):
        audit.verify_chain()


def test_cutting_the_tail_is_found_by_the_signed_head() -> None:
    for n in range(3):
        audit.append("export", f"rec-{n}")
    report = audit.verify_chain()
    assert (report.entries, report.signed_seq, report.unsigned_after) == (3, 3, 0)
    _write(_lines()[:2])
    with pytest.raises(AuditError, match="cut off"):
        audit.verify_chain()


def test_rewriting_the_tail_is_found_by_the_signed_head() -> None:
    for n in range(3):
        audit.append("export", f"rec-{n}")
    lines = _lines()
    forged = _rehash(lines[2].replace(b"rec-2", b"rec-9"))
    _write([*lines[:2], forged])
    with pytest.raises(AuditError, match="rewritten"):
        audit.verify_chain()


def test_a_changed_or_missing_signed_head_is_found() -> None:
    audit.append("export", "rec-1")
    body, signature = audit.signed_head_paths()
    original = body.read_bytes()
    body.write_bytes(original.replace(b'"seq":1', b'"seq":2'))
    with pytest.raises(AuditError, match="does not hold"):
        audit.verify_chain()
    body.write_bytes(original)
    audit.verify_chain()
    signature.unlink()
    with pytest.raises(AuditError, match="signature"):
        audit.verify_chain()
    body.unlink()
    with pytest.raises(AuditError, match="no signed head"):
        audit.verify_chain()


def test_a_head_signed_by_an_untrusted_key_is_refused() -> None:
    from opnamestudio.core.keys import TrustStore

    audit.append("export", "rec-1")
    for pub in TrustStore().folder.glob("*.pub"):
        pub.unlink()
    with pytest.raises(AuditError, match="untrusted key"):
        audit.verify_chain()


def test_the_signed_head_checks_with_the_stock_minisign_tool() -> None:
    minisign = shutil.which("minisign")
    if minisign is None:
        pytest.skip("minisign is not installed (make test installs it)")
    from opnamestudio.core import paths

    audit.append("export", "rec-1")
    body, _ = audit.signed_head_paths()
    pub = paths.data_dir() / "keys" / "opnamestudio.pub"
    done = subprocess.run(
        [minisign, "-Vm", str(body), "-p", str(pub)], check=False, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_a_seal_anchor_is_found_as_its_line() -> None:
    heads = [audit.append("record", f"rec-{n}") for n in range(3)]
    assert [audit.find_line(h) for h in heads] == [1, 2, 3]
    assert audit.find_line("0" * 64) is None


def test_an_incomplete_last_line_is_removed_and_recorded_by_the_next_append() -> None:
    audit.append("export", "rec-1")
    with open(audit.log_path(), "ab") as fh:
        fh.write(b'{"details":{},"event":"exp')  # a crash in the middle of an append
    audit.verify_chain()
    audit.append("export", "rec-2")
    audit.verify_chain()
    entries = [json.loads(line) for line in _lines()]
    assert [e["event"] for e in entries] == ["export", "audit-repair", "export"]
    assert entries[1]["details"]["dropped_bytes"] == 26
    assert [e["seq"] for e in entries] == [1, 2, 3]


def test_threads_and_processes_append_without_breaking_the_chain() -> None:
    code = (
        "from opnamestudio.core import audit\n"
        "for i in range(25):\n"
        "    audit.append('export', 'child', n=i)\n"
    )
    children = [
        subprocess.Popen([sys.executable, "-c", code], cwd=Path(__file__).parents[3])
        for _ in range(2)
    ]
    threads = [
        threading.Thread(target=lambda: [audit.append("export", "thread") for _ in range(25)])
        for _ in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(child.wait(60) == 0 for child in children)
    audit.verify_chain()
    entries = [json.loads(line) for line in _lines()]
    assert [e["seq"] for e in entries] == list(range(1, 101))


def test_an_unwritable_log_is_an_audit_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setattr(audit, "log_path", lambda: blocker / "log.jsonl")
    with pytest.raises(AuditError, match="Cannot write the audit log"):
        audit.append("export", "rec-1")
