"""The first rows of a CSV file under its headers, with the field each column
feeds in the first row (edited with a combo box per column)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QStyledItemDelegate  # noqa: I001

from app.csvimport import mapping

TARGET_ROW = 0


class MappingPreviewModel(QAbstractTableModel):
    """Row 0: each column's target (EditRole: its key, "" = ignored);
    rows 1..: the file's first rows as read.

    Signals:
        targetsChanged(): a column's target was changed.
    """
    targetsChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.header: list[str] = []
        self.rows: list[tuple[int, list[str]]] = []
        self.targets: list[str] = []

    def show_table(self, header: list[str], rows: list[tuple[int, list[str]]],
                   targets: list[str]) -> None:
        self.beginResetModel()
        self.header, self.rows = list(header), list(rows)
        self.targets = list(targets) + [""] * (len(header) - len(targets))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 1 + len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.header)

    def target_text(self, target: str) -> str:
        return mapping.target_name(target) if target else self.tr("(ignore)")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row == TARGET_ROW:
            target = self.targets[col]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.target_text(target)
            if role == Qt.ItemDataRole.EditRole:
                return target
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(bool(target))
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("What the column “{0}” feeds").format(self.header[col])
            return None
        cells = self.rows[row - 1][1]
        if role == Qt.ItemDataRole.ForegroundRole and not self.targets[col]:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                QPalette.ColorRole.Text)  # not imported
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = cells[col] if col < len(cells) else ""
            return text.replace("\r\n", " ⏎ ").replace("\n", " ⏎ ") \
                if role == Qt.ItemDataRole.DisplayRole else text
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.row() != TARGET_ROW or role != Qt.ItemDataRole.EditRole \
                or not isinstance(value, str) or not mapping.is_target(value):
            return False
        self.targets[index.column()] = value
        self.dataChanged.emit(index, index)
        self.targetsChanged.emit()
        return True

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.row() == TARGET_ROW else base

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.header[section] if 0 <= section < len(self.header) else None
        if section == TARGET_ROW:
            return self.tr("Field")
        return self.tr("Line {0}").format(self.rows[section - 1][0]) \
            if 0 < section <= len(self.rows) else None


class TargetDelegate(QStyledItemDelegate):
    """A combo box of every field (and "ignore") for the target row."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        model = index.model()
        combo = QComboBox(parent)
        combo.addItem(model.target_text(""), "")
        for target in mapping.all_targets(model.targets):
            combo.addItem(model.target_text(target), target)
        combo.setAccessibleName(self.tr("Field for the column {0}").format(
            model.header[index.column()]))
        combo.activated.connect(lambda _=0, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
