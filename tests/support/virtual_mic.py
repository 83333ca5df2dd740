"""A real virtual microphone for audio tests: a private PulseAudio server fed through a FIFO.

``VirtualMic`` starts its own ``pulseaudio`` process (no systemd, no D-Bus, no autospawn) in a
private temporary runtime directory, with

* a null sink ``virt_spk`` (somewhere for playback to go),
* a pipe source ``virtmic`` whose FIFO we feed with s16le 48 kHz mono in real time
  (``start_feeder``), so code under test records exactly what we wrote, and
* a pipe source ``deadmic`` whose FIFO nobody writes to: a microphone that delivers no data at all
  (not silence), which makes PortAudio deliver no callbacks.

Code under test reaches it through ALSA's ``pulse`` device (Debian's PortAudio has no PulseAudio
host API; ``libasound2-plugins`` provides the bridge), with the environment from ``env`` /
``env_for``.
``kill_server`` SIGKILLs the server by its PID: the device disappears mid-recording.

The facts this is built on are in the project's testing notes (a private server answers
``pactl info`` within ~50 ms; captured speech equals the fed speech bit-exactly).
"""

from __future__ import annotations

import contextlib
import ctypes.util
import errno
import glob
import multiprocessing
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from multiprocessing.process import BaseProcess
from pathlib import Path

import numpy as np

from tests.support.speech import APT_PACKAGES, missing_audio_packages, pink_noise

__all__ = [
    "AUDIO_TEST_PACKAGES",
    "DEAD_SOURCE",
    "MIC_SOURCE",
    "SINK",
    "VirtualMic",
    "VirtualMicError",
    "align",
    "apply_env",
    "apt_install_line",
    "missing_audio_test_packages",
    "missing_server_packages",
    "portaudio_reinit",
]

#: Debian packages for the real-audio tests (TESTING.md, "A real virtual microphone").
AUDIO_TEST_PACKAGES = (
    "libportaudio2",
    "espeak-ng",
    "sox",
    "pulseaudio",
    "pulseaudio-utils",
    "libasound2-plugins",
)

MIC_SOURCE = "virtmic"
DEAD_SOURCE = "deadmic"
SINK = "virt_spk"

_ENV_KEYS = (
    "XDG_RUNTIME_DIR",
    "PULSE_SERVER",
    "PULSE_SOURCE",
    "PULSE_SINK",
    "PULSE_CLIENTCONFIG",
)


class VirtualMicError(RuntimeError):
    """The virtual microphone could not be set up (the message says why and what to install)."""


def missing_server_packages() -> list[str]:
    """Debian packages needed for the PulseAudio server and ``pactl`` that are not installed."""
    missing: list[str] = []
    for binary in ("pulseaudio", "pactl"):
        package = APT_PACKAGES[binary]
        if shutil.which(binary) is None and package not in missing:
            missing.append(package)
    return missing


def missing_audio_test_packages() -> list[str]:
    """Every Debian package the real-audio tests need that is missing (empty list: all there).

    ``libportaudio2``: PortAudio for sounddevice. ``libasound2-plugins``: ALSA's ``pulse``
    device, the only way Debian's PortAudio (no PulseAudio host API) reaches PulseAudio.
    """
    missing = missing_audio_packages(("espeak-ng", "sox"))
    missing += [p for p in missing_server_packages() if p not in missing]
    if ctypes.util.find_library("portaudio") is None:
        missing.append("libportaudio2")
    plugin_dirs = [*glob.glob("/usr/lib/*/alsa-lib"), "/usr/lib/alsa-lib", "/usr/lib64/alsa-lib"]
    if not any(Path(d, "libasound_module_pcm_pulse.so").exists() for d in plugin_dirs):
        missing.append("libasound2-plugins")
    return missing


