"""The ``opnamestudio`` command's entry point: a verify starts hashing before anything is imported.

Verifying an intact file is one pass over it for its SHA-256 (DESIGN §10: at the speed of
``openssl dgst -sha256``). Python's start-up and the imports of the command line, the seal parser
and the signature code take tens of milliseconds; started first, on a thread (hashlib frees the
GIL), the pass runs on one core while they run on the other instead of after them.
Only ``sys``, ``os``, ``threading`` and ``hashlib`` are imported before the pass starts.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Sequence

from opnamestudio.core.filehash import file_sha256

__all__ = ["FileHash", "early_hash", "main"]

# The options of ``verify`` that take a value (the file is the one positional argument).
_VALUE_OPTIONS = frozenset({"--seal", "--trust"})


class FileHash(threading.Thread):
    """SHA-256 and size of a file on a thread; ``outcome()`` is None when it could not be read."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(name="hash", daemon=True)
        self.path = os.fspath(path)
        self._result: tuple[str, int] | None = None

    def run(self) -> None:
        try:
            self._result = file_sha256(self.path)
        except OSError:
            return  # the verifier reads the file itself and reports why it cannot

    def outcome(self) -> tuple[str, int] | None:
        """Wait for the hash; None when the file could not be read here."""
        self.join()
        return self._result


_early: FileHash | None = None


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


def early_hash(path: str | os.PathLike[str]) -> FileHash | None:
    """The hash thread this process started for ``path`` at launch, if any (used once)."""
    global _early
    started, _early = _early, None
    if started is None:
        return None
    try:
        same = os.path.samefile(started.path, path)
    except OSError:
        same = False
    return started if same else None


def main() -> int:
    """Entry point of the ``opnamestudio`` command."""
    global _early  # noqa: PLW0603
    argv = sys.argv[1:]
    if argv[:1] == ["verify"]:
        target = _verify_target(argv[1:])
        if target is not None and os.path.isfile(target):
            _early = FileHash(target)
            _early.start()
    from opnamestudio.cli import main as cli_main  # noqa: PLC0415 - after the hash started

    return cli_main(argv)
