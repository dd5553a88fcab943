"""Importing vCards: choose or drop files, read, preview every card, apply, summary.

Reading (in worker processes, see app.vcard.reader) and applying (one
transaction, see app.vcard.importer) run off the GUI thread with a progress
bar and Cancel; Cancel or an error leaves the address book as it was.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (QAbstractTableModel, QModelIndex,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
                               QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QProgressBar, QPushButton, QSplitter, QStackedWidget,
                               QStyledItemDelegate, QTableView, QVBoxLayout, QWidget)

from app.storage import settings
from app.contacts.matching import EMAIL, NAME, PHONE, UID
from app.vcard import importer
from app.vcard.importer import CREATE, DUPLICATE, MERGE, NEW, SKIP, UNREADABLE, UPDATE
from app.vcard.reader import Cancelled as ReadCancelled
from app.vcard.notes import THE_FILE, VcardNote
from app.vcard.reader import read_files, vcf_files
from ui.common.tasks import Cancelled, run_task
from ui.common.row_list_model import RowListModel
from ui.common.messages import message_for

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2  # [(action, label)] the row allows

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


class _Words:
    """Translated words for statuses, actions and match reasons, in one place."""

    def __init__(self, ctx: QWidget | QAbstractTableModel):
        tr = ctx.tr
        self.status = {NEW: tr("New"), UPDATE: tr("Update (same UID)"),
                       DUPLICATE: tr("Possible duplicate"), UNREADABLE: tr("Unreadable")}
        self.action = {CREATE: tr("Create new"), UPDATE: tr("Update existing"),
                       MERGE: tr("Merge into existing"), SKIP: tr("Skip")}
        self.reason = {UID: tr("same UID"), EMAIL: tr("same e-mail"),
                       PHONE: tr("same phone number"), NAME: tr("same name and organisation")}


class ImportPreviewModel(RowListModel):
    """Every card of an import plan, with its editable action.

    Signals:
        actionsChanged(): a row's action was changed.
    """
    CARD, NAME, ORGANISATION, EMAIL, STATUS, MATCH, ACTION = range(7)
    actionsChanged = Signal()

    def __init__(self, plan: importer.ImportPlan | None = None, parent=None):
        super().__init__(parent)
        self.words = _Words(self)
        self.rows: list[importer.PlanRow] = plan.rows if plan else []
        self._headers = [self.tr("Card"), self.tr("Name"), self.tr("Organisation"),
                         self.tr("E-mail"), self.tr("Found as"), self.tr("Matches"),
                         self.tr("Action")]

    def row_list(self):
        return self.rows

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.ACTION and len(self._choices(self.rows[index.row()])) > 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _choices(self, row: importer.PlanRow) -> list[str]:
        return list(importer.ACTIONS[row.status])

    def match_text(self, row: importer.PlanRow) -> str:
        if row.match is None:
            return ""
        reason = self.words.reason.get(row.match.reason, row.match.reason)
        if row.match.contact_id < 0:  # a card earlier in this same import
            return self.tr("card {0} of this import ({1}, {2})").format(
                -row.match.contact_id, row.match_name, reason)
        return self.tr("{0} ({1})").format(row.match_name, reason)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        c = row.card.contact
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == self.CARD:
                return index.row() + 1 if role == SORT_ROLE else str(index.row() + 1)
            if col == self.NAME:
                return c.display_name() if c else (row.card.name or self.tr("(unreadable)"))
            if col == self.ORGANISATION:
                return c.organisation if c else ""
            if col == self.EMAIL:
                return c.emails[0].address if c and c.emails else ""
            if col == self.STATUS:
                return self.words.status[row.status]
            if col == self.MATCH:
                return self.match_text(row)
            if col == self.ACTION:
                return self.words.action[row.action]
        if role == Qt.ItemDataRole.EditRole and col == self.ACTION:
            return row.action
        if role == CHOICES_ROLE and col == self.ACTION:
            return [(a, self.words.action[a]) for a in self._choices(row)]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.CARD:
                return self.tr("{0}, card {1}, line {2}").format(
                    row.card.file, row.card.number, row.card.line)
            if row.status == UNREADABLE:
                return message_for(row.card.reason)
            if col == self.MATCH and row.match:
                return self.match_text(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.action == SKIP:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (not index.isValid() or index.column() != self.ACTION
                or role != Qt.ItemDataRole.EditRole):
            return False
        row = self.rows[index.row()]
        if value not in self._choices(row):
            return False
        if value != row.action:
            row.action = value
            self.dataChanged.emit(self.index(index.row(), 0),
                                  self.index(index.row(), self.ACTION))
            self.actionsChanged.emit()
        return True

    def set_actions(self, rows: list[int], action: str) -> int:
        """Give these rows ``action`` where it is allowed; returns how many changed."""
        changed = 0
        for r in rows:
            if action in self._choices(self.rows[r]) and self.rows[r].action != action:
                self.rows[r].action = action
                changed += 1
        if changed:
            self.dataChanged.emit(self.index(min(rows), 0),
                                  self.index(max(rows), self.ACTION))
            self.actionsChanged.emit()
        return changed

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.rows:
            out[r.status] = out.get(r.status, 0) + 1
            out["action:" + r.action] = out.get("action:" + r.action, 0) + 1
        return out


class ProblemsModel(RowListModel):
    """What could not be read, or was read with a repair: file, card, line, name, reason."""
    FILE, CARD, LINE, NAME, REASON = range(5)

    def __init__(self, problems: list[dict] | None = None, parent=None):
        super().__init__(parent)
        self.problems = problems or []
        self._headers = [self.tr("File"), self.tr("Card"), self.tr("Line"), self.tr("Name"),
                         self.tr("Problem")]

    def row_list(self):
        return self.problems

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.problems[index.row()]
        col = index.column()
        reason = message_for(p["reason"])
        if role == SORT_ROLE:
            return (Path(p["file"]).name, p["card"], p["line"], p["name"], reason)[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.FILE:
                return Path(p["file"]).name
            if col in (self.CARD, self.LINE):
                value = p["card"] if col == self.CARD else p["line"]
                return str(value) if value else ""
            return p["name"] if col == self.NAME else reason
        if role == Qt.ItemDataRole.ToolTipRole:
            return p["file"] if col == self.FILE else (reason if col == self.REASON else None)
        return None


def reading_problems(plan: importer.ImportPlan) -> list[dict]:
    """Everything the reader had to say about the files, card by card."""
    out = []
    for f in plan.files:
        if f.error:
            out.append(_problem(f.file, 0, 0, "", VcardNote(THE_FILE, problem=f.error)))
        out += [_problem(f.file, 0, line, "", reason) for line, reason in f.notes]
        for card in f.cards:
            if card.contact is None:
                out.append(_problem(f.file, card.number, card.reason_line or card.line,
                                    card.name, card.reason))
            out += [_problem(f.file, card.number, line, card.name, note)
                    for line, note in card.notes]
    return out


def report_problems(report: importer.ImportReport) -> list[dict]:
    return [dict(p, file=f.file) for f in report.files for p in f.problems]


def _problem(file: str, card: int, line: int, name: str, reason: VcardNote) -> dict:
    return {"file": file, "card": card, "line": line, "name": name, "reason": reason}


class ActionDelegate(QStyledItemDelegate):
    """A combo box with the actions a row allows; a choice is applied at once."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        combo = QComboBox(parent)
        for action, label in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, action)
        combo.activated.connect(lambda _=None, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        pos = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(pos, 0))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _table(model, proxy: bool = True) -> tuple[QTableView, QSortFilterProxyModel | None]:
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


