"""Recovering what can still be read from a file SQLite finds damaged.

``VACUUM INTO`` and the backup API stop at the first damaged page, and the
sqlite3 shell's ``.recover`` is not in Python's sqlite3. So the schema is
created anew in a new file and each table copied row by row: a whole scan
first, and where it breaks off, every row id any index (or the rows read so
far) knows of is read on its own, skipping the unreadable ones. The search
indexes are not copied: app.storage.check rebuilds them afterwards.

The damaged original is never written to: it is read through SQLite only,
read-only, and then renamed (with its -wal and -shm) to sit beside the new
file, so that nothing in it is lost either.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.core import clock
from app.core.i18n import N_
from app.core.problems import problem_code
from app.storage.backup import remove_part
from app.storage.errors import DatabaseProblem

NOTHING_READABLE = problem_code("db.nothing_readable", N_(
    "Nothing can be recovered from {path}: not even its list of tables can be read "
    "({detail}). Restore a backup instead."))


@dataclass(frozen=True)
class Recovered:
    rows: int  # copied into the new file
    lost: int  # known to exist but unreadable
    kept: Path  # where the damaged original now is


def recover_in_place(path: Path) -> Recovered:
    """Recover ``path`` into a new file that takes its place; keep the original
    beside it as ``<stem>-damaged-<stamp><suffix>``. No connection to ``path``
    may be open in this process."""
    part = path.with_name(f"{path.stem}-recovered{path.suffix}.part")
    remove_part(part)
    try:
        rows, lost = copy_readable(path, part)
    except BaseException:
        remove_part(part)
        raise
    kept = set_aside(path)
    part.replace(path)
    return Recovered(rows, lost, kept)


def set_aside(path: Path) -> Path:
    """Rename the damaged ``path`` (with its -wal and -shm) to
    ``<stem>-damaged-<stamp><suffix>`` beside it; returns the new name.
    Renaming opens nothing: safe while SQLite has the file open elsewhere."""
    kept = path.with_name(f"{path.stem}-damaged-{clock.local_now():%Y%m%d-%H%M%S}{path.suffix}")
    path.replace(kept)
    for ext in ("-wal", "-shm"):
        side = path.with_name(path.name + ext)
        if side.exists():
            side.replace(kept.with_name(kept.name + ext))
    return kept


def copy_readable(source: Path, dest: Path) -> tuple[int, int]:
    """Copy the schema and every readable row of ``source`` into a new ``dest``;
    returns (rows copied, rows lost)."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    out = sqlite3.connect(str(dest), isolation_level=None)
    try:
        try:
            schema = src.execute("SELECT type, name, sql FROM sqlite_master "
                                 "WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
            version = src.execute("PRAGMA user_version").fetchone()[0]
            app_id = src.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise DatabaseProblem(NOTHING_READABLE, source, detail=str(exc)) from exc
        virtual = [name for kind, name, sql in schema
                   if kind == "table" and sql.upper().startswith("CREATE VIRTUAL")]
        tables = [name for kind, name, sql in schema
                  if kind == "table" and name not in virtual and not name.startswith("sqlite_")
                  and not any(name.startswith(v + "_") for v in virtual)]
        out.execute("BEGIN")
        for kind, name, sql in schema:  # tables first, then indexes, views, triggers
            if kind == "table" and (name in tables or name in virtual):
                out.execute(sql)
        for kind, name, sql in schema:
            if kind != "table" and not name.startswith("sqlite_"):
                out.execute(sql)
        copied = lost = 0
        for table in tables:
            c, n = _copy_table(src, out, table)
            copied, lost = copied + c, lost + n
        out.execute(f"PRAGMA user_version = {int(version)}")
        out.execute(f"PRAGMA application_id = {int(app_id)}")
        out.execute("COMMIT")
        return copied, lost
    finally:
        src.close()
        out.close()


def _copy_table(src: sqlite3.Connection, out: sqlite3.Connection, table: str) -> tuple[int, int]:
    columns = [r[1] for r in src.execute(f'PRAGMA table_info("{table}")')]
    names = ", ".join(f'"{c}"' for c in columns)
    insert = (f'INSERT OR IGNORE INTO "{table}" ({names}) '
              f'VALUES ({", ".join("?" * len(columns))})')
    seen: set[int] = set()
    has_rowid = _has_rowid(src, table)
    select = f'SELECT rowid, {names} FROM "{table}"' if has_rowid else \
        f'SELECT NULL, {names} FROM "{table}"'
    copied = 0
    try:
        for row in src.execute(select):
            out.execute(insert, row[1:])
            seen.add(row[0])
            copied += 1
        return copied, 0
    except sqlite3.DatabaseError:
        if not has_rowid:
            return copied, 1  # no row ids to look rows up by: what was read is kept
    indexed = _indexed_rowids(src, table)
    top = max([_max_rowid(src, table), *indexed, *seen, 0])
    lost = 0
    for rowid in range(1, top + 1):
        if rowid in seen:
            continue
        try:
            row = src.execute(f'SELECT {names} FROM "{table}" WHERE rowid = ?',
                              (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            row = None
        if row is not None:
            out.execute(insert, row)
            copied += 1
        elif rowid in indexed:  # an index knows the row, the table lost it
            lost += 1
    return copied, lost


def _has_rowid(src: sqlite3.Connection, table: str) -> bool:
    sql = src.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    return "WITHOUT ROWID" not in sql.upper()


def _indexed_rowids(src: sqlite3.Connection, table: str) -> set[int]:
    """Row ids the table's (readable) indexes know of."""
    found: set[int] = set()
    for (index,) in src.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                "AND tbl_name = ?", (table,)).fetchall():
        try:
            for (rowid,) in src.execute(f'SELECT rowid FROM "{table}" INDEXED BY "{index}"'):
                found.add(rowid)
        except sqlite3.DatabaseError:
            continue
    return found


def _max_rowid(src: sqlite3.Connection, table: str) -> int:
    try:
        return src.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
    except sqlite3.DatabaseError:
        return 0
