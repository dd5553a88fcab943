"""Restoring a backup: checked, updated as a copy when older, swapped in.

Nothing but SQLite opens a database here, in either direction: a backup
about to be restored is checked (Hearth's by application_id, not from a
newer version, sound by ``PRAGMA quick_check``), copied with the backup API
and updated when it is older, and only then copied over the live content,
again with the backup API, after the current state was backed up.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee as pw

from app.core import clock
from app.core.i18n import N_
from app.core.problems import problem_code
from app.storage import file_probe, health, migrations, recover
from app.storage.backup import (
    backup_database,
    default_backup_dir,
    remove_part,
    scheduled_backup_name,
)
from app.storage.errors import (
    NOT_A_BACKUP,
    RESTORE_FAILED,
    DatabaseProblem,
    explain,
)

BACKUP_DAMAGED = problem_code("db.backup_damaged", N_(
    "The backup {path} is damaged ({detail}); it was not restored."))


def _read_uri(source: Path) -> str:
    # A backup nobody has open reads as immutable: no -wal or -shm is created
    # beside it. With a -wal beside it the file is (or was) in use: read normally.
    immutable = "" if source.with_name(source.name + "-wal").exists() else "&immutable=1"
    return f"{source.resolve().as_uri()}?mode=ro{immutable}"


def check_backup(source: Path) -> int:
    """Refuse a file that is not a sound Hearth backup this version can use;
    returns its schema version. Reads only, through SQLite."""
    # Looked at through os.stat and SQLite only: the source may be a file this
    # process has open, and closing any other descriptor of it drops our locks.
    if (not source.is_file() or file_probe.is_empty_file(source)
            or file_probe.is_not_sqlite(source)):
        raise DatabaseProblem(NOT_A_BACKUP, source)
    src = pw.SqliteDatabase(_read_uri(source), uri=True)
    try:
        src.connect()
        version = migrations.check_ours(src, source)
        if version == 0:
            raise DatabaseProblem(NOT_A_BACKUP, source)
        found = [r[0] for r in src.execute_sql("PRAGMA quick_check").fetchall()]
        if found != ["ok"]:
            raise DatabaseProblem(BACKUP_DAMAGED, source, detail=str(found[0]).splitlines()[-1])
        return version
    except (sqlite3.Error, pw.PeeweeException) as exc:
        problem = explain(exc, source)
        raise DatabaseProblem(BACKUP_DAMAGED, source, detail=problem.params.get(
            "detail", str(exc))) from exc
    finally:
        src.close()


def restore_backup(db: pw.SqliteDatabase, source: Path | str,
                   db_path: Path) -> Path | None:
    """Replace the open database's content with a backup's, in place.

    The backup is checked first; one of an older schema is updated as a copy
    (the backup itself stays as it was). The current content is backed up
    first (returned), so a restore can be undone; a damaged database that
    SQLite cannot copy is replaced without that copy. After a restore the
    caller reopens the database: caches keyed to the connection are stale.
    """
    source = Path(source)
    version = check_backup(source)
    damaged = health.current.path == db_path and db_path is not None and \
        health.current.ensure_checked() == health.DAMAGED
    saved = None
    if db_path is not None:
        try:
            stamp = clock.local_now()
            saved = backup_database(db, scheduled_backup_name(db_path, stamp))
        except DatabaseProblem:
            if not damaged:
                raise
    work = source
    copy = None
    try:
        if version < migrations.LATEST:
            copy = default_backup_dir(db_path or source).joinpath(
                f"{source.stem}-restoring.db.part")
            copy.parent.mkdir(parents=True, exist_ok=True)
            remove_part(copy)
            _update_copy(source, copy)
            work = copy
        src = sqlite3.connect(_read_uri(work), uri=True)
        try:
            if damaged:
                db.connection().execute("PRAGMA query_only = 0")
            src.backup(db.connection())
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        raise DatabaseProblem(RESTORE_FAILED, source,
                              reason=getattr(exc, "strerror", None) or str(exc)) from exc
    finally:
        if copy is not None:
            remove_part(copy)
    return saved


def restore_unopenable(source: Path | str, db_path: Path) -> Path:
    """Put a backup in place of a database SQLite cannot open at all.

    The backup is checked, copied with the backup API into a new file beside
    ``db_path`` and updated there when older; the damaged original (with its
    -wal and -shm) is renamed to ``<stem>-damaged-<stamp>`` beside it, never
    opened, and the new file takes its name. Returns where the original is
    now. Nothing may have ``db_path`` open (this process included).
    """
    source = Path(source)
    check_backup(source)
    part = db_path.with_name(f"{db_path.stem}-restoring{db_path.suffix}.part")
    remove_part(part)
    try:
        _update_copy(source, part)
    except (sqlite3.Error, OSError) as exc:
        remove_part(part)
        raise DatabaseProblem(RESTORE_FAILED, source,
                              reason=getattr(exc, "strerror", None) or str(exc)) from exc
    except BaseException:
        remove_part(part)
        raise
    kept = recover.set_aside(db_path)
    part.replace(db_path)
    return kept


def _update_copy(source: Path, copy: Path) -> None:
    """Copy ``source`` to ``copy`` and bring the copy's schema up to date."""
    src = sqlite3.connect(_read_uri(source), uri=True)
    target = sqlite3.connect(str(copy))
    try:
        src.backup(target)
    finally:
        src.close()
        target.close()
    work = pw.SqliteDatabase(str(copy), pragmas={"foreign_keys": 1})
    try:
        work.connect()
        migrations.migrate(work, None)
    except DatabaseProblem as exc:
        raise DatabaseProblem(RESTORE_FAILED, source, reason=exc) from exc
    finally:
        work.close()
