"""Demo phone numbers parsed by shape: phonenumbers once per shape, not per number.

Parsing each number with phonenumbers cost the demo's helper process twice
what making the contacts did. Demo numbers are an area (or mobile) code and
random subscriber digits, written in a few ways per country; what
phonenumbers makes of one (valid or not, E.164, national digits, the
international form) depends on the country code, the area and how many
digits follow, never on which digits follow. So the first number of each
shape (the digits after the area group masked: "+49 30 #######") is
parsed for real and every later number of that shape gets its answer with
its own subscriber digits put in place: 100,000 demo contacts have about 600
shapes for 130,000 numbers. tests/demo/test_demo_phones.py compares every
answer with phonenumbers' own for thousands of demo numbers.
"""
from __future__ import annotations

import re

from app.contacts.phones import PhoneInfo, portable

_GROUPS = re.compile(r"[^ /()\-]+")
_DIGIT = re.compile(r"\d")
Key = tuple[str, str]


_NOT_DIGIT = re.compile(r"\D+")
_HEADS: dict[int, re.Pattern] = {}  # the first n digits and what comes between them


def _shape(typed: str) -> tuple[str, int]:
    """(the number with its subscriber digits masked, how many were masked).

    The subscriber digits are those after the area group: the first group, or
    the second after a "+country" group ("030 1234567", "+49 30 1234567",
    "(212) 555-0142": the exchange and line digits together).
    """
    groups = _GROUPS.findall(typed)
    if not groups:
        return typed, 0
    head_groups = 2 if groups[0].startswith("+") else 1
    head = sum(len(_DIGIT.findall(g)) for g in groups[:head_groups])
    pattern = _HEADS.get(head)
    if pattern is None:
        pattern = _HEADS[head] = re.compile(rf"(?:\D*\d){{{head}}}")
    end = pattern.match(typed).end()
    tail, masked = _DIGIT.subn("#", typed[end:])
    return typed[:end] + tail, masked


def _tail_template(text: str, masked: int) -> tuple[str, int]:
    """``text`` as a str.format template with its last ``masked`` digits as the
    fields (where a number of the same shape has its own digits), and how many
    fields that made (a short form may hold fewer)."""
    out = [ch.replace("{", "{{").replace("}", "}}") for ch in text]
    fields = 0
    for i in range(len(out) - 1, -1, -1):
        if fields == masked:
            break
        if text[i].isdigit():
            out[i] = "{}"
            fields += 1
    return "".join(out), fields


def _fill(template: tuple[str, int], tail: str) -> str:
    """The template's fields filled with the last digits of ``tail``."""
    text, fields = template
    return text.format(*tail[len(tail) - fields:]) if fields else text.format()


class ShapeParser:
    """``portable(number, region, international=True)``, by shape; keeps its shapes."""

    def __init__(self) -> None:
        #: (shape, region) -> (the first number's answer, digits masked,
        #: _tail_template()s of its E.164, national and international forms)
        self.shapes: dict[tuple[str, str], tuple[PhoneInfo, int, tuple]] = {}

    def portable(self, number: str, region: str) -> tuple[Key, PhoneInfo]:
        typed = number.strip()
        shape, masked = _shape(typed)
        where = "" if typed.startswith("+") else (region or "")
        known = self.shapes.get((shape, where))
        if known is None:
            key, info = portable(number, region, international=True)
            forms = (info.e164, info.national_digits, info.international) if info.valid else ()
            self.shapes[(shape, where)] = (info, masked,
                                           tuple(_tail_template(f, masked) for f in forms))
            return key, info
        model, _, forms = known
        key = (typed, where)
        if not model.valid:
            return key, PhoneInfo(typed, "", "", False)
        e164, national, international = forms
        tail = _NOT_DIGIT.sub("", typed)[-masked:] if masked else ""
        info = PhoneInfo(typed, _fill(e164, tail), _fill(national, tail), True)
        info.__dict__["international"] = _fill(international, tail)
        return key, info
