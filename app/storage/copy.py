"""Copying a whole address book to another database, either engine to either.

:func:`copy_book` moves everything (contacts, photos, tags, conversations,
card runs, households, settings, sync state, the search index's rows, the
import journal) from a source book to an empty target, keeping every id, in
one transaction on the target: cancelled, interrupted or failed, the target
is left as it was (a SQLite file the copy created is removed again).

It verifies before it commits: the rows of every table are counted on both
sides, and a checksum over every contact, read back through
:mod:`app.contacts` from each side, must be the same. To read through
app.contacts the copy binds ``app.storage.connection.database`` to each end in
turn for that moment and restores it afterwards; the window keeps its views
still meanwhile (it shows the copy's progress dialog).

Used by ``hearth copy`` and the window's File > Connect to Office Database.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field, is_dataclass
from pathlib import Path

import peewee as pw

from app.core.i18n import N_
from app.core.problems import Problem, problem_code
from app.storage import copy_store, engine
from app.storage.errors import explain

COPY_SAME = problem_code("copy.same", N_(
    "{source} is both the source and the target of the copy: choose another target."))
COPY_NO_SOURCE = problem_code("copy.no_source", N_(
    "There is no Hearth address book at {source} to copy."))
COPY_SOURCE_VERSION = problem_code("copy.source_version", N_(
    "{source} has schema {version} and this version of Hearth copies schema {latest}: "
    "open it with this version of Hearth first, then copy it."))
COPY_NOT_EMPTY = problem_code("copy.target_not_empty", N_(
    "{target} already holds an address book (contacts: {contacts}); Hearth copies only "
    "into an empty one, so nothing was copied."))
COPY_CANCELLED = problem_code("copy.cancelled", N_(
    "The copy to {target} was cancelled; the target was left as it was."))
COPY_MISMATCH = problem_code("copy.mismatch", N_(
    "The copy to {target} did not come out the same as its source ({table}), so it was "
    "undone and the target left as it was."))


class CopyProblem(Problem):
    """A copy that was refused or undone."""


class Cancelled(CopyProblem):
    """The copy was cancelled; the target was rolled back."""


Target = str | Path


@dataclass
class CopyReport:
    source: str
    target: str
    contacts: int = 0
    tables: dict[str, int] = field(default_factory=dict)
    checksum: str = ""  # over every contact; the same on both sides, or no commit
    seconds: float = 0.0


def shown(target: Target) -> str:
    return engine.shown_url(target) if engine.is_url(target) else str(target)


def copy_book(source: Target, dest: Target, *,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> CopyReport:
    """Copy the book at ``source`` (a path or URL) into the empty one at ``dest``.

    ``progress(done, total)`` counts rows, called from the calling thread;
    ``cancelled()`` is polled between chunks. Raises :class:`CopyProblem`
    (:class:`Cancelled` when cancelled) or a DatabaseProblem for an end that
    cannot be opened; the target is unchanged then.
    """
    started = time.perf_counter()
    source, dest = _normal(source), _normal(dest)
    report = CopyReport(shown(source), shown(dest))
    if source == dest:
        raise CopyProblem(COPY_SAME, source=report.source)
    created = isinstance(dest, Path) and not dest.exists()
    src = _open_source(source, report.source)
    dst = None
    try:
        dst, install = _open_target(dest)
        _copy(src, dst, install, report, progress or (lambda done, total: None),
              cancelled or (lambda: False))
    except BaseException:
        _close(dst)
        if created:
            _remove_file(dest)
        raise
    finally:
        _close(src)
    _close(dst)
    report.seconds = time.perf_counter() - started
    return report


def _normal(target: Target) -> Target:
    return target if engine.is_url(target) else Path(target).expanduser().absolute()


def _copy(src: pw.Database, dst: pw.Database, install: bool, report: CopyReport,
          progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> None:
    copy_store.begin_snapshot(src)
    try:
        with dst.atomic():
            if install:  # an empty PostgreSQL database: the schema goes with the copy
                from app.storage import pg_schema

                pg_schema.install(dst)
            if contacts := copy_store.contact_count(dst):
                raise CopyProblem(COPY_NOT_EMPTY, target=report.target, contacts=contacts)
            plan = _plan(src, dst)
            counts = {table: copy_store.count(src, table) for table in plan}
            total, done = sum(counts.values()), 0
            progress(0, total)
            copy_store.clear(dst, list(plan))
            indexes = copy_store.set_aside_indexes(dst, list(plan))
            for table, (cols, selfref) in plan.items():
                for rows in _copied_rows(src, dst, table, cols, selfref):
                    if cancelled():
                        raise Cancelled(COPY_CANCELLED, target=report.target)
                    done += rows
                    progress(done, total)
            copy_store.rebuild_indexes(dst, indexes)
            if not engine.is_postgres(dst):  # the search rows came keyed by contact id
                from app.storage import list_keys

                list_keys.assign_all(dst)
                list_keys.rekey_search_tables(dst)
            if engine.is_postgres(dst) and "search_word" not in plan:
                # From SQLite: PostgreSQL's search words are made from the copied
                # contact_fts and talk_fts rows (app.storage.pg_search).
                from app.storage import pg_search

                pg_search.reindex(dst)
            copy_store.advance_ids(dst, list(plan))
            copy_store.analyze(dst)
            for table in plan:
                report.tables[table] = copy_store.count(dst, table)
                if report.tables[table] != counts[table]:
                    raise CopyProblem(COPY_MISMATCH, target=report.target, table=table)
            report.contacts = report.tables.get("contact", 0)
            report.checksum = checksum(src)
            if checksum(dst) != report.checksum:
                raise CopyProblem(COPY_MISMATCH, target=report.target, table="contact")
            if cancelled():
                raise Cancelled(COPY_CANCELLED, target=report.target)
    finally:
        copy_store.end_snapshot(src)


def _plan(src: pw.Database, dst: pw.Database) -> dict[str, tuple[list[str], tuple[str, ...]]]:
    """table -> (the columns both ends have, self-referencing columns), parents first."""
    plan = {}
    for table, selfref in copy_store.plan():
        dst_cols = set(copy_store.columns(dst, table))
        cols = [c for c in copy_store.columns(src, table) if c in dst_cols]
        if cols:
            plan[table] = (cols, selfref)
    return plan


def _copied_rows(src: pw.Database, dst: pw.Database, table: str, cols: list[str],
                 selfref: tuple[str, ...]):
    """Copy ``table`` chunk by chunk, yielding each chunk's row count (the caller
    polls for Cancel between chunks)."""
    later = [cols.index(c) for c in selfref]
    pairs: dict[int, list] = {i: [] for i in later}
    id_at = cols.index("id") if later else -1
    for rows in copy_store.read(src, table, cols):
        if later:
            rows = [_without(row, later, id_at, pairs) for row in rows]
        copy_store.write(dst, table, cols, rows)
        yield len(rows)
    for i, found in pairs.items():
        copy_store.set_self_references(dst, table, cols[i], found)


def _without(row: tuple, later: list[int], id_at: int, pairs: dict[int, list]) -> tuple:
    row = list(row)
    for i in later:
        if row[i] is not None:
            pairs[i].append((row[i], row[id_at]))
            row[i] = None
    return tuple(row)


def checksum(db: pw.Database) -> str:
    """SHA-256 over every contact as app.contacts reads it from ``db``, in id order."""
    from app.contacts import store as contacts
    from app.storage.connection import database

    previous = database.obj
    database.initialize(db)
    try:
        ids = [r[0] for r in db.execute_sql("SELECT id FROM contact ORDER BY id")]
        digest = hashlib.sha256()
        for start in range(0, len(ids), 500):
            for contact in contacts.get_many(ids[start:start + 500]):
                digest.update(_fields(contact).encode())
        return digest.hexdigest()
    finally:
        database.initialize(previous)


def _plain(value: object) -> object:
    """A contact's parts for JSON: a dataclass as its fields (in their declared
    order; not dataclasses.asdict, whose deep copies cost more than the
    reading), a photo by its hash."""
    if is_dataclass(value):
        return vars(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return hashlib.sha256(bytes(value)).hexdigest()
    raise TypeError(type(value).__name__)


_ENCODER = json.JSONEncoder(default=_plain, check_circular=False)


def _fields(contact) -> str:
    """Every field of a contact, phones, e-mails, addresses and URLs included."""
    return _ENCODER.encode(contact) + "\n"


def _open_source(source: Target, where: str) -> pw.Database:
    from app.storage import migrations, pg

    if engine.is_url(source):
        db = _connect_pg(source)
        version = pg.schema_version(db)
    else:
        if not source.is_file():
            raise CopyProblem(COPY_NO_SOURCE, source=where)
        db = pw.SqliteDatabase(source.as_uri() + "?mode=ro", uri=True,
                               pragmas={"busy_timeout": 10_000})
        try:
            db.connect()
            version = migrations.check_ours(db, source)
        except (sqlite3.Error, pw.PeeweeException) as exc:
            _close(db)
            raise explain(exc, source) from exc
        except Problem:
            _close(db)
            raise
    if version is None:
        _close(db)
        raise CopyProblem(COPY_NO_SOURCE, source=where)
    if version != migrations.LATEST:
        _close(db)
        raise CopyProblem(COPY_SOURCE_VERSION, source=where, version=version,
                          latest=migrations.LATEST)
    return db


def _open_target(dest: Target) -> tuple[pw.Database, bool]:
    """The target, not yet written to, and whether it still needs the schema
    (an empty PostgreSQL database; a new SQLite file gets it here)."""
    from app.storage import migrations, pg

    if engine.is_url(dest):
        db = _connect_pg(dest)
        version = pg.schema_version(db)
        if version is None:
            if pg.has_foreign_tables(db):
                _close(db)
                raise pg.DatabaseProblem(pg.PG_NOT_HEARTH, engine.shown_url(dest))
            return db, True
        if version != migrations.LATEST:
            _close(db)
            code = pg.PG_NEWER if version > migrations.LATEST else pg.PG_OLDER
            raise pg.DatabaseProblem(code, engine.shown_url(dest), version=version,
                                     latest=migrations.LATEST)
        return db, False
    db = pw.SqliteDatabase(str(dest), pragmas={"foreign_keys": 1, "busy_timeout": 10_000},
                           lock_type="IMMEDIATE")
    try:
        db.connect()
        migrations.check_ours(db, dest)  # reads only: another program's file stays as it is
        db.execute_sql("PRAGMA journal_mode = wal")
        migrations.migrate(db, dest)
    except (sqlite3.Error, pw.PeeweeException) as exc:
        _close(db)
        raise explain(exc, dest) from exc
    except BaseException:
        _close(db)
        raise
    return db, False


def _connect_pg(url: str) -> pw.Database:
    import psycopg

    from app.storage.pg import make_database

    db = make_database(url)
    try:
        db.connect()
    except (pw.PeeweeException, psycopg.Error) as exc:
        raise explain(exc, url) from exc
    return db


def _close(db: pw.Database | None) -> None:
    try:
        if db is not None and not db.is_closed():
            db.close()
    except Exception:  # noqa: BLE001 - closing must never mask the real error
        pass


def _remove_file(path: Path) -> None:
    """A SQLite file this copy created, and its companions: never opened, only unlinked."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(str(path) + suffix).unlink()
        except OSError:
            pass
