"""The sync state's tables on both engines: a card's state is replaced in place, and
deleting a contact for good (whatever deletes it) leaves an anonymous tombstone."""
from __future__ import annotations

import pytest

from app.carddav import store as sync_store
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.storage import purge
from app.storage.connection import database

pytestmark = pytest.mark.both_engines


def _item(href: str, contact_id: int | None, etag: str, pending=None) -> sync_store.Item:
    return sync_store.Item(href, contact_id, etag, f"BEGIN:VCARD\r\nUID:{href}\r\nEND:VCARD",
                           f"hash-{etag}", 1, pending)


def test_a_cards_state_is_replaced_and_a_deleted_contact_leaves_a_tombstone(db):
    anna = contacts.create(ContactData(given_name="Anna", family_name="Alt"))
    bert = contacts.create(ContactData(given_name="Bert", family_name="Berg"))
    account = sync_store.add_account("office", "http://dav.example/", "anna",
                                     [("http://dav.example/a/", "Contacts")])
    [book] = sync_store.books(account.id)
    with database.atomic():
        sync_store.save_item(book.id, _item("a.vcf", anna, "1"))
        sync_store.save_item(book.id, _item("b.vcf", bert, "1"))
        sync_store.save_item(book.id, _item("a.vcf", anna, "2", pending={"card": "x"}))
    got = sync_store.items(book.id)
    assert sorted(got) == ["a.vcf", "b.vcf"]
    assert (got["a.vcf"].etag, got["a.vcf"].pending) == ("2", {"card": "x"})
    assert sync_store.conflicts() == [(book.id, "a.vcf", anna, "office")]

    contacts.trash([anna])
    purge.empty_trash()  # a plain DELETE of the contact: the trigger does the rest

    a = sync_store.item(book.id, "a.vcf")
    assert (a.contact_id, a.card, a.hash, a.pending, a.etag) == (None, "", "", None, "2")
    assert sync_store.item(book.id, "b.vcf").contact_id == bert
    assert sync_store.conflicts() == []
    sync_store.remove_account("office")
    assert sync_store.items(book.id) == {}
