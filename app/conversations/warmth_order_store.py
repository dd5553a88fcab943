"""The warmth sort read a page at a time (SQLite): what a big book's list shows
when sorted by warmth, read only as far as it is shown.

The same band queries as warmth_store.ids_in_warmth_order, one after the other,
each read in chunks in its warmth order (warmth_log, none first, then name
order), every chunk one query going on from the last row read: the first
screen costs a few small reads instead of every live contact's id.
"""
from __future__ import annotations

from collections.abc import Iterator

from app.conversations import warmth_store
from app.storage import keyset


def ids_in_warmth_order(pinned: dict[str, int], bounds: tuple[float, float, float],
                        cut: str, until: str, *, descending: bool = False) -> Iterator[int]:
    """warmth_store.ids_in_warmth_order as a stream (turned round when ``descending``)."""
    pins = warmth_store.pinned_ranks(pinned)
    for rank in (range(3, -1, -1) if descending else range(4)):
        queries = warmth_store.band_queries(rank, pinned, bounds, cut, until, rank in pins)
        for sql, params in (queries[::-1] if descending else queries):
            # no warmth_log first (last when turned round): keyset on the name order
            # there, on warmth_log and the name order in the rest
            for unknown in ((False, True) if descending else (True, False)):
                if _may_hold(sql, unknown):
                    yield from _keyset(sql, params, unknown, descending)


def _may_hold(sql: str, unknown: bool) -> bool:
    """Whether a band query may hold rows without warmth_log (``unknown``) or with
    one: a range of warmth_log holds none without, "warmth_log IS NULL AND" none
    with. Asking anyway walks every row without a warmth_log for nothing."""
    if unknown:
        return "warmth_log IS NULL" in sql or "CASE" in sql
    return "AND warmth_log IS NULL AND" not in sql


def _keyset(sql: str, params: list, unknown: bool, descending: bool) -> Iterator[int]:
    keys = ["sort_key", "id"] if unknown else ["warmth_log", "sort_key", "id"]
    where = " AND warmth_log IS NULL" if unknown else " AND warmth_log IS NOT NULL"
    bound = "warmth_log < ?" if descending else "warmth_log >= ?"
    return keyset.ids_in_order(sql + where, params, keys, descending=descending,
                               sql_after=sql.replace(bound, "+" + bound) + where)
