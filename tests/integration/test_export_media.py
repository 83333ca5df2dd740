"""The client's copy on real media: a FAT32 stick (fusefat), pulled out, full, read-only; eviction.

Everything here is real: the recording comes from the engine (Recorder + a generated voice), the
stick is a FAT32 file system made by mkfs.vfat and driven by fusefat, pulling it out is killing the
driver by its PID from inside the export's progress callback (deterministic: half the audio is
written), and the outside judges are sha256sum, minisign and fsck.vfat. The eviction from the page
cache is proved on an ext4 loop mount with fincore: on the FUSE mount the kernel drops a file's
pages whenever it is opened (no keep_cache), so fincore, which opens the file, always shows 0
there and proves nothing. Data changed in the image behind the file system between the fsync and
the read-back (through export_copy's ``on_synced`` hook) must be caught on both; on ext4 the
eviction and the O_DIRECT read each catch it alone, and a control run with neither shows that the
cache would have hidden it. A sparse 4 GiB file with a signed seal is refused on FAT32 before
anything is written.
"""

from __future__ import annotations

import base64
import errno
import json
import os
import re
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from opnamestudio.core import audit, export
from opnamestudio.core.errors import (
    ExportFullError,
    ExportMediaError,
    ExportMismatchError,
    ExportNotWritableError,
    ExportTooLargeError,
)
from opnamestudio.core.export import INCOMPLETE_SUFFIX, WORKING_MARK, export_copy
from opnamestudio.core.keys import SigningKey, trusted_comment_for
from opnamestudio.core.naming import is_portable_name
from opnamestudio.core.recording import Recorder, RecordingSettings
from opnamestudio.core.seal import seal_paths_for
from opnamestudio.core.synth import BlockSource, speech_like_blocks
from tests.support.fatfs import FatStick, require_fusefat
from tests.support.mounts import require_root, tmpfs

pytestmark = [
    pytest.mark.root,
    pytest.mark.skipif(
        os.geteuid() != 0, reason="needs root to mount FAT32 (fusefat) and loop file systems"
    ),
]

