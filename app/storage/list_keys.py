"""List keys: every contact's place in the name order, as the number its search rows carry.

SQLite's FTS5 returns matches in ``rowid`` order and can stop after the first
few. So the search tables' rowid is not the contact's id but its *list key*:
a number that grows with the list's name order (``sort_key, id``), and then a
search reads just the rows the list shows, in the order it shows them, with
a ``LIMIT`` (app.storage.search_pages), instead of every match of a
one-letter search over a million contacts.

A key is ``order << ID_BITS | id``: the low bits give the contact's id back
without a lookup (``key & ID_MASK``), the high bits its place. The places have
gaps, so a new or renamed contact takes a free number between its
neighbours; when two neighbours have none left between them, a few contacts
around them are spread out again (their search rows move with them).

Only SQLite keeps list keys; PostgreSQL's search tables (app.storage.pg_search)
are keyed by contact id, and its column stays empty.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress

import peewee as pw

from app.storage.engine import database, is_postgres

ID_BITS = 30
ID_MASK = (1 << ID_BITS) - 1
#: Places run from 1 to MAX_ORDER; a key must fit SQLite's signed 64-bit rowid.
MAX_ORDER = (1 << (63 - ID_BITS)) - 1
#: The gap left after the last contact for the next one added at the end.
STEP = 1 << 12
#: The search tables keyed by list key, with their columns.
TABLES = {"contact_fts": ("name", "organisation", "emails", "phones", "places", "notes", "tags"),
          "phone_fts": ("digits",), "talk_fts": ("text",)}

_deferred: list[bool] = [False]
#: Whether that bulk load writes its search rows to staging tables (an empty book)
_staged: list[bool] = [False]
_STAGING = "staged_"
#: FTS5's pending-terms buffer while a search table is built at once, in bytes
#: (its default, 1 MiB, flushes a segment every few thousand contacts, and
#: merging those cost more than the tokenizing)
BUILD_HASHSIZE = 64 << 20
#: Contacts whose search rows a bulk load wrote under their id (keys_deferred)
_written: list[int] = []


def id_of(key: int) -> int:
    return key & ID_MASK


def key_of(order: int, contact_id: int) -> int:
    if contact_id > ID_MASK:
        raise OverflowError(f"contact id {contact_id} does not fit a list key")
    return (order << ID_BITS) | contact_id


def keys_of(contact_ids: Iterable[int]) -> dict[int, int]:
    """{contact id: its list key} (a contact not yet placed maps to its id)."""
    ids = list(contact_ids)
    out: dict[int, int] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        marks = ",".join("?" * len(chunk))
        out.update(database.execute_sql(
            f"SELECT id, coalesce(list_key, id) FROM contact WHERE id IN ({marks})", chunk))
    return out


def deferred() -> bool:
    """Whether a bulk load is running (keys_deferred): search rows carry the
    contact id for now, and every key is worked out once at its end."""
    return _deferred[0]


@contextmanager
def keys_deferred() -> Iterator[None]:
    """For a bulk load inside the caller's transaction (its indexes may be set
    aside, so finding each contact's neighbours could read the whole table):
    search rows go in under the contact id, and are keyed once at the end:
    every contact at once into a book that was empty, else the new ones only.

    Into a book with no contacts at all, insert_new() writes its rows to
    plain staging tables instead (:func:`search_table`), and each search table
    is built once at the end, in key order: FTS5 indexes every row once, not
    under its id first and again under its key."""
    if is_postgres() or _deferred[0]:
        yield
        return
    staged = database.execute_sql("SELECT 1 FROM contact LIMIT 1").fetchone() is None
    was_empty = staged or database.execute_sql(
        "SELECT list_key FROM contact WHERE list_key IS NOT NULL LIMIT 1").fetchone() is None
    if staged:
        _create_staging(database)
    _deferred[0], _staged[0] = True, staged
    _written.clear()
    try:
        yield
    except BaseException:
        if staged:
            with suppress(pw.DatabaseError):  # the error the caller sees is the load's
                _drop_staging(database)
        raise
    finally:
        _deferred[0] = _staged[0] = False
    written = sorted(set(_written))
    _written.clear()
    if staged:
        assign_all(database)
        build_search_tables(database)
    elif was_empty:
        assign_all(database)
        rekey_search_tables(database)
    elif written:  # their rows sit under their ids: each moves to its key
        place(written)
        keys = keys_of(written)
        move_search_rows({cid: keys[cid] for cid in written if keys[cid] != cid})


def search_table(name: str) -> str:
    """Where a bulk load's new search rows for ``name`` go: its staging table
    while keys_deferred() loads into an empty book, else the table itself."""
    return f"temp.{_STAGING}{name}" if _staged[0] else name


def note_written(contact_ids: Iterable[int]) -> None:
    """A bulk load wrote these contacts' search rows under their ids (keys_deferred)."""
    if _deferred[0]:
        _written.extend(contact_ids)


