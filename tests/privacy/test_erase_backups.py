"""Backups still hold an erased person: they are found (read-only) and erased on request."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from app.contacts import store as contacts
from app.privacy import erase as privacy
from app.storage import backup
from tests.privacy import people
from tests.privacy.test_erase import scan

pytestmark = pytest.mark.sqlite_only  # backup files of a SQLite database


def test_backups_holding_the_person_are_listed_and_erased_too(db, db_path):
    before_anyone = backup.backup_now(db, db_path, dt.datetime(2026, 11, 1, 9, 0))
    book = people.build()
    uid = contacts.get(book.person).uid
    with_person = backup.backup_now(db, db_path, dt.datetime(2026, 11, 2, 9, 0))
    assert scan(with_person) >= {people.NAME, people.EMAIL}

    hits = privacy.backups_holding(uid)
    assert [h.path for h in hits] == [with_person]
    done = privacy.erase(book.person)
    assert privacy.erase_from_backups(hits, done.token) == []

    assert privacy.backups_holding(uid) == []
    assert scan(with_person) == set()
    con = sqlite3.connect(with_person)
    try:
        names = {r[0] for r in con.execute("SELECT display_name FROM contact")}
    finally:
        con.close()
    assert names == {"Anna Weber", "Max Brandt"}
    assert before_anyone.exists()


def test_a_backup_that_cannot_be_read_is_not_counted(db, db_path):
    book = people.build()
    uid = contacts.get(book.person).uid
    junk = backup.default_backup_dir(db_path) / f"{db_path.stem}-20260101-090000.db"
    junk.parent.mkdir(parents=True, exist_ok=True)
    junk.write_bytes(b"not a database at all" * 100)
    assert privacy.backups_holding(uid) == []


def test_a_backup_of_an_older_schema_is_erased_by_the_tables_it_has(tmp_path):
    import shutil
    from pathlib import Path

    from app.privacy import erase_store

    fixtures = Path(__file__).resolve().parent.parent / "storage" / "fixtures"
    for name in ("hearth-v1.db", "hearth-v8.db"):
        copy = tmp_path / name
        shutil.copyfile(fixtures / name, copy)  # a fixture file, never the open database
        con = sqlite3.connect(copy)
        try:
            cid, uid, total = con.execute(
                "SELECT id, uid, (SELECT count(*) FROM contact) FROM contact "
                "ORDER BY id LIMIT 1").fetchone()
        finally:
            con.close()
        assert erase_store.uid_in_file(copy, uid) == cid
        erase_store.erase_in_file(copy, cid, token="t", erased_on="2026-11-25")
        assert erase_store.uid_in_file(copy, uid) is None
        con = sqlite3.connect(copy)
        try:
            assert con.execute("SELECT count(*) FROM contact").fetchone()[0] == total - 1
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            con.close()
