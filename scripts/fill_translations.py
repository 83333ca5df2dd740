"""Fill unfinished Dutch translations in the .ts file from a JSON map {source: translation}.

    .venv/bin/python scripts/fill_translations.py new-texts.json

For the few strings a change adds; Qt Linguist (pyside6-linguist) does the same by hand.
Runs lrelease afterwards through update_translations.py's logic is not needed: run
`make translations` again to compile.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).parents[1] / "resources" / "translations" / "opnamestudio_nl.ts"


def main() -> int:
    """Fill and report what is still missing."""
    texts = json.loads(Path(sys.argv[1]).read_text("utf-8"))
    tree = ET.parse(TS)
    missing = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if source in texts:
            translation.text = texts[source]
            del translation.attrib["type"]
        else:
            missing += 1
            print(f"still untranslated: {source}")
    ET.indent(tree, space="    ")
    with open(TS, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
