"""An import into a big address book looks each chunk of cards up instead of
reading every contact (app.contacts.matching.BookIndex); what it creates,
updates and merges is the same as when it reads them all."""
from __future__ import annotations

import pytest

from app.contacts import store as contacts
from app.contacts.matching import BookIndex
from app.contacts.model import ContactData, Email, Phone
from app.storage.connection import database
from app.vcard import importer

pytestmark = pytest.mark.both_engines


def card(uid="", n="", fn="", tel="", email="", org="") -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    lines += [f"UID:{uid}"] if uid else []
    lines += [f"N:{n}", f"FN:{fn}"]
    lines += [f"TEL:{tel}"] if tel else []
    lines += [f"EMAIL:{email}"] if email else []
    lines += [f"ORG:{org}"] if org else []
    return "\r\n".join(lines + ["END:VCARD"]) + "\r\n"


FILE = "".join([
    card("anna-1", "Other;Name;;;", "Name Other"),  # UID
    card("", "Y;X;;;", "X Y", email="ANNA@Example.COM"),  # e-mail
    card("", "Y;X;;;", "X Y", tel="+49 171 1234567"),  # phone
    card("", "Müller;Änne;;;", "Änne Müller", org="Bäckerei"),  # name, folded
    card("new-1", "Neu;Nina;;;", "Nina Neu", email="nina@example.com"),  # new ...
    card("", "Neu;Nina;;;", "Nina Neu"),  # ... same name: a family member, new
    card("", "Zweit;Nina;;;", "Nina Zweit", email="NINA@example.com"),  # ... her e-mail
    card("new-1", "Dritt;Nina;;;", "Nina Dritt"),  # ... her UID
    card("", "Weg;Tom;;;", "Tom Weg", email="tom@example.com"),  # only trashed has it
    card("tom-1", "Weg;Tom;;;", "Tom Weg"),  # the trashed one's UID
])


@pytest.fixture
def book(db):
    ids = contacts.create_many([
        ContactData(given_name="Anna", family_name="Müller", uid="anna-1",
                    emails=[Email("anna@example.com")], phones=[Phone("0171 1234567")]),
        ContactData(given_name="Änne", family_name="Müller", organisation="Bäckerei"),
        ContactData(given_name="Anne", family_name="Muller", organisation="Backerei"),
        ContactData(given_name="Tom", family_name="Weg", uid="tom-1",
                    emails=[Email("tom@example.com")]),
    ])
    contacts.trash([ids[3]])
    return ids


def _rows(the_plan: importer.ImportPlan) -> list[tuple]:
    return [(r.status, r.action, r.match and (r.match.contact_id, r.match.reason))
            for r in the_plan.rows]


def _state() -> list[tuple]:
    return database.execute_sql(
        "SELECT id, display_name, uid, trashed_at IS NOT NULL, match_key FROM contact "
        "ORDER BY id").fetchall()


@pytest.mark.parametrize("lookups", [0, 3, 100])
def test_a_plan_is_the_same_looked_up_or_read_whole(book, tmp_path, lookups):
    path = tmp_path / "cards.vcf"
    path.write_bytes(FILE.encode("utf-8"))
    from app.vcard.reader import read_files

    files = read_files([path], workers=1)
    rows = _rows(importer.plan(files, BookIndex(lookups=lookups)))
    anna, aenne, _, tom = book
    assert rows == [
        ("update", "update", (anna, "uid")), ("duplicate", "merge", (anna, "email")),
        ("duplicate", "merge", (anna, "phone")), ("duplicate", "merge", (aenne, "name")),
        ("new", "create", None), ("new", "create", None),
        ("duplicate", "merge", (-5, "email")), ("duplicate", "merge", (-5, "uid")),
        ("new", "create", None), ("update", "update", (tom, "uid"))]


@pytest.mark.parametrize("cost", [10**9, 1])  # the whole book at once; card by card
def test_importing_a_file_card_by_card_stores_the_same_as_reading_all(book, tmp_path,
                                                                      monkeypatch, cost):
    path = tmp_path / "cards.vcf"
    path.write_bytes(FILE.encode("utf-8"))
    monkeypatch.setattr(BookIndex, "CARD_COST", cost)
    report = importer.import_paths([path], workers=1)
    assert (report.created, report.updated, report.skipped) == (3, 4, 3)
    people = [(c.display_name(), c.uid if c.uid in ("anna-1", "tom-1", "new-1") else "",
               sorted(e.address for e in c.emails), bool(c.trashed_at))
              for c in contacts.get_many(sorted(i for i, *_ in _state()))]
    assert people == [
        ("Name Other", "anna-1", ["anna@example.com"], False),  # updated by its UID
        ("Änne Müller", "", [], False), ("Anne Muller", "", [], False),
        ("Tom Weg", "tom-1", ["tom@example.com"], False),  # out of the trash by its UID
        ("Nina Neu", "new-1", ["nina@example.com"], False),  # the later cards merged in
        ("Nina Neu", "", [], False),  # same name, no e-mail: another person
        ("Tom Weg", "", ["tom@example.com"], False)]  # not the trashed one's e-mail
