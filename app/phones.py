"""Phone numbers: parsed and shown in international format (phonenumbers)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable

import phonenumbers

_NON_DIGITS = re.compile(r"\D+")


@dataclass(frozen=True)
class PhoneInfo:
    typed: str
    e164: str  # "+49301234567", or "" when unparseable
    national_digits: str  # "0301234567"
    valid: bool
    parsed: phonenumbers.PhoneNumber | None = field(default=None, repr=False, compare=False)

    @cached_property
    def international(self) -> str:
        """"+49 30 1234567", or the number as typed when not valid.

        Worked out on first use: storing contacts needs it for the first
        number of each only, and formatting costs a third of parsing.
        """
        if self.parsed is None:
            return self.typed
        return phonenumbers.format_number(self.parsed,
                                          phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    def search_digits(self) -> list[str]:
        """Digit strings a search for any run of digits should find."""
        forms = {_NON_DIGITS.sub("", self.typed)}
        if self.e164:
            forms.add(self.e164.lstrip("+"))
        if self.national_digits:
            forms.add(self.national_digits)
        return sorted(f for f in forms if f)


@lru_cache(maxsize=8192)
def parse(number: str, region: str = "DE") -> PhoneInfo:
    """``number`` as dialled in ``region`` (ISO code), unless it starts with +."""
    typed = number.strip()
    try:
        parsed = phonenumbers.parse(typed, region or None)
    except phonenumbers.NumberParseException:
        return PhoneInfo(typed, "", "", False)
    if not phonenumbers.is_possible_number(parsed):
        return PhoneInfo(typed, "", "", False)
    if not phonenumbers.is_valid_number(parsed):
        # "Possible" only means the length fits; show such a number as typed.
        return PhoneInfo(typed, "", "", False)
    fmt = phonenumbers.PhoneNumberFormat
    e164 = phonenumbers.format_number(parsed, fmt.E164)
    national = _NON_DIGITS.sub("", phonenumbers.format_number(parsed, fmt.NATIONAL))
    return PhoneInfo(typed, e164, national, True, parsed)


def region_for(countries: Iterable[str], default: str) -> str:
    """Where a contact's national numbers are dialled: the first of its
    addresses' countries that has a numbering plan, else ``default``.

    "(212) 555-0142" of someone in New York is +1 212-555-0142, not a number
    in Solingen (+49 212 5550142).
    """
    for country in countries:
        code = (country or "").strip().upper()
        if code in phonenumbers.SUPPORTED_REGIONS:
            return code
    return default


def digits(number: str) -> str:
    return _NON_DIGITS.sub("", number)