def apt_install_line(packages: list[str] | None = None) -> str:
    """The command that installs ``packages`` (default: everything the audio tests need)."""
    if packages is None:
        packages = list(AUDIO_TEST_PACKAGES)
    return "apt-get install -y --no-install-recommends " + " ".join(packages)


def align(reference: np.ndarray, recording: np.ndarray) -> tuple[int, float]:
    """Find where ``recording`` sits inside ``reference`` and how well it matches there.

    Returns ``(lag, r)``: ``reference[lag : lag + len(recording)]`` is the best-matching stretch
    (FFT cross-correlation over all lags where the recording fits entirely) and ``r`` is the Pearson
    correlation (normalised cross-correlation) of the two at that lag, 1.0 for a bit-exact capture.
    """
    ref = np.asarray(reference, dtype=np.float64).reshape(-1)
    rec = np.asarray(recording, dtype=np.float64).reshape(-1)
    if rec.size == 0 or ref.size < rec.size:
        raise ValueError(f"need 0 < len(recording) <= len(reference), got {rec.size}, {ref.size}")
    rec = rec - rec.mean()
    size = 1 << (ref.size + rec.size - 1).bit_length()
    corr = np.fft.irfft(np.fft.rfft(ref, size) * np.conj(np.fft.rfft(rec, size)), size)
    valid = corr[: ref.size - rec.size + 1]
    # Normalise per lag by the energy of the reference window, so loud passages do not win.
    csum = np.concatenate([[0.0], np.cumsum(ref)])
    csq = np.concatenate([[0.0], np.cumsum(ref * ref)])
    n = rec.size
    win_sum = csum[n:] - csum[:-n]
    win_var = np.maximum(csq[n:] - csq[:-n] - win_sum * win_sum / n, 1e-12)
    lag = int(np.argmax(valid / np.sqrt(win_var)))
    window = ref[lag : lag + n]
    window = window - window.mean()
    denom = float(np.sqrt(np.dot(window, window) * np.dot(rec, rec)))
    r = float(np.dot(window, rec) / denom) if denom > 0 else 0.0
    return lag, r


@contextlib.contextmanager
def apply_env(env: Mapping[str, str | None]) -> Iterator[None]:
    """Temporarily set (or, for ``None`` values, remove) environment variables in this process.

    ``os.environ`` writes go through ``putenv``, so C libraries (libpulse in the ALSA plugin)
    see them.
    """
    saved = {key: os.environ.get(key) for key in env}
    try:
        for key, value in env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


def portaudio_reinit() -> None:
    """Terminate and re-initialise PortAudio in this process.

    PortAudio enumerates devices once, at initialisation: a process that imported sounddevice before
    the server existed (or under another environment) only sees the new devices after this. Streams
    still open are closed by ``Pa_Terminate``.
    """
    import sounddevice as sd

    sd._terminate()
    sd._initialize()


def _death_signal_prefix() -> list[str]:
    """``setpriv --pdeathsig KILL`` (util-linux) if available: the server dies with the thread that
    started it, so a killed test run leaves no orphan server. ``setpriv`` execs, the PID is kept."""
    setpriv = shutil.which("setpriv")
    if setpriv is None or sys.platform != "linux":
        return []
    return [setpriv, "--pdeathsig", "KILL", "--"]


