"""Keyboard and desk habits of the main window, wired in one place:

- Edit › Save Contact (Ctrl+S, its one owner) is enabled only with a contact;
- a search that filters out the shown contact selects the first hit, or
  clears the pane when nothing matches;
- after Ctrl+Z or Ctrl+Y the status bar says what was undone, not what was done;
- an export says where it went, with a button to open the folder;
- after an import, the list can show just the imported contacts (Esc in the
  search box, or any search, shows everything again);
- Help › Keyboard Shortcuts lists the window's actions and their keys.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow
from shiboken6 import isValid

from app.contacts import order_store as orders
from app.contacts.paged import ListedIds
from ui.common.saved_file import tell_saved
from ui.main.shortcuts import ShortcutsDialog

# How long typing in the search box pauses before the pane shows the first hit.
PANE_FOLLOWS_MS = 150


class DeskHabits(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self._undo_index = window.undo_stack.index()
        window.editor.installEventFilter(self)
        self._save_follows_editor()
        window.search.textChanged.connect(self._search_changed)
        window.undo_stack.indexChanged.connect(self._undo_moved)
        self.shortcuts_action = QAction(self.tr("&Keyboard Shortcuts"), window)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        about = window.main_actions.about
        window.help_menu.insertAction(about, self.shortcuts_action)
        self.shortcuts_dialog = None
        window.search.installEventFilter(self)  # Esc leaves "only these contacts"
        self._pane_follows = QTimer(self)  # see _search_changed
        self._pane_follows.setSingleShot(True)
        self._pane_follows.setInterval(PANE_FOLLOWS_MS)
        self._pane_follows.timeout.connect(self._follow_selection)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.EnabledChange:
            self._save_follows_editor()
        elif obj is self.window.search and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape and not self.window.search.text() \
                and self.window.model.rowCount() < self.window.model.total():
            self.window.contacts_changed()  # only some contacts shown: show all again
            return True
        return False

    def show_only(self, ids: list[int]) -> None:
        """List just these contacts (in the list's order), the first one selected."""
        w = self.window
        if w.model.showing_trash:
            w.main_actions.show_trash.setChecked(False)
            w.toggle_trash()
        if w.editor.is_dirty() and not w.editor.save():
            return
        w.search.clear()
        base, _ = w.model.read_ids(w.model.view_state())
        wanted = set(ids)
        if isinstance(base, ListedIds) and not base.by_warmth:  # a big book's, read as shown
            shown = orders.live_in_name_order(wanted, descending=base.descending)
        else:
            shown = [i for i in base if i in wanted]
        w.model.show_ids(base, shown, keep_layout=False)
        if shown:
            w.select_contact(shown[0])
            w.table.setFocus()
        w.count_label.setText(self.tr("{0} imported of {1} contacts shown").format(
            len(shown), len(base)))
        w.statusBar().showMessage(self.tr("Showing the imported contacts: press Esc in the "
                                          "search box to see all."), 15000)

    def _save_follows_editor(self) -> None:
        self.window.main_actions.save.setEnabled(self.window.editor.isEnabled())

    def _search_changed(self, text: str) -> None:
        """The model has just been filtered (the window's own slot runs first)."""
        w = self.window
        if w.editor.contact_id is None and w.editor.is_dirty():
            return  # a new contact being typed: not the search's to replace
        keep = w._current_id
        if keep is not None and w.model.row_of(keep, near=True) >= 0:
            w.select_contact(keep)
        elif w.model.rowCount():
            if w.editor.is_dirty() or not text:
                # saves (or stays) as a click does; a cleared search (Esc, "open this
                # contact" from Today or a run) shows its contact at once
                w.select_contact(w.model.contact_id(0))
                return
            # The first hit is selected at once (Down goes on from it), but the pane
            # and the conversations follow when typing pauses: a keystroke costs only
            # the list, not a contact loaded into the form for every letter typed.
            selection = w.table.selectionModel()
            selection.blockSignals(True)
            try:
                w.select_contact(w.model.contact_id(0))
            finally:
                selection.blockSignals(False)
            w.table.viewport().update()
            self._pane_follows.start()
        elif keep is not None or w.editor.contact_id is not None:
            if w.editor.is_dirty() and not w.editor.save():
                return  # bad input stays in the form, and on screen
            w.table.selectionModel().clear()
            w._show_in_editor(None)

    def _follow_selection(self) -> None:
        w = self.window
        current = w.table.selectionModel().currentIndex()
        cid = w.model.contact_id(current.row()) if current.isValid() else None
        if cid is not None and cid != w.editor.contact_id and not w.editor.is_dirty():
            w._show_in_editor(cid)
        w._update_actions()

    def _undo_moved(self, index: int) -> None:
        """A push also moves the index: the window's own message follows it then."""
        stack = self.window.undo_stack
        if not isValid(stack):  # the window is going away
            return
        undone = index < self._undo_index
        self._undo_index = index
        command = stack.command(index if undone else index - 1)
        if command is None:
            return
        text = (self.tr("Undone: {0}") if undone else self.tr("Redone: {0}")).format(
            command.text())
        self.window.statusBar().showMessage(text, 8000)

    def tell_exported(self, n: int, where: str) -> None:
        text = self.tr("%n contact(s) exported to {0}", "", n).format(where)
        self.window.statusBar().showMessage(text, 8000)
        self.exported_box = tell_saved(self.window, where, text)

    def show_shortcuts(self) -> None:
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self.window)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()


def install_desk(window: QMainWindow) -> DeskHabits:
    window.desk = DeskHabits(window)
    return window.desk
