"""Importing into the address book: matching, re-import, merge, cancel, CLI."""
from __future__ import annotations

import json

import pytest

from app.cli.main import main
from app.contacts import listing
from app.contacts import store as contacts
from app.contacts.duplicates import find_duplicates, merge_contacts
from app.contacts.model import ContactData, Email, Phone
from app.vcard import importer
from app.vcard.reader import Cancelled, read_files

ANNA = ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:anna-1\r\nN:Müller;Anna;;;\r\nFN:Anna Müller\r\n"
        "TEL;TYPE=CELL:0171 1234567\r\nEMAIL:anna@example.com\r\nCATEGORIES:Kunde\r\n"
        "END:VCARD\r\n")
BOB = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Roe;Bob\r\nTEL;HOME:030 7654321\r\nEND:VCARD\r\n")


@pytest.fixture
def vcf(tmp_path):
    def write(name: str, text: str):
        path = tmp_path / name
        path.write_bytes(text.encode("utf-8"))
        return path
    return write


def test_import_then_reimport_creates_nothing_new(db, vcf):
    path = vcf("a.vcf", ANNA + BOB)
    first = importer.import_paths([path], workers=1)
    assert (first.created, first.updated, first.skipped) == (2, 0, 0)
    second = importer.import_paths([path], workers=1)
    assert (second.created, second.updated, second.skipped) == (0, 0, 2)
    assert contacts.count() == 2
    anna = contacts.get(contacts.find_by_uid("anna-1"))
    assert anna.tags == ["Kunde"] and anna.phones[0].number == "0171 1234567"


def test_same_uid_updates_and_keeps_what_hearth_added(db, vcf):
    importer.import_paths([vcf("a.vcf", ANNA)], workers=1)
    cid = contacts.find_by_uid("anna-1")
    stored = contacts.get(cid)
    stored.relationship, stored.yearly_card = "customer", True
    stored.phones.append(Phone("+49 30 999999", "work"))
    contacts.update(stored)
    changed = ANNA.replace("N:Müller;Anna;;;", "N:Müller-Lang;Anna;;;")
    report = importer.import_paths([vcf("b.vcf", changed)], workers=1)
    assert (report.created, report.updated) == (0, 1)
    after = contacts.get(cid)
    assert after.family_name == "Müller-Lang"
    assert (after.relationship, after.yearly_card) == ("customer", True)
    assert [p.number for p in after.phones] == ["0171 1234567", "+49 30 999999"]


def test_plan_marks_possible_duplicates_by_email_phone_and_name(db, vcf):
    contacts.create_many([
        ContactData(given_name="Ann", family_name="Other", emails=[Email("anna@example.com")]),
        ContactData(given_name="Bobby", phones=[Phone("+49 30 7654321")]),
        ContactData(given_name="Carl", family_name="Doe", organisation="ACME")])
    carl = "BEGIN:VCARD\nVERSION:3.0\nN:Doe;Carl\nORG:ACME\nEND:VCARD\n"
    plan = importer.plan(read_files([vcf("a.vcf", ANNA + BOB + carl)], workers=1))
    assert [(r.status, r.action, r.match.reason, r.match_name) for r in plan.rows] == [
        ("duplicate", "merge", "email", "Ann Other"),
        ("duplicate", "merge", "phone", "Bobby"),
        ("duplicate", "merge", "name", "Carl Doe")]


def test_apply_honours_chosen_actions(db, vcf):
    contacts.create(ContactData(given_name="Ann", emails=[Email("anna@example.com")]))
    plan = importer.plan(read_files([vcf("a.vcf", ANNA + BOB)], workers=1))
    plan.rows[0].action = importer.CREATE
    plan.rows[1].action = importer.SKIP
    report = importer.apply(plan)
    assert (report.created, report.skipped) == (1, 1)
    assert contacts.count() == 2
    assert report.files[0].to_json()["problems"] == [
        {"card": 2, "line": 10, "name": "Bob Roe", "reason": "skipped: not chosen for import"}]


def test_cancel_leaves_the_database_unchanged(db, vcf):
    contacts.create(ContactData(given_name="Ann", emails=[Email("anna@example.com")]))
    plan = importer.plan(read_files([vcf("a.vcf", ANNA + BOB)], workers=1))
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2  # after the rows were written, before the commit
    with pytest.raises(Cancelled):
        importer.apply(plan, cancelled=cancelled)
    assert contacts.count() == 1
    assert contacts.get_many(listing.ordered_ids())[0].given_name == "Ann"


