"""``opnamestudio archive …``: the organisation's encrypted archive from the command line.

    opnamestudio archive init                      create this installation's archive key
    opnamestudio archive recovery-key --out FILE   make the organisation's recovery key (USB)
    opnamestudio archive recovery-key --set AGE1…  use a recovery key made elsewhere
    opnamestudio archive rotate                    a new installation key (old ones kept)
    opnamestudio archive add AUDIO                 encrypt a sealed recording into the archive
    opnamestudio archive list | show ID            what the archive holds
    opnamestudio archive verify [ID] [--key FILE]  decrypt and check against the seal
    opnamestudio archive decrypt ID DEST           the audio back, checked against the seal
    opnamestudio archive expire [--today DATE]     delete what is past its retention end
    opnamestudio archive rebuild-index             a new index from the files (damaged index)

Where there is no OS keyring the archive key is protected by a passphrase: it is read from
``OPNAMESTUDIO_ARCHIVE_PASSPHRASE`` or asked on the terminal. Failures are one line on stderr
and exit code 2 (cli.main catches OpnameError); ``verify`` exits 1 when a recording is damaged.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from opnamestudio.core.errors import OpnameError

__all__ = ["PASSPHRASE_ENV", "register", "run"]

PASSPHRASE_ENV = "OPNAMESTUDIO_ARCHIVE_PASSPHRASE"  # noqa: S105 - a variable name
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_ERROR = 2


def register(subparsers: Any) -> None:
    """Add the ``archive`` command to the main parser's sub-commands."""
    p = subparsers.add_parser("archive", help="the organisation's encrypted archive")
    p.set_defaults(run=run)
    sub = p.add_subparsers(dest="archive_command", metavar="ACTION", required=True)

    sub.add_parser("init", help="create this installation's archive key")
    q = sub.add_parser("recovery-key", help="the organisation's recovery key (escrow)")
    group = q.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", type=Path, help="write a new recovery key to this file (USB)")
    group.add_argument("--set", metavar="AGE1…", help="use this public recovery key")
    sub.add_parser("rotate", help="a new installation key; older recordings stay readable")

    q = sub.add_parser("add", help="encrypt a sealed recording into the archive")
    q.add_argument("audio", type=Path, help="the audio file; its seal must be beside it")
    q.add_argument("--session", help="the session id (its retention period applies)")
    q.add_argument("--retention-end", type=date.fromisoformat, help="last day kept (YYYY-MM-DD)")

    q = sub.add_parser("list", help="the recordings in the archive")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q = sub.add_parser("show", help="one recording")
    q.add_argument("id")
    q.add_argument("--json", action="store_true", help="machine-readable output")

    q = sub.add_parser("verify", help="decrypt and check against the seal (all, or one)")
    q.add_argument("id", nargs="?")
    q.add_argument("--key", type=Path, help="an age key file instead (e.g. the recovery key)")

    q = sub.add_parser("decrypt", help="write the audio, checked against its seal")
    q.add_argument("id")
    q.add_argument("dest", type=Path, help="the file to create (never overwritten)")
    q.add_argument("--key", type=Path, help="an age key file instead (e.g. the recovery key)")

    sub.add_parser("rebuild-index", help="a new index from the archive's files (damaged index)")

    q = sub.add_parser("expire", help="delete the audio past its retention end; seals stay")
    q.add_argument("--today", type=date.fromisoformat, help="default: today (YYYY-MM-DD)")


def _passphrase(confirm: bool = False) -> str | None:
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        return None
    import getpass  # noqa: PLC0415 (only when a passphrase is asked)

    first = getpass.getpass("Archive passphrase: ")
    if confirm and getpass.getpass("Again: ") != first:
        print("opnamestudio: the passphrases differ", file=sys.stderr)
        return None
    return first or None


def _keys(confirm: bool = False) -> Any:
    from opnamestudio.core.archivekeys import ArchiveKeys, usable_keyring  # noqa: PLC0415

    backend = usable_keyring()
    passphrase = None if backend is not None else _passphrase(confirm)
    return ArchiveKeys(_archive_folder() / "keys", keyring_backend=backend, passphrase=passphrase)


def keys_for_reading() -> Any:
    """The archive's keys, ready to unlock (the passphrase asked for when there is no keyring)."""
    return _keys()


def _archive_folder() -> Path:
    from opnamestudio.core.archive import archive_dir  # noqa: PLC0415

    return archive_dir()


def _open(key_file: Path | None = None, *, confirm: bool = False) -> Any:
    from opnamestudio.core.archive import Archive  # noqa: PLC0415
    from opnamestudio.core.archivekeys import read_identity_file  # noqa: PLC0415

    if key_file is not None:
        identities = read_identity_file(key_file, os.environ.get(PASSPHRASE_ENV))
        return Archive(identities=identities)
    return Archive(keys=_keys(confirm))


def run(args: argparse.Namespace) -> int:
    """Carry out ``opnamestudio archive <action>``."""
    action = args.archive_command
    handler = _HANDLERS[action]
    return handler(args)


def _init(args: argparse.Namespace) -> int:
    keys = _keys(confirm=True)
    recipient = keys.create()
    where = "the OS keyring" if keys.keyring() is not None else "a passphrase"
    print(f"Archive key created ({where}): {recipient}")
    print("Next: opnamestudio archive recovery-key --out <USB stick>/herstelsleutel.txt")
    return EXIT_OK


