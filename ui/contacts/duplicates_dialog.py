"""Tools › Find Duplicates: pairs that look like one person, side by side, merged on request.

A merge (app.contacts.duplicates.merge_contacts) keeps every phone, e-mail, address,
tag and conversation of both and moves the other contact to the trash, so a
wrong merge is undone by restoring it from there.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.contacts import phones
from app.contacts import store as contacts
from app.contacts.duplicates import DuplicatePair, find_duplicates, merge_contacts
from app.contacts.matching import EMAIL, NAME, PHONE, UID
from app.contacts.model import ContactData
from app.storage import settings
from ui.common.messages import message_for
from ui.common.row_list_model import RowListModel
from ui.common.tasks import run_task


class DuplicatePairsModel(RowListModel):
    """The pairs found: the contact kept, the possible duplicate, and why."""
    KEEP, OTHER, REASON = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pairs: list[DuplicatePair] = []
        self.names: dict[int, str] = {}
        self._headers = [self.tr("Contact"), self.tr("Possible duplicate"), self.tr("Why")]
        self._reasons = {UID: self.tr("same UID"), EMAIL: self.tr("same e-mail"),
                         PHONE: self.tr("same phone number"),
                         NAME: self.tr("same name and organisation")}

    def set_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self.pairs = list(pairs)
        ids = [i for p in pairs for i in (p.keep_id, p.other_id)]
        self.names = {cid: row.display_name + (f" ({row.organisation})" if row.organisation
                                               and row.organisation != row.display_name
                                               else "")
                      for cid, row in contacts.list_rows(ids).items()}
        self.endResetModel()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.pairs[row]
        self.endRemoveRows()

    def merged(self, kept: int, gone: int) -> None:
        """``gone`` was merged into ``kept``: other pairs with it now mean ``kept``."""
        self.beginResetModel()
        for p in self.pairs:
            p.keep_id = kept if p.keep_id == gone else p.keep_id
            p.other_id = kept if p.other_id == gone else p.other_id
        self.pairs = [p for p in self.pairs if p.keep_id != p.other_id]
        self.endResetModel()

    def row_list(self):
        return self.pairs

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self.pairs[index.row()]
        if index.column() == self.KEEP:
            return self.names.get(p.keep_id, "")
        if index.column() == self.OTHER:
            return self.names.get(p.other_id, "")
        return self._reasons.get(p.reason, p.reason)


class ComparisonModel(RowListModel):
    """Two contacts field by field; rows where they differ are shown in bold."""
    FIELD, LEFT, RIGHT = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, str, str]] = []
        self._headers = ["", self.tr("Contact"), self.tr("Possible duplicate")]

    def set_contacts(self, left: ContactData | None, right: ContactData | None) -> None:
        self.beginResetModel()
        self.rows = [] if left is None or right is None else [
            (label, fn(left), fn(right)) for label, fn in self._fields()]
        self.endResetModel()

    def _fields(self):
        def lines(items):
            return "\n".join(i for i in items if i)
        region = settings.get("phone_region")
        return [
            (self.tr("Name"), lambda c: c.display_name()),
            (self.tr("Organisation"), lambda c: " · ".join(
                p for p in (c.organisation, c.department, c.job_title) if p)),
            # In one (international) form, so the same number never looks different.
            (self.tr("Phones"), lambda c: lines(
                phones.parse(p.number, contacts.phone_region(c, region)).international
                for p in c.phones)),
            (self.tr("E-mails"), lambda c: lines(e.address for e in c.emails)),
            (self.tr("Addresses"), lambda c: lines(", ".join(
                x for x in (a.street, f"{a.postal_code} {a.city}".strip(), a.country) if x)
                for a in c.addresses)),
            (self.tr("Birthday"), lambda c: c.birthday),
            (self.tr("Tags"), lambda c: ", ".join(c.tags)),
            (self.tr("Notes"), lambda c: c.notes.strip().splitlines()[0] if c.notes.strip()
             else ""),
            (self.tr("Photo"), lambda c: self.tr("yes") if c.photo else ""),
            (self.tr("Added"), lambda c: c.created_at[:10]),
        ]

    def row_list(self):
        return self.rows

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.FontRole and index.column() and row[1] != row[2]:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class DuplicatesDialog(QDialog):
    """Signals:
        contactsChanged(int): a pair was merged; the id of the contact kept.
    """
    contactsChanged = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find Duplicates"))
        self.resize(900, 520)
        self.task = None
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Looking for contacts that appear twice…"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.pairs_model = DuplicatePairsModel(self)
        self.pairs = QTableView()
        self.pairs.setModel(self.pairs_model)
        self.comparison_model = ComparisonModel(self)
        self.comparison = QTableView()
        self.comparison.setModel(self.comparison_model)
        for view in (self.pairs, self.comparison):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().hide()
            view.setShowGrid(False)
            view.horizontalHeader().setStretchLastSection(True)
        self.pairs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs.setAlternatingRowColors(True)
        self.pairs.setWordWrap(False)
        self.pairs.setAccessibleName(self.tr("Possible duplicates"))
        self.comparison.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.comparison.setWordWrap(True)
        self.comparison.setAccessibleName(self.tr("The two contacts side by side"))
        self.comparison.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        header = self.comparison.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        pairs_header = self.pairs.horizontalHeader()
        pairs_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        pairs_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        pairs_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        pairs_header.setHighlightSections(False)
        self.pairs.selectionModel().currentRowChanged.connect(self._show_pair)

        split = QSplitter()
        split.addWidget(self.pairs)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.comparison, 1)
        buttons = QHBoxLayout()
        self.keep_left = QPushButton(self.tr("&Merge, keep the contact"))
        self.keep_right = QPushButton(self.tr("Merge, keep the &duplicate"))
        self.not_same = QPushButton(self.tr("&Not the same"))
        self.keep_left.clicked.connect(lambda: self.merge_current(keep_left=True))
        self.keep_right.clicked.connect(lambda: self.merge_current(keep_left=False))
        self.not_same.clicked.connect(self.drop_current)
        for b in (self.keep_left, self.keep_right, self.not_same):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        note = QLabel(self.tr("A merge keeps every phone, e-mail, address, tag and "
                              "conversation of both; the other contact goes to the trash, "
                              "where it can be restored."))
        note.setWordWrap(True)
        right_layout.addWidget(note)
        split.addWidget(right)
        split.setSizes([400, 500])
        layout.addWidget(split, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._update_buttons()
        self.search()

    def search(self) -> None:
        """Find the pairs off the GUI thread (the whole address book is read)."""
        def done(pairs):
            self.task = None
            self.pairs_model.set_pairs(pairs)
            self._update_status()
            if pairs:
                self.pairs.selectRow(0)

        def failed(exc):
            self.task = None
            self.status.setText(self.tr("Duplicates could not be searched: {0}").format(
                message_for(exc)))

        self.task = run_task(lambda task: find_duplicates(), done, failed)

    def _update_status(self) -> None:
        n = self.pairs_model.rowCount()
        self.status.setText(self.tr("%n pair(s) of contacts that may be the same person. "
                                    "Compare them and merge the ones that are.", "", n)
                            if n else self.tr("No duplicates found."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.pairs.currentIndex().isValid() and self.pairs_model.rowCount() > 0
        for b in (self.keep_left, self.keep_right, self.not_same):
            b.setEnabled(has)

    def _show_pair(self, current, previous=None) -> None:
        if not current.isValid():
            self.comparison_model.set_contacts(None, None)
        else:
            p = self.pairs_model.pairs[current.row()]
            found = {c.id: c for c in contacts.get_many([p.keep_id, p.other_id])}
            self.comparison_model.set_contacts(found.get(p.keep_id), found.get(p.other_id))
        self._update_buttons()

    def merge_current(self, keep_left: bool = True) -> None:
        row = self.pairs.currentIndex().row()
        if row < 0:
            return
        p = self.pairs_model.pairs[row]
        keep, other = (p.keep_id, p.other_id) if keep_left else (p.other_id, p.keep_id)
        try:
            merge_contacts(keep, other)
        except (contacts.ContactNotFound, ValueError) as exc:
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("These two could not be merged: {0}").format(
                                    message_for(exc)))
            return
        self._remove(row)
        self.pairs_model.merged(keep, other)
        if self.pairs_model.rowCount():
            self.pairs.selectRow(min(row, self.pairs_model.rowCount() - 1))
        self._update_status()
        self.contactsChanged.emit(keep)

    def drop_current(self) -> None:
        row = self.pairs.currentIndex().row()
        if row >= 0:
            self._remove(row)

    def _remove(self, row: int) -> None:
        self.pairs_model.remove(row)
        if self.pairs_model.rowCount():
            self.pairs.selectRow(min(row, self.pairs_model.rowCount() - 1))
        else:
            self.comparison_model.set_contacts(None, None)
        self._update_status()

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
        super().reject()
