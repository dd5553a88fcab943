"""Phone numbers: parsed and shown in international format (phonenumbers)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

_NON_DIGITS = re.compile(r"\D+")


@dataclass(frozen=True)
class PhoneInfo:
    typed: str
    international: str  # "+49 30 1234567", or the number as typed when unparseable
    e164: str  # "+49301234567", or "" when unparseable
    national_digits: str  # "0301234567"
    valid: bool

    def search_digits(self) -> list[str]:
        """Digit strings a search for any run of digits should find."""
        forms = {_NON_DIGITS.sub("", self.typed)}
        if self.e164:
            forms.add(self.e164.lstrip("+"))
        if self.national_digits:
            forms.add(self.national_digits)
        return sorted(f for f in forms if f)


@lru_cache(maxsize=4096)
def parse(number: str, region: str = "DE") -> PhoneInfo:
    typed = number.strip()
    try:
        parsed = phonenumbers.parse(typed, region or None)
    except phonenumbers.NumberParseException:
        return PhoneInfo(typed, typed, "", "", False)
    if not phonenumbers.is_possible_number(parsed):
        return PhoneInfo(typed, typed, "", "", False)
    if not phonenumbers.is_valid_number(parsed):
        # "Possible" only means the length fits; show such a number as typed.
        return PhoneInfo(typed, typed, "", "", False)
    fmt = phonenumbers.PhoneNumberFormat
    international = phonenumbers.format_number(parsed, fmt.INTERNATIONAL)
    e164 = phonenumbers.format_number(parsed, fmt.E164)
    national = _NON_DIGITS.sub("", phonenumbers.format_number(parsed, fmt.NATIONAL))
    return PhoneInfo(typed, international, e164, national, True)


def digits(number: str) -> str:
    return _NON_DIGITS.sub("", number)