def place(contact_ids: list[int]) -> dict[int, tuple[int | None, int]]:
    """Give these contacts a key that fits their place in the name order.

    Returns {id: (key before, key now)} for every contact whose key changed,
    these and neighbours spread out to make room (a new contact's key before
    is None). A contact alone between its neighbours keeps a key that still
    fits. The contacts given are first taken out of the order, so that none
    is placed next to another's stale key; then each run of them that falls
    between the same two neighbours is spaced out between those in one go
    (an import into an empty book is one run: two queries, not two per card).
    """
    if not contact_ids:
        return {}
    old: dict[int, tuple[str, int | None]] = {}
    for start in range(0, len(contact_ids), 900):
        chunk = contact_ids[start:start + 900]
        marks = ",".join("?" * len(chunk))
        for cid, sort_key, key in database.execute_sql(
                f"SELECT id, sort_key, list_key FROM contact WHERE id IN ({marks})", chunk):
            old[cid] = (sort_key, key)
    database.cursor().executemany("UPDATE contact SET list_key = NULL WHERE id = ?",
                                  [(cid,) for cid, (_, key) in old.items() if key is not None])
    order = sorted(old, key=lambda i: (old[i][0], i))
    moved: dict[int, tuple[int | None, int]] = {}
    start = 0
    while start < len(order):
        sort_key, key = old[order[start]]
        before, after, after_at = _neighbours(sort_key, order[start])
        end = start + 1
        while end < len(order) and (after_at is None
                                    or (old[order[end]][0], order[end]) < after_at):
            end += 1
        run = order[start:end]
        low = before >> ID_BITS if before is not None else 0
        high = after >> ID_BITS if after is not None else MAX_ORDER + 1
        if len(run) == 1 and key is not None and low < key >> ID_BITS < high:
            placed = {run[0]: key}
        elif high - low > len(run):
            placed = {cid: key_of(order, cid) for cid, order in zip(
                run, _spaced(low, high, len(run), before is None, after is None))}
        else:  # no room: one by one, spreading neighbours out
            placed = {}
            for cid in run:
                for other, (was, now) in _place_one(old[cid][0], cid).items():
                    if other in placed:  # one of this run, spread again
                        placed[other] = now
                    else:
                        moved[other] = (moved[other][0] if other in moved else was, now)
                placed[cid] = _key_now(cid)
        database.cursor().executemany("UPDATE contact SET list_key = ? WHERE id = ?",
                                      [(new, cid) for cid, new in placed.items()])
        for cid, new in placed.items():
            was = old[cid][1] if cid in old else moved.get(cid, (None,))[0]
            if new != was:
                moved[cid] = (moved[cid][0] if cid in moved else was, new)
        start = end
    return moved


def _spaced(low: int, high: int, n: int, first: bool, last: bool) -> list[int]:
    """``n`` places between ``low`` and ``high`` (exclusive), evenly, or (at either
    end of the list) STEP apart, leaving room for more at that end."""
    step = (high - low) // (n + 1)
    if last and not first:
        step = max(1, min(step, STEP))
        return [low + step * (k + 1) for k in range(n)]
    if first and not last:
        step = max(1, min(step, STEP))
        return [high - step * (n - k) for k in range(n)]
    return [low + step * (k + 1) for k in range(n)]


def _key_now(cid: int) -> int:
    return database.execute_sql("SELECT list_key FROM contact WHERE id = ?", (cid,)).fetchone()[0]


def _place_one(sort_key: str, cid: int) -> dict[int, tuple[int | None, int]]:
    """Place one contact (its key set to NULL) between its neighbours, spreading
    them out first when there is no room; {id: (before, now)} of those moved."""
    moved: dict[int, tuple[int | None, int]] = {}
    low, high, last, first = _room(sort_key, cid)
    if high - low < 2:
        moved.update(_spread(sort_key, cid))
        low, high, last, first = _room(sort_key, cid)
    new = key_of(_spaced(low, high, 1, first, last)[0], cid)
    database.execute_sql("UPDATE contact SET list_key = ? WHERE id = ?", (new, cid))
    return moved


