"""Export with read-back against a plain copy, on a FAT32 stick and on ext4 (DESIGN §10).

    python bench/bench_export.py [--seconds 520] [--rounds 3]   (needs root: it mounts)

Goal: ``export_copy`` (write, fsync, evict, read back, compare, rename) takes at most 1.2 x the
time of ``cp`` + ``sync`` + evict + ``openssl dgst -sha256`` of the copy, measured in the same run
on the same file system. The ratio against bare ``cp`` + ``sync`` is printed too: it is what the
read-back costs on top of a plain copy.

Design: a sealed WAV of ``--seconds`` of generated voice (520 s is about 50 MB) is made through the
real engine. Two destinations: a 300 MB FAT32 image mounted by fusefat (the tests' USB stick) and a
300 MB ext4 loop mount (a kernel file system with a page cache, where the eviction matters). The
source is read once before timing, so both contenders read it from the cache. Per round the
baseline and the export run alternately, each into a fresh folder that is deleted afterwards;
the median of the per-round ratios is the result.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

GOAL = 1.2


def _on_sigterm(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _death_signal_prefix() -> list[str]:
    """``setpriv --pdeathsig KILL``: the fusefat child dies with us, even if we are killed."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "KILL", "--"] if setpriv else []


def _image(path: Path, size_mb: int) -> None:
    with open(path, "wb") as fh:
        fh.truncate(size_mb * 1024 * 1024)


@contextlib.contextmanager
def _fat32(folder: Path) -> Iterator[Path]:
    image, mount_point = folder / "fat.img", folder / "fat"
    mount_point.mkdir()
    _image(image, 300)
    subprocess.run(["mkfs.vfat", "-F", "32", str(image)], check=True, capture_output=True)
    proc = subprocess.Popen(
        [*_death_signal_prefix(), "fusefat", "-f", "-o", "rw+", str(image), str(mount_point)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not os.path.ismount(mount_point):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("fusefat did not mount")
            time.sleep(0.01)
        yield mount_point
    finally:
        subprocess.run(["fusermount", "-u", "-z", str(mount_point)], check=False)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(10)
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


@contextlib.contextmanager
def _ext4(folder: Path) -> Iterator[Path]:
    image, mount_point = folder / "ext4.img", folder / "ext4"
    mount_point.mkdir()
    _image(image, 300)
    subprocess.run(["mkfs.ext4", "-q", str(image)], check=True)
    subprocess.run(["mount", "-o", "loop", str(image), str(mount_point)], check=True)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)


def _make_recording(folder: Path, seconds: float) -> Path:
    from opnamestudio.core.recording import Recorder, RecordingSettings
    from opnamestudio.core.synth import BlockSource, speech_like_blocks

    source = BlockSource(speech_like_blocks(seconds, blocksize=4800))
    recorder = Recorder(
        RecordingSettings(output=folder / "gesprek.wav", container="wav"), source=source
    )
    recorder.start()
    if not source.done.wait(600):
        raise RuntimeError("the generated voice did not finish")
    return recorder.stop().path


def _evict(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def _baseline(files: list[Path], target: Path, *, check: bool) -> float:
    """cp + sync (+ evict + openssl dgst -sha256 of the audio when ``check``)."""
    target.mkdir()
    start = time.perf_counter()
    subprocess.run(["cp", *map(str, files), str(target)], check=True)
    subprocess.run(["sync"], check=True)
    if check:
        copy = target / files[0].name
        _evict(copy)
        subprocess.run(["openssl", "dgst", "-sha256", str(copy)], check=True, capture_output=True)
    seconds = time.perf_counter() - start
    shutil.rmtree(target)
    return seconds


def _export(audio: Path, dest: Path) -> float:
    from opnamestudio.core.export import export_copy

    start = time.perf_counter()
    result = export_copy(audio, dest)
    seconds = time.perf_counter() - start
    shutil.rmtree(result.folder)
    return seconds


def _measure(name: str, audio: Path, dest: Path, rounds: int) -> float:
    from opnamestudio.core.seal import seal_paths_for

    seal = seal_paths_for(audio)
    files = [audio, seal.manifest, seal.signature]
    full, plain = [], []
    for i in range(rounds):
        base_check = _baseline(files, dest / f"base-{i}", check=True)
        base_plain = _baseline(files, dest / f"plain-{i}", check=False)
        exported = _export(audio, dest)
        full.append(exported / base_check)
        plain.append(exported / base_plain)
        print(
            f"  {name} round {i + 1}: export {exported:.2f} s, cp+sync+evict+openssl "
            f"{base_check:.2f} s, cp+sync {base_plain:.2f} s",
            flush=True,
        )
    ratio = statistics.median(full)
    print(
        f"{name}: export / (cp+sync+evict+openssl) = {ratio:.2f} (median), "
        f"export / (cp+sync) = {statistics.median(plain):.2f}",
        flush=True,
    )
    return ratio


def main() -> int:
    """Run the benchmark; exit status 0 when every ratio meets the goal."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=520.0, help="audio length (~50 MB)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if os.geteuid() != 0:
        print("needs root (it mounts a FAT32 image and an ext4 loop file system)")
        print("Result: FAIL")
        return 1
    signal.signal(signal.SIGTERM, _on_sigterm)
    print(f"Design: {args.seconds:.0f} s sealed WAV; {args.rounds} rounds; goal ratio <= {GOAL}")
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        folder = Path(tmp)
        os.environ["OPNAMESTUDIO_HOME"] = str(folder / "home")
        (folder / "archive").mkdir()
        audio = _make_recording(folder / "archive", args.seconds)
        size = audio.stat().st_size
        print(f"audio: {size / 1e6:.1f} MB", flush=True)
        audio.read_bytes()  # both contenders read the source from the cache
        ratios = []
        with _fat32(folder) as fat:
            ratios.append(_measure("FAT32 (fusefat)", audio, fat, args.rounds))
        with _ext4(folder) as ext4:
            ratios.append(_measure("ext4 (loop)", audio, ext4, args.rounds))
    passed = all(r <= GOAL for r in ratios)
    print(f"Result: {'PASS' if passed else 'FAIL'}")
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
