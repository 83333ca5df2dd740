"""The client's copy, in temporary folders: identical bytes, LEESMIJ.txt, names, log and errors.

Real faults of real media (a pulled stick, a full FAT32 stick, eviction from the page cache) are in
tests/integration/test_export_media.py; here the faults that cannot be made cheaply are faked at
the one function that meets them (the writer, the reader, the free-space query).
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from opnamestudio.core import audit, export, winio
from opnamestudio.core.errors import (
    ExportFullError,
    ExportMediaError,
    ExportMismatchError,
    ExportNoSealError,
    ExportNotWritableError,
    ExportSourceChangedError,
    ExportTooLargeError,
)
from opnamestudio.core.export import WORKING_MARK, Drive, export_copy
from opnamestudio.core.keys import format_key_id
from opnamestudio.core.naming import is_portable_name
from opnamestudio.core.recording import Recorder, RecordingSettings
from opnamestudio.core.seal import Seal, seal_paths_for
from opnamestudio.core.synth import BlockSource, speech_like_blocks
from opnamestudio.core.winio import FILE_FLAG_NO_BUFFERING, FILE_FLAG_SEQUENTIAL_SCAN
from tests.support.fakekernel32 import FakeKernel32

NAME = "Gesprek met mevrouw Öztürk (2)"
PORTABLE = "Gesprek met mevrouw Ozturk (2)"


@pytest.fixture(scope="module")
def sealed_original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One sealed recording made through the real engine, shared read-only by the module."""
    folder = tmp_path_factory.mktemp("archive")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OPNAMESTUDIO_HOME", str(folder / "home"))
        source = BlockSource(speech_like_blocks(8.0, blocksize=4800))
        recorder = Recorder(RecordingSettings(output=folder / f"{NAME}.flac"), source=source)
        recorder.start()
        assert source.done.wait(60)
        info = recorder.stop()
    assert info.seal is not None
    return info.path


@pytest.fixture
def recording(sealed_original: Path, tmp_path: Path) -> Path:
    """A private copy of the sealed recording (some tests change it)."""
    folder = tmp_path / "archive"
    folder.mkdir()
    files = seal_paths_for(sealed_original)
    for path in (sealed_original, files.manifest, files.signature):
        shutil.copy2(path, folder / path.name)
    return folder / sealed_original.name


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    path = tmp_path / "stick"
    path.mkdir()
    return path


def _seal(recording: Path) -> Seal:
    return Seal.from_file(seal_paths_for(recording).manifest)


def _entries() -> list[dict[str, object]]:
    return [json.loads(line) for line in audit.log_path().read_bytes().splitlines()]


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


# ----------------------------------------------------------------------------- a good copy


def test_the_copy_is_byte_identical_and_complete(recording: Path, dest: Path) -> None:
    seal = _seal(recording)
    key = seal.public_key
    result = export_copy(recording, dest, extra_files={"afspraken.pdf": b"%PDF-1.4 afspraken"})
    folder = dest / PORTABLE
    assert result.folder == folder
    assert os.listdir(dest) == [PORTABLE]  # no working folder, nothing else
    key_name = f"sleutel-{key.key_id[:8].upper()}.pub"
    assert sorted(p.name for p in result.files) == sorted(
        [
            f"{PORTABLE}.flac",
            f"{PORTABLE}.zegel.json",
            f"{PORTABLE}.zegel.minisig",
            key_name,
            "afspraken.pdf",
            "LEESMIJ.txt",
        ]
    )
    assert sorted(os.listdir(folder)) == sorted(p.name for p in result.files)
    assert (folder / f"{PORTABLE}.flac").read_bytes() == recording.read_bytes()
    assert (folder / f"{PORTABLE}.zegel.json").read_bytes() == seal.raw
    sig = seal_paths_for(recording).signature.read_bytes()
    assert (folder / f"{PORTABLE}.zegel.minisig").read_bytes() == sig
    assert (folder / key_name).read_text() == key.to_minisign()
    assert (folder / "afspraken.pdf").read_bytes() == b"%PDF-1.4 afspraken"
    assert result.bytes == sum(p.stat().st_size for p in result.files)
    assert result.seconds > 0


