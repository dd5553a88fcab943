"""Deleting a contact for good deletes its card on the server at the next sync.

A database trigger (schema step ``_v_carddav_sync``) turns the contact's sync
state into a tombstone whenever a contact row is deleted, whatever deletes it;
:func:`record_deleted` does the same explicitly, for a deletion path (a
privacy erasure) that wants to say so before or after it deletes. Either way
nothing of the person's card stays in the tombstone: only the server's href
and ETag, until the server's DELETE succeeds.
"""
from __future__ import annotations

from collections.abc import Iterable

from app.carddav import store
from app.storage.connection import database


def record_deleted(contact_ids: Iterable[int]) -> None:
    """Mark the server cards of these contacts for deletion at the next sync."""
    with database.atomic():
        store.mark_deleted(list(contact_ids))
