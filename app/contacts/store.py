"""Storing contacts: the only module that maps ContactData to rows and back.

Every write keeps the search index and the list columns (display name, sort
key, first phone, e-mail and city) in step, inside the same transaction.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

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
from app.storage import search_index as search
from app.storage import settings
from app.storage.connection import database

_SCALARS = (
    "kind", "prefix", "given_name", "additional_names", "family_name", "suffix", "nickname",
    "organisation", "department", "job_title", "role", "birthday", "anniversary", "notes",
    "origin", "referred_by_id", "relationship", "salutation", "formal", "gender", "language",
    "cadence_days", "yearly_card", "uid", "first_contact",
)
_DERIVED = ("display_name", "sort_key", "list_phone", "list_email", "list_city")


class ContactNotFound(Problem, LookupError):
    """No (such) contact: ``contact_id``."""


NO_SUCH_CONTACT = problem_code("contact.not_found", N_("No contact with id {contact_id}."))


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
    return (display_name_of(c), sort_key_of(c), phone, email, city)


def _contact_row(c: ContactData, region: str) -> list:
    values = [getattr(c, f) for f in _SCALARS]
    values[_SCALARS.index("formal")] = int(bool(c.formal))
    values[_SCALARS.index("yearly_card")] = int(bool(c.yearly_card))
    return values + [json.dumps(c.extra_vcard)] + list(_derived(c, region))


_INSERT_SQL = (
    "INSERT INTO contact(" + ", ".join(_SCALARS + ("extra_vcard",) + _DERIVED)
    + ", created_at, updated_at) VALUES ("
    + ", ".join("?" * (len(_SCALARS) + 1 + len(_DERIVED) + 2)) + ")")
_UPDATE_SQL = (
    "UPDATE contact SET " + ", ".join(f"{f} = ?" for f in _SCALARS + ("extra_vcard",) + _DERIVED)
    + ", updated_at = ? WHERE id = ?")


def _write_children(cur, contact_id: int, c: ContactData, region: str) -> None:
    for table in ("phone", "email", "address", "url", "contact_tag", "photo"):
        cur.execute(f"DELETE FROM {table} WHERE contact_id = ?", (contact_id,))
    _insert_children(cur, [(contact_id, c)], region)


def _tag_ids(cur, names: Iterable[str]) -> dict[str, int]:
    """Tag id by folded key (textfold.tag_key); a new tag keeps its first spelling."""
    wanted: dict[str, str] = {}
    for n in names:
        if n.strip():
            wanted.setdefault(tag_key(n), n.strip())
    cur.executemany("INSERT OR IGNORE INTO tag(name, folded) VALUES (?, ?)",
                    [(n, k) for k, n in wanted.items()])
    found: dict[str, int] = {}
    for chunk in _chunks(list(wanted), 500):
        found.update(cur.execute(f"SELECT folded, id FROM tag WHERE folded IN "
                                 f"({','.join('?' * len(chunk))})", chunk).fetchall())
    return found


def _insert_children(cur, pairs: Sequence[tuple[int, ContactData]], region: str) -> None:
    phones, emails, addresses, urls, tags, photos = [], [], [], [], [], []
    tag_ids = _tag_ids(cur, (t for _, c in pairs for t in c.tags))
    for cid, c in pairs:
        own = phone_region(c, region)
        phones += [(cid, i, p.label, p.number, parse_phone(p.number, own).e164.lstrip("+"))
                   for i, p in enumerate(c.phones) if p.number.strip()]
        emails += [(cid, i, e.label, e.address.strip())
                   for i, e in enumerate(c.emails) if e.address.strip()]
        addresses += [(cid, i, a.label, a.street, a.extended, a.po_box, a.postal_code, a.city,
                       a.region, a.country.upper()) for i, a in enumerate(c.addresses)
                      if not a.is_empty() or a.country]
        urls += [(cid, i, u.label, u.url.strip()) for i, u in enumerate(c.urls) if u.url.strip()]
        tags += list({(cid, tag_ids[tag_key(t)]) for t in c.tags if t.strip()})
        if c.photo:
            photos.append((cid, c.photo_mime or "image/jpeg", c.photo))
    cur.executemany("INSERT INTO phone(contact_id, position, label, number, digits) "
                    "VALUES (?, ?, ?, ?, ?)", phones)
    cur.executemany("INSERT INTO email(contact_id, position, label, address) VALUES (?, ?, ?, ?)",
                    emails)
    cur.executemany("INSERT INTO address(contact_id, position, label, street, extended, po_box, "
                    "postal_code, city, region, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    addresses)
    cur.executemany("INSERT INTO url(contact_id, position, label, url) VALUES (?, ?, ?, ?)", urls)
    cur.executemany("INSERT OR IGNORE INTO contact_tag(contact_id, tag_id) VALUES (?, ?)", tags)
    cur.executemany("INSERT INTO photo(contact_id, mime, data) VALUES (?, ?, ?)", photos)


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
            if not c.uid:
                c.uid = new_uid()
            created = c.created_at or stamp
            cur.execute(_INSERT_SQL, _contact_row(c, region) + [created, c.updated_at or stamp])
            ids.append(cur.lastrowid)
        pairs = list(zip(ids, contacts))
        _insert_children(cur, pairs, region)
        cur.executemany("INSERT INTO card_opt_out(contact_id, since) VALUES (?, ?)",
                        [(i, stamp) for i, c in pairs if c.no_cards])
        search.write_documents([search.document_for(i, c, phone_region(c, region))
                                for i, c in pairs])
    for i, c in zip(ids, contacts):
        c.id = i
    return ids


def update(c: ContactData, now: dt.datetime | None = None) -> None:
    if c.id is None:
        raise ValueError("update() needs a contact with an id")
    region = settings.get("phone_region")
    if not c.uid:
        c.uid = new_uid()
    with database.atomic():
        cur = database.cursor()
        cur.execute(_UPDATE_SQL, _contact_row(c, region) + [clock.stamp(now), c.id])
        if cur.rowcount == 0:
            raise ContactNotFound(NO_SUCH_CONTACT, contact_id=c.id)
        _write_children(cur, c.id, c, region)
        _write_no_cards(cur, [c], now)
        search.write_documents([search.document_for(c.id, c, phone_region(c, region))])


def _write_no_cards(cur, contacts_: Sequence[ContactData], now: dt.datetime | None) -> None:
    """The "no cards" opt-out lives in the card runs' own table (card_opt_out)."""
    cur.executemany("INSERT OR IGNORE INTO card_opt_out(contact_id, since) VALUES (?, ?)",
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
    cols = ("id",) + _SCALARS + ("extra_vcard", "created_at", "updated_at", "trashed_at")
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
        cur.executemany("UPDATE contact SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL",
                        [(stamp, i) for i in ids])
        return cur.rowcount


def restore(ids: Sequence[int]) -> int:
    with database.atomic():
        cur = database.cursor()
        cur.executemany("UPDATE contact SET trashed_at = NULL WHERE id = ?", [(i,) for i in ids])
        return cur.rowcount


# --- what the list shows -------------------------------------------------------

#: Columns the list can sort by, mapped to their SQL ordering (sorting by
#: warmth is app.conversations.warmth's: see app.contacts.listing).
ORDERS = {
    "name": "sort_key, id",
    "organisation": "organisation = '', organisation COLLATE NOCASE, sort_key, id",
    "phone": "list_phone = '', list_phone, sort_key, id",
    "email": "list_email = '', list_email COLLATE NOCASE, sort_key, id",
    "city": "list_city = '', list_city COLLATE NOCASE, sort_key, id",
}


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


def ids_in_order(sort: str = "name", descending: bool = False, *,
                 trashed: bool = False) -> list[int]:
    """Ids of all live (or all trashed) contacts in the order of a column of ``ORDERS``."""
    order = ORDERS[sort]
    if descending:
        order = ", ".join(f"{part} DESC" for part in order.split(", "))
    where = "trashed_at IS NOT NULL" if trashed else "trashed_at IS NULL"
    return [r[0] for r in database.execute_sql(f"SELECT id FROM contact WHERE {where} "
                                               f"ORDER BY {order}")]


def change_stamp() -> tuple:
    """(connection, stamp): the stamp changes whenever anything in the database does.

    The connection's own changes (total_changes) and other connections'
    commits (data_version) both count.
    """
    conn = database.connection()
    return conn, (conn.total_changes, database.execute_sql("PRAGMA data_version").fetchone()[0])


def list_rows(ids: Sequence[int]) -> dict[int, ListRow]:
    rows: dict[int, ListRow] = {}
    for chunk in _chunks(list(ids), 900):
        marks = ",".join("?" * len(chunk))
        for r in database.execute_sql(
                "SELECT id, display_name, organisation, list_phone, list_email, list_city, kind, "
                "relationship, pinned_band, last_contact_at, last_channel, warmth_log, "
                f"last_two_way_at, prev_two_way_at FROM contact WHERE id IN ({marks})", chunk):
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
        f"AND birthday != '' AND substr(birthday, -5) IN ({marks})", list(month_days))

