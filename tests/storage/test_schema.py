"""The schema a fresh database ends up with, compared with the committed schema.sql.

The schema exists only as migration steps; this snapshot makes it one file to
read, and makes a changed table a visible diff in review. After adding a
migration step, regenerate it and commit the diff:

    HEARTH_WRITE_SCHEMA=1 .venv/bin/python -m pytest -q tests/storage/test_schema.py
"""
from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

import pytest

SNAPSHOT = Path(__file__).with_name("schema.sql")
REGENERATE = "HEARTH_WRITE_SCHEMA=1 .venv/bin/python -m pytest -q tests/storage/test_schema.py"
_ORDER = {"table": 0, "index": 1, "trigger": 2, "view": 3}
#: Tables FTS5 makes for each of its virtual tables: SQLite's, not ours.
_SHADOW = ("data", "idx", "content", "docsize", "config")


def schema_text(db) -> str:
    """sqlite_master's SQL of our tables, indexes, triggers, views and virtual tables,
    by type and name, after the user_version."""
    rows = db.execute_sql("SELECT type, name, sql FROM sqlite_master "
                          "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'").fetchall()
    virtual = {name for _, name, sql in rows
               if re.match(r"\s*CREATE\s+VIRTUAL\s+TABLE", sql, re.IGNORECASE)}
    shadow = {f"{v}_{suffix}" for v in virtual for suffix in _SHADOW}
    version = db.execute_sql("PRAGMA user_version").fetchone()[0]
    out = ["-- Hearth's schema after every migration step; compared by tests/storage/"
           "test_schema.py.", f"-- Regenerate: {REGENERATE}", "",
           f"PRAGMA user_version = {version};"]
    for kind, name, sql in sorted(rows, key=lambda r: (_ORDER.get(r[0], 9), r[1])):
        if name not in shadow:
            out += ["", f"-- {kind} {name}", sql.strip() + ";"]
    return "\n".join(out) + "\n"


@pytest.mark.sqlite_only  # the snapshot is SQLite's schema file
def test_the_migrated_schema_is_the_committed_one(db):
    actual = schema_text(db)
    if os.environ.get("HEARTH_WRITE_SCHEMA") == "1":
        SNAPSHOT.write_text(actual, encoding="utf-8")
    expected = SNAPSHOT.read_text(encoding="utf-8") if SNAPSHOT.exists() else ""
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            "tests/storage/schema.sql (committed)", "freshly migrated database"))
        pytest.fail("The migrated schema differs from tests/storage/schema.sql:\n\n"
                    f"{diff}\nIf the change is meant, regenerate the snapshot and commit it:"
                    f"\n    {REGENERATE}", pytrace=False)


@pytest.mark.sqlite_only  # the snapshot is SQLite's schema file
def test_the_snapshot_names_every_table_and_the_version(db):
    text = schema_text(db)
    tables = [r[0] for r in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%fts_%'")]
    assert len(tables) > 10
    for table in tables:
        assert f"-- table {table}\n" in text
    assert "-- table contact_fts\nCREATE VIRTUAL TABLE" in text
    assert "contact_fts_data" not in text  # FTS5's own shadow tables are left out
    version = db.execute_sql("PRAGMA user_version").fetchone()[0]
    assert version > 0 and f"PRAGMA user_version = {version};" in text
