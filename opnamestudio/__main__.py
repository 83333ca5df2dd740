"""Allow ``python -m opnamestudio``."""

from opnamestudio.cli import main

raise SystemExit(main())
