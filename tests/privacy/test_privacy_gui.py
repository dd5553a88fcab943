"""Export and erase from the window: the Edit menu's commands on the contact shown."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from app.contacts import store as contacts
from app.storage import backup
from tests.privacy import people
from tests.privacy.test_erase import scan
from ui.common import file_dialogs
from ui.privacy.erase_dialog import EraseDialog


def _show(window, book):
    window.contacts_changed(select=book.person)
    assert window.editor.contact_id == book.person


def test_commands_follow_the_contact_shown(window):
    a = window.main_actions
    assert a.erase_person in window.edit_menu.actions()
    window.contacts_changed()
    assert not a.erase_person.isEnabled() and not a.export_person.isEnabled()
    book = people.build()
    _show(window, book)
    assert a.erase_person.isEnabled() and a.export_person.isEnabled()


def test_export_writes_a_folder_for_the_person(window, qtbot, monkeypatch, tmp_path):
    book = people.build()
    _show(window, book)
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: str(chosen))
    window.main_actions.export_person.trigger()
    qtbot.waitUntil(lambda: window.main_actions.privacy.task is None, timeout=10000)
    [folder] = chosen.iterdir()
    assert people.NAME in folder.name
    data = json.loads((folder / "personal-data.json").read_text(encoding="utf-8"))
    assert data["contact"]["id"] == book.person


@pytest.mark.sqlite_only  # backup files of a SQLite database
def test_erase_confirms_then_erases_from_the_file_and_the_backups(window, qtbot, db, db_path):
    book = people.build()
    backup.backup_now(db, db_path, dt.datetime(2026, 11, 24, 8, 0))
    [held] = backup.all_backups(db_path)
    _show(window, book)
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EraseDialog)
        seen["texts"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        seen["backups"] = dialog.from_backups()
        dialog.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, answer)
    window.main_actions.erase_person.trigger()
    qtbot.waitUntil(lambda: window.main_actions.privacy.task is None, timeout=15000)
    assert seen["backups"] is True
    assert "Erase Dr. Zebulon Quaxworth for good?" in seen["texts"]
    assert "2 kept without them and their name" in seen["texts"]
    assert held.path.name in seen["texts"]  # which backups, by name
    assert not contacts.exists(book.person)
    assert window.editor.contact_id is None and window.model.row_of(book.person) < 0
    assert contacts.exists(book.anna)
    assert scan(held.path) == set()


def test_the_form_says_when_the_referrer_was_erased(window):
    from app.contacts.model import ContactData
    from app.privacy import erase as privacy

    book = people.build()
    other = contacts.create(ContactData(given_name="Olga", family_name="Nemo"))
    privacy.erase(book.person)
    window.contacts_changed(select=book.max)
    field = window.editor.form.referred_by
    assert field.text() == "" and field.placeholderText() == "an erased contact"
    window.contacts_changed(select=other)
    assert field.placeholderText() == "Type a name"


@pytest.mark.sqlite_only  # backup files of a SQLite database
def test_backups_left_alone_are_named_after_the_erasure(window, qtbot, db, db_path):
    book = people.build()
    backup.backup_now(db, db_path, dt.datetime(2026, 11, 24, 8, 0))
    [held] = backup.all_backups(db_path)
    _show(window, book)

    def answer():
        dialog = QApplication.activeModalWidget()
        dialog.backups_box.setChecked(False)
        dialog.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, answer)
    window.main_actions.erase_person.trigger()
    qtbot.waitUntil(lambda: window.main_actions.privacy.task is None, timeout=15000)
    message = window.statusBar().currentMessage()
    assert "still in 1 backup: " + held.path.name in message
    assert scan(held.path) != set()  # left as it was
