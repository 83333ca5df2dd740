"""A real FAT32 USB stick for tests: a FAT32 image mounted through fusefat (a FAT32 driver in FUSE).

The kernel here has no vfat, but FUSE works (TESTING.md "Real removable media"). fusefat runs in
the foreground as our own child, so "pulling the stick out" is killing that process by its PID and
waiting for it: deterministic, no sleeps. Debian packages: dosfstools (mkfs.vfat, fsck.vfat) and
fusefat; note ``rw+`` — fusefat refuses a plain ``rw``; ``ro`` is a write-protected stick.

Facts about fusefat 0.1a found while writing the export (they shape the tests, not the product):
statvfs reports 0 of 0 blocks (free space unknown); a full image answers EPERM instead of ENOSPC;
names outside ASCII are refused with EPERM; a volume label shows as an empty file; renaming a
folder loses its contents. It mounts without FUSE's keep_cache, so the kernel drops a file's
cached pages whenever the file is opened: fincore (which opens it) always shows 0 pages, and any
fresh open, such as the export's read-back, is served by the driver — which reads the image file
through the host's page cache, so a real stick's read is only approximated.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

__all__ = ["FatStick", "require_fusefat"]


def require_fusefat() -> None:
    """Skip (with the reason) without root, or without the packages the tests install."""
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a FAT32 image with fusefat (/dev/fuse)")
    missing = [tool for tool in ("mkfs.vfat", "fusefat", "fusermount") if not shutil.which(tool)]
    if missing or not Path("/dev/fuse").exists():
        pytest.fail(
            f"missing {', '.join(missing) or '/dev/fuse'}: run scripts/ensure-system.sh test "
            "(apt-get install dosfstools fusefat)"
        )


class FatStick:
    """A FAT32 image of ``size_mb`` MB, mounted at ``<folder>/<label>`` by a fusefat child."""

    def __init__(self, folder: Path, size_mb: int = 64, label: str = "STICK") -> None:
        self.image = folder / "stick.img"
        self.mount_point = folder / label
        self.log = folder / "fusefat.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.mount_point.mkdir(parents=True, exist_ok=True)
        with open(self.image, "wb") as fh:
            fh.truncate(size_mb * 1024 * 1024)
        # No volume label: fusefat would list the label's directory entry as an empty file.
        subprocess.run(
            ["mkfs.vfat", "-F", "32", str(self.image)],
            check=True,
            capture_output=True,
        )

    def mount(self, *, read_only: bool = False) -> Path:
        """Plug the stick in; returns the mount point once the file system answers."""
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [*self._command(read_only), str(self.image), str(self.mount_point)],
                stdout=log,
                stderr=log,
            )
        deadline = time.monotonic() + 10
        while not os.path.ismount(self.mount_point):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"fusefat did not mount: {self.log.read_text()[-500:]}")
            time.sleep(0.01)
        return self.mount_point

    @staticmethod
    def _command(read_only: bool) -> list[str]:
        return ["fusefat", "-f", "-o", "ro" if read_only else "rw+"]

    def pull_out(self) -> None:
        """The stick is pulled out: the driver dies at once, mid-write."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def unmount(self) -> None:
        """Eject (also after pull_out: the dead mount is detached)."""
        if os.path.ismount(self.mount_point) or self._listed():
            subprocess.run(["fusermount", "-u", "-z", str(self.mount_point)], check=False)
        if self.process is not None:
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
            self.process = None

    def _listed(self) -> bool:
        with open("/proc/mounts", encoding="utf-8") as fh:
            return any(line.split()[1] == str(self.mount_point) for line in fh)

    def drop_image_cache(self) -> None:
        """Evict the image file from the host's page cache: a remount then reads the disk."""
        fd = os.open(self.image, os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)

    def fsck(self) -> subprocess.CompletedProcess[str]:
        """fsck.vfat's read-only check of the (unmounted) image: an independent FAT judge."""
        return subprocess.run(
            ["fsck.vfat", "-n", str(self.image)], capture_output=True, text=True, check=False
        )
