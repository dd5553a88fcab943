"""The window of one card run: envelopes, problems, households, comparison, outputs.

Everything it changes goes through app.cards.runs and app.cards.recipients; what
it shows is computed off the GUI thread (app.cards.envelopes) and handed to the
models in one piece.
"""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.cards import envelopes as ce
from app.cards import recipients
from app.cards import runs as cards
from ui.cards.add_recipients_dialog import AddRecipientsDialog
from ui.cards.envelope_view import EnvelopeTableView
from ui.cards.mark_sent import ask_before_marking_sent
from ui.cards.run_model import EnvelopeTableModel
from ui.cards.run_outputs import RunOutputs
from ui.cards.run_panels import HouseholdsPanel, LastYearPanel, RunProblemsPanel
from ui.common.messages import message_for
from ui.common.tasks import run_task


def load_run_state(run_id: int) -> dict:
    """Everything the window shows, computed in one go (runs off the GUI thread)."""
    envs = ce.envelopes(run_id)
    return {"run": cards.get_run(run_id), "envelopes": envs,
            "problems": ce.problems(run_id, envs),
            "proposals": ce.household_proposals(run_id),
            "company_proposals": ce.household_proposals(run_id, companies=True),
            "received": recipients.received_ids(run_id), "comparison": recipients.compare(run_id)}


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
        self._generation = 0  # a reload's result is shown only if no later one started
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.model = EnvelopeTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(EnvelopeTableModel.SortRole)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.outputs = RunOutputs(self)
        self.outputs.printed.connect(self._offer_printed)
        self._build()
        self.resize(1180, 680)
        self.reload()

    # --- building -----------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setContentsMargins(8, 6, 8, 2)
        self.table = EnvelopeTableView(self.model, self.proxy)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.problems_panel = RunProblemsPanel()
        self.problems_panel.openContact.connect(self.openContact)
        self.households_panel = HouseholdsPanel()
        self.households_panel.accept_selected_button.clicked.connect(
            self.accept_selected_proposals)
        self.households_panel.accept_all_button.clicked.connect(self.accept_all_proposals)
        self.last_year_panel = LastYearPanel()
        self.last_year_panel.openContact.connect(self.openContact)
        self.last_year_panel.add_button.clicked.connect(self._add_from_comparison)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.problems_panel, self.tr("Problems"))
        self.tabs.addTab(self.households_panel, self.tr("Households"))
        self.tabs.addTab(self.last_year_panel, self.tr("Last Year"))

        splitter = self.splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        # A wider window widens the envelopes, whose columns matter most; the side
        # tabs keep their width (the user can drag the handle).
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([820, 360])
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
        self.labels_action = self._act(self.tr("&Labels…"), self.outputs.print_labels, "Ctrl+P")
        self.envelopes_action = self._act(self.tr("&Envelopes…"), self.outputs.print_envelopes)
        self.list_action = self._act(self.tr("Address &List…"), self.outputs.print_list)
        self.csv_action = self._act(self.tr("&CSV…"), self.outputs.export_csv)
        self.sender_action = self._act(self.tr("Sen&der…"), self.edit_sender)
        self.refresh_action = self._act(self.tr("Re&fresh"), lambda: self.reload(),
                                        QKeySequence.StandardKey.Refresh,
                                        self.tr("Show the run as the contacts are now"))
        self.addAction(self.refresh_action)
        bar = QToolBar(self.tr("Run"))
        bar.setObjectName("card-run-toolbar")
        mark_label = QLabel(self.tr("Mark:"))
        mark_label.setContentsMargins(6, 0, 2, 0)
        # Outputs get a row of their own (German hid CSV and Sender behind » at 1366 px).
        outputs = QToolBar(self.tr("Outputs"))
        outputs.setObjectName("card-run-outputs")
        for target, items in (
                (bar, (self.add_action, self.remove_action, self.no_cards_action, None,
                       self.join_action, self.split_action, self.wording_action, None,
                       mark_label, *self.mark_actions.values(), self.received_action,
                       self.not_received_action)),
                (outputs, (self.labels_action, self.envelopes_action, self.list_action,
                           self.csv_action, None, self.sender_action))):
            for a in items:
                (target.addSeparator() if a is None else target.addWidget(a)
                 if isinstance(a, QLabel) else target.addAction(a))
            target.setMovable(False)
            self.addToolBar(target)
            self.addToolBarBreak()
        self.table.addAction(self.remove_action)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._update_actions()

    # --- loading ------------------------------------------------------------
    def reload(self, *, wait: bool = False) -> None:
        """Recompute what the window shows, off the GUI thread (``wait`` for tests)."""
        self.statusBar().showMessage(self.tr("Loading…"))
        self._generation += 1
        if wait:
            self._show(load_run_state(self.run_id))
            return
        generation = self._generation
        self._loading = run_task(lambda task: load_run_state(self.run_id),
                                 lambda state: self._loaded(generation, state), self._failed,
                                 owner=self)

    def _loaded(self, generation: int, state: dict) -> None:
        if generation == self._generation:  # else a later reload shows what is true now
            self._show(state)

    def reload_unless_loading(self) -> None:
        """Another writer changed the database: show the run as stored now."""
        if self._loading is None:
            self.reload()

    def _failed(self, exc) -> None:
        self.statusBar().clearMessage()
        QMessageBox.critical(self, self.tr("Card run"), message_for(exc))

    def _show(self, state: dict) -> None:
        self._loading = None
        keep = self.selected_contact_ids()
        self.state = state
        run = state["run"]
        self.setWindowTitle(self.tr("{0} — Hearth").format(run.shown_name()))
        envs = state["envelopes"]
        self.model.set_envelopes(envs, state["received"])
        self.heading.setText(self.tr("<b>{0}</b> — {1} recipients in {2} envelopes, {3} sent. "
                                     "Sender: {4}").format(
            run.shown_name(), run.recipients, len(envs), run.sent,
            run.sender.line() or self.tr("(none: set it for envelopes)")))
        self._fill_problems(state["problems"])
        self._fill_proposals(state["proposals"], state["company_proposals"])
        self._fill_comparison(state["comparison"])
        self._select_contacts(keep)
        self._update_actions()
        self.statusBar().clearMessage()
        self.loaded.emit()

    def _fill_problems(self, problems: list) -> None:
        self.problems_panel.fill(problems)
        self.tabs.setTabText(0, self.tr("Problems ({0})").format(len(problems)))

    def _fill_proposals(self, proposals: list, companies: list) -> None:
        self.households_panel.fill(proposals, companies)
        self.tabs.setTabText(1, self.tr("Households ({0})").format(len(proposals)))

    def _fill_comparison(self, cmp) -> None:
        self.last_year_panel.fill(cmp)

    # --- selection ----------------------------------------------------------
    def selected_envelopes(self) -> list[ce.Envelope]:
        return self.table.selected_envelopes()

    def selected_contact_ids(self) -> list[int]:
        return [i for e in self.selected_envelopes() for i in e.contact_ids]

    def _select_contacts(self, ids: list[int]) -> None:
        self.table.select_contacts(ids)

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
        groups = self.households_panel.selected_groups()
        for ids in groups:
            recipients.join(self.run_id, ids)
        if groups:
            self._changed(self.tr("Accepted %n household(s)", "", len(groups)))

    def accept_all_proposals(self) -> None:
        n = ce.accept_all_proposals(self.run_id,
                                    companies=self.households_panel.showing_companies())
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
        # A household's texts are saved over the version shown; a recipient alone
        # gets a fresh household.
        version = env.version if env.household_id else None
        hid = env.household_id or recipients.join(self.run_id, env.contact_ids)
        try:
            recipients.set_household_text(hid, addressee=addressee, salutation=salutation,
                                          version=version)
        except cards.HouseholdChanged as exc:
            QMessageBox.warning(self, self.tr("Wording"), message_for(exc))
            self.reload()
            return
        self._changed(self.tr("Wording changed"))

    def mark_selected(self, status: str) -> None:
        ids = self.selected_contact_ids()
        if status == cards.SENT and ids:
            ids = ask_before_marking_sent(self, self.selected_envelopes())
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
        ids = self.last_year_panel.selected_ids()
        if ids:
            self.add_contacts(ids)

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
    def _offer_printed(self, ids: list[int]) -> None:
        if not ids:
            return
        answer = QMessageBox.question(
            self, self.tr("Printed"),
            self.tr("Mark %n planned recipient(s) as printed?", "", len(ids)))
        if answer == QMessageBox.StandardButton.Yes:
            recipients.mark(self.run_id, ids, cards.PRINTED)
            self._changed(self.tr("Marked %n recipient(s) printed", "", len(ids)))
