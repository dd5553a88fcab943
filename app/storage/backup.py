"""Online backups of the database (SQLite's backup API) and restoring one."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import peewee as pw

from app.core import clock
from app.storage.errors import (
    BACKUP_FAILED,
    NOT_A_BACKUP,
    RESTORE_FAILED,
    SQLITE_MAGIC,
    DatabaseProblem,
)

KEEP_SCHEDULED = 7


def backup_database(db: pw.SqliteDatabase, dest: Path | str) -> Path:
    """Copy the live database to ``dest`` while it stays in use.

    The copy is written next to ``dest`` first and renamed into place, so a
    full disk or a crash never leaves a half-written backup under that name.
    """
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(str(tmp))
        try:
            db.connection().backup(target)
        finally:
            target.close()
        tmp.replace(dest)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise DatabaseProblem(BACKUP_FAILED, dest, reason=reason) from exc
    return dest


def default_backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def scheduled_backup_name(db_path: Path, now: dt.datetime) -> Path:
    return default_backup_dir(db_path) / f"{db_path.stem}-{now:%Y%m%d-%H%M%S}.db"


def list_backups(db_path: Path) -> list[Path]:
    folder = default_backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob("*.db")), key=lambda p: p.stat().st_mtime,
                  reverse=True)


def backup_now(db: pw.SqliteDatabase, db_path: Path, now: dt.datetime | None = None) -> Path:
    """A scheduled backup: write one, keep the newest few."""
    now = now or clock.local_now()
    dest = backup_database(db, scheduled_backup_name(db_path, now))
    scheduled = sorted(default_backup_dir(db_path).glob(f"{db_path.stem}-2*.db"))
    for old in scheduled[:-KEEP_SCHEDULED]:
        old.unlink(missing_ok=True)
    return dest


def restore_backup(db: pw.SqliteDatabase, source: Path | str) -> None:
    """Replace the open database's content with a backup's, in place.

    The current content is backed up first, so a restore can be undone.
    """
    source = Path(source)
    with source.open("rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise DatabaseProblem(NOT_A_BACKUP, source)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        src.backup(db.connection())
    except sqlite3.Error as exc:
        raise DatabaseProblem(RESTORE_FAILED, source, reason=str(exc)) from exc
    finally:
        src.close()
