"""Reading a vCard into a contact: the one place that maps a vCard property to
a :class:`~app.contacts.model.ContactData` field (:mod:`app.vcard.from_contact`
writes them back).

:func:`to_contact` reads content lines that still hold their values as
written (escaped; see :mod:`app.vcard.lines`),
so that nothing vobject's own decoding would cut off at a comma is lost.

Properties Hearth has no field for, X- properties included, go into
``ContactData.extra_vcard`` as content lines and come back out unchanged.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from collections.abc import Iterable
from email.utils import parseaddr

from app.contacts.model import (
    ORGANISATION,
    PERSON,
    ContactData,
    Email,
    Phone,
    PostalAddress,
    Url,
    display_name_of,
)
from app.core import clock
from app.core.textfold import tag_key
from app.vcard.countries import iso_code
from app.vcard.lines import Line
from app.vcard.notes import BAD_PHOTO, NOTHING_TO_SHOW, UNKNOWN_COUNTRY, CardRejected, VcardNote
from app.vcard.syntax import serialize_line, split_fields, split_list_fields, unescape

Note = tuple[int, VcardNote]

#: Contact fields only Hearth knows; an update from a card leaves them alone.
HEARTH_ONLY = ("origin", "referred_by_id", "relationship", "salutation", "formal", "language",
               "cadence_days", "yearly_card", "no_cards")

_ANNIVERSARIES = ("ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY")
_SKIP = {"VERSION", "PRODID", "X-ABLABEL"}


# --- dates ---------------------------------------------------------------------------

_FULL_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")


def parse_date(value: str, omit_year: str = "") -> str | None:
    """"1980-03-22", "19800322", "1953-10-15T23:10:00Z" -> "YYYY-MM-DD";
    "--0203" or "--02-03" -> "--02-03"; None when it is not a date."""
    value = value.strip()
    m = _FULL_DATE.match(value)
    if m:
        year, month, day = (int(x) for x in m.groups())
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
        if omit_year and m.group(1) == omit_year:
            return f"--{m.group(2)}-{m.group(3)}"
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = _NO_YEAR.match(value)
    if m:
        try:
            dt.date(2000, int(m.group(1)), int(m.group(2)))
        except ValueError:
            return None
        return f"--{m.group(1)}-{m.group(2)}"
    return None


def _parse_rev(value: str) -> str | None:
    m = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2}):?(\d{2})?(?:\.\d+)?(Z)?)?$",
                 value.strip())
    if not m:
        return None
    y, mo, d, h, mi, s, _ = m.groups()
    try:
        stamp = dt.datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0),
                            tzinfo=dt.UTC)
    except ValueError:
        return None
    return clock.stamp(stamp)


# --- photos --------------------------------------------------------------------------

_MAGIC = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG", "image/png"), (b"GIF8", "image/gif"),
          (b"BM", "image/bmp"))


_IMAGE_TYPES = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png",
                "gif": "image/gif", "bmp": "image/bmp", "tiff": "image/tiff",
                "webp": "image/webp", "heic": "image/heic"}


def _photo_mime(data: bytes, type_param: str) -> str:
    """The image type the card declares (TYPE=JPEG, image/png), else from its bytes."""
    t = type_param.strip().lower()
    if t.startswith("image/"):
        return t
    if t in _IMAGE_TYPES:
        return _IMAGE_TYPES[t]
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    return "image/jpeg"


def _read_photo(line: Line) -> tuple[bytes, str] | None:
    value = "".join(line.value.split())  # what re.sub(r"\s+", "", ...) does, faster
    enc = [e.lower() for e in line.params.get("ENCODING", [])]
    declared = line.params.get("TYPE", []) + line.params.get("MEDIATYPE", []) + \
        line.singletonparams
    type_param = next((t for t in declared if t.lower().startswith("image/")
                       or t.lower() in _IMAGE_TYPES), "")
    if value.lower().startswith("data:"):
        head, _, payload = value[5:].partition(",")
        mime = head.split(";")[0]
        if ";base64" not in head.lower():
            return None
        data = base64.b64decode(payload + "=" * (-len(payload) % 4))
        return data, _photo_mime(data, mime)
    if "b" in enc or "base64" in enc:
        data = base64.b64decode(value + "=" * (-len(value) % 4))
        return data, _photo_mime(data, type_param)
    return None


# --- labels ----------------------------------------------------------------------------

def _types(line: Line) -> list[str]:
    out = []
    for v in line.params.get("TYPE", []):
        out += [t.strip().lower() for t in v.split(",") if t.strip()]
    out += [s.lower() for s in line.singletonparams]
    return out


def _apple_label(text: str) -> str:
    m = re.fullmatch(r"_\$!<(.*)>!\$_", text.strip())
    label = m.group(1) if m else text.strip()
    return label.lower() if label.lower() in ("home", "work", "other", "mobile", "fax",
                                              "pager") else label


def _phone_label(types: list[str]) -> str:
    if "fax" in types:
        return "fax"
    if {"cell", "mobile", "iphone"} & set(types):
        return "mobile"
    if "pager" in types:
        return "pager"
    if "home" in types:
        return "home"
    if "work" in types:
        return "work"
    return "other"


_NOT_LABELS = {"internet", "pref", "x400", "voice", "postal", "parcel", "dom", "intl", "text",
               "uri", "msg", "x-internet"}


def _plain_label(types: list[str]) -> str:
    if "home" in types:
        return "home"
    if "work" in types:
        return "work"
    custom = [t for t in types if t not in _NOT_LABELS and not t.startswith("x-")
              and t != "other"]
    return custom[0] if custom else "other"


# --- card -> contact ---------------------------------------------------------------------

def to_contact(card_lines: Iterable[Line], extra_lines: list[str] | tuple = ()
               ) -> tuple[ContactData, list[Note]]:
    """A contact from a card's content lines (app.vcard.lines, or vobject's own
    Lines: the same fields); notes say what could not be taken over.

    Raises ValueError when nothing of the card can be shown as a contact.
    """
    c = ContactData()
    notes: list[Note] = []
    lines = sorted(card_lines, key=lambda ln: ln.lineNumber or 0)
    labels = {ln.group.lower(): _apple_label(unescape(ln.value)) for ln in lines
              if ln.name == "X-ABLABEL" and ln.group}
    used_groups: set[str] = set()
    extra: list[Line] = []
    fn = ""
    notes_text: list[str] = []
    seen: set[str] = set()
    labels_text: list[tuple[Line, str]] = []

    def first(name: str) -> bool:
        if name in seen:
            return False
        seen.add(name)
        return True

    for ln in lines:
        name = ln.name
        value = ln.value if isinstance(ln.value, str) else ""
        group_label = labels.get((ln.group or "").lower())
        if name in _SKIP:
            continue
        if name == "N" and first("N"):
            parts = split_list_fields(value, " ") + [""] * 5
            c.family_name, c.given_name, c.additional_names, c.prefix, c.suffix = parts[:5]
        elif name == "FN" and first("FN"):
            fn = unescape(value).strip()
        elif name == "NICKNAME" and first("NICKNAME"):
            c.nickname = unescape(value).strip()
        elif name == "ORG" and first("ORG"):
            parts = [p.strip() for p in split_fields(value)]
            c.organisation = parts[0]
            c.department = "; ".join(p for p in parts[1:] if p)
        elif name == "TITLE" and first("TITLE"):
            c.job_title = unescape(value).strip()
        elif name == "ROLE" and first("ROLE"):
            c.role = unescape(value).strip()
        elif name == "TEL":
            number = unescape(value).strip()
            if number.lower().startswith("tel:"):
                number = number[4:].replace(";ext=", " ext. ")
            if not number or number.lower().startswith("sip:"):
                extra.append(ln)
                continue
            c.phones.append(Phone(number, group_label or _phone_label(_types(ln))))
            used_groups.add((ln.group or "").lower())
        elif name == "EMAIL":
            address = unescape(value).strip()
            if "<" in address:
                address = parseaddr(address)[1] or address
            if address.lower().startswith("mailto:"):
                address = address[7:]
            if not address:
                continue
            c.emails.append(Email(address, group_label or _plain_label(_types(ln))))
            used_groups.add((ln.group or "").lower())
        elif name == "ADR":
            parts = split_list_fields(value, ", ") + [""] * 7
            box, ext, street, city, region, code, country = parts[:7]
            iso = iso_code(country)
            if country and not iso:
                notes.append((ln.lineNumber, VcardNote(UNKNOWN_COUNTRY, country=country)))
            adr = PostalAddress(street=street, postal_code=code, city=city, region=region,
                                country=iso, extended=ext, po_box=box,
                                label=group_label or _plain_label(_types(ln)))
            if adr.is_empty() and not adr.country:
                continue
            c.addresses.append(adr)
            used_groups.add((ln.group or "").lower())
        elif name == "LABEL":
            labels_text.append((ln, unescape(value).strip()))
        elif name == "URL":
            url = unescape(value).strip()
            if url:
                c.urls.append(Url(url, group_label or _plain_label(_types(ln))))
                used_groups.add((ln.group or "").lower())
        elif name == "NOTE":
            text = unescape(value).strip("\n")
            if text.strip():
                notes_text.append(text)
        elif name == "BDAY" and not c.birthday:
            date = parse_date(value, _omit_year(ln))
            if date:
                c.birthday = date
            else:
                extra.append(ln)
        elif name in _ANNIVERSARIES and not c.anniversary and parse_date(value, _omit_year(ln)):
            c.anniversary = parse_date(value, _omit_year(ln))
        elif name in _ANNIVERSARIES and parse_date(value) == c.anniversary:
            continue  # the same date written twice, for different readers
        elif name == "PHOTO" and c.photo is None and value.strip():
            try:
                photo = _read_photo(ln)
            except (binascii.Error, ValueError):
                notes.append((ln.lineNumber, VcardNote(BAD_PHOTO)))
                continue
            if photo is None:
                extra.append(ln)  # a link to a photo elsewhere: kept as written
            else:
                c.photo, c.photo_mime = photo
        elif name == "PHOTO" and not value.strip():
            continue
        elif name == "CATEGORIES":
            for tag in re.split(r"\\?,", value):
                tag = unescape(tag).strip()
                if tag and tag_key(tag) not in (tag_key(t) for t in c.tags):
                    c.tags.append(tag)
        elif name == "UID" and first("UID"):
            c.uid = unescape(value).strip()
        elif name == "REV" and first("REV") and _parse_rev(value):
            c.updated_at = _parse_rev(value)
        elif name == "KIND" and value.strip().lower() in ("org", "organization", "individual"):
            c.kind = PERSON if value.strip().lower() == "individual" else ORGANISATION
        elif name.startswith("X-ABSHOWAS") and value.strip().upper() == "COMPANY":
            c.kind = ORGANISATION
        elif name == "GENDER" and not c.gender and \
                value.split(";")[0].strip().upper() in ("M", "F"):
            c.gender = value.split(";")[0].strip().lower()
        elif name == "X-GENDER" and not c.gender and value.strip().lower() in ("male", "female"):
            c.gender = value.strip().lower()[0]
        else:
            extra.append(ln)
    if labels_text:
        if c.addresses:
            extra += [ln for ln, _ in labels_text]
        else:  # a formatted address and nothing else (old Evolution): keep it as the street
            for ln, text in labels_text:
                c.addresses.append(PostalAddress(street=text,
                                                 label=_plain_label(_types(ln))))
    c.notes = "\n".join(notes_text)
    for ln in lines:  # labels of properties Hearth has no field for stay with them
        if ln.name == "X-ABLABEL" and (ln.group or "").lower() not in used_groups:
            extra.append(ln)
    extra.sort(key=lambda ln: ln.lineNumber or 0)
    c.extra_vcard = [serialize_line(ln) for ln in extra] + list(extra_lines)
    _keep_chosen_name(c, fn)
    _name_from_fn(c, fn)
    if not _has_content(c):
        raise CardRejected(NOTHING_TO_SHOW)
    return c, notes


def _omit_year(line: Line) -> str:
    return next(iter(line.params.get("X-APPLE-OMIT-YEAR", [])), "")


def _keep_chosen_name(c: ContactData, fn: str) -> None:
    """Keep FN as the display name when it differs from the name N composes
    ("Johnny Doe" for N "Doe;John;;;"); the export writes it back."""
    names = (c.prefix, c.given_name, c.additional_names, c.family_name, c.suffix)
    if fn and c.kind == PERSON and any(names) and fn.split() != display_name_of(c).split():
        c.formatted_name = fn  # spacing alone is no choice: "John  Doe" is "John Doe"


def _name_from_fn(c: ContactData, fn: str) -> None:
    """Derive a name from FN when N said nothing (and FN is not just a copy)."""
    if not fn or any((c.given_name, c.family_name, c.additional_names, c.prefix, c.suffix)):
        return
    if c.kind == ORGANISATION:
        if not c.organisation:
            c.organisation = fn
        return
    if fn in (c.organisation, c.nickname) or fn in (e.address for e in c.emails):
        return
    if "," in fn:
        family, _, given = fn.partition(",")
        c.family_name, c.given_name = family.strip(), given.strip()
    elif " " in fn.strip():
        given, _, family = fn.strip().rpartition(" ")
        c.given_name, c.family_name = given.strip(), family.strip()
    else:
        c.given_name = fn


def _has_content(c: ContactData) -> bool:
    return any((c.given_name, c.family_name, c.additional_names, c.nickname, c.organisation,
                c.phones, c.emails, c.addresses, c.urls, c.notes, c.prefix, c.suffix))
