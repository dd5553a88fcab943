"""Hard delete: the one place that removes contacts for good.

Emptying the trash and a privacy erasure are the only hard deletes. Each
removes, in one transaction, the contacts (their phones, e-mails, addresses,
tags and card-run rows go with them by foreign key), their search-index
rows, and the conversations nobody is left in. Whatever deletes for good
(the window's Empty Trash, tests, a future command) calls these functions.
"""
from __future__ import annotations

from app.storage import search_index as search
from app.storage.connection import database


def empty_trash() -> int:
    """Delete every trashed contact for good; the only hard delete besides erasure."""
    with database.atomic():
        ids = [r[0] for r in database.execute_sql(
            "SELECT id FROM contact WHERE trashed_at IS NOT NULL")]
        search.remove_documents(ids)
        _bump_referrers(ids)
        database.cursor().executemany("DELETE FROM contact WHERE id = ?", [(i,) for i in ids])
        database.execute_sql("DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM contact_tag)")
        _delete_orphan_conversations()
    return len(ids)


def erase(contact_id: int) -> None:
    """Privacy erasure: remove one contact for good, trashed or not."""
    with database.atomic():
        search.remove_documents([contact_id])
        _bump_referrers([contact_id])
        database.execute_sql("DELETE FROM contact WHERE id = ?", (contact_id,))
        _delete_orphan_conversations()


def _bump_referrers(ids: list[int]) -> None:
    """Contacts referred by one deleted lose their referrer (ON DELETE SET NULL):
    a change to them, so their version goes up (app.contacts.store)."""
    database.cursor().executemany(
        "UPDATE contact SET version = version + 1 WHERE referred_by_id = ?", [(i,) for i in ids])


def _delete_orphan_conversations() -> int:
    """Conversations with nobody left in them go with the last of their contacts."""
    cur = database.cursor()
    cur.execute("DELETE FROM interaction WHERE NOT EXISTS (SELECT 1 FROM interaction_contact ic "
                "WHERE ic.interaction_id = interaction.id)")
    return cur.rowcount
