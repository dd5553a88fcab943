"""The sync in the window: add an account (discovery finds the address book),
Sync Now brings the server's contacts in, the status line says so, a conflict
opens the conflict dialog."""
from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.carddav import store as sync_store
from app.contacts import order_store as orders
from app.contacts import store as contacts
from tests.carddav.conftest import PASSWORD
from tests.carddav.test_sync import card

SHOTS = os.environ.get("HEARTH_SHOTS")  # a folder: the dialogs are saved there as PNGs


@pytest.fixture
def window(db, qtbot):
    from ui.main.application import make_application
    from ui.main.main_window import MainWindow
    from ui.sync import install_sync

    make_application()
    w = MainWindow()
    qtbot.addWidget(w)
    install_sync(w)
    w.resize(1366, 768)
    w.show()
    return w


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


def test_an_account_added_in_the_window_syncs_and_says_so(window, qtbot, server_user):
    from ui.sync.accounts_dialog import AccountsDialog, AddAccountDialog

    server_user.put("a.vcf", card("a", "Anna", "Berg"))
    server_user.put("b.vcf", card("b", "Bert", "Marx"))
    add = AddAccountDialog(window)
    qtbot.addWidget(add)
    add.url.setText(server_user.server.url)  # a bare host: discovery does the rest
    add.user.setText(server_user.name)
    add.password.setText(PASSWORD)
    add.name.setText("Phone")
    ok = add.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    add.find_button.click()
    qtbot.waitUntil(lambda: add.book_list.count() == 1, timeout=10_000)
    assert add.book_list.item(0).text() == "Contacts"
    _shot(add, "add-account.png")
    assert ok.isEnabled()
    ok.click()
    assert add.result() == QDialog.DialogCode.Accepted
    listing = AccountsDialog(window)
    qtbot.addWidget(listing)
    assert listing.list.count() == 1 and "Phone" in listing.list.item(0).text()
    _shot(listing, "accounts.png")

    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        window.sync.sync_now.trigger()
    assert sorted(c.given_name for c in contacts.get_many(orders.ids_in_order())) == \
        ["Anna", "Bert"]
    assert window.sync.label.text() == "Synchronised just now: 2 received, 0 sent"
    assert window.model.rowCount() == 2
    qtbot.wait(50)  # the status bar lays out the new text
    assert window.sync.label.isVisible() and window.sync.label.width() >= \
        window.sync.label.sizeHint().width()
    _shot(window, "window-after-sync.png")


def test_a_wrong_password_is_shown_in_the_status_line(window, qtbot, server_user):
    sync_store.add_account("Phone", server_user.server.url, server_user.name,
                           [(server_user.book_url(), "Contacts")])
    from app.carddav import passwords

    passwords.remember("Phone", server_user.name, "wrong")
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        window.sync.run(interactive=False)
    assert "refused the password" in window.sync.label.text()
    # The refused password is not tried again and again: the next F5 asks for it.
    assert passwords.lookup("Phone", server_user.name) is None
    window.sync.run(interactive=False)
    assert window.sync.label.text() == "Sync waits for the password: press F5."
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog
    asked = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(50, answer)
            return
        asked.append(dialog.labelText())
        dialog.setTextValue(PASSWORD)
        dialog.accept()

    QTimer.singleShot(50, answer)
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        window.sync.sync_now.trigger()
    assert asked and window.sync.label.text().startswith("Synchronised just now")
    passwords.forget("Phone", server_user.name)


def test_one_account_refusing_its_password_does_not_stop_the_others(window, qtbot,
                                                                   radicale_server):
    from app.carddav import passwords

    good, bad = radicale_server.new_user(), radicale_server.new_user()
    good.put("a.vcf", card("a", "Anna", "Gut"))
    sync_store.add_account("Office", good.server.url, good.name,
                           [(good.book_url(), "Contacts")])
    sync_store.add_account("Phone", bad.server.url, bad.name, [(bad.book_url(), "Contacts")])
    passwords.remember("Office", good.name, PASSWORD)
    passwords.remember("Phone", bad.name, "wrong")
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        window.sync.run(interactive=False)
    text = window.sync.label.text()
    assert text.startswith("Synchronised just now: 1 received")
    assert "Not synchronised" in text and "refused the password" in text
    assert [c.given_name for c in contacts.get_many(orders.ids_in_order())] == ["Anna"]
    assert passwords.lookup("Phone", bad.name) is None  # asked again at the next F5
    passwords.forget("Office", good.name)


def test_a_conflict_opens_the_conflict_dialog_and_the_choice_is_sent(window, qtbot,
                                                                      server_user):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.carddav import engine, passwords
    from app.contacts.three_way import THEIRS
    from ui.contacts.conflict_dialog import ConflictDialog

    server_user.put("a.vcf", card("a", "Anna", "Berg"))
    account = sync_store.add_account("Phone", server_user.server.url, server_user.name,
                                     [(server_user.book_url(), "Contacts")])
    engine.sync_account(account, PASSWORD)
    server_user.put("a.vcf", card("a", "Anna", "Berg", "TITLE:Server title"))
    [anna] = contacts.get_many(orders.ids_in_order())
    anna.job_title = "Hearth title"
    contacts.update(anna)
    passwords.remember("Phone", server_user.name, PASSWORD)
    seen = []

    def choose():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(50, choose)
            return
        _shot(dialog, "conflict.png")
        seen.append(dialog.windowTitle())
        dialog.choose("job_title", THEIRS)
        dialog.accept()

    QTimer.singleShot(50, choose)
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        window.sync.sync_now.trigger()
    assert seen
    assert contacts.get(anna.id).job_title == "Server title"
    assert "1 to choose" in window.sync.label.text()
    passwords.forget("Phone", server_user.name)


def test_a_periodic_sync_without_a_password_asks_nothing_and_says_so(window, server_user):
    sync_store.add_account("Phone", server_user.server.url, server_user.name,
                           [(server_user.book_url(), "Contacts")])
    window.sync.timer.timeout.emit()  # what the timer does every few minutes
    assert window.sync.task is None
    assert window.sync.label.text() == "Sync waits for the password: press F5."


def test_cancel_stops_the_sync_and_the_next_one_finishes_it(window, qtbot, server_user):
    from app.carddav import passwords

    texts = [card(f"u{i}", f"Given{i}", "Family") for i in range(250)]
    r = server_user.http().put(server_user.book_url(), data="".join(texts).encode(),
                               headers={"Content-Type": "text/vcard"})
    assert r.status_code == 201
    sync_store.add_account("Phone", server_user.server.url, server_user.name,
                           [(server_user.book_url(), "Contacts")])
    passwords.remember("Phone", server_user.name, PASSWORD)
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        window.sync.sync_now.trigger()
        window.sync.task.cancel()  # as the Cancel button does
    assert window.sync.label.text().startswith("Sync cancelled")
    assert contacts.count() < 250
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        window.sync.sync_now.trigger()
    assert contacts.count() == 250 and len(server_user.names()) == 250
    passwords.forget("Phone", server_user.name)
