"""The entry point starts a verify's file hash before the heavy imports, and hands it over once.

The forked hash is tested in a fresh interpreter, as the launcher runs it: forking the test
process (with its threads) is not what the launcher does.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from opnamestudio import launch
from opnamestudio.core import filehash
from opnamestudio.core.filehash import file_sha256, mapped_sha256


@pytest.mark.parametrize(
    ("args", "target"),
    [
        (["a.flac"], "a.flac"),
        (["a.flac", "--json"], "a.flac"),
        (["--seal", "s.zegel.json", "a.flac"], "a.flac"),
        (["--trust", "k.pub", "a.flac", "--trust", "l.pub"], "a.flac"),
        (["--seal=s.zegel.json", "a.flac"], "a.flac"),
        (["a.flac", "b.flac"], None),  # argparse will complain; do not guess
        ([], None),
        (["--seal", "a.flac"], None),  # only an option's value
        (["-h", "a.flac"], None),  # an option the launcher does not know
    ],
)
def test_the_file_to_verify_is_found_only_when_plain(args: list[str], target: str | None) -> None:
    assert launch._verify_target(args) == target


def test_the_early_hash_is_handed_over_once_for_the_same_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = b"sound" * 100_000
    (tmp_path / "a.flac").write_bytes(data)
    monkeypatch.chdir(tmp_path)
    started = launch.FileHash("a.flac")
    started.start()
    monkeypatch.setattr(launch, "_early", started)
    assert launch.early_hash(tmp_path / "b.flac") is None  # another (missing) file
    monkeypatch.setattr(launch, "_early", started)
    handed = launch.early_hash(Path("./a.flac"))  # the same file, spelled differently
    assert handed is started
    assert handed.outcome() == (hashlib.sha256(data).hexdigest(), len(data))
    assert launch.early_hash("a.flac") is None  # used once


def test_an_unreadable_file_gives_no_hash_and_no_error(tmp_path: Path) -> None:
    hashing = launch.FileHash(tmp_path / "missing.flac")
    hashing.start()
    assert hashing.outcome() is None


def test_the_launcher_imports_nothing_heavy_before_the_hash_starts() -> None:
    probe = (
        "import sys, opnamestudio.launch; "
        "print(sorted(m for m in ('argparse', 'json', 'pathlib', 'opnamestudio.cli', "
        "'cryptography', 'numpy', 'threading', 'typing', 'signal', 'hashlib') "
        "if m in sys.modules))"
    )
    # -S: without site-packages' start-up hooks (a development install imports pathlib there).
    root = Path(launch.__file__).parents[1]
    done = subprocess.run(
        [sys.executable, "-S", "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(root)},
    )
    assert done.stdout.strip() == "[]"


posix_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here: a thread hashes")

# Runs in a fresh interpreter: starts a ForkedHash on argv[1] (with the work named in argv[2], if
# any) and prints its outcome and how the child ended.
_FORKED = """
import json, os, signal, sys
from opnamestudio import launch

def dies(path):
    os.kill(os.getpid(), signal.SIGKILL)

def cut(path):
    # A USB stick pulled mid-read: the mapped file loses its pages while it is hashed.
    import hashlib, mmap
    with open(path, "r+b") as fh:
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        fh.truncate(0)
        return hashlib.sha256(mapped).hexdigest(), len(mapped)

if sys.argv[2:3] == ["cut"]:  # core files as large as this user may have them
    import resource
    hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
if len(sys.argv) > 3:  # a control first: the same cut in a plain forked child, does it dump?
    with open(sys.argv[1], "wb") as fh:
        fh.write(os.urandom(2**20))
    pid = os.fork()
    if pid == 0:
        cut(sys.argv[1])
        os._exit(0)
    control = os.waitpid(pid, 0)[1]
    with open(sys.argv[1], "wb") as fh:
        fh.write(os.urandom(2**20))
    print(os.WCOREDUMP(control), file=sys.stderr)

