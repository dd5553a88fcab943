"""The vCard import's preview page worded for CSV rows: the first column is
the row's line in the file (not a card number), and the texts speak of rows."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.vcard import importer
from app.vcard.importer import DUPLICATE, NEW, SKIP, UNREADABLE, UPDATE
from ui.vcard.import_pages import ImportPreviewPage
from ui.vcard.import_preview_model import SORT_ROLE, ImportPreviewModel
from ui.vcard.import_problems_model import ProblemsModel


class CsvPreviewModel(ImportPreviewModel):
    """Every row of the CSV files with its action; column 0 is the row's line."""

    def __init__(self, plan: importer.ImportPlan | None = None, parent=None):
        super().__init__(plan, parent)
        self._headers[self.CARD] = self.tr("Line")

    def match_text(self, row: importer.PlanRow) -> str:
        if row.match is None or row.match.contact_id >= 0:
            return super().match_text(row)
        earlier = self.rows[-row.match.contact_id - 1].card  # a row earlier in this import
        reason = self.words.reason.get(row.match.reason, row.match.reason)
        return self.tr("line {0} of {1} ({2}, {3})").format(
            earlier.line, Path(earlier.file).name, row.match_name, reason)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == self.CARD:
            card = self.rows[index.row()].card
            if role == SORT_ROLE:
                return (card.file, card.line)
            if role == Qt.ItemDataRole.DisplayRole:
                if self.rows[0].card.file == self.rows[-1].card.file:
                    return str(card.line)
                return self.tr("{0}: {1}").format(Path(card.file).name, card.line)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{0}, line {1}").format(card.file, card.line)
        return super().data(index, role)


class CsvPreviewPage(ImportPreviewPage):
    """The preview of a CSV import: rows, not cards."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = CsvPreviewModel(parent=self)
        self.sorter.setSourceModel(self.model)
        self.view.setAccessibleName(self.tr("Rows to import"))
        self.bulk_label.setText(self.tr("For the selected rows:"))
        self.problems_view.hideColumn(ProblemsModel.CARD)  # the line says where

    def show_plan(self, plan: importer.ImportPlan) -> None:
        super().show_plan(plan)
        if len(plan.files) > 1:  # "file: line" in the first column
            self.view.resizeColumnToContents(self.model.CARD)
        self.problems_title.setText(self.tr(
            "%n problem(s) found while reading (unreadable rows are skipped; the others are "
            "imported):", "", self.problems_model.rowCount()))

    def _update_summary(self) -> None:
        n = self.model.counts()
        files = len(self.plan.files) if self.plan else 0
        self.summary.setText(self.tr(
            "<b>{0}</b> in {1}: {2} new, {3} already in the address book (same UID), "
            "{4} possible duplicates, {5} unreadable. Change what happens to a row in its "
            "<i>Action</i> column.").format(
            self.tr("%n row(s)", "", len(self.model.rows)),
            self.tr("%n file(s)", "", files), n.get(NEW, 0), n.get(UPDATE, 0),
            n.get(DUPLICATE, 0), n.get(UNREADABLE, 0)))
        todo = len(self.model.rows) - n.get("action:" + SKIP, 0)
        self.import_button.setText(self.tr("&Import %n row(s)", "", todo))
        self.import_button.setEnabled(todo > 0)
