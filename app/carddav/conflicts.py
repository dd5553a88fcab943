"""Contacts changed on both sides in the same field, waiting for the user's choice.

The sync keeps the server's card aside (``sync_item.pending``) and changes
neither side; the window shows each with the conflict dialog (Hearth's value
is "mine", the server's "theirs"), and :func:`resolve` saves the choice here;
the next sync sends it.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass

from app.carddav import store
from app.carddav.cards import card_hash, parse_card, with_local_fields
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.contacts.three_way import MergeResult, merge
from app.storage.connection import database


@dataclass
class PendingConflict:
    book_id: int
    href: str
    name: str
    account: str
    merge: MergeResult


def pending() -> list[PendingConflict]:
    out = []
    for book_id, href, contact_id, account in store.conflicts():
        it = store.item(book_id, href)
        local = contacts.get(contact_id)
        base = with_local_fields(parse_card(it.card, href) or ContactData(), local)
        theirs = with_local_fields(parse_card(it.pending["card"], href) or ContactData(), local)
        out.append(PendingConflict(book_id, href, local.display_name(), account,
                                   merge(base, local, theirs)))
    return out


def resolve(book_id: int, href: str, chosen: ContactData) -> None:
    """The user chose: ``chosen`` is saved here and sent at the next sync."""
    it = store.item(book_id, href)
    if it is None or it.pending is None:
        return
    with database.atomic():
        contacts.update(copy.deepcopy(chosen))
        server = parse_card(it.pending["card"], href) or ContactData()
        store.save_item(book_id, store.Item(href, it.contact_id, it.pending["etag"],
                                            it.pending["card"], card_hash(server), -1, None))
