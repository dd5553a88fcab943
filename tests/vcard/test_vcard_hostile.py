"""Hostile vCards: each one bad card between two good ones.

The import completes, the good cards arrive, the bad card is reported with
its file, card and line and the reason, and nothing takes long (the
exponential cases ran for minutes before).
"""
from __future__ import annotations

import time

import pytest

from app.core.problems import describe
from app.vcard import notes as n
from app.vcard.reader import read_files

GOOD_A = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna A\r\nEMAIL:anna@example.com\r\nEND:VCARD\r\n"
GOOD_B = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob B\r\nTEL:030 1234567\r\nEND:VCARD\r\n"


def read_between(tmp_path, bad: bytes | str, name: str = "bad.vcf"):
    """The three cards of GOOD_A + bad + GOOD_B, read quickly; the bad one's result."""
    if isinstance(bad, str):
        bad = bad.encode("utf-8")
    path = tmp_path / name
    path.write_bytes(GOOD_A.encode() + bad + GOOD_B.encode())
    start = time.perf_counter()
    [result] = read_files([path], workers=1)
    assert time.perf_counter() - start < 5  # minutes before the repair
    first, *middle, last = result.cards
    assert first.contact.emails[0].address == "anna@example.com"
    assert last.contact.phones[0].number == "030 1234567"
    assert [c.number for c in result.cards] == list(range(1, len(result.cards) + 1))
    assert all(c.file == str(path) for c in result.cards)
    return result, middle


def card(*lines: str) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:2.1", "N:Doe;Carl", *lines, "END:VCARD"]) + "\r\n"


@pytest.mark.parametrize("charset", ["base64", "quoted-printable", "hex", "rot13", "zlib",
                                     "idna", "punycode", "undefined", "UTF-8\x00", "\x00"])
def test_a_charset_that_is_no_text_encoding_reads_as_undeclared(tmp_path, charset):
    _, [bad] = read_between(tmp_path, card(f"NOTE;CHARSET={charset}:Gr\u00fc\u00dfe"))
    assert bad.contact.notes == "Grüße"
    assert bad.line == 6
    assert {note.code for _, note in bad.notes} <= {n.UNKNOWN_CHARSET, n.CONTROL_CHARACTERS}
    assert [line for line, _ in bad.notes] == [9] * len(bad.notes)


def test_nul_and_control_characters_are_dropped_from_emails_and_phones(tmp_path):
    _, [bad] = read_between(tmp_path, card("EMAIL:carl\x00@exa\x1bmple.org",
                                           "TEL;CELL:+49\x07 171\x00 555"))
    assert bad.contact.emails[0].address == "carl@example.org"
    assert bad.contact.phones[0].number == "+49 171 555"
    assert [(line, describe(note)) for line, note in bad.notes] == [
        (9, "control characters (such as NUL) in EMAIL were left out"),
        (10, "control characters (such as NUL) in TEL were left out")]


def backtracking_line(params: int) -> str:
    """The fuzzer's hang, ~250 bytes: many parameters and a quote never closed.

    vobject's line pattern takes about twice as long for each further one
    (seconds at 20, minutes at 30)."""
    return "EMAIL" + ";TYPE=" + ",".join("x" * params) + ";X=a" * 10 + ';LABEL="open:c@d.org'


def test_a_quote_never_closed_among_many_parameters_is_repaired_not_backtracked(tmp_path):
    line = backtracking_line(100)
    _, [bad] = read_between(tmp_path, card(line))
    assert bad.contact.emails[0].address == "c@d.org"
    assert [(line, note.code) for line, note in bad.notes] == [(9, n.BAD_PARAMETERS)]


def test_absurdly_many_parameters_are_cut(tmp_path):
    _, [bad] = read_between(tmp_path, card("TEL" + ";X-A=1" * 5000 + ":0171 555"))
    assert bad.contact.phones[0].number == "0171 555"
    assert describe(bad.notes[0][1]) == "TEL has 5000 parameters; only the first 64 were read"


def test_an_oversized_note_is_cut_and_an_oversized_value_left_out(tmp_path):
    big = "ü" * 600_000  # 1.2 MB
    _, [bad] = read_between(tmp_path, card(f"NOTE:{big}", f"EMAIL:{big}@x.org",
                                           "EMAIL:carl@x.org"))
    assert bad.contact.notes == big[:524_288]
    assert [e.address for e in bad.contact.emails] == ["carl@x.org"]
    assert [(line, describe(note)) for line, note in bad.notes] == [
        (9, "the note is larger than 1 MB; only its first 1 MB were kept"),
        (10, "the EMAIL value is larger than 1 MB; left out")]


def test_a_card_over_the_size_limit_is_skipped_and_reported(tmp_path):
    big = card("NOTE:" + "x" * (11 * 1024 * 1024))
    _, [bad] = read_between(tmp_path, big)
    assert bad.contact is None and bad.line == 6
    assert describe(bad.reason) == (
        "the card is 11 MB, larger than the 10 MB a card may have; skipped")


def test_a_file_that_ends_inside_a_card_reads_it_as_far_as_it_goes(tmp_path):
    path = tmp_path / "cut.vcf"
    cut = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carl C\r\nEMAIL:c@"
    path.write_bytes((GOOD_A + GOOD_B + cut).encode())
    [result] = read_files([path], workers=1)
    a, b, c = result.cards
    assert (a.name, b.name, c.name) == ("Anna A", "Bob B", "Carl C")
    assert c.contact.emails[0].address == "c@"
    assert [(line, note.code) for line, note in c.notes] == [(14, n.NO_END)]


@pytest.mark.parametrize("inside", [False, True])
def test_a_file_that_is_one_huge_line(tmp_path, inside):
    path = tmp_path / "line.vcf"
    head = b"BEGIN:VCARD\nFN:A" if inside else b""
    path.write_bytes(head + b"BEGIN:VCARD" * 1_200_000)  # 13 MB, no line end
    start = time.perf_counter()
    [result] = read_files([path], workers=1)
    assert time.perf_counter() - start < 10
    if inside:
        [bad] = result.cards
        assert bad.reason.code == n.CARD_TOO_LARGE and bad.line == 1
    else:
        assert result.cards == []
        assert [(line, note.code) for line, note in result.notes] == [(1, n.NO_VCARD)]


def test_cards_across_read_blocks_and_split_line_ends(tmp_path):
    from app.vcard import split

    cards = [f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P{i}\r\nNOTE:{'n' * (i % 997)}\r\nEND:VCARD\r\n"
             for i in range(5000)]
    data = "".join(cards).encode()
    assert len(data) > 2 * split.BLOCK
    raws, notes = split.split_cards(data, "x")
    assert notes == [] and len(raws) == 5000
    assert [r.line for r in raws[:3]] == [1, 6, 11] and raws[-1].line == 5 * 4999 + 1
    assert all(r.segments[0][1].startswith(b"VERSION:3.0\nFN:P") for r in raws)
    again, _ = split.split_cards(data.replace(b"\r\n", b"\r"), "x")
    assert [r.segments for r in again] == [r.segments for r in raws]
