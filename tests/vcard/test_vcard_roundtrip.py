"""A contact written as vCard 3.0 or 4.0 and read back is the same contact."""
from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from app.contacts.model import ContactData, Email, Phone, PostalAddress, Url
from app.vcard.reader import read_bytes
from app.vcard.writer import card_text

# Text a user types: letters (umlauts, kana), digits, punctuation that vCard
# escapes (, ; \ :), line breaks inside notes; no leading/trailing blanks.
_CHARS = string.ascii_letters + string.digits + "äöüßÄÖÜéñ日本語ロイド .,;:\\-'&/()"
word = st.text(_CHARS, min_size=1, max_size=12).map(str.strip).filter(bool)
opt = st.one_of(st.just(""), word)
label = st.sampled_from(["home", "work", "other", "Assistant", "Ferienhaus"])
date = st.one_of(st.just(""), st.dates().map(lambda d: d.isoformat() if d.year >= 1000 else ""),
                 st.dates().map(lambda d: d.strftime("--%m-%d")))


@st.composite
def contacts(draw):
    c = ContactData(
        kind=draw(st.sampled_from(["person", "organisation"])),
        prefix=draw(opt), given_name=draw(opt), additional_names=draw(opt),
        family_name=draw(opt), suffix=draw(opt), nickname=draw(opt),
        organisation=draw(word), department=draw(opt), job_title=draw(opt), role=draw(opt),
        phones=draw(st.lists(st.builds(Phone, st.from_regex(r"\+49 [1-9][0-9]{2,3} [0-9]{4,8}",
                                                            fullmatch=True),
                                       st.sampled_from(["mobile", "home", "work", "fax",
                                                        "pager", "other", "Boat"])),
                             max_size=3)),
        emails=draw(st.lists(st.builds(Email, st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.de",
                                                            fullmatch=True), label),
                             max_size=3)),
        addresses=draw(st.lists(st.builds(
            PostalAddress, street=word, postal_code=opt, city=opt, region=opt,
            country=st.sampled_from(["", "DE", "AT", "CH", "US", "JP", "GB"]),
            extended=opt, po_box=opt, label=label), max_size=2)),
        urls=draw(st.lists(st.builds(Url, st.from_regex(r"https://[a-z]{1,8}\.example/[a-z]*",
                                                        fullmatch=True), label), max_size=2)),
        birthday=draw(date), anniversary=draw(date),
        notes=draw(st.one_of(st.just(""), st.lists(word, min_size=1, max_size=3)
                             .map("\n".join))),
        tags=draw(st.lists(word.filter(lambda t: "," not in t), max_size=3,
                           unique_by=str.casefold)),
        gender=draw(st.sampled_from(["", "f", "m"])),
        uid=draw(st.from_regex(r"urn:uuid:[0-9a-f]{8}", fullmatch=True)),
        extra_vcard=draw(st.lists(st.sampled_from(
            ["X-AIM:me@aol.com", "X-CUSTOM;TYPE=a,b:one\\, two;three", "GEO:geo:1.5,2.5",
             "item9.X-ABDATE:1970-01-01", "item9.X-ABLABEL:_$!<Anniversary>!$_"]),
            max_size=3, unique=True)),
    )
    if draw(st.booleans()):
        c.photo_mime = draw(st.sampled_from(["image/jpeg", "image/png", "image/gif"]))
        c.photo = draw(st.binary(min_size=1, max_size=300))
    return c


@settings(max_examples=120, deadline=None)
@given(contacts(), st.sampled_from(["3.0", "4.0"]))
def test_contact_survives_vcard_round_trip(c, version):
    cards = read_bytes(card_text(c, version).encode("utf-8"), "x.vcf").cards
    assert len(cards) == 1 and cards[0].notes == []
    assert cards[0].contact == c


def test_export_without_fn_or_name_still_writes_a_card():
    c = ContactData(phones=[Phone("+49 30 1234567", "work")])
    text = card_text(c, "3.0")
    assert "\r\nFN:\r\n" in text
    assert read_bytes(text.encode(), "x").cards[0].contact == c


def test_long_lines_are_folded_at_75_octets_without_splitting_characters():
    c = ContactData(given_name="Jörg", notes="ü" * 200)
    text = card_text(c, "3.0")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert read_bytes(text.encode(), "x").cards[0].contact.notes == "ü" * 200


def test_versions_write_their_own_forms():
    c = ContactData(kind="organisation", organisation="ACME", birthday="--04-23",
                    photo=b"\xff\xd8\xff\xe0data", photo_mime="image/jpeg")
    three, four = card_text(c, "3.0"), card_text(c, "4.0")
    assert "VERSION:3.0" in three and "X-ABSHOWAS:COMPANY" in three
    assert "PHOTO;ENCODING=b;TYPE=JPEG:" in three and "BDAY:--04-23" in three
    assert "VERSION:4.0" in four and "KIND:org" in four
    assert "PHOTO:data:image/jpeg;base64," in four.replace("\r\n ", "") and "BDAY:--0423" in four
    assert "PHOTO" not in card_text(c, "3.0", photos=False)