class ImportDialog(QDialog):
    """The whole import, page by page: choose, read, preview, apply, summary.

    Signals:
        contactsChanged(): the import changed the address book.
    """
    contactsChanged = Signal()

    def __init__(self, parent=None, paths: list[str] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import vCards"))
        self.setAcceptDrops(True)
        self.resize(980, 620)
        self.plan: importer.ImportPlan | None = None
        self.report: importer.ImportReport | None = None
        self.task = None
        self._close_when_idle = False
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._progress_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._summary_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        if paths:
            self.start_reading(paths)

    # --- pages ----------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        text = QLabel(self.tr(
            "<p>Bring in the contacts your phone, Outlook, Apple Contacts, Gmail or "
            "Thunderbird exported as vCards (.vcf).</p><p>Drop the files or a folder here, "
            "or choose them. You will see every card before anything is stored.</p>"))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.files_button = QPushButton(self.tr("Choose &Files…"))
        self.folder_button = QPushButton(self.tr("Choose a F&older…"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        for b in (self.files_button, self.folder_button):
            b.setMinimumHeight(34)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.choose_status = QLabel()
        self.choose_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_status.setWordWrap(True)
        layout.addWidget(self.choose_status)
        layout.addStretch(2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        return page

    def _progress_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.progress_label = QLabel()
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setMinimumWidth(420)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_task)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.preview_summary = QLabel()
        self.preview_summary.setWordWrap(True)
        layout.addWidget(self.preview_summary)
        self.preview_model = ImportPreviewModel(parent=self)
        self.preview, self.preview_sorter = _table(self.preview_model)
        self.preview.setItemDelegateForColumn(ImportPreviewModel.ACTION, ActionDelegate(self))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                     | QAbstractItemView.EditTrigger.SelectedClicked
                                     | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.preview.horizontalHeader()
        for column, width in ((0, 46), (1, 150), (2, 120), (3, 170), (4, 125), (5, 185)):
            header.resizeSection(column, width)
        self.preview.setAccessibleName(self.tr("Cards to import"))

        bulk = QHBoxLayout()
        bulk.addWidget(QLabel(self.tr("For the selected cards:")))
        self.bulk_action = QComboBox()
        for action in (CREATE, UPDATE, MERGE, SKIP):
            self.bulk_action.addItem(self.preview_model.words.action[action], action)
        bulk.addWidget(self.bulk_action)
        self.bulk_button = QPushButton(self.tr("Set &Action"))
        self.bulk_button.clicked.connect(self.set_selected_actions)
        bulk.addWidget(self.bulk_button)
        bulk.addStretch(1)

        self.problems_model = ProblemsModel(parent=self)
        self.problems_view, _ = _table(self.problems_model)
        self.problems_view.setAccessibleName(self.tr("Problems found while reading"))
        for column, width in ((0, 150), (1, 50), (2, 50), (3, 170)):
            self.problems_view.horizontalHeader().resizeSection(column, width)
        self.problems_title = QLabel()

        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.preview)
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
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        layout.addWidget(self.preview_note)

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("&Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_applying)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        self.summary_problems_title = QLabel()
        layout.addWidget(self.summary_problems_title)
        self.summary_problems_model = ProblemsModel(parent=self)
        self.summary_problems, _ = _table(self.summary_problems_model)
        for column, width in ((0, 150), (1, 50), (2, 50), (3, 170)):
            self.summary_problems.horizontalHeader().resizeSection(column, width)
        layout.addWidget(self.summary_problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        return page

    # --- choosing ---------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import vCards"), "",
            self.tr("vCard files (*.vcf *.vcard);;All files (*)"))
        if paths:
            self.start_reading(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of vCards"))
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
            self.pages.setCurrentIndex(0)
            self.choose_status.setText(self.tr("There are no .vcf files in {0}.").format(
                ", ".join(paths)))
            return
        self._show_progress(self.tr("Reading the cards…"))
        region = settings.get("phone_region")

        def work(task):
            files = read_files(paths, region=region, progress=task.report,
                               cancelled=lambda: task.cancelled)
            task.check()
            return importer.plan(files)

        self.task = run_task(work, self._read_done, self._read_failed, self._progress)

    def _read_done(self, plan: importer.ImportPlan) -> None:
        self.task = None
        if self._close_when_idle:
            return super().reject()
        self.show_preview(plan)

    def _read_failed(self, exc: BaseException) -> None:
        self.task = None
        if self._close_when_idle:
            return super().reject()
        self.pages.setCurrentIndex(0)
        if isinstance(exc, (Cancelled, ReadCancelled)):
            self.choose_status.setText(self.tr("Reading was cancelled. Nothing was imported."))
        else:
            self.choose_status.setText(self.tr("The files could not be read: {0}").format(
                message_for(exc)))

    # --- preview ----------------------------------------------------------------
    def show_preview(self, plan: importer.ImportPlan) -> None:
        self.plan = plan
        self.preview_model.beginResetModel()
        self.preview_model.rows = plan.rows
        self.preview_model.endResetModel()
        self.preview_model.actionsChanged.connect(self._update_preview_summary,
                                                  Qt.ConnectionType.UniqueConnection)
        problems = reading_problems(plan)
        self.problems_model.beginResetModel()
        self.problems_model.problems = problems
        self.problems_model.endResetModel()
        self.problems_title.setText(self.tr(
            "%n problem(s) found while reading (unreadable cards are skipped; repaired "
            "ones are imported):", "", len(problems)))
        self.problems_box.setVisible(bool(problems))
        self.preview_note.clear()
        self._update_preview_summary()
        self.pages.setCurrentIndex(2)

    def _update_preview_summary(self) -> None:
        n = self.preview_model.counts()
        files = len(self.plan.files) if self.plan else 0
        self.preview_summary.setText(self.tr(
            "<b>{0}</b> in {1}: {2} new, {3} already in the address book (same UID), "
            "{4} possible duplicates, {5} unreadable. Change what happens to a card in its "
            "<i>Action</i> column.").format(
            self.tr("%n card(s)", "", len(self.preview_model.rows)),
            self.tr("%n file(s)", "", files), n.get(NEW, 0), n.get(UPDATE, 0),
            n.get(DUPLICATE, 0), n.get(UNREADABLE, 0)))
        todo = len(self.preview_model.rows) - n.get("action:" + SKIP, 0)
        self.import_button.setText(self.tr("&Import %n card(s)", "", todo))
        self.import_button.setEnabled(todo > 0)

    def set_selected_actions(self) -> None:
        rows = sorted({self.preview_sorter.mapToSource(i).row()
                       for i in self.preview.selectionModel().selectedRows()})
        if rows:
            self.preview_model.set_actions(rows, self.bulk_action.currentData())

    # --- applying ---------------------------------------------------------------
    def start_applying(self) -> None:
        if self.plan is None:
            return
        self._show_progress(self.tr("Storing the contacts…"))
        the_plan = self.plan

        def work(task):
            return importer.apply(the_plan, cancelled=lambda: task.cancelled,
                                  progress=task.report)

        self.task = run_task(work, self._apply_done, self._apply_failed, self._progress)

    def _apply_done(self, report: importer.ImportReport) -> None:
        self.task = None
        self.report = report
        self.contactsChanged.emit()
        merged = report.merged
        self.summary.setText(self.tr(
            "<b>Import finished.</b><br>Created: {0}<br>Updated: {1}<br>Merged: {2}"
            "<br>Skipped: {3}").format(report.created, report.updated - merged, merged,
                                       report.skipped))
        problems = report_problems(report)
        self.summary_problems_model.beginResetModel()
        self.summary_problems_model.problems = problems
        self.summary_problems_model.endResetModel()
        self.summary_problems_title.setText(self.tr(
            "%n note(s) about the cards:", "", len(problems)) if problems else "")
        self.summary_problems.setVisible(bool(problems))
        self.pages.setCurrentIndex(3)
        if self._close_when_idle:
            super().reject()

    def _apply_failed(self, exc: BaseException) -> None:
        self.task = None
        if self._close_when_idle:
            return super().reject()
        self.pages.setCurrentIndex(2)
        if isinstance(exc, (Cancelled, ReadCancelled)):
            self.preview_note.setText(self.tr(
                "The import was cancelled. The address book is unchanged."))
        else:
            self.preview_note.setText(self.tr(
                "The import failed; the address book is unchanged."))
            QMessageBox.critical(self, self.windowTitle(), self.tr(
                "The import failed and nothing was changed: {0}").format(message_for(exc)))

    # --- progress and cancel ----------------------------------------------------------
    def _show_progress(self, text: str) -> None:
        self.progress_label.setText(text)
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.pages.setCurrentIndex(1)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        if self.task is not None:  # close once the work has stopped
            self._close_when_idle = True
            self.cancel_task()
            return
        super().reject()
