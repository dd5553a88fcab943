"""Loading a demo book: finished rows inserted as they are (:func:`insert`),
and for a big book the contact tables' indexes built once at the end.

Inserting a million contacts into tables that carry a dozen indexes (sort
keys, UIDs, temperatures, phone digits, e-mail addresses) updates each index
row by row, in random order, and most of those pages no longer fit in the
cache; CREATE INDEX afterwards sorts once. At 100,000 contacts the indexes
still fit and it makes little difference; at a million it cut the build
(with the bench's fresh_file) from 1873 s to 705 s on a loaded machine.
The indexes are dropped and created again inside the caller's transaction,
with their stored SQL: a failed load rolls the drop back with everything
else, and the finished schema is the one it was.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from app.demo.rows import WARMTH_COLUMNS, Rows
from app.storage.connection import database

#: Tables the demo writes row by row and nothing reads by index meanwhile.
#: (interaction_contact keeps its index: its rows come in contact order, so the
#: index only grows at its end.)
TABLES = ("contact", "phone", "email", "address", "url", "contact_tag")
#: Page cache during the load, in KiB (SQLite's negative cache_size).
CACHE_KIB = 256 * 1024
_CACHED = ("main", "temp")


def index_sql() -> list[tuple[str, str]]:
    """(name, CREATE statement) of the bulk tables' own indexes, in creation order."""
    marks = ", ".join("?" * len(TABLES))
    return database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY rowid", TABLES).fetchall()


@contextmanager
def indexes_deferred() -> Iterator[None]:
    """Within the caller's transaction: no indexes on TABLES until the block ends."""
    if not database.in_transaction():
        raise RuntimeError("indexes_deferred() needs the caller's transaction")
    saved = index_sql()
    for name, _ in saved:
        database.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in saved:
        database.execute_sql(sql)


@contextmanager
def big_cache() -> Iterator[None]:
    """A larger page cache for this connection while the block runs."""
    before = [database.execute_sql(f"PRAGMA {db}.cache_size").fetchone()[0] for db in _CACHED]
    for db in _CACHED:  # temp: the search rows staged for the end (app.storage.list_keys)
        database.execute_sql(f"PRAGMA {db}.cache_size = {-CACHE_KIB}")
    try:
        yield
    finally:
        for db, size in zip(_CACHED, before, strict=True):
            database.execute_sql(f"PRAGMA {db}.cache_size = {int(size)}")


def worth_it(n: int) -> bool:
    """Whether loading ``n`` contacts is big enough for loading(True)."""
    from app.demo.producer import MIN_CONTACTS

    return n >= MIN_CONTACTS


@contextmanager
def loading(big: bool) -> Iterator[None]:
    """One transaction for the whole load; for a big one, with big_cache() and
    indexes_deferred()."""
    from app.storage import engine
    from app.storage.list_keys import keys_deferred

    # The search rows are keyed by list key once, at the end (app.storage.list_keys):
    # placing each contact between its neighbours needs the indexes set aside here.
    if not big or engine.is_postgres():  # PostgreSQL: its own cache, indexes as they are
        with database.atomic(), keys_deferred():
            yield
        return
    with big_cache(), database.atomic(), indexes_deferred(), keys_deferred():
        yield


@contextmanager
def fresh_file() -> Iterator[None]:
    """For a new database that only the caller has open (the bench's own file),
    never a user's book: while the block runs, a journal in memory instead of
    the write-ahead log (no second copy of every page to write and check back
    in) and no waiting for the disk; the usual settings again after."""
    from app.storage import engine
    from app.storage.connection import PRAGMAS

    if database.execute_sql("SELECT count(*) FROM contact").fetchone()[0]:
        raise RuntimeError("fresh_file() is for a new, empty database")
    if engine.is_postgres():  # a server's database: no file settings to change
        yield
        return
    database.execute_sql("PRAGMA journal_mode = MEMORY")
    database.execute_sql("PRAGMA synchronous = OFF")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA synchronous = {PRAGMAS['synchronous']}")
        database.execute_sql(f"PRAGMA journal_mode = {PRAGMAS['journal_mode']}")


#: Tables whose ids app.demo.rows numbers ahead.
NUMBERED = ("contact", "interaction")


def _contact_sql() -> str:
    from app.contacts.store import INSERT_COLUMNS

    columns = ("id",) + INSERT_COLUMNS + WARMTH_COLUMNS
    return f"INSERT INTO contact({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _highest_id(table: str) -> int:
    """The highest id in ``table``, or (PostgreSQL) that its identity handed out."""
    from app.storage import engine

    top = database.execute_sql(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
    if engine.is_postgres():
        top = max(top, database.execute_sql(
            "SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence(?, 'id')::regclass), 0)",
            (table,)).fetchone()[0])
    return top


def next_ids() -> tuple[int, int]:
    """The first free contact and interaction ids, for rows numbered ahead."""
    contact, interaction = (_highest_id(t) + 1 for t in NUMBERED)
    return contact, interaction


def insert(rows: Rows) -> None:
    """Insert one finished batch, in the caller's transaction."""
    from app.contacts.child_store import write_children
    from app.conversations import store as talk_store
    from app.storage import search_index as search

    cur = database.cursor()
    cur.executemany(_contact_sql(), rows.contacts)
    write_children(cur, rows.children, rows.tag_names)
    cur.executemany("INSERT INTO card_opt_out(contact_id, since) VALUES (?, ?)", rows.opt_outs)
    search.insert_new(rows.documents, rows.talks)
    talk_store.insert_bulk(rows.interactions, rows.links)


def ids_taken() -> None:
    """After inserting numbered rows: PostgreSQL's identities past their ids
    (SQLite takes max(id) + 1 by itself)."""
    from app.storage import engine

    if not engine.is_postgres():
        return
    for table in NUMBERED:
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence(?, 'id'), max(id)) FROM {table} "
            "HAVING max(id) > coalesce(pg_sequence_last_value("
            "pg_get_serial_sequence(?, 'id')::regclass), 0)", (table, table))