def test_parallel_reading_gives_the_same_cards(db, vcf):
    many = "".join(ANNA.replace("anna-1", f"u{i}").replace("anna@", f"a{i}@")
                   for i in range(450))
    path = vcf("many.vcf", many)
    seq = read_files([path], workers=1)[0].cards
    par = read_files([path], workers=2)[0].cards
    assert [c.contact for c in par] == [c.contact for c in seq]
    assert [c.line for c in par] == [1 + 9 * i for i in range(450)]


def test_merge_keeps_everything_of_both_and_moves_references(db):
    keep_id, other_id, ref_id = contacts.create_many([
        ContactData(given_name="Anna", family_name="Müller", phones=[Phone("0171 1234567")],
                    tags=["Kunde"]),
        ContactData(given_name="Anna", family_name="Müller",
                    phones=[Phone("+49 171 1234567"), Phone("030 111222", "home")],
                    emails=[Email("anna@example.com")], tags=["Messe"], notes="met at fair"),
        ContactData(given_name="Ref")])
    ref = contacts.get(ref_id)
    ref.referred_by_id = other_id
    contacts.update(ref)
    assert [(p.keep_id, p.other_id, p.reason) for p in find_duplicates()] == \
        [(keep_id, other_id, "phone")]
    merge_contacts(keep_id, other_id)
    kept = contacts.get(keep_id)
    assert [p.number for p in kept.phones] == ["0171 1234567", "030 111222"]
    assert kept.emails[0].address == "anna@example.com"
    assert sorted(kept.tags) == ["Kunde", "Messe"] and kept.notes == "met at fair"
    assert contacts.get(other_id).trashed_at
    assert contacts.get(ref_id).referred_by_id == keep_id
    assert find_duplicates() == []


