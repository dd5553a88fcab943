"""`hearth restore` on a file SQLite cannot open at all: the backup takes its
place, the damaged original is kept beside it exactly as it was."""
from __future__ import annotations

import sqlite3

from app.cli import main as cli
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.storage import backup
from app.storage.connection import close_database, database, open_database
from tests.damaged_files import damage, file_hash, sound_database


def run(capsys, db, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    status = cli.main(["--db", str(db), *args])
    out = capsys.readouterr()
    return status, out.out + out.err


def backed_up_then_damaged(tmp_path):
    """A database with a backup of 3 contacts, then a 4th, then its header damaged."""
    db = sound_database(tmp_path / "hearth.db", people=3)
    open_database(db)
    try:
        taken = backup.backup_now(database.obj, db)
        contacts.create(ContactData(family_name="Nachher"))
    finally:
        close_database()
    return damage(db, "page_count"), taken


def test_restore_lists_and_restores_a_backup_over_a_file_sqlite_cannot_open(tmp_path, capsys):
    db, taken = backed_up_then_damaged(tmp_path)
    before = file_hash(db)
    status, out = run(capsys, db, "contacts")
    assert status == 1 and "damaged" in out  # SQLite refuses the file

    status, out = run(capsys, db, "restore")
    assert status == 0 and str(taken) in out, out

    status, out = run(capsys, db, "restore", taken.name)  # asks first, no tty: refused
    assert status == 2 and "--yes" in out
    assert file_hash(db) == before

    status, out = run(capsys, db, "restore", taken.name, "--yes")
    assert status == 0, out
    kept = sorted(tmp_path.glob("hearth-damaged-*.db"))
    assert len(kept) == 1 and str(kept[0]) in out
    assert file_hash(kept[0]) == before  # the damaged original, byte for byte
    assert not list(tmp_path.glob("*.part"))
    assert run(capsys, db, "check")[0] == 0
    open_database(db)
    try:
        assert contacts.count() == 3  # the backup's, without the later one
    finally:
        close_database()
    assert run(capsys, db, "log", "1", "--channel", "call")[0] == 0  # writable again


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_moves(tmp_path, capsys):
    db, taken = backed_up_then_damaged(tmp_path)
    before = file_hash(db)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    status, out = run(capsys, db, "restore", str(other), "--yes")
    assert status == 1 and "another program" in out, out
    assert file_hash(db) == before and not list(tmp_path.glob("hearth-damaged-*"))
