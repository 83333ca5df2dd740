"""The frozen app's entry point: the same as the ``opnamestudio`` command."""

import multiprocessing

from opnamestudio.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
