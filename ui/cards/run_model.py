"""The envelopes of a card run as a table: one row per envelope (household or single)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from app.cards import runs as cards
from app.cards.envelopes import Envelope


class EnvelopeTableModel(QAbstractTableModel):
    """Rows are app.cards.envelopes.Envelope objects, loaded by the run window
    (off the GUI thread) and handed over whole with ``set_envelopes``."""

    ADDRESSEE, ADDRESS, SALUTATION, MEMBERS, STATUS, RECEIVED = range(6)
    EnvelopeRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self._titles = [self.tr("Addressee"), self.tr("Address"), self.tr("Salutation"),
                        self.tr("Members"), self.tr("Status"), self.tr("Card from them")]
        self._status_words = {
            cards.PLANNED: self.tr("planned"), cards.PRINTED: self.tr("printed"),
            cards.SENT: self.tr("sent"), cards.RETURNED: self.tr("returned undeliverable"),
            "mixed": self.tr("mixed")}
        self._rows: list[Envelope] = []
        self._received: set[int] = set()

    def set_envelopes(self, envelopes: list[Envelope], received: set[int]) -> None:
        self.beginResetModel()
        self._rows = list(envelopes)
        self._received = set(received)
        self.endResetModel()

    def envelope(self, row: int) -> Envelope | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_contact(self, contact_id: int) -> int:
        return next((k for k, e in enumerate(self._rows) if contact_id in e.contact_ids), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._titles):
            return self._titles[section]
        return None

    def _received_text(self, env: Envelope) -> str:
        got = sum(1 for i in env.contact_ids if i in self._received)
        if got == 0:
            return ""
        if len(env.contact_ids) == 1:
            return self.tr("yes")
        return self.tr("{0} of {1}").format(got, len(env.contact_ids))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        env = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, self.SortRole):
            if col == self.ADDRESSEE:
                return ", ".join(env.addressee)
            if col == self.ADDRESS:
                if env.address is None:
                    return self.tr("(no postal address)")
                return " · ".join(env.lines[len(env.addressee):])
            if col == self.SALUTATION:
                return env.salutation
            if col == self.MEMBERS:
                return ", ".join(m.display_name() for m in env.members)
            if col == self.STATUS:
                return self._status_words.get(env.status, env.status)
            if col == self.RECEIVED:
                return self._received_text(env)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(env.lines)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.ADDRESS and env.address is None:
            from PySide6.QtGui import QColor

            return QColor(170, 40, 40)
        if role == self.EnvelopeRole:
            return env
        return None
