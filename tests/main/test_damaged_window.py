"""The window on a damaged file: it opens at once, read-only, and says so;
restoring a backup swaps the content in and every list follows."""
from __future__ import annotations

from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.storage import backup, health
from app.storage.connection import close_database, database, open_database
from tests.damaged_files import damaged_database, file_hash


def _window(qtbot):
    from ui.main.application import make_application
    from ui.main.main_window import MainWindow

    make_application()
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def test_a_damaged_file_opens_read_only_with_the_sentence_and_offers(tmp_path, qtbot):
    from ui.main.damaged_banner import start_check

    db = damaged_database(tmp_path, "index")
    before = file_hash(db)
    open_database(db)
    try:
        w = _window(qtbot)
        assert not w.damaged_banner.isVisible()  # the window came first, the check after
        start_check(w)
        qtbot.waitUntil(w.damaged_banner.isVisible, timeout=10_000)
        text = w.damaged_banner.text.text()
        assert "damaged" in text and "read-only" in text and str(db) in text
        assert database.execute_sql("PRAGMA query_only").fetchone()[0] == 1
        w.close()
    finally:
        close_database()
    assert file_hash(db) == before


def test_a_sound_file_shows_no_banner(db, qtbot):
    from ui.main.damaged_banner import start_check

    w = _window(qtbot)
    task = start_check(w)
    qtbot.waitUntil(lambda: health.current.state == health.OK, timeout=10_000)
    assert task is not None and not w.damaged_banner.isVisible()


def test_restoring_in_the_window_reopens_and_the_search_finds_the_restored(db, db_path, qtbot,
                                                                          monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    huber = contacts.create(ContactData(family_name="Huber"))
    backup.backup_now(database.obj, db_path)
    contacts.trash([huber])
    from app.storage import purge

    purge.empty_trash()
    contacts.create(ContactData(family_name="Neumann"))
    w = _window(qtbot)
    w.search.setText("hub")
    assert w.model.rowCount() == 0
    shown = []

    def choose(parent, title, label, items, *args):
        shown.extend(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    with qtbot.waitSignal(w.backups.restored, timeout=10_000):
        w.backups.restore_from_backup()
    assert len(shown) == 1
    qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=5_000)
    w.search.setText("")
    assert contacts.count() == 1 and contacts.get(huber).family_name == "Huber"


def test_an_open_today_view_shows_the_restored_address_book(db, db_path, qtbot, monkeypatch):
    """A restore moves neither data_version nor the change stamps: every open view
    must still be told, not only the list."""
    from PySide6.QtWidgets import QInputDialog

    from app.conversations import store as interactions
    from app.core import clock

    cid = contacts.create(ContactData(given_name="Anna", family_name="Huber"))
    talk = interactions.log(interactions.Interaction(
        channel="call", happened_at=clock.local_now(), subject="Offer",
        follow_up=clock.local_now().date(), contact_ids=[cid]))
    backup.backup_now(database.obj, db_path)
    interactions.trash([talk])
    w = _window(qtbot)
    w.crm.show_today()
    today = w.crm.today_view
    qtbot.waitUntil(lambda: "Today," in today.heading.text(), timeout=10_000)
    assert today.follow_model.rowCount() == 0
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda parent, title, label, items, *a: (items[0], True))
    with qtbot.waitSignal(w.backups.restored, timeout=10_000):
        w.backups.restore_from_backup()
    qtbot.waitUntil(lambda: today.follow_model.rowCount() == 1, timeout=5_000)
    today.close()
