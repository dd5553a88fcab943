"""Backups: written while the database is in use, kept few, restorable."""
from __future__ import annotations

import datetime as dt

import pytest

from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.storage import backup, purge, restore
from app.storage.connection import DatabaseProblem, database

#: Backups through SQLite's backup API and the database file itself; PostgreSQL's
#: backups are tests/storage/test_pg_backup.py's.
pytestmark = pytest.mark.sqlite_only


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
    restore.restore_backup(database.obj, saved, db_path)
    assert contacts.get(cid).family_name == "Huber"


# --- each database its own backups; restore checks, updates and swaps ------------------

def test_two_databases_in_one_folder_keep_their_own_backups(tmp_path):
    from app.storage.connection import close_database, open_database

    work, home = tmp_path / "work.db", tmp_path / "work-home.db"
    for path in (home, work):  # home's backup is the newest file in the folder
        db = open_database(path)
        contacts.create(ContactData(family_name=path.stem))
        backup.backup_now(db, path, now=dt.datetime(2026, 1, 1 if path is work else 2))
        close_database()
    assert [p.name for p in backup.list_backups(work)] == ["work-20260101-000000.db"]
    assert [p.name for p in backup.list_backups(home)] == ["work-home-20260102-000000.db"]


def test_pre_update_copies_are_listed_apart_and_labelled(db, db_path):
    folder = backup.default_backup_dir(db_path)
    backup.backup_database(db, folder / "hearth-before-schema-8-20260101-090000.db")
    backup.backup_now(db, db_path, now=dt.datetime(2026, 1, 2, 9, 0))
    assert [p.name for p in backup.list_backups(db_path)] == ["hearth-20260102-090000.db"]
    found = backup.all_backups(db_path)
    assert [(b.path.name, b.before_schema) for b in found] == [
        ("hearth-20260102-090000.db", None),
        ("hearth-before-schema-8-20260101-090000.db", 8)]
    for day in range(backup.KEEP_SCHEDULED + 2):  # daily pruning never removes them
        backup.backup_now(db, db_path, now=dt.datetime(2026, 2, 1 + day))
    assert any(b.before_schema == 8 for b in backup.all_backups(db_path))


def test_a_killed_backup_leaves_nothing_behind_at_the_next(db, db_path, tmp_path):
    import os
    import time

    target = tmp_path / "copy.db"
    for leftover in (tmp_path / "copy.db.part", tmp_path / "copy.db.part-journal"):
        leftover.write_bytes(b"half a backup")
    backup.backup_database(db, target)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == [
        "copy.db"]
    folder = backup.default_backup_dir(db_path)
    folder.mkdir()
    stale, fresh = folder / "hearth-20260101-000000.db.part", folder / "hearth-x.db.part"
    stale.write_bytes(b"killed")
    fresh.write_bytes(b"another window is writing this one")
    old = time.time() - backup.STALE_PART_SECONDS - 60
    os.utime(stale, (old, old))
    backup.backup_now(db, db_path)
    assert not stale.exists() and fresh.exists()


def _other_programs_database(path):
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.commit()
    conn.close()
    return path


def test_restore_refuses_a_foreign_newer_or_damaged_file(db, db_path, tmp_path):
    import sqlite3

    from app.storage import migrations
    from app.storage.errors import NEWER_SCHEMA, OTHER_PROGRAMS_DATABASE
    from tests.damaged_files import damaged_database

    contacts.create(ContactData(family_name="Huber"))
    newer = backup.backup_database(db, tmp_path / "newer.db")
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    (tmp_path / "other").mkdir()
    damaged = damaged_database(tmp_path / "other", "table")
    from app.storage.connection import open_database

    open_database(db_path)  # damaged_database closed ours
    cases = {_other_programs_database(tmp_path / "notes.db"): OTHER_PROGRAMS_DATABASE,
             newer: NEWER_SCHEMA, damaged: restore.BACKUP_DAMAGED}
    text = tmp_path / "text.db"
    text.write_text("not a database")
    cases[text] = restore.NOT_A_BACKUP
    for source, code in cases.items():
        with pytest.raises(DatabaseProblem) as found:
            restore.restore_backup(database.obj, source, db_path)
        assert found.value.code == code, source
    assert [c.family_name for c in contacts.get_many([1])] == ["Huber"]
    assert backup.list_backups(db_path) == []  # refused before anything was written


def test_restoring_an_older_schema_updates_a_copy(db, db_path, tmp_path):
    import sqlite3

    import peewee as pw

    from app.storage import migrations

    old = tmp_path / "old.db"
    old_db = pw.SqliteDatabase(str(old))
    migrations.migrate(old_db, None, target=5)
    old_db.execute_sql("INSERT INTO contact(uid, family_name, created_at, updated_at) "
                       "VALUES ('u1', 'Alt', '2020-01-01', '2020-01-01')")
    old_db.close()
    before = old.read_bytes()
    saved = restore.restore_backup(database.obj, old, db_path)
    assert migrations.current_version(database.obj) == migrations.LATEST
    assert [c.family_name for c in contacts.get_many([1])] == ["Alt"]
    assert old.read_bytes() == before  # the backup itself is left as it was
    assert saved in backup.list_backups(db_path)
    assert not list(backup.default_backup_dir(db_path).glob("*.part*"))
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_hearth_restore_asks_for_yes_then_swaps_and_lists_labelled_backups(tmp_path, capsys):
    from app.cli import main as cli
    from app.storage.connection import close_database, open_database

    path = tmp_path / "hearth.db"
    db = open_database(path)
    contacts.create(ContactData(family_name="Huber"))
    saved = backup.backup_now(db, path, now=dt.datetime(2026, 1, 1))
    backup.backup_database(db, backup.default_backup_dir(path) /
                           "hearth-before-schema-9-20251201-080000.db")
    contacts.create(ContactData(family_name="Neumann"))
    close_database()
    assert cli.main(["--db", str(path), "restore"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 2 and listed[1].endswith("(before the update to schema 9)")
    assert cli.main(["--db", str(path), "restore", saved.name]) == 2  # no --yes, no terminal
    assert "--yes" in capsys.readouterr().err
    assert cli.main(["--db", str(path), "restore", saved.name, "--yes"]) == 0
    open_database(path)
    try:
        assert [c.family_name for c in contacts.get_many([1, 2])] == ["Huber"]
    finally:
        close_database()