def test_progress_counts_every_byte_written_and_read_back(recording: Path, dest: Path) -> None:
    calls: list[tuple[int, int]] = []
    result = export_copy(recording, dest, progress=lambda done, total: calls.append((done, total)))
    totals = {total for _, total in calls}
    assert totals == {2 * result.bytes}
    dones = [done for done, _ in calls]
    assert dones == sorted(dones) and dones[-1] == 2 * result.bytes


def test_readme_in_plain_dutch_with_the_values_to_compare(recording: Path, dest: Path) -> None:
    seal = _seal(recording)
    sha = seal.audio["sha256"]
    key = seal.public_key
    result = export_copy(recording, dest, organisation="Gemeente 's-Hertogenbosch")
    raw = (result.folder / "LEESMIJ.txt").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Windows Notepad shows ë right
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    text = raw.decode("utf-8-sig").replace("\r\n", "\n")
    audio = f"{PORTABLE}.flac"
    assert f'certutil -hashfile "{audio}" SHA256' in text
    assert f'shasum -a 256 "{audio}"' in text
    assert f'sha256sum "{audio}"' in text
    key_name = f"sleutel-{key.key_id[:8].upper()}.pub"
    assert (
        f'minisign -Vm "{PORTABLE}.zegel.json" -p "{key_name}" -x "{PORTABLE}.zegel.minisig"'
    ) in text
    assert sha in text
    assert format_key_id(sha) in text  # the vingerafdruk as on the paper receipt
    assert format_key_id(key.key_id) in text and key.key_id in text
    assert key.key_id[:16].upper() in text  # what the .pub file's first line shows
    assert "Gemeente 's-Hertogenbosch" in text
    assert "bon" in text and "website" in text
    assert "afspraken" in text.lower()
    assert "toestemming" not in text.lower()
    # The conversation's agreements (here, with no session record: the built-in ones), the
    # exceptions for a complaints committee and a court too, as in the agreement PDF.
    flat = " ".join(text.split())
    for agreement in ("terug te luisteren, bijvoorbeeld thuis", "niet aan anderen", "We knippen"):
        assert agreement in flat
    assert "Een klachtencommissie of een ombudsman telt niet als 'anderen'." in flat
    assert "Een rechter telt niet als 'anderen'." in flat
    assert "advocaat" not in flat  # an agreement that is off is not on the client's copy
    assert "$" not in text  # every placeholder filled
    assert max(len(line) for line in text.splitlines() if "minisign -Vm" not in line) <= 90


def test_readme_without_an_organisation_name(recording: Path, dest: Path) -> None:
    result = export_copy(recording, dest)
    text = (result.folder / "LEESMIJ.txt").read_text("utf-8-sig")
    assert "de organisatie" in text


def test_names_are_portable_and_a_taken_name_gets_a_number(recording: Path, dest: Path) -> None:
    leftover = dest / f"{PORTABLE}-2 {WORKING_MARK}"  # remains of an attempt on a pulled stick
    leftover.mkdir()
    first = export_copy(recording, dest, extra_files={"Afspraken: één/twee?.pdf": b"pdf"})
    second = export_copy(recording, dest)
    assert first.folder.name == PORTABLE
    assert second.folder.name == f"{PORTABLE}-3"
    assert leftover.is_dir()  # never touched: it was not this attempt's
    assert "Afspraken- een-twee.pdf" in os.listdir(first.folder)
    for path in dest.rglob("*"):
        assert is_portable_name(path.name), path.name


def test_an_extra_file_may_not_take_a_name_of_the_copy(recording: Path, dest: Path) -> None:
    with pytest.raises(ValueError, match="same name"):
        export_copy(recording, dest, extra_files={"leesmij.TXT": b"x"})
    assert os.listdir(dest) == []


