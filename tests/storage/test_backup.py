"""Backups: written while the database is in use, kept few, restorable."""
from __future__ import annotations

import datetime as dt

from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.storage import backup, purge
from app.storage.connection import database


def test_scheduled_backup_is_skipped_when_a_fresh_one_exists(db, db_path, qtbot):
    from ui.main import application

    application.make_application()
    contacts.create(ContactData(family_name="Huber"))
    backup.backup_now(database.obj, db_path)
    assert application.scheduled_backup(db_path) is None  # no task started
    assert len(backup.list_backups(db_path)) == 1


def test_scheduled_backup_is_written_when_none_is_recent(db, db_path, qtbot):
    from ui.common import tasks
    from ui.main import application

    application.make_application()
    contacts.create(ContactData(family_name="Huber"))
    task = application.scheduled_backup(db_path)
    assert task is not None
    # The task leaves the running set once its outcome reached the GUI thread.
    qtbot.waitUntil(lambda: task not in tasks._running, timeout=10_000)
    assert len(backup.list_backups(db_path)) == 1


def test_only_the_newest_scheduled_backups_are_kept(db, db_path):
    start = dt.datetime(2026, 1, 1, 9, 0)
    for day in range(backup.KEEP_SCHEDULED + 3):
        backup.backup_now(database.obj, db_path, now=start + dt.timedelta(days=day))
    kept = sorted(p.name for p in backup.list_backups(db_path))
    assert len(kept) == backup.KEEP_SCHEDULED
    assert kept[-1].endswith("20260110-090000.db")


def test_restore_brings_back_the_backed_up_contacts(db, db_path):
    cid = contacts.create(ContactData(family_name="Huber"))
    saved = backup.backup_now(database.obj, db_path)
    contacts.trash([cid])
    purge.empty_trash()
    assert contacts.count() == 0
    backup.restore_backup(database.obj, saved)
    assert contacts.get(cid).family_name == "Huber"
