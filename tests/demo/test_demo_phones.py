"""Demo numbers parsed by shape read exactly as phonenumbers reads each one."""
from __future__ import annotations

import datetime as dt

from app.contacts.phones import portable, region_for
from app.demo import contacts as demo
from app.demo.phone_shapes import ShapeParser

DAY = dt.date(2026, 5, 1)


def _as_shown(info) -> tuple:
    return info.typed, info.e164, info.national_digits, info.valid, info.international


def test_every_demo_number_reads_as_phonenumbers_reads_it():
    shapes = ShapeParser()
    numbers = 0
    for seed in (2, 9):
        for c in demo.generate(500, seed, today=DAY):
            own = region_for((a.country for a in c.addresses), "DE")
            for p in c.phones:
                key, info = shapes.portable(p.number, own)
                want_key, want = portable(p.number, own, international=True)
                assert (key, _as_shown(info)) == (want_key, _as_shown(want)), p.number
                numbers += 1
    assert len(shapes.shapes) < numbers / 3  # most answers came from a shape


def test_a_number_of_a_known_shape_gets_its_own_digits():
    shapes = ShapeParser()
    shapes.portable("030 2345678", "DE")
    _, info = shapes.portable("030 9876543", "DE")
    assert (info.e164, info.national_digits, info.international) == \
        ("+49309876543", "0309876543", "+49 30 9876543")
    _, info = shapes.portable("+44 20 7946 0123", "DE")
    _, other = shapes.portable("+44 20 7946 0999", "AT")
    assert other.international == "+44 20 7946 0999" and other.valid
    _, bad = shapes.portable("12", "DE")
    assert not bad.valid and bad.international == "12"
