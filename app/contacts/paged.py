"""A search result in the list's name order, read a page at a time (SQLite).

What the search box gets for the whole list in name order (the window's
default view): the rows come from app.storage.search_pages as far as they are
read, tier after tier, so a keystroke costs what the list shows, not what
the search matches. Its length is a count in SQL, asked for only when
needed: the window counts off the GUI thread (``counted()`` says whether the
count is known) and meanwhile shows the rows read so far.
"""
from __future__ import annotations

from collections.abc import Sequence

from app.storage import list_keys, search_pages


class PagedIds(Sequence):
    def __init__(self, plan: search_pages.Plan, *, descending: bool = False):
        self.plan = plan
        self._tiers = search_pages.tiers(plan, descending=descending)
        self._trashed = search_pages.trashed_ids()  # usually few
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

    def set_count(self, n: int) -> None:
        """The count worked out elsewhere (search_pages.count, off the GUI thread)."""
        if self._count is None:
            self._count = max(n, len(self._ids))

    def __len__(self) -> int:
        if self._count is None:
            self._count = max(search_pages.count(self.plan), len(self._ids))
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
