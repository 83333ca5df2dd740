"""``opnamestudio archive …`` end to end, in-process, on a machine without an OS keyring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from opnamestudio import cli
from opnamestudio.core import archivekeys
from opnamestudio.core.archive import Archive
from tests.support.archive import copy_recording, record_sealed


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("original")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OPNAMESTUDIO_HOME", str(folder / "home"))
        return record_sealed(folder, "gesprek", 2.0, seed=5)


@pytest.fixture(autouse=True)
def no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never the developer's real keyring; a fast scrypt work factor."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("OPNAMESTUDIO_ARCHIVE_PASSPHRASE", "een wachtwoord")
    monkeypatch.setattr(archivekeys, "DEFAULT_SCRYPT_LOG_N", 10)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["archive", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_whole_cycle(
    original: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    audio = copy_recording(original, tmp_path / "rec")
    assert _run(capsys, "init")[0] == 0
    code, _, err = _run(capsys, "add", str(audio))
    assert code == 2
    assert "No recovery key" in err
    assert audio.exists()

    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, _ = _run(capsys, "recovery-key", "--out", str(stick / "herstel.txt"))
    assert code == 0
    assert "age1" in out

    code, out, _ = _run(capsys, "add", str(audio), "--retention-end", "2030-01-31")
    assert code == 0
    assert not audio.exists()
    code, out, _ = _run(capsys, "list", "--json")
    (row,) = json.loads(out)
    rid = row["id"]
    assert (row["state"], row["retention_end"]) == ("archived", "2030-01-31")

    code, out, _ = _run(capsys, "show", rid)
    assert code == 0
    assert "until 2030-01-31" in out

    code, out, _ = _run(capsys, "verify")
    assert (code, out.split()[0]) == (0, "ok")
    code, out, _ = _run(capsys, "verify", rid, "--key", str(stick / "herstel.txt"))
    assert code == 0

    dest = tmp_path / "terug.flac"
    assert _run(capsys, "decrypt", rid, str(dest))[0] == 0
    assert dest.read_bytes() == original.read_bytes()

    assert "Nothing is past" in _run(capsys, "expire", "--today", "2030-01-31")[1]
    code, out, _ = _run(capsys, "expire", "--today", "2030-02-01")
    assert f"deleted: {rid}" in out
    code, out, _ = _run(capsys, "show", rid)
    assert "deleted:    2030-02-01 (retention); the seal is kept" in out


def test_a_wrong_passphrase_stops_verify_with_exit_2(
    original: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _run(capsys, "init")[0] == 0
    assert _run(capsys, "recovery-key", "--out", str(tmp_path / "herstel.txt"))[0] == 0
    assert _run(capsys, "add", str(copy_recording(original, tmp_path / "rec")))[0] == 0
    monkeypatch.setenv("OPNAMESTUDIO_ARCHIVE_PASSPHRASE", "fout")
    code, _, err = _run(capsys, "verify")
    assert code == 2
    assert "passphrase does not open" in err


def test_a_damaged_file_makes_verify_exit_1_and_names_it(
    original: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "init")
    _run(capsys, "recovery-key", "--out", str(tmp_path / "herstel.txt"))
    _run(capsys, "add", str(copy_recording(original, tmp_path / "rec")))
    archive = Archive(identities=[])
    (rec,) = archive.recordings()
    archive.close()
    cipher = archive.audio_dir / rec.audio_file
    data = bytearray(cipher.read_bytes())
    data[-5] ^= 1
    cipher.write_bytes(bytes(data))
    code, out, _ = _run(capsys, "verify")
    assert code == 1
    assert out.startswith(f"FAILED   {rec.recording_id}: Chunk ")


def test_a_damaged_index_is_rebuilt_from_the_files(
    original: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "init")
    _run(capsys, "recovery-key", "--out", str(tmp_path / "herstel.txt"))
    _run(
        capsys,
        "add",
        str(copy_recording(original, tmp_path / "rec")),
        "--retention-end",
        "2030-01-01",
    )
    before = json.loads(_run(capsys, "list", "--json")[1])
    _run(capsys, "expire", "--today", "2030-01-02")
    index = Archive(identities=[])
    index.close()
    for side in index.folder.glob("index.sqlite-*"):
        side.unlink()
    index.index_path.write_bytes(b"garbage" * 1000)
    code, _, err = _run(capsys, "list")
    assert code == 2
    assert "index" in err and "is damaged" in err and "rebuild-index" in err
    code, out, _ = _run(capsys, "rebuild-index")
    assert code == 0
    assert "1 recording(s)" in out
    (after,) = json.loads(_run(capsys, "list", "--json")[1])
    assert after["id"] == before[0]["id"]
    assert (after["state"], after["deleted_on"]) == ("deleted", "2030-01-02")
    assert after["retention_end"] == "2030-01-01"
