"""The open PostgreSQL database as the privacy stores read and write it.

app.privacy.erase_store and export_store work on a connection with
``execute(sql, params)`` and ``executemany`` (a sqlite3 connection: the open
file's, or a backup file's of any earlier schema). :class:`PgConnection` gives
the open PostgreSQL database the same face (the statements' ``?`` translated by
app.storage.pg), plus what SQLite's PRAGMAs and ``sqlite_master`` tell there.
"""
from __future__ import annotations

from collections.abc import Iterable


class PgConnection:
    """``execute``/``executemany`` in the caller's transaction, on peewee's connection."""

    def __init__(self, db) -> None:
        self.db = db

    def execute(self, sql: str, params: Iterable = ()):
        return self.db.execute_sql(sql, tuple(params))

    def executemany(self, sql: str, rows: Iterable):
        cur = self.db.cursor()
        cur.executemany(sql, list(rows))
        return cur

    def tables(self) -> set[str]:
        return {r[0] for r in self.db.execute_sql(
            "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")}

    def columns(self, table: str) -> set[str]:
        return {r[0] for r in self.db.execute_sql(
            "SELECT attname FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass(?) "
            "AND attnum > 0 AND NOT attisdropped", (table,))}

    def references_to(self, table: str) -> list[tuple[str, str]]:
        """(table, column) of every foreign key that points at ``table``."""
        return sorted(self.db.execute_sql(
            "SELECT c.conrelid::regclass::text, a.attname FROM pg_catalog.pg_constraint c "
            "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid "
            "AND a.attnum = ANY(c.conkey) WHERE c.contype = 'f' "
            "AND c.confrelid = to_regclass(?)", (table,)).fetchall())

    def vacuum(self, tables: Iterable[str]) -> None:
        """VACUUM these tables (outside a transaction: peewee runs in autocommit), so
        that the erased rows' space is reclaimed now, not at autovacuum's next round."""
        have = self.tables()
        names = sorted(t for t in set(tables) if t in have)
        if names:
            self.db.execute_sql("VACUUM (ANALYZE) " + ", ".join(f'"{t}"' for t in names))
