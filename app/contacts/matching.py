"""Is this the same person? Match keys, an index of who is already stored, and
merging two contacts' data.

A match is tried by UID, then e-mail, then phone number (normalised, so
"030 1234567" finds "+49 30 1234567"), then name together with organisation.
Used by the vCard import (is this card someone we already have?) and by
"Find duplicates" (app.contacts.duplicates) over the whole address book.
"""
from __future__ import annotations

import copy
from collections.abc import Sequence
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


def name_key(c: ContactData, display_name: str | None = None) -> str:
    """Folded name + organisation; "" when the contact has no personal name.

    Stored as ``contact.match_key`` (app.contacts.store), with ``display_name``
    the one it stores.
    """
    if not (c.given_name or c.family_name) and c.kind != "organisation":
        return ""
    return name_key_of(c.display_name() if display_name is None else display_name,
                       c.organisation)


def name_key_of(display_name: str, organisation: str) -> str:
    return _fold(display_name).strip() + "|" + _fold(organisation).strip()


def _fold(text: str) -> str:
    # fold() is lower() on ASCII (nothing to decompose), at a fifth of the cost.
    return text.lower() if text.isascii() else fold(text)


def email_key(address: str) -> str:
    """What makes two e-mail addresses one; stored as ``email.match_key``."""
    return address.strip().casefold()


@dataclass
class Match:
    contact_id: int  # negative: a card planned earlier in the same import
    reason: str


class MatchIndex:
    """Who is already in the address book, by UID, e-mail, phone and name.

    Made empty (contacts are then :meth:`add`-ed), or by :meth:`from_database`.
    """

    def __init__(self, region: str | None = None):
        self.region = region or settings.get("phone_region")
        self.uid: dict[str, int] = {}
        self.email: dict[str, int] = {}
        self.phone: dict[str, int] = {}
        self.name: dict[str, int] = {}
        #: Trashed contacts (matched by UID only); see BookIndex.trashed.
        self.trashed: set[int] = set()

    @classmethod
    def from_database(cls, region: str | None = None) -> MatchIndex:
        """The stored contacts, looked up card by card while few cards are matched
        (:class:`BookIndex`)."""
        return BookIndex(region)

    @classmethod
    def loaded(cls, region: str | None = None) -> MatchIndex:
        """Every stored contact read into memory at once."""
        index = cls(region)
        index.load_stored(stored.largest_id())
        return index

    def load_stored(self, upto: int) -> None:
        """Read the keys of every contact stored up to id ``upto`` (those stored
        when the matching began); they go before the keys added so far."""
        added = self.uid, self.email, self.phone, self.name
        self.uid, self.email, self.phone, self.name = {}, {}, {}, {}
        uids, names, trashed = self.uid, self.name, self.trashed
        for cid, uid, is_trashed, key in stored.identities(upto):
            if uid:
                uids.setdefault(uid, cid)
            if is_trashed:
                trashed.add(cid)
            elif key:
                names.setdefault(key, cid)
        emails = self.email
        for cid, key in stored.live_email_keys(upto):
            emails.setdefault(key, cid)
        phones = self.phone
        for cid, digits in stored.live_phone_digits(upto):
            if digits and len(digits) >= MIN_PHONE_DIGITS:
                phones.setdefault(digits, cid)
        for mine, theirs in zip((self.uid, self.email, self.phone, self.name), added):
            for key, cid in theirs.items():
                mine.setdefault(key, cid)

    def prefetch(self, cards: Sequence[tuple[ContactData, list[str] | None]]) -> None:
        """Cards about to be matched, with their phone keys when known (see BookIndex)."""

    def match(self, c: ContactData, phone_keys: list[str] | None = None) -> Match | None:
        """The contact ``c`` most likely is; ``phone_keys`` when already known."""
        if c.uid and c.uid in self.uid:
            return Match(self.uid[c.uid], UID)
        for e in c.emails:
            hit = self.email.get(email_key(e.address))
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
            self.email.setdefault(email_key(e.address), contact_id)
        if strong_only:
            return
        for key in phone_keys_of(c, self.region):
            if key:
                self.phone.setdefault(key, contact_id)
        key = name_key(c)
        if key:
            self.name.setdefault(key, contact_id)


