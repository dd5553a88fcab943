"""Dates, times and numbers in the window, as the interface language writes them.

The one place in ``ui/`` that turns a date or a number into text (QLocale, set
to the interface language by ``ui.main.application``): 25.11.2026 and 14:30 in
German. ``app/`` has its twin, ``app.core.formats`` (Babel), for the command
line and the documents it writes.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _four_digit_year(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_pattern() -> str:
    """The locale's numeric date with a four-digit year: dd.MM.yyyy in German."""
    return _four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def date(value: dt.date) -> str:
    """25.11.2026 (German), 25/11/2026 (British English)."""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_pattern())


def long_date(value: dt.date) -> str:
    """Mittwoch, 25. November 2026."""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.LongFormat)


def short_day(value: dt.date) -> str:
    """A day in a list of coming days: Mi. 25.11."""
    locale = QLocale()
    q = QDate(value.year, value.month, value.day)
    return f"{locale.dayName(q.dayOfWeek(), QLocale.FormatType.ShortFormat)} {date(value)}"


def time(value: dt.datetime | dt.time) -> str:
    """14:30."""
    return QLocale().toString(QTime(value.hour, value.minute),
                              QLocale.FormatType.ShortFormat)


def date_time(value: dt.datetime) -> str:
    """25.11.2026 14:30."""
    return f"{date(value)} {time(value)}"


def datetime_pattern() -> str:
    """The pattern for a QDateTimeEdit: dd.MM.yyyy HH:mm in German."""
    return f"{date_pattern()} {QLocale().timeFormat(QLocale.FormatType.ShortFormat)}"


def number(value: int | float) -> str:
    """1.234 in German, 1,234 in English."""
    return QLocale().toString(value)


def parse_date(text: str) -> dt.date | None:
    """A date typed in the locale's format (24.12.2026) or ISO (2026-12-24)."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    q = QLocale().toDate(text, date_pattern())
    if not q.isValid():
        q = QDateTime.fromString(text, "d.M.yyyy").date()
    return dt.date(q.year(), q.month(), q.day()) if q.isValid() else None
