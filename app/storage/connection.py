"""The one place that opens the database.

Everything else reaches SQLite through ``database``, a peewee proxy that
:func:`open_database` binds: the app to its file, each test to a fresh
temporary one.
"""
from __future__ import annotations

import errno
import os
import re
import sqlite3
from pathlib import Path

import peewee as pw

from app.core.i18n import N_
from app.core.problems import problem_code
from app.storage import file_probe, health
from app.storage.engine import database as engine_database
from app.storage.errors import (
    DB_AS_OUTPUT,
    DB_FOLDER_NOT_CREATED,
    DB_IS_FOLDER,
    DB_NOT_SQLITE,
    DB_UNREADABLE,
    DatabaseProblem,
    explain,
)

database = engine_database  # the one proxy, defined in app.storage.engine (a leaf)

#: How long a write waits for another connection's write to finish before it
#: gives up with "locked". Hearth's own long writes (import, temperature
#: recompute) commit in chunks of a fraction of a second, so a writer normally
#: waits far less; 10 s rides out the rare long one (a migration, a foreign
#: tool's transaction) without leaving the window frozen much longer than a
#: user would wait for a save before wondering.
BUSY_TIMEOUT_MS = 10_000

#: Every write transaction (``database.atomic()`` at the outermost level; nested
#: ones are savepoints) begins IMMEDIATE: it takes the write lock first, waiting
#: its turn under the busy timeout. A deferred transaction that read first
#: could not become a writer once another connection had committed
#: (SQLITE_BUSY_SNAPSHOT), and SQLite does not retry that: it fails at once.
LOCK_TYPE = "IMMEDIATE"

#: Statements that write, when run outside a transaction (inside one, the
#: transaction's BEGIN passed the gate already).
_WRITES = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.IGNORECASE)


class _Database(pw.SqliteDatabase):
    """peewee's SQLite database whose writes pass app.storage.health's gate first."""

    def begin(self, *args, **kwargs):
        health.before_write(self)
        return super().begin(*args, **kwargs)

    def execute_sql(self, sql, params=None):
        if health.current.state != health.OK and not self.in_transaction() \
                and _WRITES.match(sql):
            health.before_write(self)
        return super().execute_sql(sql, params)


PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": "normal",
    "cache_size": -32000,  # 32 MB
    "temp_store": "memory",
}


def default_database_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Hearth", "Hearth")) / "hearth.db"


DB_EMPTY = problem_code("db.empty", N_(
    "{path} is empty: it is not a Hearth database. Choose another file, or delete this "
    "one to start a new address book under that name."))


