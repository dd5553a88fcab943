"""Sample contacts for a first look at Hearth, added from the welcome page."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog

from ui.common.messages import message_for
from ui.common.tasks import Cancelled, run_task

SAMPLE_CONTACTS = 250


class SampleContacts(QObject):
    """Adds SAMPLE_CONTACTS demo contacts off the GUI thread, with progress and Cancel.

    Signals:
        finished(bool): the work ended; True when the contacts were added.
    """
    finished = Signal(bool)

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window

    def add(self) -> None:
        from app.demo import contacts as demo

        progress = QProgressDialog(self.tr("Adding sample contacts…"), self.tr("Cancel"), 0,
                                   SAMPLE_CONTACTS, self.window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def work(task):
            return demo.fill(SAMPLE_CONTACTS, seed=1, progress=task.report)

        def done(_):
            progress.close()
            self.finished.emit(True)

        def failed(exc):
            progress.close()
            if not isinstance(exc, Cancelled):
                QMessageBox.critical(self.window, self.tr("Sample data"), message_for(exc))
            self.finished.emit(False)

        task = run_task(work, done, failed, lambda d, t: progress.setValue(d),
                        owner=self.window)
        progress.canceled.connect(task.cancel)
