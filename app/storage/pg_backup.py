"""Backups of a PostgreSQL database: ``pg_dump`` in its custom format.

SQLite's backups go through its backup API (app.storage.backup); a server's
database is dumped by PostgreSQL's own client program, found on PATH or in
Debian's ``/usr/lib/postgresql/<version>/bin``. Without it, nothing is written
and the problem says what to install. The dumps go to ``backups/`` in Hearth's
user-data folder, named after the database: ``<db>-<stamp>.dump`` and, before
a schema update, ``<db>-before-schema-<N>-<stamp>.dump``. ``pg_restore``
brings one back (restoring from the window stays SQLite's).

The password (from the URL) reaches pg_dump through its environment, never
its command line, where other users of the machine could read it.
"""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from app.core import clock
from app.core.i18n import N_
from app.core.problems import problem_code
from app.storage.engine import shown_url
from app.storage.errors import DatabaseProblem

PG_DUMP_MISSING = problem_code("db.pg_dump_missing", N_(
    "No backup of {path} was written: PostgreSQL's pg_dump was not found. Install "
    "PostgreSQL's client programs (Debian: apt-get install postgresql-client), or back "
    "the database up on its server."))
PG_DUMP_FAILED = problem_code("db.pg_dump_failed", N_(
    "The backup of {path} to {dest} failed: {reason}"))
PG_NO_BACKUP_NO_UPDATE = problem_code("db.pg_no_backup_no_update", N_(
    "The PostgreSQL database {path} has schema {version} and this version of Hearth "
    "updates it to {latest}, but only after a backup, and pg_dump was not found. Install "
    "PostgreSQL's client programs (Debian: apt-get install postgresql-client) and open it "
    "again."))

KEEP_MIGRATION_DUMPS = 5
#: pg_dump of a large address book takes seconds; a hung server must not hang Hearth.
DUMP_TIMEOUT_S = 30 * 60


def find_pg_dump() -> Path | None:
    """pg_dump on PATH, else the newest in Debian's versioned folders."""
    found = shutil.which("pg_dump")
    if found:
        return Path(found)
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"),
                      key=lambda p: int(Path(p).parent.parent.name)
                      if Path(p).parent.parent.name.isdigit() else 0)
    return Path(versions[-1]) if versions else None


def default_backup_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Hearth", "Hearth")) / "backups"


def database_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/") or "postgres"


def dump_name(url: str, folder: Path | None = None, *, before_schema: int | None = None) -> Path:
    folder = folder or default_backup_dir()
    stamp = clock.local_now().strftime("%Y%m%d-%H%M%S")
    middle = f"-before-schema-{before_schema}" if before_schema else ""
    return folder / f"{database_name(url)}{middle}-{stamp}.dump"


def dump(url: str, dest: Path | str) -> Path:
    """Write a custom-format dump of the database at ``url`` to ``dest``.

    Written beside ``dest`` first and renamed into place, so a failed or
    killed dump never leaves a half-written backup under that name.
    """
    dest = Path(dest)
    program = find_pg_dump()
    if program is None:
        raise DatabaseProblem(PG_DUMP_MISSING, shown_url(url))
    parts = urlsplit(url)
    env = dict(os.environ)
    if parts.password is not None:
        env["PGPASSWORD"] = parts.password
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [str(program), "--format=custom", "--no-password", f"--file={tmp}",
             f"--dbname={urlunsplit(parts._replace(netloc=_netloc_without_password(parts)))}"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            timeout=DUMP_TIMEOUT_S)
        if done.returncode != 0:
            raise DatabaseProblem(PG_DUMP_FAILED, shown_url(url), dest=dest,
                                  reason=_first_line(done.stderr) or f"exit {done.returncode}")
        tmp.replace(dest)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise DatabaseProblem(PG_DUMP_FAILED, shown_url(url), dest=dest,
                              reason=getattr(exc, "strerror", None) or str(exc)) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def before_migration(url: str, version: int, latest: int,
                     folder: Path | None = None) -> Path:
    """The dump taken before updating the schema from ``version``; the newest
    few such dumps of this database are kept. Refuses the update when
    pg_dump is missing: a schema update is not undone without a backup."""
    if find_pg_dump() is None:
        raise DatabaseProblem(PG_NO_BACKUP_NO_UPDATE, shown_url(url), version=version,
                              latest=latest)
    dest = dump(url, dump_name(url, folder, before_schema=version + 1))
    kept = sorted(dest.parent.glob(f"{glob.escape(database_name(url))}-before-schema-*.dump"))
    for old in kept[:-KEEP_MIGRATION_DUMPS]:
        old.unlink(missing_ok=True)
    return dest


def before_risky_step() -> Path | None:
    """A dump of the open PostgreSQL database before something that cannot be
    undone (emptying the trash); refused, with what to install, without pg_dump.
    None (nothing to do here) when the open database is not PostgreSQL's."""
    from app.storage.engine import database, is_postgres

    if not is_postgres():
        return None
    url = database.obj.url
    return dump(url, dump_name(url))


def _netloc_without_password(parts) -> str:
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if parts.port:
        host = f"{host}:{parts.port}"
    return f"{parts.username}@{host}" if parts.username else host


def _first_line(text: str) -> str:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    return lines[0] if lines else ""
