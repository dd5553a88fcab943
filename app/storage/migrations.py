"""Schema versions: an ordered list of steps, each applied atomically.

The schema version lives in ``PRAGMA user_version``; step *n* (1-based) takes
the database from version n-1 to n inside one transaction together with the
version bump, so a crash leaves either the old or the new schema. Steps are
written as SQL of their own time, never derived from today's model classes,
so that an old database always migrates along the same path.

To change the schema: append a function to ``STEPS`` (app/storage/schema_steps.py).
Never edit a step that has shipped.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee as pw

from app.core import clock
from app.core.i18n import N_
from app.storage.errors import (
    APPLICATION_ID,
    MIGRATION_FAILED,
    NEWER_SCHEMA,
    OTHER_PROGRAMS_DATABASE,
    DatabaseProblem,
)
from app.storage.schema_steps import STEPS

KEEP_MIGRATION_BACKUPS = 5


LATEST = len(STEPS)


def current_version(db: pw.Database) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def _application_id(db: pw.Database) -> int:
    return db.execute_sql("PRAGMA application_id").fetchone()[0]


def _has_tables(db: pw.Database) -> bool:
    row = db.execute_sql(
        "SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
    return row[0] > 0


def check_ours(db: pw.Database, path: Path | None) -> int:
    """The schema version, after refusing another program's database or a newer one.

    Reads only: call it before anything is written to a file just opened.
    """
    version = current_version(db)
    app_id = _application_id(db)
    where = path if path else N_("the in-memory database")
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and version == 0 and _has_tables(db)):
        raise DatabaseProblem(OTHER_PROGRAMS_DATABASE, path, where=where)
    if version > LATEST:
        raise DatabaseProblem(NEWER_SCHEMA, path, where=where, version=version,
                              latest=LATEST)
    return version


def migrate(db: pw.Database, path: Path | None, *, target: int | None = None,
            backup_dir: Path | None = None) -> list[Path]:
    """Bring the database up to ``target`` (default: the latest version).

    Returns the backups written. A backup of the file is taken once before the
    first step when the database already held data.
    """
    target = LATEST if target is None else target
    version = check_ours(db, path)
    where = path if path else N_("the in-memory database")
    if version >= target:
        return []
    backups = []
    if path is not None and version > 0:
        from app.storage.backup import backup_database

        folder = backup_dir or Path(path).parent / "backups"
        stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
        dest = folder / f"{Path(path).stem}-before-schema-{version + 1}-{stamp}.db"
        backups.append(backup_database(db, dest))
        _prune(folder, f"{Path(path).stem}-before-schema-*", KEEP_MIGRATION_BACKUPS)
    for step_no in range(version + 1, target + 1):
        step = STEPS[step_no - 1]
        try:
            with db.atomic():
                step(db)
                db.execute_sql(f"PRAGMA user_version = {step_no}")
                db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        except sqlite3.Error as exc:
            raise DatabaseProblem(MIGRATION_FAILED, path, where=where, step=step_no,
                                  what=step.__doc__ or step.__name__, reason=str(exc),
                                  left_at=step_no - 1) from exc
    return backups


def _prune(folder: Path, pattern: str, keep: int) -> None:
    old = sorted(folder.glob(pattern))[:-keep]
    for f in old:
        try:
            f.unlink()
        except OSError:
            pass
