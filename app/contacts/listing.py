"""What the contact list asks: the list order, its sorts, and search as you type.

It sits above both stores: the column sorts are the order store's
(app.contacts.order_store.ORDERS), the warmth sort is app.conversations.warmth's,
the search is app.storage.search_index's. The rows themselves come from
app.contacts.store.list_rows.
"""
from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from app.contacts import order_store as orders
from app.contacts import store
from app.contacts.paged import ListedIds, PagedIds
from app.conversations import warmth
from app.storage import search_index as search
from app.storage import search_pages

WARMTH = "warmth"
#: Every sort the list offers; the warmth sort is computed at query time (band
#: thresholds move with the clock), the others are stored columns.
SORTS = tuple(orders.ORDERS) + (WARMTH,)


def ordered_ids(sort: str = "name", descending: bool = False, *,
                trashed: bool = False) -> list[int]:
    """Ids of all live (or all trashed) contacts in list order."""
    if sort == WARMTH:
        return warmth.ordered_by_warmth(descending, trashed=trashed)
    return orders.ids_in_order(sort, descending, trashed=trashed)


def find_ids(text: str, sort: str = "name", descending: bool = False, *,
             trashed: bool = False, base: list[int] | None = None) -> list[int]:
    """What the search box shows: matching ids, best matches first, each
    tier in list order (see search_index.ranking_queries). A descending sort
    is the list turned round and ranks nothing: matches in its order.

    ``base`` is the already-sorted list of all ids, when the caller holds it,
    which spares sorting the matches again.
    """
    return list(find_shown(text, sort, descending, trashed=trashed, base=base))


def find_shown(text: str, sort: str = "name", descending: bool = False, *,
               trashed: bool = False, base: Sequence[int] | None = None,
               pageable: bool = False) -> Sequence[int]:
    """find_ids() for a list that shows a page at a time: the same ids in the same
    order, but of a big result only the count and the best tier are worked
    out now, the rest when a row past them is first asked for (RankedIds).

    ``pageable``: ``base`` is every live contact in name order (no filter), so
    the search may be read in that order straight from the index, only as far
    as shown, with its count asked for separately (PagedIds, on SQLite).
    """
    if pageable and sort == "name" and not trashed:
        plan = search_pages.plan(text)
        if plan is not None:
            return PagedIds(plan, descending=descending)
    if isinstance(base, ListedIds):  # a big book's whole list, read as far as shown
        if not search.tokens(text):
            return base
        base, sort = None, WARMTH if base.by_warmth else "name"  # the search needs it whole
    if base is None:
        base = _list_order(sort, descending, trashed)
    matches = search.matching_ids(text)
    if matches is None:
        return list(base)
    if descending or not search.ranking_queries(text):
        # The list turned round (its order alone), or digits only: nothing to rank.
        return RankedIds(text, matches, base, ranked=False)
    return RankedIds(text, matches, base)


