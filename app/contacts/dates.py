"""Dates as people type them, and as Hearth stores them (ISO, or --MM-DD)."""
from __future__ import annotations

import datetime as dt
import re

from app.core import formats
from app.core.i18n import N_
from app.core.problems import Problem, problem_code

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_YEARLESS = re.compile(r"^--(\d{1,2})-?(\d{1,2})$")
_GERMAN = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SLASH_ISO = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_SLASH_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})(?:/(\d{4}))?$")  # British English, as shown


class BadDate(Problem, ValueError):
    """A date that cannot be read (``text`` as typed)."""


NOT_A_DATE = problem_code("date.not_a_date", N_(
    "“{text}” is not a date: use 1980-04-23, 23.04.1980 or 23.04. for a birthday without a year"))
NOT_A_REAL_DATE = problem_code("date.not_real", N_("“{text}” is not a real date"))


def parse_user_date(text: str) -> str:
    """"23.04.1980" -> "1980-04-23"; "23.04." -> "--04-23"; "" -> "".

    Accepts ISO (1980-04-23, 19800423, 1980/04/23), German day.month.year,
    and dates without a year (--04-23, 23.04.). Raises BadDate with a message
    naming what was typed when it is not a real date.
    """
    t = text.strip()
    if not t:
        return ""
    year = month = day = None
    for pattern, order in ((_ISO, "ymd"), (_COMPACT, "ymd"), (_SLASH_ISO, "ymd"),
                           (_GERMAN, "dmy"), (_SLASH_DMY, "dmy"), (_YEARLESS, "md")):
        m = pattern.match(t)
        if m:
            values = dict(zip(order, m.groups()))
            year = int(values["y"]) if values.get("y") else None
            month, day = int(values["m"]), int(values["d"])
            break
    else:
        raise BadDate(NOT_A_DATE, text=text)
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 Feb stays allowed
    except ValueError:
        raise BadDate(NOT_A_REAL_DATE, text=text) from None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def month_day(iso: str) -> tuple[int, int] | None:
    """(month, day) of a stored date, with or without its year."""
    m = _YEARLESS.match(iso) or None
    if m:
        return int(m.group(1)), int(m.group(2))
    m = _ISO.match(iso)
    if m:
        return int(m.group(2)), int(m.group(3))
    return None


def display_date(iso: str) -> str:
    """What the detail pane shows for a stored date, as the language writes it:
    "23.04.1980", "23.04." in German; "23/04/1980", "23/04" in English."""
    if not iso:
        return ""
    m = _ISO.match(iso)
    if m:
        try:
            return formats.date(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            return iso
    md = month_day(iso)
    if md:
        return formats.day_month_numeric(dt.date(2000, md[0], md[1]))
    return iso
