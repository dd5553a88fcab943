"""Setting up an office's PostgreSQL database for Hearth (``hearth server-setup``).

Creates the schema on an empty database after checking that ``pg_trgm`` (the
search index's trigram extension, from ``postgresql-contrib``) can be created
there; refuses another program's tables and a newer schema; says a database
that is already set up is ready.
"""
from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from app.core.i18n import N_
from app.core.problems import problem_code
from app.storage.engine import shown_url
from app.storage.errors import DatabaseProblem

PG_NO_TRGM = problem_code("db.pg_no_trgm", N_(
    "The extension pg_trgm cannot be created in {path} ({detail}): install "
    "postgresql-contrib on the server, or have a superuser run "
    "\u201cCREATE EXTENSION pg_trgm\u201d in that database, then run this again."))

INSTALLED = "installed"
READY = "ready"
UPDATED = "updated"


@dataclass
class SetupReport:
    url: str
    outcome: str  # INSTALLED, UPDATED or READY
    version: int
    server_version: str
    previous: int = 0  # UPDATED: the schema it had
    dump: str = ""  # UPDATED: the backup taken first


def setup(url: str) -> SetupReport:
    """Make the database at ``url`` ready for this version of Hearth."""
    import psycopg

    from app.storage import migrations, pg, pg_schema
    from app.storage.errors import explain

    db = pg.make_database(url)
    try:
        try:
            db.connect()
        except (pw.PeeweeException, psycopg.Error) as exc:
            raise explain(exc, url) from exc
        server = db.execute_sql("SHOW server_version").fetchone()[0]
        version = pg.schema_version(db)
        if version is None:
            if pg.has_foreign_tables(db):
                raise DatabaseProblem(pg.PG_NOT_HEARTH, shown_url(url))
            _check_trgm(db, url)
            pg_schema.install(db)
            return SetupReport(shown_url(url), INSTALLED, migrations.LATEST, server)
        if version > migrations.LATEST:
            raise DatabaseProblem(pg.PG_NEWER, shown_url(url), version=version,
                                  latest=migrations.LATEST)
        if version < migrations.LATEST:  # SQLite's rule: updated, after a backup
            from app.storage import pg_backup, pg_migrate

            dump = pg_backup.before_migration(url, version, migrations.LATEST)
            pg_migrate.migrate(db, url, version)
            return SetupReport(shown_url(url), UPDATED, migrations.LATEST, server,
                               previous=version, dump=str(dump))
        return SetupReport(shown_url(url), READY, version, server)
    finally:
        if not db.is_closed():
            db.close()


def _check_trgm(db: pw.Database, url: str) -> None:
    import psycopg

    try:
        with db.atomic():
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except (pw.PeeweeException, psycopg.Error) as exc:
        from app.storage.pg import _first_line

        raise DatabaseProblem(PG_NO_TRGM, shown_url(url), detail=_first_line(exc)) from exc
