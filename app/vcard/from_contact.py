"""Writing a contact as a vCard: the component an export serialises
(:mod:`app.vcard.to_contact` reads one). Values are written escaped; the
lines kept in ``ContactData.extra_vcard`` go out as they came in."""
from __future__ import annotations

import base64
import datetime as dt
import re

from vobject.base import Component, ContentLine

from app.contacts.model import ORGANISATION, ContactData
from app.core import clock
from app.vcard.countries import country_name
from app.vcard.syntax import escape

_PHONE_TYPES = {"mobile": "CELL", "home": "HOME", "work": "WORK", "fax": "FAX",
                "pager": "PAGER", "other": "VOICE"}
_PLAIN_TYPES = {"home": "HOME", "work": "WORK", "other": ""}


def formatted_name(c: ContactData) -> str:
    """FN: the name as shown, never empty when anything identifies the contact;
    the one the card's author chose when it is kept."""
    if c.formatted_name:
        return c.formatted_name
    if c.kind == ORGANISATION:
        return c.organisation or c.nickname or ""
    parts = [c.prefix, c.given_name, c.additional_names, c.family_name, c.suffix]
    return (" ".join(p for p in parts if p) or c.nickname or c.organisation
            or (c.emails[0].address if c.emails else ""))


def _date_value(date: str, version: str) -> str:
    """3.0 writes ISO 8601 extended ("1980-04-23", "--04-23"), 4.0 basic."""
    if version != "4.0":
        return date
    if date.startswith("--"):
        return "--" + date[2:].replace("-", "")
    return date.replace("-", "")


def from_contact(c: ContactData, version: str = "3.0", photos: bool = True) -> Component:
    """The vCard component for a contact; values are written escaped."""
    card = Component("VCARD")
    add = _adder(card)
    add("VERSION", version)
    add("PRODID", "-//Hearth//Hearth address book//EN")
    if version == "4.0" and c.kind == ORGANISATION:
        add("KIND", "org")
    add("FN", escape(formatted_name(c)))
    add("N", ";".join(escape(x) for x in (c.family_name, c.given_name, c.additional_names,
                                          c.prefix, c.suffix)))
    if c.nickname:
        add("NICKNAME", escape(c.nickname))
    if c.organisation or c.department:
        add("ORG", escape(c.organisation) + (";" + escape(c.department) if c.department else ""))
    if c.job_title:
        add("TITLE", escape(c.job_title))
    if c.role:
        add("ROLE", escape(c.role))
    groups = _GroupNames(c.extra_vcard)
    for p in c.phones:
        _labelled(add, groups, "TEL", escape(p.number), p.label, _PHONE_TYPES)
    for e in c.emails:
        _labelled(add, groups, "EMAIL", escape(e.address), e.label, _PLAIN_TYPES,
                  extra_type="INTERNET")
    for a in c.addresses:
        country = country_name(a.country) if a.country else ""
        value = ";".join(escape(x) for x in (a.po_box, a.extended, a.street, a.city, a.region,
                                             a.postal_code, country))
        _labelled(add, groups, "ADR", value, a.label, _PLAIN_TYPES)
    for u in c.urls:
        _labelled(add, groups, "URL", escape(u.url), u.label, _PLAIN_TYPES)
    if c.birthday:
        add("BDAY", _date_value(c.birthday, version))
    if c.anniversary:
        add("ANNIVERSARY" if version == "4.0" else "X-ANNIVERSARY",
            _date_value(c.anniversary, version))
    if c.gender:
        if version == "4.0":
            add("GENDER", c.gender.upper())
        else:
            add("X-GENDER", "Male" if c.gender == "m" else "Female")
    if c.notes:
        add("NOTE", escape(c.notes))
    if c.tags:
        add("CATEGORIES", ",".join(escape(t) for t in c.tags))
    if photos and c.photo:
        mime = c.photo_mime or "image/jpeg"
        data = base64.b64encode(c.photo).decode("ascii")
        if version == "4.0":
            add("PHOTO", f"data:{mime};base64,{data}")
        else:
            add("PHOTO", data, [["ENCODING", "b"], ["TYPE", mime.split("/")[-1].upper()]])
    if c.kind == ORGANISATION and version != "4.0":
        add("X-ABShowAs", "COMPANY")
    if c.uid:
        add("UID", escape(c.uid))
    if c.updated_at:
        rev = _rev_value(c.updated_at)
        if rev:
            add("REV", rev)
    return card


def _rev_value(stamp: str) -> str:
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return ""
    # A naive stamp (written before stamps were all UTC) is local time.
    return clock.to_utc(when).strftime("%Y%m%dT%H%M%SZ")


def _adder(card: Component):
    order = iter(range(1, 1 << 30))

    def add(name: str, value: str, params: list | None = None, group: str | None = None):
        line = ContentLine(name, params or [], value, group, encoded=True,
                           lineNumber=next(order))  # the order the writer keeps
        card.add(line)
        return line
    return add


class _GroupNames:
    """itemN group names for Apple labels, clear of those the extra lines use."""

    def __init__(self, extra: list[str]):
        used = [int(m.group(1)) for ln in extra
                for m in [re.match(r"(?i)item(\d+)\.", ln)] if m]
        self.next = max(used, default=0) + 1

    def take(self) -> str:
        name = f"item{self.next}"
        self.next += 1
        return name


def _labelled(add, groups: _GroupNames, name: str, value: str, label: str,
              standard: dict[str, str], extra_type: str = "") -> None:
    if label in standard:
        types = [t for t in (extra_type, standard[label]) if t]
        add(name, value, [["TYPE", *types]] if types else [])
        return
    group = groups.take()
    add(name, value, [["TYPE", extra_type]] if extra_type else [], group)
    add("X-ABLabel", escape(label), [], group)
