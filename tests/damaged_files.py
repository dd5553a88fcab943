"""Databases with damaged pages, made as a disk or a crash would leave them.

The bytes are overwritten with plain file I/O: that is fine here because no
connection to the file is open in the test process at that moment.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import struct
from pathlib import Path

from app.contacts import store as contacts
from app.contacts.model import ContactData, Email, Phone
from app.conversations import store as talks
from app.storage.connection import close_database, open_database

KINDS = ("index", "table", "page_count")


def sound_database(path: Path, people: int = 120) -> Path:
    """A closed, checkpointed database with contacts and conversations."""
    open_database(path)
    try:
        ids = contacts.create_many([
            ContactData(given_name=f"Anna{n}", family_name=f"Müller{n:03d}",
                        emails=[Email(f"anna{n}@example.com")],
                        phones=[Phone(f"+49 30 {1000000 + n}")],
                        notes="Met at the fair in Essen. " * 3, tags=["Messe", "Kunde", "VIP"])
            for n in range(people)])
        for cid in ids[:10]:
            talks.log(talks.Interaction(channel="call", contact_ids=[cid], subject="Offer",
                                        happened_at=dt.datetime(2026, 1, 5, 10, 0)))
    finally:
        close_database()
    return path


def _pages(path: Path, name: str, kind: str) -> tuple[list[int], int]:
    conn = sqlite3.connect(path)
    try:
        found = [p for (p,) in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno",
            (name, kind))]
        return found, conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()


def damage(path: Path, kind: str) -> Path:
    """Overwrite bytes so that PRAGMA integrity_check fails in the way ``kind`` says:
    an index page, a table page, or the page count in the file header."""
    if kind == "page_count":
        with path.open("r+b") as fh:
            fh.seek(28)
            fh.write(struct.pack(">I", 10))
        return path
    name = {"index": "contact_sort", "table": "contact"}[kind]
    pages, size = _pages(path, name, "leaf")
    page = pages[len(pages) // 2]
    with path.open("r+b") as fh:
        fh.seek((page - 1) * size + 8)
        fh.write(b"\xfe\xff" * 40)
    return path


def damaged_database(folder: Path, kind: str, name: str = "hearth.db") -> Path:
    return damage(sound_database(folder / name), kind)


def file_hash(path: Path) -> str:
    """The file's bytes, hashed: only while no connection to it is open here."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
