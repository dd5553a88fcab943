"""`hearth cards ...` from the command line, on a database file."""
import csv
import json

import pytest
from pypdf import PdfReader

from app.cli.main import main
from app.contacts import store as contacts
from app.contacts.model import ContactData as C
from app.contacts.model import PostalAddress as A
from app.storage.connection import close_database, open_database


@pytest.fixture
def dbfile(db_path):
    open_database(db_path)
    home = dict(street="Hauptstraße 5", postal_code="10115", city="Berlin")
    contacts.create_many([
        C(given_name="Anna", family_name="Müller", gender="f", yearly_card=True,
          addresses=[A(**home)]),
        C(given_name="Max", family_name="Müller", gender="m", yearly_card=True,
          addresses=[A(**home)]),
        C(given_name="Eva", family_name="Schmidt", gender="f", formal=False, yearly_card=True,
          tags=["Kunde"], addresses=[A(street="Ring 1", postal_code="80331", city="München")]),
        C(given_name="Otto", family_name="Ohne", yearly_card=True),
    ])
    close_database()
    return str(db_path)


def cli(dbfile, *args):
    return main(["--db", dbfile, "cards", *args])


def test_from_new_run_to_labels_csv_and_ticked_off_cards(dbfile, tmp_path, capsys):
    assert cli(dbfile, "new", "--year", "2026", "--occasion", "Christmas", "--flagged",
               "--sender-name", "Hearth GmbH", "--sender-city", "Köln") == 0
    assert "4 recipients" in capsys.readouterr().out
    assert cli(dbfile, "households", "1", "--accept-all") == 0
    capsys.readouterr()
    assert cli(dbfile, "show", "1", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert [e["addressee"] for e in shown["envelopes"]] == [
        ["Anna und Max Müller"], ["Otto Ohne"], ["Frau Eva Schmidt"]]
    assert [(p["kind"], p["name"]) for p in shown["problems"]] == [("no address", "Otto Ohne")]

    pdf = tmp_path / "labels.pdf"
    assert cli(dbfile, "labels", "1", "--sheet", "Zweckform 3475", "--start", "24",
               "--out", str(pdf)) == 0
    reader = PdfReader(pdf)
    assert len(reader.pages) == 2  # label 24 is the last on the sheet: the second goes over
    assert "Anna und Max Müller" in reader.pages[0].extract_text()
    assert "Eva Schmidt" in reader.pages[1].extract_text()

    out = tmp_path / "merge.csv"
    capsys.readouterr()
    assert cli(dbfile, "csv", "1", "--out", str(out), "--delimiter", ";") == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    # Otto has no postal address: no blank envelope in the mail merge, and it says so.
    assert [r["Salutation"] for r in rows] == [
        "Sehr geehrte Frau Müller, sehr geehrter Herr Müller", "Liebe Eva"]
    assert all(r["Line 2"] for r in rows)
    assert "1 envelope left out: no postal address (Otto Ohne)" in capsys.readouterr().err

    capsys.readouterr()
    assert cli(dbfile, "mark", "1", "--sent", "Eva", "1") == 0
    assert "2 of 2 marked sent" in capsys.readouterr().out
    assert cli(dbfile, "mark", "1", "--received", "Schmidt") == 0
    assert cli(dbfile, "list") == 0
    assert "2 sent" in capsys.readouterr().out
    # Everyone sent: not Otto, whose card cannot have gone out, unless asked for.
    assert cli(dbfile, "mark", "1", "--sent", "--all") == 0
    said = capsys.readouterr()
    assert "1 of 3 marked sent" in said.out
    assert "1 recipient left out: no postal address (Otto Ohne)" in said.err
    assert cli(dbfile, "mark", "1", "--sent", "Otto", "--even-without-address") == 0
    assert "1 of 1 marked sent" in capsys.readouterr().out


def test_copy_from_an_earlier_run_and_tag(dbfile, capsys):
    cli(dbfile, "new", "--year", "2025", "--occasion", "Christmas", "--tag", "kunde")
    assert cli(dbfile, "new", "--year", "2026", "--occasion", "Christmas", "--from-run", "1",
               "--flagged") == 0
    assert "Run 2 “Christmas 2026”: 4 recipients" in capsys.readouterr().out


def test_mistakes_get_one_line_and_exit_2(dbfile, tmp_path, capsys):
    cli(dbfile, "new", "--year", "2026", "--occasion", "Christmas", "--flagged")
    capsys.readouterr()
    assert cli(dbfile, "labels", "1", "--sheet", "Nope 1", "--out", str(tmp_path / "x.pdf")) == 2
    assert "No label sheet is called 'Nope 1'" in capsys.readouterr().err
    assert cli(dbfile, "labels", "1", "--sheet", "3475", "--start", "30",
               "--out", str(tmp_path / "x.pdf")) == 2
    assert "between 1 and 24" in capsys.readouterr().err
    assert cli(dbfile, "mark", "1", "--sent", "Müller") == 2
    assert "matches 2 contacts" in capsys.readouterr().err
    assert cli(dbfile, "show", "7") == 2
    assert "no card run 7" in capsys.readouterr().err
    assert cli(dbfile, "csv", "1", "--out", str(tmp_path / "x.csv"), "--delimiter", "|") == 2
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.csv").exists()


def test_no_cards_keeps_a_contact_out_of_new_runs(dbfile, capsys):
    assert cli(dbfile, "no-cards", "Schmidt") == 0
    assert "1 contact marked “no cards”" in capsys.readouterr().out
    cli(dbfile, "new", "--year", "2026", "--occasion", "Easter", "--flagged")
    assert "3 recipients" in capsys.readouterr().out
    assert cli(dbfile, "no-cards", "Schmidt", "--off") == 0
    cli(dbfile, "new", "--year", "2027", "--occasion", "Easter", "--flagged")
    assert "4 recipients" in capsys.readouterr().out
    assert cli(dbfile, "no-cards", "Müller") == 2