def _check_file(path: Path) -> None:
    """Refuse a path that cannot be our database, before SQLite writes to it.

    Looks with ``os.stat`` and through SQLite only, never ``open()``: the file
    may be the database this process has open (see :mod:`app.storage`).
    """
    if path.is_dir():
        raise DatabaseProblem(DB_IS_FOLDER, path)
    if path.exists():
        if not os.access(path, os.R_OK):
            raise DatabaseProblem(DB_UNREADABLE, path, reason=os.strerror(errno.EACCES))
        if file_probe.is_empty_file(path) and not _is_default(path):
            raise DatabaseProblem(DB_EMPTY, path)
        if file_probe.is_not_sqlite(path):
            raise DatabaseProblem(DB_NOT_SQLITE, path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseProblem(DB_FOLDER_NOT_CREATED, path, folder=path.parent,
                                  reason=exc.strerror) from exc


def _is_default(path: Path) -> bool:
    """The file Hearth creates itself: left empty only if it was stopped at once."""
    return path.absolute() == default_database_path().absolute()


def is_database_file(path: Path | str) -> bool:
    """True when ``path`` is the open database, its -wal, -shm or -journal:
    a file nothing but SQLite may open in this process (compared by stat)."""
    db_path = database_path()
    return db_path is not None and file_probe.is_database_or_companion(path, db_path)


def refuse_database_as_output(path: Path | str) -> None:
    """Raise a problem instead of letting an export, a label PDF or a CSV be
    written over the open database (replacing the file under SQLite)."""
    if is_database_file(path):
        raise DatabaseProblem(DB_AS_OUTPUT, path)


def open_database(path: Path | str, *, migrate: bool = True,
                  backup_dir: Path | None = None) -> pw.SqliteDatabase:
    """Open (creating if needed) and migrate the database at ``path``.

    Raises :class:`DatabaseProblem` with a user-facing message when the file
    is not usable; in that case the file is left exactly as it was.
    """
    from app.storage import engine, migrations

    if engine.is_url(path):
        from app.storage.pg import open_postgres

        return open_postgres(path, migrate=migrate, backup_dir=backup_dir)
    path = Path(path).expanduser()
    _check_file(path)
    # Switching to WAL rewrites the file header: only once we know the file
    # is ours (another program's database must stay exactly as it was).
    pragmas = {k: v for k, v in PRAGMAS.items() if k != "journal_mode"}
    db = _Database(str(path), pragmas=pragmas, check_same_thread=False,
                   lock_type=LOCK_TYPE)
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        if migrate:
            migrations.check_ours(db, path)
        if _check_health(db, path, migrate) == health.DAMAGED:
            health.make_read_only(db)  # readable as far as the damage allows, never written
            database.initialize(db)
            return db
        db.execute_sql(f"PRAGMA journal_mode = {PRAGMAS['journal_mode']}")
        # In WAL mode reading works while another program holds the write
        # lock; find out now (after the busy timeout), not at the first save.
        db.execute_sql("BEGIN IMMEDIATE")
        db.execute_sql("ROLLBACK")
        database.initialize(db)
        if migrate:
            migrations.migrate(db, path, backup_dir=backup_dir)
    except DatabaseProblem:
        _close_quietly(db)
        raise
    except (sqlite3.Error, pw.PeeweeException) as exc:
        _close_quietly(db)
        raise explain(exc, path) from exc
    return db


def _check_health(db: pw.SqliteDatabase, path: Path, migrate: bool) -> str:
    """The file's health, checked now when opening it is about to write to it
    (a schema update, or switching to WAL); otherwise left to the first write."""
    from app.storage import migrations

    fresh = not db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()[0]
    state = health.bind(path, health.OK if fresh else health.UNKNOWN)
    if fresh:
        return state.state
    mode = db.execute_sql("PRAGMA journal_mode").fetchone()[0]
    if mode.lower() != PRAGMAS["journal_mode"] or (
            migrate and migrations.current_version(db) < migrations.LATEST):
        return state.ensure_checked()
    return state.state


def open_memory_database() -> pw.SqliteDatabase:
    """A migrated in-memory database, for tests and the benchmark's helpers."""
    from app.storage import migrations

    db = pw.SqliteDatabase(":memory:", pragmas={"foreign_keys": 1}, lock_type=LOCK_TYPE)
    db.connect()
    health.bind(None)
    database.initialize(db)
    migrations.migrate(db, None)
    return db


def close_database() -> None:
    if database.obj is not None:
        _close_quietly(database.obj)


def close_thread_connection() -> bool:
    """Close the calling thread's connection to the database, if it has one.

    peewee keeps one connection per thread (see :mod:`app.storage`), so this
    never touches another thread's, the GUI's included. Safe to call when the
    thread never connected or no database is open. True when one was closed.
    """
    db = database.obj
    if db is None or db.is_closed():
        return False
    return db.close()


def _close_quietly(db: pw.Database) -> None:
    try:
        if not db.is_closed():
            db.close()
    except Exception:  # noqa: BLE001 - closing must never mask the real error
        pass


def database_path() -> Path | None:
    db = database.obj
    if not isinstance(db, pw.SqliteDatabase) or db.database == ":memory:":
        return None
    return Path(db.database)
