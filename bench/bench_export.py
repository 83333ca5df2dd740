"""Export with read-back against a plain copy, on a FAT32 stick and on ext4 (DESIGN §10).

    python bench/bench_export.py [--seconds 7200] [--rounds 5] [--workdir DIR] [--seed 0]
                                 [--target fat32|ext4 ...]
    (needs root: it mounts)

Goal: ``export_copy`` of a 2-hour recording (write, fsync, evict, read back from the device,
compare, rename) takes at most 1.2 x the time of ``cp`` + ``sync`` + evict +
``openssl dgst -sha256`` of the copy, on the same file and the same target, measured in one run.
The ratio against a bare ``cp`` + ``sync`` is printed too: what the read-back costs on top of a
plain copy. The ``sync`` is ``sync --file-system`` on the copy: the target's file system, as the
export's fsyncs, and not every file system of the machine (a plain ``sync`` would also write out
whatever other programs left dirty, and charge it to the baseline).

The recording: ``--seconds`` (default 7200: 2 hours) of ``opnamestudio.core.synth``'s generated
voice as 48 kHz mono 16-bit FLAC, the app's default container, recorded and sealed through the
real engine (``Recorder`` fed by a ``BlockSource`` in 1024-frame blocks, with the signing key and
audit log of a private ``OPNAMESTUDIO_HOME``): about 0.39 GB for 2 hours. The voice costs ~45 x
real time on one core to generate, so it is generated in 10-minute segments (seeds
seed * 1000 + k) by two worker processes; 2 hours take about 3 minutes to build. With
``--workdir`` the recording, its seal and that home are kept there and reused by later runs with
the same ``--seconds`` and ``--seed`` (delete the folder to free the space); without it
everything goes in a temporary folder that is removed at the end.

The targets: a FAT32 image mounted by fusefat (the tests' USB stick) and an ext4 image on a loop
device (a kernel file system with a page cache), one after the other, each sized from the files
to copy (1.25 x their size + 64 MiB) and allocated up front (``posix_fallocate``), so the host
file system allocates nothing while a contender is timed; each image is removed after use.

Keeping it honest:

- Same file, same target: both contenders copy the sealed recording into a fresh folder on the
  same mounted image (the baseline with its seal and signature; the export also writes the key
  and LEESMIJ.txt, a few kB); the folder is deleted afterwards.
- Uncached on both sides: the baseline evicts its copy with ``posix_fadvise(POSIX_FADV_DONTNEED)``,
  as ``export_copy`` does (which on Linux also reads back with ``O_DIRECT``). Both then drop the
  *image's* pages from the host's page cache (fsync + ``POSIX_FADV_DONTNEED`` on the image file)
  right before reading back; otherwise the read-back would be served from the host's cache of the
  image, through which the loop device and fusefat read it. The export does it in the
  ``on_synced`` hook, which ``export_copy`` calls after its fsync and eviction, right before its
  read-back of the audio. An untimed check with ``fincore`` shows how many pages are left cached
  after the drop.
- The same start for every timed run: the source is read once before timing, so all read it
  from the cache; right before each run the target is synced and the image's pages are dropped
  (untimed), so none inherits dirty or cached image pages from the run before it.
- Before timing on each image: one copy for the ``fincore`` check, then one untimed run of each
  contender (programs, Python modules and fusefat warm on both sides); then ``--rounds`` rounds in
  which the order of the baseline and the export alternates, the bare ``cp`` + ``sync`` last (for
  information only).
- The baseline's openssl digest must equal the seal's SHA-256 (the export checks its own).
- Printed per round: the times, and the part of each after the audio was synced (the baseline's
  evict + openssl; the export's read-back, small files, renames and audit entry, from its
  ``on_synced`` call). Result: per file system the median of the per-round ratios, beside the
  median times; ``Result: PASS`` when every ratio is <= 1.2.

Disk: the recording (~0.2 GB per hour), its journal while it is recorded (the PCM: 0.35 GB per
hour, removed at the stop) and one image at a time; the script checks the free space first and
says what it needs. Exit status 0 (PASS), 1 (FAIL), 2 (cannot run).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import functools
import json
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

GOAL = 1.2
RATE = 48000
#: The recorder's default block size.
BLOCK = 1024
#: The voice is generated in segments of this length, in parallel.
SEGMENT_SECONDS = 600
CACHE_VERSION = 1
#: FLAC of this voice is ~194 MB per hour; the disk check assumes a little more.
FLAC_BYTES_PER_HOUR = 220e6
MIB = 1024 * 1024


def _on_sigterm(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def clock(seconds: float) -> str:
    """h:mm:ss"""
    minutes, sec = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:d}:{minutes:02d}:{sec:02d}"


# ----------------------------------------------------------------------------- the recording


@dataclass
class Recording:
    """The sealed recording in the work folder."""

    audio: Path
    manifest: Path
    signature: Path
    sha256: str

    @property
    def files(self) -> list[Path]:
        return [self.audio, self.manifest, self.signature]

    @property
    def size(self) -> int:
        return sum(p.stat().st_size for p in self.files)


def _segment(frames: int, seed: int) -> np.ndarray:
    """One stretch of the generated voice as (frames, 1) int16 (runs in a worker process)."""
    from opnamestudio.core.synth import speech_like_blocks

    seconds = (frames + 0.5) / RATE  # speech_like_blocks takes int(seconds * rate) frames
    data = np.concatenate(list(speech_like_blocks(seconds, seed=seed, blocksize=BLOCK)))
    if len(data) != frames:
        raise RuntimeError(f"generated {len(data)} frames instead of {frames}")
    return data


def voice_blocks(total: int, seed: int) -> Iterator[np.ndarray]:
    """The whole voice in 1024-frame blocks, its segments generated ahead by worker processes."""
    step = SEGMENT_SECONDS * RATE
    plan = [
        (min(step, total - start), seed * 1000 + k) for k, start in enumerate(range(0, total, step))
    ]
    workers = max(1, min(2, os.cpu_count() or 1))
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: collections.deque[Future[np.ndarray]] = collections.deque()
    t0 = time.perf_counter()
    done = 0
    try:
        todo = iter(plan)
        for frames, segment_seed in todo:
            pending.append(pool.submit(_segment, frames, segment_seed))
            if len(pending) > workers:
                break
        while pending:
            data = pending.popleft().result()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append(pool.submit(_segment, *nxt))
            for i in range(0, len(data), BLOCK):
                yield data[i : i + BLOCK]
            done += len(data)
            print(
                f"  generated and fed {clock(done / RATE)} of {clock(total / RATE)} "
                f"({time.perf_counter() - t0:.0f} s)",
                flush=True,
            )
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def build_recording(folder: Path, total: int, seed: int) -> Recording:
    """Record and seal the voice through the real engine (Recorder + BlockSource)."""
    from opnamestudio.core.recording import Recorder, RecordingSettings
    from opnamestudio.core.synth import BlockSource

    source = BlockSource(voice_blocks(total, seed))
    # The source delivers as fast as the callback takes blocks, so the writer may still be
    # catching up after a segment arrives: the stall watchdog must not take that for a
    # microphone that stopped (a public setting; the default is 3 s).
    settings = RecordingSettings(output=folder / "gesprek.flac", stall_timeout=24 * 3600.0)
    recorder = Recorder(settings, source=source)
    recorder.start()
    if not source.done.wait(24 * 3600):
        raise RuntimeError("the generated voice did not finish")
    info = recorder.stop()
    if info.seal is None or info.frames != total:
        raise RuntimeError(f"the recorder did not seal all of it ({info.frames} of {total} frames)")
    return recording_at(info.path)


def recording_at(audio: Path) -> Recording:
    """The recording ``audio`` with its seal; RuntimeError when the seal does not match it."""
    from opnamestudio.core.seal import Seal, seal_paths_for

    files = seal_paths_for(audio)
    seal = Seal.from_file(files.manifest)
    if audio.stat().st_size != seal.audio["size"]:
        raise RuntimeError(f"{audio} is not the size its seal says")
    return Recording(audio, files.manifest, files.signature, str(seal.audio["sha256"]))


def cached_recording(work: Path, total: int, seed: int) -> Recording | None:
    """The recording of an earlier run with the same length and seed, if it is complete."""
    from opnamestudio.core.errors import OpnameError

    try:
        meta = json.loads((work / "bench_export.json").read_text())
    except (OSError, ValueError):
        return None
    wanted = {"version": CACHE_VERSION, "frames": total, "seed": seed}
    if any(meta.get(k) != v for k, v in wanted.items()) or not isinstance(meta.get("audio"), str):
        return None
    try:
        return recording_at(work / meta["audio"])
    except (OSError, RuntimeError, OpnameError) as exc:
        print(f"  (the cached recording is unusable, rebuilding it: {exc})")
        return None


# ----------------------------------------------------------------------------- the targets


def _death_signal_prefix() -> list[str]:
    """``setpriv --pdeathsig KILL``: the fusefat child dies with us, even if we are killed."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "KILL", "--"] if setpriv else []