def test_cli_import_json_and_exit_codes(db_path, vcf, capsys):
    good = vcf("good.vcf", ANNA)
    bad = vcf("bad.vcf", "BEGIN:VCARD\nVERSION:3.0\nX-ONLY:1\nEND:VCARD\n")
    assert main(["--db", str(db_path), "import", str(good), str(bad), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {"files": [
        {"file": str(good), "cards": 1, "created": 1, "updated": 0, "skipped": 0,
         "problems": []},
        {"file": str(bad), "cards": 1, "created": 0, "updated": 0, "skipped": 1,
         "problems": [{"card": 1, "line": 1, "name": "",
                       "reason": "nothing Hearth can show: no name, organisation, phone, "
                                 "e-mail, address or note"}]}]}
    assert main(["--db", str(db_path), "import", str(bad)]) == 1
    assert "nothing could be imported" in capsys.readouterr().err
    assert main(["--db", str(db_path), "import", str(good.parent / "missing.vcf")]) == 2


def test_cli_export_filters_versions_and_per_contact(db_path, vcf, tmp_path, capsys):
    assert main(["--db", str(db_path), "import", str(vcf("a.vcf", ANNA + BOB))]) == 0
    out = tmp_path / "out.vcf"
    assert main(["--db", str(db_path), "export", "--out", str(out), "--tag", "kunde",
                 "--version", "4.0"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 1 and "VERSION:4.0" in text and "Müller" in text
    assert main(["--db", str(db_path), "export", "--out", str(out), "--search", "roe"]) == 0
    assert "N:Roe;Bob;;;" in out.read_text(encoding="utf-8")
    folder = tmp_path / "cards"
    assert main(["--db", str(db_path), "export", "--out", str(folder), "--per-contact"]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["Anna Müller.vcf", "Bob Roe.vcf"]
    assert main(["--db", str(db_path), "export", "--out", str(out), "--search", "nobody"]) == 1
    capsys.readouterr()
    # what was exported reads back: importing it again changes nothing
    assert main(["--db", str(db_path), "import", str(folder), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert sum(f["created"] + f["updated"] for f in report["files"]) == 0


def test_skipping_a_card_a_later_card_matched_creates_the_later_one(db, vcf):
    twin = ANNA.replace("anna-1", "anna-2").replace("N:Müller;Anna", "N:Müller;Anne")
    plan = importer.plan(read_files([vcf("a.vcf", ANNA + twin)], workers=1))
    assert [(r.status, r.action) for r in plan.rows] == [("new", "create"),
                                                          ("duplicate", "merge")]
    plan.rows[0].action = importer.SKIP
    report = importer.apply(plan)
    assert (report.created, report.skipped) == (1, 1)
    assert [c.given_name for c in contacts.get_many(listing.ordered_ids())] == ["Anne"]


VIENNA = ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:w{i}\r\nN:Wien{i};Eva;;;\r\nFN:Eva Wien{i}\r\n"
          "TEL:01 5{i:06d}\r\nTEL:+49 30 9{i:06d}\r\nEMAIL:eva{i}@example.at\r\n"
          "ADR:;;Ring 1;Wien;;1010;Österreich\r\nEND:VCARD\r\n")


def test_cards_stored_while_the_rest_is_read_match_across_chunks(db, vcf):
    # 450 cards are read in two chunks by two workers and stored chunk by
    # chunk; card 400 repeats card 2's e-mail and is merged into it.
    cards = [VIENNA.format(i=i) for i in range(450)]
    cards[399] = cards[399].replace("eva399@", "eva1@")
    path = vcf("many.vcf", "".join(cards))
    report = importer.import_paths([path], workers=2)
    assert (report.files[0].cards, report.created, report.updated, report.merged) == \
        (450, 449, 1, 1)
    eva1 = contacts.get(contacts.find_by_uid("w1"))
    assert [p.number for p in eva1.phones] == ["01 5000001", "+49 30 9000001", "01 5000399",
                                               "+49 30 9000399"]
    # Dialled in Vienna, where the address is: the workers' parse is the one stored.
    assert contacts.list_rows([eva1.id])[eva1.id].phone == "+43 1 5000001"
    assert listing.find_ids("4315000002") == [contacts.find_by_uid("w2")]
    again = importer.import_paths([path], workers=2)
    assert (again.created, contacts.count()) == (0, 449)


def test_cards_handed_on_as_read_are_counted_not_kept(vcf):
    # What the command line's import streams: a 200 MB file's cards would not fit.
    path = vcf("three.vcf", ANNA + BOB + ANNA.replace("anna-1", "anna-2"))
    seen = []
    [result] = read_files([path], workers=1, on_cards=lambda _, cards: seen.extend(cards))
    assert ([c.name for c in seen], result.count, result.cards) == \
        (["Anna Müller", "Bob Roe", "Anna Müller"], 3, [])
    [kept] = read_files([path], workers=1)
    assert (kept.count, len(kept.cards)) == (3, 3)


def test_a_number_parsed_in_a_worker_reads_the_same_in_the_writer():
    import pickle

    from app.contacts import phones

    key, info = pickle.loads(pickle.dumps(phones.portable("01 5123456", "AT",
                                                          international=True)))
    assert info.parsed is None and info.international == "+43 1 5123456"
    other_key, other = pickle.loads(pickle.dumps(phones.portable("030 1234567", "DE")))
    assert other.international == "+49 30 1234567"  # worked out from E.164 when asked
    with phones.known_numbers([(key, info), (other_key, other)]):
        assert phones.parse(" 01 5123456", "AT") is info
        assert phones.parse("01 5123456", "DE") is not info  # another region, another number
    assert phones.parse("01 5123456", "AT") is not info
    assert phones.parse("+43 1 5123456", "DE") == phones.parse("+43 1 5123456", "AT")


def test_a_foreign_contacts_national_number_matches_in_its_own_country(db):
    """A New York card's "(212) 555-0142" is +1 212..., not a German number."""
    from app.contacts import store as contacts
    from app.contacts.matching import MatchIndex
    from app.contacts.model import ContactData, Phone, PostalAddress

    ny = ContactData(given_name="Jane", family_name="Doe",
                     phones=[Phone("(212) 555-0142")],
                     addresses=[PostalAddress(city="New York", country="US")])
    cid = contacts.create(ny)
    index = MatchIndex("DE")
    index.add(contacts.get(cid), cid)
    card = ContactData(given_name="J.", family_name="Doe-Smith", phones=[Phone("+1 212 555 0142")])
    match = index.match(card)
    assert match is not None and match.contact_id == cid
