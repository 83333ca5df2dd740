"""Cold start of the GUI to its main window shown, against a bare PySide6 window (DESIGN §10).

    python bench/bench_coldstart.py [--runs 11] [--profile auto|always|never]

Goal: OpnameStudio's start, from a new process to its main window painted on the screen, takes
at most 2 x the time of a bare PySide6 script that shows an empty QMainWindow, measured in the
same run.

- **The app** starts the way the ``opnamestudio`` command does: ``opnamestudio.cli.main([])``
  (no sub-command: the GUI), which imports ``opnamestudio.ui.app`` and calls ``run()``. The only
  addition is a hook in the child: ``QApplication.exec`` is wrapped so that, once the event loop
  runs, the first paint of the top-level QMainWindow prints ``shown`` and quits the app. Nothing
  else of the app changes.
- **The baseline** is a bare script: import PySide6, create the QApplication, show an empty
  QMainWindow, the same ``shown`` on its first paint.
- Both run offscreen (``QT_QPA_PLATFORM=offscreen``) in a fresh process each time, the time taken
  from starting the process to reading ``shown`` on its stdout (interpreter start-up included,
  teardown not). One untimed run of each first (the page cache), then ``--runs`` runs of each,
  alternating, and the medians are compared. The data folder (``OPNAMESTUDIO_HOME``) is a
  temporary one with the organisation's settings saved as set up, so no first-run wizard shows.
  Bytecode is written (``PYTHONDONTWRITEBYTECODE`` is dropped for the children) and the untimed
  first runs compile it, as pip and PyInstaller do for an installed app.
- When the ratio fails (or with ``--profile always``) the app's imports are measured with
  ``python -X importtime`` and the slowest packages are listed, to show what could load later.

Ends with ``Result: PASS`` (exit status 0) or ``Result: FAIL`` (1); 2 when it cannot run.
"""

from __future__ import annotations

import argparse
import collections
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 2.0
REPO = Path(__file__).resolve().parents[1]
#: The interpreter both scripts run with, and their working folder (set by main()).
RUNNER = {"python": sys.executable, "cwd": str(REPO)}

