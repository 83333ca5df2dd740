"""Keep the laptop from going to sleep while a conversation is being recorded.

A laptop that falls asleep in the middle of a conversation stops the capture without a word, so
the recording page asks the operating system to stay awake (DESIGN §3, step 3):

- Windows: ``SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_AWAYMODE_REQUIRED)``
  on the calling thread, reset with ``ES_CONTINUOUS`` alone on stop;
- macOS: ``caffeinate -i -w <our pid>``, a helper that ends by itself when we do;
- Linux: ``systemd-inhibit --what=sleep:idle --mode=block cat``, where ``cat`` reads a pipe only
  we hold. Stopping closes the pipe; if the app dies, the kernel closes it, so the inhibitor
  never outlives us (``sleep infinity`` would keep the laptop awake forever after a crash).
  Without systemd-inhibit (or without a session bus) nothing is done and the reason is logged.

Nothing here raises to the caller: ``start()`` returns a ``KeepAwakeStatus`` that is either
active or unavailable with a reason, so the UI can say that sleep could not be turned off and
the recording goes on regardless.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

__all__ = [
    "ES_AWAYMODE_REQUIRED",
    "ES_CONTINUOUS",
    "ES_SYSTEM_REQUIRED",
    "KeepAwake",
    "KeepAwakeStatus",
    "Plan",
    "choose_plan",
    "keep_awake",
]

log = logging.getLogger(__name__)

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_AWAYMODE_REQUIRED = 0x00000040

#: Set the execution state of the calling thread; returns the previous state, 0 on failure.
ExecutionStateSetter = Callable[[int], int]

#: How long ``start()`` waits to see a helper fail at once (no session bus, no permission).
SETTLE_SECONDS = 0.1
#: How long ``stop()`` gives a helper to end by itself before it is terminated.
STOP_TIMEOUT = 2.0


@dataclass(frozen=True)
class Plan:
    """How this platform is kept awake: ``windows``, ``command`` (run ``argv``) or ``none``."""

    method: str
    argv: tuple[str, ...] = ()
    #: Why nothing can be done (``none`` only), in English, for the log.
    reason: str = ""


@dataclass(frozen=True)
class KeepAwakeStatus:
    """Whether sleep is held off: ``idle`` (not started), ``active``, ``unavailable``."""

    state: str
    #: ``windows``, ``caffeinate``, ``systemd-inhibit`` or ``none``.
    method: str
    #: Why sleep could not be held off (``unavailable`` only), in English, for the log.
    reason: str = ""

    @property
    def active(self) -> bool:
        """Whether the operating system was asked to stay awake and agreed."""
        return self.state == "active"


def choose_plan(why: str) -> Plan:
    """The way to keep this machine awake, read from ``sys.platform`` and ``shutil.which``."""
    platform: str = sys.platform
    if platform == "win32":
        return Plan("windows")
    if platform == "darwin":
        caffeinate = shutil.which("caffeinate")
        if caffeinate is None:
            return Plan("none", reason="caffeinate was not found")
        return Plan("command", (caffeinate, "-i", "-w", str(os.getpid())))
    if platform.startswith("linux"):
        inhibit = shutil.which("systemd-inhibit")
        if inhibit is None:
            return Plan("none", reason="systemd-inhibit was not found (no systemd?)")
        cat = shutil.which("cat") or "cat"
        return Plan(
            "command",
            (
                inhibit,
                "--what=sleep:idle",
                "--who=OpnameStudio",
                f"--why={why}",
                "--mode=block",
                cat,
            ),
        )
    return Plan("none", reason=f"no way to keep {platform} awake is known")


def _windows_setter() -> ExecutionStateSetter:
    """kernel32's SetThreadExecutionState; raises where there is no such thing."""
    if sys.platform == "win32":
        import ctypes  # noqa: PLC0415 - Windows only

        function = ctypes.WinDLL("kernel32", use_last_error=True).SetThreadExecutionState
        function.argtypes = [ctypes.c_uint32]
        function.restype = ctypes.c_uint32

        def set_state(flags: int) -> int:
            return int(function(flags))

        return set_state
    raise OSError("SetThreadExecutionState exists on Windows only")


