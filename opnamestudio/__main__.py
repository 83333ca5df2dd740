"""Allow ``python -m opnamestudio``."""

from opnamestudio.launch import main

raise SystemExit(main())
