"""Change notification on PostgreSQL: the triggers that tell other windows.

See :mod:`app.storage.changes` for the interface; :data:`DDL` runs after the
tables exist (app.storage.pg_schema).
"""
from __future__ import annotations

#: Functions and triggers that NOTIFY on writes, run by pg_schema.install.
DDL: list[str] = []
