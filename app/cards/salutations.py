"""Letter salutations for one contact or a household, in German or English.

"Sehr geehrte Frau Dr. Müller", "Lieber Max", "Liebe Anna, lieber Max";
"Dear Ms Miller", "Dear Anna and Max". Formal or informal comes from
ContactData.formal, the gender from ContactData.gender (or an honorific in the
prefix), and a salutation typed on the contact always wins. No trailing comma:
the letter template adds its own punctuation.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from app.cards.addressee import AND, LETTER_WORD, title_and_gender
from app.contacts.model import ORGANISATION, ContactData

TO_A_FIRM = {"de": "Sehr geehrte Damen und Herren", "en": "Dear Sir or Madam"}
_FORMAL_DE = {"f": "Sehr geehrte", "m": "Sehr geehrter"}
_INFORMAL_DE = {"f": "Liebe", "m": "Lieber"}


# Titles that belong in a salutation: doctors and professors everywhere, and the
# Austrian Mag./Ing./DI; "Dipl.-Ing.", "MBA" and the like stay on the envelope only.
_SALUTATION_TITLE = re.compile(r"^(Prof\.?|Dr\.?|Mag\.?|Ing\.?|DI)(?:-\w+\.?)?$")


def salutation_title(title: str) -> str:
    """"Prof. Dr. med." -> "Prof. Dr."; "Dipl.-Ing." -> ""; "Dr.-Ing." -> "Dr."."""
    kept = []
    for word in title.split():
        m = _SALUTATION_TITLE.match(word)
        if m:
            kept.append(m.group(1))
    return " ".join(kept)


def salutation(c: ContactData, language: str) -> str:
    """The salutation for one contact."""
    if c.salutation.strip():
        return c.salutation.strip()
    if c.kind == ORGANISATION:
        return TO_A_FIRM[language]
    title, gender = title_and_gender(c)
    title = salutation_title(title)
    given, family = c.given_name.strip(), c.family_name.strip()
    if not given and not family:
        return TO_A_FIRM[language]
    if language == "de":
        if not c.formal and given:
            return f"{_INFORMAL_DE.get(gender, 'Hallo')} {given}"
        if gender and family:
            words = [_FORMAL_DE[gender], LETTER_WORD[("de", gender)], title, family]
        else:
            words = ["Guten Tag", title, given, family]
        return " ".join(w for w in words if w)
    if not c.formal and given:
        return f"Dear {given}"
    if family and (title or gender):
        # "Dear Dr Miller": a title takes the place of Ms/Mr.
        return " ".join(w for w in ("Dear", title or LETTER_WORD[("en", gender)], family) if w)
    return " ".join(w for w in ("Dear", given, family) if w)


def household_salutation(members: Sequence[ContactData], language: str) -> str:
    """One salutation for everybody on an envelope."""
    people = [m for m in members if m.kind != ORGANISATION]
    if not people:
        return salutation(members[0], language) if members else TO_A_FIRM[language]
    if len(people) == 1:
        return salutation(people[0], language)
    each = [salutation(p, language) for p in people]
    if language == "en" and all(s.startswith("Dear ") for s in each):
        rest = [s[len("Dear "):] for s in each]
        return "Dear " + (", ".join(rest[:-1]) + f" {AND['en']} " + rest[-1])
    # German: "Liebe Anna, lieber Max" - each greeting kept, the later ones lower case.
    return ", ".join([each[0]] + [_lower_first(s) for s in each[1:]])


def _lower_first(text: str) -> str:
    word, _, rest = text.partition(" ")
    # Only greeting words are lower-cased: "Hallo"/"Liebe"/"Sehr", never a name.
    if word in ("Liebe", "Lieber", "Hallo", "Sehr", "Guten", "Dear"):
        word = word.lower()
    return f"{word} {rest}" if rest else word
