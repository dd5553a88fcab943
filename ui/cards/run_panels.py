"""The side tabs of the run window: problems, household proposals, last year's comparison.

Each panel shows what app/ computed for the run; changing the run is left to the
window, which connects the panels' buttons and signals to its own slots.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.cards import runs as cards
from app.contacts import store as contacts
from ui.common.messages import message_for

IdRole = Qt.ItemDataRole.UserRole + 1
MembersRole = Qt.ItemDataRole.UserRole + 2


class RunProblemsPanel(QWidget):
    """What keeps a recipient's card from going out, one line per problem.

    Signals:
        openContact(int): the user double-clicked a problem of this contact.
    """
    openContact = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        self.view.setAlternatingRowColors(True)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Double-click a problem to open the contact and fix it."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.view)

    def fill(self, problems: list) -> None:
        self.model.clear()
        for p in problems:
            item = QStandardItem(f"{p.name}: {message_for(p)}")
            item.setData(p.contact_id, IdRole)
            item.setToolTip(self.tr("Double-click to open {0}").format(p.name))
            self.model.appendRow(item)

    def _activated(self, index) -> None:
        cid = index.data(IdRole)
        if cid is not None:
            self.openContact.emit(cid)


class HouseholdsPanel(QWidget):
    """Proposed envelopes for several recipients, each with the address they share:
    families at one private address, or, as a choice of its own, one envelope per
    company (a firm and its people at its address).

    Signals:
        kindChanged(): the user switched between households and companies.
    """
    kindChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        # Two lines a proposal, members over the address they share: both stay
        # readable in the narrow side panel.
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(1)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.families = QRadioButton(self.tr("&Families at one private address"))
        self.companies = QRadioButton(self.tr("One envelope per &company"))
        self.families.setChecked(True)
        self.families.toggled.connect(lambda on: self._show_kind())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.families)  # one above the other: the side panel is narrow
        layout.addWidget(self.companies)
        layout.addWidget(self.hint)
        layout.addWidget(self.view)
        row = QHBoxLayout()
        self.accept_selected_button = QPushButton(self.tr("Accept &Selected"))
        self.accept_all_button = QPushButton(self.tr("Accept &All"))
        row.addWidget(self.accept_selected_button)
        row.addWidget(self.accept_all_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._found: dict[bool, list] = {False: [], True: []}

    def showing_companies(self) -> bool:
        return self.companies.isChecked()

    def fill(self, households: list, companies: list) -> None:
        """Proposals (app.cards.households.Proposal) of both kinds; shows the chosen one."""
        self._found = {False: list(households), True: list(companies)}
        self._show_kind(changed=False)

    def _show_kind(self, changed: bool = True) -> None:
        companies = self.showing_companies()
        proposals = self._found[companies]
        self.hint.setText(self.tr(
            "A firm and its people at the firm's address: one envelope for each company?")
            if companies else self.tr(
            "The same family at the same private address: one envelope for each household?"))
        self.model.clear()
        names = contacts.list_rows([i for p in proposals for i in p.ids])
        for p in proposals:
            members = " + ".join(names[i].display_name for i in p.ids if i in names)
            item = QStandardItem(f"{members}\n    {p.line}")
            item.setData(p.ids, MembersRole)
            item.setToolTip(f"{members}\n{p.line}")
            self.model.appendRow(item)
        self.accept_all_button.setEnabled(bool(proposals))
        self.accept_selected_button.setEnabled(bool(proposals))
        if changed:
            self.kindChanged.emit()

    def selected_groups(self) -> list[list[int]]:
        """The contact ids of each selected proposal."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.item(r).data(MembersRole) for r in rows]


class LastYearPanel(QWidget):
    """This run compared with the one before: new, dropped, cards one way only.

    Signals:
        openContact(int): the user double-clicked this contact.
    """
    openContact = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        self.add_button = QPushButton(self.tr("Add Selected to This &Run"))
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def fill(self, cmp) -> None:
        self.model.clear()
        if cmp.previous_run is None:
            self.title.setText(self.tr("There is no earlier run to compare with; cards "
                                       "sent and received are those of this run."))
        else:
            self.title.setText(self.tr("Compared with {0}.").format(
                cards.get_run(cmp.previous_run).name))
        groups = ((self.tr("New this year"), cmp.new),
                  (self.tr("Dropped since last year"), cmp.dropped),
                  (self.tr("Sent a card to them, none back"), cmp.sent_not_received),
                  (self.tr("Card from them, none sent"), cmp.received_not_sent))
        names = contacts.list_rows([i for _, ids in groups for i in ids])
        for title, ids in groups:
            parent = QStandardItem(f"{title} ({len(ids)})")
            for i in ids:
                child = QStandardItem(names[i].display_name if i in names else f"#{i}")
                child.setData(i, IdRole)
                parent.appendRow(child)
            self.model.appendRow(parent)

    def selected_ids(self) -> list[int]:
        return [i.data(IdRole) for i in self.view.selectionModel().selectedIndexes()
                if i.data(IdRole) is not None]

    def _activated(self, index) -> None:
        cid = index.data(IdRole)
        if cid is not None:
            self.openContact.emit(cid)
