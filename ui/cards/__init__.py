"""The greeting-card run in the window: a Cards menu, the run window, wizard, printing."""
from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QMainWindow, QMenu, QMessageBox


def install_cards_menu(window: QMainWindow) -> QMenu:
    """Add the Cards menu to the main window; the windows it opens report back to it."""
    menu = window.menuBar().addMenu(window.tr("&Cards"))
    windows: list = []

    def open_run(run_id: int) -> None:
        from ui.cards.run_window import CardRunWindow

        for w in windows:
            if w.run_id == run_id:
                w.reload()  # contacts may have changed while it was closed
                w.show()
                w.raise_()
                w.activateWindow()
                return
        w = CardRunWindow(run_id, window)
        w.openContact.connect(lambda cid: _open_contact(window, cid))
        if hasattr(window, "contacts_changed"):
            w.contactsChanged.connect(lambda: window.contacts_changed())
        windows.append(w)
        w.show()

    def new_run() -> None:
        from ui.cards.new_run_wizard import NewRunWizard

        wizard = NewRunWizard(window)
        if wizard.exec() == QDialog.DialogCode.Accepted and wizard.run_id is not None:
            open_run(wizard.run_id)

    def choose_run() -> None:
        from app.cards import runs as cards

        runs = cards.list_runs()
        if not runs:
            QMessageBox.information(window, window.tr("Card Runs"),
                                    window.tr("There are no card runs yet: start one with "
                                              "Cards › New Card Run."))
            return
        names = [window.tr("{0} — {1} recipients").format(r.shown_name(), r.recipients)
                 for r in runs]
        name, ok = QInputDialog.getItem(window, window.tr("Open Card Run"),
                                        window.tr("Run:"), names, 0, False)
        if ok:
            open_run(runs[names.index(name)].id)

    def contact_saved(_contact_id: int) -> None:
        # The window's own saves reach no change watcher (ui/main/live_updates.py):
        # an address added to fix a run's problem must show in the open runs at once.
        for w in windows:
            if w.isVisible():
                w.reload()

    editor = getattr(window, "editor", None)
    if editor is not None and hasattr(editor, "saved"):
        editor.saved.connect(contact_saved)

    new_action = QAction(window.tr("&New Card Run…"), window)
    new_action.triggered.connect(new_run)
    open_action = QAction(window.tr("&Open Card Run…"), window)
    open_action.triggered.connect(choose_run)
    menu.addAction(new_action)
    menu.addAction(open_action)
    window.cards_open_run = open_run  # for tests and other features to reach a run
    return menu


def _open_contact(window: QMainWindow, contact_id: int) -> None:
    """Show a contact in the main window so the user can fix what the run found."""
    window.raise_()
    window.activateWindow()
    select = getattr(window, "select_contact", None)
    model = getattr(window, "model", None)
    if select is None:
        return
    if model is not None and hasattr(model, "row_of") and model.row_of(contact_id) < 0:
        # Hidden by a search or the trash view: show everything, then select.
        search = getattr(window, "search", None)
        if search is not None:
            search.clear()
    select(contact_id)
    if model is not None and hasattr(model, "row_of") and model.row_of(contact_id) < 0:
        window.statusBar().showMessage(
            window.tr("That contact is in the trash: open View › Show Trash to restore it."),
            8000)
