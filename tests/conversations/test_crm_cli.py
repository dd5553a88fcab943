"""`hearth log`, `today`, `briefing` and the temperature in `contacts --json`."""
from __future__ import annotations

import datetime as dt
import json

import pypdf
import pytest

from app.cli.main import main
from app.contacts import store as contacts
from app.contacts.model import ContactData, Email, Phone
from app.conversations import store as interactions
from app.core import formats
from app.storage.connection import close_database, open_database


@pytest.fixture
def book(db_path):
    open_database(db_path)
    ids = contacts.create_many([
        ContactData(given_name="Anna", family_name="Müller", organisation="Bäckerei Groß",
                    phones=[Phone("030 1234567")], emails=[Email("anna@example.de")],
                    birthday="--06-02", tags=["Key account"], notes="Likes dark chocolate.",
                    origin="trade fair"),
        ContactData(given_name="Anna", family_name="Schmidt"),
        ContactData(given_name="Max", family_name="Weber"),
    ])
    close_database()
    return db_path, ids


def run(db_path, *args) -> int:
    return main(["--db", str(db_path), *args])


def test_log_by_search_turns_contact_warm(book, capsys):
    path, (anna, _, _) = book
    assert run(path, "log", "müller", "--channel", "call", "--notes", "wants an offer") == 0
    assert "Logged call with Anna Müller" in capsys.readouterr().out
    assert run(path, "contacts", "--json", "--search", "offer") == 0
    [data] = json.loads(capsys.readouterr().out)
    assert data["id"] == anna
    assert data["temperature"]["band"] == "warm" and data["temperature"]["pinned"] is False
    assert data["temperature"]["reason"].startswith("warm: call today")
    assert data["last_contact"].startswith(dt.date.today().isoformat())


def test_log_ambiguous_contact_lists_candidates_and_logs_nothing(book, capsys):
    path, (anna, schmidt, _) = book
    assert run(path, "log", "anna", "--channel", "call") == 2
    err = capsys.readouterr().err
    assert "matches 2 contacts" in err and "Anna Müller" in err and "Anna Schmidt" in err
    open_database(path)
    assert interactions.count_for(anna) == interactions.count_for(schmidt) == 0
    close_database()


def test_log_rejects_bad_dates_and_unknown_contact(book, capsys):
    path, _ = book
    assert run(path, "log", "3", "--channel", "call", "--when", "2025-13-01") == 2
    assert "“2025-13-01” is not a date and time" in capsys.readouterr().err
    assert run(path, "log", "3", "--channel", "call", "--follow-up", "Friday") == 2
    assert "“Friday” is not a date" in capsys.readouterr().err
    assert run(path, "log", "nobody-like-this", "--channel", "call") == 2
    assert "no contact matches" in capsys.readouterr().err


def test_log_with_all_options_and_today_json(book, capsys):
    path, (anna, _, max_) = book
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    assert run(path, "log", str(max_), "--channel", "meeting", "--direction", "in",
               "--when", f"{yesterday}T10:30", "--subject", "Visit", "--notes", "plant tour",
               "--follow-up", yesterday) == 0
    capsys.readouterr()
    open_database(path)
    [item] = interactions.for_contact(max_)
    close_database()
    assert (item.channel, item.direction, item.subject) == ("meeting", "in", "Visit")
    assert item.happened_at == dt.datetime.fromisoformat(f"{yesterday}T10:30")
    assert run(path, "today", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert [(f["subject"], f["days_overdue"]) for f in data["follow_ups"]] == [("Visit", 1)]
    assert run(path, "today") == 0
    out = capsys.readouterr().out
    shown = formats.date(dt.date.fromisoformat(yesterday))  # the locale's way: 24/11/2026
    assert f"{shown}  Max Weber: Visit  [1 day overdue]" in out


def test_briefing_text_and_pdf(book, capsys, tmp_path):
    path, (anna, _, _) = book
    run(path, "log", str(anna), "--channel", "meeting", "--subject", "Frame contract",
        "--notes", "Wants 5% discount on rye flour")
    capsys.readouterr()
    assert run(path, "briefing", str(anna)) == 0
    out = capsys.readouterr().out
    assert "Anna Müller" in out and "Frame contract" in out and "trade fair" in out
    pdf_path = tmp_path / "anna.pdf"
    assert run(path, "briefing", str(anna), "--pdf", str(pdf_path)) == 0
    reader = pypdf.PdfReader(pdf_path)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for expected in ("Anna Müller", "Bäckerei Groß", "+49 30 1234567", "anna@example.de",
                     "Frame contract", "Wants 5% discount on rye flour", "trade fair",
                     "2 June", "Key account", "Likes dark chocolate", "warm: meeting today"):
        assert expected in text, expected
    links = [a.get_object()["/A"]["/URI"] for a in reader.pages[0]["/Annots"]]
    assert "tel:+49301234567" in links and "mailto:anna@example.de" in links


def test_briefing_pdf_of_a_busy_contact_stays_on_one_page(book, tmp_path, capsys):
    path, (anna, _, _) = book
    open_database(path)
    now = dt.datetime.now()
    long_notes = "Discussed volumes, discounts, delivery times and payment terms. " * 12
    for n in range(12):
        interactions.log(interactions.Interaction(
            "call", [anna], now - dt.timedelta(days=n), notes=long_notes, outcome="offer",
            follow_up=dt.date.today() + dt.timedelta(days=n)), now=now)
    c = contacts.get(anna)
    c.notes = "Personal notes. " * 200
    contacts.update(c)
    close_database()
    pdf_path = tmp_path / "busy.pdf"
    assert run(path, "briefing", str(anna), "--pdf", str(pdf_path), "--letter") == 0
    reader = pypdf.PdfReader(pdf_path)
    assert len(reader.pages) == 1
    assert "Last conversations (5 of 12)" in reader.pages[0].extract_text()
