"""Which database the window is on: shown, remembered, switched, and a lost connection told.

The title bar and the status bar name the open database (a file, or an
office's PostgreSQL server without its password). The window remembers the
last database it opened (QSettings; a server's address without the password)
and opens it next time when no ``--db`` is given. File > Connect to Office
Database… switches to a PostgreSQL server (ui.main.connect_dialog), offering to
copy the address book there when the server's is empty
(ui.main.copy_offer); File > Open Address Book File… switches back to a file.

When the server cannot be reached, the status bar says so in one sentence
until it can again; the form keeps what is typed in it, and Save works once
the server is back (app.storage.pg_reconnect replaces the lost connection).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from app.contacts import store as contacts
from app.storage import engine
from app.storage.changes import EVERYTHING, watcher_for
from app.storage.connection import DatabaseProblem, database, database_path, open_database
from ui.common import file_dialogs
from ui.common.messages import message_for

LAST_DATABASE = "database/last"


def shown_database() -> str:
    """The open database as a user may see it: a file's path, or a server's
    address without its password."""
    db = database.obj
    url = getattr(db, "url", "")
    if url:
        return engine.shown_url(url)
    path = database_path()
    return str(path) if path is not None else ""


def remember_database(target: str | Path) -> None:
    """Open ``target`` next time no --db is given (a server's address without password)."""
    text = str(target)
    QSettings().setValue(LAST_DATABASE, engine.shown_url(text) if engine.is_url(text) else text)


def remembered_database() -> str | Path | None:
    """The database the window opened last, or None."""
    text = QSettings().value(LAST_DATABASE, "")
    return engine.target_of(text) if isinstance(text, str) and text else None


class DatabaseCommands(QObject):
    """File > Connect to Office Database… and Open Address Book File…, the
    database named in the title and status bar, and a lost connection told."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.connect_office = QAction(self.tr("Connect to &Office Database…"), window)
        self.connect_office.setStatusTip(self.tr("Use an address book on a PostgreSQL "
                                                 "server, shared with colleagues"))
        self.connect_office.triggered.connect(self.choose_server)
        self.open_file = QAction(self.tr("&Open Address Book File…"), window)
        self.open_file.setStatusTip(self.tr("Use an address book file on this computer"))
        self.open_file.triggered.connect(self.choose_file)
        menu = window.file_menu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.connect_office)
        menu.insertAction(first, self.open_file)
        menu.insertSeparator(first)
        self.where = QLabel()
        self.where.setObjectName("database-label")
        window.statusBar().addPermanentWidget(self.where)
        self.lost = QLabel()
        self.lost.setObjectName("connection-lost")
        self.lost.setStyleSheet("#connection-lost { background: #fff3cd; color: #5c4400; "
                                "border: 1px solid #d9b44a; padding: 0 6px; }")
        self.lost.hide()
        window.statusBar().insertPermanentWidget(0, self.lost, 1)
        live = window.live_updates
        live.connectionLost.connect(self.show_lost)
        live.connectionRestored.connect(self.show_restored)
        self.show_database()

    # --- what the window is on -----------------------------------------------
    def show_database(self) -> None:
        shown = shown_database()
        name = Path(shown).name if shown and not engine.is_url(shown) else shown
        self.window.setWindowTitle(self.tr("Hearth — {0}").format(name) if name
                                   else self.tr("Hearth"))
        self.where.setText(self.tr("Office database: {0}").format(shown)
                           if engine.is_url(shown) else shown)
        self.where.setToolTip(shown)

    def show_lost(self, error: BaseException) -> None:
        self.lost.setText(self.tr("The connection to {0} was lost; Hearth keeps trying, and "
                                  "what you typed stays in the form.").format(shown_database()))
        self.lost.setToolTip(message_for(error))
        self.lost.show()

    def show_restored(self) -> None:
        self.lost.hide()
        self.window.statusBar().showMessage(
            self.tr("Connected to {0} again.").format(shown_database()), 8000)

    # --- switching -------------------------------------------------------------
    def choose_server(self) -> None:
        from ui.main.connect_dialog import ConnectDialog

        if not self._leave_current():
            return
        dialog = ConnectDialog(self.window)
        if dialog.exec() and dialog.url:
            self.switch_to(dialog.url)

    def choose_file(self) -> None:
        if not self._leave_current():
            return
        # Meant to be opened as a database (through SQLite): no guard.
        chosen = file_dialogs.save_file(
            self.window, self.tr("Open or create an address book"), "",
            self.tr("Hearth database (*.db)"), kind="database", confirm_overwrite=False,
            guard=False)
        if chosen:
            self.switch_to(Path(chosen))

    def _leave_current(self) -> bool:
        editor = self.window.editor
        return not editor.is_dirty() or editor.save()

    def switch_to(self, target: str | Path) -> bool:
        """Open ``target`` in place of the current database; False (told) when it cannot
        be used, and the window stays on the one it had."""
        previous, old = _current_target(), database.obj
        had = _contact_count() if old is not None else 0
        live = self.window.live_updates
        try:
            open_database(target)  # on failure the window stays on the database it had
        except DatabaseProblem as exc:
            QMessageBox.critical(self.window, self.tr("Open the address book"),
                                 message_for(exc))
            return False
        if old is not None and old is not database.obj:
            _close_quietly(old)
        live.watcher.close()
        live.watcher = watcher_for()
        remember_database(target)
        self.window.undo_stack.clear()
        self.window.editor.clear()
        self.show_database()
        self.window.contacts_changed()
        live.apply(EVERYTHING)
        if had and engine.is_url(str(target)) and _contact_count() == 0:
            from ui.main.copy_offer import offer_copy

            offer_copy(self.window, previous, target, had)
        return True


def _current_target() -> str | Path | None:
    db = database.obj
    return getattr(db, "url", "") or database_path()


def _contact_count() -> int:
    return contacts.count() + contacts.count(trashed=True)


def _close_quietly(db) -> None:
    """The database left behind: this thread's connection to it closed."""
    try:
        if not db.is_closed():
            db.close()
    except Exception:  # noqa: BLE001 - the old database is no longer used
        pass


def install(window: QMainWindow) -> DatabaseCommands:
    window.database_commands = DatabaseCommands(window)
    return window.database_commands
