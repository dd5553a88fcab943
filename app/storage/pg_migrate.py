"""Schema steps on PostgreSQL: the same steps as SQLite's, their SQL translated.

A step (app/storage/schema_steps*) is written once, for SQLite. On PostgreSQL
it runs against :class:`StepDatabase`, which translates each statement the way
:mod:`app.storage.pg_schema` translates the schema it derives: tables, FTS5
tables, ``ALTER TABLE ... ADD COLUMN``, indexes and triggers, plus the few
spellings steps use (``INSERT OR IGNORE``, ``group_concat``). A step that
needs what has no translation (a Python function registered in SQLite, a
PRAGMA) fails with a clear sentence and leaves the database at the step before.

The version is in ``hearth_meta``; each step runs in one transaction together
with its version bump, as on SQLite.
"""
from __future__ import annotations

import re

import peewee as pw

from app.storage import pg_schema
from app.storage.engine import shown_url
from app.storage.errors import MIGRATION_FAILED, DatabaseProblem
from app.storage.schema_steps import STEPS


class NotTranslatable(Exception):
    """A step does something that has no PostgreSQL translation."""


_ADD_COLUMN = re.compile(r"ALTER TABLE (\w+) ADD COLUMN (.*)$", re.S | re.I)
_TRIGGER = re.compile(r"CREATE TRIGGER (\w+) (?:AFTER|BEFORE) \w+ ON (\w+)", re.I)
_OR_IGNORE = re.compile(r"^(INSERT|UPDATE) OR IGNORE\b", re.I)


def translate_step_sql(sql: str) -> str | list[str]:
    """``sql`` of a schema step as PostgreSQL runs it (a list: several statements)."""
    text = sql.strip()
    head = " ".join(text.split()[:3]).upper()
    if head.startswith("PRAGMA") or re.search(r"\bGLOB\b", text, re.I):
        raise NotTranslatable(text.split("\n")[0])
    if m := pg_schema._FTS.match(text):
        return pg_schema._fts_table(m.group(1), m.group(2))
    if head.startswith(("CREATE TABLE", "CREATE TEMP TABLE")):
        return pg_schema._table(text)
    if m := _ADD_COLUMN.match(text):
        return f"ALTER TABLE {m.group(1)} ADD COLUMN " + pg_schema._column_types(m.group(2))
    if head.startswith(("CREATE INDEX", "CREATE UNIQUE INDEX")):
        return pg_schema._index(text)
    if m := _TRIGGER.match(text):
        return pg_schema._trigger(m.group(1), m.group(2), text)
    if m := _OR_IGNORE.match(text):
        if m.group(1).upper() == "UPDATE":
            raise NotTranslatable(text.split("\n")[0])
        text = f"INSERT{text[m.end():]} ON CONFLICT DO NOTHING"
    return re.sub(r"\bgroup_concat\(", "string_agg(", text, flags=re.I)


class _StepCursor:
    def __init__(self, cursor) -> None:
        self._cursor = cursor

    def execute(self, sql, params=None):
        for statement in _as_list(translate_step_sql(sql)):
            self._cursor.execute(statement, params)
        return self

    def executemany(self, sql, rows):
        statement = translate_step_sql(sql)
        if isinstance(statement, list):
            raise NotTranslatable(sql.split("\n")[0])
        self._cursor.executemany(statement, rows)
        return self

    def __getattr__(self, name):
        return getattr(self._cursor, name)


class StepDatabase:
    """What a schema step sees on PostgreSQL: ``execute_sql`` and ``cursor()``
    with each statement translated; ``connection()`` (SQLite's own functions)
    has no translation."""

    #: A step may leave out what only SQLite needs (app.storage.schema_steps_list_keys).
    translated = True

    def __init__(self, db: pw.Database) -> None:
        self._db = db

    def execute_sql(self, sql, params=None):
        cursor = None
        for statement in _as_list(translate_step_sql(sql)):
            cursor = self._db.execute_sql(statement, params)
        return cursor

    def cursor(self):
        return _StepCursor(self._db.cursor())

    def connection(self):
        raise NotTranslatable("a function registered in SQLite")


def _as_list(statement: str | list[str]) -> list[str]:
    return statement if isinstance(statement, list) else [statement]


def resync_identities(db: pw.Database) -> None:
    """Each identity column's next value above the largest id stored: a step
    that rebuilt a table copied its ids in, and the next insert must not reuse one."""
    for table, column in db.execute_sql(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND is_identity = 'YES'").fetchall():
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
            f"coalesce((SELECT max({column}) FROM {table}), 0) + 1, false)")


#: The advisory lock a schema update holds (any number, the same for every Hearth: "HRTH").
MIGRATION_LOCK = 0x48525448


def _version_now(db: pw.Database) -> int:
    row = db.execute_sql(f"SELECT value FROM {pg_schema.META_TABLE} "
                         "WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(db: pw.Database, url: str, version: int, *,
            target: int | None = None) -> list[int]:
    """Run the steps from the database's version up to ``target`` (default: the
    latest); returns the steps run. Each step and its version bump are one
    transaction; a failing step leaves the database at the step before it."""
    target = len(STEPS) if target is None else target
    done = []
    for step_no in range(version + 1, target + 1):
        step = STEPS[step_no - 1]
        try:
            with db.atomic():
                # Two Hearths opening an older database at once: one updates it,
                # the other waits here and then finds the step done.
                db.execute_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
                if _version_now(db) >= step_no:
                    continue
                step(StepDatabase(db))
                resync_identities(db)
                db.execute_sql(f"UPDATE {pg_schema.META_TABLE} SET value = ? "
                               "WHERE key = 'schema_version'", (str(step_no),))
        except (NotTranslatable, pw.PeeweeException) as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise DatabaseProblem(MIGRATION_FAILED, shown_url(url), where=shown_url(url),
                                  step=step_no, what=step.__doc__ or step.__name__,
                                  reason=reason, left_at=step_no - 1) from exc
        done.append(step_no)
    return done
