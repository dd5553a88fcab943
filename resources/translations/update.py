"""`make translations`: re-extract every string, merge, compile. One command.

1. ui/: pyside6-lupdate collects every tr() string into hearth_<lang>.ts,
   keeping what is already translated (new strings come in "unfinished");
   English gets its plural forms filled in (make_english_plurals.py).
2. app/: pybabel extracts N_(), gettext(), ngettext() into app/locale/hearth.pot
   and merges it into app/locale/<lang>/LC_MESSAGES/hearth.po.
3. Both are compiled: pyside6-lrelease -> .qm, pybabel compile -> .mo (the
   compiled files are committed, so a fresh clone's `make run` speaks German).

Then translate what is new (pyside6-linguist for the .ts, any .po editor or a
text editor for the .po) and run `make translations` again to compile;
tests/test_translations.py names every string still untranslated.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LOCALE = ROOT / "app" / "locale"
#: Languages beside English (the source language); add one here to start it.
LANGUAGES = ("de",)
BABEL_KEYWORDS = ["-k", "N_", "-k", "gettext", "-k", "ngettext:1,2", "-k", "translate_to:2"]


def _without_stamp(text: str) -> str:
    return "\n".join(line for line in text.splitlines()
                     if not line.startswith('"POT-Creation-Date:'))


def run(*args: str) -> None:
    subprocess.run(list(args), check=True, cwd=ROOT)


def main() -> int:
    bindir = Path(sys.executable).parent
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    for lang in LANGUAGES:
        ts = HERE / f"hearth_{lang}.ts"
        run(str(bindir / "pyside6-lupdate"), "-no-obsolete", "-locations", "none",
            "-target-language", lang, *sources, "-ts", str(ts))
        run(str(bindir / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm")))
    run(sys.executable, str(HERE / "make_english_plurals.py"))

    pot = LOCALE / "hearth.pot"
    pybabel = str(bindir / "pybabel")
    run(pybabel, "extract", "--no-location", "--sort-output", "--omit-header",
        *BABEL_KEYWORDS, "-o", str(pot), "app")
    for lang in LANGUAGES:
        po = LOCALE / lang / "LC_MESSAGES" / "hearth.po"
        if po.exists():
            before = po.read_text(encoding="utf-8")
            run(pybabel, "update", "--ignore-obsolete", "--no-fuzzy-matching", "-i", str(pot),
                "-d", str(LOCALE), "-D", "hearth", "-l", lang)
            if _without_stamp(po.read_text(encoding="utf-8")) == _without_stamp(before):
                po.write_text(before, encoding="utf-8")  # only the date moved: no diff to merge
        else:
            run(pybabel, "init", "-i", str(pot), "-d", str(LOCALE), "-D", "hearth", "-l", lang)
    run(pybabel, "compile", "--statistics", "-d", str(LOCALE), "-D", "hearth")
    return 0


if __name__ == "__main__":
    sys.exit(main())
