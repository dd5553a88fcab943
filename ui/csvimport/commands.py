"""The main window's CSV import: File > Import CSV…, and CSV files dropped on
the window (an event filter, so the window's own vCard drop stays as it is)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

from ui.csvimport.drops import droppable_csv


def open_import(window, paths: list[str] | None = None) -> None:
    """The CSV import dialog over ``window``; with ``paths``, at their mapping."""
    from ui.csvimport.import_dialog import CsvImportDialog

    dialog = CsvImportDialog(window, paths)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.contactsChanged.connect(lambda: window.contacts_changed())
    window.import_dialog = dialog
    dialog.open()


class CsvDrops(QObject):
    """Takes drops of CSV files (and only those) on the window it filters."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            return False
        paths = droppable_csv(event.mimeData().urls())
        if not paths or len(paths) != len(event.mimeData().urls()):
            return False  # vCards, folders, a mix: the window's own import
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            open_import(watched, paths)
        return True


def accept_drops(window) -> CsvDrops:
    drops = CsvDrops(window)
    window.installEventFilter(drops)
    return drops
