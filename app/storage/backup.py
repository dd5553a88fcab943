"""Online backups of the database (SQLite's backup API) and restoring one.

Each database has its own backups, in ``backups/`` beside it, named by its
file's stem so that two address books in one folder never count or prune
each other's: ``<stem>-<YYYYMMDD-HHMMSS>.db`` (daily, before emptying the
trash, before a restore) and ``<stem>-before-schema-<N>-<stamp>.db``
(written by app.storage.migrations before updating to schema N; listed
apart and labelled, never pruned by the daily ones).

Nothing but SQLite opens a database file here: copies go through the backup
API. Restoring one is app.storage.restore's.
"""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from app.core import clock
from app.core.i18n import N_
from app.core.problems import problem_code
from app.storage import file_probe, health
from app.storage.errors import (
    BACKUP_FAILED,
    DatabaseProblem,
)

KEEP_SCHEDULED = 7
#: A ``.part`` file untouched this long belongs to a backup that was killed.
STALE_PART_SECONDS = 15 * 60

BACKUP_ONTO_ITSELF = problem_code("db.backup_onto_itself", N_(
    "{path} is the address book itself (or one of its files); choose another file "
    "for the backup."))
NO_BACKUP_OF_DAMAGED = problem_code("db.no_backup_of_damaged", N_(
    "The database {path} is damaged, so no backup was written (it would push out the "
    "good ones); restore a backup or repair it (hearth check --repair)."))

_STAMP = r"(\d{8}-\d{6})"


@dataclass(frozen=True)
class BackupFile:
    """One backup of a database: where, when, and whether it was taken before a
    schema update (``before_schema`` is then the schema it was about to get)."""
    path: Path
    taken: dt.datetime
    before_schema: int | None = None


def backup_database(db: pw.SqliteDatabase, dest: Path | str) -> Path:
    """Copy the live database to ``dest`` while it stays in use.

    The copy is written next to ``dest`` first and renamed into place, so a
    full disk or a crash never leaves a half-written backup under that name;
    what a killed backup left there is removed first.
    """
    dest = Path(dest)
    # Renamed over the live file, the copy would replace it under the open connection.
    if db.database != ":memory:" and file_probe.is_database_or_companion(dest, db.database):
        raise DatabaseProblem(BACKUP_ONTO_ITSELF, dest)
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        remove_part(tmp)
        target = sqlite3.connect(str(tmp))
        try:
            db.connection().backup(target)
        finally:
            target.close()
        tmp.replace(dest)
    except (OSError, sqlite3.Error) as exc:
        remove_part(tmp)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise DatabaseProblem(BACKUP_FAILED, dest, reason=reason) from exc
    return dest


def remove_part(tmp: Path) -> None:
    for leftover in (tmp, tmp.with_name(tmp.name + "-journal"),
                     tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        leftover.unlink(missing_ok=True)


def remove_stale_parts(folder: Path, stem: str, now: float | None = None) -> list[Path]:
    """Delete what killed backups of the database ``stem`` left in ``folder``.

    Only files nobody touched for STALE_PART_SECONDS: another window may be
    writing its own backup right now.
    """
    now = time.time() if now is None else now
    removed = []
    if not folder.is_dir():
        return removed
    for part in folder.glob(f"{glob_escape(stem)}-*.part*"):
        try:
            if now - part.stat().st_mtime >= STALE_PART_SECONDS:
                part.unlink()
                removed.append(part)
        except OSError:
            pass
    return removed


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def default_backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def scheduled_backup_name(db_path: Path, now: dt.datetime) -> Path:
    """A new backup's name: never one that exists (two in the same second get -2, -3)."""
    base = default_backup_dir(db_path) / f"{db_path.stem}-{now:%Y%m%d-%H%M%S}"
    dest, n = base.with_name(base.name + ".db"), 1
    while dest.exists():
        n += 1
        dest = base.with_name(f"{base.name}-{n}.db")
    return dest


def _patterns(stem: str) -> tuple[re.Pattern, re.Pattern]:
    s = re.escape(stem)
    return (re.compile(rf"{s}-{_STAMP}(?:-\d+)?\.db"),
            re.compile(rf"{s}-before-schema-(\d+)-{_STAMP}\.db"))


def all_backups(db_path: Path) -> list[BackupFile]:
    """This database's backups, newest first; the pre-update copies among them."""
    folder = default_backup_dir(db_path)
    if not folder.is_dir():
        return []
    scheduled, before_update = _patterns(db_path.stem)
    found = []
    for p in folder.glob(f"{glob_escape(db_path.stem)}-*.db"):
        if m := scheduled.fullmatch(p.name):
            found.append(BackupFile(p, _taken(m.group(1))))
        elif m := before_update.fullmatch(p.name):
            found.append(BackupFile(p, _taken(m.group(2)), int(m.group(1))))
    return sorted(found, key=lambda b: (b.taken, len(b.path.name), b.path.name), reverse=True)


def _taken(stamp: str) -> dt.datetime:
    return dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")


def list_backups(db_path: Path) -> list[Path]:
    """This database's ordinary backups (not the pre-update copies), newest first."""
    return [b.path for b in all_backups(db_path) if b.before_schema is None]


def backup_now(db: pw.SqliteDatabase, db_path: Path, now: dt.datetime | None = None) -> Path:
    """A scheduled backup: write one, keep the newest few.

    Refused for a damaged database: its copies would replace the good ones.
    """
    if health.current.path == db_path and health.current.ensure_checked() == health.DAMAGED:
        raise DatabaseProblem(NO_BACKUP_OF_DAMAGED, db_path)
    now = now or clock.local_now()
    remove_stale_parts(default_backup_dir(db_path), db_path.stem)
    dest = backup_database(db, scheduled_backup_name(db_path, now))
    for old in list_backups(db_path)[KEEP_SCHEDULED:]:
        old.unlink(missing_ok=True)
    return dest


def before_risky_step(db: pw.Database, db_path: Path | None) -> Path | None:
    """The backup before something that cannot be undone (emptying the trash):
    an SQLite file's through the backup API, a PostgreSQL database's by
    pg_dump (refused, saying why, without pg_dump); None for an in-memory one."""
    from app.storage import pg_backup
    from app.storage.engine import is_postgres

    if is_postgres(db):
        return pg_backup.before_risky_step()
    return backup_now(db, db_path) if db_path is not None else None
