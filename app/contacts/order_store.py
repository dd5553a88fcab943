"""The list's orders: every live (or trashed) contact's id in the order of a column.

The rows themselves are app.contacts.store's (list_rows); app.contacts.listing
puts the orders and the search together for the window.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from app.storage import keyset
from app.storage.connection import database
from app.storage.engine import is_postgres

#: Columns the list can sort by, mapped to their SQL ordering (sorting by
#: warmth is app.conversations.warmth's: see app.contacts.listing).
ORDERS = {
    "name": "sort_key, id",
    "organisation": "organisation = '', organisation COLLATE NOCASE, sort_key, id",
    "phone": "list_phone = '', list_phone, sort_key, id",
    "email": "list_email = '', list_email COLLATE NOCASE, sort_key, id",
    "city": "list_city = '', list_city COLLATE NOCASE, sort_key, id",
}


def ids_in_order(sort: str = "name", descending: bool = False, *,
                 trashed: bool = False) -> list[int]:
    """Ids of all live (or all trashed) contacts in the order of a column of ``ORDERS``."""
    order = ORDERS[sort]
    if descending:
        order = ", ".join(f"{part} DESC" for part in order.split(", "))
    if is_postgres():  # the same spelling as the lower() indexes pg_schema makes
        order = re.sub(r"(\w+) COLLATE NOCASE", r"lower(\1)", order)
    where = "trashed_at IS NOT NULL" if trashed else "trashed_at IS NULL"
    return [r[0] for r in database.execute_sql(f"SELECT id FROM contact WHERE {where} "
                                               f"ORDER BY {order}")]


def live_ids_in_name_order(*, descending: bool = False) -> Iterator[int]:
    """ids_in_order("name") read a chunk at a time (app.storage.keyset)."""
    return keyset.ids_in_order("SELECT id FROM contact WHERE trashed_at IS NULL", [],
                               ["sort_key", "id"], descending=descending)


def is_live(contact_id: int) -> bool:
    """Whether the contact exists and is not in the trash."""
    return database.execute_sql("SELECT 1 FROM contact WHERE id = ? AND trashed_at IS NULL",
                                (contact_id,)).fetchone() is not None


def highest_id() -> int:
    """The highest contact id in use (0: none); contacts made later have higher ids."""
    return database.execute_sql("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0]


def live_ids_above(contact_id: int) -> list[int]:
    """Ids of live contacts made after the one with this id (see highest_id)."""
    return [r[0] for r in database.execute_sql(
        "SELECT id FROM contact WHERE id > ? AND trashed_at IS NULL", (contact_id,))]


def live_among(ids: set[int]) -> set[int]:
    """Those of ``ids`` that are live contacts."""
    return set(live_in_name_order(ids))


def live_in_name_order(ids: set[int], *, descending: bool = False) -> list[int]:
    """Those of ``ids`` that are live contacts, in name order (ids_in_order's)."""
    listed, found = sorted(ids), []
    for n in range(0, len(listed), 500):
        chunk = listed[n:n + 500]
        found += database.execute_sql(
            f"SELECT sort_key, id FROM contact WHERE id IN ({', '.join('?' * len(chunk))}) "
            "AND trashed_at IS NULL", chunk).fetchall()
    return [cid for _key, cid in sorted(found, reverse=descending)]
