"""The SQL of a privacy erasure, on a plain sqlite3 connection.

The same statements erase a person from the open database (its connection,
inside the caller's transaction) and from a backup file of any earlier
schema (a connection of its own): each step looks at which tables and
columns the file has, instead of assuming today's schema. On PostgreSQL the
open database is reached through app.privacy.pg_store's connection
(:func:`connection` picks it); there are no backup files there.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app.privacy.pg_store import PgConnection
from app.storage.connection import database
from app.storage.engine import is_postgres

#: Put where an erased person's name stood in a conversation shared with others.
ERASED_NAME = "(erased contact)"
#: Search indexes with one row per contact (rowid = contact id).
_CONTACT_INDEXES = ("contact_fts", "phone_fts", "talk_fts")


@dataclass
class Reach:
    """What erasing one contact removes or changes (counts for the confirmation)."""
    contact_id: int
    uid: str = ""
    name: str = ""
    phones: int = 0
    emails: int = 0
    addresses: int = 0
    has_photo: bool = False
    tags: int = 0
    own_conversations: list[int] = field(default_factory=list)
    shared_conversations: list[int] = field(default_factory=list)
    card_entries: int = 0
    cards_received: int = 0
    referred: list[int] = field(default_factory=list)
    journal_copies: int = 0


#: Tables without a contact_id column that an erasure deletes from or rewrites
#: (PostgreSQL vacuums them and those with one after an erasure).
_ALSO_TOUCHED = ("contact", "tag", "interaction", "card_household", *_CONTACT_INDEXES,
                 "search_word")
#: Tables whose rows a contact's deletion empties into an anonymous tombstone
#: (a trigger, app/storage/schema_steps_carddav.py) rather than deleting them.
TOMBSTONED_BY_DELETION = frozenset({"sync_item"})


def connection():
    """The open database's connection, as this module's functions take it."""
    return PgConnection(database) if is_postgres() else database.connection()


def tables(con: sqlite3.Connection) -> set[str]:
    if isinstance(con, PgConnection):
        return con.tables()
    return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def columns(con: sqlite3.Connection, table: str) -> set[str]:
    if isinstance(con, PgConnection):
        return con.columns(table)
    return {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}


def references_to(con: sqlite3.Connection, target: str) -> list[tuple[str, str]]:
    """(table, column) of every foreign key that points at ``target``."""
    if isinstance(con, PgConnection):
        return con.references_to(target)
    return sorted((t, fk[3]) for t in tables(con)
                  for fk in con.execute(f'PRAGMA foreign_key_list("{t}")') if fk[2] == target)


def tables_with_contact_id(con: sqlite3.Connection) -> list[str]:
    """Every table (virtual tables' shadow tables aside) with a ``contact_id`` column."""
    return sorted(t for t in tables(con) if "contact_id" in columns(con, t))


def _count(con, sql: str, params=()) -> int:
    return con.execute(sql, params).fetchone()[0]


def find_by_uid(con: sqlite3.Connection, uid: str) -> int | None:
    row = con.execute("SELECT id FROM contact WHERE uid = ?", (uid,)).fetchone()
    return row[0] if row else None


def reach(con: sqlite3.Connection, contact_id: int) -> Reach | None:
    """What an erasure of ``contact_id`` would take; None when there is no such contact."""
    row = con.execute("SELECT uid, display_name FROM contact WHERE id = ?",
                      (contact_id,)).fetchone()
    if row is None:
        return None
    r = Reach(contact_id, uid=row[0], name=row[1])
    have = tables(con)
    one = (contact_id,)
    r.phones = _count(con, "SELECT count(*) FROM phone WHERE contact_id = ?", one)
    r.emails = _count(con, "SELECT count(*) FROM email WHERE contact_id = ?", one)
    r.addresses = _count(con, "SELECT count(*) FROM address WHERE contact_id = ?", one)
    r.has_photo = bool(_count(con, "SELECT count(*) FROM photo WHERE contact_id = ?", one))
    r.tags = _count(con, "SELECT count(*) FROM contact_tag WHERE contact_id = ?", one)
    if "interaction_contact" in have:
        for iid, others in con.execute(
                "SELECT ic.interaction_id, (SELECT count(*) FROM interaction_contact o "
                "WHERE o.interaction_id = ic.interaction_id AND o.contact_id != ?) "
                "FROM interaction_contact ic WHERE ic.contact_id = ? ORDER BY 1",
                (contact_id, contact_id)):
            (r.shared_conversations if others else r.own_conversations).append(iid)
    if "card_recipient" in have:
        r.card_entries = _count(con, "SELECT count(*) FROM card_recipient WHERE contact_id = ?",
                                one)
        r.cards_received = _count(
            con, "SELECT count(*) FROM card_received WHERE contact_id = ?", one)
    r.referred = [x[0] for x in con.execute(
        "SELECT id FROM contact WHERE referred_by_id = ? AND id != ? ORDER BY id",
        (contact_id, contact_id))]
    if "import_undo" in have:
        r.journal_copies = _count(con, "SELECT count(*) FROM import_undo WHERE contact_id = ?",
                                  one)
    return r


def name_forms(con: sqlite3.Connection, contact_id: int) -> list[str]:
    """The ways the person's name is written in text: display name, given + family."""
    row = con.execute("SELECT display_name, given_name, family_name, nickname, organisation, "
                      "kind FROM contact WHERE id = ?", (contact_id,)).fetchone()
    display, given, family, nickname, organisation, kind = row
    forms = {display, f"{given} {family}".strip()}
    if kind == "organisation":
        forms.add(organisation)
    forms.add(nickname)
    # Longest first, so "Anna Maria Müller" goes before "Anna Müller".
    return sorted((f for f in forms if len(f.strip()) >= 3), key=len, reverse=True)


def scrub_shared_conversations(con: sqlite3.Connection, ids: list[int],
                               names: list[str]) -> int:
    """Replace the person's name in these conversations' texts; returns how many changed."""
    if not ids or not names:
        return 0
    # Whole words only: erasing "Max" must leave "Maximilian" alone.
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)",
                         re.IGNORECASE)
    bump = ", version = version + 1" if "version" in columns(con, "interaction") else ""
    changed = 0
    for iid in ids:
        subject, notes, outcome = con.execute(
            "SELECT subject, notes, outcome FROM interaction WHERE id = ?", (iid,)).fetchone()
        new = [pattern.sub(ERASED_NAME, t) for t in (subject, notes, outcome)]
        if new != [subject, notes, outcome]:
            con.execute(f"UPDATE interaction SET subject = ?, notes = ?, outcome = ?{bump} "
                        "WHERE id = ?", (*new, iid))
            changed += 1
    return changed


