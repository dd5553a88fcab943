"""Export Personal Data… and Erase Personal Data… on the contact in the detail pane."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from app.privacy import erase as privacy
from app.storage import backup
from ui.common import file_dialogs
from ui.common.messages import message_for
from ui.common.tasks import Cancelled, run_task
from ui.privacy.erase_dialog import EraseDialog


class PrivacyCommands(QObject):
    """Owns the two commands of one main window; the actions are MainActions'."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.task = None
        self._actions: list = []
        window.currentContactChanged.connect(self._update)

    def watch(self, *actions) -> None:
        """Enable these actions only while a stored contact is shown."""
        self._actions = list(actions)
        self._update()

    def _contact_id(self) -> int | None:
        return self.window.editor.contact_id

    def _update(self, *args) -> None:
        for action in self._actions:
            action.setEnabled(self._contact_id() is not None and self.task is None)

    def _progress(self, text: str, total: int, cancel: bool) -> QProgressDialog:
        dialog = QProgressDialog(text, self.window.tr("Cancel") if cancel else "", 0, total,
                                 self.window)
        if not cancel:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        return dialog

    # --- export -------------------------------------------------------------------------
    def export_data(self) -> None:
        from app.privacy import export  # brings the vCard writer (vobject): not at start

        cid = self._contact_id()
        if cid is None or self.task is not None:
            return
        title = self.window.tr("Export Personal Data")
        chosen = file_dialogs.choose_folder(
            self.window, self.window.tr("Folder for the personal data"), kind="privacy")
        if not chosen:
            return
        try:
            folder = Path(chosen) / export.folder_name(cid)
        except Exception as exc:  # noqa: BLE001 - told in one sentence
            QMessageBox.critical(self.window, title, message_for(exc))
            return
        progress = self._progress(self.window.tr("Exporting personal data…"), 4, cancel=True)

        def work(task):
            return export.write_export(cid, folder, progress=task.report)

        def done(files):
            self._finished(progress)
            self.window.statusBar().showMessage(self.window.tr(
                "Personal data written to {0}").format(str(folder)), 8000)

        def failed(exc):
            self._finished(progress)
            if not isinstance(exc, Cancelled):
                QMessageBox.critical(self.window, title, self.window.tr(
                    "The personal data could not be written: {0}").format(message_for(exc)))

        self.task = run_task(work, done, failed, lambda d, t: progress.setValue(d),
                             owner=self.window)
        progress.canceled.connect(self.task.cancel)
        self._update()

    # --- erase --------------------------------------------------------------------------
    def erase_data(self) -> None:
        cid = self._contact_id()
        if cid is None or self.task is not None:
            return
        title = self.window.tr("Erase Personal Data")
        try:
            reach = privacy.reach(cid)
            hits = privacy.backups_holding(reach.uid)
        except Exception as exc:  # noqa: BLE001 - told in one sentence
            QMessageBox.critical(self.window, title, message_for(exc))
            return
        dialog = EraseDialog(reach, hits, backup.KEEP_SCHEDULED, self.window)
        self.erase_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        from_backups = dialog.from_backups()
        dialog.deleteLater()
        if not accepted:
            return
        # What the form holds of this person must not be saved back afterwards.
        self.window.editor.clear()
        self.window.undo_stack.clear()
        steps = 1 + (len(hits) if from_backups else 0)
        progress = self._progress(self.window.tr("Erasing personal data…"), steps, cancel=True)
        state = {}

        def work(task):
            task.check()  # Cancel before anything was erased
            done = state["done"] = privacy.erase(cid)
            failures = []
            if from_backups:
                for n, hit in enumerate(hits, start=1):
                    task.report(n, steps)  # Cancel leaves the remaining backups as they are
                    failures += privacy.erase_from_backups([hit], done.token)
            return done, failures

        def finished(result):
            self._finished(progress)
            done, failures = result
            self.window.contacts_changed()
            kept = [] if from_backups else hits
            self.window.statusBar().showMessage(self.window.tr(
                "Erased for good (erasure log {0})").format(done.token) if not kept else
                self.window.tr("Erased for good (erasure log {0}); still in %n backup(s): {1}",
                               "", len(kept)).format(
                    done.token, ", ".join(h.path.name for h in kept)), 15000)
            problems = failures + done.hook_failures
            if problems:
                QMessageBox.warning(self.window, title, "\n".join(message_for(p)
                                                                  for p in problems))

        def failed(exc):
            self._finished(progress)
            self.window.contacts_changed()
            if "done" in state:  # cancelled between backups: the contact itself is gone
                self.window.statusBar().showMessage(self.window.tr(
                    "Erased for good; backups not done yet were left as they are"), 8000)
            elif not isinstance(exc, Cancelled):
                QMessageBox.critical(self.window, title, self.window.tr(
                    "The contact was not erased: {0}").format(message_for(exc)))

        self.task = run_task(work, finished, failed, lambda d, t: progress.setValue(d),
                             owner=self.window)
        progress.canceled.connect(self.task.cancel)
        self._update()

    def _finished(self, progress: QProgressDialog) -> None:
        self.task = None
        progress.close()
        progress.deleteLater()
        self._update()
