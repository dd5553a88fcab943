"""Emptying the trash: removes the trashed contacts for good.

In one transaction: the contacts (their phones, e-mails, addresses, tags and
card-run rows go with them by foreign key), their search-index rows, and the
conversations nobody is left in. The other hard delete, a privacy erasure of
one person, is app.privacy.erase (it also scrubs shared conversations, the
import journal and the file's free pages).
"""
from __future__ import annotations

from app.storage import search_index as search
from app.storage.connection import database


def empty_trash() -> int:
    """Delete every trashed contact for good."""
    with database.atomic():
        ids = [r[0] for r in database.execute_sql(
            "SELECT id FROM contact WHERE trashed_at IS NOT NULL")]
        search.remove_documents(ids)
        _bump_referrers(ids)
        database.cursor().executemany("DELETE FROM contact WHERE id = ?", [(i,) for i in ids])
        database.execute_sql("DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM contact_tag)")
        _delete_orphan_conversations()
    return len(ids)


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
