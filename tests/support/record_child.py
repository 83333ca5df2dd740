"""A recording process for crash tests: records from a device and logs every journal fsync.

    python -m tests.support.record_child OUT SYNC_LOG [--device NAME]

Prints ``ready <journal path>`` on stdout once recording, then appends ``<length> <frames>``
to SYNC_LOG after every fsync of the journal, so a test that kills this process knows what a
power loss at any earlier moment would have left on disk.
"""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from opnamestudio.core.recording import Recorder, RecordingSettings


def main() -> None:
    """Record until killed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("sync_log", type=Path)
    parser.add_argument("--device", default="pulse")
    args = parser.parse_args()
    log = open(args.sync_log, "a", buffering=1)  # noqa: SIM115 - lives until the process is killed

    def on_sync(length: int, frames: int) -> None:
        log.write(f"{length} {frames}\n")

    recorder = Recorder(RecordingSettings(output=args.out, device=args.device))
    recorder.on_journal_sync = on_sync
    recorder.start()
    print(f"ready {recorder.journal_path}", flush=True)
    threading.Event().wait(600)
    recorder.stop()
    sys.exit(0)


if __name__ == "__main__":
    main()
