"""The ``opnamestudio`` command's entry point: a verify starts hashing before anything is imported.

Verifying an intact file is one pass over it for its SHA-256 (DESIGN §10: at the speed of
``openssl dgst -sha256``). Python's start-up and the imports of the command line, the seal parser
and the signature code take tens of milliseconds; started first, the pass runs on one core while
they run on the other instead of after them.

Where the system can fork (Linux, macOS), the pass runs in a forked child process, which shares no
GIL with the imports (on a thread, each hand-over of the GIL between the hash's reads and the
importing thread cost time: ~60 ms over a 2-hour recording), and hashes the file through a
memory map (no copy: another ~30 ms). The child writes nothing to the terminal (its standard
streams go to the null device), leaves no core dump, stops when its parent is gone, and reports
the hash through a pipe. Whenever it reports none (the file could not be read; it was stopped;
it died of SIGBUS because the file was cut short or the stick pulled under the map), the
verifier reads the file itself, which says what went wrong. Elsewhere (Windows) the pass runs on
a thread; hashlib frees the GIL while it hashes each read.
Only ``sys`` and ``os`` are imported before the pass starts; the child imports what it uses.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing itself costs ~5 ms before the hash could start
if TYPE_CHECKING:
    import threading
    from collections.abc import Callable, Sequence
    from typing import Protocol

    class Hashing(Protocol):
        """A file's SHA-256 and size being computed beside the caller."""

        path: str

        def outcome(self) -> tuple[str, int] | None:
            """Wait for the hash; None when it could not be computed here (the caller reads)."""

        def cancel(self) -> None:
            """Stop caring about the hash: free what it holds."""


__all__ = ["FileHash", "ForkedHash", "early_hash", "main", "start_hash"]

# The options of ``verify`` that take a value (the file is the one positional argument).
_VALUE_OPTIONS = frozenset({"--seal", "--trust"})


