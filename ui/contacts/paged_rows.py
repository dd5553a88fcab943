"""The contact list's rows for a search read page by page (app.contacts.paged).

A search over a big book is shown before it is counted: the model has the
rows read so far, reads on as the view scrolls (canFetchMore/fetchMore) and
gets every row once the count, taken off the GUI thread, arrives.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex

from app.contacts.paged import PagedIds

PAGE = 64  # about two screens: a keystroke reads only what it shows
#: Contacts in the list below which a search read page by page (PagedIds) is
#: counted at once; above, the count comes off the GUI thread, and meanwhile
#: the list holds the rows read so far and reads on as it is scrolled.
COUNT_AT_ONCE_BELOW = 20_000
#: A keystroke keeps the selected contact selected if it is among this many hits
#: of a big search (row_of(near=True)); else the first hit is selected.
NEAR_ROWS = 1_000


class PagedRows:
    """Mixed into ContactTableModel, which holds ``_ids``, ``_base``, ``_rows``,
    ``generation`` and the countChanged signal."""

    #: countChanged's first value while a search is still being counted
    COUNTING = -1

    def _first_rows(self) -> int:
        """Rows for freshly set ids; a paged search is read a page, and counted
        now (small list) or off the GUI thread (counted())."""
        ids = self._ids
        if not isinstance(ids, PagedIds) or ids.counted() is not None:
            return len(ids)
        ids.read_to(PAGE)
        if ids.counted() is None and len(self._base) < COUNT_AT_ONCE_BELOW:
            len(ids)
        if ids.counted() is None:
            self._count_later(ids)
            return ids.placed()
        return ids.counted()

    def _count_later(self, ids: PagedIds) -> None:
        from app.storage import search_pages
        from ui.common.tasks import run_task

        plan, generation = ids.plan, self.generation
        run_task(lambda task: search_pages.count(plan),
                 lambda n: self._counted(generation, ids, n), lambda exc: None, owner=self)

    def _counted(self, generation: int, ids: PagedIds, n: int) -> None:
        if generation != self.generation or ids is not self._ids:
            return  # another search or view since
        ids.set_count(n)
        self._grow_to(ids.counted() or 0)
        self._emit_count()

    def _grow_to(self, rows: int) -> None:
        """The view gets rows up to ``rows`` (read on, or counted)."""
        if rows > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, rows - 1)
            self._rows = rows
            self.endInsertRows()

    def counting(self) -> bool:
        """Whether the search shown is still being counted."""
        return isinstance(self._ids, PagedIds) and self._ids.counted() is None

    def _emit_count(self) -> None:
        self.countChanged.emit(self.COUNTING if self.counting() else self._rows,
                               len(self._base))

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and self.counting() and not self._ids.exhausted()

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt override
        if self.canFetchMore(parent):
            self._grow_to(self._ids.read_to(self._rows + PAGE))

