"""Looking at a file that may be a database without opening it outside SQLite.

Closing any descriptor of a file drops all of this process's POSIX locks on
it, SQLite's included (see :mod:`app.storage`). So a file that may be a
database, ours open right now among them, is only ever looked at with
``os.stat`` (which opens nothing) or through SQLite itself: SQLite shares one
descriptor per file among its connections in a process and keeps it open
while any of them holds a lock.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.storage.errors import SQLITE_NOTADB


def is_empty_file(path: Path) -> bool:
    """True when ``path`` is a regular file of zero bytes (by ``os.stat``)."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    return st.st_size == 0


def is_not_sqlite(path: Path) -> bool:
    """True when SQLite says ``path`` is not a database (SQLITE_NOTADB).

    Read through a read-only SQLite connection, never with ``open()``. When
    SQLite cannot tell (the file is unreadable, locked, gone), the answer is
    False and the real open reports why.
    """
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return False
    try:
        con.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == SQLITE_NOTADB
    finally:
        con.close()
    return False


def is_database_or_companion(path: Path | str, db_path: Path | str) -> bool:
    """True when ``path`` is the database ``db_path`` or its -wal, -shm or
    -journal (by name, or by ``os.stat`` when both exist; nothing is opened)."""
    for part in (Path(db_path), *(Path(f"{db_path}{s}") for s in ("-wal", "-shm", "-journal"))):
        if Path(path).absolute() == part.absolute():
            return True
        try:
            if os.path.samefile(path, part):
                return True
        except OSError:
            continue
    return False