def _recovery_key(args: argparse.Namespace) -> int:
    from opnamestudio.core.agecrypt import X25519Recipient  # noqa: PLC0415
    from opnamestudio.core.archivekeys import write_recovery_key  # noqa: PLC0415

    keys = _keys()
    if args.set:
        try:
            recipient = X25519Recipient.from_str(args.set)
        except ValueError:
            print(f"opnamestudio: {args.set!r} is not an age public key (age1…)", file=sys.stderr)
            return EXIT_ERROR
    else:
        recipient = write_recovery_key(args.out).recipient
        print(f"Recovery key written to {args.out}. Keep it away from the laptops (a safe).")
    keys.set_recovery_recipient(recipient)
    print(f"Recovery key (public part): {recipient}")
    return EXIT_OK


def _rotate(args: argparse.Namespace) -> int:
    keys = _keys()
    keys.check_passphrase()  # the new key gets the same protection as the old ones
    print(f"New archive key: {keys.rotate()}")
    return EXIT_OK


def _add(args: argparse.Namespace) -> int:
    from opnamestudio.core.seal import seal_paths_for  # noqa: PLC0415

    files = seal_paths_for(args.audio)
    with _open() as archive:
        rec = archive.archive_recording(
            args.audio,
            files.manifest,
            files.signature,
            session_id=args.session,
            retention_end=args.retention_end,
        )
    end = rec.retention_end.isoformat() if rec.retention_end else "none"
    print(f"archived: {rec.recording_id} (retention end {end}); {args.audio} removed")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    with _open_index() as archive:
        recordings = archive.recordings()
    if args.json:
        print(json.dumps([r.to_json() for r in recordings], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not recordings:
        print("The archive is empty.")
    for r in recordings:
        end = r.retention_end.isoformat() if r.retention_end else "-"
        state = f"deleted {r.deleted_on}" if r.state == "deleted" else "kept"
        print(f"{r.recording_id}  {r.duration / 60:6.1f} min  until {end}  {state}  {r.name}")
    return EXIT_OK


def _open_index() -> Any:
    """The archive for reading the index only: no key is unlocked."""
    from opnamestudio.core.archive import Archive  # noqa: PLC0415

    return Archive(identities=[])


def _show(args: argparse.Namespace) -> int:
    from opnamestudio.core.display import format_key_id  # noqa: PLC0415

    with _open_index() as archive:
        rec = archive.get(args.id)
        deletion = archive.deletion_of(args.id)
        seal = archive.seal(args.id)
    if args.json:
        value = rec.to_json()
        value["seal"] = str(archive.seal_path(args.id))
        value["key_id"] = seal.public_key.key_id
        print(json.dumps(value, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"recording:  {rec.recording_id} ({rec.name})")
    print(f"audio:      {rec.size / 1e6:.1f} MB, {rec.duration / 60:.1f} min")
    print(f"vingerafdruk: {format_key_id(rec.sha256)}")
    print(f"signed by:  {format_key_id(seal.public_key.key_id)}")
    print(f"archived:   {rec.archived_utc}")
    print(f"session:    {rec.session_id or '-'}")
    print(f"retention:  until {rec.retention_end or '-'}")
    if deletion is not None:
        print(f"deleted:    {deletion.deleted_on} ({deletion.reason}); the seal is kept")
    else:
        print(f"encrypted:  {archive.audio_dir / rec.audio_file}")
    print(f"seal:       {archive.seal_path(args.id)}")
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    with _open(args.key) as archive:
        one = args.id
        results = [(one, _try_verify(archive, one))] if one else archive.verify_all()
    status = EXIT_OK
    for rid, outcome in results:
        if isinstance(outcome, OpnameError):
            print(f"FAILED   {rid}: {outcome.one_line()}")
            status = EXIT_FAILED
        else:
            signed = "signature valid" if outcome.signature_valid else "SIGNATURE INVALID"
            print(f"ok       {rid}: matches its seal, {signed}")
            if not outcome.signature_valid:
                status = EXIT_FAILED
    if not results:
        print("No recordings to verify.")
    return status


def _try_verify(archive: Any, rid: str) -> Any:
    from opnamestudio.core.agecrypt import AgeError  # noqa: PLC0415
    from opnamestudio.core.archive import ArchiveMismatchError  # noqa: PLC0415

    try:
        return archive.verify(rid)
    except (AgeError, ArchiveMismatchError) as exc:
        return exc


def _decrypt(args: argparse.Namespace) -> int:
    with _open(args.key) as archive:
        sha = archive.decrypt_to(args.id, args.dest)
    print(f"{args.dest} (SHA-256 {sha}, matches the seal)")
    return EXIT_OK


def _expire(args: argparse.Namespace) -> int:
    with _open_index() as archive:
        deleted = archive.expire(args.today)
    for d in deleted:
        print(f"deleted: {d.recording_id} (retention ended {d.retention_end}); seal kept")
    if not deleted:
        print("Nothing is past its retention end.")
    return EXIT_OK


def _rebuild_index(args: argparse.Namespace) -> int:
    from opnamestudio.core.archive import Archive  # noqa: PLC0415

    archive, moved = Archive.rebuild_index()
    with archive:
        count = len(archive.recordings())
    if moved is not None:
        print(f"The old index was moved to {moved}")
    print(f"New index: {count} recording(s)")
    return EXIT_OK


_HANDLERS = {
    "rebuild-index": _rebuild_index,
    "init": _init,
    "recovery-key": _recovery_key,
    "rotate": _rotate,
    "add": _add,
    "list": _list,
    "show": _show,
    "verify": _verify,
    "decrypt": _decrypt,
    "expire": _expire,
}