def image_bytes(copy_bytes: int) -> int:
    """Room for one copy with margin (file system metadata, the export's small files)."""
    return math.ceil((copy_bytes * 1.25 + 64 * MIB) / MIB) * MIB


def _image(path: Path, size: int) -> None:
    """An image file with all its blocks allocated on the host file system."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.posix_fallocate(fd, 0, size)
    finally:
        os.close(fd)


@dataclass
class Target:
    """A mounted image."""

    name: str
    mount_point: Path
    image: Path


@contextlib.contextmanager
def fat32(folder: Path, size: int) -> Iterator[Target]:
    """A FAT32 image of ``size`` bytes mounted read-write by fusefat."""
    image, mount_point = folder / "fat.img", folder / "fat"
    mount_point.mkdir()
    _image(image, size)
    proc: subprocess.Popen[bytes] | None = None
    try:
        subprocess.run(["mkfs.vfat", "-F", "32", str(image)], check=True, capture_output=True)
        proc = subprocess.Popen(
            [*_death_signal_prefix(), "fusefat", "-f", "-o", "rw+", str(image), str(mount_point)],
            stdout=subprocess.DEVNULL,  # fusefat logs every cluster it touches
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not os.path.ismount(mount_point):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("fusefat did not mount")
            time.sleep(0.01)
        yield Target("FAT32 (fusefat)", mount_point, image)
    finally:
        if proc is not None:
            subprocess.run(["fusermount", "-u", "-z", str(mount_point)], check=False)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(10)
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
        image.unlink(missing_ok=True)


@contextlib.contextmanager
def ext4(folder: Path, size: int) -> Iterator[Target]:
    """An ext4 image of ``size`` bytes on a loop device."""
    image, mount_point = folder / "ext4.img", folder / "ext4"
    mount_point.mkdir()
    _image(image, size)
    mounted = False
    try:
        # nodiscard: mke2fs would punch the allocated blocks out of the image again.
        subprocess.run(["mkfs.ext4", "-q", "-E", "nodiscard", str(image)], check=True)
        subprocess.run(["mount", "-o", "loop", str(image), str(mount_point)], check=True)
        mounted = True
        yield Target("ext4 (loop)", mount_point, image)
    finally:
        if mounted:
            subprocess.run(["umount", str(mount_point)], check=False)
        image.unlink(missing_ok=True)


#: The file systems measured, in this order.
TARGETS: dict[str, Callable[[Path, int], contextlib.AbstractContextManager[Target]]] = {
    "fat32": fat32,
    "ext4": ext4,
}


# ----------------------------------------------------------------------------- the contenders


def evict(path: Path) -> None:
    """fsync, then drop the file's pages from the page cache."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def cached_pages(path: Path) -> str:
    """Pages of ``path`` in the page cache, as fincore (util-linux) counts them."""
    done = subprocess.run(
        ["fincore", "--noheadings", "--output", "PAGES", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() if done.returncode == 0 else "?"


@dataclass
class Timing:
    """One contender's time, and the part of it after the audio was written and synced."""

    total: float
    #: Baseline: evict + openssl. Export: from its ``on_synced`` call for the audio to the end
    #: (evict the image, read back and compare, the small files, the renames, the audit entry).
    after_sync: float


def sync_target(path: Path) -> None:
    """``sync --file-system``: the target's file system only, not every other one on the machine."""
    subprocess.run(["sync", "--file-system", str(path)], check=True)


def settle(target: Target) -> None:
    """The same start for every contender: nothing of the target dirty, the image uncached."""
    sync_target(target.mount_point)
    evict(target.image)


def baseline(rec: Recording, target: Target, folder: str, *, check: bool) -> Timing:
    """cp + sync (+ evict the copy and the image + openssl dgst -sha256 of the copy)."""
    dest = target.mount_point / folder
    dest.mkdir()
    settle(target)
    start = time.perf_counter()
    subprocess.run(["cp", *map(str, rec.files), str(dest)], check=True)
    sync_target(dest)
    synced = time.perf_counter()
    digest = rec.sha256
    if check:
        copy = dest / rec.audio.name
        evict(copy)
        evict(target.image)
        done = subprocess.run(
            ["openssl", "dgst", "-sha256", str(copy)], check=True, capture_output=True, text=True
        )
        digest = done.stdout.strip().rsplit("= ", 1)[-1]
    end = time.perf_counter()
    shutil.rmtree(dest)
    if digest != rec.sha256:
        raise RuntimeError(f"openssl's digest of the copy on {target.name} is not the sealed one")
    return Timing(end - start, end - synced)


def export(rec: Recording, target: Target) -> Timing:
    """``export_copy`` into the target, the image's cache dropped before the read-back."""
    from opnamestudio.core.export import INCOMPLETE_SUFFIX, export_copy

    audio_tail = rec.audio.suffix + INCOMPLETE_SUFFIX
    synced: list[float] = []

    def drop_image(path: Path) -> None:
        if path.name.endswith(audio_tail):  # the audio, not the small files
            synced.append(time.perf_counter())
            evict(target.image)

    settle(target)
    start = time.perf_counter()
    result = export_copy(rec.audio, target.mount_point, on_synced=drop_image)
    end = time.perf_counter()
    shutil.rmtree(result.folder)
    if len(synced) != 1:
        raise RuntimeError(f"export_copy called on_synced {len(synced)} times for the audio")
    return Timing(end - start, end - synced[0])


def untimed_check(rec: Recording, target: Target) -> None:
    """Before timing: one copy to show that the eviction leaves the copy and the image uncached,
    then one run of each contender, so both start warm (programs, modules, the FAT's caches)."""
    dest = target.mount_point / "warm-up"
    dest.mkdir()
    subprocess.run(["cp", str(rec.audio), str(dest)], check=True)
    sync_target(dest)
    copy = dest / rec.audio.name
    before = cached_pages(target.image)
    evict(copy)
    evict(target.image)
    print(
        f"  {target.name}: pages cached after cp + sync + evict: copy {cached_pages(copy)}, "
        f"image {cached_pages(target.image)} (before the drop: {before})",
        flush=True,
    )
    shutil.rmtree(dest)
    warm = [baseline(rec, target, "warm-up-base", check=True), export(rec, target)]
    print(
        f"  {target.name}: untimed warm-up: cp+sync+evict+openssl {warm[0].total:.2f} s, "
        f"export {warm[1].total:.2f} s",
        flush=True,
    )


def measure(rec: Recording, target: Target, rounds: int) -> float:
    """The median per-round ratio export / (cp + sync + evict + openssl) on ``target``."""
    untimed_check(rec, target)
    full: list[float] = []
    plain: list[float] = []
    times: dict[str, list[Timing]] = {"export": [], "base": [], "plain": []}
    for i in range(rounds):
        contenders: list[tuple[str, Callable[[], Timing]]] = [
            ("base", functools.partial(baseline, rec, target, f"base-{i}", check=True)),
            ("export", functools.partial(export, rec, target)),
        ]
        if i % 2:
            contenders.reverse()
        for name, run in contenders:
            times[name].append(run())
        times["plain"].append(baseline(rec, target, f"plain-{i}", check=False))
        exported, base, bare = times["export"][-1], times["base"][-1], times["plain"][-1]
        full.append(exported.total / base.total)
        plain.append(exported.total / bare.total)
        print(
            f"  {target.name} round {i + 1} ({' first, '.join(n for n, _ in contenders)} second):"
            f" export {exported.total:.2f} s ({exported.after_sync:.2f} s after the audio's "
            f"fsync), cp+sync+evict+openssl {base.total:.2f} s ({base.after_sync:.2f} s evict + "
            f"openssl); ratio {full[-1]:.2f}; cp+sync {bare.total:.2f} s",
            flush=True,
        )

    def med(name: str, after: bool = False) -> float:
        return statistics.median(t.after_sync if after else t.total for t in times[name])

    ratio = statistics.median(full)
    mb_s = rec.audio.stat().st_size / 1e6 / med("export")
    print(
        f"{target.name}: export {med('export'):.2f} s ({mb_s:.0f} MB/s; "
        f"{med('export', True):.2f} s after the audio's fsync), cp+sync+evict+openssl "
        f"{med('base'):.2f} s ({med('base', True):.2f} s evict + openssl), "
        f"cp+sync {med('plain'):.2f} s (medians)\n"
        f"{target.name}: export / (cp+sync+evict+openssl) = {ratio:.2f} (median of "
        f"{', '.join(f'{r:.2f}' for r in full)}; goal <= {GOAL}) "
        f"{'PASS' if ratio <= GOAL else 'FAIL'}; export / (cp+sync) = "
        f"{statistics.median(plain):.2f}",
        flush=True,
    )
    return ratio


# ----------------------------------------------------------------------------- main


def main() -> int:
    """Run the benchmark; 0 when every ratio meets the goal, 1 when not, 2 when it cannot run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--seconds", type=float, default=7200.0, help="audio length (default 7200: 2 hours)"
    )
    parser.add_argument("--rounds", type=int, default=5, help="rounds per file system")
    parser.add_argument("--seed", type=int, default=0, help="the generated voice")
    parser.add_argument(
        "--target",
        action="append",
        choices=sorted(TARGETS),
        help="measure only this file system (repeatable; default: fat32 and ext4)",
    )
    parser.add_argument(
        "--workdir", type=Path, help="keep (and reuse) the recording here; default: a temp folder"
    )
    args = parser.parse_args()
    total = round(args.seconds * RATE)
    if total < RATE or args.rounds < 1:
        parser.error("--seconds must be at least 1 and --rounds at least 1")
    if os.geteuid() != 0:
        print("bench_export: needs root (it mounts a FAT32 image and an ext4 loop file system)")
        return 2
    tools = ("openssl", "fusefat", "mkfs.vfat", "mkfs.ext4", "fincore")
    missing = [t for t in tools if not shutil.which(t)]
    if missing:
        print(f"bench_export: missing {', '.join(missing)} (scripts/ensure-system.sh test)")
        return 2
    from opnamestudio.core.errors import OpnameError

    signal.signal(signal.SIGTERM, _on_sigterm)
    temporary = args.workdir is None
    work = Path(tempfile.mkdtemp(prefix="bench-export-")) if temporary else args.workdir
    work.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="scratch-", dir=work))
    os.environ["OPNAMESTUDIO_HOME"] = str(work / "home")
    hours = total / RATE / 3600
    try:
        print(
            f"bench_export: {clock(total / RATE)} of 48 kHz mono 16-bit FLAC, seed {args.seed}; "
            f"{args.rounds} rounds; goal ratio <= {GOAL}; work folder {work}"
            f"{' (temporary)' if temporary else ''}\n"
            f"  {os.cpu_count()} CPUs, load average "
            f"{', '.join(f'{x:.2f}' for x in os.getloadavg())} (other work skews the ratio)",
            flush=True,
        )
        rec = None if temporary else cached_recording(work, total, args.seed)
        flac = rec.size if rec else int(FLAC_BYTES_PER_HOUR * hours) + 1 * MIB
        need = image_bytes(flac) + 100 * MIB
        if rec is None:
            need += flac + total * 2  # the FLAC and its journal (the PCM) while recording
        free = shutil.disk_usage(work).free
        print(
            f"  disk: {free / 1e9:.1f} GB free in {work}, needs about {need / 1e9:.2f} GB "
            f"({'the recording, its journal while recording, ' if rec is None else ''}"
            f"one image of {image_bytes(flac) / 1e9:.2f} GB at a time)",
            flush=True,
        )
        if free < need:
            print("bench_export: not enough free disk space", file=sys.stderr)
            return 2
        if rec is None:
            archive = work / "archive"
            shutil.rmtree(archive, ignore_errors=True)
            archive.mkdir()
            t0 = time.perf_counter()
            rec = build_recording(archive, total, args.seed)
            print(f"  recorded and sealed in {time.perf_counter() - t0:.0f} s", flush=True)
            if not temporary:
                meta = {
                    "version": CACHE_VERSION,
                    "frames": total,
                    "seed": args.seed,
                    "audio": str(rec.audio.relative_to(work)),
                }
                (work / "bench_export.json").write_text(json.dumps(meta, indent=1))
        else:
            print(f"  reusing {rec.audio} and its seal (delete {work} to rebuild)")
        print(
            f"  audio: {rec.audio.stat().st_size / 1e6:.1f} MB FLAC, "
            f"SHA-256 {rec.sha256[:16]}…; with seal and signature {rec.size / 1e6:.1f} MB; "
            f"images of {image_bytes(rec.size) / MIB:.0f} MiB",
            flush=True,
        )
        with open(rec.audio, "rb") as fh:  # both contenders read the source from the cache
            while fh.read(8 * MIB):
                pass
        ratios = []
        for name in args.target or TARGETS:
            make = TARGETS[name]
            with make(scratch, image_bytes(rec.size)) as target:
                ratios.append(measure(rec, target, args.rounds))
    except KeyboardInterrupt:
        print("\nbench_export: interrupted", file=sys.stderr)
        return 2
    except (RuntimeError, OSError, subprocess.CalledProcessError, OpnameError) as exc:
        print(f"bench_export: {exc}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if temporary:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"  kept for the next run: {work}")
    passed = all(r <= GOAL for r in ratios)
    print(f"Result: {'PASS' if passed else 'FAIL'}")
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
