"""Is this the same person? Match keys, an index of who is already stored, and
merging two contacts' data.

A match is tried by UID, then e-mail, then phone number (normalised, so
"030 1234567" finds "+49 30 1234567"), then name together with organisation.
Used by the vCard import (is this card someone we already have?) and by
"Find duplicates" (app.contacts.duplicates) over the whole address book.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, fields

from app.contacts import match_store as stored
from app.contacts.model import ContactData
from app.contacts.phones import parse as parse_phone
from app.contacts.phones import region_for
from app.core.textfold import fold, tag_key
from app.storage import settings

UID, EMAIL, PHONE, NAME = "uid", "email", "phone", "name"
REASON_WORDS = {UID: "same UID", EMAIL: "same e-mail", PHONE: "same phone number",
                NAME: "same name and organisation"}
#: Shorter digit strings ("1", "110") are too common to mean the same person.
MIN_PHONE_DIGITS = 6


def phone_key(number: str, region: str) -> str:
    info = parse_phone(number, region)
    digits = info.e164.lstrip("+") if info.e164 else "".join(ch for ch in number
                                                             if ch.isdigit())
    return digits if len(digits) >= MIN_PHONE_DIGITS else ""


def phone_keys_of(c: ContactData, default_region: str) -> list[str]:
    """Matching keys of a contact's phones, each read in the contact's country."""
    region = region_for((a.country for a in c.addresses), default_region)
    return [phone_key(p.number, region) for p in c.phones]


def name_key(c: ContactData) -> str:
    """Folded name + organisation; "" when the contact has no personal name."""
    if not (c.given_name or c.family_name) and c.kind != "organisation":
        return ""
    return name_key_of(c.display_name(), c.organisation)


def name_key_of(display_name: str, organisation: str) -> str:
    return fold(display_name).strip() + "|" + fold(organisation).strip()


@dataclass
class Match:
    contact_id: int  # negative: a card planned earlier in the same import
    reason: str


class MatchIndex:
    """Who is already in the address book, by UID, e-mail, phone and name."""

    def __init__(self, region: str | None = None):
        self.region = region or settings.get("phone_region")
        self.uid: dict[str, int] = {}
        self.email: dict[str, int] = {}
        self.phone: dict[str, int] = {}
        self.name: dict[str, int] = {}
        self.trashed: set[int] = set()

    @classmethod
    def from_database(cls) -> MatchIndex:
        index = cls()
        for cid, uid, trashed, display, org, given, family, kind in stored.identities():
            if uid:
                index.uid.setdefault(uid, cid)
            if trashed:
                index.trashed.add(cid)
                continue
            if given or family or kind == "organisation":
                index.name.setdefault(name_key_of(display, org), cid)
        for cid, address in stored.live_emails():
            index.email.setdefault(address.strip().casefold(), cid)
        for cid, digits in stored.live_phone_digits():
            if digits and len(digits) >= MIN_PHONE_DIGITS:
                index.phone.setdefault(digits, cid)
        return index

    def match(self, c: ContactData, phone_keys: list[str] | None = None) -> Match | None:
        """The contact ``c`` most likely is; ``phone_keys`` when already known."""
        if c.uid and c.uid in self.uid:
            return Match(self.uid[c.uid], UID)
        for e in c.emails:
            hit = self.email.get(e.address.strip().casefold())
            if hit is not None:
                return Match(hit, EMAIL)
        if phone_keys is None:
            phone_keys = phone_keys_of(c, self.region)
        for key in phone_keys:
            if key and key in self.phone:
                return Match(self.phone[key], PHONE)
        key = name_key(c)
        if key and key in self.name:
            return Match(self.name[key], NAME)
        return None

    def add(self, c: ContactData, contact_id: int, *, strong_only: bool = False) -> None:
        """Remember a contact (or a card about to be created) for later matches.

        ``strong_only``: only by UID and e-mail. Two cards of one file with the
        same name or home phone are more often two people (a family) than one.
        """
        if c.uid:
            self.uid.setdefault(c.uid, contact_id)
        for e in c.emails:
            self.email.setdefault(e.address.strip().casefold(), contact_id)
        if strong_only:
            return
        for key in phone_keys_of(c, self.region):
            if key:
                self.phone.setdefault(key, contact_id)
        key = name_key(c)
        if key:
            self.name.setdefault(key, contact_id)


# --- merging two contacts' data --------------------------------------------------------

def _address_key(a) -> tuple:
    return tuple(fold(x).strip() for x in (a.street, a.extended, a.po_box, a.postal_code,
                                           a.city, a.country))


def merge_data(keep: ContactData, other: ContactData, region: str = "DE") -> ContactData:
    """``keep`` with everything of ``other`` it lacks; neither argument changes.

    Scalars: keep's value unless it is empty. Lists: all of both, without
    repeating a phone (same number), e-mail, address, URL or tag. Notes: both.
    """
    out = copy.deepcopy(keep)
    for f in fields(ContactData):
        if f.name in ("id", "created_at", "updated_at", "trashed_at", "phones", "emails",
                      "addresses", "urls", "tags", "notes", "extra_vcard", "photo",
                      "photo_mime", "uid", "kind"):
            continue
        mine, theirs = getattr(out, f.name), getattr(other, f.name)
        if mine in ("", None) and theirs not in ("", None):
            setattr(out, f.name, theirs)
    seen_phones = {key or p.number.strip()
                   for key, p in zip(phone_keys_of(out, region), out.phones)}
    for key, p in zip(phone_keys_of(other, region), other.phones):
        key = key or p.number.strip()
        if key not in seen_phones:
            out.phones.append(copy.copy(p))
            seen_phones.add(key)
    seen = {e.address.strip().casefold() for e in out.emails}
    for e in other.emails:
        if e.address.strip().casefold() not in seen:
            out.emails.append(copy.copy(e))
            seen.add(e.address.strip().casefold())
    seen_adr = {_address_key(a) for a in out.addresses}
    for a in other.addresses:
        if _address_key(a) not in seen_adr:
            out.addresses.append(copy.copy(a))
            seen_adr.add(_address_key(a))
    seen_urls = {u.url.strip() for u in out.urls}
    out.urls += [copy.copy(u) for u in other.urls if u.url.strip() not in seen_urls]
    seen_tags = {tag_key(t) for t in out.tags}
    out.tags += [t for t in other.tags if tag_key(t) not in seen_tags]
    if other.notes.strip() and other.notes.strip() not in out.notes:
        out.notes = f"{out.notes}\n\n{other.notes}" if out.notes.strip() else other.notes
    out.extra_vcard += [ln for ln in other.extra_vcard if ln not in out.extra_vcard]
    if out.photo is None and other.photo is not None:
        out.photo, out.photo_mime = other.photo, other.photo_mime
    if not out.uid:
        out.uid = other.uid
    return out
