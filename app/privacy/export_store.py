"""The reads of a personal-data export: every stored row about one contact.

:data:`ROWS_ABOUT` names, for every table that holds something about a
contact, the query of that person's rows; tests/privacy checks that each
table with a ``contact_id`` column (or a foreign key to ``contact``) is in
it, so a new table cannot be left out of the export silently.
"""
from __future__ import annotations

import base64
import sqlite3

from app.storage import dialect
from app.storage.connection import database

#: table -> SQL selecting its rows about the contact (parameter: the id, as often as "?").
ROWS_ABOUT: dict[str, str] = {
    "contact": "SELECT * FROM contact WHERE id = ?",
    "phone": "SELECT * FROM phone WHERE contact_id = ? ORDER BY position, id",
    "email": "SELECT * FROM email WHERE contact_id = ? ORDER BY position, id",
    "address": "SELECT * FROM address WHERE contact_id = ? ORDER BY position, id",
    "url": "SELECT * FROM url WHERE contact_id = ? ORDER BY position, id",
    "photo": "SELECT * FROM photo WHERE contact_id = ?",
    "contact_tag": "SELECT * FROM contact_tag WHERE contact_id = ? ORDER BY tag_id",
    "tag": "SELECT t.* FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id "
           "WHERE ct.contact_id = ? ORDER BY t.id",
    "interaction_contact": "SELECT * FROM interaction_contact WHERE contact_id = ? "
                           "ORDER BY interaction_id",
    "interaction": "SELECT i.* FROM interaction i JOIN interaction_contact ic "
                   "ON ic.interaction_id = i.id WHERE ic.contact_id = ? ORDER BY i.id",
    "card_recipient": "SELECT * FROM card_recipient WHERE contact_id = ? ORDER BY id",
    "card_received": "SELECT * FROM card_received WHERE contact_id = ? ORDER BY run_id",
    "card_opt_out": "SELECT * FROM card_opt_out WHERE contact_id = ?",
    "card_household": "SELECT h.* FROM card_household h JOIN card_recipient r "
                      "ON r.household_id = h.id WHERE r.contact_id = ? ORDER BY h.id",
    "card_run": "SELECT * FROM card_run WHERE id IN (SELECT run_id FROM card_recipient "
                "WHERE contact_id = ? UNION SELECT run_id FROM card_received "
                "WHERE contact_id = ?) ORDER BY id",
    "import_undo": "SELECT * FROM import_undo WHERE contact_id = ? ORDER BY batch_id",
    "erased_referrer": "SELECT * FROM erased_referrer WHERE contact_id = ?",
    "sync_item": "SELECT * FROM sync_item WHERE contact_id = ?",
}
#: Tables with a contact_id column whose rows are not about that contact, and why.
NOT_ABOUT_THEM: dict[str, str] = {}


def _plain(value):
    return base64.b64encode(value).decode("ascii") if isinstance(value, bytes) else value


def stored_rows(con: sqlite3.Connection, contact_id: int) -> dict[str, list[dict]]:
    """Every table's rows about the contact, column by column as stored (blobs in base64)."""
    out: dict[str, list[dict]] = {}
    for table, sql in ROWS_ABOUT.items():
        cur = con.execute(sql, (contact_id,) * sql.count("?"))
        names = [d[0] for d in cur.description]
        out[table] = [{n: _plain(v) for n, v in zip(names, row)} for row in cur]
    return out


def display_names(con: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return dict(con.execute(f"SELECT id, display_name FROM contact WHERE id IN ({marks})", ids))


def participants(con: sqlite3.Connection, interaction_ids: list[int]) -> dict[int, list[int]]:
    """interaction id -> its contacts' ids."""
    out: dict[int, list[int]] = {}
    if not interaction_ids:
        return out
    marks = ",".join("?" * len(interaction_ids))
    for iid, cid in con.execute(
            "SELECT interaction_id, contact_id FROM interaction_contact "
            f"WHERE interaction_id IN ({marks})", interaction_ids):
        out.setdefault(iid, []).append(cid)
    return out


def referred_count(con: sqlite3.Connection, contact_id: int) -> int:
    return con.execute("SELECT count(*) FROM contact WHERE referred_by_id = ? AND id != ?",
                       (contact_id, contact_id)).fetchone()[0]


def ids_by_email(address: str) -> list[int]:
    """Contacts (trashed too) with exactly this e-mail address, case aside."""
    return [r[0] for r in database.execute_sql(
        f"SELECT DISTINCT contact_id FROM email WHERE {dialect.nocase('address')} = "
        f"{dialect.nocase('?')} ORDER BY contact_id", (address.strip(),))]


def ids_by_name(name: str) -> list[int]:
    """Contacts (trashed too) whose shown name is exactly ``name``, case aside."""
    folded = " ".join(name.split()).casefold()
    return [r[0] for r in database.execute_sql(
        "SELECT id, display_name FROM contact WHERE lower(display_name) LIKE lower(?) "
        "ORDER BY id",
        (name.strip(),)) if " ".join(r[1].split()).casefold() == folded]
