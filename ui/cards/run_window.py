"""The window of one card run: envelopes, problems, households, comparison, outputs.

Everything it changes goes through app.cards.runs and app.cards.recipients; what
it shows is computed off the GUI thread (app.cards.envelopes) and handed to the
models in one piece.
"""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QInputDialog, QLabel, QLineEdit, QListView,
                               QMainWindow, QMessageBox, QPushButton, QSplitter, QTableView,
                               QTabWidget, QToolBar, QTreeView, QVBoxLayout, QWidget)

from app.cards import envelopes as ce
from app.cards import runs as cards
from app.cards import recipients
from app.contacts import store as contacts
from app.contacts import listing
from ui.cards.run_model import EnvelopeTableModel
from ui.common.tasks import run_task
from ui.common.messages import message_for

IdRole = Qt.ItemDataRole.UserRole + 1
MembersRole = Qt.ItemDataRole.UserRole + 2


def load_run_state(run_id: int) -> dict:
    """Everything the window shows, computed in one go (runs off the GUI thread)."""
    envs = ce.envelopes(run_id)
    return {"run": cards.get_run(run_id), "envelopes": envs,
            "problems": ce.problems(run_id, envs), "proposals": ce.proposals(run_id),
            "received": recipients.received_ids(run_id), "comparison": recipients.compare(run_id)}


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


