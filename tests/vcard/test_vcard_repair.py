"""Each repair the reader makes, on a small card of our own."""
from __future__ import annotations

import base64
import codecs

import pytest

from app.core.problems import describe
from app.vcard.reader import read_bytes


def said(notes):
    """The notes as (line, sentence), as the import report shows them."""
    return [(line, describe(note)) for line, note in notes]


def one(data: bytes):
    cards = read_bytes(data, "test.vcf").cards
    assert len(cards) == 1
    assert cards[0].contact is not None, cards[0].reason
    return cards[0]


CARD = "BEGIN:VCARD\nVERSION:3.0\nN:Müller;Jörg;;;\nFN:Jörg Müller\nEND:VCARD\n"


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("utf-8"),
    lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    lambda t: t.encode("utf-16"),  # with BOM
    lambda t: t.encode("utf-16-le"),  # without
    lambda t: t.encode("utf-16-be"),
], ids=["utf8", "utf8-bom", "utf16", "utf16le-nobom", "utf16be-nobom"])
def test_unicode_encodings(encode):
    c = one(encode(CARD)).contact
    assert (c.given_name, c.family_name) == ("Jörg", "Müller")


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r", "\r\r\n"])
def test_line_endings(newline):
    text = "BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane\nNOTE:one\\ntwo\n  three\nEND:VCARD\n"
    card = one(text.replace("\n", newline).encode())
    assert card.contact.notes == "one\ntwo three"


def test_mixed_line_endings_keep_line_numbers():
    data = b"BEGIN:VCARD\r\nVERSION:2.1\nN:A\rX-BAD-PHOTO;ENCODING=BASE64:%%%\r\nEND:VCARD\n"
    card = one(data)
    assert said(card.notes) == [(4, "the X-BAD-PHOTO data is not valid base64; left out")]


def test_declared_charsets():
    data = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:Wei\xdf;G\xfcnter\r\n"
            "END:VCARD\r\n").encode("latin-1")
    data += "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:安藤;ロイド\r\nEND:VCARD\r\n".encode(
        "shift_jis")
    a, b = read_bytes(data, "x").cards
    assert (a.contact.family_name, a.contact.given_name) == ("Weiß", "Günter")
    assert (b.contact.family_name, b.contact.given_name) == ("安藤", "ロイド")
    assert a.notes == b.notes == []


def test_undeclared_western_bytes_fall_back_and_say_so():
    data = "BEGIN:VCARD\nVERSION:3.0\nN:Gr\xf6\xdfer;J\xfcrgen\nEND:VCARD\n".encode("cp1252")
    card = one(data)
    assert (card.contact.family_name, card.contact.given_name) == ("Größer", "Jürgen")
    assert said(card.notes) == [
        (3, "characters not in UTF-8 and not declared; read as Windows-1252")]


def test_undeclared_shift_jis_falls_back_and_says_so():
    data = "BEGIN:VCARD\nVERSION:3.0\nN:山田;太郎\nEND:VCARD\n".encode("shift_jis")
    card = one(data)
    assert (card.contact.family_name, card.contact.given_name) == ("山田", "太郎")
    assert said(card.notes) == [(3, "characters not in UTF-8 and not declared; read as Shift_JIS")]


def test_quoted_printable_soft_breaks_and_utf8():
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;John\r\n"
            b"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Gr=C3=BC=C3=9Fe=0D=0Aaus =\r\n"
            b"K=C3=B6ln=\r\n and more\r\nEND:VCARD\r\n")
    assert one(data).contact.notes == "Grüße\naus Köln and more"


def test_utf8_character_split_by_a_fold():
    raw = "NOTE:Grüße".encode()
    cut = raw.index("ü".encode()) + 1  # between the two bytes of ü
    data = b"BEGIN:VCARD\nVERSION:3.0\nN:A\n" + raw[:cut] + b"\n " + raw[cut:] + b"\nEND:VCARD\n"
    card = one(data)
    assert card.contact.notes == "Grüße" and card.notes == []


