"""The contact list's rows for a search read page by page (app.contacts.paged).

A search over a big book is shown before it is counted: the model has the
rows read so far, reads on as the view scrolls (canFetchMore/fetchMore) and
gets every row once the count, taken off the GUI thread, arrives.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex

from app.contacts import order_store
from app.contacts.paged import ListedIds, PagedIds

PAGE = 64  # about two screens: a keystroke reads only what it shows
#: Contacts in the list below which a search read page by page (PagedIds) is
#: counted at once; above, the count comes off the GUI thread, and meanwhile
#: the list holds the rows read so far and reads on as it is scrolled.
COUNT_AT_ONCE_BELOW = 20_000
#: A keystroke keeps the selected contact selected if it is among this many hits
#: of a big search (row_of(near=True)); else the first hit is selected.
NEAR_ROWS = 1_000
#: From this many contacts (by the highest id: no count needed) the whole list in
#: name order is read page by page too (ListedIds), and counted off the GUI thread.
LAZY_LIST_FROM = 20_000


def read_whole_list_lazily() -> bool:
    """Whether the book is big enough to read its whole list as far as shown (SQLite)."""
    return order_store.highest_id() >= LAZY_LIST_FROM and ListedIds.available()


class PagedRows:
    """Mixed into ContactTableModel, which holds ``_ids``, ``_base``, ``_rows``,
    ``generation``, ``_counting_now`` (a dict) and the countChanged signal."""

    #: countChanged's first value while a search is still being counted
    COUNTING = -1

    def _first_rows(self) -> int:
        """Rows for freshly set ids; a paged search is read a page, and counted
        now (small list) or off the GUI thread (counted())."""
        ids = self._ids
        if not isinstance(ids, PagedIds) or ids.counted() is not None:
            return len(ids)
        ids.read_to(PAGE)
        if ids.counted() is None and self._small():
            len(ids)
        if ids.counted() is None:
            self._count_later(ids)
            return ids.placed()
        return ids.counted()

    def _small(self) -> bool:
        """Whether the list shown is small enough to count a search at once."""
        base = self._base
        total = base.counted() if isinstance(base, PagedIds) else len(base)
        return total is not None and total < COUNT_AT_ONCE_BELOW

    def _count_later(self, ids: PagedIds) -> None:
        from ui.common.tasks import run_task

        if id(ids) in self._counting_now:
            return
        self._counting_now[id(ids)] = ids  # held, so its id() stays its own
        generation = self.generation
        run_task(lambda task: ids.count_now(),
                 lambda n: self._counted(generation, ids, n),
                 lambda exc: self._counting_now.pop(id(ids), None), owner=self)

    def _counted(self, generation: int, ids: PagedIds, n: int) -> None:
        self._counting_now.pop(id(ids), None)
        ids.set_count(n)
        if generation == self.generation and ids is self._ids:
            self._grow_to(ids.counted() or 0)
        if ids is self._ids or ids is self._base:
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

    def known_total(self) -> int | None:
        """Contacts in this view overall, if counted (a big book's is counted later)."""
        base = self._base
        return base.counted() if isinstance(base, PagedIds) else len(base)

    def _emit_count(self) -> None:
        """Tell the count; a big book's whole list is told once counted (the label
        keeps its last text meanwhile, for the tenth of a second that takes)."""
        total = self.known_total()
        if total is None:
            self._count_later(self._base)  # type: ignore[arg-type]
            return
        self.countChanged.emit(self.COUNTING if self.counting() else self._rows, total)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and self.counting() and not self._ids.exhausted()

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt override
        if self.canFetchMore(parent):
            self._grow_to(self._ids.read_to(self._rows + PAGE))

