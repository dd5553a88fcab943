"""Writing contacts as vCard 3.0 (the default: widest support) or 4.0.

The component comes from :func:`app.vcard.from_contact.from_contact`; this module
only serialises it, folding lines at 75 octets without splitting a UTF-8
character. It never fails on a contact: every contact gets an FN, photos are
written as base64 (3.0) or a data: URI (4.0).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from vobject.base import Component

from app.contacts.model import ContactData
from app.storage.connection import refuse_database_as_output
from app.vcard.from_contact import from_contact
from app.vcard.syntax import serialize_line

VERSIONS = ("3.0", "4.0")
_PHOTO_LINE = re.compile(r"^(?:[^.:;]+\.)?(PHOTO|LOGO)[;:]", re.I)


def fold(line: str, width: int = 75) -> str:
    """One content line folded to ``width`` octets per physical line."""
    if len(line) <= width and line.isascii():
        return line
    raw = line.encode("utf-8")
    if len(raw) <= width:
        return line
    pieces, start, limit = [], 0, width
    while start < len(raw):
        end = min(start + limit, len(raw))
        while end < len(raw) and (raw[end] & 0xC0) == 0x80:  # inside a UTF-8 character
            end -= 1
        pieces.append(raw[start:end].decode("utf-8"))
        start, limit = end, width - 1  # continuation lines begin with a space
    return "\r\n ".join(pieces)


def serialize(component: Component, extra_lines: Iterable[str] = ()) -> str:
    lines = sorted(component.getChildren(), key=lambda ln: ln.lineNumber or 0)
    out = ["BEGIN:VCARD"]
    out += [fold(serialize_line(ln)) for ln in lines]
    out += [fold(ln) for ln in extra_lines]
    out.append("END:VCARD")
    return "\r\n".join(out) + "\r\n"


def card_text(c: ContactData, version: str = "3.0", photos: bool = True) -> str:
    """One contact as a vCard."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version!r} is not one Hearth writes (3.0 or 4.0)")
    extra = [ln for ln in c.extra_vcard if photos or not _PHOTO_LINE.match(ln)]
    return serialize(from_contact(c, version, photos), extra)


def write_file(path: Path, contacts: Iterable[ContactData], version: str = "3.0",
               photos: bool = True) -> int:
    """Write all contacts into one .vcf file; returns how many."""
    refuse_database_as_output(path)
    n = 0
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        for c in contacts:
            fh.write(card_text(c, version, photos))
            n += 1
    tmp.replace(path)
    return n


def file_name_for(c: ContactData, taken: set[str]) -> str:
    """A safe, unique file name for one contact's card in a folder."""
    base = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", c.display_name()).strip(" ._") or "contact"
    base = base[:80]
    name, n = f"{base}.vcf", 2
    while name.casefold() in taken:
        name, n = f"{base} ({n}).vcf", n + 1
    taken.add(name.casefold())
    return name


def write_folder(folder: Path, contacts: Iterable[ContactData], version: str = "3.0",
                 photos: bool = True, progress: Callable[[int], None] | None = None) -> int:
    """One .vcf per contact in ``folder``; returns how many."""
    folder.mkdir(parents=True, exist_ok=True)
    taken = {p.name.casefold() for p in folder.glob("*.vcf")}
    n = 0
    for c in contacts:
        (folder / file_name_for(c, taken)).write_text(card_text(c, version, photos),
                                                      encoding="utf-8", newline="")
        n += 1
        if progress:
            progress(n)
    return n


class ExportCancelled(Exception):
    """The user cancelled an export; a one-file export leaves no file behind."""


def export_ids(ids: list[int], out: Path, version: str = "3.0", photos: bool = True,
               per_contact: bool = False,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> int:
    """Export stored contacts to one .vcf (or a folder of them); returns how many."""
    from app.contacts import store as contacts

    total = len(ids)

    def stream():
        done = 0
        for start in range(0, total, 500):
            for c in contacts.get_many(ids[start:start + 500], with_photos=photos):
                if cancelled and cancelled():
                    raise ExportCancelled()
                yield c
                done += 1
                if progress and (done % 100 == 0 or done == total):
                    progress(done, total)

    if per_contact:
        return write_folder(out, stream(), version, photos)
    try:
        return write_file(out, stream(), version, photos)
    except BaseException:
        out.with_name(out.name + ".part").unlink(missing_ok=True)
        raise