def test_every_export_is_in_the_audit_log(recording: Path, dest: Path) -> None:
    seal = _seal(recording)
    result = export_copy(recording, dest)
    started, done = _entries()
    assert started["event"] == "export-started" and done["event"] == "export"
    for entry in (started, done):
        details = entry["details"]
        assert isinstance(details, dict)
        assert entry["recording_id"] == seal.data["recording_id"]
        assert details["destination"] == str(dest)
        assert details["audio_sha256"] == seal.audio["sha256"]
        assert details["attempt"] == _entries()[0]["details"]["attempt"]  # type: ignore[index]
    assert done["details"]["folder"] == str(result.folder)  # type: ignore[index]
    audit.verify_chain()
    # The copy carries the log's chain head at its start: an anchor outside this computer.
    anchor = hashlib.sha256(audit.log_path().read_bytes().splitlines(keepends=True)[0]).hexdigest()
    readme = (result.folder / "LEESMIJ.txt").read_text("utf-8-sig")
    assert f"kenmerk van deze kopie in dat logboek:\n      {anchor}\n" in readme
    assert "\nDe organisatie schrijft in een logboek" in readme  # a sentence starts upper case
    assert audit.find_line(anchor) == 1


# ---------------------------------------------------------------------- refused before writing


def _assert_failure_logged(code: str) -> None:
    last = _entries()[-1]
    assert last["event"] == "export-failed"
    assert last["details"]["error"] == code  # type: ignore[index]
    audit.verify_chain()


def test_a_recording_without_a_seal(recording: Path, dest: Path) -> None:
    seal_paths_for(recording).manifest.unlink()
    with pytest.raises(ExportNoSealError, match="no seal"):
        export_copy(recording, dest)
    assert os.listdir(dest) == []
    _assert_failure_logged("export-no-seal")
    details = _entries()[-1]["details"]
    assert details["destination"] == str(dest)  # type: ignore[index]
    assert details["audio_sha256"] == hashlib.sha256(recording.read_bytes()).hexdigest()  # type: ignore[index]


def test_a_seal_whose_signature_does_not_match(recording: Path, dest: Path) -> None:
    manifest = seal_paths_for(recording).manifest
    manifest.write_bytes(
        manifest.read_bytes().replace(b'"kind": "recording"', b'"kind":"recording"')
    )
    with pytest.raises(ExportNoSealError, match="not valid"):
        export_copy(recording, dest)
    assert os.listdir(dest) == []


def test_audio_of_another_size_than_sealed(recording: Path, dest: Path) -> None:
    with open(recording, "ab") as fh:
        fh.write(b"\0")
    with pytest.raises(ExportSourceChangedError, match="changed after sealing"):
        export_copy(recording, dest)
    assert os.listdir(dest) == []
    _assert_failure_logged("export-source-changed")