#: Prints "shown" and quits at the first paint of the first top-level QMainWindow.
HOOK = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            print("shown", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


_first_paint = _FirstPaint()


def _watch_main_window(app):
    for widget in app.topLevelWidgets():
        if isinstance(widget, QMainWindow):
            widget.installEventFilter(_first_paint)
            return
    raise SystemExit("no QMainWindow was shown before the event loop started")
"""

APP = (
    HOOK
    + """
_original_exec = QApplication.exec


def _exec(self):
    _watch_main_window(self)
    return _original_exec()


QApplication.exec = _exec

from opnamestudio.cli import main

raise SystemExit(main([]))
"""
)

#: The app's start in phases (profile only): each line "phase <ms since start> <what>".
PHASES = """
import time
_t0 = time.perf_counter()


def _phase(what):
    print(f"phase {(time.perf_counter() - _t0) * 1000:.0f} {what}", flush=True)


from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

_phase("PySide6.QtWidgets imported")
import opnamestudio.ui.app
import opnamestudio.ui.main_window as _mw

_phase("opnamestudio.ui.app imported (with the main window's modules)")
_init = _mw.MainWindow.__init__


def _timed_init(self, *args, **kwargs):
    _phase("QApplication made, translations loaded")
    _init(self, *args, **kwargs)
    _phase("MainWindow built")


_mw.MainWindow.__init__ = _timed_init


class _FirstPaint(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            _phase("first paint of the main window")
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


_filter = _FirstPaint()
_exec = QApplication.exec


def _timed_exec(self):
    _phase("shown, event loop starts")
    for widget in self.topLevelWidgets():
        if widget.inherits("QMainWindow"):
            widget.installEventFilter(_filter)
    return _exec()


QApplication.exec = _timed_exec
from opnamestudio.cli import main

raise SystemExit(main([]))
"""

BARE = (
    HOOK
    + """
import sys

app = QApplication(sys.argv)
window = QMainWindow()
window.show()
_watch_main_window(app)
raise SystemExit(app.exec())
"""
)


def run_once(code: str, env: dict[str, str]) -> float:
    """Seconds from starting ``python -c code`` to its "shown"; the child then exits by itself."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [RUNNER["python"], "-c", code],
        env=env,
        cwd=RUNNER["cwd"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    shown_at = None
    for line in child.stdout:
        if line.strip() == "shown":
            shown_at = time.perf_counter()
            break
    try:
        _, err = child.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        child.kill()
        _, err = child.communicate()
        raise RuntimeError("the window did not close after it was shown") from None
    if shown_at is None:
        raise RuntimeError(f"no window was shown (exit {child.returncode}):\n{err[-2000:]}")
    return shown_at - start


def seed_home(home: Path) -> None:
    """A data folder with the organisation set up, as after the first-run wizard."""
    os.environ["OPNAMESTUDIO_HOME"] = str(home)
    from opnamestudio.core.orgsettings import OrgSettings, save_settings

    save_settings(OrgSettings(organisation="Benchmark", set_up=True))


def import_profile(env: dict[str, str], top: int = 15) -> list[tuple[str, float]]:
    """Cumulative import time per top-level package of one app start (``-X importtime``)."""
    done = subprocess.run(
        [RUNNER["python"], "-X", "importtime", "-c", APP],
        env=env,
        cwd=RUNNER["cwd"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    per_package: dict[str, float] = collections.defaultdict(float)
    # Lines look like "import time:  self [us] | cumulative | imported package"; the self times
    # of a package's modules add up to what importing that package cost.
    for line in done.stderr.splitlines():
        fields = line.removeprefix("import time:").split("|")
        if not line.startswith("import time:") or len(fields) != 3:
            continue
        if not fields[0].strip().isdigit():
            continue
        per_package[fields[2].strip().split(".")[0]] += int(fields[0]) / 1e6
    return sorted(per_package.items(), key=lambda item: -item[1])[:top]


def phases(env: dict[str, str]) -> list[tuple[float, str]]:
    """(ms since the start of the script, what was done) of one app start."""
    done = subprocess.run(
        [RUNNER["python"], "-c", PHASES],
        env=env,
        cwd=RUNNER["cwd"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    found = []
    for line in done.stdout.splitlines():
        if line.startswith("phase "):
            _, ms, what = line.split(" ", 2)
            found.append((float(ms), what))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11, help="timed runs of each (default 11)")
    parser.add_argument("--profile", choices=["auto", "always", "never"], default="auto")
    parser.add_argument(
        "--install",
        choices=["regular", "dev"],
        default="regular",
        help="run the app from a regular install of this checkout's wheel (default), or from "
        "the development checkout (pip install -e: an extra import finder at every start)",
    )
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="bench-coldstart-"))
    try:
        home = scratch / "home"
        seed_home(home)
        if args.install == "regular":
            # As shipped: bench_seal's wheel install, its venv's python for both scripts (the
            # bare one too), started outside the checkout so the checkout is not on sys.path.
            from bench_seal import shipped_command  # bench/ is sys.path[0]

            script = Path(shipped_command(scratch)[0])
            RUNNER["python"] = str(script.with_name(Path(sys.executable).name))
            RUNNER["cwd"] = str(scratch)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPNAMESTUDIO_HOME=str(home))
        env.pop("QT_SCALE_FACTOR", None)
        # An installed app has its bytecode compiled (pip and PyInstaller do it); a dev shell
        # may forbid writing it, which would time the compiler. The untimed runs write it.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        print("Cold start to the main window shown (offscreen, a new process each time)")
        print(
            f"python {sys.version.split()[0]}, {args.runs} runs of each, alternating, "
            f"{args.install} install"
        )
        try:
            run_once(BARE, env)  # untimed: fill the page cache for both
            run_once(APP, env)
            bare: list[float] = []
            app: list[float] = []
            for _ in range(args.runs):
                bare.append(run_once(BARE, env))
                app.append(run_once(APP, env))
        except (OSError, RuntimeError) as exc:
            print(f"cannot run: {exc}")
            return 2
        bare_median = statistics.median(bare)
        app_median = statistics.median(app)
        ratio = app_median / bare_median
        passed = ratio <= GOAL
        print(f"{'':22}{'median':>10}{'min':>10}{'max':>10}")
        for name, values in (("bare PySide6 window", bare), ("OpnameStudio", app)):
            print(
                f"{name:22}{statistics.median(values) * 1000:>8.0f}ms"
                f"{min(values) * 1000:>8.0f}ms{max(values) * 1000:>8.0f}ms"
            )
        print(f"ratio (median app / median bare): {ratio:.2f}  (goal <= {GOAL:.1f})")
        if args.profile == "always" or (args.profile == "auto" and not passed):
            print("\nOne app start in phases (ms since the script's first line):")
            for ms, what in phases(env):
                print(f"  {ms:>6.0f} ms  {what}")
            print("\nImport time per package, one app start (python -X importtime):")
            for package, seconds in import_profile(env):
                print(f"  {package:28}{seconds * 1000:>8.1f} ms")
        print(f"\nResult: {'PASS' if passed else 'FAIL'}")
        return 0 if passed else 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
