"""The main window: wires the list, the search box and the detail pane together.

It holds no business rules: everything it does goes through app/.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.contacts import store as contacts
from app.contacts.model import PERSON
from app.core.version import __version__
from app.storage import backup, purge
from app.storage.connection import DatabaseProblem, database, database_path
from ui.cards import install_cards_menu
from ui.common.messages import message_for
from ui.contacts.detail_pane import ContactEditor
from ui.contacts.list_model import ContactTableModel
from ui.conversations.crm import install_crm
from ui.main import damaged_banner, office
from ui.main.backups import BackupCommands
from ui.main.contact_table import ContactTableView
from ui.main.desk import install_desk
from ui.main.drops import FileDrops
from ui.main.live_updates import LiveUpdates
from ui.main.main_actions import MainActions
from ui.main.sample_data import SampleContacts
from ui.main.trash_commands import RestoreCommand, TrashCommand, any_trashed
from ui.main.welcome import WelcomeView
from ui.main.window_state import restore_window_state, save_window_state


class MainWindow(FileDrops, QMainWindow):
    """Signals:
        currentContactChanged(object): the detail pane now shows this contact id (or None).
    """
    currentContactChanged = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.model = ContactTableModel(self)
        self._current_id: int | None = None
        self._build_views()
        self.backups = BackupCommands(self)
        self.backups.restored.connect(self._backup_restored)
        self.main_actions = MainActions(self)
        self.damaged_banner = damaged_banner.install(self)  # a damaged file: read-only
        self._build_menus()
        install_crm(self)  # conversations, temperature, Today, briefing (ui/conversations/crm.py)
        self.model.countChanged.connect(self._show_count)
        self._list_painted = False  # see _current_row_changed
        self.table.viewport().installEventFilter(self)
        self.live_updates = LiveUpdates(self)  # other windows' and commands' writes
        office.install(self)  # the database in the title, switching it, a lost connection
        self.model.load()
        self._restore_geometry()
        self._update_page()
        self._update_actions()
        install_desk(self)  # Ctrl+S, search and the shown contact, undo text, shortcuts

    # --- building -----------------------------------------------------------
    def _build_views(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, companies, e-mail, phone, "
                                               "city, notes, tags  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_return)
        self.search.installEventFilter(self)

        self.table = ContactTableView(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.editor = ContactEditor()
        self.editor.saved.connect(self._contact_saved)
        self.editor.dirtyChanged.connect(self._update_actions)
        self.editor.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))

        self.splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.view_title = QLabel()
        self.view_title.setContentsMargins(6, 4, 6, 0)
        self.view_title.hide()
        left_layout.addWidget(self.view_title)
        left_layout.addWidget(self.table)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.welcome = WelcomeView()
        self.welcome.addRequested.connect(lambda: self.new_contact(PERSON))
        self.sample_contacts = SampleContacts(self)
        self.sample_contacts.finished.connect(self._sample_contacts_added)
        self.welcome.sampleRequested.connect(self.sample_contacts.add)
        self.welcome.importRequested.connect(lambda: self.import_vcards())
        self.welcome.importCsvRequested.connect(lambda: self.main_actions.import_csv.trigger())
        self.setAcceptDrops(True)  # .vcf files and folders dropped start an import

        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)

        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)

    def _build_menus(self) -> None:
        a = self.main_actions
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        for action in (a.new_person, a.new_organisation, None, a.import_vcards, a.import_csv,
                       a.export_vcards, None, a.back_up, a.restore_backup, None, a.quit):
            self.file_menu.addSeparator() if action is None else self.file_menu.addAction(action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (a.undo, a.redo, None, a.save, None, a.trash, a.restore, a.empty_trash,
                       None, a.export_person, a.erase_person, None, a.find, None, a.preferences):
            self.edit_menu.addSeparator() if action is None else self.edit_menu.addAction(action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addAction(a.show_trash)
        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.tools_menu.addAction(a.find_duplicates)
        self.cards_menu = install_cards_menu(self)  # greeting-card runs (ui/cards)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(a.about)

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(a.new_person)
        toolbar.addAction(a.new_organisation)
        toolbar.addSeparator()
        toolbar.addWidget(self.search)
        toolbar.addSeparator()
        toolbar.addAction(a.show_trash)
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    # --- geometry -----------------------------------------------------------
    def _restore_geometry(self) -> None:
        restore_window_state(self, self.splitter, self.table.horizontalHeader())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.editor.is_dirty() and not self.editor.save():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("The contact could not be saved. Quit anyway and lose the changes?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        save_window_state(self, self.splitter, self.table.horizontalHeader())
        super().closeEvent(event)

    # --- list and selection -------------------------------------------------
    def _show_count(self, shown: int, total: int) -> None:
        if shown == self.model.COUNTING:  # a big search: its rows first, the count after
            text = self.tr("Counting the matches among %n contact(s)…", "", total)
        elif self.model.showing_trash:
            text = self.tr("%n contact(s) in the trash", "", total)
            if shown != total:
                text = self.tr("{0} of {1}").format(shown, text)
        elif self.model.search_text.strip():
            text = self.tr("{0} of %n contact(s) shown", "", total).format(shown)
        else:
            text = self.tr("%n contact(s)", "", total)
        self.count_label.setText(text)

    def _update_page(self) -> None:
        empty = (self.model.is_empty() and not self.model.showing_trash
                 and not self.editor.isEnabled() and contacts.count(trashed=True) == 0)
        self.pages.setCurrentWidget(self.welcome if empty else self.splitter)

    def _update_actions(self, *args) -> None:
        selected = bool(self.selected_ids())
        trash = self.model.showing_trash
        self.main_actions.trash.setEnabled(selected and not trash)
        self.main_actions.restore.setEnabled(selected and trash)
        self.main_actions.empty_trash.setEnabled(trash or any_trashed())
        self.view_title.setVisible(trash)
        self.view_title.setText(self.tr("<b>Trash</b> — select contacts and choose "
                                        "Restore (Ctrl+Shift+R), or empty the trash"))

    def selected_ids(self) -> list[int]:
        return self.table.selected_ids()

    def _current_row_changed(self, current, previous) -> None:
        if self.isVisible() and not self._list_painted:
            # The view makes its first row current while the window is first shown:
            # the list is painted first, then the form is filled (a fifth of a second).
            QTimer.singleShot(0, lambda: self._current_row_changed(
                self.table.currentIndex(), previous))
            self._list_painted = True
            return
        cid = self.model.contact_id(current.row()) if current.isValid() else None
        if cid == self._current_id and self.editor.contact_id == cid:
            return
        if self.editor.is_dirty() and not self.editor.save():
            # Stay on the contact with the bad input, so nothing typed is lost.
            QTimer.singleShot(0, lambda: self.select_contact(self.editor.contact_id))
            return
        self._show_in_editor(cid)

    def _show_in_editor(self, cid: int | None) -> None:
        self._current_id = cid
        if cid is None:
            self.editor.clear()
        else:
            try:
                self.editor.load_id(cid)
            except contacts.ContactNotFound:
                self.editor.clear()
        self.editor.setEnabled(cid is not None and not self.model.showing_trash)
        self.currentContactChanged.emit(cid)

    def select_contact(self, contact_id: int | None) -> None:
        if contact_id is None:
            return
        self.table.select_contact(contact_id)

    def contacts_changed(self, select: int | None = None) -> None:
        """The set of contacts changed: reload the list, keep or set the selection."""
        keep = select if select is not None else self._current_id
        self.model.refresh()  # the view may move its current row while resetting
        self._update_page()
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_contact(keep)
            if self.editor.contact_id != keep:
                self._show_in_editor(keep)
        else:
            self.table.selectionModel().clear()
            self._show_in_editor(None)
        self._update_actions()

    def _contact_saved(self, contact_id: int) -> None:
        self.contacts_changed(select=contact_id)

    # --- search -------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)  # ui.main.desk then keeps, or moves, the selection

    def _search_return(self) -> None:
        if self.model.rowCount():
            if self.model.row_of(self._current_id or -1) < 0:
                self.select_contact(self.model.contact_id(0))
            self.table.setFocus()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and obj is self.table.viewport():
            self._list_painted = True
            obj.removeEventFilter(self)
        elif obj is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                if not self.table.currentIndex().isValid():
                    self.select_contact(self.model.contact_id(0))
                self.table.setFocus()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.search.clear()
                return True
        return super().eventFilter(obj, event)

    # --- contacts -----------------------------------------------------------
    def new_contact(self, kind: str) -> None:
        if self.model.showing_trash:
            self.main_actions.show_trash.setChecked(False)
            self.toggle_trash()
        if self.editor.is_dirty() and not self.editor.save():
            return
        self.table.selectionModel().clearSelection()
        self._current_id = None
        self.pages.setCurrentWidget(self.splitter)
        self.editor.start_new(kind)

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.model.showing_trash:
            return
        row = min(self.model.row_of(i) for i in ids)
        self.undo_stack.push(TrashCommand(self, ids))
        # Select the neighbour so the next Delete continues down the list.
        if self.model.rowCount():
            self.select_contact(self.model.contact_id(min(row, self.model.rowCount() - 1)))
        self.statusBar().showMessage(
            self.tr("Moved %n contact(s) to the trash — Ctrl+Z to undo", "", len(ids)), 8000)

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.model.showing_trash:
            self.undo_stack.push(RestoreCommand(self, ids))
            self.statusBar().showMessage(self.tr("Restored %n contact(s)", "", len(ids)), 8000)

    def empty_trash(self) -> None:
        n = contacts.count(trashed=True)
        if n == 0:
            return
        answer = QMessageBox.warning(
            self, self.tr("Empty the trash"),
            self.tr("Delete %n contact(s) in the trash for good? A backup of the address "
                    "book is written first.", "", n),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Discard:
            return
        path = database_path()
        try:
            backup.before_risky_step(database.obj, path)  # PostgreSQL's too
        except DatabaseProblem as exc:
            QMessageBox.critical(self, self.tr("Empty the trash"),
                                 self.tr("The trash was not emptied: {0}").format(
                                     message_for(exc)))
            return
        deleted = purge.empty_trash()
        self.undo_stack.clear()  # the trashed contacts no longer exist to restore
        self.contacts_changed()
        self.statusBar().showMessage(self.tr("Deleted %n contact(s) for good", "", deleted),
                                     8000)

    def toggle_trash(self) -> None:
        if self.editor.is_dirty() and not self.editor.save():
            self.main_actions.show_trash.setChecked(self.model.showing_trash)
            return
        self._current_id = None
        self.editor.clear()
        self.model.set_trashed(self.main_actions.show_trash.isChecked())
        self._update_page()
        self._update_actions()

    def import_vcards(self, paths: list[str] | None = None) -> None:
        """File > Import vCards, the welcome page's button, or files dropped on the window."""
        from ui.vcard.import_dialog import ImportDialog

        dialog = ImportDialog(self, paths)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.contactsChanged.connect(lambda: self.contacts_changed())
        dialog.showContacts.connect(self.desk.show_only)  # "Show Imported Contacts"
        self.import_dialog = dialog
        dialog.open()

    def export_vcards(self) -> None:
        from ui.vcard.export_dialog import ExportDialog

        dialog = ExportDialog(self, self.selected_ids(), self.model.search_text)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self.desk.tell_exported)  # where it went, Open Folder
        self.export_dialog = dialog
        dialog.open()

    def find_duplicates(self) -> None:
        from ui.contacts.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.contactsChanged.connect(lambda kept: self.contacts_changed(select=kept))
        self.duplicates_dialog = dialog
        dialog.open()

    def _sample_contacts_added(self, added: bool) -> None:
        self.contacts_changed()
        if added and self.model.rowCount():
            self.select_contact(self.model.contact_id(0))

    # --- backups ------------------------------------------------------------
    def _backup_restored(self) -> None:
        self.undo_stack.clear()
        self.contacts_changed()

    def edit_preferences(self) -> None:
        from ui.main.preferences_dialog import PreferencesDialog

        if PreferencesDialog(self).exec():
            self.model.invalidate_rows()
            if self.editor.contact_id is not None and not self.editor.is_dirty():
                self.editor.load_id(self.editor.contact_id)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Hearth"), self.tr(
            "<b>Hearth {0}</b><p>An address book that keeps your contacts warm.</p>"
            "<p>Database: {1}</p>").format(__version__, office.shown_database()))
