"""Who an envelope is addressed to, in German or English, from its members.

"Frau Dr. Anna Müller", "Anna und Max Müller", "Familie Müller",
"Firma X" / "z. Hd. Frau Y"; "Ms Anna Miller", "Anna and Max Miller",
"The Miller Family", "X Ltd" / "Attn: Ms Y". Pure functions on ContactData.
The language follows the contact's language field, then the destination
country, then the run's (sender's) language.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from app.contacts.model import ORGANISATION, ContactData, PostalAddress
from app.contacts.postal import GERMAN_SPEAKING, LANGUAGES

# Honorifics people type into the prefix field; they tell the gender and are
# replaced by the right word for the language.
_HONORIFICS = {
    "frau": "f", "fr.": "f", "herr": "m", "herrn": "m", "hr.": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "mr": "m", "mr.": "m",
}
_HONORIFIC = re.compile(r"^\s*(" + "|".join(re.escape(h) for h in _HONORIFICS)
                        + r")(?=\s|$)\s*", re.IGNORECASE)

#: (language, gender) -> word before the name on an envelope and in a letter.
ENVELOPE_WORD = {("de", "f"): "Frau", ("de", "m"): "Herrn",
                 ("en", "f"): "Ms", ("en", "m"): "Mr"}
LETTER_WORD = {("de", "f"): "Frau", ("de", "m"): "Herr",
               ("en", "f"): "Ms", ("en", "m"): "Mr"}
AND = {"de": "und", "en": "and"}


#: Countries whose mail we word in English because English is what they speak.
ENGLISH_SPEAKING = frozenset({"GB", "UK", "US", "IE", "AU", "NZ", "CA", "ZA", "SG", "MT"})


def country_language(country: str) -> str:
    """"de" or "en" when the country speaks one of them, else "" (the run decides)."""
    country = (country or "").strip().upper()
    if country in GERMAN_SPEAKING:
        return "de"
    return "en" if country in ENGLISH_SPEAKING else ""


def own_language(c: ContactData) -> str:
    """The contact's language field when it is one we write ("de-CH" -> "de"), else ""."""
    lang = (c.language or "").strip().lower()[:2]
    return lang if lang in LANGUAGES else ""


def language_of(c: ContactData, address: PostalAddress | None = None, *,
                sender_country: str = "DE", sender_language: str = "de") -> str:
    """"de" or "en": the contact's language, else the address's country, else the run's.

    A language we do not write (a Genevan's "fr") falls through to the country and
    then to the run: a German run never turns to English on its own.
    """
    return envelope_language([c], address, sender_country=sender_country,
                             sender_language=sender_language)


def envelope_language(members: Sequence[ContactData], address: PostalAddress | None, *,
                      sender_country: str = "DE", sender_language: str = "de") -> str:
    """One language for an envelope: the first member's own language, else the
    destination country's, else the run's (its sender's)."""
    for m in members:
        if own_language(m):
            return own_language(m)
    if address is not None and country_language(address.country):
        return country_language(address.country)
    if sender_language in LANGUAGES:
        return sender_language
    return country_language(sender_country) or "de"


def title_and_gender(c: ContactData) -> tuple[str, str]:
    """The academic title from the prefix ("Dr.") and the gender ("f", "m" or "")."""
    prefix = c.prefix.strip()
    gender = (c.gender or "").strip().lower()[:1]
    m = _HONORIFIC.match(prefix)
    if m:
        gender = gender or _HONORIFICS[m.group(1).lower()]
        prefix = prefix[m.end():].strip()
    return prefix, gender if gender in ("f", "m") else ""


def _join(parts: Sequence[str], language: str) -> str:
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {AND[language]} " + parts[-1]


def person_name(c: ContactData, language: str, *, honorific: bool = True) -> str:
    """"Frau Dr. Anna Müller" / "Ms Dr. Anna Miller" -> the envelope form."""
    title, gender = title_and_gender(c)
    word = ENVELOPE_WORD.get((language, gender), "") if honorific else ""
    if language == "en" and title:
        word = ""  # "Dr Anna Miller", not "Ms Dr Anna Miller"
    parts = [word, title, c.given_name.strip(), c.family_name.strip(), c.suffix.strip()]
    name = " ".join(p for p in parts if p)
    return name or c.nickname.strip() or c.display_name()


def company_of(members: Sequence[ContactData], address: PostalAddress | None) -> str:
    """The firm an envelope goes to: an organisation member, or the people's shared
    organisation when the address is their work address; "" for private mail."""
    for m in members:
        if m.kind == ORGANISATION and m.organisation.strip():
            return m.organisation.strip()
    orgs = {m.organisation.strip() for m in members if m.kind != ORGANISATION}
    if len(orgs) == 1 and "" not in orgs and address is not None and address.label == "work":
        return orgs.pop()
    return ""


def addressee_lines(members: Sequence[ContactData], language: str, company: str = "") -> list[str]:
    """The name lines of an envelope for one household (one or more contacts)."""
    people = [m for m in members if m.kind != ORGANISATION]
    if company:
        firm = company
        if language == "de" and not company.lower().startswith("firma"):
            firm = f"Firma {company}"
        lines = [firm]
        if people:
            names = _join([person_name(p, language) for p in people], language)
            lines.append(f"z. Hd. {names}" if language == "de" else f"Attn: {names}")
        return lines
    if not people:
        return [m.display_name() for m in members][:1]
    if len(people) == 1:
        return [person_name(people[0], language)]
    families = {p.family_name.strip() for p in people}
    if len(families) == 1 and "" not in families:
        family = families.pop()
        if len(people) == 2 and all(p.given_name.strip() for p in people):
            firsts = [" ".join(x for x in (title_and_gender(p)[0], p.given_name.strip()) if x)
                      for p in people]
            return [f"{_join(firsts, language)} {family}"]
        return [f"Familie {family}" if language == "de" else f"The {family} Family"]
    return [_join([person_name(p, language, honorific=False) for p in people], language)]
