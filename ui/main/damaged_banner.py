"""The damaged-file check in the window: run after it shows, and a banner when it fails.

``PRAGMA quick_check`` runs on a worker thread once the window is up (the
window must appear at once; writes started meanwhile wait for the verdict,
app.storage.health). A damaged file is switched to read-only and the banner
above the list says so in one sentence, with Restore a Backup… and Repair….
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.storage import check, health
from app.storage.connection import (
    DatabaseProblem,
    close_database,
    database,
    database_path,
    open_database,
)
from ui.common.messages import message_for


class DamagedBanner(QFrame):
    """One sentence and two offers, shown while the open file is damaged."""

    def __init__(self, window: QMainWindow):
        super().__init__()
        self.window = window
        self.setObjectName("damaged-banner")
        self.setStyleSheet("#damaged-banner { background: #fff3cd; border-bottom: 1px solid "
                           "#d9b44a; } #damaged-banner QLabel { color: #5c4400; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        restore = QPushButton(self.tr("Restore a Backup…"))
        restore.clicked.connect(window.backups.restore_from_backup)
        repair = QPushButton(self.tr("Repair…"))
        repair.clicked.connect(self.repair)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.text, 1)
        row.addWidget(restore)
        row.addWidget(repair)
        self.hide()

    def show_damaged(self) -> None:
        self.text.setText(message_for(health.current.problem()))
        self.show()

    def repair(self) -> None:
        """Recover the file into a new one (the damaged original kept beside it),
        rebuild Hearth's indexes, and reopen."""
        path = database_path()
        answer = QMessageBox.question(
            self.window, self.tr("Repair the address book"),
            self.tr("Hearth copies everything it can still read into a new file and keeps the "
                    "damaged one beside it. Repair now?"))
        if answer != QMessageBox.StandardButton.Yes or path is None:
            return
        try:
            close_database()
            done = check.repair_file(path)
            open_database(path)
            check.repair_invariants()
        except DatabaseProblem as exc:
            QMessageBox.critical(self.window, self.tr("Repair the address book"),
                                 message_for(exc))
            return
        QMessageBox.information(self.window, self.tr("Repair the address book"),
                                message_for(done))
        self.window.backups.restored.emit()  # a new file: rebuild everything


def install(window: QMainWindow) -> DamagedBanner:
    """Put the banner above the window's pages; check again after every restore."""
    banner = DamagedBanner(window)
    pages = window.takeCentralWidget()
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(banner)
    column.addWidget(pages)
    window.setCentralWidget(holder)
    window.backups.restored.connect(lambda: start_check(window))
    return banner


def start_check(window: QMainWindow):
    """Run the check off the GUI thread; the banner shows or hides with its verdict."""
    from ui.common.tasks import run_task

    watched = health.current
    banner = window.damaged_banner

    def verdict(state: str) -> None:
        if watched is not health.current:
            return  # another database was opened meanwhile
        if state == health.DAMAGED:
            health.make_read_only(database.obj)  # the GUI thread's own connection
            banner.show_damaged()
        else:
            banner.hide()

    return run_task(lambda task: watched.ensure_checked(), on_done=verdict, owner=banner)
