"""Nothing but SQLite opens the database: Hearth's own looks at a database
file keep this process's locks, and a zero-length file is no address book."""
from __future__ import annotations

import pytest

from app.storage import backup, file_probe
from app.storage import connection as appdb
from app.storage.connection import DatabaseProblem, close_database, open_database
from tests.lock_hazard import assert_locks_held, wal_files


def test_the_check_sees_a_process_that_dropped_its_locks(db, db_path):
    # What every other test here relies on: on this system, a stray open()
    # and close() of the database really lets another process delete the WAL.
    open(db_path, "rb").close()  # noqa: SIM115 - the hazard itself
    with pytest.raises(AssertionError, match="deleted the WAL"):
        assert_locks_held(db, db_path)


def test_checking_the_open_database_again_keeps_our_locks(db, db_path):
    appdb._check_file(db_path)
    assert not file_probe.is_not_sqlite(db_path)
    assert_locks_held(db, db_path)


def test_restoring_checks_the_backup_through_sqlite_and_keeps_our_locks(db, db_path):
    saved = backup.backup_now(db, db_path)
    backup.restore_backup(db, saved)
    assert_locks_held(db, db_path)


def test_a_zero_length_file_given_by_name_is_refused_and_left_empty(tmp_path):
    path = tmp_path / "contacts.db"
    path.touch()
    with pytest.raises(DatabaseProblem) as err:
        open_database(path)
    assert str(err.value) == (
        f"{path} is empty: it is not a Hearth database. Choose another file, or delete this "
        "one to start a new address book under that name.")
    assert path.stat().st_size == 0 and wal_files(path) == []


def test_a_zero_length_file_where_hearth_keeps_its_own_becomes_a_new_address_book(
        tmp_path, monkeypatch):
    # Hearth creates that file itself; killed at once, it may leave it empty.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = appdb.default_database_path()
    path.parent.mkdir(parents=True)
    path.touch()
    try:
        db = open_database(path)
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] > 0
    finally:
        close_database()


def test_a_file_that_is_not_sqlite_is_refused_without_being_opened_by_us(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"Anna Mueller, +49 30 1234567\n" * 200)
    assert file_probe.is_not_sqlite(path)
    with pytest.raises(DatabaseProblem, match="not a Hearth database"):
        open_database(path)
    assert wal_files(path) == []


@pytest.mark.parametrize("content", [b"", b"not a database at all\n" * 100])
def test_restore_refuses_an_empty_or_foreign_file(db, tmp_path, content):
    source = tmp_path / "backup.db"
    source.write_bytes(content)
    with pytest.raises(DatabaseProblem, match="is not a Hearth backup"):
        backup.restore_backup(db, source)
