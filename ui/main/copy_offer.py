"""Connected to an empty office database: copy the address book there.

The copy (app.storage.copy.copy_book) runs off the GUI thread with a progress
bar and Cancel; when it ends the window shows the office database's contents.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog

from app.storage import engine
from app.storage.changes import EVERYTHING
from ui.common.messages import message_for
from ui.common.tasks import Cancelled, Task, run_task


def _shown(target: str | Path) -> str:
    return engine.shown_url(str(target)) if engine.is_url(str(target)) else str(target)


class CopyOffer(QObject):
    """Asks, then copies ``source`` (the address book the window was on) to ``dest``."""

    def __init__(self, window: QMainWindow, source: str | Path, dest: str):
        super().__init__(window)
        self.window, self.source, self.dest = window, source, dest
        self.progress: QProgressDialog | None = None
        self.task: Task | None = None

    def ask(self, count: int) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Copy the address book"),
                          self.tr("The office database {0} is empty. Copy the %n contact(s) "
                                  "of {1} there, with their conversations, card runs and "
                                  "settings?", "", count).format(_shown(self.dest),
                                                                 _shown(self.source)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.window)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Copy"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Start Empty"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def start(self) -> Task:
        from app.storage.copy import copy_book

        source, dest = self.source, self.dest
        progress = QProgressDialog(self.tr("Copying the address book to {0}…").format(
            _shown(dest)), self.tr("Cancel"), 0, 0, self.window)
        progress.setWindowTitle(self.tr("Copy the address book"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        self.task = run_task(lambda task: copy_book(source, dest, progress=task.report,
                                                    cancelled=lambda: task.cancelled),
                             self._done, self._failed, self._step, owner=self)
        progress.canceled.connect(self.task.cancel)
        progress.show()
        return self.task

    def _step(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))

    def _done(self, report) -> None:
        self.progress.close()
        self._reload()
        self.window.statusBar().showMessage(self.tr("Copied the address book to {0}.").format(
            _shown(self.dest)), 8000)

    def _failed(self, exc: BaseException) -> None:
        self.progress.close()
        self._reload()
        if isinstance(exc, Cancelled):
            self.window.statusBar().showMessage(self.tr("The copy was cancelled."), 8000)
            return
        QMessageBox.warning(self.window, self.tr("Copy the address book"),
                            self.tr("The address book was not copied. {0}").format(
                                message_for(exc)))

    def _reload(self) -> None:
        self.window.live_updates.apply(EVERYTHING)
        self.window.contacts_changed()


def offer_copy(window: QMainWindow, source: str | Path, dest: str, count: int) -> Task | None:
    """Ask, then copy; the running task, or None when the user declined."""
    offer = CopyOffer(window, source, dest)
    window.copy_offer = offer
    return offer.start() if offer.ask(count) else None
