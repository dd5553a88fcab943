"""The reader's content lines (app.vcard.lines, mostly built from the pieces the
repair step joined, without parsing) are exactly what vobject's own line parser
reads from the repaired text: over every sample card and generated cards."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vobject.base import VObjectError, textLineToContentLine

from app.vcard.lines import card_lines
from app.vcard.repair import CardUnreadable, repair_card
from app.vcard.split import split_cards
from app.vcard.to_contact import to_contact

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "vcards"
FILES = sorted(p.name for p in SAMPLES.glob("*.vcf")) if SAMPLES.is_dir() else []
FIELDS = ("name", "group", "params", "singletonparams", "value", "lineNumber")


def vobject_lines(text: str) -> list:
    """What the reader used before: vobject's ContentLine for each line."""
    out = []
    for number, line_text in enumerate(text.split("\r\n"), start=1):
        if line_text:
            line = textLineToContentLine(line_text, number)
            if line.name not in ("BEGIN", "END"):
                out.append(line)
    return out


def outcome(read):
    """The lines' fields, the contact and notes, or the error, as comparable data."""
    try:
        lines = read()
    except VObjectError as exc:
        return ("parse error", str(exc))
    fields = [tuple(getattr(ln, f) for f in FIELDS) for ln in lines]
    try:
        contact, notes = to_contact(lines)
        return fields, contact, [(line, note.code, note.params) for line, note in notes]
    except (ValueError, TypeError) as exc:
        return fields, ("not mapped", type(exc).__name__, str(exc))


def assert_same_as_vobject(data: bytes) -> int:
    """Compares every card of ``data``; returns how many were compared."""
    compared = 0
    for raw in split_cards(data, "x")[0]:
        try:
            clean = repair_card(raw)
        except CardUnreadable:
            continue
        ours = outcome(lambda clean=clean: card_lines(clean))
        theirs = outcome(lambda clean=clean: vobject_lines(clean.text))
        assert ours == theirs, clean.text
        compared += 1
    return compared


@pytest.mark.parametrize("name", FILES or ["(no samples)"])
def test_sample_cards_read_as_vobject_reads_them(shared_dir, name):
    data = (shared_dir / "vcards" / name).read_bytes()
    assert assert_same_as_vobject(data) or b"BEGIN:VCARD" not in data.upper()


def test_a_parameter_vobject_reads_differently_is_caught():
    # The comparison can fail: an empty parameter value is a singleton for vobject.
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nTEL;TYPE=;X-Y=,a,,b:1\r\nEND:VCARD\r\n"
    assert assert_same_as_vobject(data) == 1
    line = card_lines(repair_card(split_cards(data, "x")[0][0]))[-1]
    assert (line.params, line.singletonparams) == ({"X-Y": ["a", "b"]}, ["TYPE"])


_NAMES = st.sampled_from(["FN", "N", "TEL", "EMAIL", "ADR", "ORG", "NOTE", "URL", "BDAY",
                          "PHOTO", "X-CUSTOM", "x_lotus", "item1.TEL", "item1.X-ABLabel",
                          "a_b.email", "tel", "CATEGORIES", "UID", "KIND", "BEGIN", "END"])
_PARAM_TEXT = st.text(alphabet=st.sampled_from(list('abTYPE=,;:" -_wORK\\') + ["ä"]),
                      max_size=12)
_PARAMS = st.lists(st.one_of(
    st.sampled_from(["TYPE=WORK", "TYPE=work,voice", "TYPE=", "PREF", "type=HOME,,CELL",
                     "QUOTED-PRINTABLE", "ENCODING=QUOTED-PRINTABLE", "CHARSET=UTF-8",
                     "ENCODING=b", "X-A=\"x;y:z\"", "LABEL=\"a,b\"", "VALUE=uri"]),
    _PARAM_TEXT), max_size=4)
_VALUE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@st.composite
def cards(draw):
    lines = ["BEGIN:VCARD", "VERSION:" + draw(st.sampled_from(["2.1", "3.0", "4.0"]))]
    for _ in range(draw(st.integers(1, 6))):
        head = ";".join([draw(_NAMES)] + draw(_PARAMS))
        lines.append(head + ":" + draw(_VALUE).replace("\r", "").replace("\n", "\\n"))
    lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cards())
def test_generated_cards_read_as_vobject_reads_them(data):
    assert_same_as_vobject(data)
