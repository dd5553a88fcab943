"""The pages of the import dialog: choose, progress, preview, summary.

The pages lay out and show; the dialog (ui.vcard.import_dialog) connects their
buttons to the steps of the import and decides which page is current.
"""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.vcard import importer
from app.vcard.importer import CREATE, DUPLICATE, MERGE, NEW, SKIP, UNREADABLE, UPDATE
from ui.vcard.import_preview_model import SORT_ROLE, ActionDelegate, ImportPreviewModel
from ui.vcard.import_problems_model import ProblemsModel, reading_problems, report_problems

CHOOSE, PROGRESS, PREVIEW, SUMMARY = range(4)  # the pages' order in the dialog


def import_table(model, proxy: bool = True) -> tuple[QTableView, QSortFilterProxyModel | None]:
    view = QTableView()
    sorter = None
    if proxy:
        sorter = QSortFilterProxyModel(view)
        sorter.setSourceModel(model)
        sorter.setSortRole(SORT_ROLE)
        view.setModel(sorter)
        # File order until a user sorts: sorting 10,000 rows through Python's
        # data() would hold up the window for a second.
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    return view, sorter


class ImportChoosePage(QWidget):
    """What can be imported, two buttons to choose files, and what happened last."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        text = QLabel(self.tr(
            "<p>Bring in the contacts your phone, Outlook, Apple Contacts, Gmail or "
            "Thunderbird exported as vCards (.vcf).</p><p>Drop the files or a folder here, "
            "or choose them. You will see every card before anything is stored.</p>"))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = text  # the CSV import words it for CSV files
        layout.addWidget(text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.files_button = QPushButton(self.tr("Choose &Files…"))
        self.folder_button = QPushButton(self.tr("Choose a F&older…"))
        for b in (self.files_button, self.folder_button):
            b.setMinimumHeight(34)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)


class ImportProgressPage(QWidget):
    """A progress bar with Cancel, while the cards are read or stored."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar()
        self.bar.setMinimumWidth(420)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))


class ImportPreviewPage(QWidget):
    """Every card with its action, the problems found while reading, and Import."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan: importer.ImportPlan | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = ImportPreviewModel(parent=self)
        self.view, self.sorter = import_table(self.model)
        self.view.setItemDelegateForColumn(ImportPreviewModel.ACTION, ActionDelegate(self))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.SelectedClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.view.horizontalHeader()
        for column, width in ((0, 46), (1, 150), (2, 120), (3, 170), (4, 125), (5, 185)):
            header.resizeSection(column, width)
        self.view.setAccessibleName(self.tr("Cards to import"))

        bulk = QHBoxLayout()
        self.bulk_label = QLabel(self.tr("For the selected cards:"))
        bulk.addWidget(self.bulk_label)
        self.bulk_action = QComboBox()
        for action in (CREATE, UPDATE, MERGE, SKIP):
            self.bulk_action.addItem(self.model.words.action[action], action)
        bulk.addWidget(self.bulk_action)
        self.bulk_button = QPushButton(self.tr("Set &Action"))
        self.bulk_button.clicked.connect(self.set_selected_actions)
        bulk.addWidget(self.bulk_button)
        bulk.addStretch(1)

        self.problems_model = ProblemsModel(parent=self)
        self.problems_view, _ = import_table(self.problems_model)
        self.problems_view.setAccessibleName(self.tr("Problems found while reading"))
        for column, width in ((0, 150), (1, 50), (2, 50), (3, 170)):
            self.problems_view.horizontalHeader().resizeSection(column, width)
        self.problems_title = QLabel()

        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view)
        top_layout.addLayout(bulk)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.problems_title)
        bottom_layout.addWidget(self.problems_view)
        self.problems_box = bottom
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)

    def show_plan(self, plan: importer.ImportPlan) -> None:
        self.plan = plan
        self.model.beginResetModel()
        self.model.rows = plan.rows
        self.model.endResetModel()
        self.model.actionsChanged.connect(self._update_summary,
                                          Qt.ConnectionType.UniqueConnection)
        problems = reading_problems(plan)
        self.problems_model.beginResetModel()
        self.problems_model.problems = problems
        self.problems_model.endResetModel()
        self.problems_title.setText(self.tr(
            "%n problem(s) found while reading (unreadable cards are skipped; repaired "
            "ones are imported):", "", len(problems)))
        self.problems_box.setVisible(bool(problems))
        self.note.clear()
        self._update_summary()

    def _update_summary(self) -> None:
        n = self.model.counts()
        files = len(self.plan.files) if self.plan else 0
        self.summary.setText(self.tr(
            "<b>{0}</b> in {1}: {2} new, {3} already in the address book (same UID), "
            "{4} possible duplicates, {5} unreadable. Change what happens to a card in its "
            "<i>Action</i> column.").format(
            self.tr("%n card(s)", "", len(self.model.rows)),
            self.tr("%n file(s)", "", files), n.get(NEW, 0), n.get(UPDATE, 0),
            n.get(DUPLICATE, 0), n.get(UNREADABLE, 0)))
        todo = len(self.model.rows) - n.get("action:" + SKIP, 0)
        self.import_button.setText(self.tr("&Import %n card(s)", "", todo))
        self.import_button.setEnabled(todo > 0)

    def set_selected_actions(self) -> None:
        rows = sorted({self.sorter.mapToSource(i).row()
                       for i in self.view.selectionModel().selectedRows()})
        if rows:
            self.model.set_actions(rows, self.bulk_action.currentData())


class ImportSummaryPage(QWidget):
    """What the import did, and the notes about the cards it stored."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        self.problems_title = QLabel()
        layout.addWidget(self.problems_title)
        self.problems_model = ProblemsModel(parent=self)
        self.problems, _ = import_table(self.problems_model)
        for column, width in ((0, 150), (1, 50), (2, 50), (3, 170)):
            self.problems.horizontalHeader().resizeSection(column, width)
        layout.addWidget(self.problems, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)

    def show_report(self, report: importer.ImportReport) -> None:
        merged = report.merged
        self.summary.setText(self.tr(
            "<b>Import finished.</b><br>Created: {0}<br>Updated: {1}<br>Merged: {2}"
            "<br>Skipped: {3}").format(report.created, report.updated - merged, merged,
                                       report.skipped))
        problems = report_problems(report)
        self.problems_model.beginResetModel()
        self.problems_model.problems = problems
        self.problems_model.endResetModel()
        self.problems_title.setText(self.tr(
            "%n note(s) about the cards:", "", len(problems)) if problems else "")
        self.problems.setVisible(bool(problems))
