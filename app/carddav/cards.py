"""A server's card as a contact and back, and the hash that says whether
Hearth's fields changed.

The card is read by the importer's own pipeline (repair, parse, map), so the
properties Hearth has no field for stay in ``extra_vcard`` verbatim and go
back out with the contact. The hash covers only what the card carries of
Hearth's fields: a server that rewrites PRODID or REV changes no hash, and
Hearth-only data (how we met, relationship, ...) is never part of a card.
"""
from __future__ import annotations

import copy
import hashlib
import json
import re
from dataclasses import asdict

from app.contacts.model import ContactData
from app.contacts.three_way import STORED_FIELDS
from app.core.textfold import tag_key
from app.vcard.reader import parse_raw
from app.vcard.split import split_cards
from app.vcard.to_contact import HEARTH_ONLY
from app.vcard.writer import card_text

#: Not on a card: kept from the local contact whatever the server says.
LOCAL_ONLY = STORED_FIELDS + HEARTH_ONLY + ("first_contact",)


def parse_card(text: str, href: str) -> ContactData | None:
    """The contact a server card describes; None when nothing of it can be read."""
    raws, _ = split_cards(text.encode("utf-8"), href)
    if not raws:
        return None
    parsed = parse_raw(raws[0])
    return parsed.contact


def card_hash(c: ContactData) -> str:
    """A hash of the fields a card carries (order of tags aside)."""
    data = asdict(c)
    for name in LOCAL_ONLY:
        data.pop(name, None)
    photo = data.pop("photo")
    data["photo"] = hashlib.sha256(photo).hexdigest() if photo else ""
    data["tags"] = sorted(data["tags"], key=tag_key)
    raw = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def with_local_fields(card: ContactData, local: ContactData) -> ContactData:
    """``card`` with what only Hearth knows (and the stored identity) from ``local``."""
    out = copy.deepcopy(card)
    for name in LOCAL_ONLY:
        setattr(out, name, copy.deepcopy(getattr(local, name)))
    if not out.uid:
        out.uid = local.uid
    return out


def text_for(c: ContactData, base_card: str = "") -> str:
    """The card Hearth sends: in the version the server's card had (3.0 by default)."""
    version = "4.0" if re.search(r"(?m)^VERSION:\s*4\.0", base_card) else "3.0"
    return card_text(c, version)
