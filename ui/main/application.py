"""Starting the window: the QApplication, opening the database, the main window."""
from __future__ import annotations

import datetime as dt
import gc
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import peewee as pw
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.conversations import warmth
from app.core import clock
from app.core.version import __version__
from app.storage import backup
from app.storage.connection import (
    DatabaseProblem,
    close_database,
    database,
    default_database_path,
    open_database,
)
from app.vcard import import_journal
from ui.common import close_keys, file_dialogs, wheel_guard
from ui.common.messages import log, message_for
from ui.main import rescue
from ui.main.language import apply_language, chosen_language

if TYPE_CHECKING:
    from ui.common.tasks import Task

BACKUP_EVERY = dt.timedelta(days=1)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("Hearth")
    app.setApplicationName("Hearth")
    app.setApplicationVersion(__version__)
    if not getattr(app, "_hearth_translators", None):
        apply_language(chosen_language())
    wheel_guard.install(app)  # the wheel scrolls forms, not unfocused combos and spin boxes
    close_keys.install(app)  # Esc and Ctrl+W close secondary windows
    return app


def open_with_dialogs(path: Path) -> Path | None:
    """Open the database, asking for another file while it cannot be used.

    Returns the path that opened, or None when the user gave up. The file that
    failed is never written to; a damaged one may be replaced by a backup or a
    repaired copy (ui.main.rescue), the original kept beside it.
    """
    while True:
        try:
            open_database(path)
            return path
        except DatabaseProblem as exc:
            box = QMessageBox(QMessageBox.Icon.Critical, "Hearth", message_for(exc))
            box.setInformativeText(QApplication.translate(
                "Startup", "You can open another address book file, or quit."))
            offers = rescue.add_offers(box, path, exc)  # a damaged file: restore, repair
            other = box.addButton(QApplication.translate("Startup", "Open Another File…"),
                                  QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() in offers:
                offers[box.clickedButton()](path)  # a new file in place, or the offer again
                continue
            if box.clickedButton() is not other:
                return None
            # Meant to be opened as a database (through SQLite): no guard.
            chosen = file_dialogs.save_file(
                None, QApplication.translate("Startup", "Open or create an address book"),
                "", QApplication.translate("Startup", "Hearth database (*.db)"),
                kind="database", folder=path.parent, confirm_overwrite=False, guard=False)
            if not chosen:
                return None
            path = Path(chosen)


def scheduled_backup(path: Path, parent: QWidget | None = None) -> Task | None:
    """A backup once a day, off the GUI thread: the task writing it, or None
    when the newest backup is less than a day old. A failure is told in a
    message box over ``parent`` (and logged)."""
    from ui.common.tasks import run_task

    newest = backup.list_backups(path)
    if newest and clock.utc_now().timestamp() - newest[0].stat().st_mtime < \
            BACKUP_EVERY.total_seconds():
        return None
    db = database.obj
    return run_task(lambda task: backup.backup_now(db, path),
                    on_error=lambda exc: _backup_failed(exc, parent))


def _backup_failed(exc: BaseException, parent: QWidget | None) -> None:
    text = message_for(exc)
    log.warning("scheduled backup failed: %s", text)
    if parent is not None:
        box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate(
            "Startup", "Daily backup"), QApplication.translate(
            "Startup", "Today's backup could not be written. {0}").format(text),
            QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not modal: the window stays usable


def recover_interrupted_work(parent: QWidget | None = None) -> None:
    """Long writes a killed or crashed Hearth left half-done: an import is
    undone, a temperature recompute finished."""
    try:
        import_journal.recover()
        warmth.finish_interrupted()
    except (sqlite3.Error, pw.PeeweeException) as exc:
        QMessageBox.warning(parent, "Hearth", message_for(exc))


def daily_backup(window: QWidget) -> Task | None:
    """The daily backup of the file the window is on now (File > Open Address
    Book File… may have switched it); none for an office's server, whose
    backups are pg_dump's (hearth backup)."""
    from app.storage.connection import database_path

    path = database_path()
    return None if path is None else scheduled_backup(path, window)


def open_server(url: str) -> str | None:
    """Open the office database at ``url``, asking for a password when the server
    wants one; on a failure offer the address book file on this computer instead.
    Returns the target that opened (a URL, or the file's path), or None."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from app.storage import engine, pg_login

    try:
        if pg_login.needs_password(url):
            password, ok = QInputDialog.getText(
                None, "Hearth", QApplication.translate("Startup", "Password for {0}:").format(
                    engine.shown_url(url)), QLineEdit.EchoMode.Password)
            if not ok:
                return None
            url = pg_login.with_password(url, password)
        open_database(url)
        return url
    except DatabaseProblem as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, "Hearth", message_for(exc))
        box.setInformativeText(QApplication.translate(
            "Startup", "You can open the address book file on this computer, or quit."))
        local = box.addButton(QApplication.translate("Startup", "Open the File Instead"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is not local:
            return None
        path = open_with_dialogs(default_database_path())
        return None if path is None else str(path)


def run_gui(db_path: Path | str | None, language: str | None = None) -> int:
    from app.storage import engine
    from ui.main.office import remember_database, remembered_database

    app = make_application()
    if language:  # --lang wins over the preference for this start
        apply_language(language)
    target = db_path or remembered_database() or default_database_path()
    if engine.is_url(str(target)):
        opened = open_server(str(target))
    else:
        opened = open_with_dialogs(Path(target))
    if opened is None:
        return 1
    remember_database(opened)
    on_server = engine.is_url(str(opened))
    path = None if on_server else Path(opened)
    from ui.main.damaged_banner import start_check
    from ui.main.main_window import MainWindow
    from ui.sync import install_sync

    recover_interrupted_work()
    window = MainWindow()
    install_sync(window)  # CardDAV accounts, Sync Now, periodic sync (ui/sync)
    window.show()
    # Everything built so far lives as long as the window: keep it out of the
    # garbage collector's full passes, which stop every thread (the GUI too)
    # and grow with the number of objects they scan.
    gc.freeze()
    if path is not None:  # a file: its check (a server's health is the office's)
        start_check(window)  # writes wait for its verdict; a damaged file turns read-only
    daily_backup(window)
    # A window left open for days still gets its daily backup.
    timer = QTimer(window)
    timer.timeout.connect(lambda: daily_backup(window))
    timer.start(60 * 60 * 1000)
    try:
        return app.exec()
    finally:
        close_database()
