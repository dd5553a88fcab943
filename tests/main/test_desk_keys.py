"""The main window at the desk: one owner per shortcut, Ctrl+S, the search and
the shown contact, undo's words, Help › Keyboard Shortcuts, the first window's
size, and the shared Esc / Ctrl+W and "saved to" helpers."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMainWindow, QMessageBox, QWidget

from app.contacts import store as contacts
from app.contacts.model import ContactData


def _add(**fields) -> int:
    return contacts.create(ContactData(**fields))


def test_no_key_has_two_owners_in_the_main_window(window):
    from ui.main.shortcuts import bindings, clashes

    window.contacts_changed(select=_add(given_name="Anna"))  # Save Contact enabled
    window.crm.show_today()  # its actions are the window's too once it exists
    assert clashes(window) == []
    keys = {b.keys.toString() for b in bindings(window)}
    assert {"Ctrl+S", "Ctrl+N", "Ctrl+L", "F9", "Ctrl+F"} <= keys


def test_the_clash_finder_finds_a_second_owner(window):
    from ui.main.shortcuts import clashes

    window.contacts_changed(select=_add(given_name="Anna"))
    # What the detail pane used to do: a Ctrl+S of its own beside Edit › Save Contact.
    extra = QShortcut(QKeySequence.StandardKey.Save, window.editor)
    extra.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    assert [c[0] for c in clashes(window)] == ["Ctrl+S"]


def test_ctrl_s_in_the_detail_pane_saves_the_contact(window, qtbot):
    cid = _add(given_name="Anna", family_name="Muster")
    window.contacts_changed(select=cid)
    form = window.editor.form
    form.family_name.setFocus()
    form.family_name.selectAll()
    qtbot.keyClicks(form.family_name, "Meier")
    assert window.editor.is_dirty()
    qtbot.keyClick(form.family_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.editor.is_dirty()
    assert contacts.get(cid).family_name == "Meier"


def test_save_contact_is_disabled_without_a_contact(window):
    save = window.main_actions.save
    assert not save.isEnabled()
    cid = _add(given_name="Anna")
    window.contacts_changed(select=cid)
    assert save.isEnabled()
    window.main_actions.show_trash.trigger()  # the trash view shows no editable contact
    assert not save.isEnabled()


def test_search_that_hides_the_shown_contact_moves_to_the_first_hit(window, qtbot):
    anna = _add(given_name="Anna", family_name="Muster")
    doe = _add(given_name="John", family_name="Doe")
    window.contacts_changed(select=anna)
    assert window.editor.contact_id == anna
    qtbot.keyClicks(window.search, "doe")
    assert window.selected_ids() == [doe]  # at once, so Down goes on from the first hit
    # the pane follows when typing pauses, not on every letter
    qtbot.waitUntil(lambda: window.editor.contact_id == doe, timeout=2000)
    qtbot.keyClicks(window.search, "xyz")  # nothing matches "doexyz": an empty pane
    assert window.model.rowCount() == 0
    assert window.editor.contact_id is None and not window.editor.isEnabled()


def test_after_undo_the_status_bar_does_not_claim_the_trashing(window):
    cid = _add(given_name="Anna")
    window.contacts_changed(select=cid)
    window.main_actions.trash.trigger()
    assert "Moved 1 contact to the trash" in window.statusBar().currentMessage()
    window.main_actions.undo.trigger()
    message = window.statusBar().currentMessage()
    assert "Moved" not in message and message.startswith("Undone")
    assert contacts.count(trashed=True) == 0


def test_help_lists_the_shortcuts_from_the_actions(window):
    help_texts = [a.text() for a in window.help_menu.actions()]
    assert "&Keyboard Shortcuts" in help_texts
    window.desk.shortcuts_action.trigger()
    dialog = window.desk.shortcuts_dialog
    model = dialog.model
    rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert rows["Save Contact"] == QKeySequence("Ctrl+S").toString(
        QKeySequence.SequenceFormat.NativeText)
    assert "Log conversation" in rows and "Briefing" in rows
    assert [k for t, k in rows.items() if t.startswith("Close a secondary")] == ["Esc or Ctrl+W"]
    # A new action with keys appears without anyone editing a list.
    window.main_actions.back_up.setShortcut(QKeySequence("Ctrl+Shift+B"))
    from ui.main.shortcuts import ShortcutsDialog

    again = ShortcutsDialog(window)
    texts = [again.model.index(r, 0).data() for r in range(again.model.rowCount())]
    assert "Back Up Now" in texts
    again.deleteLater()


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_shortcuts_list_shows_every_command_and_key_whole(window, qtbot, language):
    from ui.main.language import apply_language
    from ui.main.shortcuts import ShortcutsDialog

    apply_language(language)
    try:
        dialog = ShortcutsDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not dialog.table.horizontalScrollBar().isVisible()
        header = dialog.table.horizontalHeader()
        for column in (0, 1):
            assert header.sectionSize(column) >= dialog.table.sizeHintForColumn(column)
    finally:
        apply_language("en")


def test_first_window_fits_the_available_screen(window):
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())
    status = window.statusBar()
    assert status.isVisible()
    bottom = status.mapTo(window, status.rect().bottomLeft()).y()
    assert bottom < window.height()


def test_first_size_on_a_1366x768_laptop():
    from ui.main.window_state import first_size

    laptop = QRect(0, 0, 1366, 768 - 32)  # a panel of 32 pixels
    rect = first_size(laptop)
    assert rect.width() == 1200 and rect.height() + 40 <= laptop.height()
    assert laptop.contains(rect)
    assert first_size(QRect(0, 0, 2560, 1400)).height() == 760


def test_secondary_windows_close_with_esc_and_ctrl_w(window, qtbot):
    secondary = QMainWindow(window)
    secondary.setCentralWidget(QLineEdit())
    secondary.show()
    qtbot.waitExposed(secondary)
    secondary.activateWindow()
    qtbot.waitUntil(secondary.isActiveWindow)
    secondary.centralWidget().setFocus()
    qtbot.keyClick(secondary.centralWidget(), Qt.Key.Key_Escape)
    assert not secondary.isVisible()
    secondary.show()
    secondary.activateWindow()
    qtbot.waitUntil(secondary.isActiveWindow)
    qtbot.keyClick(secondary.centralWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not secondary.isVisible()

    dialog = QDialog(window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected

    # The main window is no secondary window: Ctrl+W does not close Hearth.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible()


def test_today_opens_the_contact_on_enter(window, qtbot):
    from app.conversations import store as interactions
    from app.core import clock

    cid = _add(given_name="Max", family_name="Weber")
    now = clock.local_now()
    interactions.log(interactions.Interaction(channel="call", contact_ids=[cid], subject="Offer",
                                              happened_at=now, follow_up=now.date()))
    window.contacts_changed()  # as the live updates would
    window.crm.show_today()
    view = window.crm.today_view
    view.refresh()
    assert view.follow_model.rowCount() == 1
    view.follow_view.setFocus()
    view.follow_view.setCurrentIndex(view.follow_model.index(0, 1))
    window.search.setText("nobody")
    with qtbot.waitSignal(view.openContact) as opened:
        qtbot.keyClick(view.follow_view, Qt.Key.Key_Return)
    assert opened.args == [cid]
    assert window.editor.contact_id == cid


def test_saved_file_note_names_the_place_and_opens_its_folder(tmp_path, qtbot):
    from ui.common.saved_file import folder_url, tell_saved

    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "cards.csv"
    target.write_text("x")
    box = tell_saved(parent, target)
    assert str(target) in box.text()
    assert [b.text() for b in box.buttons()
            if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole] == ["Open Folder"]
    assert folder_url(target).toLocalFile() == str(tmp_path)
    assert folder_url(tmp_path).toLocalFile() == str(tmp_path)
    box.close()
    QApplication.processEvents()
