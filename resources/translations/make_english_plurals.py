"""Regenerate hearth_en.qm: English singular/plural forms for tr("%n file(s)").

Qt picks "1 file" / "2 files" only from a translation's numerus forms; this
fills them for English from the source text ("(s)" dropped or made "s",
"(es)" likewise) so the window never says "1 contact(s)". Run by
`make translations` after adding or changing a %n string.
"""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "hearth_en.ts"
QM = HERE / "hearth_en.qm"
SUFFIX = re.compile(r"\((e?s)\)")


def forms(source: str) -> tuple[str, str]:
    return SUFFIX.sub("", source), SUFFIX.sub(lambda m: m.group(1), source)


def main() -> int:
    bindir = Path(sys.executable).parent
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(bindir / "pyside6-lupdate"), "-pluralonly", "-no-obsolete",
                    "-locations", "none", *sources, "-ts", str(TS)], check=True, cwd=ROOT)
    tree = ET.parse(TS)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        one, many = forms(message.findtext("source"))
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for text in (one, many):
            ET.SubElement(translation, "numerusform").text = text
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(bindir / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
