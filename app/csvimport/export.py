"""Contacts as CSV for Excel, in columns this import reads back unchanged.

UTF-8 with a byte-order mark (so Excel reads umlauts), ``;`` where the
user's locale writes a decimal comma (what German Excel expects), ``,``
elsewhere. Phones, e-mails, web and postal addresses are numbered groups
with their label (Google's layout: "Phone 1 - Label", "Phone 1 - Value"),
so that any number of each reads back with its label. Every cell a
spreadsheet would run as a formula is neutralised (app.core.csv_safety).
"""
from __future__ import annotations

import csv
import io
import locale
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.core.csv_safety import neutralise
from app.csvimport.source import check_delimiter
from app.storage.connection import refuse_database_as_output

#: Hearth's own single fields, by column header (see app.csvimport.headers.HEARTH).
SCALAR_COLUMNS = (("Kind", "kind"), ("Prefix", "prefix"), ("Given name", "given_name"),
                  ("Additional names", "additional_names"), ("Family name", "family_name"),
                  ("Suffix", "suffix"), ("Nickname", "nickname"),
                  ("Organisation", "organisation"), ("Department", "department"),
                  ("Job title", "job_title"), ("Birthday", "birthday"),
                  ("Anniversary", "anniversary"), ("First contact", "first_contact"),
                  ("Gender", "gender"), ("Tags", "tags"),
                  ("Notes", "notes"), ("UID", "uid"))
ADDRESS_COLUMNS = (("Street", "street"), ("Extended Address", "extended"),
                   ("PO Box", "po_box"), ("Postal Code", "postal_code"), ("City", "city"),
                   ("Region", "region"), ("Country", "country"))
_GROUPS = (("Phone", "phones", "number"), ("E-mail", "emails", "address"),
           ("Website", "urls", "url"))
CHUNK = 500


def default_delimiter() -> str:
    """";" where the locale's decimal separator is a comma (German Excel), else ","."""
    name = ""
    for var in ("LC_ALL", "LC_NUMERIC", "LANG"):
        name = os.environ.get(var, "")
        if name:
            break
    if not name:
        name = locale.getlocale()[0] or ""
    name = name.split(".")[0].split("@")[0]
    if not name or name in ("C", "POSIX"):
        return ","
    try:
        from babel import Locale, UnknownLocaleError
        from babel.numbers import get_decimal_symbol

        return ";" if get_decimal_symbol(Locale.parse(name)) == "," else ","
    except (ValueError, UnknownLocaleError):
        return ","


def header(counts: dict[str, int]) -> list[str]:
    out = [name for name, _ in SCALAR_COLUMNS]
    for title, attr, _ in _GROUPS:
        for k in range(1, counts.get(attr, 0) + 1):
            out += [f"{title} {k} - Label", f"{title} {k} - Value"]
    for k in range(1, counts.get("addresses", 0) + 1):
        out.append(f"Address {k} - Label")
        out += [f"Address {k} - {name}" for name, _ in ADDRESS_COLUMNS]
    return out


def row(c: ContactData, counts: dict[str, int]) -> list[str]:
    out = []
    for _, attr in SCALAR_COLUMNS:
        value = getattr(c, attr)
        out.append("; ".join(value) if attr == "tags" else str(value or ""))
    for _, attr, value_attr in _GROUPS:
        items = getattr(c, attr)
        for k in range(counts.get(attr, 0)):
            if k < len(items):
                out += [items[k].label.capitalize(), getattr(items[k], value_attr)]
            else:
                out += ["", ""]
    for k in range(counts.get("addresses", 0)):
        a = c.addresses[k] if k < len(c.addresses) else None
        out.append(a.label.capitalize() if a else "")
        out += [getattr(a, attr) if a else "" for _, attr in ADDRESS_COLUMNS]
    return [neutralise(cell) for cell in out]


def write_csv(contacts_: Sequence[ContactData], path: Path | str,
              delimiter: str | None = None) -> int:
    """Write the contacts; returns how many. Written in one go (a failed export
    leaves no half file). Raises CsvProblem for a bad delimiter, OSError."""
    delimiter = check_delimiter(delimiter) if delimiter else default_delimiter()
    path = Path(path)
    refuse_database_as_output(path)
    counts = {attr: max((len(getattr(c, attr)) for c in contacts_), default=0)
              for attr in ("phones", "emails", "urls", "addresses")}
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL,
                        lineterminator="\r\n")
    writer.writerow(header(counts))
    writer.writerows(row(c, counts) for c in contacts_)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    tmp.replace(path)
    return len(contacts_)


def export_ids(ids: Sequence[int], path: Path | str, delimiter: str | None = None,
               progress: Callable[[int, int], None] | None = None) -> int:
    """The contacts with these ids, in this order, as a CSV file."""
    found: list[ContactData] = []
    for start in range(0, len(ids), CHUNK):
        found += contacts.get_many(list(ids[start:start + CHUNK]), with_photos=False)
        if progress:
            progress(min(start + CHUNK, len(ids)), len(ids))
    return write_csv(found, path, delimiter)
