"""A contact's own rows besides the contact row: phones, e-mails, addresses,
URLs, tags and photo, written in the caller's transaction.

Only app.contacts.store calls these; it bumps the contact's version and keeps
the search index in step.
"""
from __future__ import annotations

from collections.abc import Sequence

from app.contacts.matching import email_key
from app.contacts.model import ContactData
from app.contacts.phones import parse as parse_phone
from app.contacts.phones import region_for
from app.core.textfold import tag_key

#: The tables holding a contact's children, all keyed by contact_id.
CHILD_TABLES = ("phone", "email", "address", "url", "contact_tag", "photo")


def replace_children(cur, contact_id: int, c: ContactData, region: str) -> None:
    for table in CHILD_TABLES:
        cur.execute(f"DELETE FROM {table} WHERE contact_id = ?", (contact_id,))
    insert_children(cur, [(contact_id, c)], region)


def _tag_ids(cur, wanted: dict[str, str]) -> dict[str, int]:
    """Tag id by folded key (textfold.tag_key); a new tag keeps its first spelling
    (``wanted``: spelling by key)."""
    cur.executemany("INSERT INTO tag(name, folded) VALUES (?, ?) "
                    "ON CONFLICT DO NOTHING",
                    [(n, k) for k, n in wanted.items()])
    found: dict[str, int] = {}
    keys = list(wanted)
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        found.update(cur.execute(f"SELECT folded, id FROM tag WHERE folded IN "
                                 f"({','.join('?' * len(chunk))})", chunk).fetchall())
    return found


def insert_children(cur, pairs: Sequence[tuple[int, ContactData]], region: str) -> None:
    write_children(cur, *child_rows(pairs, region))


#: (phones, e-mails, addresses, URLs, (contact id, tag key), photos) rows
ChildRows = tuple[list[tuple], list[tuple], list[tuple], list[tuple], list[tuple], list[tuple]]


def child_rows(pairs: Sequence[tuple[int, ContactData]], region: str
               ) -> tuple[ChildRows, dict[str, str]]:
    """The rows insert_children writes, with tags by key (textfold.tag_key), and
    each key's first spelling; no database needed (the demo's helper process)."""
    phones, emails, addresses, urls, tags, photos = [], [], [], [], [], []
    names: dict[str, str] = {}
    for cid, c in pairs:
        own = region_for((a.country for a in c.addresses), region)
        phones += [(cid, i, p.label, p.number, parse_phone(p.number, own).e164.lstrip("+"))
                   for i, p in enumerate(c.phones) if p.number.strip()]
        emails += [(cid, i, e.label, e.address.strip(), email_key(e.address))
                   for i, e in enumerate(c.emails) if e.address.strip()]
        addresses += [(cid, i, a.label, a.street, a.extended, a.po_box, a.postal_code, a.city,
                       a.region, a.country.upper()) for i, a in enumerate(c.addresses)
                      if not a.is_empty() or a.country]
        urls += [(cid, i, u.label, u.url.strip()) for i, u in enumerate(c.urls) if u.url.strip()]
        for t in c.tags:
            if t.strip():
                key = tag_key(t)
                names.setdefault(key, t.strip())
                tags.append((cid, key))
        if c.photo:
            photos.append((cid, c.photo_mime or "image/jpeg", c.photo))
    return (phones, emails, addresses, urls, list(dict.fromkeys(tags)), photos), names


def write_children(cur, rows: ChildRows, tag_names: dict[str, str]) -> None:
    """Insert child_rows()'s rows; ``tag_names`` are the tags' spellings by key."""
    phones, emails, addresses, urls, tags, photos = rows
    tag_ids = _tag_ids(cur, tag_names)
    cur.executemany("INSERT INTO phone(contact_id, position, label, number, digits) "
                    "VALUES (?, ?, ?, ?, ?)", phones)
    cur.executemany("INSERT INTO email(contact_id, position, label, address, match_key) "
                    "VALUES (?, ?, ?, ?, ?)", emails)
    cur.executemany("INSERT INTO address(contact_id, position, label, street, extended, po_box, "
                    "postal_code, city, region, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    addresses)
    cur.executemany("INSERT INTO url(contact_id, position, label, url) VALUES (?, ?, ?, ?)", urls)
    cur.executemany("INSERT INTO contact_tag(contact_id, tag_id) VALUES (?, ?) "
                    "ON CONFLICT DO NOTHING", [(cid, tag_ids[key]) for cid, key in tags])
    cur.executemany("INSERT INTO photo(contact_id, mime, data) VALUES (?, ?, ?)", photos)
