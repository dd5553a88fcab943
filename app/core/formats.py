"""Dates, times and numbers as the user's language writes them (Babel, CLDR).

The one place in ``app/`` that turns a date, a time or a number into text a
user reads: 25.11.2026 and 14:30 in German, 25/11/2026 in English. Stored and
exchanged values (the database, vCards, JSON output, CSV for programs) stay
ISO and never come through here.
"""
from __future__ import annotations

import datetime as dt

from app.core.i18n import current_language


def _dates():
    """babel.dates, imported when first needed (not before the window shows)."""
    from babel import dates

    return dates

#: The region each shipped language is written for by default.
_LOCALES = {"de": "de_DE", "en": "en_GB"}


def babel_locale(language: str | None = None) -> str:
    """The Babel locale for ``language`` (default: the current one)."""
    return _LOCALES.get(language or current_language(), "en_GB")


def date(value: dt.date, style: str = "short", language: str | None = None) -> str:
    """A date: ``short`` is numeric with a
    four-digit year (25.11.2026, not 25.11.26); ``long`` 25. November 2026; ``full``
    Mittwoch, 25. November 2026; ``day`` Mi., 25. Nov."""
    locale = babel_locale(language)
    if style == "short":
        return _dates().format_skeleton("yyyyMMdd", value, locale=locale)
    if style == "day":
        return _dates().format_skeleton("MMMEd", value, locale=locale)
    return _dates().format_date(value, format=style, locale=locale)


def day_month_numeric(value: dt.date, language: str | None = None) -> str:
    """A day without its year, in digits: 23.04. (German), 23/04 (English)."""
    return _dates().format_skeleton("MMdd", value, locale=babel_locale(language))


def day_month(value: dt.date, language: str | None = None) -> str:
    """A day without its year (a birthday): 23. April, 23 April."""
    return _dates().format_skeleton("MMMMd", value, locale=babel_locale(language))


def time(value: dt.datetime | dt.time, language: str | None = None) -> str:
    """A time of day: 14:30."""
    return _dates().format_time(value, format="short", locale=babel_locale(language))


def date_time(value: dt.datetime, language: str | None = None) -> str:
    """A date and time: 25.11.2026, 14:30."""
    return f"{date(value, language=language)} {time(value, language=language)}"


def number(value: int | float, language: str | None = None) -> str:
    """A number with the language's separators: 1.234,5 in German."""
    from babel import numbers

    return numbers.format_decimal(value, locale=babel_locale(language))
