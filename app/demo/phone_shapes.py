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
    seen = 0

    def mask(m: re.Match) -> str:
        nonlocal seen
        seen += 1
        return "#" if seen > head else m.group()

    shape = _DIGIT.sub(mask, typed)
    return shape, max(0, seen - head)


def _put_tail(text: str, tail: str) -> str:
    """``text`` with its last len(tail) digits replaced by ``tail``."""
    if not tail:
        return text
    out = list(text)
    j = len(tail)
    for i in range(len(out) - 1, -1, -1):
        if out[i].isdigit():
            j -= 1
            out[i] = tail[j]
            if not j:
                break
    return "".join(out)


class ShapeParser:
    """``portable(number, region, international=True)``, by shape; keeps its shapes."""

    def __init__(self) -> None:
        self.shapes: dict[tuple[str, str], tuple[PhoneInfo, int]] = {}

    def portable(self, number: str, region: str) -> tuple[Key, PhoneInfo]:
        typed = number.strip()
        shape, masked = _shape(typed)
        where = "" if typed.startswith("+") else (region or "")
        known = self.shapes.get((shape, where))
        if known is None:
            key, info = portable(number, region, international=True)
            self.shapes[(shape, where)] = (info, masked)
            return key, info
        model, _ = known
        key = (typed, where)
        if not model.valid:
            return key, PhoneInfo(typed, "", "", False)
        tail = "".join(_DIGIT.findall(typed)[-masked:]) if masked else ""
        info = PhoneInfo(typed, _put_tail(model.e164, tail),
                         _put_tail(model.national_digits, tail), True)
        info.__dict__["international"] = _put_tail(model.international, tail)
        return key, info