def _room(sort_key: str, cid: int) -> tuple[int, int, bool, bool]:
    """(place before, place after, nothing after, nothing before) around (sort_key, cid)."""
    before, after, _ = _neighbours(sort_key, cid)
    low = before >> ID_BITS if before is not None else 0
    high = after >> ID_BITS if after is not None else MAX_ORDER + 1
    return low, high, after is None, before is None


_NEIGHBOURS = (
    "SELECT * FROM (SELECT 0, list_key, sort_key, id FROM contact WHERE (sort_key, id) < (?, ?) "
    "AND list_key IS NOT NULL ORDER BY sort_key DESC, id DESC LIMIT 1) UNION ALL "
    "SELECT * FROM (SELECT 1, list_key, sort_key, id FROM contact WHERE (sort_key, id) > (?, ?) "
    "AND list_key IS NOT NULL ORDER BY sort_key, id LIMIT 1)")


def _neighbours(sort_key: str, cid: int) -> tuple[int | None, int | None, tuple | None]:
    """The keys of the placed contacts just before and just after (sort_key, id),
    and the (sort_key, id) of the one after: one query (a save or an import
    asks it per contact)."""
    before = after = after_at = None
    for side, key, other_key, other in database.cursor().execute(
            _NEIGHBOURS, (sort_key, cid, sort_key, cid)).fetchall():
        if side:
            after, after_at = key, (other_key, other)
        else:
            before = key
    return before, after, after_at


def _spread(sort_key: str, cid: int) -> dict[int, tuple[int | None, int]]:
    """No free number between (sort_key, cid)'s neighbours: spread out the placed
    contacts around it, over twice as many each time, until there is room."""
    width = 8
    while True:
        before = database.execute_sql(
            "SELECT id, list_key FROM contact WHERE (sort_key, id) < (?, ?) "
            "AND list_key IS NOT NULL ORDER BY sort_key DESC, id DESC LIMIT ?",
            (sort_key, cid, width + 1)).fetchall()[::-1]
        after = database.execute_sql(
            "SELECT id, list_key FROM contact WHERE (sort_key, id) > (?, ?) "
            "AND list_key IS NOT NULL ORDER BY sort_key, id LIMIT ?",
            (sort_key, cid, width + 1)).fetchall()
        # The outermost rows stay where they are and bound the span.
        low = before[0][1] >> ID_BITS if len(before) > width else 0
        high = after[-1][1] >> ID_BITS if len(after) > width else MAX_ORDER + 1
        inner = before[1:] if len(before) > width else before
        inner += after[:-1] if len(after) > width else after
        slots = len(inner) + 1  # and one free place for cid itself
        if high - low > 4 * (slots + 1):
            break
        if len(before) <= width and len(after) <= width:
            raise OverflowError("no room left for list keys")  # 2^33 places: not reachable
        width *= 2
    step = (high - low) // (slots + 1)
    moved: dict[int, tuple[int | None, int]] = {}
    orders = iter(range(low + step, high, step))
    for n, (other, key) in enumerate(inner):
        if n == len(before) - (1 if len(before) > width else 0):
            next(orders)  # cid's own place, between the rows before and after it
        new = key_of(next(orders), other)
        moved[other] = (key, new)
    database.cursor().executemany("UPDATE contact SET list_key = ? WHERE id = ?",
                                  [(new, other) for other, (_, new) in moved.items()])
    move_search_rows({old: new for old, new in moved.values() if old is not None})
    return moved


def move_search_rows(moves: dict[int, int], tables: Iterable[str] = tuple(TABLES)) -> None:
    """Move search rows from their old keys to new ones (contacts re-placed)."""
    if not moves:
        return
    cur = database.cursor()
    for table in tables:
        cols = TABLES[table]
        names = ", ".join(cols)
        rows = []
        for old, new in moves.items():
            found = cur.execute(f"SELECT {names} FROM {table} WHERE rowid = ?", (old,)).fetchone()
            if found is not None:
                rows.append((new, *found))
        cur.executemany(f"DELETE FROM {table} WHERE rowid = ?", [(old,) for old in moves])
        marks = ", ".join("?" * (len(cols) + 1))
        cur.executemany(f"INSERT INTO {table}(rowid, {names}) VALUES ({marks})",
                        sorted(rows))


