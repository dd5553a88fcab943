"""The one clock: what time it is, and the two kinds of stored time.

**Audit stamps** say when a row was written: contacts' and conversations'
``created_at``, ``updated_at`` and ``trashed_at``, card runs' ``created_at``,
recipients' ``added_at`` and ``status_at``, ``card_received.received_at``,
``card_opt_out.since``. They are moments, kept in UTC and stored in one
format, :data:`STAMP_FORMAT` (``2026-11-25T12:00:00+00:00``: ISO 8601, whole
seconds, always ``+00:00``), which sorts and compares as text and which
``datetime.fromisoformat`` reads back as an aware datetime. Only
:func:`stamp` writes them.

**Conversation times** say when something happened in the user's day: an
interaction's ``happened_at`` and the temperature inputs derived from it
(``last_contact_at``...). They are local wall-clock times as the user typed
them, naive datetimes (:data:`LocalTime`), stored as ``2026-03-10T15:00:00``
by :func:`local_text`: a call at 15:00 stays at 15:00 when the laptop travels
to another time zone.

The two cannot be mixed up by accident: :func:`stamp` turns a naive (local)
datetime into UTC, and :func:`local_text` turns an aware one into local time.
Pure rules (temperature, households, ...) never read the clock: callers pass
``now`` in, normally :func:`local_now`.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NewType

#: A naive datetime meaning the user's local wall-clock time.
LocalTime = NewType("LocalTime", dt.datetime)

#: How every audit stamp is stored.
STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S+00:00"
#: What a stored audit stamp looks like (tests check every stamp column with it).
STAMP_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00")
#: What a stored conversation time looks like.
LOCAL_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


def utc_now() -> dt.datetime:
    """Now, as an aware UTC datetime."""
    return dt.datetime.now(dt.UTC)


def local_now() -> LocalTime:
    """Now on the user's wall clock (naive, whole seconds)."""
    return LocalTime(dt.datetime.now().replace(microsecond=0))


def today() -> dt.date:
    """Today's date on the user's wall clock."""
    return dt.date.today()


def to_utc(when: dt.datetime) -> dt.datetime:
    """``when`` as an aware UTC datetime; a naive ``when`` is local wall-clock time."""
    return when.astimezone(dt.UTC)


def stamp(when: dt.datetime | None = None) -> str:
    """The audit stamp for ``when`` (default: now) in :data:`STAMP_FORMAT`.

    A naive ``when`` is a local wall-clock time (the ``now`` that callers pass
    around for the rules) and is converted to UTC.
    """
    return to_utc(when or utc_now()).strftime(STAMP_FORMAT)


def parse_stamp(text: str) -> dt.datetime:
    """A stored audit stamp as an aware UTC datetime.

    Naive stamps (written by older versions, before the migration) are local times.
    """
    return to_utc(dt.datetime.fromisoformat(text))


def as_local(when: dt.datetime) -> LocalTime:
    """``when`` on the user's wall clock: aware times are converted, naive ones kept."""
    if when.tzinfo is not None:
        when = when.astimezone().replace(tzinfo=None)
    return LocalTime(when)


def local_text(when: dt.datetime) -> str:
    """How a conversation time is stored: local, naive, whole seconds."""
    return as_local(when).replace(microsecond=0).isoformat(timespec="seconds")
