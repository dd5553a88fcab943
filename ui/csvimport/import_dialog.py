"""Importing CSV files: the mapping preview, then the vCard import's pages.

Each file gets the mapping page (encoding and delimiter as guessed, a field
per column as guessed or remembered, all changeable); then its rows are
read off the GUI thread and planned exactly like vCards, so the preview,
progress with Cancel, one-transaction apply and summary are the vCard
import dialog's own (ui.vcard.import_dialog).
"""
from __future__ import annotations

from pathlib import Path

from app.contacts import order_store as orders
from app.csvimport import importing, mapping
from app.csvimport.source import read_table
from app.vcard.reader import Cancelled as ReadCancelled
from ui.common import file_dialogs
from ui.common.messages import message_for
from ui.common.tasks import Cancelled, run_task
from ui.csvimport.drops import droppable_csv
from ui.csvimport.mapping_page import CsvMappingPage
from ui.csvimport.preview import CsvPreviewPage
from ui.vcard.import_dialog import ImportDialog
from ui.vcard.import_pages import PREVIEW
from ui.vcard.import_problems_model import ProblemsModel

#: Rows shown in the mapping preview.
PREVIEW_ROWS = 20


class CsvImportDialog(ImportDialog):
    """Mapping page per file, then read, preview, apply and summary.

    Signals: those of ImportDialog.
    """

    def __init__(self, parent=None, paths: list[str] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import CSV"))
        self.resize(1100, 680)
        self.choose_page.text.setText(self.tr(
            "<p>Bring in the contacts Outlook, Google Contacts or an Excel list exported as "
            "CSV.</p><p>Drop the files here, or choose them. You will see how each column is "
            "read, and every contact, before anything is stored.</p>"))
        self.choose_page.folder_button.hide()
        vcard_preview, self.preview_page = self.preview_page, CsvPreviewPage()
        self.preview_page.import_button.clicked.connect(self.start_applying)
        self.preview_page.buttons.rejected.connect(self.reject)
        self.pages.insertWidget(PREVIEW, self.preview_page)
        self.pages.removeWidget(vcard_preview)
        vcard_preview.deleteLater()
        self.summary_page.problems.hideColumn(ProblemsModel.CARD)  # the line says where
        self.mapping_page = CsvMappingPage()
        self.mapping_page.continue_button.clicked.connect(self.next_file)
        self.mapping_page.buttons.rejected.connect(self.reject)
        self.mapping_page.readingChanged.connect(self.reread)
        self.mapping_index = self.pages.addWidget(self.mapping_page)
        self.paths: list[str] = []
        #: per file done: (path, encoding, delimiter, targets)
        self.chosen: list[tuple[str, str, str, list[str]]] = []
        self.table = None
        self.files: list[importing.CsvFile] = []
        if paths:
            self.start_reading(paths)

    # --- choosing ---------------------------------------------------------------
    def choose_files(self) -> None:
        paths = file_dialogs.open_files(
            self, self.tr("Import CSV"),
            self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"), kind="csv-import")
        if paths:
            self.start_reading(paths)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.task is None and droppable_csv(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = droppable_csv(event.mimeData().urls())
        if paths and self.task is None:
            event.acceptProposedAction()
            self.start_reading(paths)

    # --- the mapping page, one file after the other -------------------------------------
    def start_reading(self, paths: list[str]) -> None:
        self.paths, self.chosen = [str(p) for p in paths], []
        self._show_file(None, None)

    def _show_file(self, encoding: str | None, delimiter: str | None) -> None:
        path = self.paths[len(self.chosen)]
        try:
            table = read_table(path, encoding, delimiter, limit=PREVIEW_ROWS)
        except (OSError, ValueError) as exc:
            self.pages.setCurrentIndex(0)
            self.choose_page.status.setText(self.tr("{0} could not be read: {1}").format(
                Path(path).name, message_for(exc)))
            return
        targets = self.mapping_page.model.targets if self.table is not None and \
            self.table.header == table.header and self.table.file == table.file \
            else mapping.mapping_for(table.header)
        self.table = table
        self.mapping_page.show_table(table, targets, len(self.chosen) + 1, len(self.paths),
                                     guessed=encoding is None and delimiter is None)
        self.mapping_page.note.clear()
        self.pages.setCurrentIndex(self.mapping_index)

    def reread(self) -> None:
        self._show_file(self.mapping_page.encoding.currentData(),
                        self.mapping_page.delimiter.currentData())

    def next_file(self) -> None:
        page = self.mapping_page
        self.chosen.append((self.table.file, page.encoding.currentData(),
                            page.delimiter.currentData(), list(page.model.targets)))
        self.table = None
        if len(self.chosen) < len(self.paths):
            self._show_file(None, None)
            return
        self._read_all()

    def _read_all(self) -> None:
        self._show_progress(self.tr("Reading the rows…"))
        chosen = list(self.chosen)

        def work(task):
            files = [importing.read_csv(path, encoding=encoding, delimiter=delimiter,
                                        targets=targets, progress=task.report,
                                        cancelled=lambda: task.cancelled)
                     for path, encoding, delimiter, targets in chosen]
            task.check()
            return importing.plan(files), files

        self.task = run_task(work, self._rows_read, self._rows_failed, self._progress,
                             quiet_collector=True)

    def _rows_read(self, result) -> None:
        the_plan, self.files = result
        self._read_done(the_plan)

    def _rows_failed(self, exc: BaseException) -> None:
        self.task = None
        if self._close_when_idle:
            return super().reject()
        self.chosen = []
        self._show_file(None, None)
        if isinstance(exc, (Cancelled, ReadCancelled)):
            self.mapping_page.note.setText(self.tr("Reading was cancelled. Nothing was imported."))
        else:
            self.mapping_page.note.setText(self.tr("The file could not be read: {0}").format(
                message_for(exc)))

    # --- applying: the vCard dialog's, remembering each file's mapping -----------------
    def start_applying(self) -> None:
        if self.plan is None:
            return
        self._show_progress(self.tr("Storing the contacts…"))
        the_plan, files = self.plan, list(self.files)
        self._highest_before = orders.highest_id()  # contacts made afterwards: imported

        def work(task):
            return importing.apply(the_plan, files, cancelled=lambda: task.cancelled,
                                   progress=task.report)

        self.task = run_task(work, self._apply_done, self._apply_failed, self._progress,
                             quiet_collector=True)

    def _apply_done(self, report) -> None:
        super()._apply_done(report)
        page = self.summary_page
        count = page.problems_model.rowCount()
        page.problems_title.setText(self.tr("%n note(s) about the rows:", "", count)
                                    if count else "")
