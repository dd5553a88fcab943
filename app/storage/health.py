"""Is the open database sound? The gate every write passes before it starts.

A damaged file must never be written to: SQLite would spread the damage
(a write that reads a broken page can overwrite good ones). So the open
database has a health, unknown until ``PRAGMA quick_check`` has looked at
every page (about 0.3 s for 100,000 contacts, 3 s for a million):

- ``UNKNOWN``: the check has not run yet. The window runs it in the
  background once it shows; the command line runs it at the first write.
  A write that starts meanwhile waits for the verdict.
- ``OK``: writes go ahead (one attribute read per transaction, no more).
- ``DAMAGED``: every write is refused with :data:`DB_DAMAGED_READ_ONLY`
  and the connections are switched to ``PRAGMA query_only`` so that even a
  write that bypassed the gate fails inside SQLite. Reading goes on as far
  as the damage allows.

:func:`before_write` is the hook: app.storage.connection calls it when a
transaction begins and before a write statement outside a transaction.
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import peewee as pw

from app.core.i18n import N_
from app.core.problems import problem_code
from app.storage.errors import DatabaseProblem

UNKNOWN, OK, DAMAGED = "unknown", "ok", "damaged"

DB_DAMAGED_READ_ONLY = problem_code("db.damaged_read_only", N_(
    "The database {path} is damaged, so it was opened read-only and nothing can be changed; "
    "restore a backup or repair it (hearth check --repair)."))

DB_DAMAGED_UNREADABLE = problem_code("db.damaged_unreadable", N_(
    "The database {path} is damaged and what was asked for could not be read from it; "
    "nothing was changed. Restore a backup or repair it (hearth check --repair)."))

#: How many of quick_check's findings are kept (it reports up to 100 lines).
KEEP_FINDINGS = 20


class Health:
    """The verdict on one database file; thread-safe."""

    def __init__(self, path: Path | None = None, state: str = UNKNOWN):
        self.path = path
        self.state = state
        self.findings: list[str] = []
        self._lock = threading.Lock()  # held while the check runs: others wait for it

    def ensure_checked(self) -> str:
        """Run the check unless there is a verdict already; returns the state.

        When another thread is running it, waits for its verdict instead.
        """
        if self.state != UNKNOWN:
            return self.state
        with self._lock:
            if self.state == UNKNOWN:
                findings = quick_check(self.path) if self.path is not None else []
                self.findings = findings[:KEEP_FINDINGS]
                self.state = DAMAGED if findings else OK
        return self.state

    def mark_damaged(self, findings: list[str]) -> None:
        self.findings = findings[:KEEP_FINDINGS]
        self.state = DAMAGED

    def problem(self) -> DatabaseProblem:
        return DatabaseProblem(DB_DAMAGED_READ_ONLY, self.path)


#: The health of the database app.storage.connection has open.
current = Health(state=OK)


def damage_behind(error: BaseException) -> DatabaseProblem | None:
    """The sentence for ``error`` when the open database is damaged (running the
    check if it has not run), else None: on a damaged file, any failure of a
    read (SQLite's "malformed", or a row missing that an index promised) is the
    damage's doing, and a traceback would only hide that."""
    health = current
    if health.path is None or health.ensure_checked() != DAMAGED:
        return None
    if isinstance(error, DatabaseProblem) and error.code == DB_DAMAGED_READ_ONLY:
        return error
    return DatabaseProblem(DB_DAMAGED_UNREADABLE, health.path)


def bind(path: Path | None, state: str = UNKNOWN) -> Health:
    """A new database was opened: its health starts from ``state``."""
    global current
    current = Health(path, state if path is not None else OK)
    return current


def quick_check(path: Path, pragma: str = "quick_check") -> list[str]:
    """What ``PRAGMA quick_check`` (or ``pragma``, e.g. ``integrity_check(20)``) finds
    wrong with the file; empty when it is sound.

    Runs on a connection of its own, read-only, so it can run on any thread
    while others use the database.
    """
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:  # the damage stopped the check itself
        return [str(exc)]
    finally:
        conn.close()
    found = [line for (text,) in rows for line in str(text).splitlines()]
    if found == ["ok"]:
        return []
    return [line for line in found if not line.startswith("*** in database")]


def before_write(db: pw.SqliteDatabase) -> None:
    """Let a write start, after waiting for the verdict; refuse it on a damaged file."""
    health = current
    if health.state == OK:
        return
    if health.ensure_checked() == DAMAGED:
        make_read_only(db)
        raise health.problem()


def make_read_only(db: pw.SqliteDatabase) -> None:
    """Switch this thread's connection, and every connection opened later, to query_only."""
    pragmas = dict(db._pragmas or ())
    pragmas["query_only"] = 1
    db._pragmas = list(pragmas.items())
    if not db.is_closed():
        # Straight to SQLite: db.execute_sql would pass the gate again.
        db.connection().execute("PRAGMA query_only = 1")
