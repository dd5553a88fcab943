"""CSV through the vCard import's path: matching, re-import, cancel, round trip, CLI."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from app.cli.main import main
from app.contacts import listing
from app.contacts import store as contacts
from app.contacts.model import ContactData, Email, Phone, PostalAddress, Url
from app.csvimport import export, importing
from app.storage.connection import close_database, open_database
from app.vcard.reader import Cancelled

FIXTURES = Path(__file__).parent / "fixtures"
ALL = sorted(FIXTURES.glob("*.csv")) + [FIXTURES / "unicode_text.txt"]


def import_files(paths, **options):
    files = [importing.read_csv(p, **options) for p in paths]
    return importing.apply(importing.plan(files), files)


def test_every_fixture_imported_twice_creates_nothing_new(db):
    first = import_files(ALL)
    assert first.created == 15 and first.updated == 0
    names = {c.display_name() for c in contacts.get_many(listing.ordered_ids())}
    assert {"Jürgen Müller", "Lena Groß", "Zoë Łukasiewicz", "Müller & Söhne KG"} <= names
    second = import_files(ALL)
    assert (second.created, second.updated) == (0, 0)
    assert contacts.count() == 15


def test_rows_match_what_is_already_stored(db):
    cid = contacts.create(ContactData(given_name="Jürgen", family_name="Müller",
                                      emails=[Email("juergen@baeckerei-mueller.de")],
                                      relationship="customer"))
    files = [importing.read_csv(FIXTURES / "outlook_de.csv")]
    plan = importing.plan(files)
    assert [(r.status, r.match_name) for r in plan.rows] == [
        ("duplicate", "Jürgen Müller"), ("new", ""), ("new", "")]
    importing.apply(plan, files)
    merged = contacts.get(cid)
    assert merged.relationship == "customer"  # what Hearth knew stays
    assert merged.organisation == "Bäckerei Müller GmbH"
    assert len(merged.phones) == 4 and contacts.count() == 3


def test_cancel_leaves_the_address_book_unchanged(db):
    contacts.create(ContactData(given_name="Ann"))
    files = [importing.read_csv(p) for p in ALL]
    plan = importing.plan(files)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 10  # rows written, not yet done
    with pytest.raises(Cancelled):
        importing.apply(plan, files, cancelled=cancelled)
    assert contacts.count() == 1


RICH = ContactData(
    kind="person", prefix="Dr.", given_name="Anna", additional_names="Maria",
    family_name="Müller-Lüdenscheidt", suffix="MBA", nickname="Anni",
    organisation="Weiß & Söhne GmbH", department="Einkauf", job_title="Leiterin",
    phones=[Phone("+49 30 1234567", "work"), Phone("0171 7654321", "mobile"),
            Phone("030 111", "fax")],
    emails=[Email("anna@weiss.example", "work"), Email("anna@home.example", "home")],
    urls=[Url("https://weiss.example", "work")],
    addresses=[PostalAddress("Hauptstraße 1\nHinterhaus", "10115", "Berlin", "", "DE",
                             "c/o Weiß", "", "work"),
               PostalAddress("Am See 3", "6900", "Bregenz", "Vorarlberg", "AT", label="home")],
    birthday="1970-04-23", anniversary="--06-01", first_contact="2015-03-01", gender="f",
    notes="=HYPERLINK(\"http://x\")\nZweite Zeile; mit Semikolon, und \"Anführung\".",
    tags=["Kunde", "VIP"])
ORG = ContactData(kind="organisation", organisation="-", phones=[Phone("+49 89 1", "other")])

COMPARED = ("kind", "prefix", "given_name", "additional_names", "family_name", "suffix",
            "nickname", "organisation", "department", "job_title", "phones", "emails", "urls",
            "addresses", "birthday", "anniversary", "first_contact", "gender", "notes", "tags",
            "uid")


@pytest.mark.parametrize("delimiter", [";", ","])
def test_export_reads_back_unchanged(tmp_path, delimiter):
    open_database(tmp_path / "a.db")
    try:
        contacts.create_many([RICH, ORG])
        before = contacts.get_many(listing.ordered_ids())
        out = tmp_path / "out.csv"
        assert export.export_ids([c.id for c in before], out, delimiter) == 2
        data = out.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        with out.open(encoding="utf-8-sig", newline="") as fh:
            cells = [cell for row in csv.reader(fh, delimiter=delimiter) for cell in row]
        assert "'=HYPERLINK" in "".join(cells) and "-" in cells and "+49 30 1234567" in cells
        # the same file again: known by UID, nothing new
        again = import_files([out])
        assert (again.created, again.updated) == (0, 0)
    finally:
        close_database()
    open_database(tmp_path / "b.db")
    try:
        report = import_files([out])
        assert report.created == 2
        after = contacts.get_many(listing.ordered_ids())
        for b, a in zip(before, after):
            for name in COMPARED:
                assert getattr(a, name) == getattr(b, name), name
    finally:
        close_database()


def test_default_delimiter_follows_the_locale(monkeypatch):
    for var in ("LC_ALL", "LC_NUMERIC", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert export.default_delimiter() == ";"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert export.default_delimiter() == ","


def test_cli_import_dry_run_import_and_export(db_path, tmp_path, capsys):
    path = str(FIXTURES / "outlook_de.csv")
    assert main(["--db", str(db_path), "import", path, "--dry-run", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert [(r["line"], r["name"], r["status"]) for r in plan["rows"]] == [
        (2, "Jürgen Müller", "new"), (4, "Anna Schäfer", "new"),
        (5, "Müller & Söhne KG", "new")]
    assert main(["--db", str(db_path), "contacts", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # the dry run stored nothing

    excel = str(FIXTURES / "excel_de.csv")
    assert main(["--db", str(db_path), "import", path, excel]) == 0
    out = capsys.readouterr()
    assert "read as Windows-1252, separated by semicolon" in out.err
    assert "excel_de.csv: 3 rows, 3 created" in out.out
    assert "line 5 (Petra Schulz): imported, but “31.02.1970” in the column “Geburtstag”" \
        in out.out

    # given options: read the German file as UTF-8 and commas, then ask for a bad one
    assert main(["--db", str(db_path), "import", path, "--encoding", "klingon"]) == 2
    assert "“klingon” is not a known text encoding" in capsys.readouterr().err

    target = tmp_path / "out.csv"
    assert main(["--db", str(db_path), "export", "--format", "csv", "--delimiter", ";",
                 "--out", str(target)]) == 0
    assert "6 contacts written" in capsys.readouterr().err
    assert main(["--db", str(db_path), "import", str(target)]) == 0
    assert "6 rows, 0 created, 0 updated, 6 skipped" in capsys.readouterr().out


def test_many_rows_have_their_phones_parsed_by_worker_processes(db, tmp_path):
    from app.contacts.matching import phone_key
    from app.csvimport.rows import PARALLEL_FROM

    path = tmp_path / "many.csv"
    lines = ["Vorname;Nachname;Telefon;Ort;Land"] + [
        f"Anna;Müller {i};0221 {i:06d};Wien;{'Österreich' if i % 2 else 'Deutschland'}"
        for i in range(PARALLEL_FROM + 50)]
    path.write_text("\r\n".join(lines), encoding="cp1252")
    cards = importing.read_csv(path).result.cards
    assert [c.number for c in cards] == list(range(1, PARALLEL_FROM + 51))
    # each number read in its row's country
    assert [c.phone_keys for c in cards[:2]] == [[phone_key("0221 000000", "DE")],
                                                 [phone_key("0221 000001", "AT")]]
    assert cards[0].phone_keys[0].startswith("49") and cards[1].phone_keys[0].startswith("43")
    assert all(c.phone_infos for c in cards)
