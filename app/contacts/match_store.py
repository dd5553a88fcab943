"""What matching and merging read and re-point: who is stored (UIDs, names,
e-mails, phone digits), and every reference to a contact.

The contact rows themselves are app.contacts.store's; app.contacts.matching
and app.contacts.duplicates are the rules that use these reads.
"""
from __future__ import annotations

from collections.abc import Sequence

import peewee as pw

from app.storage.connection import database
from app.storage.engine import is_postgres

#: Child tables a merge copies through ContactData; other references are re-pointed.
_COPIED = {"phone", "email", "address", "url", "contact_tag", "photo", "contact_fts",
           "phone_fts"}
_LIVE = "contact_id NOT IN (SELECT id FROM contact WHERE trashed_at IS NOT NULL)"


# Contacts up to ``upto`` only (an id): those stored when the matching began,
# not those its import has created since.

def identities(upto: int):
    """(id, uid, trashed, name key) of every contact, trashed ones included, by id."""
    return database.execute_sql(
        "SELECT id, uid, trashed_at IS NOT NULL, match_key FROM contact WHERE id <= ? "
        "ORDER BY id", (upto,))


def live_email_keys(upto: int):
    """(contact id, e-mail key) of live contacts' e-mails, by contact id."""
    return database.execute_sql(
        f"SELECT contact_id, match_key FROM email WHERE {_LIVE} AND contact_id <= ? "
        "ORDER BY contact_id", (upto,))


def live_phone_digits(upto: int):
    """(contact id, digits) of live contacts' phones, by contact id."""
    return database.execute_sql(
        f"SELECT contact_id, digits FROM phone WHERE {_LIVE} AND contact_id <= ? "
        "ORDER BY contact_id", (upto,))


def largest_id() -> int:
    """The largest contact id: about how many contacts there are, at once."""
    return database.execute_sql("SELECT max(id) FROM contact").fetchone()[0] or 0


def _found(sql: str, keys: Sequence[str], upto: int) -> list[tuple]:
    """``sql``'s rows for ``keys`` (its ``{marks}``), in slices of 500."""
    wanted = list(dict.fromkeys(keys))
    rows: list[tuple] = []
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        rows += database.execute_sql(sql.format(marks=",".join("?" * len(part))),
                                     [*part, upto]).fetchall()
    return rows


def by_uids(uids: Sequence[str], upto: int) -> dict[str, tuple[int, bool]]:
    """(id, trashed) of the contact with each of these UIDs (those found)."""
    return {uid: (cid, bool(trashed)) for uid, cid, trashed in _found(
        "SELECT uid, id, trashed_at IS NOT NULL FROM contact WHERE uid IN ({marks}) "
        "AND id <= ?", uids, upto)}


def live_by_email_keys(keys: Sequence[str], upto: int) -> dict[str, int]:
    """The lowest live contact id having each of these e-mail keys (those found)."""
    return dict(_found(
        "SELECT e.match_key, min(e.contact_id) FROM email e JOIN contact c "
        "ON c.id = e.contact_id WHERE e.match_key IN ({marks}) AND c.id <= ? "
        "AND c.trashed_at IS NULL GROUP BY e.match_key", keys, upto))


def live_by_phone_digits(keys: Sequence[str], upto: int) -> dict[str, int]:
    """The lowest live contact id having a phone with each of these digits (those found)."""
    return dict(_found(
        "SELECT p.digits, min(p.contact_id) FROM phone p JOIN contact c "
        "ON c.id = p.contact_id WHERE p.digits IN ({marks}) AND c.id <= ? "
        "AND c.trashed_at IS NULL GROUP BY p.digits", keys, upto))


def live_by_name_keys(keys: Sequence[str], upto: int) -> dict[str, int]:
    """The lowest live contact id with each of these name keys (those found)."""
    return dict(_found(
        "SELECT match_key, min(id) FROM contact WHERE match_key IN ({marks}) AND id <= ? "
        "AND trashed_at IS NULL GROUP BY match_key", keys, upto))


def _references() -> list[tuple[str, str]]:
    """(table, column) pairs that point at contact ids, found in the schema."""
    if is_postgres():
        return [(t, c) for t, c in database.execute_sql(
            "SELECT cl.relname, a.attname FROM pg_constraint k "
            "JOIN pg_class cl ON cl.oid = k.conrelid "
            "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
            "WHERE k.contype = 'f' AND k.confrelid = 'contact'::regclass "
            "ORDER BY cl.relname, a.attname") if t not in _COPIED and t != "contact"] + [
            ("contact", "referred_by_id")]
    refs = []
    tables = [r[0] for r in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        if table in _COPIED or table == "contact":
            continue
        try:
            rows = database.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall()
        except Exception:  # noqa: BLE001 - virtual tables have no foreign keys
            continue
        refs += [(table, r[3]) for r in rows if r[2] == "contact"]
    return refs + [("contact", "referred_by_id")]


def repoint_references(other_id: int, keep_id: int) -> None:
    """Make whatever points at ``other_id`` (conversations, card runs, referrals) point
    at ``keep_id``, except its own copied children; in the caller's transaction."""
    for table, column in _references():
        # A contact whose referrer changes is a changed contact (app.contacts.store).
        bump = ", version = version + 1" if table == "contact" else ""
        if is_postgres():
            _repoint_pg(table, column, bump, other_id, keep_id)
            continue
        database.execute_sql(
            f'UPDATE OR IGNORE "{table}" SET "{column}" = ?{bump} WHERE "{column}" = ?',
            (keep_id, other_id))
    database.execute_sql("UPDATE contact SET referred_by_id = NULL "
                         "WHERE id = ? AND referred_by_id = ?", (keep_id, keep_id))


def _repoint_pg(table: str, column: str, bump: str, other_id: int, keep_id: int) -> None:
    """SQLite's UPDATE OR IGNORE on PostgreSQL: all rows at once, or, when one
    would break a unique key, each row on its own, leaving those that would
    (they go with the merged contact)."""
    sql = f'UPDATE "{table}" SET "{column}" = ?{bump} WHERE '
    try:
        with database.atomic():  # a savepoint: the error must not end the transaction
            database.execute_sql(sql + f'"{column}" = ?', (keep_id, other_id))
        return
    except pw.IntegrityError:
        pass
    rows = database.execute_sql(f'SELECT ctid::text FROM "{table}" WHERE "{column}" = ?',
                                (other_id,)).fetchall()
    for (ctid,) in rows:
        try:
            with database.atomic():
                database.execute_sql(sql + "ctid = ?::tid", (keep_id, ctid))
        except pw.IntegrityError:
            pass


def taken_uids(uids: Sequence[str]) -> set[str]:
    """Those of ``uids`` that a stored contact already has."""
    taken: set[str] = set()
    for start in range(0, len(uids), 900):
        chunk = list(uids[start:start + 900])
        taken.update(r[0] for r in database.execute_sql(
            f"SELECT uid FROM contact WHERE uid IN ({','.join('?' * len(chunk))})", chunk))
    return taken