def erase_rows(con: sqlite3.Connection, contact_id: int, *, token: str,
               erased_on: str) -> Reach | None:
    """Remove the person's rows, in the caller's transaction; returns what went.

    Does not vacuum: see app.privacy.erase for the bytes left in free pages.
    """
    r = reach(con, contact_id)
    if r is None:
        return None
    have = tables(con)
    one = (contact_id,)
    tag_ids = [x[0] for x in con.execute("SELECT tag_id FROM contact_tag WHERE contact_id = ?",
                                         one)]
    households: list[int] = []
    if "card_recipient" in have:
        households = [x[0] for x in con.execute(
            "SELECT DISTINCT household_id FROM card_recipient WHERE contact_id = ? "
            "AND household_id IS NOT NULL", one)]
    scrub_shared_conversations(con, r.shared_conversations, name_forms(con, contact_id))
    key = search_keys(con, [contact_id])[contact_id]
    for index in _CONTACT_INDEXES:
        if index in have:
            con.execute(f"DELETE FROM {index} WHERE rowid = ?", (key,))
    if r.own_conversations:
        marks = ",".join("?" * len(r.own_conversations))
        if "card_received" in have and "interaction_id" in columns(con, "card_received"):
            con.execute(f"UPDATE card_received SET interaction_id = NULL "
                        f"WHERE interaction_id IN ({marks})", r.own_conversations)
        con.execute(f"DELETE FROM interaction WHERE id IN ({marks})", r.own_conversations)
    # The referrer goes; those they referred say so (erased_referrer) and change.
    if r.referred:
        if "erased_referrer" in have:
            con.executemany("INSERT INTO erased_referrer(contact_id, erasure_token) "
                            "VALUES (?, ?) ON CONFLICT (contact_id) DO UPDATE SET "
                            "erasure_token = excluded.erasure_token",
                            [(i, token) for i in r.referred])
        bump = ", version = version + 1" if "version" in columns(con, "contact") else ""
        con.execute(f"UPDATE contact SET referred_by_id = NULL{bump} WHERE referred_by_id = ?",
                    one)
    # Every row keyed by the contact, whether or not a foreign key cascades it;
    # a synced card's row is left for the contact's deletion to turn into an
    # anonymous tombstone, so that the next sync deletes the card on the server.
    for table in tables_with_contact_id(con):
        if table in TOMBSTONED_BY_DELETION:
            continue
        con.execute(f'DELETE FROM "{table}" WHERE contact_id = ?', one)
    con.execute("DELETE FROM contact WHERE id = ?", one)
    if tag_ids:
        marks = ",".join("?" * len(tag_ids))
        con.execute(f"DELETE FROM tag WHERE id IN ({marks}) AND id NOT IN "
                    "(SELECT tag_id FROM contact_tag)", tag_ids)
    _rename_households(con, households)
    _reindex_talk(con, r.shared_conversations)
    if "erasure_log" in have:
        con.execute("INSERT INTO erasure_log(erased_on, token) VALUES (?, ?)", (erased_on, token))
    return r


