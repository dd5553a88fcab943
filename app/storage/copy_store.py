"""The SQL of copying a book (:mod:`app.storage.copy`): which tables, in what
order, which columns, and reading and writing their rows on either engine.

Both ends hold this version's schema, so the table list and the foreign keys
come from SQLite's migrated schema (the one source of truth, as in
:mod:`app.storage.pg_schema`); the columns are those both ends really have
(a PostgreSQL-only column filled by a trigger or a generated one is left to
the target). FTS5 tables are copied with their ``rowid``, which is a real
column on PostgreSQL.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import peewee as pw

from app.storage import list_keys
from app.storage.engine import is_postgres

CHUNK = 5000
_SHADOW = re.compile(r"_(data|idx|content|docsize|config)$")


@functools.lru_cache(maxsize=1)
def plan() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(table, self-referencing columns) for every table, parents before children."""
    from app.storage import migrations

    db = pw.SqliteDatabase(":memory:")
    db.connect()
    try:
        migrations.migrate(db, None)
        rows = list(db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        virtual = {n for n, sql in rows if sql.upper().startswith("CREATE VIRTUAL")}
        names = [n for n, _ in rows if not any(
            n.startswith(v) and _SHADOW.search(n) for v in virtual)]
        refs = {n: [(r[2], r[3]) for r in db.execute_sql(f'PRAGMA foreign_key_list("{n}")')]
                for n in names}
    finally:
        db.close()
    order: list[str] = []

    def visit(name: str) -> None:
        if name in order:
            return
        for parent, _ in refs[name]:
            if parent != name:
                visit(parent)
        order.append(name)

    for name in names:
        visit(name)
    return tuple((n, tuple(col for parent, col in refs[n] if parent == n)) for n in order)


def is_virtual(db: pw.Database, table: str) -> bool:
    if is_postgres(db):
        return False
    row = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    return bool(row) and row[0].upper().startswith("CREATE VIRTUAL")


def columns(db: pw.Database, table: str) -> list[str]:
    """The columns a copy may write (none when ``db`` has no such table)."""
    if is_postgres(db):
        return [r[0] for r in db.execute_sql(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "AND table_schema = current_schema() AND is_generated = 'NEVER' "
            "ORDER BY ordinal_position", (table,))]
    cols = [r[1] for r in db.execute_sql(f'PRAGMA table_info("{table}")')]
    return (["rowid"] + cols) if cols and is_virtual(db, table) else cols


def count(db: pw.Database, table: str) -> int:
    return db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]


def contact_count(db: pw.Database) -> int:
    return count(db, "contact")


def begin_snapshot(db: pw.Database) -> None:
    """A consistent view of the source for the whole copy (read only)."""
    db.execute_sql("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"
                   if is_postgres(db) else "BEGIN")


def end_snapshot(db: pw.Database) -> None:
    db.execute_sql("ROLLBACK")


def read(db: pw.Database, table: str, cols: list[str]) -> Iterator[list[tuple]]:
    """The rows of ``table`` in chunks, streamed (not all in memory at once)."""
    picked = [f"rowid & {list_keys.ID_MASK}" if c == "rowid" and table in list_keys.TABLES
              and not is_postgres(db) else c for c in cols]  # a list key's id (list_keys)
    sql = f"SELECT {', '.join(picked)} FROM {table}"
    if is_postgres(db):
        cursor = db.connection().cursor(name=f"hearth_copy_{table}")
        cursor.itersize = CHUNK
        cursor.execute(sql)
    else:
        cursor = db.execute_sql(sql)
    try:
        while rows := cursor.fetchmany(CHUNK):
            yield rows
    finally:
        cursor.close()


def clear(db: pw.Database, tables: list[str]) -> None:
    """Empty ``tables`` (children first): a target without contacts may still
    hold what a fresh window wrote, such as settings."""
    for table in reversed(tables):
        db.execute_sql(f"DELETE FROM {table}")


def write(db: pw.Database, table: str, cols: list[str], rows: list[tuple]) -> None:
    if is_postgres(db):
        with db.connection().cursor().copy(
                f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join("?" * len(cols))
    db.cursor().executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows)


def set_self_references(db: pw.Database, table: str, col: str,
                        pairs: list[tuple[int, int]]) -> None:
    """The references a row makes to another row of its own table, written
    once every row is there (a contact may be referred by a later one)."""
    cursor = db.cursor()
    for start in range(0, len(pairs), CHUNK):
        cursor.executemany(f"UPDATE {table} SET {col} = ? WHERE id = ?",
                           pairs[start:start + CHUNK])


def advance_ids(db: pw.Database, tables: list[str]) -> None:
    """PostgreSQL's identity sequences past the copied ids (SQLite takes max(id) + 1)."""
    if not is_postgres(db):
        return
    for table in tables:
        if "id" in columns(db, table):
            db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence(?, 'id'), max(id)) FROM {table} "
                "HAVING max(id) IS NOT NULL", (table,))


def analyze(db: pw.Database) -> None:
    """PostgreSQL: the planner's statistics of the copied tables, before anyone
    searches (a freshly filled table has none, and its first plans are guesses)."""
    if is_postgres(db):
        db.execute_sql("ANALYZE")


def set_aside_indexes(db: pw.Database, tables: list[str]) -> list[str]:
    """PostgreSQL: drop the plain indexes of ``tables`` for the copy and return
    their definitions, to build each once over all its rows afterwards
    (:func:`rebuild_indexes`): much cheaper than row by row, a trigram (GIN)
    index above all. Constraints' indexes stay. Inside the copy's transaction,
    so a rollback brings them back."""
    if not is_postgres(db):
        return []
    rows = list(db.execute_sql(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i "
        "WHERE i.schemaname = current_schema() AND i.tablename = ANY(?) AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)", (list(tables),)))
    for name, _ in rows:
        db.execute_sql(f'DROP INDEX "{name}"')
    return [definition for _, definition in rows]


def rebuild_indexes(db: pw.Database, definitions: list[str]) -> None:
    cursor = db.connection().cursor()  # psycopg's own: the definitions are PostgreSQL's SQL
    for definition in definitions:
        cursor.execute(definition)
