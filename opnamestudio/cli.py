"""The command line: ``opnamestudio`` starts the GUI; sub-commands serve administrators and tests.

This module never imports PySide6 (a test checks it): only starting the GUI loads Qt.
Every failure is one line on stderr and exit code 2; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from opnamestudio import __version__
from opnamestudio.cli_archive import register as register_archive
from opnamestudio.core.display import format_key_id
from opnamestudio.core.errors import OpnameError

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_ERROR = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="opnamestudio",
        description="Record, seal and share conversations. Without a command the app starts.",
    )
    parser.add_argument("--version", action="version", version=f"OpnameStudio {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check this installation")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("devices", help="list the microphones")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("record", help="record from a microphone without the GUI")
    p.add_argument("--seconds", type=float, required=True, help="length of the recording")
    p.add_argument("--device", help="device number or (part of) its name; default: the default")
    p.add_argument("--format", choices=["flac", "wav"], default="flac", help="default: flac")
    p.add_argument("--channels", type=int, choices=[1, 2], default=1, help="default: 1 (mono)")
    p.add_argument("--samplerate", type=int, default=48000, help="default: 48000")
    p.add_argument(
        "--archive",
        action="store_true",
        help="once sealed, encrypt it into the archive and remove the plaintext file",
    )
    p.add_argument("out", type=Path, help="the audio file to create (never overwritten)")

    p = sub.add_parser(
        "recover", help="turn unfinished recordings (after a crash) into audio files"
    )
    p.add_argument(
        "--key",
        type=Path,
        help="open encrypted journals with this key file (the recovery key) instead of the "
        "archive's own key",
    )

    p = sub.add_parser("verify", help="check a copy against its seal: intact, or what changed")
    p.add_argument("file", type=Path, help="the audio file to check")
    p.add_argument("--seal", type=Path, help="the seal (default: <name>.zegel.json beside FILE)")
    p.add_argument(
        "--trust", type=Path, action="append", default=[], help="a trusted minisign .pub key"
    )
    p.add_argument("--json", action="store_true", help="machine-readable output (docs/)")

    p = sub.add_parser(
        "export", help="copy a sealed recording to a USB stick or folder, read back and checked"
    )
    p.add_argument("recording", type=Path, help="the recording (its seal must be beside it)")
    p.add_argument("dest", type=Path, help="the USB stick or folder; a new folder is made in it")
    p.add_argument(
        "--organisation",
        default="",
        help="the organisation's name, for LEESMIJ.txt (default: the app's settings)",
    )

    _add_import_parser(sub)
    _add_derive_parser(sub)

    p = sub.add_parser("keys", help="show this installation's signing key id (to publish)")
    p.add_argument("--pub", action="store_true", help="print the minisign public key file")
    p.add_argument("--trust", type=Path, metavar="KEY.pub", help="add a key to the trust store")
    p.add_argument("--trusted", action="store_true", help="list the trusted keys")

    p = sub.add_parser("audit", help="check the audit log: every entry, and its signed end")
    p.add_argument("action", choices=["verify"], help="verify: check the chain and its signed head")

    p = sub.add_parser("_analyze")  # hidden: no help, not listed
    p.add_argument("args", nargs=3)
    p = sub.add_parser("_digest")
    p.add_argument("args", nargs=2)
    p = sub.add_parser("_derive")
    p.add_argument("args", nargs=6)

    p = sub.add_parser("demo", help="a full flow on a generated voice, headless")
    p.add_argument("--seconds", type=float, default=20.0)
    p.add_argument(
        "--out", type=Path, help="folder for the demo files (default: a new temp folder)"
    )

    register_archive(sub)

    p = sub.add_parser("gui", help="start the app (the default)")
    p.add_argument("qt_args", nargs=argparse.REMAINDER)
    return parser


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 - one return per command
    """Entry point of the ``opnamestudio`` command."""
    args = _parser().parse_args(argv)
    if args.self_test:
        from opnamestudio.selftest import run_self_test  # noqa: PLC0415

        return run_self_test()
    command = args.command or "gui"
    try:
        if hasattr(args, "run"):  # a command registered by its own module (cli_archive)
            return int(args.run(args))
        if command == "devices":
            return _devices(args.json)
        if command == "record":
            return _record(args)
        if command == "recover":
            return _recover(args.key)
        if command == "verify":
            return _verify(args)
        if command == "keys":
            return _keys(args)
        if command == "audit":
            return _audit()
        if command == "export":
            return _export(args)
        if command in ("import", "derive", "_digest", "_derive"):
            return _copies_command(command, args)
        if command == "_analyze":
            from opnamestudio.core.verify import run_child  # noqa: PLC0415

            return run_child(args.args)
        if command == "demo":
            return _demo(args.seconds, args.out)
        return _gui(getattr(args, "qt_args", []))
    except OpnameError as exc:
        _fail(exc)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("opnamestudio: stopped (Ctrl+C) before it was done", file=sys.stderr)
        return EXIT_ERROR


def _fail(exc: OpnameError) -> None:
    line = exc.one_line()
    if exc.recording is not None:
        line += f" (kept: {exc.recording.path})"
    print(f"opnamestudio: {line}", file=sys.stderr)


def _devices(as_json: bool) -> int:
    from opnamestudio.core.devices import list_input_devices  # noqa: PLC0415

    devices = list_input_devices()
    if as_json:
        print(json.dumps([d.__dict__ for d in devices], indent=2))
        return EXIT_OK
    if not devices:
        print("No microphone found.")
        return EXIT_FAILED
    for d in devices:
        mark = "*" if d.is_default else " "
        print(
            f"{mark} {d.index:3d}  {d.name}  ({d.hostapi}, {d.max_input_channels} ch, "
            f"{d.default_samplerate:.0f} Hz)"
        )
    return EXIT_OK


def _record(args: argparse.Namespace) -> int:
    from opnamestudio.core.recording import Recorder, RecordingSettings  # noqa: PLC0415

    if args.seconds <= 0:
        print("opnamestudio: --seconds must be more than 0", file=sys.stderr)
        return EXIT_ERROR
    settings = RecordingSettings(
        output=args.out,
        container=args.format,
        channels=args.channels,
        samplerate=args.samplerate,
        device=args.device,
    )
    recorder = Recorder(settings)
    recorder.start()
    recorder.set_frame_target(round(args.seconds * recorder.samplerate))
    snap = recorder.snapshot()
    print(
        f"Recording from {snap.device} at {recorder.samplerate} Hz; journal: "
        f"{recorder.journal_path}",
        file=sys.stderr,
        flush=True,
    )
    try:
        while not recorder.wait(0.5):
            pass
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
    info = recorder.stop()
    if recorder.samplerate != settings.samplerate:
        print(
            f"Note: the device does not record at {settings.samplerate} Hz; "
            f"recorded at its own {recorder.samplerate} Hz.",
            file=sys.stderr,
        )
    if info.overflows:
        print(f"Warning: {info.overflows} input overflow(s).", file=sys.stderr)
    if args.archive:
        from opnamestudio.core.autoarchive import archive_after_seal  # noqa: PLC0415

        rec = archive_after_seal(info)
        if rec is None:
            print(
                "opnamestudio: not archived: the archive has no keys yet "
                "('opnamestudio archive init' and 'archive recovery-key'); the file is kept",
                file=sys.stderr,
            )
            print(info.path)
            return EXIT_ERROR
        print(f"archived: {rec.recording_id}; the plaintext {info.path} is removed")
        return EXIT_OK
    print(info.path)
    return EXIT_OK


def _recover(key_file: Path | None) -> int:
    from opnamestudio.core.recover import recover_all  # noqa: PLC0415

    results = recover_all(_journal_keys(key_file))
    if not results:
        print("No unfinished recordings.")
        return EXIT_OK
    status = EXIT_OK
    for r in results:
        if r.in_use:
            print(f"in use (still recording): {r.journal}")
        elif r.error is not None:
            print(f"failed: {r.journal}: {r.error.one_line()}")
            status = EXIT_ERROR
        elif r.info is None:
            print(f"empty (no audio), removed: {r.journal}")
        else:
            cut = r.info.interruption
            where = f", interrupted at {cut['frame'] / r.info.samplerate:.2f} s" if cut else ""
            print(f"recovered: {r.info.path} ({r.info.duration:.2f} s{where})")
            if r.archived is not None:
                print(f"archived: {r.archived}; the plaintext {r.info.path} is removed")
            elif r.archive_error is not None:
                print(f"not archived (the file is kept): {r.archive_error.one_line()}")
                status = EXIT_ERROR
    return status


def _journal_keys(key_file: Path | None) -> Any:
    """What opens an encrypted journal: the key file given, else the archive's own key
    (keyring, or the passphrase from OPNAMESTUDIO_ARCHIVE_PASSPHRASE or the terminal);
    asked only when an encrypted journal is found."""

    def unlock() -> Any:
        from opnamestudio import cli_archive  # noqa: PLC0415
        from opnamestudio.core.archivekeys import read_identity_file  # noqa: PLC0415

        if key_file is not None:
            return read_identity_file(key_file, os.environ.get(cli_archive.PASSPHRASE_ENV))
        return cli_archive.keys_for_reading().identities()

    return unlock


def _verify(args: argparse.Namespace) -> int:
    # The one pass over the file runs beside the imports (a forked child, or a thread), started
    # at launch when the entry point could see the file (opnamestudio.launch), else here: the
    # imports of the verifier and the signature check overlap with it instead of adding up.
    from opnamestudio.launch import early_hash, start_hash  # noqa: PLC0415

    hashing = early_hash(args.file) or start_hash(args.file)
    try:
        from opnamestudio.core.verify import verify  # noqa: PLC0415

        result = verify(args.file, args.seal, args.trust, file_hash=hashing.outcome)
    finally:
        hashing.cancel()  # when the verifier stopped (an error, Ctrl+C) before it needed the hash
    if args.json:
        print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
        return result.exit_code
    if result.file_sha256:
        print(f"file:    {args.file} (vingerafdruk {format_key_id(result.file_sha256)})")
    print(f"content: {result.content} - {result.detail}")
    if result.derived is not None:
        original = result.derived["original"]
        print(f"  announced cuts, reason: {result.derived['reason']}")
        print(f"  original: vingerafdruk {format_key_id(original['audio_sha256'])}")
    if result.received is not None:
        print(f"  received from the client on {result.received['date'] or result.received['utc']}")
    for r in result.ranges:
        rate = result.samplerate
        print(
            f"  {r.kind:8s} original {_clock(r.orig_start / rate)}-{_clock(r.orig_end / rate)}"
            f"  in this file {_clock(r.copy_start / rate)}-{_clock(r.copy_end / rate)}"
            + ("  (inside a stretch of identical samples)" if r.in_run else "")
        )
    key = f" key {format_key_id(result.key_id)}" if result.key_id else ""
    print(f"signer:  {result.signer}{key} - {result.signer_detail}")
    return result.exit_code


def _audit() -> int:
    from opnamestudio.core import paths  # noqa: PLC0415
    from opnamestudio.core.audit import (  # noqa: PLC0415
        AuditError,
        log_path,
        missing_anchors,
        seal_anchors,
        verify_chain,
    )

    print(f"audit log: {log_path()}")
    try:
        report = verify_chain()
    except AuditError as exc:
        print(f"  NOT intact: {exc.message}")
        return EXIT_FAILED
    print(f"  {report.entries} entries, every line and link intact")
    if report.signed_seq is not None and report.key_id is not None:
        print(
            f"  signed head at entry {report.signed_seq} by key {format_key_id(report.key_id)}"
            + (f"; {report.unsigned_after} entry after it" if report.unsigned_after else "")
        )
    # Each seal holds the chain head at its sealing: a log rewritten or cut since then (even
    # re-signed with the installation's key) no longer has that line.
    anchors = seal_anchors(paths.data_dir())
    missing = missing_anchors(anchors)
    for seal_file, anchor in missing:
        print(f"  NOT intact: {seal_file.name} was sealed at entry {anchor[:16]}…, not in the log")
    if missing:
        return EXIT_FAILED
    print(f"  the anchors of {len(anchors)} seals are all in the log")
    return EXIT_OK


def _clock(seconds: float) -> str:
    minutes, sec = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    return f"{hours:d}:{minutes:02d}:{sec:06.3f}"


def _keys(args: argparse.Namespace) -> int:
    from opnamestudio.core.keys import (  # noqa: PLC0415
        PublicKey,
        TrustStore,
        load_or_create_signing_key,
    )

    if args.trust:
        added = PublicKey.from_file(args.trust)
        TrustStore().add(added, name=args.trust.stem)
        print(f"trusted: {format_key_id(added.key_id)} ({args.trust})")
        return EXIT_OK
    if args.trusted:
        for trusted in TrustStore().trusted_keys():
            print(format_key_id(trusted.key_id))
        return EXIT_OK
    key = load_or_create_signing_key()
    if args.pub:
        print(key.public.to_minisign(), end="")
        return EXIT_OK
    print(f"key id (publish this): {format_key_id(key.public.key_id)}")
    print(f"full key id: {key.public.key_id}")
    return EXIT_OK


class _ExportProgress:
    """Percentage and time left on stderr: one updating line on a terminal, else every 10 %."""

    def __init__(self, *, megabytes: bool = True) -> None:
        self._megabytes = megabytes
        self._start = time.monotonic()
        self._tty = sys.stderr.isatty()
        self._shown = -1

    def __call__(self, done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        step = percent if self._tty else percent // 10 * 10
        if step == self._shown:
            return
        self._shown = step
        elapsed = time.monotonic() - self._start
        left = f", about {_duration(elapsed * (total - done) / done)} left" if done else ""
        amount = f"  {done / 1e6:.1f} of {total / 1e6:.1f} MB" if self._megabytes else ""
        line = f"{percent:3d}%{amount}{left}"
        if self._tty:
            print(f"\r{line:<60}", end="", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self._tty and self._shown >= 0:
            print(file=sys.stderr)


def _duration(seconds: float) -> str:
    minutes, sec = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{sec:02d}" if hours else f"{minutes}:{sec:02d}"


def _export(args: argparse.Namespace) -> int:
    from opnamestudio.core.export import export_copy  # noqa: PLC0415
    from opnamestudio.core.orgsettings import load_settings  # noqa: PLC0415

    # The organisation's name for LEESMIJ.txt: the option, else the app's settings.
    organisation = args.organisation or load_settings().organisation
    progress = _ExportProgress()
    try:
        result = export_copy(
            args.recording, args.dest, progress=progress, organisation=organisation
        )
    finally:
        progress.finish()
    print(
        f"Copied and read back: {result.bytes / 1e6:.1f} MB in {result.seconds:.1f} s",
        file=sys.stderr,
    )
    # The agreement PDF is made by the app (Qt draws it); the command line has no Qt.
    print(
        "Not included: the agreement PDF. Make it in the app (Kopieën > Kopie voor cliënt, or "
        "the seal's 'Afspraken' button) and put it beside the copy if the client wants it.",
        file=sys.stderr,
    )
    print(result.folder)
    return EXIT_OK


# ----------------------------------------------------------------------------- received, derived


def _add_import_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import", help="take in a recording the client made: copied byte for byte and sealed"
    )
    p.add_argument("file", type=Path, help="the client's file (any format)")
    p.add_argument("--note", default="", help="a note for the audit log (not in the seal)")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def _add_derive_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "derive", help="an edited copy with announced cuts, sealed as derived from the original"
    )
    p.add_argument("original", type=Path, help="the sealed original (its seal beside it)")
    p.add_argument(
        "--cut",
        action="append",
        required=True,
        metavar="START-END",
        help="a part to take out, in seconds or mm:ss (e.g. 1:05-1:12.5); repeat for more",
    )
    p.add_argument("--reason", required=True, help="why (goes into the seal: write no names)")
    p.add_argument("-o", "--out", type=Path, help="the edited copy (default: NAME-bewerkt.EXT)")
    p.add_argument(
        "--trust", type=Path, action="append", default=[], help="a trusted minisign .pub key"
    )


def _copies_command(command: str, args: argparse.Namespace) -> int:
    if command == "import":
        return _import(args)
    if command == "derive":
        return _derive(args)
    if command == "_digest":
        from opnamestudio.core.importing import run_digest_child  # noqa: PLC0415

        return run_digest_child(list(args.args))
    from opnamestudio.core.derive import run_derive_child  # noqa: PLC0415

    return run_derive_child(list(args.args))


def _import(args: argparse.Namespace) -> int:
    from opnamestudio.core.importing import import_received  # noqa: PLC0415

    progress = _ExportProgress()
    try:
        result = import_received(args.file, note=args.note, progress=progress)
    finally:
        progress.finish()
    if args.json:
        print(
            json.dumps(
                {
                    "audio": str(result.audio),
                    "seal": str(result.seal),
                    "signature": str(result.signature),
                    "sha256": result.sha256,
                    "decoded": result.decoded,
                },
                indent=2,
            )
        )
        return EXIT_OK
    how = "by its bytes and its audio" if result.decoded else "by its bytes only (not decodable)"
    print(
        f"Received and sealed {how}: vingerafdruk {format_key_id(result.sha256)}", file=sys.stderr
    )
    print(result.audio)
    return EXIT_OK


def _derive(args: argparse.Namespace) -> int:
    from opnamestudio.core.derive import derive_copy, parse_cut  # noqa: PLC0415

    try:
        cuts = [parse_cut(text) for text in args.cut]
    except ValueError as exc:
        print(f"opnamestudio: {exc}", file=sys.stderr)
        return EXIT_ERROR
    progress = _ExportProgress(megabytes=False)  # the deriver counts frames, not bytes
    try:
        result = derive_copy(
            args.original,
            cuts,
            args.reason,
            out=args.out,
            progress=progress,
            trust_files=args.trust,
        )
    finally:
        progress.finish()
    rate = result.samplerate
    for start, end in result.cuts:
        print(
            f"  removed {_clock(start / rate)}-{_clock(end / rate)} of the original",
            file=sys.stderr,
        )
    print(f"Edited copy sealed: vingerafdruk {format_key_id(result.sha256)}", file=sys.stderr)
    print(result.audio)
    return EXIT_OK


def _demo(seconds: float, out: Path | None) -> int:
    import tempfile  # noqa: PLC0415 (only the demo)

    from opnamestudio.core.demo import run_demo  # noqa: PLC0415

    folder = out or Path(tempfile.mkdtemp(prefix="opnamestudio-demo-"))
    folder.mkdir(parents=True, exist_ok=True)
    for line in run_demo(folder, seconds=seconds):
        print(line, flush=True)
    return EXIT_OK


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _gui(qt_args: Sequence[str]) -> int:
    if not _has_display():
        print(
            "No display found (DISPLAY is not set): running the headless demo instead.",
            file=sys.stderr,
        )
        return _demo(20.0, None)
    from opnamestudio.ui.app import run  # noqa: PLC0415 - Qt is loaded only for the GUI

    return int(run(list(qt_args)))
