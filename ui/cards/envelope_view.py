"""The table of a run's envelopes, and which envelopes (and contacts) are selected in it."""
from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.cards import envelopes as ce
from ui.cards.run_model import EnvelopeTableModel


class EnvelopeTableView(QTableView):
    """Shows an EnvelopeTableModel through a sorting proxy; several rows can be selected."""

    def __init__(self, model: EnvelopeTableModel, proxy: QSortFilterProxyModel, parent=None):
        super().__init__(parent)
        self.envelope_model = model
        self.proxy = proxy
        self.setModel(proxy)
        # Name order from app/ until the user clicks a column header.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # At 1366 px every column stays in view: the address takes what is left (and
        # elides, its tooltip shows it whole); status and "card from them" fit their text.
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        m = EnvelopeTableModel
        for col, width in ((m.ADDRESSEE, 210), (m.SALUTATION, 165), (m.MEMBERS, 120)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setSectionResizeMode(m.ADDRESS, QHeaderView.ResizeMode.Stretch)
        for col in (m.STATUS, m.RECEIVED):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def selected_envelopes(self) -> list[ce.Envelope]:
        rows = sorted({self.proxy.mapToSource(i).row()
                       for i in self.selectionModel().selectedRows()})
        return [e for e in (self.envelope_model.envelope(r) for r in rows) if e is not None]

    def select_contacts(self, ids: list[int]) -> None:
        """Select the envelopes of these contacts (and nothing else)."""
        selection = QItemSelection()
        for i in ids:
            row = self.envelope_model.row_of_contact(i)
            if row >= 0:
                index = self.proxy.mapFromSource(self.envelope_model.index(row, 0))
                selection.select(index, index)
        self.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
