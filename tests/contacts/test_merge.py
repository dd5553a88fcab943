"""Merging two contacts moves everything that pointed at the merged one, also
when both were in the same conversation (a key that must stay unique: the
merged one's link stays, in the trash with it)."""
from __future__ import annotations

import datetime as dt

from app.contacts import duplicates
from app.contacts import store as contacts
from app.contacts.model import ContactData, Email
from app.conversations import store as interactions
from app.conversations.store import Interaction


def test_a_conversation_with_both_is_kept_once_after_merging(db):
    keep = contacts.create(ContactData(given_name="Anna", family_name="Müller",
                                       emails=[Email("anna@example.de")]))
    other = contacts.create(ContactData(given_name="Anna", family_name="Mueller"))
    when = dt.datetime(2025, 3, 1, 10, 0)
    both = interactions.log(Interaction("meeting", [keep, other], when, subject="Messe"))
    alone = interactions.log(Interaction("call", [other], when, subject="Angebot"))

    duplicates.merge_contacts(keep, other)

    assert keep in interactions.get(both).contact_ids  # its link to the merged one stays
    assert interactions.get(alone).contact_ids == [keep]
    assert contacts.get(other).trashed_at
    assert sorted(i.id for i in interactions.for_contact(keep)) == sorted([both, alone])
