"""Rows of a big ordered SELECT read a chunk at a time, each chunk one query going on
from the last row read (keyset paging: no OFFSET, no statement left open between
chunks, so a reader on the GUI thread never holds a read transaction).

Used where a big book's list is read only as far as it is shown
(app.contacts.order_store, app.conversations.warmth_order_store).
"""
from __future__ import annotations

import json
from collections.abc import Iterator

from app.storage.engine import database

FIRST_CHUNK, MAX_CHUNK = 128, 8192


def ids_in_order(sql: str, params: list, keys: list[str], *, descending: bool = False,
                 sql_after: str | None = None) -> Iterator[int]:
    """The ids of ``SELECT id FROM contact … WHERE …`` (``sql``, whose WHERE the
    paging extends with AND) in the order of ``keys`` (columns of contact, the
    last of them ``id``), turned round when ``descending``.

    ``sql_after``: the same query for the chunks after the first, spelt so that
    SQLite starts its index range at the last row read (its own bound on the
    first key made unusable with a unary ``+``: else SQLite may start every
    chunk at that bound and walk all the rows read before)."""
    way, past = (" DESC", "<") if descending else ("", ">")
    order = " ORDER BY " + ", ".join(k + way for k in keys)
    columns = ", ".join(keys)
    chunk, last = FIRST_CHUNK, None
    while True:
        after = (f" AND ({columns}) {past} ({', '.join('?' * len(keys))})"
                 if last is not None else "")
        page = f"{sql if last is None else sql_after or sql}{after}{order} LIMIT ?"
        args = [*params, *(last or ()), chunk]
        # SQLite hands a big chunk over as one text, half the time of a row per id;
        # the aggregate reads its ordered subquery in order.
        text = database.execute_sql(f"SELECT group_concat(id) FROM ({page})",
                                    args).fetchone()[0]
        ids = json.loads(f"[{text}]") if text else []
        yield from ids
        if len(ids) < chunk:
            return
        last = database.execute_sql(f"SELECT {columns} FROM contact WHERE id = ?",
                                    (ids[-1],)).fetchone()
        chunk = min(chunk * 4, MAX_CHUNK)
