"""Picking contacts to add to a card run: search, then choose several."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
)

from app.contacts import listing
from app.contacts import store as contacts

IdRole = Qt.ItemDataRole.UserRole + 1


class AddRecipientsDialog(QDialog):
    """Find contacts by search and pick several to add to the run."""

    def __init__(self, parent=None, exclude: set[int] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Recipients"))
        self.exclude = exclude or set()
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, companies, places, tags"))
        self.search.textChanged.connect(self._search)
        layout.addWidget(self.search)
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.doubleClicked.connect(self.accept)
        layout.addWidget(self.list)
        self.note = QLabel()
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 480)

    LIMIT = 300

    def _search(self, text: str) -> None:
        self.model.clear()
        if not text.strip():
            self.note.setText("")
            return
        ids = [i for i in listing.find_ids(text) if i not in self.exclude]
        rows = contacts.list_rows(ids[:self.LIMIT])
        for i in ids[:self.LIMIT]:
            r = rows[i]
            item = QStandardItem(" — ".join(p for p in (r.display_name, r.city) if p))
            item.setData(i, IdRole)
            self.model.appendRow(item)
        more = len(ids) - self.LIMIT
        self.note.setText(self.tr("%n more: narrow the search", "", more) if more > 0 else "")

    def chosen_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedRows())
        return [self.model.item(r).data(IdRole) for r in rows]
