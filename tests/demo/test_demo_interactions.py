"""Demo conversations: realistic amounts, spread, follow-ups, and stored temperature."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

import pytest

from app.contacts import listing
from app.contacts import store as contacts
from app.conversations import store as interactions
from app.conversations import today, warmth
from app.demo import contacts as demo
from app.storage.connection import database

DAY = dt.date(2026, 3, 10)


def test_demo_adds_about_five_conversations_per_contact_over_three_years(db):
    demo.fill(200, seed=3, today=DAY)
    n = database.execute_sql("SELECT count(*) FROM interaction").fetchone()[0]
    assert 4 * 200 <= n <= 6.5 * 200
    first, last = database.execute_sql(
        "SELECT min(happened_at), max(happened_at) FROM interaction").fetchone()
    assert first >= (DAY - dt.timedelta(days=3 * 365 + 3)).isoformat()
    assert last <= f"{DAY.isoformat()}T12:00:00"
    channels = Counter(r[0] for r in database.execute_sql("SELECT channel FROM interaction"))
    assert {"call", "e-mail", "meeting", "note", "greeting card"} <= set(channels)
    open_due = today.follow_ups_due(DAY)
    assert 0 < len(open_due) < n / 10
    now = dt.datetime.combine(DAY, dt.time(18))
    bands = Counter(t.band for t in warmth.temperatures(listing.ordered_ids(), now).values())
    assert set(bands) == {"hot", "warm", "cool", "cold"}


def test_demo_temperature_inputs_equal_a_fresh_recompute(db):
    demo.fill(60, seed=5, today=DAY)
    ids = listing.ordered_ids()
    before = contacts.list_rows(ids)
    warmth.recompute(ids)
    after = contacts.list_rows(ids)
    for cid in ids:
        a, b = after[cid], before[cid]
        assert replace(a, warmth_log=None, touch_log=None) == \
            replace(b, warmth_log=None, touch_log=None)
        for log in ("warmth_log", "touch_log"):
            have, want = getattr(a, log), getattr(b, log)
            assert (have is None) == (want is None)
            assert have is None or have == pytest.approx(want, abs=1e-9)


def test_demo_conversations_are_searchable_and_shown_in_the_timeline(db):
    demo.fill(80, seed=7, today=DAY)
    cid = database.execute_sql(
        "SELECT contact_id FROM interaction_contact ic JOIN interaction i "
        "ON i.id = ic.interaction_id WHERE i.channel = 'meeting' LIMIT 1").fetchone()[0]
    timeline = interactions.for_contact(cid)
    assert timeline == sorted(timeline, key=lambda i: i.happened_at, reverse=True)
    word = timeline[0].subject.split()[0]
    assert cid in listing.find_ids(word)


def test_demo_without_conversations(db):
    demo.fill(20, seed=1, today=DAY, conversations=False)
    assert database.execute_sql("SELECT count(*) FROM interaction").fetchone()[0] == 0
