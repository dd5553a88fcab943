"""Values as CSV files write them, read into Hearth's: dates in German, ISO
and US order (where the order is clear), Google's birthdays without a year,
countries by German or English name, labels, genders and lists."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from app.contacts.model import ORGANISATION, PERSON
from app.core import clock
from app.core.csv_safety import formula_start
from app.core.textfold import fold
from app.csvimport import notes as n
from app.vcard.countries import iso_code

#: Google joins several values of one cell with this.
MULTI = " ::: "
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$")
_YEARLESS = re.compile(r"^--(\d{1,2})-?(\d{1,2})$")
_GERMAN = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})?$")
_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?: [\d:]+(?: ?[AP]M)?)?$", re.I)
_SLASH_ISO = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
DMY, MDY = "dmy", "mdy"


def slash_order(values) -> str | None:
    """Day or month first, for a column of "a/b/yyyy" dates: told by any date
    whose day is over 12; None when no date tells (or they disagree)."""
    orders = set()
    for value in values:
        m = _SLASH.match(value.strip())
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if a > 12 >= b:
                orders.add(DMY)
            elif b > 12 >= a:
                orders.add(MDY)
    return orders.pop() if len(orders) == 1 else None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    if len(text) == 2:  # "80" is 1980, "05" is 2005
        now = clock.today().year
        year += 2000 if year <= now % 100 else 1900
    return year


def parse_date(text: str, order: str | None = None) -> tuple[str, str | None]:
    """(ISO date or "--MM-DD", None) or ("", the note code when not read).

    "24.12.1980", "1980-12-24", "--12-24" (Google), "12/24/1980" (US),
    "24/12/1980" (where the column's ``order`` or the day tells), "24.12.";
    Outlook's "0.0.00" for no date is no date.
    """
    t = text.strip()
    if not t or not t.strip("0./-: "):
        return "", None
    year = None
    m = _ISO.match(t) or _SLASH_ISO.match(t)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _YEARLESS.match(t):
        month, day = int(m.group(1)), int(m.group(2))
    elif m := _GERMAN.match(t):
        day, month, year = int(m.group(1)), int(m.group(2)), _year(m.group(3))
    elif m := _SLASH.match(t):
        a, b, year = int(m.group(1)), int(m.group(2)), _year(m.group(3))
        if a > 12 >= b or (order == DMY and b <= 12):
            day, month = a, b
        elif b > 12 >= a or (order == MDY and a <= 12) or a == b:
            month, day = a, b
        else:
            return "", n.AMBIGUOUS_DATE
    else:
        return "", n.BAD_DATE
    try:
        dt.date(year or 2000, month, day)  # 2000: a leap year, so 29 Feb is a date
    except ValueError:
        return "", n.BAD_DATE
    if year is None:
        return f"--{month:02d}-{day:02d}", None
    return f"{year:04d}-{month:02d}-{day:02d}", None


@lru_cache(maxsize=1)
def _territories() -> dict[str, str]:
    from babel import Locale

    out: dict[str, str] = {}
    for language in ("en", "de"):
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha():
                out.setdefault(fold(name), code)
    return out


@lru_cache(maxsize=4096)
def country_code(text: str) -> str:
    """"Deutschland", "Österreich", "Germany", "DE" -> ISO code; "" when unknown."""
    text = text.strip()
    if not text:
        return ""
    return iso_code(text) or _territories().get(fold(text), "")


_LABEL_WORDS = {
    "work": "work", "business": "work", "arbeit": "work", "geschaftlich": "work",
    "buro": "work", "office": "work", "firma": "work", "dienstlich": "work",
    "home": "home", "privat": "home", "private": "home", "personal": "home",
    "zuhause": "home", "mobile": "mobile", "mobil": "mobile", "cell": "mobile",
    "handy": "mobile", "mobiltelefon": "mobile", "fax": "fax", "telefax": "fax",
    "workfax": "fax", "homefax": "fax", "faxgeschaftlich": "fax", "faxprivat": "fax",
    "other": "other", "andere": "other", "weitere": "other", "sonstige": "other",
}


@lru_cache(maxsize=1024)
def label_of(text: str, allowed: tuple[str, ...], default: str = "other") -> str:
    """Google's "* Work", "Mobile", "Work Fax", a German "Privat" -> Hearth's label."""
    word = re.sub(r"[^a-z]+", "", fold(text))
    label = _LABEL_WORDS.get(word, "")
    return label if label in allowed else default


@lru_cache(maxsize=256)
def gender_of(text: str) -> str:
    word = fold(text.strip())
    if word in ("m", "male", "mann", "mannlich", "herr", "man"):
        return "m"
    if word in ("f", "w", "female", "frau", "weiblich", "woman"):
        return "f"
    return ""


_PREFIX_GENDER = {"herr": "m", "herrn": "m", "mr": "m", "mister": "m",
                  "frau": "f", "mrs": "f", "ms": "f", "miss": "f"}


@lru_cache(maxsize=256)
def split_prefix(text: str) -> tuple[str, str]:
    """Outlook's "Anrede": "Herr Dr." -> ("m", "Dr."), "Frau" -> ("f", "").

    Hearth words the salutation from the gender; the title stays the prefix.
    """
    gender, kept = "", []
    for word in text.split():
        g = _PREFIX_GENDER.get(fold(word).rstrip("."))
        if g and not gender:
            gender = g
        else:
            kept.append(word)
    return gender, " ".join(kept)


def kind_of(text: str) -> str:
    word = fold(text.strip())
    return ORGANISATION if word in ("organisation", "organization", "firma", "org") else PERSON


def split_multi(text: str) -> list[str]:
    """Google's "a ::: b" as ["a", "b"]; other text as itself."""
    return [part.strip() for part in text.split(MULTI) if part.strip()]


_SYSTEM_GROUPS = {"mycontacts", "starred", "friends_contacts", "coworkers_contacts"}


@lru_cache(maxsize=1024)
def split_tags(text: str) -> tuple[str, ...]:
    """"Kunde; VIP", "* myContacts ::: Friends" -> tags (Google's own groups left out).

    Split at ";" (Outlook, Hearth), else at "," (a typed list).
    """
    out = []
    separator = r"\s*:::\s*|\s*;\s*" if ";" in text or ":::" in text else r"\s*:::\s*|\s*,\s*"
    for part in re.split(separator, text):
        tag = part.strip().lstrip("*").strip()
        if tag and fold(tag).replace(" ", "_") not in _SYSTEM_GROUPS and tag not in out:
            out.append(tag)
    return tuple(out)


#: Control characters (NUL, ...) other than tab and line break: never part of a value.
_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10))


def clean(cell: str) -> str:
    """A cell's value: line breaks as "\n", control characters and a CSV
    writer's formula guard left out, spaces around it trimmed."""
    return unneutralised(cell.replace("\r\n", "\n").replace("\r", "\n")
                         .translate(_CONTROL)).strip()


def unneutralised(cell: str) -> str:
    """A cell a CSV writer made safe ("'=SUM(A1)") read back as it was meant."""
    if cell.startswith("'") and formula_start(cell[1:]):
        return cell[1:]
    return cell