class FileHash:
    """SHA-256 and size of a file on a thread; ``outcome()`` is None when it could not be read."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._result: tuple[str, int] | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start the thread (a daemon: it ends with its pass or with the process)."""
        import threading  # noqa: PLC0415 - not needed before a fork

        self._thread = threading.Thread(target=self._run, name="hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from opnamestudio.core.filehash import file_sha256  # noqa: PLC0415

        try:
            self._result = file_sha256(self.path)
        except OSError:
            return  # the verifier reads the file itself and reports why it cannot

    def outcome(self) -> tuple[str, int] | None:
        """Wait for the hash; None when the file could not be read here."""
        if self._thread is not None:
            self._thread.join()
        return self._result

    def cancel(self) -> None:
        """Nothing to free: the thread is a daemon and ends with its pass."""


class ForkedHash:
    """SHA-256 and size of a file computed by a forked child process, reported through a pipe.

    ``outcome()`` is None whenever the child did not report a hash: the file could not be read,
    the child was stopped or died, or its report is not one. Fork only where no other thread
    runs (a lock held by another thread at the fork would stay held in the child).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        work: Callable[[str], tuple[str, int]] | None = None,
    ) -> None:
        self.path = os.fspath(path)
        self._work = work
        self._pid = 0
        self._fd = -1
        self._result: tuple[str, int] | None = None
        #: The child's wait status once collected (``os.waitstatus_to_exitcode`` reads it).
        self.status: int | None = None

    def start(self) -> None:
        """Fork the child. Raises OSError when the system cannot (then use a FileHash)."""
        read_fd, write_fd = os.pipe()
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            raise
        if pid == 0:  # pragma: no cover - the child; its report is what the tests check
            code = 1
            try:
                os.close(read_fd)
                _quiet_stdio()
                _no_core_dump()
                if self._work is not None:
                    sha, size = self._work(self.path)
                else:
                    sha, size = _hash_while_parent_lives(self.path, parent)
                os.write(write_fd, f"{sha} {size}\n".encode("ascii"))
                code = 0
            except BaseException:  # noqa: S110 - no report is the answer
                pass
            finally:
                os._exit(code)
        os.close(write_fd)
        self._pid, self._fd = pid, read_fd

    def outcome(self) -> tuple[str, int] | None:
        """Wait for the child's report; None when there is none."""
        if self._fd >= 0:
            chunks = []
            while chunk := os.read(self._fd, 256):
                chunks.append(chunk)
            self._close()
            self._result = _parse_report(b"".join(chunks))
        return self._result

    def cancel(self) -> None:
        """End the child if it still runs, and collect it."""
        if self._fd >= 0:
            import signal  # noqa: PLC0415 - 4 ms (enum) the launcher does not spend up front

            try:  # noqa: SIM105 - contextlib would cost an import here
                os.kill(self._pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self._close()

    def _close(self) -> None:
        os.close(self._fd)
        self._fd = -1
        self.status = os.waitpid(self._pid, 0)[1]


def _quiet_stdio() -> None:
    """Point the child's standard streams at the null device: it never writes to the terminal,
    and never keeps a caller's pipes open after the parent has exited."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)


def _no_core_dump() -> None:
    """Let a SIGBUS end the child without a trace: no core file, no crash report (apport,
    systemd-coredump), which a file cut short under the memory map would otherwise leave."""
    import resource  # noqa: PLC0415 - POSIX, in the child only

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform == "linux":  # a pipe in core_pattern ignores RLIMIT_CORE; "not dumpable" not
        import ctypes  # noqa: PLC0415

        ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE, 0


def _hash_while_parent_lives(path: str, parent: int) -> tuple[str, int]:
    """The file's hash through a memory map, given up (InterruptedError) once the parent has
    gone. A file cut short under the map ends the child with SIGBUS: no hash, no core dump."""
    from opnamestudio.core.filehash import mapped_sha256  # noqa: PLC0415 - in the child

    return mapped_sha256(path, wanted=lambda: os.getppid() == parent)


def _parse_report(report: bytes) -> tuple[str, int] | None:
    """``"<64 hex> <size>\\n"`` as written by the child, or None for anything else."""
    parts = report.split()
    if len(parts) != 2 or not report.endswith(b"\n"):
        return None
    sha, size = parts[0].decode("ascii", "replace"), parts[1]
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha) or not size.isdigit():
        return None
    return sha, int(size)


def start_hash(path: str | os.PathLike[str]) -> Hashing:
    """Hash ``path`` beside the caller: in a forked child where that is safe, else on a thread."""
    # The launcher imports no threading: when it is not loaded, no other thread can run.
    threading = sys.modules.get("threading")
    if hasattr(os, "fork") and (threading is None or threading.active_count() == 1):
        forked = ForkedHash(path)
        try:
            forked.start()
        except OSError:
            pass  # no process to spare: a thread does it
        else:
            return forked
    thread = FileHash(path)
    thread.start()
    return thread


_early: Hashing | None = None


def _verify_target(args: Sequence[str]) -> str | None:
    """The FILE of ``verify [options] FILE [options]``, or None when it is not plain to see."""
    found: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif arg == "--" or (arg.startswith("-") and arg != "-"):
            if "=" not in arg and arg not in {"--json"}:
                return None  # an option this parser does not know: leave it all to argparse
        else:
            found.append(arg)
    return found[0] if len(found) == 1 else None


def early_hash(path: str | os.PathLike[str]) -> Hashing | None:
    """The hash this process started for ``path`` at launch, if any (used once)."""
    global _early
    started, _early = _early, None
    if started is None:
        return None
    try:
        same = os.path.samefile(started.path, path)
    except OSError:
        same = False
    if not same:
        started.cancel()
        return None
    return started


def main() -> int:
    """Entry point of the ``opnamestudio`` command."""
    global _early  # noqa: PLW0603
    argv = sys.argv[1:]
    if argv[:1] == ["verify"]:
        target = _verify_target(argv[1:])
        if target is not None and os.path.isfile(target):
            _early = start_hash(target)
    try:
        from opnamestudio.cli import main as cli_main  # noqa: PLC0415 - after the hash started

        return cli_main(argv)
    except KeyboardInterrupt:  # Ctrl+C before the command line could take it
        print("opnamestudio: stopped (Ctrl+C)", file=sys.stderr)
        return 2
    finally:
        if _early is not None:  # started, never taken: the command stopped before it
            _early.cancel()
            _early = None
