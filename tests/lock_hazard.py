"""Has this process lost its locks on the database? Ask another process.

SQLite's locks are POSIX advisory locks: closing *any* descriptor of the file
in this process drops them all. The next process that opens, writes and
closes the database then believes it was the last user: it checkpoints and
deletes the -wal and -shm under our open connection. So: let another process
write and close, then look whether the WAL is still there and whether our
connection still reads, writes and checks out.
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

_WRITER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=5)
con.execute("INSERT INTO setting(key, value) VALUES (?, '1') "
            "ON CONFLICT(key) DO UPDATE SET value = value + 1", (sys.argv[2],))
con.commit()
con.close()
"""


def another_process_writes(db_path: Path, key: str = "written-elsewhere") -> None:
    subprocess.run([sys.executable, "-c", _WRITER, str(db_path), key], check=True,
                   timeout=30)


def wal_files(db_path: Path) -> list[str]:
    return sorted(p.name for p in db_path.parent.iterdir()
                  if p.name.startswith(db_path.name + "-"))


def assert_locks_held(db, db_path: Path) -> None:
    """``db`` (our open peewee database on ``db_path``, WAL mode) kept its locks."""
    another_process_writes(db_path)
    assert wal_files(db_path) == [db_path.name + "-shm", db_path.name + "-wal"], (
        "another process deleted the WAL: this process had dropped its locks")
    assert db.execute_sql("SELECT value FROM setting WHERE key = 'written-elsewhere'"
                          ).fetchone() is not None
    db.execute_sql("INSERT INTO setting(key, value) VALUES ('written-here', '1') "
                   "ON CONFLICT(key) DO UPDATE SET value = value + 1")
    another_process_writes(db_path)
    assert db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    other = sqlite3.connect(str(db_path))
    try:
        assert other.execute("SELECT value FROM setting WHERE key = 'written-here'"
                             ).fetchone() is not None
    finally:
        other.close()
