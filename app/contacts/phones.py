"""Phone numbers: parsed and shown in international format (phonenumbers)."""
from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import phonenumbers

_NON_DIGITS = re.compile(r"\D+")


@dataclass(frozen=True)
class PhoneInfo:
    typed: str
    e164: str  # "+49301234567", or "" when unparseable
    national_digits: str  # "0301234567"
    valid: bool
    #: None when the number was parsed in another process (see :func:`portable`)
    parsed: phonenumbers.PhoneNumber | None = field(default=None, repr=False, compare=False)

    @cached_property
    def international(self) -> str:
        """"+49 30 1234567", or the number as typed when not valid.

        Worked out on first use: storing contacts needs it for the first
        number of each only, and formatting costs a third of parsing.
        """
        if not self.valid:
            return self.typed
        pn = _phonenumbers()
        parsed = self.parsed or pn.parse(self.e164)
        return pn.format_number(parsed, pn.PhoneNumberFormat.INTERNATIONAL)

    def search_digits(self) -> list[str]:
        """Digit strings a search for any run of digits should find."""
        forms = {_NON_DIGITS.sub("", self.typed)}
        if self.e164:
            forms.add(self.e164.lstrip("+"))
        if self.national_digits:
            forms.add(self.national_digits)
        return sorted(f for f in forms if f)


def _phonenumbers():
    """The phonenumbers package, imported when first needed: a tenth of a second
    of the window's start, before any number is shown."""
    import phonenumbers

    return phonenumbers


_local = threading.local()  # .known: numbers parsed elsewhere, see known_numbers()


def _key(number: str, region: str) -> tuple[str, str]:
    typed = number.strip()
    # A number that names its country reads the same from every region.
    return (typed, "") if typed.startswith("+") else (typed, region or "")


def parse(number: str, region: str = "DE") -> PhoneInfo:
    """``number`` as dialled in ``region`` (ISO code), unless it starts with +."""
    key = _key(number, region)
    known = getattr(_local, "known", None)
    if known:
        info = known.get(key)
        if info is not None:
            return info
    return _parse(*key)


def portable(number: str, region: str, *, international: bool = False
             ) -> tuple[tuple[str, str], PhoneInfo]:
    """``parse(number, region)`` to hand to :func:`known_numbers` in another process.

    The parsed object stays behind (sending it costs more than parsing
    again); with ``international``, that form is worked out here, beside the
    parse, for the receiver to use as it is.
    """
    info = parse(number, region)
    copy = PhoneInfo(info.typed, info.e164, info.national_digits, info.valid)
    if international:
        copy.__dict__["international"] = info.international  # cached_property's slot
    return _key(number, region), copy


@contextmanager
def known_numbers(pairs: Iterable[tuple[tuple[str, str], PhoneInfo]]) -> Iterator[None]:
    """Within the block, this thread's parse() answers these numbers from ``pairs``.

    The vCard reader's worker processes parse every card's numbers; storing
    the cards takes their answers instead of parsing each number again.
    """
    outer = getattr(_local, "known", None)
    _local.known = dict(outer or {})
    _local.known.update(pairs)
    try:
        yield
    finally:
        _local.known = outer


@lru_cache(maxsize=8192)
def _parse(typed: str, region: str) -> PhoneInfo:
    phonenumbers = _phonenumbers()
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


def suggested_label(number: str, region: str = "DE", *, private: bool = False) -> str:
    """The label (app.contacts.model.PHONE_LABELS) a number's kind suggests, or "".

    A mobile number is "mobile"; a landline (Cologne's "0221 1234567"), a
    service or VoIP number is "home" for a private person and "work" otherwise;
    a pager "other". "" when the number is not valid or its plan cannot tell
    mobile from landline (as in the US): then the label is left as it is.
    """
    info = parse(number, region)
    if not info.valid:
        return ""
    phonenumbers = _phonenumbers()
    kind = phonenumbers.number_type(info.parsed or phonenumbers.parse(info.e164))
    types = phonenumbers.PhoneNumberType
    if kind in (types.FIXED_LINE_OR_MOBILE, types.UNKNOWN):
        return ""  # tells nothing about mobile or landline: keep the label chosen
    if kind == types.MOBILE:
        return "mobile"
    if kind == types.PAGER:
        return "other"
    return "home" if private else "work"


def region_for(countries: Iterable[str], default: str) -> str:
    """Where a contact's national numbers are dialled: the first of its
    addresses' countries that has a numbering plan, else ``default``.

    "(212) 555-0142" of someone in New York is +1 212-555-0142, not a number
    in Solingen (+49 212 5550142).
    """
    for country in countries:
        code = (country or "").strip().upper()
        if code in _phonenumbers().SUPPORTED_REGIONS:
            return code
    return default


def digits(number: str) -> str:
    return _NON_DIGITS.sub("", number)
