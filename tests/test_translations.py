"""German ships complete: every tr() string and every catalogue message is
translated, the compiled files match their sources, and the command line
answers in German under a German locale.

After other work adds strings, `make translations` re-extracts them and this
test names each one still waiting for its German."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from app.core import i18n

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "hearth_de.ts"
PO = ROOT / "app" / "locale" / "de" / "LC_MESSAGES" / "hearth.po"
MO = PO.with_suffix(".mo")


def test_every_window_string_has_a_german_translation():
    untranslated = []
    for message in ET.parse(TS).iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or \
                not all(forms):
            untranslated.append(message.findtext("source"))
    assert not untranslated, "run `make translations`, then translate:\n" + "\n".join(untranslated)


def test_every_catalogue_message_has_a_german_translation():
    catalogue = read_po(io.BytesIO(PO.read_bytes()))
    untranslated = [m.id for m in catalogue if m.id and (
        m.fuzzy or not (all(m.string) if isinstance(m.string, tuple) else m.string))]
    assert not untranslated, "run `make translations`, then translate:\n" + "\n".join(
        map(str, untranslated))


def test_compiled_catalogue_is_up_to_date():
    """The committed .mo is what `make translations` compiles from the .po."""
    def flat(value):
        return value if isinstance(value, str) else tuple(value)

    source = {flat(m.id): flat(m.string) for m in read_po(io.BytesIO(PO.read_bytes())) if m.id}
    compiled = {flat(m.id): flat(m.string) for m in read_mo(io.BytesIO(MO.read_bytes()))
                if m.id}
    assert compiled == source, "run `make translations`"


def test_every_marked_string_is_in_the_catalogue(tmp_path):
    """A string marked in app/ but never extracted would stay English."""
    from babel.messages.extract import extract_from_dir

    keywords = {"N_": None, "gettext": None, "ngettext": (1, 2), "translate_to": (2,)}
    catalogue = {m.id if isinstance(m.id, str) else m.id[0]
                 for m in read_po(io.BytesIO(PO.read_bytes()))}
    missing = sorted({(msg if isinstance(msg, str) else msg[0])
                      for _, _, msg, _, _ in extract_from_dir(ROOT / "app", keywords=keywords)
                      } - catalogue)
    assert not missing, "run `make translations`:\n" + "\n".join(missing)


@pytest.fixture
def english_again():
    yield
    i18n.set_language("en")


def test_plural_forms_in_both_languages(english_again):
    i18n.set_language("en")
    assert [i18n.ngettext("{n} day ago", "{n} days ago", n).format(n=n) for n in (1, 3)] == [
        "1 day ago", "3 days ago"]
    i18n.set_language("de")
    assert [i18n.ngettext("{n} day ago", "{n} days ago", n).format(n=n) for n in (1, 3)] == [
        "vor 1 Tag", "vor 3 Tagen"]


def test_language_follows_lang_option_then_environment():
    assert i18n.language_from_environment({"LANG": "de_AT.UTF-8"}) == "de"
    assert i18n.language_from_environment({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) == "en"
    assert i18n.language_from_environment({"LC_MESSAGES": "de_CH", "LANG": "en_GB"}) == "de"
    assert i18n.language_from_environment({}) == "en"


def _hearth(db: Path, *args: str, lang: str = "de_DE.UTF-8") -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env["LANG"] = lang
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(db), *args], env=env,
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_command_line_answers_in_german(tmp_path):
    db = tmp_path / "hearth.db"
    _hearth(db, "demo", "--contacts", "12", "--seed", "3")
    _hearth(db, "cards", "new", "--year", "2026", "--occasion", "Christmas", "--flagged")
    today = _hearth(db, "today")
    assert today.startswith("Heute, ")
    assert "Fällige Wiedervorlagen" in today and "Geburtstage in den nächsten 14 Tagen" in today
    show = _hearth(db, "cards", "show", "1")
    assert show.startswith("Weihnachten 2026 (Kartenaktion 1)")
    assert "Umschläge:" in show and "Envelopes" not in show
    assert _hearth(db, "today", lang="C.UTF-8").startswith("Today, ")
    assert _hearth(db, "--lang", "de", "today", lang="C.UTF-8").startswith("Heute, ")


def test_csv_headers_follow_the_interface_language_or_the_one_chosen(english_again):
    from app.cards.csv_export import header

    assert header(1)[:3] == ["Addressee", "Line 1", "Postal code"]
    i18n.set_language("de")
    assert header(1)[:4] == ["Empfänger", "Zeile 1", "Postleitzahl", "Ort"]
    assert header(1, "en")[3] == "Town"


def test_a_card_subject_follows_the_run_not_the_interface(english_again):
    from app.cards import runs
    from app.cards.recipients import card_subject

    def run(language: str) -> runs.Run:
        sender = runs.Sender("", "", "", "", "DE", language)
        return runs.Run(1, 2026, "christmas", "", sender, None, "")

    i18n.set_language("en")
    assert card_subject(run("de")) == "Weihnachtskarte 2026"
    i18n.set_language("de")
    assert card_subject(run("en")) == "Christmas card 2026"
    assert card_subject(run("de"), "in") == "Weihnachtskarte von ihnen 2026"


def test_dates_are_shown_and_typed_the_language_s_way(english_again):
    from app.contacts.dates import display_date, parse_user_date

    i18n.set_language("de")
    assert (display_date("1980-04-03"), display_date("--04-03")) == ("03.04.1980", "03.04.")
    i18n.set_language("en")
    assert (display_date("1980-04-03"), display_date("--04-03")) == ("03/04/1980", "03/04")
    for typed in ("03/04/1980", "03.04.1980", "1980-04-03"):
        assert parse_user_date(typed) == "1980-04-03"
    assert parse_user_date("03/04") == "--04-03"


def test_the_card_run_summary_counts_in_german_without_parentheses(english_again):
    one = "{count} problem to look at: `hearth cards show {run}`."
    many = "{count} problems to look at: `hearth cards show {run}`."
    i18n.set_language("de")
    assert i18n.ngettext(one, many, 1).startswith("{count} Problem zum")
    assert i18n.ngettext(one, many, 92).startswith("{count} Probleme zum")
    for name in ("cards.py", "cards_outputs.py"):  # "Haushalt(e)" reads as a form, not German
        assert "(s)" not in (ROOT / "app" / "cli" / name).read_text(encoding="utf-8"), name
