"""A greeting card is a touch, not a conversation (issue 10, item 9): plain functions.

It may slow cooling (cool rather than cold) but never lifts a contact to
warm or hot on its own; the reason keeps naming the last real conversation;
"going cold" still lists contacts whose only touch lately was a card.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from app.conversations import temperature as t
from app.conversations.temperature import Settings, Touch, inputs_from, temperature

NOW = dt.datetime(2026, 12, 20, 10, 0)
DEFAULT = Settings()


def days_ago(n: float) -> dt.datetime:
    return NOW - dt.timedelta(days=n)


def temp_of(touches, now=NOW, **kw):
    return temperature(inputs_from(touches, DEFAULT, **kw), now, DEFAULT)


def test_a_card_today_never_makes_a_cool_contact_warm():
    call = [Touch(days_ago(420), "call")]
    assert temp_of(call).band == "cool"
    got = temp_of(call + [Touch(NOW, "greeting card")])
    assert got.band == "cool"
    assert got.reason.startswith("cool: call 13 months ago")
    assert "greeting card" not in got.reason.split(";")[0]


def test_cards_alone_never_make_a_contact_warm_however_many():
    cards = [Touch(days_ago(d), "greeting card") for d in (0, 1, 2, 3, 4, 5)]
    got = temp_of(cards)
    assert got.band == "cool" and got.score < DEFAULT.thresholds["warm"]
    assert got.new and got.reason == "new: greeting cards keep it from cold; no conversation yet"


def test_a_card_does_not_make_a_warm_contact_hot():
    call = [Touch(days_ago(2), "call")]
    assert temp_of(call).band == "warm"
    assert temp_of(call + [Touch(NOW, "greeting card")] * 3).band == "warm"


def test_a_card_slows_cooling_from_cool_to_cold():
    meeting = [Touch(days_ago(740), "meeting")]
    assert temp_of(meeting).band == "cold"
    got = temp_of(meeting + [Touch(days_ago(360), "greeting card")])
    assert got.band == "cool"
    assert got.reason == "cool: greeting cards keep it from cold; meeting 2 years ago"


def test_the_reason_names_the_last_real_conversation():
    touches = [Touch(days_ago(23), "call"), Touch(days_ago(1), "greeting card")]
    inputs = replace(inputs_from(touches, DEFAULT), conversations_this_year=1)
    got = temperature(inputs, NOW)
    assert got.band == "warm" and not got.new
    assert got.reason == "warm: call 23 days ago, 1 conversation this year"


def test_only_a_card_this_year_is_still_going_cold():
    # warm from a call 11 months ago; it crossed into cool (at 331 days) lately
    call = [Touch(days_ago(340), "call")]
    assert t.going_cold(inputs_from(call, DEFAULT), NOW)
    with_card = inputs_from(call + [Touch(days_ago(5), "greeting card")], DEFAULT)
    assert t.going_cold(with_card, NOW)
    assert temperature(with_card, NOW).band == "cool"
    # a real conversation in the window does warm it again
    called = inputs_from(call + [Touch(days_ago(5), "call")], DEFAULT)
    assert not t.going_cold(called, NOW) and temperature(called, NOW).band == "warm"


def test_a_card_is_not_contact_for_the_keep_in_touch_cadence():
    inputs = inputs_from([Touch(days_ago(100), "call"), Touch(days_ago(3), "greeting card")],
                         DEFAULT)
    assert inputs.last_contact_at == days_ago(100) and inputs.last_channel == "call"
    assert t.going_cold(inputs, NOW, cadence_days=90)


def test_design_examples_still_hold_with_cards_around():
    card = [Touch(days_ago(10), "greeting card")]
    assert temp_of(card + [Touch(NOW, "call")]).band == "warm"
    assert temp_of(card + [Touch(days_ago(20), "call"), Touch(days_ago(5), "meeting")]).band \
        == "hot"
    assert temp_of(card + [Touch(days_ago(3000), "meeting")], relationship="customer").band \
        == "cool"


def test_a_pinned_contact_is_never_shown_as_new():
    got = temp_of([], pinned_band="warm")
    assert got.band == "warm" and not got.new and got.reason.startswith("warm (pinned)")
