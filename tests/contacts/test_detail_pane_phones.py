"""The detail pane reads a contact's national phone numbers in its own country."""
from __future__ import annotations

from app.contacts import store as contacts
from app.contacts.model import ContactData, Phone, PostalAddress
from ui.contacts.detail_pane import ContactEditor


def test_an_american_number_stays_american_when_shown_and_saved(db, qtbot):
    cid = contacts.create(ContactData(
        given_name="Bob", family_name="Allen", phones=[Phone("(212) 555-0142", "mobile")],
        addresses=[PostalAddress("350 Fifth Avenue", "10118", "New York", "NY", "US")]))
    editor = ContactEditor()
    qtbot.addWidget(editor)
    editor.load_id(cid)
    # Read as German it showed (and would have saved) +49 212 5550142.
    assert editor.form.phones.values() == [("+1 212-555-0142", "mobile")]
    swiss = contacts.create(ContactData(
        given_name="Urs", phones=[Phone("079 123 45 67", "mobile")],
        addresses=[PostalAddress("Seestrasse 1", "8001", "Zürich", country="CH")]))
    editor.load_id(swiss)
    assert editor.form.phones.values() == [("+41 79 123 45 67", "mobile")]
    assert not editor.form.phones.is_marked(0)


def test_without_an_address_the_settings_region_applies(db, qtbot):
    cid = contacts.create(ContactData(given_name="Anna", phones=[Phone("030 1234567")]))
    editor = ContactEditor()
    qtbot.addWidget(editor)
    editor.load_id(cid)
    assert editor.form.phones.values() == [("+49 30 1234567", "work")]


def test_a_landline_typed_into_a_new_row_is_not_labelled_mobile(db, qtbot):
    cid = contacts.create(ContactData(given_name="Anna", family_name="Kölsch",
                                      phones=[Phone("0171 1234567", "work")]))
    editor = ContactEditor()
    qtbot.addWidget(editor)
    editor.load_id(cid)
    phones = editor.form.phones
    phones.add_button.click()
    [_, new] = phones.line_edits()
    qtbot.keyClicks(new, "0221 1234567")
    new.editingFinished.emit()
    # the stored row keeps the label its user chose; the new Cologne landline is "work"
    assert phones.values() == [("+49 171 1234567", "work"), ("+49 221 1234567", "work")]
    phones.add_button.click()
    qtbot.keyClicks(phones.line_edits()[2], "0172 7654321")
    phones.line_edits()[2].editingFinished.emit()
    assert phones.values()[2] == ("+49 172 7654321", "mobile")


def test_a_private_persons_landline_is_home(db, qtbot):
    cid = contacts.create(ContactData(given_name="Oma", family_name="Kölsch",
                                      relationship="private"))
    editor = ContactEditor()
    qtbot.addWidget(editor)
    editor.load_id(cid)
    editor.form.phones.add_button.click()
    [edit] = editor.form.phones.line_edits()
    qtbot.keyClicks(edit, "0221 1234567")
    edit.editingFinished.emit()
    assert editor.form.phones.values() == [("+49 221 1234567", "home")]


def test_the_detail_pane_keeps_a_cards_chosen_name_until_a_name_is_edited(db, qtbot):
    cid = contacts.create(ContactData(given_name="Jonathan", family_name="Doe",
                                      formatted_name="Johnny Doe"))
    editor = ContactEditor()
    qtbot.addWidget(editor)
    editor.load_id(cid)
    qtbot.keyClicks(editor.form.job_title, "Buyer")
    assert editor.save()
    assert contacts.get(cid).job_title == "Buyer"
    assert contacts.get(cid).display_name() == "Johnny Doe"
    editor.load_id(cid)
    qtbot.keyClicks(editor.form.family_name, "-Smith")
    assert editor.save()
    assert contacts.get(cid).display_name() == "Jonathan Doe-Smith"