def test_base64_with_unindented_continuation_lines():
    photo = bytes(range(256)) * 3
    text = base64.b64encode(photo).decode()
    lines = [text[i:i + 60] for i in range(0, len(text), 60)]
    data = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;Ann\r\nPHOTO;ENCODING=BASE64;TYPE=PNG:"
            + "\r\n".join(lines) + "\r\n\r\nTEL;CELL:+49 171 1234567\r\nEND:VCARD\r\n").encode()
    c = one(data).contact
    assert c.photo == photo and c.photo_mime == "image/png"
    assert [(p.number, p.label) for p in c.phones] == [("+49 171 1234567", "mobile")]


def test_comment_and_junk_lines_are_dropped_and_reported():
    data = (b"BEGIN:VCARD\nVERSION:3.0\n# exported by something\nN:Doe;Ann\n"
            b"this line means nothing\nEMAIL:ann@example.com\nEND:VCARD\n")
    card = one(data)
    assert card.contact.emails[0].address == "ann@example.com"
    assert said(card.notes) == [(5, "ignored a line that is not a vCard property: "
                              "'this line means nothing'")]


def test_truncated_card_is_read_as_far_as_it_goes():
    data = (b"BEGIN:VCARD\nVERSION:3.0\nN:Doe;Ann\nEND:VCARD\n"
            b"BEGIN:VCARD\nVERSION:3.0\nN:Roe;Bob\nTEL:+49 30 1234567\n")
    a, b = read_bytes(data, "x").cards
    assert a.contact.given_name == "Ann" and b.contact.given_name == "Bob"
    assert b.line == 5 and b.contact.phones[0].number == "+49 30 1234567"
    assert said(b.notes) == [
        (9, "the file ends before this card's END:VCARD; read as far as it goes")]


def test_broken_card_does_not_stop_the_file():
    data = (b"BEGIN:VCARD\nVERSION:3.0\nX-ONLY:nothing to show\nEND:VCARD\n"
            b"BEGIN:VCARD\nVERSION:3.0\nFN:Second\nEND:VCARD\n")
    bad, good = read_bytes(data, "x").cards
    assert bad.contact is None and (bad.number, bad.line) == (1, 1) and bad.reason
    assert good.contact.given_name == "Second" and (good.number, good.line) == (2, 5)


def test_file_without_cards_says_so():
    result = read_bytes(b"hello\nworld\n", "x")
    assert result.cards == []
    assert said(result.notes) == [(1, "no vCard in this file (no BEGIN:VCARD line)")]


def test_data_uri_photo_and_kind_org():
    photo = b"\x89PNG\r\n\x1a\n" + b"x" * 50
    data = ("BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:ACME GmbH\nORG:ACME GmbH\n"
            f"PHOTO:data:image/png;base64,{base64.b64encode(photo).decode()}\nEND:VCARD\n")
    c = one(data.encode()).contact
    assert c.kind == "organisation" and c.organisation == "ACME GmbH"
    assert c.photo == photo and c.photo_mime == "image/png"


def test_country_names_become_iso_codes():
    data = ("BEGIN:VCARD\nVERSION:3.0\nFN:X\n"
            "ADR:;;Hauptstr. 1;Köln;;50667;Deutschland\nADR:;;1 Main St;Boston;MA;02215;U.S.A.\n"
            "ADR:;;Ring 1;Wien;;1010;AT\nEND:VCARD\n")
    assert [a.country for a in one(data.encode()).contact.addresses] == ["DE", "US", "AT"]


def test_unknown_properties_kept_verbatim():
    data = (b"BEGIN:VCARD\nVERSION:3.0\nFN:X Y\nX-CUSTOM;TYPE=a,b:one\\, two;three\n"
            b"item7.X-ABRELATEDNAMES:Jenny\nitem7.X-ABLabel:_$!<Spouse>!$_\nEND:VCARD\n")
    c = one(data).contact
    assert c.extra_vcard == ["X-CUSTOM;TYPE=a,b:one\\, two;three",
                             "item7.X-ABRELATEDNAMES:Jenny", "item7.X-ABLABEL:_$!<Spouse>!$_"]