NAME = "Gesprek met mevrouw Öztürk (2)"
PORTABLE = "Gesprek met mevrouw Ozturk (2)"


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sealed 60 s WAV (5.8 MB) from the real engine: several 1 MiB chunks to interrupt."""
    folder = tmp_path_factory.mktemp("archive")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OPNAMESTUDIO_HOME", str(folder / "home"))
        source = BlockSource(speech_like_blocks(60.0, blocksize=4800))
        recorder = Recorder(
            RecordingSettings(output=folder / f"{NAME}.wav", container="wav"), source=source
        )
        recorder.start()
        assert source.done.wait(120)
        info = recorder.stop()
    assert info.seal is not None
    return info.path


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[FatStick]:
    require_fusefat()
    fat = FatStick(tmp_path / "usb", size_mb=64)
    fat.mount()
    try:
        yield fat
    finally:
        fat.unmount()


def _originals(recording: Path) -> dict[str, bytes]:
    files = seal_paths_for(recording)
    return {
        f"{PORTABLE}.wav": recording.read_bytes(),
        f"{PORTABLE}.zegel.json": files.manifest.read_bytes(),
        f"{PORTABLE}.zegel.minisig": files.signature.read_bytes(),
    }


def _complete_looking(root: Path) -> list[Path]:
    """Anything a client could take for a finished copy: the audio under its final name."""
    found = []
    for path in root.rglob("*"):
        if WORKING_MARK in str(path.relative_to(root)):
            continue  # inside a working folder: marked incomplete by its folder's name
        if path.is_file() and path.name.endswith((".wav", ".flac")):
            found.append(path)
    return found


def _last_event() -> dict[str, object]:
    lines = audit.log_path().read_bytes().splitlines()
    entry: dict[str, object] = json.loads(lines[-1])
    return entry


def test_copy_on_fat32_is_identical_and_checks_with_the_computers_own_tools(
    recording: Path, stick: FatStick
) -> None:
    result = export_copy(
        recording,
        stick.mount_point,
        organisation="Jeugdzorg Oost",
        extra_files={"afspraken.pdf": b"%PDF-1.4 de afspraken"},
    )
    folder = result.folder
    assert folder == stick.mount_point / PORTABLE
    originals = {**_originals(recording), "afspraken.pdf": b"%PDF-1.4 de afspraken"}
    for name, data in originals.items():
        assert (folder / name).read_bytes() == data, name
    assert sorted(p.name for p in stick.mount_point.iterdir()) == [PORTABLE]

    # LEESMIJ.txt's own Linux commands, run as written, in the folder (outside judges).
    text = (folder / "LEESMIJ.txt").read_text("utf-8-sig")
    sha = json.loads(originals[f"{PORTABLE}.zegel.json"])["audio"]["sha256"]
    sha_cmd = re.search(r"^\s*(sha256sum .+)$", text, re.MULTILINE)
    minisign_cmd = re.search(r"^\s*(minisign -Vm .+)$", text, re.MULTILINE)
    assert sha_cmd and minisign_cmd
    out = subprocess.run(
        shlex.split(sha_cmd.group(1)), cwd=folder, capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith(sha)
    if shutil.which("minisign"):
        checked = subprocess.run(
            shlex.split(minisign_cmd.group(1)),
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
        )
        assert checked.returncode == 0, checked.stderr
        assert "Signature and comment signature verified" in checked.stdout

    # Out and in again, the image read from disk rather than memory: still the same bytes.
    stick.unmount()
    assert stick.fsck().returncode == 0, stick.fsck().stdout
    stick.drop_image_cache()
    stick.mount()
    for name, data in originals.items():
        assert (folder / name).read_bytes() == data, name
    assert _last_event()["event"] == "export"


def test_a_stick_pulled_out_halfway_gives_its_error_and_nothing_complete_looking(
    recording: Path, stick: FatStick
) -> None:
    audio_size = recording.stat().st_size
    pulled_at: list[int] = []

    def pull_halfway(done: int, total: int) -> None:
        if not pulled_at and done >= audio_size // 2:
            pulled_at.append(done)
            stick.pull_out()

    with pytest.raises(ExportMediaError, match="went away or failed"):
        export_copy(recording, stick.mount_point, progress=pull_halfway)
    assert pulled_at and pulled_at[0] < audio_size  # pulled while the audio was being written
    failed = _last_event()
    assert failed["event"] == "export-failed"
    assert failed["details"]["error"] == "export-media-lost"  # type: ignore[index]

    stick.unmount()
    stick.mount()  # put back in
    remains = sorted(str(p.relative_to(stick.mount_point)) for p in stick.mount_point.rglob("*"))
    assert _complete_looking(stick.mount_point) == [], remains
    # What the pull left behind says what it is: a working folder, files marked incomplete.
    for path in stick.mount_point.rglob("*"):
        if path.is_file():
            assert path.name.endswith(INCOMPLETE_SUFFIX), remains
            assert WORKING_MARK in path.parent.name, remains
    # Back in, a new export succeeds beside the remains, under a name of its own.
    result = export_copy(recording, stick.mount_point)
    assert (result.folder / f"{PORTABLE}.wav").read_bytes() == recording.read_bytes()


def test_a_full_stick_gives_its_error_and_is_cleaned_up(recording: Path, stick: FatStick) -> None:
    # Fill the stick completely with 1 MiB files, then free about 2 MB: less than the audio.
    fillers = []
    try:
        while True:
            path = stick.mount_point / f"fill{len(fillers):03d}.bin"
            fillers.append(path)
            with open(path, "wb") as fh:
                fh.write(b"\xa5" * (1024 * 1024))
    except OSError as exc:
        # fusefat says EPERM when full (the kernel's vfat: ENOSPC).
        assert exc.errno in (errno.EPERM, errno.ENOSPC)
    for path in fillers[-3:]:
        path.unlink(missing_ok=True)
    before = sorted(os.listdir(stick.mount_point))

    with pytest.raises(ExportFullError, match="full"):
        export_copy(recording, stick.mount_point)
    assert sorted(os.listdir(stick.mount_point)) == before  # the attempt removed all it made
    assert _last_event()["details"]["error"] == "export-full"  # type: ignore[index]


def test_a_full_disk_is_refused_before_anything_is_written(recording: Path, tmp_path: Path) -> None:
    require_root()
    with tmpfs(tmp_path / "small", "4m") as small:
        with pytest.raises(ExportFullError, match="needs"):
            export_copy(recording, small)
        assert os.listdir(small) == []


def test_a_write_protected_stick(recording: Path, tmp_path: Path) -> None:
    require_fusefat()
    fat = FatStick(tmp_path / "usb", size_mb=40)
    fat.mount(read_only=True)
    try:
        with pytest.raises(ExportNotWritableError):
            export_copy(recording, fat.mount_point)
    finally:
        fat.unmount()


def test_names_fat_rejects_are_never_produced(recording: Path, stick: FatStick) -> None:
    # The driver refuses what the export must never make (fusefat: anything outside ASCII).
    for refused in ("één.txt", "a:b.txt", "a?b.txt"):
        with pytest.raises(OSError):
            (stick.mount_point / refused).write_bytes(b"x")
    result = export_copy(
        recording,
        stick.mount_point,
        extra_files={"Afspraken: één/twee?.pdf": b"pdf", "CON.txt": b"x"},
    )
    names = [p.name for p in stick.mount_point.rglob("*")]
    assert all(is_portable_name(name) for name in names), names
    assert result.folder.name == PORTABLE


def test_the_fat_stick_is_listed_as_a_drive(stick: FatStick) -> None:
    drives = export._linux_drives(roots=(stick.mount_point.parent,))
    assert [(d.mount_point, d.file_system) for d in drives] == [(stick.mount_point, "fuse.fusefat")]
    assert drives[0].free_bytes is None  # fusefat reports 0 of 0 blocks
    assert export.filesystem_type(stick.mount_point / "map") == "fuse.fusefat"


# ----------------------------------------------------------------------------- eviction


def _cached_pages(path: Path) -> int:
    out = subprocess.run(
        ["fincore", "--noheadings", "--output", "PAGES", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return int(out.strip())


@pytest.fixture
def ext4_loop(tmp_path: Path) -> Iterator[Path]:
    """A small ext4 file system on a loop device: a kernel file system with a page cache."""
    require_root()
    if not shutil.which("fincore") or not shutil.which("mkfs.ext4"):
        pytest.fail("missing fincore (util-linux) or mkfs.ext4 (e2fsprogs)")
    image, mount_point = tmp_path / "ext4.img", tmp_path / "ext4"
    mount_point.mkdir()
    with open(image, "wb") as fh:
        fh.truncate(64 * 1024 * 1024)
    subprocess.run(["mkfs.ext4", "-q", str(image)], check=True)
    subprocess.run(["mount", "-o", "loop", str(image), str(mount_point)], check=True)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)


def test_the_read_back_comes_from_the_device_not_the_cache(
    recording: Path, ext4_loop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, tuple[int, int]] = {}
    real_evict, real_read = export._evict, export._read_back

    def evict(fd: int) -> None:
        path = Path(os.readlink(f"/proc/self/fd/{fd}"))
        if path.name.endswith(f".wav{INCOMPLETE_SUFFIX}") and "write" not in seen:
            before = _cached_pages(path)  # written and fsynced: the pages are still cached
            real_evict(fd)
            seen["write"] = (before, _cached_pages(path))
            return
        real_evict(fd)

    def read_back(path: Path, meter: export._Meter) -> tuple[str, int]:
        if path.name.endswith(f".wav{INCOMPLETE_SUFFIX}"):
            seen["read"] = (_cached_pages(path), 0)  # at the start of the read-back
        return real_read(path, meter)

    monkeypatch.setattr(export, "_evict", evict)
    monkeypatch.setattr(export, "_read_back", read_back)
    result = export_copy(recording, ext4_loop)
    pages = -(-recording.stat().st_size // os.sysconf("SC_PAGE_SIZE"))
    before, after = seen["write"]
    assert before >= pages * 9 // 10, "the measurement must see cached pages when there are some"
    assert after == 0
    assert seen["read"][0] == 0  # the read-back starts with nothing of the file in the cache
    assert (result.folder / f"{PORTABLE}.wav").read_bytes() == recording.read_bytes()


# ----------------------------------------------------------------------------- FAT32's 4 GiB


def _sealed_sparse_file(recording: Path, folder: Path, size: int) -> Path:
    """A ``size``-byte sparse file with a well-formed, validly signed seal claiming that size.

    Only the export's checks before writing see it, and they need the seal's structure, its
    signature and the size, not the audio: hashing 4 GiB of zeros would only slow the test.
    """
    big = folder / "lang gesprek.wav"
    with open(big, "wb") as fh:
        fh.truncate(size)
    data = json.loads(seal_paths_for(recording).manifest.read_bytes())
    key = SigningKey.generate()
    data["audio"].update(name=big.name, size=size)
    data["signer"] = {
        "key_id": key.public.key_id,
        "public_key": base64.b64encode(key.public.raw).decode("ascii"),
    }
    manifest = json.dumps(data, indent=1).encode()
    files = seal_paths_for(big)
    files.manifest.write_bytes(manifest)
    signature = key.sign(manifest, trusted_comment=trusted_comment_for(files.manifest.name))
    files.signature.write_bytes(bytes(signature))
    return big


def test_a_file_of_4_gib_is_refused_on_fat32_before_anything_is_written(
    recording: Path, stick: FatStick, tmp_path: Path
) -> None:
    folder = tmp_path / "archief"
    folder.mkdir()
    big = _sealed_sparse_file(recording, folder, 2**32)  # one byte more than FAT32 holds
    assert os.stat(big).st_blocks == 0  # sparse: no disk used
    with pytest.raises(ExportTooLargeError, match="4 GiB") as caught:
        export_copy(big, stick.mount_point)
    assert "exFAT" in caught.value.hint  # and what to do instead
    assert os.listdir(stick.mount_point) == []
    assert _last_event()["details"]["error"] == "export-too-large"  # type: ignore[index]
    stick.unmount()
    assert stick.fsck().returncode == 0
    # The largest file FAT32 holds passes the size check (and then fails only for room).
    stick.mount()
    just_fits = _sealed_sparse_file(recording, tmp_path, 2**32 - 1)
    with pytest.raises(ExportFullError):
        export_copy(just_fits, stick.mount_point)
    assert os.listdir(stick.mount_point) == []


# ----------------------------------------------------------------------------- under the cache


def _corrupt_in_image(image: Path, needle: bytes) -> int:
    """Flip one byte of the only place ``needle`` lies in ``image``, on disk; its offset."""
    data = image.read_bytes()
    at = data.find(needle)
    assert at >= 0, "the written data must be in the image by now (it was fsynced)"
    assert data.find(needle, at + 1) < 0, "the needle must be unique"
    fd = os.open(image, os.O_RDWR)
    try:
        old = os.pread(fd, 1, at + 100)
        os.pwrite(fd, bytes([old[0] ^ 0xFF]), at + 100)
        os.fsync(fd)
    finally:
        os.close(fd)
    return at


def _needle(recording: Path) -> bytes:
    with open(recording, "rb") as fh:
        fh.seek(2 * 1024 * 1024)
        return fh.read(4096)


def test_data_changed_under_the_stick_after_the_fsync_is_caught_by_the_read_back(
    recording: Path, stick: FatStick
) -> None:
    needle = _needle(recording)
    seen: dict[str, int] = {}

    def corrupt(path: Path) -> None:
        if path.name.endswith(f".wav{INCOMPLETE_SUFFIX}"):
            seen["offset"] = _corrupt_in_image(stick.image, needle)
            seen["cached"] = _cached_pages(path)

    with pytest.raises(ExportMismatchError, match="differs from the original"):
        export_copy(recording, stick.mount_point, on_synced=corrupt)
    assert "offset" in seen
    assert seen["cached"] == 0  # nothing of the file in the page cache before the read-back
    assert _complete_looking(stick.mount_point) == []
    assert _last_event()["details"]["error"] == "export-mismatch"  # type: ignore[index]


def _loop_image(mount_point: Path) -> Path:
    with open("/proc/mounts", encoding="utf-8") as fh:
        device = next(line.split()[0] for line in fh if line.split()[1] == str(mount_point))
    backing = Path(f"/sys/block/{Path(device).name}/loop/backing_file").read_text().strip()
    return Path(backing)


@pytest.mark.parametrize(
    ("evicted", "direct"),
    [(True, True), (False, True), (True, False), (False, False)],
    ids=["evicted-o-direct", "o-direct-only", "evicted-only", "control-neither"],
)
def test_on_a_kernel_file_system_the_read_back_sees_the_device_not_the_cache(
    recording: Path, ext4_loop: Path, monkeypatch: pytest.MonkeyPatch, evicted: bool, direct: bool
) -> None:
    """ext4 on a loop device: the data is changed in the image behind the page cache.

    The product evicts the file's pages after the fsync and reads it back with O_DIRECT; either
    one alone lets the read-back go to the device and catch the change (the eviction alone is
    the path for a file system that refuses O_DIRECT; fincore shows no page of the file cached
    when the read-back starts). Without both (the control) the read-back is served from the
    cache, every page cached, and the change goes unnoticed: the test can tell them apart.
    """
    if not evicted:
        monkeypatch.setattr(export, "_evict", lambda fd: None)
    if not direct:
        monkeypatch.setattr(export, "_O_DIRECT", 0)
    image = _loop_image(ext4_loop)
    needle = _needle(recording)
    pages = -(-recording.stat().st_size // os.sysconf("SC_PAGE_SIZE"))
    seen: dict[str, int] = {}

    def corrupt(path: Path) -> None:
        if path.name.endswith(f".wav{INCOMPLETE_SUFFIX}"):
            seen["offset"] = _corrupt_in_image(image, needle)
            seen["cached"] = _cached_pages(path)

    if evicted or direct:
        with pytest.raises(ExportMismatchError, match="differs from the original"):
            export_copy(recording, ext4_loop, on_synced=corrupt)
        if evicted:
            assert seen["cached"] == 0
        else:
            assert seen["cached"] >= pages * 9 // 10  # cached, and still not what was read
        assert _complete_looking(ext4_loop) == []
    else:
        export_copy(recording, ext4_loop, on_synced=corrupt)
        assert seen["cached"] >= pages * 9 // 10
    assert "offset" in seen
