"""What can go wrong with a database file, as one leaf every storage module
may import without cycles: Hearth's file markers and :class:`DatabaseProblem`.

SQLite's errors are told apart by their result code (``sqlite_errorcode``),
never by their English text: locked or busy, read-only, disk full, damaged
or not a database, cannot open. Anything else keeps SQLite's own words as a
detail of :data:`DB_UNUSABLE`. PostgreSQL's (psycopg's) are told by their
SQLSTATE, and a failed connection by what libpq reports (a password needed);
they name the database by its URL without the password.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from app.core.i18n import N_
from app.core.problems import Problem, problem_code

#: Marks a SQLite file as Hearth's (PRAGMA application_id), so that we never
#: migrate somebody else's database into ours.
APPLICATION_ID = 0x48525448  # "HRTH"

SQLITE_MAGIC = b"SQLite format 3\x00"

DB_LOCKED = problem_code("db.locked", N_(
    "The database {path} is locked by another program (another Hearth window, a backup "
    "tool or a sync client). Close it and try again."))
DB_DAMAGED = problem_code("db.damaged", N_(
    "The database {path} is damaged or is not a database ({detail}). It has not been "
    "changed. Restore a backup or choose another file."))
DB_READ_ONLY = problem_code("db.read_only", N_(
    "The database {path} cannot be written: the file or its folder is read-only."))
DB_CANNOT_OPEN = problem_code("db.cannot_open", N_(
    "The database {path} cannot be opened: the folder does not exist or is not accessible."))
DB_DISK_FULL = problem_code("db.disk_full", N_(
    "The disk holding {path} is full; nothing was saved."))
DB_UNUSABLE = problem_code("db.unusable", N_(
    "The database {path} could not be used: {detail}"))
DB_IS_FOLDER = problem_code("db.is_folder", N_(
    "{path} is a folder, not a database file."))
DB_UNREADABLE = problem_code("db.unreadable", N_(
    "The database {path} cannot be read: {reason}."))
DB_NOT_SQLITE = problem_code("db.not_sqlite", N_(
    "{path} is not a Hearth database (it is not an SQLite file, or it is damaged). "
    "It has not been changed."))
DB_FOLDER_NOT_CREATED = problem_code("db.folder_not_created", N_(
    "The folder {folder} for the database cannot be created: {reason}."))
BACKUP_FAILED = problem_code("db.backup_failed", N_(
    "The backup to {path} failed: {reason}."))
DB_AS_OUTPUT = problem_code("db.as_output", N_(
    "{path} is the address book itself (or one of its files); choose another file to "
    "write to."))
NOT_A_BACKUP = problem_code("db.not_a_backup", N_("{path} is not a Hearth backup."))
RESTORE_FAILED = problem_code("db.restore_failed", N_("Restoring {path} failed: {reason}."))
OTHER_PROGRAMS_DATABASE = problem_code("db.other_program", N_(
    "{where} is an SQLite database of another program, not Hearth's. "
    "It has not been changed."))
NEWER_SCHEMA = problem_code("db.newer_schema", N_(
    "{where} was written by a newer version of Hearth (schema {version}; this version "
    "knows up to {latest}). Update Hearth to open it; the file has not been changed."))
MIGRATION_FAILED = problem_code("db.migration_failed", N_(
    "Updating {where} to schema {step} ({what}) failed: {reason}. The database was left "
    "at schema {left_at}."))

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
#: An I/O error with less free space than this beside the file counts as a full disk.
NO_ROOM_BYTES = 1 << 20
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26

_BY_CODE = {SQLITE_BUSY: DB_LOCKED, SQLITE_LOCKED: DB_LOCKED, SQLITE_READONLY: DB_READ_ONLY,
            SQLITE_CORRUPT: DB_DAMAGED, SQLITE_NOTADB: DB_DAMAGED, SQLITE_FULL: DB_DISK_FULL,
            SQLITE_CANTOPEN: DB_CANNOT_OPEN}


class DatabaseProblem(Problem):
    """The database cannot be used: a code and the file (``path``) it is about."""

    def __init__(self, code: str, path: Path | str | None = None, **params: Any):
        super().__init__(code, path=path, **params)
        # A PostgreSQL URL stays text: Path() would fold its "//".
        is_url = isinstance(path, str) and path.startswith(("postgresql://", "postgres://"))
        self.path = path if is_url else (Path(path) if path else None)


def sqlite_error(error: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error behind ``error`` (peewee wraps it as ``orig``)."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, sqlite3.Error):
            return error
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
    return None


def _sqlite_errors(error: BaseException | None) -> list[sqlite3.Error]:
    """Every sqlite3 error behind ``error``, outermost first."""
    out: list[sqlite3.Error] = []
    todo, seen = [error], set()
    while todo:
        e = todo.pop(0)
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, sqlite3.Error):
            out.append(e)
        todo += [getattr(e, "orig", None), e.__cause__, e.__context__]
    return out


def _primary(error: sqlite3.Error) -> int | None:
    result = getattr(error, "sqlite_errorcode", None)
    return result & 0xFF if isinstance(result, int) else None


def explain(error: Exception, path: Path | str) -> DatabaseProblem:
    """Turn an sqlite3/psycopg/peewee error into a problem a user can act on."""
    if isinstance(error, DatabaseProblem):
        return error
    pg = _pg_error(error)
    if pg is not None:
        return _explain_pg(pg, path)
    # The first error that says what happened: on a full disk SQLite rolls the
    # transaction back itself, and the "cannot rollback" that follows is noise.
    chain = _sqlite_errors(error)
    found = next((e for e in chain if _primary(e) in _BY_CODE or _primary(e) == SQLITE_IOERR),
                 chain[0] if chain else None)
    result = getattr(found, "sqlite_errorcode", None)
    code = _BY_CODE.get(result & 0xFF) if isinstance(result, int) else None
    if code == DB_CANNOT_OPEN and _exists_but_read_only(path):
        code = DB_READ_ONLY  # SQLite cannot create its -wal/-shm beside the file
    if code is None and isinstance(result, int) and result & 0xFF == SQLITE_IOERR \
            and _no_room(path):
        code = DB_DISK_FULL  # e.g. no room for the -shm file (SQLITE_IOERR_SHMSIZE)
    return DatabaseProblem(code or DB_UNUSABLE, path, detail=str(found or error))


def _no_room(path: Path | str) -> bool:
    try:
        return shutil.disk_usage(Path(path).parent).free < NO_ROOM_BYTES
    except OSError:
        return False


def _exists_but_read_only(path: Path | str) -> bool:
    # access() asks the kernel about the path; it opens no descriptor.
    path = Path(path)
    try:
        return path.is_file() and not (os.access(path, os.W_OK)
                                       and os.access(path.parent, os.W_OK))
    except OSError:
        return False


# --- PostgreSQL (psycopg) ----------------------------------------------------------------

PG_CONNECTION_LOST = problem_code("db.pg_connection_lost", N_(
    "The connection to the database server for {path} was lost ({detail}); what was being "
    "saved was not saved. Try again once the server is reachable."))
PG_CANNOT_CONNECT = problem_code("db.pg_unreachable", N_(
    "The database server for {path} cannot be reached or refused the connection: {detail}"))
PG_NEEDS_PASSWORD = problem_code("db.pg_needs_password", N_(
    "The database server for {path} asks for a password: set PGPASSWORD or add the "
    "password to ~/.pgpass (Hearth does not store it)."))
PG_AUTH_FAILED = problem_code("db.pg_auth_failed", N_(
    "The database server for {path} refused the user name or password; check PGPASSWORD "
    "or ~/.pgpass."))
PG_NO_DATABASE = problem_code("db.pg_no_database", N_(
    "The database {path} does not exist on its server; check the name, or set it up with "
    "\u201chearth server-setup\u201d."))
PG_NO_PERMISSION = problem_code("db.pg_no_permission", N_(
    "The database user of {path} is not allowed to do this ({detail}); ask whoever runs "
    "the server."))

#: SQLSTATE -> problem; a class (first two characters) where the whole class means it.
_PG_BY_STATE = {"28000": PG_AUTH_FAILED, "28P01": PG_AUTH_FAILED, "3D000": PG_NO_DATABASE,
                "53100": DB_DISK_FULL, "25006": DB_READ_ONLY, "42501": PG_NO_PERMISSION,
                "55P03": DB_LOCKED, "40P01": DB_LOCKED, "57P01": PG_CONNECTION_LOST,
                "57P02": PG_CONNECTION_LOST, "57P03": PG_CONNECTION_LOST}
_PG_BY_CLASS = {"08": PG_CONNECTION_LOST, "28": PG_AUTH_FAILED}


def _pg_error(error: BaseException | None) -> BaseException | None:
    """The psycopg error behind ``error`` (peewee wraps it), if any; psycopg is
    told by its module, so that SQLite-only code never imports it."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if type(error).__module__.split(".")[0] == "psycopg":
            return error
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
    return None


def _explain_pg(error: BaseException, path: Path | str) -> DatabaseProblem:
    from app.storage.engine import is_url, shown_url

    path = path if is_url(path) else (_open_url() or path)
    where = shown_url(path) if is_url(path) else path
    text = str(error).strip()
    detail = text.splitlines()[0] if text else type(error).__name__
    state = getattr(error, "sqlstate", None) or ""
    code = _PG_BY_STATE.get(state) or _PG_BY_CLASS.get(state[:2])
    if code is None and not state:
        # No SQLSTATE: libpq could not connect, or the connection broke.
        pgconn = getattr(error, "pgconn", None)
        if pgconn is not None and getattr(pgconn, "needs_password", False):
            code = PG_NEEDS_PASSWORD
        elif pgconn is not None and not getattr(pgconn, "server_version", 0):
            code = PG_CANNOT_CONNECT
        else:
            code = PG_CONNECTION_LOST
    return DatabaseProblem(code or DB_UNUSABLE, where, detail=detail)


def _open_url() -> str | None:
    """The open PostgreSQL database's URL (the error is about it), else None."""
    import sys

    connection = sys.modules.get("app.storage.connection")
    db = getattr(getattr(connection, "database", None), "obj", None)
    return getattr(db, "url", None) or None
