"""What the contact list asks: the list order, its sorts, and search as you type.

It sits above both stores: the column sorts are the contact store's
(app.contacts.store.ORDERS), the warmth sort is app.conversations.warmth's,
the search is app.storage.search_index's. The rows themselves come from
app.contacts.store.list_rows.
"""
from __future__ import annotations

from app.contacts import store
from app.conversations import warmth
from app.storage import search_index as search

WARMTH = "warmth"
#: Every sort the list offers; the warmth sort is computed at query time (band
#: thresholds move with the clock), the others are stored columns.
SORTS = tuple(store.ORDERS) + (WARMTH,)


def ordered_ids(sort: str = "name", descending: bool = False, *,
                trashed: bool = False) -> list[int]:
    """Ids of all live (or all trashed) contacts in list order."""
    if sort == WARMTH:
        return warmth.ordered_by_warmth(descending, trashed=trashed)
    return store.ids_in_order(sort, descending, trashed=trashed)


def find_ids(text: str, sort: str = "name", descending: bool = False, *,
             trashed: bool = False, base: list[int] | None = None) -> list[int]:
    """What the search box shows: matching ids, best matches first, each
    tier in list order (see search_index.ranking_queries). A descending sort
    is the list turned round and ranks nothing: matches in its order.

    ``base`` is the already-sorted list of all ids, when the caller holds it,
    which spares sorting the matches again.
    """
    if base is None:
        base = _list_order(sort, descending, trashed)
    matches = search.matching_ids(text)
    if matches is None:
        return list(base)
    if descending:  # the list turned round: its order alone, nothing ranked
        return _in_list_order(matches, base)
    found: list[int] = []
    for group in tiers(matches, search.ranked_tiers(text)):
        found += _in_list_order(group, base)
    return found


def tiers(matches: set[int], ranked: list[set[int]]) -> list[set[int]]:
    """``matches`` split by the ranked tiers, best first, the unranked rest last."""
    out, left = [], matches
    for tier in ranked:
        part = left & tier
        if part:
            out.append(part)
            left = left - part
    return out + [left] if left else out


def _in_list_order(ids: set[int], base: list[int]) -> list[int]:
    """Those of ``ids`` that ``base`` lists, in its order."""
    if len(ids) * 8 < len(base):
        # Few: place them by their position in the list instead of walking
        # all of it (100,000 ids take ~9 ms to walk).
        position = _positions(base)
        return sorted((i for i in ids if i in position), key=position.__getitem__)
    return [i for i in base if i in ids]


#: [(the list, its id -> index dict)]: one item, replaced whole, so a thread
#: never reads one list's positions for another list.
_position_cache: list = [(None, {})]


def _positions(base: list[int]) -> dict[int, int]:
    known, positions = _position_cache[0]
    if known is not base:
        positions = {cid: n for n, cid in enumerate(base)}
        _position_cache[0] = (base, positions)
    return positions


#: (sort, descending, trashed) -> (connection, change stamp, ids in list order)
_orders: dict[tuple, tuple] = {}


def _list_order(sort: str, descending: bool, trashed: bool) -> list[int]:
    """ordered_ids(), remembered until anything in the database changes.

    Sorting 100,000 contacts costs SQLite about 0.2 s, ten times a typical
    search; a search box asks again on every keystroke. The connection's own
    changes (total_changes) and other connections' commits (data_version)
    both end the remembered order.
    """
    conn, stamp = store.change_stamp()
    key = (sort, descending, trashed)
    known = _orders.get(key)
    if known and known[0] is conn and known[1] == stamp and sort != WARMTH:
        return known[2]
    ids = ordered_ids(sort, descending, trashed=trashed)
    _orders[key] = (conn, stamp, ids)
    return ids


def forget() -> None:
    """Drop the remembered list orders: the database changed in a way the change
    stamp cannot see (a file restored into the open connection, say)."""
    _orders.clear()
    _position_cache[0] = (None, {})


def resolve(reference: str) -> list[int]:
    """Contacts a command-line argument means: an id, a UID, or a search."""
    ref = reference.strip()
    if ref.isdigit() and store.exists(int(ref)):
        return [int(ref)]
    by_uid = store.find_by_uid(ref)
    if by_uid is not None:
        return [by_uid]
    return find_ids(ref)
