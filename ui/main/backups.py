"""File › Back Up Now and Restore a Backup…, for the address book the window has open."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from app.contacts import listing
from app.storage import backup, restore
from app.storage.changes import EVERYTHING
from app.storage.connection import (
    DatabaseProblem,
    close_database,
    close_thread_connection,
    database,
    database_path,
    open_database,
)
from app.storage.engine import is_postgres
from ui.common.messages import message_for


def backup_label(found: backup.BackupFile) -> str:
    """How a backup is listed: when it was taken, and the pre-update copies marked."""
    when = QLocale().toString(found.taken, QLocale.FormatType.ShortFormat)
    if found.before_schema:
        return QCoreApplication.translate(
            "BackupCommands", "{0} — before the update to schema {1}").format(
            when, found.before_schema)
    return when


class BackupCommands(QObject):
    """Writes a backup now, or replaces the address book with a chosen backup.

    Signals:
        restored(): the address book was replaced by a backup and the database
            reopened: every list, search and cache must be rebuilt.
    """
    restored = Signal()

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window

    def backup_now(self) -> None:
        try:  # an SQLite file through the backup API, PostgreSQL by pg_dump
            dest = backup.before_risky_step(database.obj, database_path())
        except DatabaseProblem as exc:
            QMessageBox.critical(self.window, self.tr("Back up"), message_for(exc))
            return
        if dest is None:
            return
        self.window.statusBar().showMessage(self.tr("Backup written to {0}").format(dest), 8000)

    def label(self, found: backup.BackupFile) -> str:
        return backup_label(found)

    def restore_from_backup(self) -> None:
        path = database_path()
        if path is None:
            if is_postgres():
                QMessageBox.information(self.window, self.tr("Restore a backup"), self.tr(
                    "Hearth restores backups of address book files only. A database on a "
                    "PostgreSQL server is restored from its pg_dump backup with pg_restore."))
            return
        found = backup.all_backups(path)
        if not found:
            QMessageBox.information(self.window, self.tr("Restore a backup"),
                                    self.tr("There are no backups in {0} yet.").format(
                                        backup.default_backup_dir(path)))
            return
        labels = [self.label(f) for f in found]
        label, ok = QInputDialog.getItem(
            self.window, self.tr("Restore a backup"),
            self.tr("Replace the address book with this backup (the current state is backed "
                    "up first):"), labels, 0, False)
        if ok:
            self.restore(found[labels.index(label)].path)

    def restore(self, chosen) -> None:
        """Check ``chosen``, swap it in off the GUI thread, then reopen the database."""
        from ui.common.tasks import run_task

        path = database_path()
        db = database.obj

        def work(task):
            try:
                return restore.restore_backup(db, chosen, path)
            finally:
                close_thread_connection()

        self.window.statusBar().showMessage(self.tr("Restoring {0}…").format(chosen.name))
        run_task(work, on_done=lambda saved: self._restored(chosen), on_error=self._failed)

    def _restored(self, chosen) -> None:
        path = database_path()
        close_database()  # a new connection: nothing remembered from the old content
        try:
            open_database(path)
        except DatabaseProblem as exc:
            QMessageBox.critical(self.window, self.tr("Restore a backup"), message_for(exc))
            return
        # Nothing remembered from the old content: list orders, and what the
        # change watcher last saw (a restore does not move data_version).
        listing.forget()
        live = getattr(self.window, "live_updates", None)
        if live is not None:
            live.watcher.forget()
        self.restored.emit()
        if live is not None:  # Today, the conversation panel, open card-run windows
            live.apply(EVERYTHING)
        self.window.statusBar().showMessage(self.tr("Restored {0}").format(chosen.name), 8000)

    def _failed(self, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        QMessageBox.critical(self.window, self.tr("Restore a backup"), message_for(exc))
