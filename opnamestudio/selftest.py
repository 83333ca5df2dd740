"""``opnamestudio --self-test``: is this installation complete and working?

Run by IT after installing and by ``make installer`` on the bundled executable, where a missing
module, library, Qt plugin or resource only shows up at run time. Everything happens in a
private temporary data folder (no key, journal or trust entry lands in the user's real one) and
offscreen (no window appears). Steps:

1. import every module of the package (core and ui);
2. load PortAudio and list the microphones (none is fine: a build machine has no sound card);
   check that FFmpeg (PyAV) decodes the lossy formats clients' copies come in;
3. start Qt offscreen: the translation, the app icon and the main window;
4. record 1 s of a generated voice through the real recording engine (callback, writer, journal,
   FLAC), which seals it at stop;
5. verify the recording (``intact``, signer ``trusted``) and a WAV with the same samples
   (``intact-audio``: this runs the isolated decoder child, i.e. the executable once more).

Success prints one line starting with ``OK`` and returns 0; any failure prints one line naming
the step and returns 1. Never a traceback: IT reads this line in a deployment log.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pkgutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import opnamestudio

__all__ = ["EXIT_FAILED", "EXIT_OK", "REQUIRED_MODULES", "SelfTestError", "run_self_test"]

EXIT_OK = 0
EXIT_FAILED = 1

#: Modules that must be found even if listing the package (pkgutil) misses something in a
#: frozen build: the entry points of each part of the app.
REQUIRED_MODULES = (
    "opnamestudio.cli",
    "opnamestudio.core.recording",
    "opnamestudio.core.seal",
    "opnamestudio.core.verify",
    "opnamestudio.core.analyze",
    "opnamestudio.core.export",
    "opnamestudio.core.keys",
    "opnamestudio.core.orgsettings",
    "opnamestudio.ui.app",
    "opnamestudio.ui.main_window",
    "opnamestudio.ui.first_run",
    "opnamestudio.ui.settings_dialog",
)

RECORD_SECONDS = 1.0
#: The generated voice's seed: any fixed one, so two runs record the same audio.
VOICE_SEED = 8


class SelfTestError(Exception):
    """One step failed; the message is the one line shown."""


@contextlib.contextmanager
def _private_environment(folder: Path) -> Iterator[None]:
    """A private data folder and the offscreen Qt platform, restored afterwards."""
    saved = {name: os.environ.get(name) for name in ("OPNAMESTUDIO_HOME", "QT_QPA_PLATFORM")}
    os.environ["OPNAMESTUDIO_HOME"] = str(folder / "data")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def import_everything() -> int:
    """Import every module of the package; returns how many."""
    names = {
        info.name
        for info in pkgutil.walk_packages(opnamestudio.__path__, "opnamestudio.")
        if not info.name.endswith("__main__")  # running it would start the CLI
    }
    names.update(REQUIRED_MODULES)
    for name in sorted(names):
        try:
            importlib.import_module(name)
        except Exception as exc:
            raise SelfTestError(f"cannot import {name}: {exc}") from exc
    return len(names)


def check_portaudio() -> str:
    """Load PortAudio and list the microphones; a machine without any is fine."""
    from opnamestudio.core.devices import list_input_devices  # noqa: PLC0415
    from opnamestudio.core.errors import NoInputDeviceError  # noqa: PLC0415

    try:
        devices = list_input_devices()
    except NoInputDeviceError:
        devices = []  # PortAudio loaded but has no sound system to ask: no sound card here
    import sounddevice  # noqa: PLC0415 - loaded by list_input_devices above

    version = str(sounddevice.get_portaudio_version()[1]).split(",")[0]
    return f"{version} from {sounddevice._libname}, {len(devices)} microphone(s)"


#: The lossy formats clients' copies come in (MP3 from a phone app, AAC/M4A, Opus, Vorbis):
#: verifying them needs PyAV's FFmpeg decoders, which a bundle may lack.
DECODERS = ("mp3", "aac", "opus", "vorbis")


def check_decoders() -> str:
    """PyAV loads and has the decoders for the lossy copies the verifier reads."""
    import av  # noqa: PLC0415 - its FFmpeg libraries are the part most likely missing

    for name in DECODERS:
        try:
            av.codec.Codec(name, "r")
        except Exception as exc:
            raise SelfTestError(f"no {name} decoder in FFmpeg (PyAV {av.__version__})") from exc
    return f"decoders {', '.join(DECODERS)}"


def check_gui() -> str:
    """Start Qt offscreen and build the main window (plugins, translation, icon)."""
    from opnamestudio.ui.app import self_check  # noqa: PLC0415 - Qt only here

    return self_check()


def record_seal_verify(folder: Path) -> str:
    """Record 1 s of a generated voice, seal it, verify it and a WAV with the same samples."""
    import soundfile  # noqa: PLC0415

    from opnamestudio.core.display import format_key_id  # noqa: PLC0415
    from opnamestudio.core.recording import Recorder, RecordingSettings  # noqa: PLC0415
    from opnamestudio.core.synth import BlockSource, speech_like_blocks  # noqa: PLC0415
    from opnamestudio.core.verify import verify  # noqa: PLC0415

    source = BlockSource(speech_like_blocks(RECORD_SECONDS, seed=VOICE_SEED), name="self-test")
    recorder = Recorder(RecordingSettings(output=folder / "zelftest.flac"), source=source)
    recorder.start()
    if not source.done.wait(60):
        recorder.stop()
        raise SelfTestError("the generated voice did not finish within 60 s")
    info = recorder.stop()
    if info.seal is None:
        raise SelfTestError("the recording was not sealed")
    if abs(info.duration - RECORD_SECONDS) > 0.05:
        raise SelfTestError(f"recorded {info.duration:.2f} s instead of {RECORD_SECONDS:.2f} s")
    result = verify(info.path)
    if (result.content, result.signer) != ("intact", "trusted"):
        raise SelfTestError(
            f"the fresh recording verifies as {result.content}/{result.signer}: {result.detail}"
        )
    samples, rate = soundfile.read(info.path, dtype="int16")
    copy = folder / "zelftest-kopie.wav"
    soundfile.write(copy, samples, rate, subtype="PCM_16")
    other = verify(copy, info.seal)
    if other.content != "intact-audio":
        raise SelfTestError(f"a WAV copy verifies as {other.content}: {other.detail}")
    return f"key {format_key_id(result.key_id or '')}"


def run_self_test(out: Callable[[str], None] | None = None) -> int:
    """Run every step; print one line (``OK ...`` or what failed) and return the exit code."""
    say = out or _print
    step = "start"
    try:
        with (
            tempfile.TemporaryDirectory(
                prefix="opnamestudio-selftest-", ignore_cleanup_errors=True
            ) as tmp,
            _private_environment(Path(tmp)),
        ):
            step = "import"
            modules = import_everything()
            step = "PortAudio"
            audio = check_portaudio()
            step = "decoders"
            decoders = check_decoders()
            step = "Qt"
            gui = check_gui()
            step = "record, seal and verify"
            sealed = record_seal_verify(Path(tmp))
    except SelfTestError as exc:
        say(f"FAILED ({step}): {exc}")
        return EXIT_FAILED
    except Exception as exc:  # the one line IT needs, whatever broke
        one_line = " ".join(str(exc).split()) or type(exc).__name__
        say(f"FAILED ({step}): {type(exc).__name__}: {one_line}")
        return EXIT_FAILED
    say(
        f"OK: OpnameStudio {opnamestudio.__version__}; {modules} modules; {audio}; {decoders}; "
        f"{gui}; recorded, sealed and verified 1 s ({sealed})"
    )
    return EXIT_OK


def _print(line: str) -> None:
    print(line, file=sys.stdout, flush=True)
