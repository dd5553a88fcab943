"""The contact list: a table model over the database, not over Python objects.

It holds only the ordered list of contact ids that the current search and
sort select (100,000 ints are a few hundred kilobytes) and fetches the
visible rows from ``app.contacts.store.list_rows`` a page at a time, keeping a
bounded cache. Searching and sorting happen in SQL, never in a proxy model.
"""
from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace

import peewee as pw
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from app.contacts import listing
from app.contacts import store as contacts
from app.contacts.model import ORGANISATION
from app.contacts.paged import ListedIds, PagedIds
from app.conversations import temperature, warmth
from app.core import clock
from ui.contacts import paged_rows
from ui.contacts.paged_rows import PAGE, PagedRows
from ui.conversations.temperature_look import band_icon, band_name, look_of

#: Every row's flags, combined once: the view asks for them per cell and per repaint,
#: and combining two enum flags costs Python more than the rest of flags().
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
MAX_CACHED_ROWS = 10_000


class ContactTableModel(PagedRows, QAbstractTableModel):
    """Signals:
        countChanged(int, int): contacts shown, contacts in this view overall.
    """

    NAME, ORGANISATION, PHONE, EMAIL, CITY, WARMTH = range(6)
    COLUMN_SORTS = {NAME: "name", ORGANISATION: "organisation", PHONE: "phone",
                    EMAIL: "email", CITY: "city", WARMTH: "warmth"}
    IdRole = Qt.ItemDataRole.UserRole + 1

    countChanged = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._titles = [self.tr("Name"), self.tr("Organisation"), self.tr("Phone"),
                        self.tr("E-mail"), self.tr("City"), self.tr("Warmth")]
        self._trashed = False
        self._search = ""
        self._sort_column = self.NAME
        self._descending = False
        self._loaded = False
        self._base: Sequence[int] = []  # a big book's whole list: read as far as shown
        self._ids: Sequence[int] = []  # a search's are read as far as shown
        self._rows = 0  # rows the view has: len(self._ids), or those read so far
        self._cache: OrderedDict[int, contacts.ListRow] = OrderedDict()
        self._texts: dict[int, tuple] = {}  # what data() answers, per contact id
        self._org_font = QFont()
        self._org_font.setItalic(True)
        self._bands: set[str] | None = None  # filter by temperature band; None = all
        self._temperature_settings = None  # read at load(), so a settings change shows
        self._now = clock.local_now()
        self.generation = 0  # bumped by every reload, search and sort
        self._counting_now: dict[int, PagedIds] = {}  # counts under way (PagedRows)

    # --- what is shown ------------------------------------------------------
    @property
    def showing_trash(self) -> bool:
        return self._trashed

    @property
    def search_text(self) -> str:
        return self._search

    def total(self) -> int:
        """Contacts in this view overall (a big book's counted now if not yet)."""
        return len(self._base)

    def is_empty(self) -> bool:
        """Whether the view has no contacts at all (read, not counted)."""
        base = self._base
        return (base.read_to(1) if isinstance(base, PagedIds) else len(base)) == 0

    def load(self) -> None:
        """Read the ids for the current view from the database again."""
        self.show_ids(*self.read_ids(self.view_state()), keep_layout=False)

    # --- refreshing after other writers --------------------------------------
    def view_state(self) -> tuple:
        """What chooses and orders the ids shown; ids read for another state are stale.

        ``generation`` counts the model's own reloads: ids read before one are stale too.
        """
        return (self._sort_column, self._descending, self._trashed,
                frozenset(self._bands) if self._bands else None, self._search)

    def read_ids(self, state: tuple) -> tuple[Sequence[int], Sequence[int]]:
        """(every id of the view in order, the ids the search shows) for a view state.

        Only reads the database, so it may run off the GUI thread: at 100,000
        contacts the warmth sort takes ~0.15 s.
        """
        column, descending, trashed, bands, search = state
        base = self._read_base(column, descending, trashed, bands)
        pageable = self._pageable(column, trashed, bands)
        if pageable or isinstance(base, PagedIds):
            # read on the GUI thread as far as shown, as a keystroke's is
            return base, listing.find_shown(search, descending=descending, base=base,
                                            pageable=pageable)
        # Whole: the GUI thread only compares it (show_ids), never works it out.
        return base, listing.find_ids(search, descending=descending, base=base)

    def _read_base(self, column, descending, trashed, bands) -> Sequence[int]:
        """Every id of a view in order: a big book's whole live list in name or
        warmth order only as far as shown (ListedIds), any other list whole."""
        if column in (self.NAME, self.WARMTH) and not trashed and not bands \
                and paged_rows.read_whole_list_lazily():
            return ListedIds(descending=descending, by_warmth=column == self.WARMTH)
        base = listing.ordered_ids(self.COLUMN_SORTS[column], descending, trashed=trashed)
        if bands:
            keep = warmth.ids_in_bands(set(bands), clock.local_now())
            base = [i for i in base if i in keep]
        return base

    def _pageable(self, column=None, trashed=None, bands=None) -> bool:
        """Whether a search may be read page by page: the whole live list in name order."""
        column = self._sort_column if column is None else column
        trashed = self._trashed if trashed is None else trashed
        bands = self._bands if bands is None else bands
        return column == self.NAME and not trashed and not bands

    def show_ids(self, base: Sequence[int], ids: Sequence[int], *,
                 keep_layout: bool = True) -> bool:
        """Show ids from read_ids(), dropping every cached row; True if the model was reset.

        With ``keep_layout``, the same ids in the same order only repaint (the
        view keeps its selection and scroll position); anything else resets.
        """
        self.generation += 1
        self._now = clock.local_now()
        self._temperature_settings = warmth.load_settings()
        paged = isinstance(ids, PagedIds) or isinstance(self._ids, PagedIds)
        if keep_layout and self._loaded and not paged and ids == self._ids \
                and base == self._base:
            self.invalidate_rows()
            return False
        self.beginResetModel()
        self._base, self._ids = base, ids
        self._rows = self._first_rows()
        self._cache.clear()
        self._texts.clear()
        self._loaded = True
        self.endResetModel()
        self._emit_count()
        return True

    def set_bands(self, bands: set[str] | None) -> None:
        """Show only contacts in these temperature bands (None: all)."""
        self._bands = set(bands) if bands else None
        self.load()

    def temperature(self, row: contacts.ListRow) -> temperature.Temperature:
        return temperature.temperature(warmth.inputs_of(row), self._now,
                                       self._temperature_settings or warmth.load_settings())

    def set_search(self, text: str) -> None:
        if text == self._search:
            return
        self.generation += 1
        self.beginResetModel()
        self._search = text
        self._ids = listing.find_shown(text, descending=self._descending, base=self._base,
                                       pageable=self._pageable())
        self._rows = self._first_rows()
        self.endResetModel()
        self._emit_count()

    def set_trashed(self, trashed: bool) -> None:
        if trashed != self._trashed:
            self._trashed = trashed
            self.load()

    def refresh(self) -> None:
        """After a change: reload ids and drop cached rows."""
        self.load()

    def load_settings_again(self) -> None:
        """Temperature settings or stored sums changed (a recompute under way): the
        rows are read and their temperatures worked out again, in the same order."""
        self._temperature_settings = warmth.load_settings()
        self._now = clock.local_now()
        self.invalidate_rows()

    def invalidate_rows(self, ids: list[int] | None = None) -> None:
        """Cached rows are stale (e.g. after an edit that keeps the order)."""
        self._cache.clear()
        self._texts.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._rows - 1, self.columnCount() - 1))

    # --- ids and rows -------------------------------------------------------
    def contact_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < self._rows else None

    def row_of(self, contact_id: int, *, near: bool = False) -> int:
        """The contact's row, -1 if not shown. ``near``: only if among the first
        NEAR_ROWS of a search that is still being counted (a big book's): a
        keystroke does not read on through thousands of hits to find it."""
        if near and self.counting():
            row = self._ids.row_within(contact_id, paged_rows.NEAR_ROWS)
            if row < 0:
                return -1
        else:
            try:
                row = self._ids.index(contact_id)
            except ValueError:
                return -1
        if row >= self._rows:  # read on to it: the view gets the rows up to it
            self._grow_to(self._ids.placed() if self.counting() else len(self._ids))
        return row

    def _row(self, row: int) -> contacts.ListRow | None:
        """The row's data, from the cache (keyed by contact id) or a page read."""
        cid = self._ids[row]
        found = self._cache.get(cid)
        if found is not None:
            return found
        start = (row // PAGE) * PAGE
        wanted = [i for i in self._ids[start:start + PAGE] if i not in self._cache]
        self._cache.update(contacts.list_rows(wanted))
        while len(self._cache) > MAX_CACHED_ROWS:
            self._cache.popitem(last=False)
        return self._cache.get(cid)

    # --- Qt model API -------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._titles):
                return self._titles[section]
        return None

    def _shown(self, row: int) -> tuple | None:
        """(ListRow, column texts, temperature band) for a row, worked out once.

        data() is asked for some 1,300 cells and roles per repaint; answering
        from a ready tuple keeps a keystroke's repaint cheap.
        """
        if not 0 <= row < self._rows:
            return None
        cid = self._ids[row]
        shown = self._texts.get(cid)
        if shown is not None:
            return shown
        try:
            data = self._row(row)
            if data is None:
                return None
            temp = self.temperature(data)
        except (sqlite3.Error, pw.PeeweeException):
            return None  # the server is away (told in the status bar): blank until it is back
        band = band_name(look_of(temp))
        texts = (data.display_name, "" if data.kind == ORGANISATION else data.organisation,
                 data.phone, data.email, data.city,
                 self.tr("{0} (pinned)").format(band) if temp.pinned else band)
        shown = (data, texts, look_of(temp))
        self._texts[cid] = shown
        if len(self._texts) > MAX_CACHED_ROWS:
            self._texts.clear()
        return shown

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            shown = self._shown(index.row())
            return shown[1][index.column()] if shown and index.isValid() else None
        if role == self.IdRole:
            return self.contact_id(index.row()) if index.isValid() else None
        if role == Qt.ItemDataRole.DecorationRole:
            if index.column() != self.WARMTH:
                return None
            shown = self._shown(index.row())
            return band_icon(shown[2]) if shown else None
        if role == Qt.ItemDataRole.FontRole:
            if index.column() != self.NAME:
                return None
            shown = self._shown(index.row())
            return self._org_font if shown and shown[0].kind == ORGANISATION else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.WARMTH:
            shown = self._shown(index.row())
            return self._warmth_data(shown[0], role) if shown else None
        return None

    def _warmth_data(self, row: contacts.ListRow, role):
        """The temperature chip: icon and band name; the reason in words as tooltip."""
        temp = self.temperature(row)
        if role == Qt.ItemDataRole.DecorationRole:
            return band_icon(look_of(temp))
        if role == Qt.ItemDataRole.DisplayRole:
            name = band_name(look_of(temp))
            return self.tr("{0} (pinned)").format(name) if temp.pinned else name
        if role == Qt.ItemDataRole.ToolTipRole:
            counts = warmth.conversations_this_year([row.id], self._now)
            inputs = replace(warmth.inputs_of(row), conversations_this_year=counts.get(row.id, 0))
            return temperature.temperature(inputs, self._now,
                                           self._temperature_settings).reason
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if column not in self.COLUMN_SORTS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if not self._loaded:  # the view sets its sort before the first load()
            self._sort_column, self._descending = column, descending
            return
        if (column, descending) == (self._sort_column, self._descending):
            return
        self.generation += 1
        self.layoutAboutToBeChanged.emit()
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._base = self._read_base(column, self._descending, self._trashed, self._bands)
        old_ids, old_rows = self._ids, self._rows
        self._ids = listing.find_shown(self._search, descending=self._descending,
                                       base=self._base, pageable=self._pageable())
        if isinstance(self._ids, PagedIds):
            # The same contacts in another order: as many rows as before.
            if not (isinstance(old_ids, PagedIds) and old_ids.counted() is None):
                self._ids.set_count(old_rows)
            self._ids.read_to(min(old_rows, PAGE))  # the rest as far as it is shown
            if self._ids.counted() is None:
                self._count_later(self._ids)
        self._rows = old_rows
        self._cache.clear()
        self._texts.clear()
        # Persistent indexes (the selection) follow their contact to its new row.
        persistent = self.persistentIndexList()
        new_rows: dict = {}
        from_list, to_list = [], []
        for pidx in persistent:
            cid = old_ids[pidx.row()] if 0 <= pidx.row() < old_rows else None
            if cid not in new_rows:
                new_rows[cid] = self._new_row(cid)
            r = new_rows[cid]
            from_list.append(pidx)
            to_list.append(self.index(r, pidx.column()) if r >= 0 else QModelIndex())
        self.changePersistentIndexList(from_list, to_list)
        self.layoutChanged.emit()

    def _new_row(self, contact_id: int | None) -> int:
        """The row of a contact in ids just sorted anew, if among the rows shown."""
        if contact_id is None:
            return -1
        try:
            row = self._ids.index(contact_id)
        except ValueError:
            return -1
        return row if row < self._rows else -1
