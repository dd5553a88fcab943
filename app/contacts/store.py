"""Storing contacts: the only module that maps ContactData to rows and back.

Every write keeps the search index and the list columns (display name, sort
key, first phone, e-mail and city) in step, inside the same transaction.

Each contact has a ``version``: every write to it (its fields, phones,
e-mails, addresses, URLs, tags, photo, the trash) adds one. :func:`update`
writes only over the version it was given and raises :class:`ContactChanged`
otherwise, so nothing overwrites what it did not see; app.contacts.saving
merges such a save with what changed since. The temperature columns are
derived (app.conversations), not edits, and leave the version alone.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from app.contacts.child_store import insert_children, replace_children
from app.contacts.matching import name_key
from app.contacts.model import (
    ORGANISATION,
    ContactData,
    Email,
    Phone,
    PostalAddress,
    Url,
    display_name_of,
)
from app.contacts.phones import parse as parse_phone
from app.contacts.phones import region_for
from app.core import clock
from app.core.i18n import N_
from app.core.problems import Problem, problem_code
from app.core.textfold import fold, tag_key
from app.storage import dialect, settings
from app.storage import search_index as search
from app.storage.connection import database
from app.storage.engine import is_postgres

_SCALARS = (
    "kind", "prefix", "given_name", "additional_names", "family_name", "suffix", "nickname",
    "organisation", "department", "job_title", "role", "birthday", "anniversary", "notes",
    "origin", "referred_by_id", "relationship", "salutation", "formal", "gender", "language",
    "cadence_days", "yearly_card", "uid", "first_contact", "formatted_name",
)
_DERIVED = ("display_name", "sort_key", "list_phone", "list_email", "list_city", "match_key")


class ContactNotFound(Problem, LookupError):
    """No (such) contact: ``contact_id``."""


NO_SUCH_CONTACT = problem_code("contact.not_found", N_("No contact with id {contact_id}."))


class ContactChanged(Problem, RuntimeError):
    """The contact was written elsewhere after this copy was read: ``contact_id``,
    ``name``, ``version`` (the copy's) and ``stored`` (the current one)."""


CHANGED_ELSEWHERE = problem_code(
    "contact.changed_elsewhere",
    N_("{name} was changed elsewhere after it was opened; nothing was saved. "
       "Open it again to see the changes."))


def new_uid() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def sort_key_of(c: ContactData) -> str:
    if c.kind == ORGANISATION:
        key = c.organisation or c.nickname
    else:
        key = " ".join(p for p in (c.family_name, c.given_name, c.additional_names) if p)
        key = key or c.nickname or c.organisation or (c.emails[0].address if c.emails else "")
    return fold(key).strip() or "\uffff"


def phone_region(c: ContactData, default: str) -> str:
    """Where this contact's national numbers are dialled: its address's country."""
    return region_for((a.country for a in c.addresses), default)


def _derived(c: ContactData, region: str) -> tuple:
    region = phone_region(c, region)
    phone = parse_phone(c.phones[0].number, region).international if c.phones else ""
    email = c.emails[0].address if c.emails else ""
    city = next((a.city for a in c.addresses if a.city), "")
    display = display_name_of(c)
    return (display, sort_key_of(c), phone, email, city, name_key(c, display))


def _contact_row(c: ContactData, region: str) -> list:
    values = [getattr(c, f) for f in _SCALARS]
    values[_SCALARS.index("formal")] = int(bool(c.formal))
    values[_SCALARS.index("yearly_card")] = int(bool(c.yearly_card))
    return values + [json.dumps(c.extra_vcard)] + list(_derived(c, region))


#: The columns of :func:`new_row`, in its order.
INSERT_COLUMNS = _SCALARS + ("extra_vcard",) + _DERIVED + ("created_at", "updated_at")
_INSERT_SQL = (f"INSERT INTO contact({', '.join(INSERT_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(INSERT_COLUMNS))}) RETURNING id")
_UPDATE_SQL = (
    "UPDATE contact SET " + ", ".join(f"{f} = ?" for f in _SCALARS + ("extra_vcard",) + _DERIVED)
    + ", updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")


def create(c: ContactData, now: dt.datetime | None = None) -> int:
    return create_many([c], now)[0]


def create_many(contacts: Sequence[ContactData], now: dt.datetime | None = None) -> list[int]:
    """Insert contacts in one transaction; returns their new ids in order."""
    region = settings.get("phone_region")
    stamp = clock.stamp(now)
    ids: list[int] = []
    with database.atomic():
        cur = database.cursor()
        for c in contacts:
            cur.execute(_INSERT_SQL, new_row(c, region, stamp))
            ids.append(cur.fetchone()[0])
        pairs = list(zip(ids, contacts))
        insert_children(cur, pairs, region)
        cur.executemany("INSERT INTO card_opt_out(contact_id, since) VALUES (?, ?)",
                        [(i, stamp) for i, c in pairs if c.no_cards])
        search.write_documents([search.document_for(i, c, phone_region(c, region))
                                for i, c in pairs])
    for i, c in zip(ids, contacts):
        c.id, c.version = i, 1
    return ids


def new_row(c: ContactData, region: str, stamp: str) -> list:
    """The row create_many inserts (INSERT_COLUMNS); gives ``c`` a UID if it has none."""
    c.uid = c.uid or new_uid()
    return _contact_row(c, region) + [c.created_at or stamp, c.updated_at or stamp]


def update(c: ContactData, now: dt.datetime | None = None) -> None:
    """Write ``c`` over the stored contact if that is still at ``c.version``; then
    ``c.version`` is the new one. Raises ContactChanged (nothing written) if not."""
    if c.id is None:
        raise ValueError("update() needs a contact with an id")
    region = settings.get("phone_region")
    if not c.uid:
        c.uid = new_uid()
    with database.atomic():
        cur = database.cursor()
        cur.execute(_UPDATE_SQL, _contact_row(c, region) + [clock.stamp(now), c.id, c.version])
        if cur.rowcount == 0:
            stored = version_of(c.id)
            if stored is None:
                raise ContactNotFound(NO_SUCH_CONTACT, contact_id=c.id)
            raise ContactChanged(CHANGED_ELSEWHERE, contact_id=c.id, name=c.display_name(),
                                 version=c.version, stored=stored)
        replace_children(cur, c.id, c, region)
        _write_no_cards(cur, [c], now)
        search.write_documents([search.document_for(c.id, c, phone_region(c, region))])
    c.version += 1


def version_of(contact_id: int) -> int | None:
    """The stored contact's version; None when there is no such contact."""
    row = database.execute_sql("SELECT version FROM contact WHERE id = ?",
                               (contact_id,)).fetchone()
    return row[0] if row else None


def _write_no_cards(cur, contacts_: Sequence[ContactData], now: dt.datetime | None) -> None:
    """The "no cards" opt-out lives in the card runs' own table (card_opt_out)."""
    cur.executemany("INSERT INTO card_opt_out(contact_id, since) VALUES (?, ?) "
                    "ON CONFLICT DO NOTHING",
                    [(c.id, clock.stamp(now)) for c in contacts_ if c.no_cards])
    cur.executemany("DELETE FROM card_opt_out WHERE contact_id = ?",
                    [(c.id,) for c in contacts_ if not c.no_cards])


def get(contact_id: int) -> ContactData:
    found = get_many([contact_id])
    if not found:
        raise ContactNotFound(NO_SUCH_CONTACT, contact_id=contact_id)
    return found[0]


def get_many(ids: Sequence[int], *, with_photos: bool = True) -> list[ContactData]:
    """Contacts by id, in the order asked, skipping ids that do not exist."""
    if not ids:
        return []
    out: dict[int, ContactData] = {}
    cols = ("id", "version") + _SCALARS + ("extra_vcard", "created_at", "updated_at",
                                         "trashed_at")
    for chunk in _chunks(list(ids), 500):
        marks = ",".join("?" * len(chunk))
        for row in database.execute_sql(
                f"SELECT {', '.join(cols)} FROM contact WHERE id IN ({marks})", chunk):
            d = dict(zip(cols, row))
            d["formal"] = bool(d["formal"])
            d["yearly_card"] = bool(d["yearly_card"])
            d["extra_vcard"] = json.loads(d["extra_vcard"] or "[]")
            d["trashed_at"] = d["trashed_at"] or ""
            out[d["id"]] = ContactData(**d)
        q = f"WHERE contact_id IN ({marks}) ORDER BY contact_id, position"
        for cid, label, number in database.execute_sql(
                f"SELECT contact_id, label, number FROM phone {q}", chunk):
            out[cid].phones.append(Phone(number, label))
        for cid, label, address in database.execute_sql(
                f"SELECT contact_id, label, address FROM email {q}", chunk):
            out[cid].emails.append(Email(address, label))
        for row in database.execute_sql(
                "SELECT contact_id, label, street, extended, po_box, postal_code, city, region, "
                f"country FROM address {q}", chunk):
            out[row[0]].addresses.append(PostalAddress(
                label=row[1], street=row[2], extended=row[3], po_box=row[4],
                postal_code=row[5], city=row[6], region=row[7], country=row[8]))
        for cid, label, url in database.execute_sql(
                f"SELECT contact_id, label, url FROM url {q}", chunk):
            out[cid].urls.append(Url(url, label))
        for (cid,) in database.execute_sql(
                f"SELECT contact_id FROM card_opt_out WHERE contact_id IN ({marks})", chunk):
            out[cid].no_cards = True
        for cid, name in database.execute_sql(
                "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                f"WHERE ct.contact_id IN ({marks}) ORDER BY t.folded", chunk):
            out[cid].tags.append(name)
        if with_photos:
            for cid, mime, data in database.execute_sql(
                    f"SELECT contact_id, mime, data FROM photo WHERE contact_id IN ({marks})",
                    chunk):
                out[cid].photo = bytes(data)
                out[cid].photo_mime = mime
    return [out[i] for i in ids if i in out]


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def trash(ids: Sequence[int], now: dt.datetime | None = None) -> int:
    """Move contacts to the trash; returns how many moved."""
    stamp = clock.stamp(now)
    with database.atomic():
        cur = database.cursor()
        cur.executemany("UPDATE contact SET trashed_at = ?, version = version + 1 "
                        "WHERE id = ? AND trashed_at IS NULL",
                        [(stamp, i) for i in ids])
        return cur.rowcount


def restore(ids: Sequence[int]) -> int:
    with database.atomic():
        cur = database.cursor()
        cur.executemany("UPDATE contact SET trashed_at = NULL, version = version + 1 "
                        "WHERE id = ? AND trashed_at IS NOT NULL", [(i,) for i in ids])
        return cur.rowcount


# --- what the list shows -------------------------------------------------------

@dataclass(frozen=True)
class ListRow:
    id: int
    display_name: str
    organisation: str
    phone: str
    email: str
    city: str
    kind: str
    #: temperature inputs (app.conversations.temperature.Inputs), read in the same query
    relationship: str = ""
    pinned_band: str = ""
    last_contact_at: str | None = None
    last_channel: str = ""
    warmth_log: float | None = None
    last_two_way_at: str | None = None
    prev_two_way_at: str | None = None
    touch_log: float | None = None


def change_stamp() -> tuple:
    """(connection, stamp): the stamp changes whenever anything in the database does.

    The connection's own changes (total_changes) and other connections'
    commits (data_version) both count. On PostgreSQL the server's WAL insert
    position moves with every write, ours (committed or not) and everyone
    else's: it may change when nothing of ours did, never the other way.
    """
    conn = database.connection()
    if is_postgres():
        return conn, database.execute_sql("SELECT pg_current_wal_insert_lsn()::text").fetchone()[0]
    return conn, (conn.total_changes, database.execute_sql("PRAGMA data_version").fetchone()[0])


def list_rows(ids: Sequence[int]) -> dict[int, ListRow]:
    rows: dict[int, ListRow] = {}
    for chunk in _chunks(list(ids), 900):
        marks = ",".join("?" * len(chunk))
        for r in database.execute_sql(
                "SELECT id, display_name, organisation, list_phone, list_email, list_city, kind, "
                "relationship, pinned_band, last_contact_at, last_channel, warmth_log, "
                "last_two_way_at, prev_two_way_at, touch_log "
                f"FROM contact WHERE id IN ({marks})", chunk):
            rows[r[0]] = ListRow(*r)
    return rows


def count(trashed: bool = False) -> int:
    where = "trashed_at IS NOT NULL" if trashed else "trashed_at IS NULL"
    return database.execute_sql(f"SELECT count(*) FROM contact WHERE {where}").fetchone()[0]


def all_tags() -> list[str]:
    return [r[0] for r in database.execute_sql(
        "SELECT name FROM tag WHERE id IN (SELECT tag_id FROM contact_tag) "
        "ORDER BY folded")]


def yearly_card_ids() -> set[int]:
    """Live contacts with the yearly-card flag."""
    return {r[0] for r in database.execute_sql(
        "SELECT id FROM contact WHERE yearly_card = 1 AND trashed_at IS NULL")}


def trashed_ids() -> set[int]:
    return {r[0] for r in database.execute_sql(
        "SELECT id FROM contact WHERE trashed_at IS NOT NULL")}


def tagged_ids(tag: str) -> set[int]:
    """Contacts (live or trashed) with this tag."""
    return {r[0] for r in database.execute_sql(
        "SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE t.folded = ?", (tag_key(tag),))}


def find_by_uid(uid: str) -> int | None:
    row = database.execute_sql("SELECT id FROM contact WHERE uid = ?", (uid,)).fetchone()
    return row[0] if row else None


def exists(contact_id: int) -> bool:
    return database.execute_sql("SELECT id FROM contact WHERE id = ?",
                                (contact_id,)).fetchone() is not None


def profiles(contact_ids: Sequence[int]):
    """(id, relationship, yearly_card, language) of these contacts."""
    for chunk in _chunks(list(contact_ids), 900):
        marks = ",".join("?" * len(chunk))
        yield from database.execute_sql(
            "SELECT id, relationship, yearly_card, language FROM contact "
            f"WHERE id IN ({marks})", chunk)


def first_known(contact_ids: Sequence[int]):
    """(id, first_contact, created_at) of these contacts."""
    for chunk in _chunks(list(contact_ids), 900):
        marks = ",".join("?" * len(chunk))
        yield from database.execute_sql(
            f"SELECT id, first_contact, created_at FROM contact WHERE id IN ({marks})", chunk)


def birthdays_on(month_days: Sequence[str]):
    """(id, display name, birthday) of live contacts born on one of these "MM-DD"."""
    marks = ",".join("?" * len(month_days))
    return database.execute_sql(
        "SELECT id, display_name, birthday FROM contact WHERE trashed_at IS NULL "
        f"AND birthday != '' AND {dialect.right('birthday', 5)} IN ({marks})", list(month_days))

