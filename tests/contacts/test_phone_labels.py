"""The label a phone number suggests (issue 10, item 18): a landline is not "mobile"."""
from __future__ import annotations

import pytest

from app.contacts.model import PHONE_LABELS
from app.contacts.phones import suggested_label


@pytest.mark.parametrize("number,region,private,label", [
    ("0221 1234567", "DE", False, "work"),   # Cologne landline, a business contact
    ("0221 1234567", "DE", True, "home"),    # the same at a private person's
    ("0171 1234567", "DE", False, "mobile"),
    ("+49 151 23456789", "US", True, "mobile"),  # + names the country, whatever the region
    ("044 668 18 00", "CH", False, "work"),  # Zürich landline
    ("079 123 45 67", "CH", True, "mobile"),
    ("0800 1234567", "DE", True, "home"),    # toll-free: not a mobile
])
def test_number_kind_suggests_the_label(number, region, private, label):
    assert suggested_label(number, region, private=private) == label
    assert label in PHONE_LABELS


@pytest.mark.parametrize("number,region", [
    ("(212) 555-0142", "US"),  # the US plan cannot tell mobile from landline
    ("12", "DE"),              # not a number at all
    ("", "DE"),
])
def test_no_suggestion_when_the_number_cannot_tell(number, region):
    assert suggested_label(number, region) == ""
