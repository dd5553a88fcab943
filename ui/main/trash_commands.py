"""Moving contacts to the trash and back, as undoable commands (Ctrl+Z, Ctrl+Y)."""
from __future__ import annotations

import sqlite3

import peewee as pw
from PySide6.QtGui import QUndoCommand

from app.contacts import store as contacts


def any_trashed() -> bool:
    """Whether the trash holds a contact; False while the office's server is away
    (told in the status bar), so that a repaint never raises."""
    try:
        return contacts.count(trashed=True) > 0
    except (sqlite3.Error, pw.PeeweeException):
        return False


class TrashCommand(QUndoCommand):
    """Moving contacts to the trash, undoable (Ctrl+Z restores them)."""

    def __init__(self, window, ids: list[int]):
        super().__init__(window.tr("Move %n contact(s) to the trash", "", len(ids)))
        self.window = window
        self.ids = ids

    def redo(self) -> None:
        contacts.trash(self.ids)
        self.window.contacts_changed()

    def undo(self) -> None:
        contacts.restore(self.ids)
        self.window.contacts_changed(select=self.ids[0])


class RestoreCommand(QUndoCommand):
    def __init__(self, window, ids: list[int]):
        super().__init__(window.tr("Restore %n contact(s)", "", len(ids)))
        self.window = window
        self.ids = ids

    def redo(self) -> None:
        contacts.restore(self.ids)
        self.window.contacts_changed()

    def undo(self) -> None:
        contacts.trash(self.ids)
        self.window.contacts_changed()