class VirtualMic:
    """A private PulseAudio server with a FIFO-fed microphone ``virtmic`` and a dead ``deadmic``.

    Use as a context manager, or call ``start()`` and ``close()``. Not thread-safe: the feeder runs
    in its own thread and publishes its progress through plain attributes. Start it from a thread
    that outlives it (the main thread): on Linux the server gets SIGKILL when that thread ends, so
    a test run killed half-way leaves no server behind.
    """

    def __init__(
        self,
        *,
        rate: int = 48000,
        start_timeout: float = 10.0,
        noise_level: float = 0.003,
        noise_seed: int = 0,
        base_dir: Path | None = None,
    ) -> None:
        self.rate = rate
        self.block_frames = rate // 100  # 10 ms
        self.start_timeout = start_timeout
        self._noise_level = noise_level
        self._noise_seed = noise_seed
        self._base_dir = base_dir
        self.run_dir: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._closed = False

        # Feeder state (written by the feeder thread, read by tests).
        # The feeder is a separate process: in a thread it would share the GIL with the tests,
        # and a busy test would make the microphone stutter.
        self._mp = multiprocessing.get_context("fork")
        self._feeder: BaseProcess | None = None
        self._feeder_stop = self._mp.Event()
        self._shared_start = self._mp.Value("d", 0.0)
        self._shared_frames = self._mp.Value("q", 0)
        self._shared_errno = self._mp.Value("i", 0)
        self._fifo_fd: int | None = None
        self.program: np.ndarray | None = None
        self.loop = True
        #: time.time() right before the first block holding the program's first sample was written.
        #: time.monotonic() of the same moment.
        #: Set once ``program_started_at`` is known.
        self.program_started = self._mp.Event()
        #: Why the feeder stopped by itself (e.g. ``BrokenPipeError`` after ``kill_server``).

    # ------------------------------------------------------------------ paths and environment

    def _path(self, name: str) -> Path:
        if self.run_dir is None:
            raise VirtualMicError("VirtualMic is not started")
        return self.run_dir / name

    @property
    def socket_path(self) -> Path:
        return self._path("pa.sock")

    @property
    def log_path(self) -> Path:
        return self._path("pa.log")

    def fifo_path(self, source: str = MIC_SOURCE) -> Path:
        return self._path(f"{source}.fifo")

    @property
    def pid(self) -> int | None:
        """PID of the pulseaudio process (``None`` before ``start``)."""
        return self._proc.pid if self._proc is not None else None

    @property
    def server_alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def env_for(self, source: str) -> dict[str, str]:
        """Environment for a client that should record from ``source``."""
        return {
            "XDG_RUNTIME_DIR": str(self._path("")),
            "PULSE_SERVER": f"unix:{self.socket_path}",
            "PULSE_SOURCE": source,
            "PULSE_SINK": SINK,
            # autospawn = no: a client must never start some other server when ours is gone.
            "PULSE_CLIENTCONFIG": str(self._path("client.conf")),
        }

    @property
    def env(self) -> dict[str, str]:
        """Environment for a client recording from the fed microphone ``virtmic``."""
        return self.env_for(MIC_SOURCE)

    def server_log(self) -> str:
        """The server's log so far (for failure messages)."""
        try:
            return self.log_path.read_text(errors="replace")
        except (OSError, VirtualMicError):
            return ""

    # ------------------------------------------------------------------ server

    def __enter__(self) -> VirtualMic:
        if self._proc is None:
            self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def start(self) -> VirtualMic:
        """Start the server and wait (with a deadline) until ``pactl info`` answers."""
        if self._proc is not None:
            raise VirtualMicError("VirtualMic already started")
        missing = missing_server_packages()
        if missing:
            raise VirtualMicError(
                f"The virtual microphone needs {', '.join(missing)}. "
                f"Install with: {apt_install_line(missing)}"
            )
        self.run_dir = Path(tempfile.mkdtemp(prefix="opnamestudio-pa-", dir=self._base_dir))
        if len(str(self.socket_path)) > 100:  # sun_path is 108 bytes
            raise VirtualMicError(f"socket path too long for AF_UNIX: {self.socket_path}")
        try:
            self._write_config()
            self._start_server()
            self._wait_until_ready()
        except BaseException:
            self.close()
            raise
        return self

    def _write_config(self) -> None:
        rate = self.rate
        self._path("pa.pa").write_text(
            "load-module module-native-protocol-unix auth-anonymous=1 "
            f"socket={self.socket_path}\n"
            f"load-module module-null-sink sink_name={SINK} rate={rate} channels=1\n"
            f"load-module module-pipe-source source_name={MIC_SOURCE} "
            f"file={self.fifo_path(MIC_SOURCE)} format=s16le rate={rate} channels=1\n"
            f"load-module module-pipe-source source_name={DEAD_SOURCE} "
            f"file={self.fifo_path(DEAD_SOURCE)} format=s16le rate={rate} channels=1\n"
            f"set-default-source {MIC_SOURCE}\n"
            f"set-default-sink {SINK}\n"
        )
        self._path("client.conf").write_text("autospawn = no\n")
        for sub in ("home", "config", "state"):
            self._path(sub).mkdir(mode=0o700)

    def _server_env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PULSE_")}
        env.update(
            {
                # Keep the server away from the real user's files and sessions.
                "HOME": str(self._path("home")),
                "XDG_RUNTIME_DIR": str(self._path("")),
                "XDG_CONFIG_HOME": str(self._path("config")),
                "XDG_STATE_HOME": str(self._path("state")),
                "PULSE_STATE_PATH": str(self._path("state")),
                "PULSE_RUNTIME_PATH": str(self._path("")),
                "PULSE_CLIENTCONFIG": str(self._path("client.conf")),
            }
        )
        # No D-Bus session and no display: nothing for the server to autolaunch or talk to.
        for key in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"):
            env.pop(key, None)
        return env

    def _start_server(self) -> None:
        cmd = [
            *_death_signal_prefix(),
            "pulseaudio",
            "-n",  # no default.pa: only our modules
            "-F",
            str(self._path("pa.pa")),
            "--daemonize=no",  # stays our child, under a PID we know
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--realtime=no",
            "--high-priority=no",
            "--no-cpu-limit=yes",
            f"--log-target=file:{self.log_path}",
        ]
        self._proc = subprocess.Popen(
            cmd,
            env=self._server_env(),
            cwd=str(self._path("")),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def pactl(self, *args: str, timeout: float = 5.0) -> subprocess.CompletedProcess[str]:
        """Run ``pactl`` against this server."""
        env = {**os.environ, **self.env}
        return subprocess.run(
            ["pactl", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def _wait_until_ready(self) -> None:
        assert self._proc is not None
        deadline = time.monotonic() + self.start_timeout
        last = ""
        while True:
            if self._proc.poll() is not None:
                raise VirtualMicError(
                    f"pulseaudio exited with status {self._proc.returncode} at start-up.\n"
                    f"Log:\n{self.server_log()}"
                )
            if self.socket_path.exists():
                remaining = max(0.5, deadline - time.monotonic())
                try:
                    info = self.pactl("info", timeout=remaining)
                except subprocess.TimeoutExpired:
                    info = None
                if info is not None and info.returncode == 0:
                    break
                last = "" if info is None else info.stderr.strip()
            if time.monotonic() > deadline:
                raise VirtualMicError(
                    f"pulseaudio did not answer `pactl info` within {self.start_timeout} s "
                    f"({last}).\nLog:\n{self.server_log()}"
                )
            # Poll the process itself: returns at once if it dies, else after 20 ms.
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._proc.wait(timeout=0.02)

        sources = self.pactl("list", "short", "sources").stdout
        for name in (MIC_SOURCE, DEAD_SOURCE):
            if name not in sources.split():
                raise VirtualMicError(
                    f"source {name!r} missing from the server:\n{sources}\n{self.server_log()}"
                )

    def kill_server(self) -> None:
        """SIGKILL the server by its PID and reap it: the microphone disappears (pulled plug)."""
        if self._proc is None or self._proc.poll() is not None:
            return
        os.kill(self._proc.pid, signal.SIGKILL)
        self._proc.wait(timeout=10)

    # ------------------------------------------------------------------ feeder

    @property
    def feeder_running(self) -> bool:
        return self._feeder is not None and self._feeder.is_alive()

    def _open_fifo(self, timeout: float) -> int:
        """Open the FIFO for writing without ever blocking forever.

        A blocking ``open(O_WRONLY)`` waits until a reader opened the FIFO; with ``O_NONBLOCK`` it
        fails with ENXIO instead, so we retry until the deadline. The descriptor stays non-blocking;
        writes wait for room with ``select`` so ``stop_feeder`` is never stuck behind a full pipe.
        """
        path = self.fifo_path(MIC_SOURCE)
        deadline = time.monotonic() + timeout
        while True:
            try:
                return os.open(path, os.O_WRONLY | os.O_NONBLOCK | os.O_CLOEXEC)
            except OSError as exc:
                if exc.errno not in (errno.ENXIO, errno.ENOENT):
                    raise
                if time.monotonic() > deadline:
                    raise VirtualMicError(
                        f"nobody opened {path} for reading within {timeout} s "
                        f"(is the server running?)\n{self.server_log()}"
                    ) from exc
                if self._proc is not None:
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        self._proc.wait(timeout=0.01)

    def start_feeder(
        self, samples: np.ndarray | None = None, loop: bool = True, *, open_timeout: float = 5.0
    ) -> None:
        """Write ``samples`` (int16 mono) to ``virtmic`` in 10 ms blocks, paced in real time.

        With ``loop`` the program repeats; after it (without ``loop``), or with ``samples=None``,
        the feeder writes the noise floor ("silence" from a real microphone). It keeps writing
        until ``stop_feeder`` (or until the server is gone: then ``feeder_error`` says why).
        """
        if not self.server_alive:
            raise VirtualMicError("the server is not running")
        self.stop_feeder()
        program = None
        if samples is not None:
            program = np.ascontiguousarray(np.asarray(samples).reshape(-1), dtype="<i2")
            if program.size == 0:
                program = None
        self.program = program
        self.loop = loop
        self.program_started = self._mp.Event()
        self._shared_start.value = 0.0
        self._shared_frames.value = 0
        self._shared_errno.value = 0
        self._fifo_fd = self._open_fifo(open_timeout)
        self._feeder_stop = self._mp.Event()
        self._feeder = self._mp.Process(
            target=self._feed, name="virtual-mic-feeder", args=(self._fifo_fd, self._feeder_stop)
        )
        self._feeder.daemon = True
        self._feeder.start()

    @property
    def program_started_at(self) -> float | None:
        """Wall-clock time (time.time()) at which the program's first sample was written."""
        value = float(self._shared_start.value)
        return value or None

    @property
    def frames_written(self) -> int:
        """Frames written to the FIFO since ``start_feeder`` (program and noise)."""
        return int(self._shared_frames.value)

    @property
    def feeder_error(self) -> BaseException | None:
        """Why the feeder stopped by itself (BrokenPipeError once the server is gone)."""
        code = int(self._shared_errno.value)
        if not code:
            return None
        return (
            BrokenPipeError(code, os.strerror(code))
            if code == errno.EPIPE
            else OSError(code, os.strerror(code))
        )

    def _noise_blocks(self) -> np.ndarray:
        floor = pink_noise(self.rate, level=self._noise_level, seed=self._noise_seed)
        return np.clip(np.rint(floor * 32767.0), -32768, 32767).astype("<i2")

    def _write_all(self, fd: int, data: bytes, stop: threading.Event) -> bool:
        view = memoryview(data)
        while view:
            if stop.is_set():
                return False
            _, writable, _ = select.select([], [fd], [], 0.1)
            if not writable:
                continue
            try:
                written = os.write(fd, view)
            except BlockingIOError:
                continue
            view = view[written:]
        return True

    def _feed(self, fd: int, stop: threading.Event) -> None:
        block = self.block_frames
        period = block / self.rate
        noise = self._noise_blocks()
        noise_pos = 0
        program = self.program
        prog_pos = 0
        program_done = program is None
        start = time.monotonic()
        index = 0
        try:
            while not stop.is_set():
                due = start + index * period
                delay = due - time.monotonic()
                if delay < -0.25:
                    # Fell behind (nobody read the pipe, or the machine was busy): a microphone
                    # never delivers the past in a burst, so the schedule moves on instead.
                    shift = -delay
                    start += shift
                    if self._shared_start.value:
                        self._shared_start.value += shift
                    delay = 0
                if delay > 0 and stop.wait(delay):
                    break
                if not program_done and program is not None:
                    if prog_pos == 0 and not self._shared_start.value:
                        self._shared_start.value = time.time()
                        self.program_started.set()
                    if self.loop:
                        chunk = program[(prog_pos + np.arange(block)) % program.size]
                        prog_pos = (prog_pos + block) % program.size
                    else:
                        chunk = program[prog_pos : prog_pos + block]
                        prog_pos += chunk.size
                        program_done = prog_pos >= program.size
                else:
                    chunk = np.empty(0, dtype="<i2")
                if chunk.size < block:  # noise floor, never digital silence
                    need = block - chunk.size
                    idx = (noise_pos + np.arange(need)) % noise.size
                    noise_pos = (noise_pos + need) % noise.size
                    chunk = np.concatenate([chunk, noise[idx]])
                if not self._write_all(fd, chunk.tobytes(), stop):
                    break
                self._shared_frames.value += block
                index += 1
        except OSError as exc:  # EPIPE once the server is gone
            self._shared_errno.value = exc.errno or errno.EIO

    def stop_feeder(self, timeout: float = 5.0) -> None:
        """Stop the feeder process and close the FIFO's write end."""
        self._feeder_stop.set()
        if self._feeder is not None:
            feeder, self._feeder = self._feeder, None
            feeder.join(timeout)
            if feeder.is_alive():
                feeder.kill()
                feeder.join()
                raise VirtualMicError(f"feeder process did not stop within {timeout} s")
        if self._fifo_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fifo_fd)
            self._fifo_fd = None

    def program_index_at(self, wall_time: float) -> int:
        """Index into the program of the sample written at ``wall_time`` (``time.time()``).

        With ``loop`` the index wraps around; the pipe and the server add a few milliseconds of
        latency, so compare content with a correlation search rather than by exact index.
        """
        if self.program is None or self.program_started_at is None:
            raise VirtualMicError("no program has been started")
        index = round((wall_time - self.program_started_at) * self.rate)
        return index % self.program.size if self.loop else index

    def expected_between(self, start_wall: float, end_wall: float) -> np.ndarray:
        """The program samples that were written between two ``time.time()`` moments.

        With ``loop`` the program wraps around. Outside the program (before it started, or after
        it ended without ``loop``) this is zeros, standing in for the noise floor.
        """
        if self.program is None or self.program_started_at is None:
            raise VirtualMicError("no program has been started")
        first = round((start_wall - self.program_started_at) * self.rate)
        count = max(0, round((end_wall - start_wall) * self.rate))
        idx = np.arange(first, first + count)
        out = np.zeros(count, dtype=np.int16)
        valid = idx >= 0 if self.loop else (idx >= 0) & (idx < self.program.size)
        out[valid] = self.program[idx[valid] % self.program.size]
        return out

    # ------------------------------------------------------------------ shutdown

    def close(self) -> None:
        """Stop the feeder, end the server (SIGTERM, then SIGKILL), remove the runtime directory."""
        if self._closed:
            return
        self._closed = True
        try:
            self.stop_feeder()
        finally:
            proc = self._proc
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=5)
            if self.run_dir is not None:
                shutil.rmtree(self.run_dir, ignore_errors=True)

    def __repr__(self) -> str:
        state = "running" if self.server_alive else "down"
        return f"<VirtualMic {state} pid={self.pid} dir={self.run_dir}>"

    @staticmethod
    def env_keys() -> tuple[str, ...]:
        """Environment variables that ``env`` sets (to clear them with ``apply_env``)."""
        return _ENV_KEYS
