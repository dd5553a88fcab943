"""The shared part of the small table models over a Python list of rows."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowListModel(QAbstractTableModel):
    """A table with fixed column headers over ``row_list()``, a list the subclass keeps.

    Subclasses set ``self._headers`` (translated, so after QObject's __init__).
    The contact list is not one of these: it is backed by the database.
    """

    _headers: list[str] = []

    def row_list(self) -> Sequence:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.row_list())

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None
