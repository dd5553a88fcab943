"""PostgreSQL: an office's shared address book on a database server.

The stores write their SQL once, with SQLite's ``?`` parameters;
:class:`PgDatabase` turns each statement into psycopg's ``%s`` form (and a
literal ``%`` into ``%%``) once and caches it, so the same store code runs on
both engines. Statements peewee builds itself (``%s`` already, no ``?``) pass
through unchanged.

Connections use psycopg 3's client-side binding (``ClientCursor``), which
types parameters the way SQLite's loose typing led the stores to expect
(``coalesce(?, x)``, ``? IS NULL``) instead of asking the server to infer
them. The password comes from the URL, ``PGPASSWORD`` or ``~/.pgpass``
(libpq reads both); Hearth never stores it.

The schema version lives in the ``hearth_meta`` table (SQLite keeps it in
``PRAGMA user_version``); :mod:`app.storage.pg_schema` builds the schema.
"""
from __future__ import annotations

import functools
from pathlib import Path

import peewee as pw

from app.core.i18n import N_
from app.core.problems import problem_code
from app.storage.engine import shown_url
from app.storage.errors import DatabaseProblem, explain
from app.storage.pg_reconnect import ReconnectOnce  # a lost connection is replaced
from app.storage.pg_schema import META_TABLE

PG_NOT_HEARTH = problem_code("db.pg_not_hearth", N_(
    "The PostgreSQL database {path} holds tables of another program, not Hearth's. "
    "It has not been changed."))
PG_NEWER = problem_code("db.pg_newer", N_(
    "The PostgreSQL database {path} was set up by a newer version of Hearth (schema "
    "{version}; this version knows {latest}). Update Hearth on this computer."))
PG_OLDER = problem_code("db.pg_older", N_(
    "The PostgreSQL database {path} has schema {version}; this version of Hearth needs "
    "{latest}. Run \u201chearth server-setup\u201d with this version to update it."))



@functools.lru_cache(maxsize=4096)
def translate(sql: str) -> str:
    """``sql`` with ``?`` parameters as psycopg's ``%s`` and ``%`` doubled.

    Quoted strings and identifiers are left alone. A statement with ``%s`` and
    no ``?`` is peewee's own and is returned as it is.
    """
    if "?" not in sql and "%s" in sql:
        return sql
    out: list[str] = []
    quote = ""
    for ch in sql:
        if quote:
            if ch == quote:
                quote = ""
            out.append("%%" if ch == "%" else ch)
            continue
        if ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


class _Cursor:
    """A psycopg cursor that takes the stores' ``?`` statements."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor) -> None:
        self._cursor = cursor

    # psycopg's errors become peewee's, as from execute_sql, so that callers
    # (app.storage.errors.explain, the window, the command line) see one kind.
    def execute(self, sql, params=None):
        with pw.__exception_wrapper__:
            # Always with parameters, empty or not: psycopg then reads the
            # doubled %% of a literal % back as one.
            self._cursor.execute(translate(sql), params or ())
        return self

    def executemany(self, sql, rows):
        with pw.__exception_wrapper__:
            self._cursor.executemany(translate(sql), list(rows))
        return self

    def __iter__(self):
        return iter(self._cursor)

    def __getattr__(self, name):
        return getattr(self._cursor, name)


def _adapt_like_sqlite(conn) -> None:
    """Values in and out as SQLite hands them: a bool goes in as 0 or 1 (the
    flag columns are integers), and sum() or avg() (numeric on PostgreSQL)
    comes out as an int when whole, else a float, never a Decimal."""
    from psycopg.types.numeric import IntDumper, NumericLoader

    class BoolAsInt(IntDumper):
        def dump(self, obj):
            return b"1" if obj else b"0"

    class NumericAsNumber(NumericLoader):
        def load(self, data):
            value = super().load(data)
            return int(value) if value == value.to_integral_value() else float(value)

    conn.adapters.register_dumper(bool, BoolAsInt)
    conn.adapters.register_loader("numeric", NumericAsNumber)


class PgDatabase(ReconnectOnce, pw.PostgresqlDatabase):
    """peewee's PostgreSQL database speaking the stores' ``?`` dialect."""

    url: str = ""

    def _connect(self):
        conn = super()._connect()
        _adapt_like_sqlite(conn)
        return conn

    def cursor(self, named_cursor=None):
        return _Cursor(super().cursor())

    def translate(self, sql: str) -> str:
        return translate(sql)

    @property
    def shown(self) -> str:
        return shown_url(self.url)


def use_psycopg() -> None:
    """Hand psycopg to peewee, which was imported without it (app/__init__.py):
    the names peewee's PostgreSQL support reads, as its own import sets them."""
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    if pw.psycopg is psycopg:
        return
    pw.psycopg, pw.TransactionStatus, pw.Json_pg3, pw.Jsonb_pg3 = (
        psycopg, TransactionStatus, Json, Jsonb)
    adapter = pw.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


def make_database(url: str) -> PgDatabase:
    import psycopg

    use_psycopg()
    db = PgDatabase(url, cursor_factory=psycopg.ClientCursor, prefer_psycopg3=True,
                    connect_timeout=10, application_name="Hearth")
    db.url = url
    return db


def schema_version(db: pw.Database) -> int | None:
    """The schema version, or None when Hearth's tables are not there yet."""
    exists = db.execute_sql("SELECT to_regclass(?) IS NOT NULL", (META_TABLE,)).fetchone()[0]
    if not exists:
        return None
    row = db.execute_sql(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'"
                         ).fetchone()
    return int(row[0]) if row else None


def has_foreign_tables(db: pw.Database) -> bool:
    return bool(db.execute_sql(
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
    ).fetchone()[0])


def open_postgres(url: str, *, migrate: bool = True,
                  backup_dir: Path | None = None) -> PgDatabase:
    """Connect to the Hearth database at ``url``; set it up when it is empty,
    update its schema when it is older (after a pg_dump into ``backup_dir``).

    Raises :class:`DatabaseProblem` when the server cannot be reached, the
    database belongs to another program, its schema is newer, or it is older
    and cannot be backed up or updated.
    """
    from app.storage import health, migrations, pg_schema
    from app.storage.engine import database

    db = make_database(url)
    try:
        db.connect(reuse_if_open=True)
        version = schema_version(db)
        if version is None:
            if has_foreign_tables(db):
                raise DatabaseProblem(PG_NOT_HEARTH, shown_url(url))
            if migrate:
                pg_schema.install(db)
                version = migrations.LATEST
        if version is not None and version > migrations.LATEST:
            raise DatabaseProblem(PG_NEWER, shown_url(url), version=version,
                                  latest=migrations.LATEST)
        if migrate and version is not None and version < migrations.LATEST:
            # The same rule as SQLite's: an older schema is updated, after a backup.
            from app.storage import pg_backup, pg_migrate

            pg_backup.before_migration(url, version, migrations.LATEST, backup_dir)
            pg_migrate.migrate(db, url, version)
    except DatabaseProblem:
        _close_quietly(db)
        raise
    except pw.PeeweeException as exc:
        _close_quietly(db)
        raise explain(exc, url) from exc
    except Exception as exc:  # psycopg's own errors before peewee wraps them
        import psycopg

        if not isinstance(exc, psycopg.Error):
            raise
        _close_quietly(db)
        raise explain(exc, url) from exc
    health.bind(None)
    database.initialize(db)
    return db


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _close_quietly(db: pw.Database) -> None:
    try:
        if not db.is_closed():
            db.close()
    except Exception:  # noqa: BLE001 - closing must never mask the real error
        pass
