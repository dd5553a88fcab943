"""Households: recipients at the same postal address get one envelope.

Two addresses are the same when they match after normalising case,
diacritics, whitespace and punctuation, the usual street abbreviations
("Str." / "Straße" / "Strasse", "St." / "Street", ...) and old-style
postal-code prefixes ("D-10115"). Pure functions on plain data.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence

from app.contacts.model import PostalAddress
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