class BookIndex(MatchIndex):
    """The contacts stored when it was made, asked through their indexes card
    by card (a card into a million contacts reads a few index entries), until so
    many cards have been matched that reading every contact's keys at once costs
    less; then they are (:meth:`MatchIndex.load_stored`). Either way the same
    matches: a stored contact before one added, the lowest id first, and none
    stored since (an import creates its new contacts while it plans the next
    cards; those match only as added, by UID and e-mail).

    Until loaded, :attr:`trashed` holds the trashed contacts matched so far.
    """

    #: Matching a card by lookups (:meth:`prefetch`-ed) costs about as much CPU
    #: as reading this many contacts' keys (measured with 100,000 and 1,000,000).
    CARD_COST = 5
    #: Stored keys remembered at most (those of the cards being matched).
    _REMEMBERED = 20_000

    def __init__(self, region: str | None = None, lookups: int | None = None):
        super().__init__(region)
        self.upto = stored.largest_id()
        #: Cards matched by lookups before the stored contacts are read at once.
        self.lookups = self.upto // self.CARD_COST if lookups is None else lookups
        self.full = False
        self._found: dict[str, dict] = {UID: {}, EMAIL: {}, PHONE: {}, NAME: {}}
        self._chunk: dict[int, tuple[ContactData, dict[str, list[str]]]] = {}

    def prefetch(self, cards: Sequence[tuple[ContactData, list[str] | None]]) -> None:
        """Look the keys of the cards (with their phone keys, when known) about to
        be matched up at once: a few queries for many cards."""
        if self.full:
            return
        cards = cards[:self.lookups]
        if len(cards) < 2:
            return
        self._found = {kind: {} for kind in self._found}
        self._chunk = {id(c): (c, self._keys(c, phone_keys)) for c, phone_keys in cards}
        wanted: dict[str, list[str]] = {UID: [], EMAIL: [], PHONE: [], NAME: []}
        for _, keys_of in self._chunk.values():
            for kind, keys in keys_of.items():
                wanted[kind] += keys
        for kind, keys in wanted.items():
            self._stored(kind, keys)

    def match(self, c: ContactData, phone_keys: list[str] | None = None) -> Match | None:
        if not self.full:
            if self.lookups > 0:
                self.lookups -= 1
                return self._look_up(c, phone_keys)
            self.load_stored(self.upto)
            self.full = True
            self._found, self._chunk = {}, {}
        return super().match(c, phone_keys)

    def _keys(self, c: ContactData, phone_keys: list[str] | None) -> dict[str, list[str]]:
        if phone_keys is None:
            phone_keys = phone_keys_of(c, self.region)
        key = name_key(c)
        return {UID: [c.uid] if c.uid else [], EMAIL: [email_key(e.address) for e in c.emails],
                PHONE: [k for k in phone_keys if len(k) >= MIN_PHONE_DIGITS],
                NAME: [key] if key else []}

    def _stored(self, kind: str, keys: list[str]) -> dict:
        """The stored contact (None: none) by each of these keys of this kind."""
        found = self._found[kind]
        missing = [k for k in dict.fromkeys(keys) if k not in found]
        if missing:
            if len(found) + len(missing) > self._REMEMBERED:
                found.clear()
            hits = _LOOKUPS[kind](missing, self.upto)
            found.update((k, hits.get(k)) for k in missing)
        return found

    def _look_up(self, c: ContactData, phone_keys: list[str] | None) -> Match | None:
        known = self._chunk.get(id(c))
        keys = known[1] if known and known[0] is c else self._keys(c, phone_keys)
        if c.uid:
            hit = self._stored(UID, keys[UID])[c.uid]
            if hit is not None:
                if hit[1]:
                    self.trashed.add(hit[0])
                return Match(hit[0], UID)
            if c.uid in self.uid:
                return Match(self.uid[c.uid], UID)
        for kind, added in ((EMAIL, self.email), (PHONE, self.phone), (NAME, self.name)):
            found = self._stored(kind, keys[kind])
            for key in keys[kind]:
                hit = found[key]
                if hit is None:
                    hit = added.get(key)
                if hit is not None:
                    return Match(hit, kind)
        return None


_LOOKUPS = {UID: stored.by_uids, EMAIL: stored.live_by_email_keys,
            PHONE: stored.live_by_phone_digits, NAME: stored.live_by_name_keys}


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