class CardRunWindow(QMainWindow):
    """Signals:
        openContact(int): the user wants to see (and fix) this contact.
        contactsChanged(): timelines or temperatures changed (cards marked sent).
        loaded(): the window finished loading the run's state.
    """
    openContact = Signal(int)
    contactsChanged = Signal()
    loaded = Signal()

    def __init__(self, run_id: int, parent=None):
        super().__init__(parent)
        self.run_id = run_id
        self.state: dict | None = None
        self._loading = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.model = EnvelopeTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(EnvelopeTableModel.SortRole)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build()
        self.resize(1180, 680)
        self.reload()

    # --- building -----------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setContentsMargins(8, 6, 8, 2)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        # Name order from app/ until the user clicks a column header.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in ((0, 220), (1, 250), (2, 230), (3, 150), (4, 80)):
            header.resizeSection(col, width)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.problems_model = QStandardItemModel(self)
        self.problems = QListView()
        self.problems.setModel(self.problems_model)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)
        self.problems.setSpacing(2)
        self.problems.setAlternatingRowColors(True)
        self.problems.activated.connect(self._problem_activated)
        problems_page = QWidget()
        pl = QVBoxLayout(problems_page)
        hint = QLabel(self.tr("Double-click a problem to open the contact and fix it."))
        hint.setWordWrap(True)
        pl.addWidget(hint)
        pl.addWidget(self.problems)

        self.proposals_model = QStandardItemModel(self)
        self.proposals = QListView()
        self.proposals.setModel(self.proposals_model)
        self.proposals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposals.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        proposals_page = QWidget()
        hl = QVBoxLayout(proposals_page)
        hl.addWidget(QLabel(self.tr("Recipients at the same address: one envelope each household?")))
        hl.addWidget(self.proposals)
        row = QHBoxLayout()
        self.accept_selected_button = QPushButton(self.tr("Accept &Selected"))
        self.accept_selected_button.clicked.connect(self.accept_selected_proposals)
        self.accept_all_button = QPushButton(self.tr("Accept &All"))
        self.accept_all_button.clicked.connect(self.accept_all_proposals)
        row.addWidget(self.accept_selected_button)
        row.addWidget(self.accept_all_button)
        row.addStretch(1)
        hl.addLayout(row)

        self.compare_model = QStandardItemModel(self)
        self.compare = QTreeView()
        self.compare.setModel(self.compare_model)
        self.compare.setHeaderHidden(True)
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.compare.activated.connect(self._compare_activated)
        compare_page = QWidget()
        cl = QVBoxLayout(compare_page)
        self.compare_title = QLabel()
        self.compare_title.setWordWrap(True)
        cl.addWidget(self.compare_title)
        cl.addWidget(self.compare)
        self.add_from_compare = QPushButton(self.tr("Add Selected to This &Run"))
        self.add_from_compare.clicked.connect(self._add_from_comparison)
        cl.addWidget(self.add_from_compare, 0, Qt.AlignmentFlag.AlignLeft)

        self.tabs = QTabWidget()
        self.tabs.addTab(problems_page, self.tr("Problems"))
        self.tabs.addTab(proposals_page, self.tr("Households"))
        self.tabs.addTab(compare_page, self.tr("Last Year"))

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([1040, 360])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._build_actions()

    def _act(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        return action

    def _build_actions(self) -> None:
        self.add_action = self._act(self.tr("&Add Recipients…"), self.add_recipients, "Ctrl+N")
        self.remove_action = self._act(self.tr("&Remove"), self.remove_selected,
                                       QKeySequence.StandardKey.Delete,
                                       self.tr("Remove the selected envelopes' recipients"))
        self.join_action = self._act(self.tr("&Join"), self.join_selected, None,
                                     self.tr("One envelope for the selected recipients"))
        self.split_action = self._act(self.tr("&Split"), self.split_selected, None,
                                      self.tr("An envelope of their own for each member"))
        self.no_cards_action = self._act(
            self.tr("No Cards"), self.never_send_selected, None,
            self.tr("Remove the selected recipients and never add them to a run automatically"))
        self.wording_action = self._act(self.tr("&Wording…"), self.edit_wording, None,
                                        self.tr("Change the addressee or salutation"))
        self.mark_actions = {}
        for status, text in ((cards.PRINTED, self.tr("Printed")), (cards.SENT, self.tr("Sent")),
                             (cards.RETURNED, self.tr("Returned")),
                             (cards.PLANNED, self.tr("Planned"))):
            self.mark_actions[status] = self._act(
                text, lambda checked=False, s=status: self.mark_selected(s), None,
                self.tr("Mark the selected envelopes {0}").format(text.lower()))
        self.received_action = self._act(self.tr("Card Received"),
                                         lambda: self.mark_received(True), None,
                                         self.tr("They sent us a card"))
        self.not_received_action = self._act(self.tr("No Card"), lambda: self.mark_received(False))
        self.labels_action = self._act(self.tr("&Labels…"), self.print_labels, "Ctrl+P")
        self.envelopes_action = self._act(self.tr("&Envelopes…"), self.print_envelopes)
        self.list_action = self._act(self.tr("Address &List…"), self.print_list)
        self.csv_action = self._act(self.tr("&CSV…"), self.export_csv)
        self.sender_action = self._act(self.tr("Sen&der…"), self.edit_sender)
        bar = QToolBar(self.tr("Run"))
        bar.setObjectName("card-run-toolbar")
        bar.setMovable(False)
        mark_label = QLabel(self.tr("Mark:"))
        mark_label.setContentsMargins(6, 0, 2, 0)
        for a in (self.add_action, self.remove_action, self.no_cards_action, None,
                  self.join_action,
                  self.split_action, self.wording_action, None, mark_label,
                  *self.mark_actions.values(), self.received_action, self.not_received_action,
                  None, self.labels_action, self.envelopes_action, self.list_action,
                  self.csv_action, None, self.sender_action):
            if a is None:
                bar.addSeparator()
            elif isinstance(a, QLabel):
                bar.addWidget(a)
            else:
                bar.addAction(a)
        self.addToolBar(bar)
        self.table.addAction(self.remove_action)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._update_actions()

    # --- loading ------------------------------------------------------------
    def reload(self, *, wait: bool = False) -> None:
        """Recompute what the window shows, off the GUI thread (``wait`` for tests)."""
        self.statusBar().showMessage(self.tr("Loading…"))
        if wait:
            self._show(load_run_state(self.run_id))
            return
        self._loading = run_task(lambda task: load_run_state(self.run_id), self._show,
                                 self._failed)

    def _failed(self, exc) -> None:
        self.statusBar().clearMessage()
        QMessageBox.critical(self, self.tr("Card run"), message_for(exc))

    def _show(self, state: dict) -> None:
        self._loading = None
        keep = self.selected_contact_ids()
        self.state = state
        run = state["run"]
        self.setWindowTitle(self.tr("{0} — Hearth").format(run.name))
        envs = state["envelopes"]
        self.model.set_envelopes(envs, state["received"])
        self.heading.setText(self.tr("<b>{0}</b> — {1} recipients in {2} envelopes, {3} sent. "
                                     "Sender: {4}").format(
            run.name, run.recipients, len(envs), run.sent,
            run.sender.line() or self.tr("(none: set it for envelopes)")))
        self._fill_problems(state["problems"])
        self._fill_proposals(state["proposals"])
        self._fill_comparison(state["comparison"])
        self._select_contacts(keep)
        self._update_actions()
        self.statusBar().clearMessage()
        self.loaded.emit()

    def _fill_problems(self, problems: list) -> None:
        self.problems_model.clear()
        for p in problems:
            item = QStandardItem(f"{p.name}: {message_for(p)}")
            item.setData(p.contact_id, IdRole)
            item.setToolTip(self.tr("Double-click to open {0}").format(p.name))
            self.problems_model.appendRow(item)
        self.tabs.setTabText(0, self.tr("Problems ({0})").format(len(problems)))

    def _fill_proposals(self, proposals: list[list[int]]) -> None:
        self.proposals_model.clear()
        names = contacts.list_rows([i for ids in proposals for i in ids])
        for ids in proposals:
            item = QStandardItem(" + ".join(names[i].display_name for i in ids if i in names))
            item.setData(ids, MembersRole)
            self.proposals_model.appendRow(item)
        self.tabs.setTabText(1, self.tr("Households ({0})").format(len(proposals)))
        self.accept_all_button.setEnabled(bool(proposals))
        self.accept_selected_button.setEnabled(bool(proposals))

    def _fill_comparison(self, cmp) -> None:
        self.compare_model.clear()
        if cmp.previous_run is None:
            self.compare_title.setText(self.tr("There is no earlier run to compare with; cards "
                                               "sent and received are those of this run."))
        else:
            self.compare_title.setText(self.tr("Compared with {0}.").format(
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
            self.compare_model.appendRow(parent)

    # --- selection ----------------------------------------------------------
    def selected_envelopes(self) -> list[ce.Envelope]:
        rows = sorted({self.proxy.mapToSource(i).row()
                       for i in self.table.selectionModel().selectedRows()})
        return [e for e in (self.model.envelope(r) for r in rows) if e is not None]

    def selected_contact_ids(self) -> list[int]:
        return [i for e in self.selected_envelopes() for i in e.contact_ids]

    def _select_contacts(self, ids: list[int]) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        for i in ids:
            row = self.model.row_of_contact(i)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, index)
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def select_all(self) -> None:
        self.table.selectAll()

    def _update_actions(self, *args) -> None:
        envs = self.selected_envelopes()
        some = bool(envs)
        for a in (self.remove_action, self.no_cards_action, *self.mark_actions.values(),
                  self.received_action,
                  self.not_received_action):
            a.setEnabled(some)
        self.join_action.setEnabled(len(self.selected_contact_ids()) > 1)
        self.split_action.setEnabled(any(len(e.members) > 1 for e in envs))
        self.wording_action.setEnabled(len(envs) == 1)

    # --- changes ------------------------------------------------------------
    def _changed(self, message: str) -> None:
        self.reload()
        self.statusBar().showMessage(message, 8000)

    def add_recipients(self) -> None:
        picker = AddRecipientsDialog(self, set(recipients.recipient_ids(self.run_id)))
        if picker.exec() != QDialog.DialogCode.Accepted or not picker.chosen_ids():
            return
        n = recipients.add_recipients(self.run_id, picker.chosen_ids())
        self._changed(self.tr("Added %n recipient(s)", "", n))

    def add_contacts(self, ids: list[int]) -> int:
        n = recipients.add_recipients(self.run_id, ids)
        self._changed(self.tr("Added %n recipient(s)", "", n))
        return n

    def remove_selected(self) -> None:
        ids = self.selected_contact_ids()
        if not ids:
            return
        n = recipients.remove_recipients(self.run_id, ids)
        self._changed(self.tr("Removed %n recipient(s) from the run", "", n))

    def never_send_selected(self) -> None:
        ids = self.selected_contact_ids()
        if not ids:
            return
        recipients.set_no_cards(ids)
        recipients.remove_recipients(self.run_id, ids)
        self._changed(self.tr("%n contact(s) marked “no cards” and removed", "", len(ids)))

    def join_selected(self) -> None:
        ids = self.selected_contact_ids()
        if len(ids) > 1:
            recipients.join(self.run_id, ids)
            self._changed(self.tr("%n recipient(s) now share one envelope", "", len(ids)))

    def split_selected(self) -> None:
        ids = [i for e in self.selected_envelopes() if len(e.members) > 1 for i in e.contact_ids]
        if ids:
            recipients.split(self.run_id, ids)
            self._changed(self.tr("%n recipient(s) now get an envelope each", "", len(ids)))

    def accept_selected_proposals(self) -> None:
        rows = sorted(i.row() for i in self.proposals.selectionModel().selectedRows())
        groups = [self.proposals_model.item(r).data(MembersRole) for r in rows]
        for ids in groups:
            recipients.join(self.run_id, ids)
        if groups:
            self._changed(self.tr("Accepted %n household(s)", "", len(groups)))

    def accept_all_proposals(self) -> None:
        n = ce.accept_all_proposals(self.run_id)
        self._changed(self.tr("Accepted %n household(s)", "", n))

    def edit_wording(self) -> None:
        envs = self.selected_envelopes()
        if len(envs) != 1:
            return
        env = envs[0]
        addressee, ok = QInputDialog.getText(
            self, self.tr("Addressee"),
            self.tr("Addressee lines (separate lines with |); empty for the automatic one:"),
            text=" | ".join(env.addressee))
        if not ok:
            return
        salutation, ok = QInputDialog.getText(
            self, self.tr("Salutation"), self.tr("Letter salutation; empty for the automatic one:"),
            text=env.salutation)
        if not ok:
            return
        hid = env.household_id or recipients.join(self.run_id, env.contact_ids)
        recipients.set_household_text(hid, addressee=addressee, salutation=salutation)
        self._changed(self.tr("Wording changed"))

    def mark_selected(self, status: str) -> None:
        ids = self.selected_contact_ids()
        if not ids:
            return
        n = recipients.mark(self.run_id, ids, status)
        if status == cards.SENT:
            self.contactsChanged.emit()
        self._changed(self.tr("Marked %n recipient(s)", "", n))

    def mark_received(self, received: bool) -> None:
        ids = self.selected_contact_ids()
        if ids:
            recipients.mark_received(self.run_id, ids, received)
            self._changed(self.tr("Noted for %n recipient(s)", "", len(ids)))

    def _add_from_comparison(self) -> None:
        ids = [i.data(IdRole) for i in self.compare.selectionModel().selectedIndexes()
               if i.data(IdRole) is not None]
        if ids:
            self.add_contacts(ids)

    def _problem_activated(self, index) -> None:
        cid = index.data(IdRole)
        if cid is not None:
            self.openContact.emit(cid)

    def _compare_activated(self, index) -> None:
        cid = index.data(IdRole)
        if cid is not None:
            self.openContact.emit(cid)

    def edit_sender(self) -> None:
        from ui.cards.new_run_wizard import SenderForm

        run = cards.get_run(self.run_id)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Sender"))
        layout = QVBoxLayout(dialog)
        form = SenderForm(run.sender)
        layout.addWidget(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            run.sender = form.sender()
            cards.update_run(run)
            self._changed(self.tr("Sender changed"))

    # --- outputs ------------------------------------------------------------
    def _printable(self) -> list[ce.Envelope]:
        envs = [e for e in (self.state or {}).get("envelopes", []) if e.address is not None]
        if not envs:
            QMessageBox.information(self, self.tr("Print"),
                                    self.tr("No recipient of this run has a postal address."))
        return envs

    def print_dialog(self, kind: str):
        from ui.cards.printing import ADDRESS_LIST, PrintDialog

        if self.state is None:
            return None  # still loading
        run = self.state["run"]
        if kind == ADDRESS_LIST:
            envs = self.state["envelopes"]
            entries = [(e.lines, [self.tr("Salutation: {0}").format(e.salutation),
                                  self.tr("Status: {0}").format(
                                      self.model._status_words.get(e.status, e.status))])
                       for e in envs]
            return PrintDialog(kind, run.name, [e.lines for e in envs], entries=entries,
                               parent=self)
        envs = self._printable()
        if not envs:
            return None
        dialog = PrintDialog(kind, run.name, [e.lines for e in envs],
                             sender_line=run.sender.line(), parent=self)
        planned = [i for e in envs for i, s in zip(e.contact_ids, e.statuses)
                   if s == cards.PLANNED]
        dialog.printed.connect(lambda _kind: self._offer_printed(planned))
        return dialog

    def _offer_printed(self, ids: list[int]) -> None:
        if not ids:
            return
        answer = QMessageBox.question(
            self, self.tr("Printed"),
            self.tr("Mark %n planned recipient(s) as printed?", "", len(ids)))
        if answer == QMessageBox.StandardButton.Yes:
            recipients.mark(self.run_id, ids, cards.PRINTED)
            self._changed(self.tr("Marked %n recipient(s) printed", "", len(ids)))

    def print_labels(self) -> None:
        from ui.cards.printing import LABELS

        dialog = self.print_dialog(LABELS)
        if dialog is not None:
            dialog.exec()

    def print_envelopes(self) -> None:
        from ui.cards.printing import ENVELOPE

        dialog = self.print_dialog(ENVELOPE)
        if dialog is not None:
            dialog.exec()

    def print_list(self) -> None:
        from ui.cards.printing import ADDRESS_LIST

        dialog = self.print_dialog(ADDRESS_LIST)
        if dialog is not None:
            dialog.exec()

    def export_csv(self) -> None:
        from ui.cards.csv_dialog import CsvExportDialog

        if self.state is not None:
            CsvExportDialog(self.state["run"], self.state["envelopes"], self).exec()