def chatters(path):
    print("from the child")
    print("to stderr", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    return "0" * 64, 0

works = {"dies": dies, "chatters": chatters, "cut": cut}
work = works.get(sys.argv[2]) if len(sys.argv) > 2 else None
hashing = launch.ForkedHash(sys.argv[1], work)
hashing.start()
outcome = hashing.outcome()
print(json.dumps({"outcome": outcome, "status": hashing.status}))
"""


def _forked(*args: str, cwd: Path | None = None) -> tuple[tuple[str, int] | None, int]:
    done = subprocess.run(
        [sys.executable, "-c", _FORKED, *args], capture_output=True, text=True, check=True, cwd=cwd
    )
    assert done.stderr == ""  # nothing from the child, ever
    report = json.loads(done.stdout)  # only the parent's line
    outcome = tuple(report["outcome"]) if report["outcome"] is not None else None
    return outcome, report["status"]


@posix_only
@pytest.mark.parametrize("size", [0, 1, 3 * 1024 * 1024 + 17])
def test_the_forked_child_hashes_the_file_as_hashlib_does(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    (tmp_path / "a.flac").write_bytes(data)
    outcome, status = _forked(str(tmp_path / "a.flac"))
    assert outcome == (hashlib.sha256(data).hexdigest(), size)
    assert os.waitstatus_to_exitcode(status) == 0


@posix_only
def test_a_child_that_dies_gives_no_hash(tmp_path: Path) -> None:
    (tmp_path / "a.flac").write_bytes(b"sound")
    outcome, status = _forked(str(tmp_path / "a.flac"), "dies")
    assert os.waitstatus_to_exitcode(status) == -signal.SIGKILL
    assert outcome is None  # no hash: the verifier reads the file itself


@posix_only
def test_a_file_cut_short_under_the_map_ends_only_the_child_quietly(tmp_path: Path) -> None:
    (tmp_path / "a.flac").write_bytes(os.urandom(2**20))
    outcome, status = _forked(str(tmp_path / "a.flac"), "cut", cwd=tmp_path)  # no stderr either
    assert os.waitstatus_to_exitcode(status) == -signal.SIGBUS  # the hazard is real, and contained
    assert not os.WCOREDUMP(status)  # no core file, no crash report
    assert outcome is None  # no hash: the verifier reads the file itself
    assert not list(tmp_path.glob("core*"))


@posix_only
def test_the_same_cut_would_dump_core_without_the_childs_precautions(tmp_path: Path) -> None:
    # The control for the test above: where this system writes core files at all (a plain file
    # name in core_pattern; never a crash handler's pipe), a child without the precautions does.
    pattern = Path("/proc/sys/kernel/core_pattern")
    if not pattern.exists() or pattern.read_text().startswith("|"):
        pytest.skip("core dumps go to a crash handler here (or nowhere known): no control run")
    import resource  # POSIX only

    if resource.getrlimit(resource.RLIMIT_CORE)[1] == 0:
        pytest.skip("core dumps are switched off for this user")
    done = subprocess.run(
        [sys.executable, "-c", _FORKED, str(tmp_path / "a.flac"), "cut", "control"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert done.stderr.strip() == "True"  # the plain child dumped core
    assert os.waitstatus_to_exitcode(json.loads(done.stdout)["status"]) == -signal.SIGBUS


@posix_only
def test_the_child_writes_nothing_to_the_terminal(tmp_path: Path) -> None:
    (tmp_path / "a.flac").write_bytes(b"sound")
    outcome, status = _forked(str(tmp_path / "a.flac"), "chatters")  # asserts empty stderr
    assert outcome == ("0" * 64, 0)
    assert os.waitstatus_to_exitcode(status) == 0


@posix_only
def test_the_child_stops_when_its_parent_is_gone(tmp_path: Path) -> None:
    # The parent starts the hash of a pipe and exits at once, without waiting for it (as when
    # it is killed). The child must stop reading after its next read: writing into the pipe
    # then fails, long before the 64 MiB the test is ready to write.
    fifo = tmp_path / "a.flac"
    os.mkfifo(fifo)
    probe = (
        "import os, sys; from opnamestudio import launch; "
        "h = launch.ForkedHash(sys.argv[1]); h.start(); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", probe, str(fifo)], check=True)
    written = 0
    with pytest.raises(BrokenPipeError), open(fifo, "wb", buffering=0) as pipe:
        while written < 64 * 2**20:
            written += pipe.write(b"\0" * 2**20)
    assert written < 64 * 2**20


@pytest.mark.parametrize("hasher", [file_sha256, mapped_sha256])
def test_a_hash_that_is_no_longer_wanted_stops(
    tmp_path: Path, hasher: Callable[..., tuple[str, int]]
) -> None:
    (tmp_path / "a.flac").write_bytes(b"sound")
    with pytest.raises(InterruptedError):
        hasher(tmp_path / "a.flac", wanted=lambda: False)
    assert hasher(tmp_path / "a.flac", wanted=lambda: True)[1] == 5


@pytest.mark.parametrize("size", [0, 1, 999, 1000, 1001, 4567])
def test_the_mapped_hash_is_the_files_hash_step_by_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    monkeypatch.setattr(filehash, "MAP_STEP", 1000)
    data = os.urandom(size)
    (tmp_path / "a.flac").write_bytes(data)
    assert mapped_sha256(tmp_path / "a.flac") == (hashlib.sha256(data).hexdigest(), size)


@pytest.mark.skipif(not Path("/proc/version").exists(), reason="no /proc here")
def test_a_file_whose_size_says_zero_is_read_not_mapped() -> None:
    sha, size = mapped_sha256("/proc/version")  # st_size 0, yet it has bytes
    assert size > 0
    assert (sha, size) == file_sha256("/proc/version")


@posix_only
def test_a_missing_file_gives_no_forked_hash(tmp_path: Path) -> None:
    outcome, status = _forked(str(tmp_path / "missing.flac"))
    assert outcome is None
    assert os.waitstatus_to_exitcode(status) == 1


@pytest.mark.parametrize(
    "report",
    [
        b"",
        b"abc 12\n",
        b"f" * 64 + b" 12",
        b"F" * 64 + b" 12\n",
        b"f" * 64 + b" -1\n",
        b"f" * 64 + b" 1 2\n",
    ],
)
def test_a_report_that_is_not_a_hash_is_none(report: bytes) -> None:
    assert launch._parse_report(report) is None
    assert launch._parse_report(b"f" * 64 + b" 12\n") == ("f" * 64, 12)


@posix_only
def test_a_hash_started_for_another_file_is_ended_and_collected(tmp_path: Path) -> None:
    (tmp_path / "a.flac").write_bytes(b"a")
    probe = (
        "import sys; from opnamestudio import launch; "
        "launch._early = launch.start_hash(sys.argv[1]); started = launch._early; "
        "assert isinstance(started, launch.ForkedHash); "
        "assert launch.early_hash(sys.argv[2]) is None; "
        "print(started.status is not None, started._fd)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "a.flac"), str(tmp_path / "b.flac")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["True", "-1"]


def test_a_thread_hashes_when_other_threads_run(tmp_path: Path) -> None:
    data = b"sound" * 1000
    (tmp_path / "a.flac").write_bytes(data)
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        hashing = launch.start_hash(tmp_path / "a.flac")
        assert isinstance(hashing, launch.FileHash)  # never fork beside a running thread
        assert hashing.outcome() == (hashlib.sha256(data).hexdigest(), len(data))
    finally:
        release.set()
        other.join()


# Ctrl+C (KeyboardInterrupt) at two moments of a real launch: before the command line is loaded,
# and inside the verifier. Either way: exit code 2, one line, and no hash child left behind.
_INTERRUPTED = """
import os, sys
from opnamestudio import launch
import opnamestudio.cli, opnamestudio.core.verify

def interrupt(*args, **kwargs):
    raise KeyboardInterrupt

if sys.argv[2] == "cli":
    opnamestudio.cli.main = interrupt
else:
    opnamestudio.core.verify.verify = interrupt
sys.argv = ["opnamestudio", "verify", sys.argv[1]]
code = launch.main()
try:
    os.waitpid(-1, os.WNOHANG)
    left = "a child is left"
except ChildProcessError:
    left = "no child left"
print(code, left)
"""


@posix_only
@pytest.mark.parametrize("where", ["cli", "verify"])
def test_ctrl_c_during_a_verify_ends_cleanly(tmp_path: Path, where: str) -> None:
    (tmp_path / "a.flac").write_bytes(os.urandom(8 * 2**20))
    done = subprocess.run(
        [sys.executable, "-c", _INTERRUPTED, str(tmp_path / "a.flac"), where],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["2", "no", "child", "left"]
    assert done.stderr.startswith("opnamestudio: stopped (Ctrl+C)")
    assert len(done.stderr.splitlines()) == 1
