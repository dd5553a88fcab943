"""A search result in the list's name order, read a page at a time (SQLite).

What the search box gets for the whole list in name order (the window's
default view): the rows come from app.storage.search_pages as far as they are
read, tier after tier, so a keystroke costs what the list shows, not what
the search matches. Its length is a count in SQL, asked for only when
needed: the window counts off the GUI thread (``counted()`` says whether the
count is known) and meanwhile shows the rows read so far.
"""
from __future__ import annotations

from collections.abc import Container, Iterator, Sequence

from app.contacts import order_store, store
from app.conversations import warmth
from app.storage import list_keys, search_pages
from app.storage.engine import is_postgres


class PagedIds(Sequence):
    def __init__(self, plan: search_pages.Plan, *, descending: bool = False):
        self.plan: search_pages.Plan | None = plan
        self._begin(search_pages.tiers(plan, descending=descending),
                    search_pages.trashed_ids())  # usually few

    def _begin(self, tiers: list[Iterator[int]], trashed: Container[int]) -> None:
        """Read ``tiers`` (rising keys, tier after tier), leaving out ``trashed`` ids."""
        self._tiers, self._trashed = tiers, trashed
        self._ids: list[int] = []
        self._tier = 0
        self._count: int | None = None

    # --- reading on -------------------------------------------------------
    def _more(self, want: int | None) -> None:
        """Read on until ``want`` ids are placed (None: all of them)."""
        mask, trashed, ids = list_keys.ID_MASK, self._trashed, self._ids
        while self._tier < len(self._tiers) and (want is None or len(ids) < want):
            for key in self._tiers[self._tier]:
                cid = key & mask
                if cid not in trashed:
                    ids.append(cid)
                    if want is not None and len(ids) >= want:
                        break
            else:
                self._tier += 1
        if self._tier >= len(self._tiers):
            self._count = len(ids)

    def placed(self) -> int:
        """How many ids are read so far."""
        return len(self._ids)

    def exhausted(self) -> bool:
        return self._tier >= len(self._tiers)

    def read_to(self, n: int) -> int:
        """Read on until ``n`` ids are placed or there are no more; how many are."""
        self._more(n)
        return len(self._ids)

    # --- the count ----------------------------------------------------------
    def counted(self) -> int | None:
        """The number of ids, if known (counted, or all read); None if not yet."""
        return self._count

    def count_now(self) -> int:
        """Count in SQL (the window calls this off the GUI thread, then set_count)."""
        return search_pages.count(self.plan)  # type: ignore[arg-type]  # ListedIds: its own

    def set_count(self, n: int) -> None:
        """The count worked out elsewhere (count_now, off the GUI thread)."""
        if self._count is None:
            self._count = max(n, len(self._ids))

    def __len__(self) -> int:
        if self._count is None:
            self._count = max(self.count_now(), len(self._ids))
        return self._count

    # --- a sequence ----------------------------------------------------------
    def __getitem__(self, k):
        if isinstance(k, slice):
            if k.step not in (None, 1) or k.stop is None or (k.start or 0) < 0 or k.stop < 0:
                self._more(None)
            else:
                self._more(k.stop)
            return self._ids[k]
        if k < 0:
            self._more(None)
        else:
            self._more(k + 1)
        return self._ids[k]

    def __iter__(self):
        self._more(None)
        return iter(self._ids)

    def __eq__(self, other) -> bool:
        if isinstance(other, (PagedIds, list)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __contains__(self, value) -> bool:
        return (isinstance(value, int) and value not in self._trashed
                and search_pages.holds(self.plan, value))

    def index(self, value, *args) -> int:
        """The row of ``value``, reading on only as far as it."""
        if args:
            return list(self).index(value, *args)
        row = self.row_within(value, None)
        if row < 0:
            raise ValueError(f"{value} is not in the result")
        return row

    def row_within(self, value, rows: int | None) -> int:
        """The row of ``value`` if it is among the first ``rows`` (None: anywhere),
        else -1; reads on no further than that."""
        if value in self._ids:
            row = self._ids.index(value)
            return row if rows is None or row < rows else -1
        if (rows is not None and self.exhausted()) or value not in self:
            return -1
        while not self.exhausted() and (rows is None or len(self._ids) < rows):
            start = len(self._ids)
            want = max(2 * start, start + 256)
            self._more(want if rows is None else min(want, rows))
            if value in self._ids[start:]:
                return self._ids.index(value, start)
        return -1


class ListedIds(PagedIds):
    """Every live contact in name order (or by warmth), read a page at a time
    (SQLite): what a big book shows when nothing is searched. Reading a million
    ids takes the best part of a second, and the window shows thirty of them."""

    def __init__(self, *, descending: bool = False, by_warmth: bool = False):
        self.plan = None
        self.descending, self.by_warmth = descending, by_warmth
        self._begin([warmth.warmth_order_stream(descending) if by_warmth
                     else order_store.live_ids_in_name_order(descending=descending)],
                    frozenset())  # the streams hold live contacts only

    @staticmethod
    def available() -> bool:
        """Only on SQLite (PostgreSQL reads its lists whole)."""
        return not is_postgres()

    def count_now(self) -> int:
        return store.count()

    def __contains__(self, value) -> bool:
        return isinstance(value, int) and order_store.is_live(value)
