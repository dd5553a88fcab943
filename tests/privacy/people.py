"""A small address book around one person with unusual, searchable details."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.cards import recipients, runs
from app.contacts import store as contacts
from app.contacts.model import ContactData, Email, Phone, PostalAddress, Url
from app.conversations import store as interactions
from app.conversations import warmth
from app.conversations.store import Interaction

#: Strings that exist nowhere in the file but in the person's own rows.
NAME = "Quaxworth"
GIVEN = "Zebulon"
EMAIL = "zeb.quax@quaxmail.example"
PHONE = "+49 30 98765431"
PHONE_DIGITS = "3098765431"
TAG = "quaxclub"


def _png() -> bytes:
    """A real 2x2 PNG (the window shows it) with a marker we can look for in the file."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    raw = b"".join(b"\x00" + bytes([200, 80, 40]) * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", b"Comment\x00QUAXPHOTO") + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


PHOTO = _png()

NOW = dt.datetime(2026, 11, 20, 10, 0)


@dataclass
class Book:
    person: int
    anna: int
    max: int
    own_talk: int
    shared_talk: int
    run: int


def build() -> Book:
    """Zebulon, Anna (shares a conversation and a household with him), Max (referred by him)."""
    person = contacts.create(ContactData(
        prefix="Dr.", given_name=GIVEN, family_name=NAME, organisation="Quax Leuchten GmbH",
        job_title="Einkauf", phones=[Phone(PHONE, "mobile")], emails=[Email(EMAIL, "work")],
        addresses=[PostalAddress("Lindenweg 7", "10115", "Berlin", country="DE", label="home")],
        urls=[Url("https://quax.example", "work")], birthday="1971-03-04",
        photo=PHOTO, photo_mime="image/png", notes="Likes Quaxball on Sundays.", tags=[TAG],
        origin="trade fair", first_contact="2024-05-02", relationship="customer",
        salutation="Lieber Zebulon", yearly_card=True, cadence_days=60), now=NOW)
    anna = contacts.create(ContactData(
        given_name="Anna", family_name="Weber", emails=[Email("anna@weber.example")],
        phones=[Phone("+49 30 1111111")], referred_by_id=person,
        addresses=[PostalAddress("Lindenweg 7", "10115", "Berlin", country="DE", label="home")]),
        now=NOW)
    mx = contacts.create(ContactData(given_name="Max", family_name="Brandt", origin="referral",
                                     referred_by_id=person), now=NOW)
    # Anna was referred by Zebulon too, but Max is the one we check by name below.
    own = interactions.log(Interaction(
        "call", [person], NOW - dt.timedelta(days=3), subject="Quaxball order",
        notes="He wants 40 lamps.", follow_up=dt.date(2026, 12, 1)), now=NOW)
    shared = interactions.log(Interaction(
        "meeting", [person, anna], NOW - dt.timedelta(days=10), subject="Lunch",
        notes=f"Anna and {GIVEN} {NAME} talked about the fair."), now=NOW)
    interactions.log(Interaction("e-mail", [anna], NOW - dt.timedelta(days=1),
                                 subject="Brochure"), now=NOW)
    run = runs.create_run(2026, "christmas", now=NOW)
    recipients.add_recipients(run, [person, anna, mx], now=NOW)
    hid = recipients.join(run, [person, anna])
    recipients.set_household_text(hid, addressee=f"{GIVEN} {NAME} und Anna Weber",
                                  salutation=f"Lieber {GIVEN}, liebe Anna")
    recipients.mark(run, [person, anna], runs.SENT, now=NOW)
    recipients.mark_received(run, [person], now=NOW)
    warmth.pin(person, "hot")
    return Book(person, anna, mx, own, shared, run)
