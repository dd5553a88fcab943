"""What other windows and commands write, the main window shows within two seconds.

A timer polls the database's change watcher (app.storage.changes) about once a
second on the GUI thread; a poll that finds nothing costs a few microseconds.
When something changed, it refreshes what depends on it:

- the contact list, read off the GUI thread and shown keeping the selected
  contacts, the current one and the scroll position (the same ids in the same
  order only repaint);
- the detail pane, unless it holds unsaved edits (then it only says so);
- the conversation panel, Today and open card-run windows.

The window's own saves are not reported (SQLite's data_version ignores the
connection's own commits; on PostgreSQL the watcher ignores its thread's
backend) and need no reload here. On PostgreSQL a server that cannot be
reached is told through ``connectionLost`` (ui.main.office says so) and
``connectionRestored`` once it can again. Nothing is polled while a
modal dialog is open: the window catches up within a second of its closing.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from dataclasses import fields

import peewee as pw
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from app.contacts import listing
from app.contacts import store as contacts
from app.storage.changes import Changes, ChangeWatcher, watcher_for
from app.storage.errors import DatabaseProblem
from ui.common.tasks import run_task

POLL_MS = 1000
#: A list read whose answer has not come after this long is given up on and
#: read anew, so that a lost answer can never stop the window following others.
STALE_READ_S = 30.0


class LiveUpdates(QObject):
    """Signals:
        refreshed(object): the window now shows these Changes (for tests and the bench).
        connectionLost(object): the database server cannot be reached (the problem).
        connectionRestored(): it can again; everything was reloaded.
    """
    refreshed = Signal(object)
    connectionLost = Signal(object)
    connectionRestored = Signal()

    def __init__(self, window: QMainWindow, watcher: ChangeWatcher | None = None):
        super().__init__(window)
        self.window = window
        self.watcher = watcher or watcher_for()
        self.lost = False  # the server could not be reached at the last poll
        self._reading = False  # a list read is running off the GUI thread
        self._reading_since = 0.0  # when it started (time.monotonic)
        self._read_again = False
        self._pending: Changes | None = None  # shown once the list read ends
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        app = QGuiApplication.instance()
        if app is not None:  # looked at again: catch up at once
            app.applicationStateChanged.connect(self._state_changed)

    def _state_changed(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.poll()

    def poll(self) -> Changes | None:
        """Ask the watcher; refresh what changed. Returns what it found (None: not asked)."""
        if QApplication.activeModalWidget() is not None:
            return None
        try:
            changes = self.watcher.poll()
        except DatabaseProblem as exc:  # PostgreSQL: the server cannot be reached
            if not self.lost:
                self.lost = True
                self.connectionLost.emit(exc)
            return None  # ask again next time
        except (sqlite3.Error, pw.PeeweeException):
            return None  # a busy or vanished file: ask again next time
        if self.lost:
            self.lost = False
            self.connectionRestored.emit()
        if changes:
            self.apply(changes)
        return changes

    def apply(self, changes: Changes) -> None:
        w = self.window
        listing.forget()
        w.editor.reload_if_unchanged()
        crm = getattr(w, "crm", None)
        if crm is not None:
            panel_id = crm.panel.contact_id
            if panel_id is not None and (changes.contacts or changes.conversations):
                if contacts.exists(panel_id):
                    crm.panel.refresh()
            today = crm.today_view
            if today is not None and today.isVisible() and changes.list_affected:
                today.refresh_in_background(quietly=True)
        # Card-run windows are the main window's own top-level children (ui/cards).
        for child in w.findChildren(QMainWindow, "",
                                    Qt.FindChildOption.FindDirectChildrenOnly):
            reload = getattr(child, "reload_unless_loading", None)
            if reload is not None and child.isVisible():
                reload()
        if changes.list_affected:
            self._pending = _either(self._pending, changes)
            self.refresh_list()  # tells `refreshed` once the list shows them
        else:
            self.refreshed.emit(changes)

    # --- the contact list -----------------------------------------------------
    def refresh_list(self) -> None:
        """Read the list's ids off the GUI thread, then show them keeping the view."""
        if self._reading and time.monotonic() - self._reading_since < STALE_READ_S:
            self._read_again = True
            return
        model = self.window.model
        state, generation = model.view_state(), model.generation
        self._reading, self._reading_since = True, time.monotonic()
        run_task(lambda task: model.read_ids(state),
                 lambda ids: self._list_read(state, generation, ids),
                 self._list_failed, owner=self)

    def _list_failed(self, exc) -> None:
        self._reading = False  # the next change (or poll) tries again

    def _list_read(self, state: tuple, generation: int, ids: tuple) -> None:
        self._reading = False
        model = self.window.model
        if self._read_again or model.view_state() != state or model.generation != generation:
            # Searched, sorted or reloaded meanwhile, or changed again: read again.
            self._read_again = False
            self.refresh_list()
            return
        self.show_list(*ids)
        changes, self._pending = self._pending, None
        self.refreshed.emit(changes)

    def show_list(self, base: Sequence[int], ids: Sequence[int]) -> None:
        """Show new ids keeping the selected contacts, the current one and the scroll."""
        w = self.window
        view, model = w.table, w.model
        selected = view.selected_ids()
        current = model.contact_id(view.currentIndex().row())
        top = model.contact_id(view.rowAt(0))
        h_scroll = view.horizontalScrollBar().value()
        if model.show_ids(base, ids):
            # A list in full is looked up at once; one read as far as shown
            # (a big book's) reads on up to each selected contact.
            rows = {cid: n for n, cid in enumerate(ids)} if selected and isinstance(
                ids, list) else None
            selection = QItemSelection()
            for cid in selected:
                row = rows.get(cid, -1) if rows is not None else model.row_of(cid)
                if row >= 0:
                    selection.select(model.index(row, 0),
                                     model.index(row, model.columnCount() - 1))
            flags = QItemSelectionModel.SelectionFlag
            sm = view.selectionModel()
            if current is not None and model.row_of(current) >= 0:
                sm.setCurrentIndex(model.index(model.row_of(current), 0), flags.NoUpdate)
            sm.select(selection, flags.ClearAndSelect | flags.Rows)
            if top is not None and model.row_of(top) >= 0:
                view.scrollTo(model.index(model.row_of(top), 0),
                              view.ScrollHint.PositionAtTop)
            view.horizontalScrollBar().setValue(h_scroll)
        shown = w.editor.contact_id
        if shown is not None and model.row_of(shown) < 0 and not w.editor.is_dirty():
            # Trashed or deleted elsewhere: nothing to show or lose.
            view.selectionModel().clear()
            w._show_in_editor(None)
        w._update_page()
        w._update_actions()


def _either(a: Changes | None, b: Changes) -> Changes:
    if a is None:
        return b
    return Changes(**{f.name: getattr(a, f.name) or getattr(b, f.name) for f in fields(b)})
