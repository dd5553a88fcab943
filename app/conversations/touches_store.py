"""A contact's conversations read apart from its touches (greeting cards).

A card is a touch, not a conversation (app.conversations.temperature.TOUCH_ONLY):
the briefing's "last conversations" are conversations, and its cards are
listed on their own. The timeline (app.conversations.store.for_contact)
still shows everything.
"""
from __future__ import annotations

from app.conversations import store
from app.conversations import temperature as t
from app.storage.connection import database

#: the touch channels as an SQL list: constants, never user input
_TOUCHES = "(" + ",".join(f"'{ch}'" for ch in sorted(t.TOUCH_ONLY)) + ")"
_OF_CONTACT = (store._SELECT + "JOIN interaction_contact ic ON ic.interaction_id = i.id "
               "WHERE ic.contact_id = ? AND i.trashed_at IS NULL AND i.channel ")


def _newest(contact_id: int, test: str, limit: int) -> list[store.Interaction]:
    return store._from_rows(database.execute_sql(
        _OF_CONTACT + f"{test} {_TOUCHES} ORDER BY i.happened_at DESC, i.id DESC LIMIT ?",
        (contact_id, int(limit))))


def conversations(contact_id: int, limit: int) -> list[store.Interaction]:
    """The contact's latest live conversations (notes included, cards not), newest first."""
    return _newest(contact_id, "NOT IN", limit)


def touches(contact_id: int, limit: int) -> list[store.Interaction]:
    """The contact's latest live touches (greeting cards logged), newest first."""
    return _newest(contact_id, "IN", limit)


def count_conversations(contact_id: int) -> int:
    """The contact's live conversations, notes included, cards not."""
    return database.execute_sql(
        "SELECT count(*) FROM interaction_contact ic JOIN interaction i ON i.id = "
        "ic.interaction_id WHERE ic.contact_id = ? AND i.trashed_at IS NULL "
        f"AND i.channel NOT IN {_TOUCHES}", (contact_id,)).fetchone()[0]