class RankedIds(Sequence):
    """A search result in ranked list order, worked out as far as it is read.

    The tiers (whole words and family names, then words that start so, then
    the rest) are placed one after the other, each only when a row past those
    placed is read, or the whole list is (iterating, comparing). A small tier
    is sorted by list position; a big one is read off the list itself, only
    as far as needed: a one-letter search over 1,000,000 contacts matches some
    650,000, and the list shows 30, found among the first fifty or so.
    ``in`` and ``index`` place only what they must.
    """

    def __init__(self, text: str, matches: set[int], base: list[int], *, ranked: bool = True):
        self._text, self._base, self._matches = text, base, matches
        self._count = _listed(matches, base)
        self._ids: list[int] = []
        self._walk = None  # a big tier being read off the list, in its order
        self._walking: set[int] = set()
        self._left: set[int] | None = None  # in no tier placed or begun yet
        if ranked:
            first = search.ranked_tiers(text, stop=1)
            self._first = first[0] & matches if first else set()
            self._later: list[set[int]] | None = None  # the further tiers, read when needed
        else:
            self._first, self._later = set(), []
        self._begin(self._first)

    def _begin(self, part: set[int]) -> None:
        if len(part) * 64 < len(self._base):
            # Few: place them by their position in the list instead of walking
            # all of it (1,000,000 ids take ~50 ms to walk).
            self._ids += _in_list_order(part, self._base)
        else:
            self._walk, self._walking = filter(part.__contains__, self._base), part

    def _more(self, want: int | None) -> bool:
        """Place more ids: ``want`` in all, or all (None); False once all are placed."""
        if self._walk is not None:
            before = len(self._ids)
            self._ids.extend(self._walk if want is None
                             else islice(self._walk, max(want - before, 64)))
            if len(self._ids) > before:
                return True
            self._walk, self._walking = None, set()
        if self._left is None:
            self._left = self._matches.difference(self._first) if self._first else self._matches
        while self._left:
            if self._later is None:
                self._later = search.ranked_tiers(self._text, first=1)
            part = self._left & self._later.pop(0) if self._later else self._left
            if part:
                self._left = self._left - part
                self._begin(part)
                return True
        return False

    def _upto(self, k: int | None) -> list[int]:
        """The ids, with at least the first ``k`` placed (all when k is None)."""
        while (k is None or len(self._ids) < k) and self._more(k):
            pass
        return self._ids

    def _pending(self, value: int) -> bool:
        """Whether ``value`` (a listed match) may not be placed yet."""
        if self._walk is not None and value in self._walking:
            return True
        return value not in self._first if self._left is None else value in self._left

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, k):
        if isinstance(k, slice):
            return self._upto(k.indices(self._count)[1] if k.step in (None, 1) else None)[k]
        return self._upto((k if k >= 0 else k + self._count) + 1)[k]

    def __iter__(self):
        return iter(self._upto(None))

    def __eq__(self, other) -> bool:
        if isinstance(other, (RankedIds, list)):
            return len(self) == len(other) and self._upto(None) == list(other)
        return NotImplemented

    def __contains__(self, value) -> bool:
        return value in self._matches and value in _positions(self._base)

    def index(self, value, *args) -> int:
        """The row of ``value``: only the tiers up to its own are placed (the
        window asks this of the selected contact on every keystroke)."""
        if args:
            return self._upto(None).index(value, *args)
        if value not in self:
            raise ValueError(f"{value} is not in the result")
        while self._pending(value):
            if self._walk is not None and value in self._walking:
                if value in self._ids:
                    break
                for cid in self._walk:  # read on up to it
                    self._ids.append(cid)
                    if cid == value:
                        return len(self._ids) - 1
            if not self._more(len(self._ids) + 1):
                break
        return self._ids.index(value)


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


#: [(the list, change stamp, the ids up to search.highest_id() it does not hold)]
_outside_cache: list = [(None, None, set())]


def _listed(matches: set[int], base: list[int]) -> int:
    """How many of ``matches`` ``base`` lists. A big result is counted by what
    it holds that the list does not (ids of trashed or filtered-out contacts:
    usually few), not by looking each of its ids up in the list."""
    if len(matches) * 4 < len(base):
        return len(matches) - len(matches.difference(_positions(base)))
    stamp = store.change_stamp()
    known, known_stamp, outside = _outside_cache[0]
    if known is not base or known_stamp != stamp:
        # Once per list: its positions are read for the page anyway.
        outside = set(range(1, search.highest_id() + 1)).difference(_positions(base))
        _outside_cache[0] = (base, stamp, outside)
    return len(matches) - len(matches & outside)


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
    _outside_cache[0] = (None, None, set())


def resolve(reference: str) -> list[int]:
    """Contacts a command-line argument means: an id, a UID, or a search."""
    ref = reference.strip()
    if ref.isdigit() and store.exists(int(ref)):
        return [int(ref)]
    by_uid = store.find_by_uid(ref)
    if by_uid is not None:
        return [by_uid]
    return find_ids(ref)
