"""The CSV dialog's first page: how the file was read (encoding, delimiter,
both changeable) and which field each column feeds, over its first rows."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.csvimport.source import ENCODING_NAMES
from ui.csvimport.mapping_model import TARGET_ROW, MappingPreviewModel, TargetDelegate

#: Python codec names offered, beside what was guessed.
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "iso8859-15", "mac-roman")


class CsvMappingPage(QWidget):
    """Encoding and delimiter (guessed, changeable) and the mapping preview.

    Signals:
        readingChanged(): the user chose another encoding or delimiter.
    """
    readingChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        self.encoding = QComboBox()
        names = {"utf-8": self.tr("UTF-8"), "utf-8-sig": self.tr("UTF-8 with BOM"),
                 "utf-16": self.tr("UTF-16 (Excel “Unicode text”)"),
                 "cp1252": self.tr("Windows-1252 (Western European)"),
                 "iso8859-15": self.tr("ISO-8859-15"), "mac-roman": self.tr("Mac Roman")}
        for codec in ENCODINGS:
            self.encoding.addItem(names[codec], codec)
        label = QLabel(self.tr("&Encoding:"))
        label.setBuddy(self.encoding)
        row.addWidget(label)
        row.addWidget(self.encoding)
        row.addSpacing(16)
        self.delimiter = QComboBox()
        for text, d in ((self.tr("Comma ( , )"), ","), (self.tr("Semicolon ( ; )"), ";"),
                        (self.tr("Tab"), "\t")):
            self.delimiter.addItem(text, d)
        label = QLabel(self.tr("&Delimiter:"))
        label.setBuddy(self.delimiter)
        row.addWidget(label)
        row.addWidget(self.delimiter)
        row.addStretch(1)
        layout.addLayout(row)
        self.guessed = QLabel()
        self.guessed.setWordWrap(True)
        layout.addWidget(self.guessed)

        self.model = MappingPreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForRow(TARGET_ROW, TargetDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setDefaultSectionSize(190)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 12)
        self.view.setAccessibleName(self.tr("Columns of the file and the field each feeds"))
        layout.addWidget(self.view, 1)
        self.hint = QLabel(self.tr(
            "Choose in the first row what each column feeds, or “(ignore)”. Several columns "
            "may feed phones, e-mails and addresses; each becomes one with its label. Hearth "
            "remembers your choice for the next file with the same columns."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox()
        self.continue_button = self.buttons.addButton(
            self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.encoding.activated.connect(lambda _: self.readingChanged.emit())
        self.delimiter.activated.connect(lambda _: self.readingChanged.emit())
        self.model.modelReset.connect(self._open_editors)
        self.model.targetsChanged.connect(self.update_count)

    def show_table(self, table, targets: list[str], number: int, count: int,
                   guessed: bool = True) -> None:
        """The file as read; ``number`` of ``count`` files."""
        if self.encoding.findData(table.encoding) < 0:
            self.encoding.addItem(ENCODING_NAMES.get(table.encoding, table.encoding),
                                  table.encoding)
        self.encoding.setCurrentIndex(self.encoding.findData(table.encoding))
        self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(table.delimiter)))
        name = table.file.replace("\\", "/").rsplit("/", 1)[-1]
        self.title.setText(self.tr("<b>{0}</b>: {1} columns, the first rows below.").format(
            name, len(table.header)) if count == 1 else self.tr(
            "<b>{0}</b> (file {1} of {2}): {3} columns, the first rows below.").format(
            name, number, count, len(table.header)))
        self.model.show_table(table.header, table.rows, targets)
        self.guessed.setText(self.tr(
            "Guessed from the file: {0}, {1}. If the rows below look wrong, choose another "
            "encoding or delimiter.").format(self.encoding.currentText(),
                                             self.delimiter.currentText()) if guessed else "")
        self.update_count()

    def update_count(self) -> None:
        used = sum(1 for t in self.model.targets if t)
        self.count.setText(self.tr("Columns imported: {0} of {1}.").format(
            used, len(self.model.targets)))
        self.continue_button.setEnabled(used > 0)

    def _open_editors(self) -> None:
        header = self.view.horizontalHeader()
        for col in range(self.model.columnCount()):
            index = self.model.index(TARGET_ROW, col)
            self.view.openPersistentEditor(index)
            editor = self.view.indexWidget(index)  # wide enough to read the field chosen
            if editor is not None:
                header.resizeSection(col, max(header.defaultSectionSize(),
                                              editor.sizeHint().width()))
