"""Households: recipients at the same postal address get one envelope.

A household is proposed for people with the same family name at the same
private address (not colleagues at their firm's address: a firm and its
people are one envelope only when the user asks for one envelope per
company, a separate choice).

Two addresses are the same when they match after normalising case,
diacritics, whitespace and punctuation, the usual street abbreviations
("Str." / "Straße" / "Strasse", "St." / "Street", ...) and old-style
postal-code prefixes ("D-10115"). Pure functions on plain data.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from app.cards.addressee import company_of
from app.contacts.model import ORGANISATION, ContactData, PostalAddress
from app.core.textfold import fold

# (pattern on folded text, replacement): whole words or word endings.
_STREET_WORDS = [
    # German compounds and separate words: Hauptstraße, Hauptstr., Lange Straße
    (re.compile(r"(?:strasse|str\.?)(?=[\s\d.,-]|$)"), "str"),
    (re.compile(r"(?:platz|pl\.)(?=[\s\d,-]|$)"), "pl"),
    # English words: Main Street / Main St.
    (re.compile(r"\b(?:street|st\.?)(?=[\s\d,-]|$)"), "st"),
    (re.compile(r"\b(?:road|rd\.?)(?=[\s\d,-]|$)"), "rd"),
    (re.compile(r"\b(?:avenue|ave\.?)(?=[\s\d,-]|$)"), "ave"),
]
_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
_CODE_PREFIX = re.compile(r"^[A-Z]{1,3}[- ](?=\d)")


def normalise_street(street: str) -> str:
    """"Hauptstraße 5 a" and "Hauptstr.5a" -> "hauptstr5a"."""
    text = fold(street)
    for pattern, replacement in _STREET_WORDS:
        text = pattern.sub(replacement, text)
    return _NOT_ALNUM.sub("", text)


def normalise_postal_code(code: str) -> str:
    """" d-10115 " -> "10115"; "sw1a 2aa" -> "SW1A2AA"."""
    text = code.strip().upper()
    text = _CODE_PREFIX.sub("", text)
    return _NOT_ALNUM.sub("", text)


def address_key(address: PostalAddress | None, sender_country: str = "DE") -> tuple | None:
    """What two addresses must share to be one household; None for no address."""
    if address is None or address.is_empty():
        return None
    country = (address.country or sender_country).upper()
    street = normalise_street(address.street) or normalise_street(address.po_box)
    code = normalise_postal_code(address.postal_code)
    place = code or _NOT_ALNUM.sub("", fold(address.city))
    if not street and not place:
        return None
    return (country, place, street)


def propose_households(addresses: Iterable[tuple[Hashable, PostalAddress | None]],
                       sender_country: str = "DE") -> list[list[Hashable]]:
    """Groups of two or more ids whose addresses are the same, in first-seen order."""
    groups: dict[tuple, list] = defaultdict(list)
    for ident, address in addresses:
        key = address_key(address, sender_country)
        if key is not None:
            groups[key].append(ident)
    return [ids for ids in groups.values() if len(ids) > 1]


def in_several(households: Sequence[Sequence[Hashable]]) -> set[Hashable]:
    """Ids that appear in more than one household."""
    seen: set = set()
    twice: set = set()
    for members in households:
        for ident in set(members):
            (twice if ident in seen else seen).add(ident)
    return twice


# --- proposals from contacts ------------------------------------------------------------

@dataclass
class Proposal:
    """Recipients proposed for one envelope, and the address they share."""
    ids: list[int]
    address: PostalAddress
    company: str = ""  # "": a private household; else one envelope for this firm
    line: str = ""  # the address on one line, as the run formats it (app.cards.envelopes)


def private_address(c: ContactData) -> PostalAddress | None:
    """A person's first address that is not their firm's; None for a firm."""
    if c.kind == ORGANISATION:
        return None
    return next((a for a in c.addresses if not a.is_empty() and not company_of([c], a)), None)


def company_address(c: ContactData) -> tuple[str, PostalAddress] | None:
    """(firm, address) of a firm, or of a person at their firm's address."""
    for a in c.addresses:
        if not a.is_empty():
            firm = company_of([c], a)
            if firm:
                return firm, a
    return None


def propose_private(people: Iterable[ContactData], sender_country: str = "DE") -> list[Proposal]:
    """People with the same family name at the same private address, in first-seen order."""
    groups: dict[tuple, list[ContactData]] = defaultdict(list)
    for c in people:
        family = fold(c.family_name).strip()
        address = private_address(c)
        key = address_key(address, sender_country)
        if family and key is not None:
            groups[key + (family,)].append(c)
    return [Proposal([c.id for c in members], private_address(members[0]))
            for members in groups.values() if len(members) > 1]


def propose_companies(people: Iterable[ContactData],
                      sender_country: str = "DE") -> list[Proposal]:
    """A firm and its people at the firm's address: one envelope per company. Two
    firms in one building stay apart."""
    groups: dict[tuple, list[tuple[int, str, PostalAddress]]] = defaultdict(list)
    for c in people:
        found = company_address(c)
        if found is None:
            continue
        firm, address = found
        key = address_key(address, sender_country)
        if key is not None:
            groups[key + (fold(firm).strip(),)].append((c.id, firm, address))
    return [Proposal([i for i, _, _ in members], members[0][2], members[0][1])
            for members in groups.values() if len(members) > 1]


def shared_address(members: Sequence[ContactData],
                   sender_country: str = "DE") -> PostalAddress | None:
    """The address of an envelope to several people: the first address of the first
    member that every member has too (private ones first); None if they share none."""
    if not members:
        return None
    first = members[0]
    candidates = [a for a in first.addresses if not a.is_empty()]
    candidates.sort(key=lambda a: bool(company_of([first], a)))
    for a in candidates:
        key = address_key(a, sender_country)
        if key is None:
            continue
        if all(any(address_key(b, sender_country) == key for b in m.addresses)
               for m in members[1:]):
            return a
    return None
