"""The main window's contact list: one row per contact, sortable, several rows selectable."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.contacts.list_model import ContactTableModel


class ContactTableView(QTableView):
    """Shows a ContactTableModel; selects and reports contacts by id."""

    def __init__(self, model: ContactTableModel, parent=None):
        super().__init__(parent)
        self.contacts = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(ContactTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        # Fixed row heights: the view never asks for every row's size hint.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 200), (1, 180), (2, 150), (3, 210)):
            header.resizeSection(column, width)
        # An empty list has nothing to scroll to: no horizontal scroll bar for the headers.
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._scroll_bar_when_rows)
        self._scroll_bar_when_rows()

    def _scroll_bar_when_rows(self, *args) -> None:
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if self.contacts.rowCount()
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [cid for cid in (self.contacts.contact_id(r) for r in rows) if cid is not None]

    def select_contact(self, contact_id: int) -> None:
        """Make this contact the current row, selected and scrolled to (if it is listed)."""
        row = self.contacts.row_of(contact_id)
        if row < 0:
            return
        index = self.contacts.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)
