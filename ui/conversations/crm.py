"""Wires conversations and temperature into the main window.

``install_crm(window)`` adds, without the main window knowing the details:
the conversation panel under the detail pane, Ctrl+L (log), F9 (briefing),
the Today view, the temperature settings dialog and the band filter.
"""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
)

from app.conversations import temperature as t
from app.conversations import warmth
from ui.common.messages import message_for
from ui.common.tasks import run_task
from ui.conversations.log_dialog import LogDialog
from ui.conversations.panel import ConversationPanel
from ui.conversations.temperature_look import band_icon, band_name


class CrmWiring:
    """Owns the CRM widgets and actions of one main window."""

    def __init__(self, window: QMainWindow):
        self.window = window
        self.today_view = None
        self._briefings: list = []
        self.panel = ConversationPanel()
        self.panel.undo_stack = getattr(window, "undo_stack", None)
        self.panel.changed.connect(self._contact_changed)
        self.panel.briefingRequested.connect(self.show_briefing)
        # The panel goes under the detail pane, in a vertical splitter of its own.
        splitter: QSplitter = window.splitter
        position = splitter.indexOf(window.editor)
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.setChildrenCollapsible(False)
        splitter.insertWidget(position, self.right)
        self.right.addWidget(window.editor)
        self.right.addWidget(self.panel)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 2)
        splitter.setStretchFactor(position, 2)

        def action(text, slot, shortcut=None) -> QAction:
            a = QAction(text, window)
            a.triggered.connect(slot)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            window.addAction(a)
            return a

        tr = window.tr
        self.log_action = action(tr("&Log conversation…"), self.log_current, "Ctrl+L")
        self.briefing_action = action(tr("&Briefing…"), lambda: self.show_briefing(None), "F9")
        self.today_action = action(tr("&Today"), self.show_today, "Ctrl+Shift+T")
        self.settings_action = action(tr("Temperature &settings…"), self.edit_settings)
        self.name_action = action(tr("Your &name in the log…"), self.change_name)
        menu = QMenu(tr("C&onversations"), window)
        help_menu = getattr(window, "help_menu", None)
        if help_menu is not None:  # Help stays the last menu
            window.menuBar().insertMenu(help_menu.menuAction(), menu)
        else:
            window.menuBar().addMenu(menu)
        for a in (self.log_action, self.briefing_action, self.today_action, None,
                  self.settings_action, self.name_action):
            menu.addSeparator() if a is None else menu.addAction(a)
        self.menu = menu

        self.band_filter = QComboBox()
        self.band_filter.setToolTip(tr("Show only contacts of this temperature"))
        self.band_filter.addItem(tr("All temperatures"), None)
        for band in (*reversed(t.BANDS), t.NEW):
            self.band_filter.addItem(band_icon(band), band_name(band), {band})
        self.band_filter.addItem(tr("Warm or hot"), {t.WARM, t.HOT})
        self.band_filter.currentIndexChanged.connect(self._band_chosen)
        toolbar = getattr(window, "toolbar", None)
        if toolbar is not None:
            toolbar.addWidget(self.band_filter)
            toolbar.addAction(self.log_action)
            toolbar.addAction(self.today_action)

        # The warmth chip right after the name, where the eye is.
        header = window.table.horizontalHeader()
        warmth_column = window.model.WARMTH
        header.moveSection(header.visualIndex(warmth_column), 1)
        header.resizeSection(warmth_column, 110)
        # The panel as the timers' context: a window closed before they fire drops them.
        window.currentContactChanged.connect(
            lambda *args: QTimer.singleShot(0, self.panel, self._follow_selection))
        window.editor.saved.connect(
            lambda cid: QTimer.singleShot(0, self.panel, self._follow_selection))

    # --- following the main window ------------------------------------------------
    def current_id(self) -> int | None:
        return getattr(self.window, "_current_id", None)

    def _follow_selection(self) -> None:
        cid = self.current_id()
        if self.window.model.showing_trash:
            cid = None
        self.panel.show_contact(cid)

    def _contact_changed(self, cid: int) -> None:
        """Conversations changed: the list shows the new temperature at once."""
        self.window.contacts_changed(select=cid)
        self._follow_selection()
        if self.today_view is not None and self.today_view.isVisible():
            self.today_view.refresh_in_background()

    def _band_chosen(self, index: int) -> None:
        self.window.model.set_bands(self.band_filter.itemData(index))
        self.window.contacts_changed()
        self._follow_selection()

    # --- actions ---------------------------------------------------------------------
    def log_for(self, contact_id: int | None) -> None:
        if contact_id is None:
            QMessageBox.information(self.window, self.window.tr("Log conversation"),
                                    self.window.tr("Choose a contact in the list first."))
            return
        dialog = LogDialog([contact_id], self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._contact_changed(contact_id)

    def log_current(self) -> None:
        self.log_for(self.current_id())

    def show_briefing(self, contact_id: int | None) -> None:
        from ui.conversations.briefing_window import BriefingWindow

        cid = contact_id or self.current_id()
        if cid is None:
            return
        w = BriefingWindow(cid, self.window)
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        w.show()
        self._briefings = [b for b in self._briefings if b.isVisible()] + [w]

    def show_today(self) -> None:
        from ui.conversations.today_view import TodayView

        if self.today_view is None:
            self.today_view = TodayView(self.window)
            self.today_view.setWindowFlag(Qt.WindowType.Window)
            self.today_view.openContact.connect(self._open_contact)
            self.today_view.logFor.connect(self.log_for)
            self.today_view.changed.connect(
                lambda: self.panel.show_contact(self.panel.contact_id))
        self.today_view.refresh_in_background()
        self.today_view.show()
        self.today_view.raise_()

    def _open_contact(self, contact_id: int) -> None:
        w = self.window
        if w.model.row_of(contact_id) < 0:
            w.search.clear()
            self.band_filter.setCurrentIndex(0)
        w.select_contact(contact_id)
        w.raise_()
        w.activateWindow()

    def change_name(self) -> None:
        from ui.conversations.user_name import change_name

        change_name(self.window)

    def edit_settings(self) -> None:
        from ui.conversations.temperature_settings import TemperatureSettingsDialog

        dialog = TemperatureSettingsDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.settings()
        self.recompute(new)

    def recompute(self, new) -> None:
        """Store new settings and recompute every temperature off the GUI thread.

        The window stays usable: the status bar shows how far it is, and the
        list repaints after each stored slice (at most twice a second), so the
        temperatures change band by band instead of all at the end.
        """
        w = self.window
        bar = w.statusBar()
        shown = QElapsedTimer()
        shown.start()

        def done(_):
            bar.showMessage(self.window.tr("Temperatures recomputed"), 4000)
            w.contacts_changed()
            self.panel.show_contact(self.panel.contact_id)

        def failed(exc):
            bar.clearMessage()
            QMessageBox.critical(w, self.window.tr("Temperature settings"), message_for(exc))

        def stored(done_, total):  # slices stored so far (warmth.recompute_sums)
            bar.showMessage(self.window.tr("Recomputing temperatures… {0} %").format(
                done_ * 100 // max(total, 1)))
            if shown.elapsed() >= 500:  # what is stored shows, a slice at a time
                shown.restart()
                w.model.load_settings_again()

        bar.showMessage(self.window.tr("Recomputing temperatures…"))
        run_task(lambda task: warmth.save_settings(new, task.report), done, failed, stored,
                 owner=w)


def install_crm(window: QMainWindow) -> CrmWiring:
    wiring = CrmWiring(window)
    window.crm = wiring
    return wiring
