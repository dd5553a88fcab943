"""The main window as a user drives it: add, edit, search, trash, restore."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.contacts import store as contacts
from app.contacts.model import ContactData, Email, Phone, PostalAddress


def _add(**fields) -> int:
    return contacts.create(ContactData(**fields))


def type_text(widget, text: str) -> None:
    """Type like a user, umlauts included (QTest.keyClicks asserts on non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _names(w) -> list[str]:
    m = w.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def test_list_model_passes_qt_model_tester(db, qtmodeltester):
    from ui.contacts.list_model import ContactTableModel

    for i in range(30):
        _add(given_name=f"Person{i}", family_name="Muster", organisation="ACME",
             phones=[Phone("030 1234567")], addresses=[PostalAddress(city="Berlin")])
    model = ContactTableModel()
    model.load()
    qtmodeltester.check(model)
    model.set_search("person1")
    qtmodeltester.check(model)
    model.sort(ContactTableModel.CITY, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_empty_address_book_opens_on_welcome_view(window):
    assert window.pages.currentWidget() is window.welcome
    window.welcome.add_button.click()
    assert window.pages.currentWidget() is window.splitter
    assert window.editor.isEnabled()


def test_add_contact_through_the_form(window, qtbot):
    window.main_actions.new_person.trigger()
    e = window.editor
    type_text(e.form.given_name, "Jürgen")
    type_text(e.form.family_name, "Weiß")
    e.form.phones.add_button.click()
    edit = e.form.phones.line_edits()[-1]
    type_text(edit, "030 1234567")
    edit.editingFinished.emit()
    assert edit.text() == "+49 30 1234567"
    e.form.birthday.setText("23.4.")
    e.form.birthday.textEdited.emit("23.4.")
    assert e.save_button.isEnabled()
    e.save_button.click()
    assert _names(window) == ["Jürgen Weiß"]
    saved = contacts.get(window.model.contact_id(0))
    assert saved.phones[0].number == "+49 30 1234567"
    assert saved.birthday == "--04-23"
    assert window.count_label.text() == "1 contact"


def test_bad_birthday_is_refused_and_nothing_typed_is_lost(window, qtbot, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window.main_actions.new_person.trigger()
    e = window.editor
    type_text(e.form.family_name, "Huber")
    type_text(e.form.birthday, "31.02.1980")
    assert e.save() is False
    assert warnings and "31.02.1980" in warnings[0]
    assert contacts.count() == 0
    assert e.form.family_name.text() == "Huber"
    e.revert()  # else closing the window would (rightly) ask about the unsaved edits


def test_unparseable_phone_is_kept_as_typed_and_marked(window, qtbot):
    cid = _add(family_name="Test", phones=[Phone("ask reception")])
    window.contacts_changed(select=cid)
    assert window.editor.form.phones.line_edits()[0].text() == "ask reception"
    assert window.editor.form.phones.is_marked(0)


def test_edit_changes_the_list(window, qtbot):
    cid = _add(given_name="Anna", family_name="Müller")
    window.contacts_changed(select=cid)
    e = window.editor
    e.form.family_name.setText("Schmidt")
    e.form.family_name.textEdited.emit("Schmidt")
    window.main_actions.save.trigger()
    assert _names(window) == ["Anna Schmidt"]
    assert contacts.get(cid).family_name == "Schmidt"


def test_switching_contact_saves_pending_edits(window):
    a = _add(given_name="Anna", family_name="Alpha")
    b = _add(given_name="Bert", family_name="Beta")
    window.contacts_changed(select=a)
    window.editor.form.notes.setPlainText("called about the offer")
    window.select_contact(b)
    assert contacts.get(a).notes == "called about the offer"


def test_search_filters_as_you_type(window, qtbot):
    _add(given_name="Anna", family_name="Müller", organisation="Bäckerei Groß")
    _add(given_name="Max", family_name="Mustermann", emails=[Email("max@example.com")])
    _add(given_name="Zoë", family_name="Åberg", phones=[Phone("+44 20 7946 0958")])
    window.contacts_changed()
    type_text(window.search, "an mü")
    assert _names(window) == ["Anna Müller"]
    assert window.count_label.text() == "1 of 3 contacts shown"
    window.search.clear()
    type_text(window.search, "7946")
    assert _names(window) == ["Zoë Åberg"]
    window.search.clear()
    type_text(window.search, 'NEAR( "*')
    assert _names(window) == []
    window.search.clear()
    assert len(_names(window)) == 3


def test_trash_restore_and_undo(window, qtbot):
    a = _add(given_name="Anna", family_name="Alpha")
    _add(given_name="Bert", family_name="Beta")
    window.contacts_changed(select=a)
    window.table.setFocus()
    window.main_actions.trash.trigger()
    assert _names(window) == ["Bert Beta"]
    assert contacts.get(a).trashed_at
    window.main_actions.undo.trigger()
    assert _names(window) == ["Anna Alpha", "Bert Beta"]
    window.select_contact(a)
    window.main_actions.trash.trigger()
    window.main_actions.show_trash.trigger()
    assert window.model.showing_trash
    assert _names(window) == ["Anna Alpha"]
    window.select_contact(a)
    window.main_actions.restore.trigger()
    assert _names(window) == []
    window.main_actions.show_trash.trigger()
    assert _names(window) == ["Anna Alpha", "Bert Beta"]


def test_empty_trash_deletes_for_good_after_a_backup(window, monkeypatch, db_path):
    a = _add(given_name="Anna", family_name="Alpha")
    window.contacts_changed(select=a)
    window.main_actions.trash.trigger()
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.empty_trash()
    assert contacts.count(trashed=True) == 0
    with pytest.raises(contacts.ContactNotFound):
        contacts.get(a)
    assert list((db_path.parent / "backups").glob("*.db"))


def test_window_geometry_is_remembered(db, qtbot):
    from ui.main.application import make_application
    from ui.main.main_window import MainWindow

    make_application()
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(700, 500)  # the offscreen screen is 800x600
    w.show()
    w.close()
    w2 = MainWindow()
    qtbot.addWidget(w2)
    assert (w2.width(), w2.height()) == (700, 500)
    QSettings().clear()


def test_sample_data_from_the_welcome_view_fills_the_list(window, qtbot):
    from ui.main.sample_data import SAMPLE_CONTACTS

    window.welcome.sample_button.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == SAMPLE_CONTACTS, timeout=60_000)
    assert window.pages.currentWidget() is window.splitter
    assert window.editor.contact_id == window.model.contact_id(0)


def test_preferences_set_the_home_country_for_phone_numbers(window, monkeypatch):
    from app.storage import settings
    from ui.main.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(window)
    dialog.region.setCurrentIndex(dialog.region.findData("AT"))
    dialog.accept()
    assert settings.get("phone_region") == "AT"
    cid = _add(family_name="Gruber", phones=[Phone("01 5128000")])
    assert contacts.list_rows([cid])[cid].phone == "+43 1 5128000"


def test_referred_by_is_picked_from_the_address_book(window):
    anna = _add(given_name="Anna", family_name="Müller")
    max_ = _add(given_name="Max", family_name="Weber")
    window.contacts_changed(select=max_)
    picker = window.editor.form.referred_by
    picker.setText("mül")
    picker.textEdited.emit("mül")
    assert picker.completer().model().stringList() == ["Anna Müller"]
    picker.completer().activated.emit("Anna Müller")
    window.editor.save()
    assert contacts.get(max_).referred_by_id == anna
    # A contact never shows up as their own referrer.
    picker.setText("weber")
    picker.textEdited.emit("weber")
    assert picker.completer().model().stringList() == []


def test_a_failed_save_says_why_and_keeps_the_edits(window, monkeypatch):
    import sqlite3

    cid = _add(given_name="Anna", family_name="Müller")
    window.contacts_changed(select=cid)
    messages = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: messages.append(a[2]))

    def locked(c, now=None):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(contacts, "update", locked)
    e = window.editor
    e.form.family_name.setText("Schmidt")
    e.form.family_name.textEdited.emit("Schmidt")
    assert e.save() is False
    assert messages and "locked" in messages[0] and "hearth.db" in messages[0]
    assert e.form.family_name.text() == "Schmidt" and e.is_dirty()
    monkeypatch.undo()
    assert e.save() is True
    assert contacts.get(cid).family_name == "Schmidt"


def test_never_send_cards_keeps_a_contact_out_of_card_runs(window):
    from app.cards import recipients
    from ui.contacts.contact_form import CARDS_NEVER

    cid = _add(given_name="Anna", family_name="Müller", yearly_card=True)
    window.contacts_changed(select=cid)
    e = window.editor
    e.form.cards_choice.setCurrentIndex(e.form.cards_choice.findData(CARDS_NEVER))
    assert e.save()
    saved = contacts.get(cid)
    assert saved.no_cards and not saved.yearly_card
    assert cid in recipients.no_cards_ids()
    other = _add(given_name="Max", family_name="Weber", yearly_card=True)
    run_id, _ = recipients.new_run(2026, "Christmas", flagged=True)
    assert recipients.recipient_ids(run_id) == [other]
    assert e.form.cards_choice.currentData() == CARDS_NEVER  # shown again after the reload