def test_audio_changed_after_sealing_is_never_handed_out(recording: Path, dest: Path) -> None:
    data = bytearray(recording.read_bytes())
    data[len(data) // 2] ^= 0xFF
    recording.write_bytes(bytes(data))
    with pytest.raises(ExportSourceChangedError, match="not the sealed one"):
        export_copy(recording, dest)
    assert os.listdir(dest) == []


def test_a_destination_that_is_not_a_folder(recording: Path, tmp_path: Path) -> None:
    with pytest.raises(ExportNotWritableError, match="not a folder"):
        export_copy(recording, tmp_path / "no-stick")
    _assert_failure_logged("export-not-writable")


def test_a_destination_that_refuses_writing(
    recording: Path, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_mkdir = os.mkdir

    def refuse(path: object, *args: object, **kwargs: object) -> None:
        if str(path).startswith(str(dest)):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        real_mkdir(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "mkdir", refuse)
    with pytest.raises(ExportNotWritableError, match="Cannot write"):
        export_copy(recording, dest)


def test_a_full_stick_is_refused_before_anything_is_written(
    recording: Path, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export, "_free_space", lambda path: 100_000)
    with pytest.raises(ExportFullError, match="needs"):
        export_copy(recording, dest)
    assert os.listdir(dest) == []
    _assert_failure_logged("export-full")


def test_fat32_cannot_hold_a_file_of_4_gib(
    recording: Path, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export, "FAT_MAX_FILE_SIZE", recording.stat().st_size - 1)
    monkeypatch.setattr(export, "filesystem_type", lambda path: "vfat")
    with pytest.raises(ExportTooLargeError, match="4 GiB"):
        export_copy(recording, dest)
    assert os.listdir(dest) == []
    monkeypatch.setattr(export, "filesystem_type", lambda path: "exfat")
    export_copy(recording, dest)


# ----------------------------------------------------------------------------- faults while writing


def _fail_writes_after(monkeypatch: pytest.MonkeyPatch, nbytes: int, error: OSError) -> list[int]:
    written = [0]
    real = export._write_all

    def write(fd: int, data: bytes) -> None:
        if written[0] + len(data) > nbytes:
            raise error
        written[0] += len(data)
        real(fd, data)

    monkeypatch.setattr(export, "_write_all", write)
    return written


@pytest.mark.parametrize(
    ("error", "expected", "free"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), ExportFullError, 10**12),
        (OSError(errno.EPERM, "Operation not permitted"), ExportFullError, None),  # fusefat
        (OSError(errno.EPERM, "Operation not permitted"), ExportMediaError, 10**12),
        (OSError(errno.ENOTCONN, "Transport endpoint is not connected"), ExportMediaError, 10**12),
        (OSError(errno.EIO, "Input/output error"), ExportMediaError, 10**12),
        (OSError(errno.EFBIG, "File too large"), ExportTooLargeError, 10**12),
    ],
    ids=["enospc", "eperm-unknown-free", "eperm-room-left", "enotconn", "eio", "efbig"],
)
def test_a_fault_while_writing_gives_its_error_and_leaves_nothing(
    recording: Path,
    dest: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: OSError,
    expected: type[Exception],
    free: int | None,
) -> None:
    monkeypatch.setattr(export, "CHUNK", 64 * 1024)
    monkeypatch.setattr(export, "_free_space", lambda path: free)
    _fail_writes_after(monkeypatch, recording.stat().st_size // 2, error)
    with pytest.raises(expected):
        export_copy(recording, dest)
    assert os.listdir(dest) == []


def test_a_read_back_that_differs_is_a_mismatch(
    recording: Path, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = export._read_back

    def flaky_stick(path: Path, meter: export._Meter) -> tuple[str, int]:
        if path.name.endswith(".flac" + export.INCOMPLETE_SUFFIX):
            with open(path, "r+b") as fh:  # the stick garbles one byte it claims to have stored
                fh.seek(1000)
                byte = fh.read(1)
                fh.seek(1000)
                fh.write(bytes([byte[0] ^ 1]))
        return real(path, meter)

    monkeypatch.setattr(export, "_read_back", flaky_stick)
    with pytest.raises(ExportMismatchError, match="differs from the original"):
        export_copy(recording, dest)
    assert os.listdir(dest) == []
    _assert_failure_logged("export-mismatch")


def test_each_file_is_evicted_before_it_is_read_back(
    recording: Path, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps: list[str] = []
    real_evict, real_read = export._evict, export._read_back

    def evict(fd: int) -> None:
        steps.append(f"evict {Path(os.readlink(f'/proc/self/fd/{fd}')).name}")
        real_evict(fd)

    def read_back(path: Path, meter: export._Meter) -> tuple[str, int]:
        steps.append(f"read {path.name}")
        return real_read(path, meter)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to name a descriptor's file")
    monkeypatch.setattr(export, "_evict", evict)
    monkeypatch.setattr(export, "_read_back", read_back)
    result = export_copy(recording, dest)
    audio = f"{PORTABLE}.flac{export.INCOMPLETE_SUFFIX}"
    # Written, evicted, then read back (the reader evicts its descriptor too before reading).
    assert steps[:3] == [f"evict {audio}", f"read {audio}", f"evict {audio}"]
    assert len([s for s in steps if s.startswith("read")]) == len(result.files)


def test_a_fault_while_giving_the_final_names_leaves_nothing_complete(
    recording: Path, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_rename = os.rename

    def rename(src: object, dst: object) -> None:
        if str(dst).endswith(".flac"):  # the audio goes last: the stick is pulled right then
            raise OSError(errno.ENODEV, "No such device")
        real_rename(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises(ExportMediaError):
        export_copy(recording, dest)
    assert os.listdir(dest) == []


def test_an_interrupt_cleans_up_and_is_logged(recording: Path, dest: Path) -> None:
    def interrupt(done: int, total: int) -> None:
        if done > total // 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_copy(recording, dest, progress=interrupt)
    assert os.listdir(dest) == []
    _assert_failure_logged("KeyboardInterrupt")


# ----------------------------------------------------------------------------- Linux read-back

needs_o_direct = pytest.mark.skipif(
    not export._O_DIRECT, reason="O_DIRECT (Linux): this system reads back after the eviction only"
)


def _read_back_opens(monkeypatch: pytest.MonkeyPatch, refuse_direct: bool = False) -> list[int]:
    """The flags of every attempt to open a file of the copy for reading (the read-back)."""
    flags_seen: list[int] = []
    real_open = os.open

    def spy(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if str(path).endswith(export.INCOMPLETE_SUFFIX) and not flags & (os.O_WRONLY | os.O_RDWR):
            flags_seen.append(flags)
            if refuse_direct and flags & export._O_DIRECT:
                raise OSError(errno.EINVAL, "Invalid argument", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", spy)
    return flags_seen


@needs_o_direct
def test_on_linux_every_file_is_read_back_with_o_direct(
    recording: Path, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _read_back_opens(monkeypatch)
    result = export_copy(recording, dest)
    assert len(opened) == len(result.files)
    assert all(flags & export._O_DIRECT for flags in opened)


@needs_o_direct
def test_a_file_system_that_refuses_o_direct_is_read_back_after_the_eviction(
    recording: Path,
    dest: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    opened = _read_back_opens(monkeypatch, refuse_direct=True)
    evicted: list[str] = []
    real_evict = export._evict

    def evict(fd: int) -> None:
        evicted.append(Path(os.readlink(f"/proc/self/fd/{fd}")).name)
        real_evict(fd)

    monkeypatch.setattr(export, "_evict", evict)
    with caplog.at_level(logging.INFO, logger="opnamestudio.core.export"):
        result = export_copy(recording, dest)
    # Each file: refused with O_DIRECT, then opened without it; evicted after writing and again
    # by the reader.
    assert [bool(flags & export._O_DIRECT) for flags in opened] == [True, False] * len(result.files)
    assert len(evicted) == 2 * len(result.files)
    refused = [r for r in caplog.records if "refuses O_DIRECT" in r.getMessage()]
    assert len(refused) == len(result.files)
    assert (result.folder / f"{PORTABLE}.flac").read_bytes() == recording.read_bytes()


class _Reader:
    """A read-back reader whose ``readinto`` calls ``fault(n, fd)`` before the n-th read."""

    def __init__(self, raw: object, fault: object) -> None:
        self.raw = raw
        self.fault = fault
        self.reads = 0

    def __enter__(self) -> _Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.raw.__exit__(*exc)  # type: ignore[attr-defined]

    def readinto(self, buffer: object) -> int:
        self.reads += 1
        self.fault(self.reads, self.raw.fileno())  # type: ignore[attr-defined, operator]
        return int(self.raw.readinto(buffer))  # type: ignore[attr-defined]


def _fault_audio_reads(monkeypatch: pytest.MonkeyPatch, fault: object) -> None:
    """Wrap the read-back's reader of the audio (export opens it with ``open(fd, ...)``)."""
    monkeypatch.setattr(export, "READ_CHUNK", 16 * 1024)  # many reads, buffers reused

    def fake_open(file: object, *args: object, **kwargs: object) -> object:
        raw = open(file, *args, **kwargs)  # type: ignore[call-overload]  # noqa: SIM115
        if isinstance(file, int) and os.readlink(f"/proc/self/fd/{file}").endswith(
            ".flac" + export.INCOMPLETE_SUFFIX
        ):
            return _Reader(raw, fault)
        return raw

    monkeypatch.setattr(export, "open", fake_open, raising=False)


@needs_o_direct
def test_an_o_direct_read_refused_midway_reads_on_through_the_cache(
    recording: Path,
    dest: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    direct_reads: list[bool] = []

    def refuse_the_third(n: int, fd: int) -> None:
        import fcntl

        direct = bool(fcntl.fcntl(fd, fcntl.F_GETFL) & export._O_DIRECT)
        direct_reads.append(direct)
        if n == 3 and direct:
            raise OSError(errno.EINVAL, "Invalid argument")

    _fault_audio_reads(monkeypatch, refuse_the_third)
    calls: list[tuple[int, int]] = []
    result = export_copy(recording, dest, progress=lambda done, total: calls.append((done, total)))
    assert direct_reads[:3] == [True, True, True]
    assert not any(direct_reads[3:])  # read on through the cache, from where it was
    assert len(direct_reads) > 6
    assert [
        r.levelname for r in caplog.records if "O_DIRECT read was refused" in r.getMessage()
    ] == ["WARNING"]
    dones = [done for done, _ in calls]
    assert dones == sorted(dones) and dones[-1] == 2 * result.bytes  # no byte counted twice
    assert (result.folder / f"{PORTABLE}.flac").read_bytes() == recording.read_bytes()


def test_every_buffer_of_the_read_back_is_hashed_in_order(
    recording: Path, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small reads, so the buffers go round many times; two chunks near the end read back in
    each other's place must show (the hashing thread takes the buffers in the order read)."""
    monkeypatch.setattr(export, "READ_CHUNK", 8 * 1024)
    size = recording.stat().st_size
    assert size > 10 * export.READ_CHUNK * export._READ_BUFFERS
    result = export_copy(recording, dest)
    assert (result.folder / f"{PORTABLE}.flac").read_bytes() == recording.read_bytes()
    shutil.rmtree(result.folder)

    real = export._read_back

    def swapped_stick(path: Path, meter: export._Meter) -> tuple[str, int]:
        if path.name.endswith(".flac" + export.INCOMPLETE_SUFFIX):
            with open(path, "r+b") as fh:  # two chunks near the end trade places
                chunk = export.READ_CHUNK
                at = (size // chunk - 3) * chunk
                fh.seek(at)
                a, b = fh.read(chunk), fh.read(chunk)
                assert a != b
                fh.seek(at)
                fh.write(b + a)
        return real(path, meter)

    monkeypatch.setattr(export, "_read_back", swapped_stick)
    with pytest.raises(ExportMismatchError, match="differs from the original"):
        export_copy(recording, dest)
    assert os.listdir(dest) == []


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name a descriptor")
def test_a_fault_in_the_read_back_is_a_media_error_and_stops_the_hashing_thread(
    recording: Path, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def pulled_out(n: int, fd: int) -> None:
        if n == 5:
            raise OSError(errno.EIO, "Input/output error")

    _fault_audio_reads(monkeypatch, pulled_out)
    with pytest.raises(ExportMediaError, match="went away or failed"):
        export_copy(recording, dest)
    assert os.listdir(dest) == []
    assert not [t for t in threading.enumerate() if t.name.startswith("export-sha256")]
    _assert_failure_logged("export-media-lost")


# ----------------------------------------------------------------------------- Windows read-back


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> FakeKernel32:
    """The export as on Windows, with kernel32 faked (tests/support/fakekernel32.py)."""
    api = FakeKernel32(sector=4096)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(export, "filesystem_type", lambda path: None)  # GetVolumeInformationW
    monkeypatch.setattr(winio, "_windows_api", lambda: api)
    monkeypatch.setattr(winio, "SHARING_RETRY_SECONDS", 0.0)
    return api


def test_on_windows_every_file_is_read_back_unbuffered(
    recording: Path, dest: Path, windows: FakeKernel32
) -> None:
    seen: list[tuple[int, int]] = []
    result = export_copy(recording, dest, progress=lambda done, total: seen.append((done, total)))
    assert [Path(p).name for p, *_ in windows.opened] == [
        p.name + export.INCOMPLETE_SUFFIX for p in [*result.files[-1:], *result.files[:-1]]
    ]
    flags = FILE_FLAG_NO_BUFFERING | FILE_FLAG_SEQUENTIAL_SCAN
    assert {opened[4] for opened in windows.opened} == {flags}
    assert all(r.got is not None and r.offset % 4096 == 0 for r in windows.reads)
    assert windows.open_handles == 0
    assert seen[-1] == (2 * result.bytes, 2 * result.bytes)
    assert (dest / PORTABLE / f"{PORTABLE}.flac").read_bytes() == recording.read_bytes()


@pytest.mark.parametrize(
    ("open_errors", "read_errors"),
    [
        ([], {1: winio.ERROR_DEVICE_NOT_CONNECTED}),
        ([], {0: winio.ERROR_NOT_READY}),
        ([], {1: winio.ERROR_CRC}),
        ([], {1: winio.ERROR_FILE_INVALID}),
        ([], {2: 31337}),
        ([winio.ERROR_FILE_NOT_FOUND], {}),
        ([winio.ERROR_NO_MEDIA_IN_DRIVE], {}),
        ([winio.ERROR_ACCESS_DENIED], {}),
        ([winio.ERROR_SHARING_VIOLATION] * winio.SHARING_RETRIES, {}),
    ],
)
def test_on_windows_a_fault_in_the_read_back_is_a_media_error(
    recording: Path,
    dest: Path,
    windows: FakeKernel32,
    monkeypatch: pytest.MonkeyPatch,
    open_errors: list[int],
    read_errors: dict[int, int],
) -> None:
    monkeypatch.setattr(winio, "READ_SIZE", 64 * 1024)  # several reads of the audio
    windows.open_errors = list(open_errors)
    windows.read_errors = read_errors
    with pytest.raises(ExportMediaError):
        export_copy(recording, dest)
    assert os.listdir(dest) == []
    assert windows.open_handles == 0
    _assert_failure_logged("export-media-lost")


def test_on_windows_a_file_system_without_unbuffered_reads_is_read_back_plainly(
    recording: Path, dest: Path, windows: FakeKernel32, caplog: pytest.LogCaptureFixture
) -> None:
    windows.open_errors = [winio.ERROR_INVALID_PARAMETER] * 100
    result = export_copy(recording, dest)
    refused = [r for r in caplog.records if "refuses unbuffered reads" in r.getMessage()]
    assert len(refused) == len(result.files)
    assert all(r.levelname == "WARNING" for r in refused)
    assert windows.reads == []


class _SpyKernel32:
    """The real kernel32, with the flags of every open and the size of every read kept."""

    def __init__(self, real: winio.Kernel32) -> None:
        self.real = real
        self.flags: dict[str, int] = {}
        self.reads: list[tuple[int, int]] = []

    def create_file(
        self, path: str, access: int, share: int, disposition: int, flags: int
    ) -> int | None:
        self.flags[Path(path).name] = flags
        return self.real.create_file(path, access, share, disposition, flags)

    def read_file(self, handle: int, address: int, size: int) -> int | None:
        self.reads.append((address, size))
        return self.real.read_file(handle, address, size)

    def close_handle(self, handle: int) -> bool:
        return self.real.close_handle(handle)

    def get_volume_path_name(self, path: str) -> str | None:
        return self.real.get_volume_path_name(path)

    def get_disk_free_space(self, root: str) -> int | None:
        return self.real.get_disk_free_space(root)

    def last_error(self) -> int:
        return self.real.last_error()

    def describe(self, code: int) -> str:
        return self.real.describe(code)


@pytest.mark.skipif(sys.platform != "win32", reason="the real kernel32 (Windows)")
def test_on_real_windows_the_copy_is_read_back_unbuffered(
    recording: Path, dest: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    spy = _SpyKernel32(winio._windows_api())
    monkeypatch.setattr(winio, "_windows_api", lambda: spy)
    with caplog.at_level(logging.DEBUG, logger="opnamestudio.core"):
        result = export_copy(recording, dest)
    assert set(spy.flags) == {p.name + export.INCOMPLETE_SUFFIX for p in result.files}
    assert set(spy.flags.values()) == {FILE_FLAG_NO_BUFFERING | FILE_FLAG_SEQUENTIAL_SCAN}
    assert all(address % 4096 == 0 and size % 4096 == 0 for address, size in spy.reads)
    messages = [r.getMessage() for r in caplog.records]
    assert not [m for m in messages if "refuses unbuffered reads" in m]
    unbuffered = [m for m in messages if "with FILE_FLAG_NO_BUFFERING" in m]
    assert len(unbuffered) == len(result.files)
    assert (dest / PORTABLE / f"{PORTABLE}.flac").read_bytes() == recording.read_bytes()


# ----------------------------------------------------------------------------- drives


MOUNTS = """\
sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
/dev/sdb1 {root}/jan/KINGSTON vfat rw,nosuid,nodev 0 0
/dev/sdc1 {root}/jan/MIJN\\040STICK exfat rw 0 0
tmpfs {root}/jan/ram tmpfs rw 0 0
/dev/sdd1 /srv/data ext4 rw 0 0
"""


def test_linux_drives_from_proc_mounts(tmp_path: Path) -> None:
    (tmp_path / "jan" / "KINGSTON").mkdir(parents=True)
    (tmp_path / "jan" / "MIJN STICK").mkdir()
    drives = export._linux_drives(MOUNTS.format(root=tmp_path), roots=(tmp_path,))
    assert [d.mount_point for d in drives] == [
        tmp_path / "jan" / "KINGSTON",
        tmp_path / "jan" / "MIJN STICK",
    ]
    assert [d.file_system for d in drives] == ["vfat", "exfat"]
    assert drives[1].label == "MIJN STICK"
    assert all(isinstance(d.free_bytes, int) and d.free_bytes > 0 for d in drives)


def test_list_removable_drives_runs_here() -> None:
    assert all(isinstance(d, Drive) for d in export.list_removable_drives())


def test_the_file_system_of_a_path_is_its_deepest_mount() -> None:
    mounts = [(Path("/"), "ext4"), (Path("/media/x"), "vfat"), (Path("/media"), "tmpfs")]
    assert export._mount_of(Path("/media/x/map"), mounts) == "vfat"
    assert export._mount_of(Path("/media/xy"), mounts) == "tmpfs"
    assert export._mount_of(Path("/home"), mounts) == "ext4"
    assert export.filesystem_type(Path("/proc")) == "proc"


# ----------------------------------------------------------------------------- the command line


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "opnamestudio", "export", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_cli_export_prints_progress_and_the_folder(recording: Path, dest: Path) -> None:
    result = _cli(str(recording), str(dest), "--organisation", "Stichting Jeugdzorg")
    assert result.returncode == 0, result.stderr
    folder = Path(result.stdout.strip())
    assert folder == dest / PORTABLE and folder.is_dir()
    assert "100%" in result.stderr and "left" in result.stderr
    assert "Stichting Jeugdzorg" in (folder / "LEESMIJ.txt").read_text("utf-8-sig")


def test_cli_export_takes_the_organisation_from_the_settings(recording: Path, dest: Path) -> None:
    from opnamestudio.core.orgsettings import OrgSettings, save_settings

    save_settings(OrgSettings(organisation="Gemeente Voorbeeldstad", set_up=True))
    result = _cli(str(recording), str(dest))
    assert result.returncode == 0, result.stderr
    folder = Path(result.stdout.strip())
    assert "Gemeente Voorbeeldstad" in (folder / "LEESMIJ.txt").read_text("utf-8-sig")
    assert "Not included: the agreement PDF" in result.stderr


def test_cli_export_failure_is_one_line_and_exit_2(recording: Path, tmp_path: Path) -> None:
    result = _cli(str(recording), str(tmp_path / "no-stick"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("opnamestudio: ")
    assert result.stdout == ""


@pytest.fixture(autouse=True)
def _no_stray_working_folders(tmp_path: Path) -> Iterator[None]:
    yield
    for path in tmp_path.rglob(f"*{WORKING_MARK}*"):
        assert path.name == f"{PORTABLE}-2 {WORKING_MARK}", f"left behind: {path}"
