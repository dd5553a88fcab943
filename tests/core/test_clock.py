"""The one clock: audit stamps in UTC, conversation times on the local wall clock."""
from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

import pytest

from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.core import clock
from app.vcard import writer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def berlin(monkeypatch):
    """The machine's local time zone is Berlin (UTC+1 in winter) for this test."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_naive_time_is_local_and_becomes_a_utc_stamp(berlin):
    assert clock.stamp(dt.datetime(2026, 1, 15, 13, 0)) == "2026-01-15T12:00:00+00:00"
    assert clock.stamp(dt.datetime(2026, 7, 15, 13, 0)) == "2026-07-15T11:00:00+00:00"
    aware = dt.datetime(2026, 1, 15, 13, 0, 30, 999, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert clock.stamp(aware) == "2026-01-15T18:00:30+00:00"
    assert clock.STAMP_PATTERN.fullmatch(clock.stamp())


def test_a_stamp_reads_back_as_the_same_moment(berlin):
    moment = dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.UTC)
    assert clock.parse_stamp(clock.stamp(moment)) == moment
    # An older, naive stamp is local time.
    assert clock.parse_stamp("2026-01-15T13:00:00") == dt.datetime(2026, 1, 15, 12, 0,
                                                                    tzinfo=dt.UTC)


def test_a_conversation_time_stays_on_the_local_wall_clock(berlin):
    typed = dt.datetime(2026, 1, 15, 15, 0, 42, 7)
    assert clock.local_text(typed) == "2026-01-15T15:00:42"
    # An aware time (say, parsed from "...Z") is shown on the local clock, not cut.
    utc = dt.datetime(2026, 1, 15, 14, 0, tzinfo=dt.UTC)
    assert clock.local_text(utc) == "2026-01-15T15:00:00"
    assert clock.as_local(utc).tzinfo is None
    assert clock.LOCAL_PATTERN.fullmatch(clock.local_text(clock.local_now()))


def test_vcard_rev_is_the_moment_of_the_last_change_in_utc(db, berlin):
    # 13:00 on a Berlin wall clock in January is 12:00 UTC.
    cid = contacts.create(ContactData(given_name="Anna"), now=dt.datetime(2026, 1, 15, 13, 0))
    text = writer.card_text(contacts.get(cid))
    assert re.search(r"^REV:(.*)\r?$", text, re.M).group(1).strip() == "20260115T120000Z"


def test_nothing_but_the_clock_reads_the_time():
    """Product code asks app.core.clock for now; the demo and benchmarks may not."""
    reading = re.compile(r"datetime\.now\(|\.utcnow\(|date\.today\(")
    skip = {ROOT / "app/core/clock.py"}
    found = []
    for folder in ("app", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path in skip or path.parent.name in ("bench", "demo"):
                continue
            for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if reading.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{no}: {line.strip()}")
    assert found == []
