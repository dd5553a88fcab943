"""File › Back Up Now and Restore a Backup…, for the address book the window has open."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from app.storage import backup
from app.storage.connection import DatabaseProblem, database, database_path
from ui.common.messages import message_for


class BackupCommands(QObject):
    """Writes a backup now, or replaces the address book with a chosen backup.

    Signals:
        restored(): the address book was replaced by a backup.
    """
    restored = Signal()

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window

    def backup_now(self) -> None:
        path = database_path()
        if path is None:
            return
        try:
            dest = backup.backup_now(database.obj, path)
        except DatabaseProblem as exc:
            QMessageBox.critical(self.window, self.tr("Back up"), message_for(exc))
            return
        self.window.statusBar().showMessage(self.tr("Backup written to {0}").format(dest), 8000)

    def restore_from_backup(self) -> None:
        path = database_path()
        if path is None:
            return
        found = backup.list_backups(path)
        if not found:
            QMessageBox.information(self.window, self.tr("Restore a backup"),
                                    self.tr("There are no backups in {0} yet.").format(
                                        backup.default_backup_dir(path)))
            return
        names = [f.name for f in found]
        name, ok = QInputDialog.getItem(
            self.window, self.tr("Restore a backup"),
            self.tr("Replace the address book with this backup (the current state is backed "
                    "up first):"), names, 0, False)
        if not ok:
            return
        chosen = found[names.index(name)]
        try:
            backup.backup_now(database.obj, path)
            backup.restore_backup(database.obj, chosen)
        except DatabaseProblem as exc:
            QMessageBox.critical(self.window, self.tr("Restore a backup"), message_for(exc))
            return
        self.restored.emit()
        self.window.statusBar().showMessage(self.tr("Restored {0}").format(chosen.name), 8000)
