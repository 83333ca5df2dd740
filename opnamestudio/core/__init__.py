"""The core: everything that records, seals and checks, with no Qt import (see STYLE.md)."""