def _rename_households(con: sqlite3.Connection, households: list[int]) -> None:
    """A household the person left is addressed anew from who is left (its stored
    wording names them); one nobody is left in goes."""
    bump = ""
    if households and "version" in columns(con, "card_household"):
        bump = ", version = version + 1"
    for hid in households:
        left = _count(con, "SELECT count(*) FROM card_recipient WHERE household_id = ?", (hid,))
        if left:
            con.execute(f"UPDATE card_household SET addressee = '', salutation = ''{bump} "
                        "WHERE id = ?", (hid,))
        else:
            con.execute("DELETE FROM card_household WHERE id = ?", (hid,))


def _reindex_talk(con: sqlite3.Connection, shared: list[int]) -> None:
    """The search text of everyone left in the shared conversations (their texts changed)."""
    if not shared or "talk_fts" not in tables(con):
        return
    marks = ",".join("?" * len(shared))
    people = [x[0] for x in con.execute(
        f"SELECT DISTINCT contact_id FROM interaction_contact WHERE interaction_id IN ({marks})",
        shared)]
    if not people:
        return
    if isinstance(con, PgConnection):  # the open database: its search words go too
        from app.storage import search_index

        search_index.refresh_interaction_texts(people)
        return
    pmarks = ",".join("?" * len(people))
    keys = search_keys(con, people)
    con.execute(f"DELETE FROM talk_fts WHERE rowid IN ({pmarks})", [keys[p] for p in people])
    key = ("(SELECT coalesce(list_key, id) FROM contact WHERE id = ic.contact_id)"
           if "list_key" in columns(con, "contact") else "ic.contact_id")
    con.execute(
        f"INSERT INTO talk_fts(rowid, text) SELECT {key}, replace(replace(group_concat("
        "i.subject || ' ' || i.notes || ' ' || i.outcome, ' '), 'ß', 'ss'), 'ẞ', 'SS') "
        "FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id "
        f"WHERE i.trashed_at IS NULL AND ic.contact_id IN ({pmarks}) GROUP BY ic.contact_id",
        people)


def search_keys(con: sqlite3.Connection, contact_ids: list[int]) -> dict[int, int]:
    """{id: the rowid of its search rows}: its list key where the file has them
    (app.storage.list_keys), else its id (an older backup, or PostgreSQL)."""
    if isinstance(con, PgConnection) or "list_key" not in columns(con, "contact"):
        return {i: i for i in contact_ids}
    marks = ",".join("?" * len(contact_ids))
    found = dict(con.execute(f"SELECT id, coalesce(list_key, id) FROM contact "
                             f"WHERE id IN ({marks})", contact_ids).fetchall())
    return {i: found.get(i, i) for i in contact_ids}


def merge_search_indexes(con: sqlite3.Connection) -> None:
    """Merge each search index into one segment, dropping deleted entries.

    FTS5 deletes by adding a tombstone; the old segments keep the words until
    a merge rewrites them (this SQLite has no secure-delete option).
    """
    if isinstance(con, PgConnection):  # plain tables there: VACUUM clears them (compact)
        return
    have = tables(con)
    for index in _CONTACT_INDEXES:
        if index in have:
            con.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")


def erased_referrer_token(con: sqlite3.Connection, contact_id: int) -> str | None:
    if "erased_referrer" not in tables(con):
        return None
    row = con.execute("SELECT erasure_token FROM erased_referrer WHERE contact_id = ?",
                      (contact_id,)).fetchone()
    return row[0] if row else None


def erasure_log(con: sqlite3.Connection) -> list[tuple[str, str]]:
    return con.execute("SELECT erased_on, token FROM erasure_log ORDER BY id").fetchall()


def compact(con: sqlite3.Connection) -> bool:
    """Rewrite the file without free pages and empty its WAL (outside a transaction).

    True when the WAL is empty afterwards; False when another connection's
    open read kept old pages in it (they go at that connection's next
    checkpoint, or when the last connection closes).

    On PostgreSQL the tables an erasure touches are vacuumed (the server
    keeps its own write-ahead log and reuses its free space); True.
    """
    if isinstance(con, PgConnection):
        con.vacuum([*tables_with_contact_id(con), *_ALSO_TOUCHED])
        return True
    con.execute("VACUUM")
    mode = con.execute("PRAGMA journal_mode").fetchone()[0]
    if mode.lower() != "wal":
        return True
    busy, _, _ = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0


def uid_in_file(path: Path, uid: str) -> int | None:
    """The id of the contact with ``uid`` in another database file (a backup), opened
    by SQLite read-only; None when it is not there."""
    con = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        return find_by_uid(con, uid)
    finally:
        con.close()


def erase_in_file(path: Path, contact_id: int, *, token: str, erased_on: str) -> None:
    """Erase one contact from another database file (a backup), and compact it."""
    con = sqlite3.connect(str(path), isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("BEGIN IMMEDIATE")
        try:
            erase_rows(con, contact_id, token=token, erased_on=erased_on)
            merge_search_indexes(con)
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
        compact(con)
    finally:
        con.close()
