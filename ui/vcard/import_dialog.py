"""Importing vCards: choose or drop files, read, preview every card, apply, summary.

Reading (in worker processes, see app.vcard.reader) and applying (short
transactions, undone together on failure, see app.vcard.importer) run off
the GUI thread with a progress bar and Cancel; Cancel or an error leaves the
address book as it was. The pages are in ui.vcard.import_pages; this dialog
runs the steps between them.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QStackedWidget, QVBoxLayout

from app.contacts import order_store as orders
from app.storage import settings
from app.vcard import importer
from app.vcard.reader import Cancelled as ReadCancelled
from app.vcard.reader import read_files, vcf_files
from ui.common import file_dialogs
from ui.common.messages import message_for
from ui.common.tasks import Cancelled, run_task
from ui.vcard.import_pages import (
    CHOOSE,
    PREVIEW,
    PROGRESS,
    SUMMARY,
    ImportChoosePage,
    ImportPreviewPage,
    ImportProgressPage,
    ImportSummaryPage,
)

VCARD_SUFFIXES = (".vcf", ".vcard")


def droppable_paths(urls) -> list[str]:
    """The local .vcf files and folders among dropped URLs."""
    out = []
    for url in urls:
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir() or path.suffix.lower() in VCARD_SUFFIXES:
            out.append(str(path))
    return out


class ImportDialog(QDialog):
    """The whole import, page by page: choose, read, preview, apply, summary.

    Signals:
        contactsChanged(): the import changed the address book.
        showContacts(list): the user asked to see the contacts the import created or updated.
    """
    contactsChanged = Signal()
    showContacts = Signal(list)

    def __init__(self, parent=None, paths: list[str] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import vCards"))
        self.setAcceptDrops(True)
        self.resize(980, 620)
        self.plan: importer.ImportPlan | None = None
        self.report: importer.ImportReport | None = None
        self.task = None
        self._close_when_idle = False
        self.choose_page = ImportChoosePage()
        self.choose_page.files_button.clicked.connect(self.choose_files)
        self.choose_page.folder_button.clicked.connect(self.choose_folder)
        self.choose_page.buttons.rejected.connect(self.reject)
        self.progress_page = ImportProgressPage()
        self.progress_page.cancel_button.clicked.connect(self.cancel_task)
        self.preview_page = ImportPreviewPage()
        self.preview_page.import_button.clicked.connect(self.start_applying)
        self.preview_page.buttons.rejected.connect(self.reject)
        self.summary_page = ImportSummaryPage()
        self.summary_page.buttons.rejected.connect(self.accept)
        self.show_button = self.summary_page.buttons.addButton(
            self.tr("&Show Imported Contacts"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.clicked.connect(self._show_imported)
        self.imported_ids: list[int] = []
        self._highest_before = 0
        self.pages = QStackedWidget()
        for page in (self.choose_page, self.progress_page, self.preview_page,
                     self.summary_page):  # in the order of CHOOSE, PROGRESS, PREVIEW, SUMMARY
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        if paths:
            self.start_reading(paths)

    # --- choosing ---------------------------------------------------------------
    def choose_files(self) -> None:
        paths = file_dialogs.open_files(
            self, self.tr("Import vCards"),
            self.tr("vCard files (*.vcf *.vcard);;All files (*)"), kind="vcard-import")
        if paths:
            self.start_reading(paths)

    def choose_folder(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("Import a folder of vCards"),
                                            kind="vcard-import")
        if folder:
            self.start_reading([folder])

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.task is None and droppable_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = droppable_paths(event.mimeData().urls())
        if paths and self.task is None:
            event.acceptProposedAction()
            self.start_reading(paths)

    # --- reading ----------------------------------------------------------------
    def start_reading(self, paths: list[str]) -> None:
        if not vcf_files(paths):
            self.pages.setCurrentIndex(CHOOSE)
            self.choose_page.status.setText(self.tr("There are no .vcf files in {0}.").format(
                ", ".join(paths)))
            return
        self._show_progress(self.tr("Reading the cards…"))
        region = settings.get("phone_region")

        def work(task):
            files = read_files(paths, region=region, progress=task.report,
                               cancelled=lambda: task.cancelled)
            task.check()
            return importer.plan(files)

        self.task = run_task(work, self._read_done, self._read_failed, self._progress,
                             quiet_collector=True)

    def _read_done(self, plan: importer.ImportPlan) -> None:
        self.task = None
        if self._close_when_idle:
            return super().reject()
        self.show_preview(plan)

    def _read_failed(self, exc: BaseException) -> None:
        self.task = None
        if self._close_when_idle:
            return super().reject()
        self.pages.setCurrentIndex(CHOOSE)
        if isinstance(exc, (Cancelled, ReadCancelled)):
            self.choose_page.status.setText(self.tr(
                "Reading was cancelled. Nothing was imported."))
        else:
            self.choose_page.status.setText(self.tr("The files could not be read: {0}").format(
                message_for(exc)))

    # --- preview ----------------------------------------------------------------
    def show_preview(self, plan: importer.ImportPlan) -> None:
        self.plan = plan
        self.preview_page.show_plan(plan)
        self.pages.setCurrentIndex(PREVIEW)

    # --- applying ---------------------------------------------------------------
    def start_applying(self) -> None:
        if self.plan is None:
            return
        self._show_progress(self.tr("Storing the contacts…"))
        the_plan = self.plan
        self._highest_before = orders.highest_id()  # contacts made afterwards: imported

        def work(task):
            return importer.apply(the_plan, cancelled=lambda: task.cancelled,
                                  progress=task.report)

        self.task = run_task(work, self._apply_done, self._apply_failed, self._progress,
                             quiet_collector=True)

    def _apply_done(self, report: importer.ImportReport) -> None:
        self.task = None
        self.report = report
        self.imported_ids = self._imported(self.plan)
        self.show_button.setVisible(bool(self.imported_ids))
        self.show_button.setDefault(bool(self.imported_ids))
        self.contactsChanged.emit()
        self.summary_page.show_report(report)
        self.pages.setCurrentIndex(SUMMARY)
        if self._close_when_idle:
            super().reject()

    def _imported(self, plan: importer.ImportPlan | None) -> list[int]:
        """The contacts this import created (new ids) or updated (its matches)."""
        updated = {r.match.contact_id for r in (plan.rows if plan else [])
                   if r.match and r.match.contact_id > 0
                   and r.action in (importer.UPDATE, importer.MERGE)}
        return sorted(set(orders.live_ids_above(self._highest_before))
                      | orders.live_among(updated))

    def _show_imported(self) -> None:
        self.showContacts.emit(list(self.imported_ids))
        self.accept()

    def _apply_failed(self, exc: BaseException) -> None:
        self.task = None
        if self._close_when_idle:
            return super().reject()
        self.pages.setCurrentIndex(PREVIEW)
        if isinstance(exc, (Cancelled, ReadCancelled)):
            self.preview_page.note.setText(self.tr(
                "The import was cancelled. The address book is unchanged."))
        else:
            self.preview_page.note.setText(self.tr(
                "The import failed; the address book is unchanged."))
            QMessageBox.critical(self, self.windowTitle(), self.tr(
                "The import failed and nothing was changed: {0}").format(message_for(exc)))

    # --- progress and cancel ----------------------------------------------------------
    def _show_progress(self, text: str) -> None:
        self.progress_page.start(text)
        self.pages.setCurrentIndex(PROGRESS)

    def _progress(self, done: int, total: int) -> None:
        self.progress_page.show_progress(done, total)

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.progress_page.cancelling()

    def reject(self) -> None:
        if self.task is not None:  # close once the work has stopped
            self._close_when_idle = True
            self.cancel_task()
            return
        super().reject()