class KeepAwake:
    """Holds off sleep between ``start()`` and ``stop()``; also a context manager.

    Call ``start()`` and ``stop()`` from the same thread: on Windows the request belongs to the
    thread that made it.
    """

    def __init__(self, why: str, *, windows_setter: ExecutionStateSetter | None = None) -> None:
        self.why = why
        self._windows_setter = windows_setter
        self._status = KeepAwakeStatus("idle", "none")
        self._process: subprocess.Popen[bytes] | None = None
        self._finalizer: weakref.finalize[..., KeepAwake] | None = None
        self._windows_thread: int | None = None
        self._ends_on_eof = False

    @property
    def process(self) -> subprocess.Popen[bytes] | None:
        """The helper process while one runs (tests look at it)."""
        return self._process

    def start(self, *, settle: float = SETTLE_SECONDS) -> KeepAwakeStatus:
        """Ask the system to stay awake; never raises. Starting twice does nothing more."""
        if self._status.state == "active":
            return self.status()
        try:
            plan = choose_plan(self.why)
            if plan.method == "windows":
                self._status = self._start_windows()
            elif plan.method == "command":
                self._status = self._start_command(plan.argv, settle)
            else:
                self._status = KeepAwakeStatus("unavailable", "none", plan.reason)
        except Exception as exc:  # never let staying awake stop a recording
            self._status = KeepAwakeStatus("unavailable", "none", f"unexpected failure: {exc!r}")
        if self._status.active:
            log.info("keeping the computer awake (%s)", self._status.method)
        else:
            log.warning("cannot keep the computer awake: %s", self._status.reason)
        return self._status

    def status(self) -> KeepAwakeStatus:
        """The status now: a helper that died since ``start()`` makes it unavailable."""
        process = self._process
        if self._status.active and process is not None and process.poll() is not None:
            reason = _exit_reason(process, self._status.method)
            log.warning("the keep-awake helper ended: %s", reason)
            self._status = KeepAwakeStatus("unavailable", self._status.method, reason)
            self._reap()
        return self._status

    def stop(self) -> None:
        """Let the system sleep again; never raises. Safe to call when not started."""
        try:
            if self._windows_thread is not None:
                self._stop_windows()
            if self._process is not None:
                self._reap()
        except Exception as exc:
            log.warning("stopping the keep-awake request failed: %r", exc)
        if self._status.active:
            log.info("the computer may sleep again")
        self._status = KeepAwakeStatus("idle", self._status.method)

    def __enter__(self) -> KeepAwake:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ------------------------------------------------------------------ the ways

    def _start_windows(self) -> KeepAwakeStatus:
        setter = self._windows_setter or _windows_setter()
        flags = ES_CONTINUOUS | ES_SYSTEM_REQUIRED
        # Away mode is only for systems that know it; elsewhere the call may fail with it.
        if not setter(flags | ES_AWAYMODE_REQUIRED) and not setter(flags):
            return KeepAwakeStatus("unavailable", "windows", "SetThreadExecutionState failed")
        self._windows_setter = setter
        self._windows_thread = threading.get_ident()
        return KeepAwakeStatus("active", "windows")

    def _stop_windows(self) -> None:
        setter, thread = self._windows_setter, self._windows_thread
        self._windows_thread = None
        if setter is None:
            return
        if thread != threading.get_ident():
            log.warning("keep-awake stopped on another thread; it ends with its thread")
            return
        setter(ES_CONTINUOUS)

    def _start_command(self, argv: tuple[str, ...], settle: float) -> KeepAwakeStatus:
        method = os.path.basename(argv[0])
        try:
            process = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                # Its own process group, so that stop() also ends the child it runs.
                start_new_session=True,
            )
        except OSError as exc:
            return KeepAwakeStatus("unavailable", method, f"{method} did not start: {exc}")
        self._process = process
        self._ends_on_eof = method == "systemd-inhibit"
        self._finalizer = weakref.finalize(self, _end_process, process, self._ends_on_eof)
        try:
            process.wait(settle)
        except subprocess.TimeoutExpired:
            return KeepAwakeStatus("active", method)
        reason = _exit_reason(process, method)
        self._reap()
        return KeepAwakeStatus("unavailable", method, reason)

    def _reap(self) -> None:
        process, finalizer = self._process, self._finalizer
        self._process = self._finalizer = None
        if finalizer is not None:
            finalizer.detach()
        if process is not None:
            _end_process(process, self._ends_on_eof)


def _exit_reason(process: subprocess.Popen[bytes], name: str) -> str:
    """Why a helper ended: its exit code and the last line it wrote."""
    said = b""
    if process.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            said = process.stderr.read()
    lines = said.decode("utf-8", "replace").strip().splitlines()
    last = f": {lines[-1]}" if lines else ""
    return f"{name} ended with exit code {process.returncode}{last}"


def _end_process(process: subprocess.Popen[bytes], ends_on_eof: bool) -> None:
    """End a helper and whatever it runs, and reap it (also at interpreter exit).

    A helper that ends on end of input (``cat`` under systemd-inhibit) is asked that way first;
    otherwise, or when it does not end in time, its whole process group gets SIGTERM, then SIGKILL.
    """
    if process.stdin is not None:
        with contextlib.suppress(OSError):
            process.stdin.close()
    try:
        process.wait(STOP_TIMEOUT / 2 if ends_on_eof else 0)
    except subprocess.TimeoutExpired:
        _signal_group(process, signal.SIGTERM)
        try:
            process.wait(STOP_TIMEOUT / 2)
        except subprocess.TimeoutExpired:
            _signal_group(process, getattr(signal, "SIGKILL", signal.SIGTERM))
            process.wait()
    if process.stderr is not None:
        process.stderr.close()


def _signal_group(process: subprocess.Popen[bytes], signum: int) -> None:
    """Signal the helper's process group (it leads it: ``start_new_session``) while it lives."""
    if process.returncode is not None:
        return  # reaped: its pid, and so the group id, may belong to someone else by now
    killpg = getattr(os, "killpg", None)
    with contextlib.suppress(OSError):
        if killpg is not None:
            killpg(process.pid, signum)
        else:
            process.send_signal(signum)


def keep_awake(reason: str) -> KeepAwake:
    """A ``KeepAwake`` for ``reason``, which the system may show (``systemd-inhibit --list``)."""
    return KeepAwake(reason)
