"""The import preview: every card of an import plan with the action the user chose for it.

ImportPreviewModel is the table; ActionDelegate is the combo box in its Action column.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QStyledItemDelegate, QWidget

from app.contacts.matching import EMAIL, NAME, PHONE, UID
from app.vcard import importer
from app.vcard.importer import CREATE, DUPLICATE, MERGE, NEW, SKIP, UNREADABLE, UPDATE
from ui.common.messages import message_for
from ui.common.row_list_model import RowListModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2  # [(action, label)] the row allows


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