def assign_all(db: pw.Database) -> None:
    """Every contact's key, evenly spread over the places, in name order.

    The places are worked out into a temporary table first and the contacts
    then updated in id order, page after page: updated in name order, a
    million contacts (more than the page cache holds) were read and written
    back in random order, 34 s of CPU instead of a few."""
    n = db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
    gap = max(1, MAX_ORDER // (n + 2))
    db.execute_sql("DROP TABLE IF EXISTS temp.placed")
    db.execute_sql("CREATE TEMP TABLE placed(id INTEGER PRIMARY KEY, place INTEGER NOT NULL)")
    db.execute_sql("INSERT INTO temp.placed(id, place) SELECT id, row_number() "
                   "OVER (ORDER BY sort_key, id) FROM contact ORDER BY id")
    db.execute_sql("UPDATE contact SET list_key = ((SELECT place FROM temp.placed p "
                   "WHERE p.id = contact.id) * ?) << ? | id", (gap, ID_BITS))
    db.execute_sql("DROP TABLE temp.placed")


def rekey_search_tables(db: pw.Database) -> None:
    """Each search row under its contact's key: the rows are read out (whatever
    keys they had: ``rowid & ID_MASK`` is the contact's id either way), the table
    is made anew, and they go back in key order, the order FTS5 writes best."""
    for table, cols in TABLES.items():
        names = ", ".join(cols)
        create = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?",
                                (table,)).fetchone()[0]
        db.execute_sql("DROP TABLE IF EXISTS temp.rekeyed")
        picked = ", ".join(f"f.{c}" for c in cols)
        db.execute_sql(f"CREATE TEMP TABLE rekeyed AS SELECT c.list_key AS key, {picked} "
                       f"FROM {table} f JOIN contact c ON c.id = f.rowid & {ID_MASK}")
        db.execute_sql(f"DROP TABLE {table}")
        db.execute_sql(create)
        _set_hashsize(db, table, BUILD_HASHSIZE)
        db.execute_sql(f"INSERT INTO {table}(rowid, {names}) "
                       f"SELECT key, {names} FROM temp.rekeyed ORDER BY key")
        _set_hashsize(db, table, None)
        db.execute_sql("DROP TABLE temp.rekeyed")


def _create_staging(db: pw.Database) -> None:
    for table, cols in TABLES.items():
        db.execute_sql(f"DROP TABLE IF EXISTS temp.{_STAGING}{table}")
        db.execute_sql(f"CREATE TEMP TABLE {_STAGING}{table}({', '.join(cols)})")


def _drop_staging(db: pw.Database) -> None:
    for table in TABLES:
        db.execute_sql(f"DROP TABLE IF EXISTS temp.{_STAGING}{table}")


def build_search_tables(db: pw.Database) -> None:
    """Fill each search table once from its staging table (rowid = contact id),
    every row under its contact's key, in key order (the keys assigned): rows
    found in the search table itself (written under ids by another path during
    the load) are staged too. The staging tables are dropped."""
    db.execute_sql("DROP TABLE IF EXISTS temp.staged_order")
    db.execute_sql("CREATE TEMP TABLE staged_order(id INTEGER PRIMARY KEY, key INTEGER NOT NULL)")
    db.execute_sql("INSERT INTO temp.staged_order(id, key) SELECT id, list_key FROM contact")
    for table, cols in TABLES.items():
        names = ", ".join(cols)
        staging = f"temp.{_STAGING}{table}"
        if db.execute_sql(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:
            db.execute_sql(f"INSERT INTO {staging}(rowid, {names}) "
                           f"SELECT rowid & {ID_MASK}, {names} FROM {table}")
            db.execute_sql(f"DELETE FROM {table}")
        _set_hashsize(db, table, BUILD_HASHSIZE)
        picked = ", ".join(f"s.{c}" for c in cols)
        # The staged rows read in their own order and sorted (a sort writes and
        # reads its runs in sequence), not looked up in key order: a million
        # contacts' rows outgrow the cache, and each lookup was a random read.
        db.execute_sql(f"INSERT INTO {table}(rowid, {names}) SELECT o.key, {picked} "
                       f"FROM {staging} s CROSS JOIN temp.staged_order o ON o.id = s.rowid "
                       "ORDER BY o.key")
        _set_hashsize(db, table, None)
        db.execute_sql(f"DROP TABLE {staging}")
    db.execute_sql("DROP TABLE temp.staged_order")


def _set_hashsize(db: pw.Database, table: str, size: int | None) -> None:
    """FTS5's hashsize for ``table``; None: its default again, and no trace of
    the setting left in the table's configuration."""
    db.execute_sql(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)",
                   (size if size is not None else 1 << 20,))
    if size is None:
        db.execute_sql(f"DELETE FROM {table}_config WHERE k = 'hashsize'")
