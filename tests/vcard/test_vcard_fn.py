"""The name a card's author chose (FN) and list components in N and ADR (issue 10, item 10)."""
from __future__ import annotations

from pathlib import Path

from app.contacts import store as contacts
from app.contacts.model import ContactData, chosen_name_after_edit
from app.vcard import importer
from app.vcard.reader import read_bytes
from app.vcard.writer import card_text, write_file


def card(*lines: str) -> ContactData:
    text = "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD", ""])
    [got] = read_bytes(text.encode(), "test.vcf").cards
    assert got.contact is not None, got.reason
    return got.contact


def test_iphone_sample_lists_are_joined_with_spaces_and_streets_end_cleanly(shared_dir):
    [got] = read_bytes((shared_dir / "vcards" / "ezvcard__John_Doe_IPHONE.vcf").read_bytes(),
                       "iphone.vcf").cards
    c = got.contact
    assert c.additional_names == "Richter James"
    assert c.display_name() == "Mr. John Richter James Doe Sr."
    assert c.formatted_name == ""  # its FN is the composed name: nothing to keep
    assert [a.street for a in c.addresses] == ["Silicon Alley 5", "Street4\nBuilding 6\nFloor 8"]


def test_list_components_and_escaped_commas():
    c = card("N:Doe;John;Richter,James;;", "FN:John Richter James Doe",
             "ADR;TYPE=HOME:;;Hauptstraße 5,;Köln;;50667;Germany")
    assert (c.given_name, c.additional_names, c.family_name) == ("John", "Richter James", "Doe")
    assert c.addresses[0].street == "Hauptstraße 5"
    escaped = card("N:Doe;John;Richter\\, James;;", "FN:John Richter\\, James Doe",
                   "ADR:;;Main St\\, Apt 4;Boston;;02101;USA")
    assert escaped.additional_names == "Richter, James"
    assert escaped.addresses[0].street == "Main St, Apt 4"
    two_streets = card("N:Roe;Jane;;;", "ADR:;;Line one,Line two;Bern;;3000;CH")
    assert two_streets.addresses[0].street == "Line one, Line two"


def test_a_chosen_fn_is_the_display_name_stored_and_written_back(db, tmp_path: Path):
    c = card("N:Doe;Jonathan;;;", "FN:Johnny Doe", "UID:urn:uuid:fn-1")
    assert (c.formatted_name, c.display_name()) == ("Johnny Doe", "Johnny Doe")
    cid = contacts.create(c)
    stored = contacts.get(cid)
    assert stored.display_name() == "Johnny Doe"
    assert contacts.list_rows([cid])[cid].display_name == "Johnny Doe"
    text = card_text(stored)
    assert "FN:Johnny Doe\r\n" in text and "N:Doe;Jonathan;;;\r\n" in text
    # and a card round trip keeps it
    again = read_bytes(text.encode(), "again.vcf").cards[0].contact
    assert (again.formatted_name, again.given_name) == ("Johnny Doe", "Jonathan")
    # a re-import whose FN is the composed name again drops it
    path = tmp_path / "update.vcf"
    write_file(path, [ContactData(given_name="Jon", family_name="Doe", uid="urn:uuid:fn-1")])
    importer.import_paths([path])
    assert contacts.get(cid).display_name() == "Jon Doe"


def test_editing_a_name_drops_the_chosen_fn():
    before = ContactData(given_name="Jonathan", family_name="Doe", formatted_name="Johnny Doe")
    same = ContactData(given_name="Jonathan", family_name="Doe", notes="likes tea")
    assert chosen_name_after_edit(before, same) == "Johnny Doe"
    renamed = ContactData(given_name="Jonathan", family_name="Doe-Smith")
    assert chosen_name_after_edit(before, renamed) == ""
    assert renamed.display_name() == "Jonathan Doe-Smith"


def test_a_person_named_only_by_fn_gets_names_not_a_kept_fn():
    c = card("FN:Erika Mustermann")
    assert (c.given_name, c.family_name, c.formatted_name) == ("Erika", "Mustermann", "")


def test_the_chosen_name_is_found_by_search(db):
    from app.contacts import listing

    cid = contacts.create(card("N:Doe;Jonathan;;;", "FN:Johnny Doe"))
    assert listing.find_ids("johnny") == [cid]
    assert listing.find_ids("jonathan") == [cid]
