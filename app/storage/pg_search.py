"""Search on PostgreSQL: what the plain copies of the FTS5 tables are searched with.

See :mod:`app.storage.search_index` for the rules (SQLite's FTS5 is the
reference); :data:`DDL` runs after the tables exist (app.storage.pg_schema).
"""
from __future__ import annotations

#: Extensions and indexes for the search tables, run by pg_schema.install.
DDL: list[str] = []
