"""The main window's commands as QActions: their text, shortcut, status tip and slot."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.contacts.model import ORGANISATION, PERSON
from ui.csvimport import commands as csv_commands
from ui.privacy.commands import PrivacyCommands


class MainActions(QObject):
    """Every command of the main window's menus and toolbar.

    Each action is parented to the window and triggers one of its slots; the
    window puts them in its menus and toolbar and enables them as the
    selection changes.
    """

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.new_person = self._action(self.tr("New &Person"),
                                       lambda: window.new_contact(PERSON),
                                       QKeySequence.StandardKey.New,
                                       self.tr("Add a person"))
        self.new_organisation = self._action(self.tr("New &Organisation"),
                                             lambda: window.new_contact(ORGANISATION),
                                             "Ctrl+Shift+N", self.tr("Add an organisation"))
        self.import_vcards = self._action(self.tr("&Import vCards…"),
                                          lambda: window.import_vcards(), "Ctrl+I")
        self.import_csv = self._action(self.tr("Import &CSV…"),
                                       lambda: csv_commands.open_import(window))
        self.csv_drops = csv_commands.accept_drops(window)  # CSV files dropped on it
        self.export_vcards = self._action(self.tr("&Export vCards…"), window.export_vcards,
                                          "Ctrl+E")
        self.find_duplicates = self._action(self.tr("Find &Duplicates…"),
                                            window.find_duplicates)
        self.back_up = self._action(self.tr("&Back Up Now"), window.backups.backup_now)
        self.restore_backup = self._action(self.tr("&Restore a Backup…"),
                                           window.backups.restore_from_backup)
        self.quit = self._action(self.tr("&Quit"), window.close,
                                 QKeySequence.StandardKey.Quit)
        self.undo = window.undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = window.undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.save = self._action(self.tr("&Save Contact"), window.editor.save)
        self.save.setShortcut(QKeySequence.StandardKey.Save)
        self.trash = self._action(self.tr("Move to &Trash"), window.trash_selected,
                                  QKeySequence.StandardKey.Delete,
                                  self.tr("Move the selected contacts to the trash"))
        # Delete acts on the list only, so it still deletes text in the form.
        self.trash.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window.table.addAction(self.trash)
        self.restore = self._action(self.tr("&Restore from Trash"), window.restore_selected,
                                    "Ctrl+Shift+R")
        self.empty_trash = self._action(self.tr("&Empty Trash…"), window.empty_trash)
        self.find = self._action(self.tr("&Find"), window.focus_search,
                                 QKeySequence.StandardKey.Find)
        self.show_trash = self._action(self.tr("Show &Trash"), window.toggle_trash, "Ctrl+T")
        self.show_trash.setCheckable(True)
        self.about = self._action(self.tr("&About Hearth"), window.about)
        self.preferences = self._action(self.tr("&Preferences…"), window.edit_preferences,
                                        QKeySequence.StandardKey.Preferences)
        # A person's data on request (GDPR): ui/privacy, enabled while a contact is shown.
        self.privacy = PrivacyCommands(window)
        self.export_person = self._action(self.tr("E&xport Personal Data…"),
                                          self.privacy.export_data)
        self.erase_person = self._action(self.tr("Erase Personal &Data…"),
                                         self.privacy.erase_data)
        self.privacy.watch(self.export_person, self.erase_person)

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action
