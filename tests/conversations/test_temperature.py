"""Temperature rules as plain functions with fixed clocks (DESIGN.md's examples)."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

import pytest

from app.conversations import temperature as t
from app.conversations.temperature import Inputs, Settings, Touch, inputs_from, temperature

NOW = dt.datetime(2026, 3, 10, 15, 0)
DEFAULT = Settings()


def days_ago(n: float) -> dt.datetime:
    return NOW - dt.timedelta(days=n)


def temp_of(touches, now=NOW, settings=DEFAULT, **kw):
    return temperature(inputs_from(touches, settings, **kw), now, settings)


def test_never_contacted_is_cold_shown_as_new_with_reason():
    got = temp_of([])
    assert (got.band, got.score, got.new) == ("cold", 0, True)
    assert got.reason == "new: no conversation yet"
    assert not temp_of([Touch(days_ago(900), "e-mail")]).new


@pytest.mark.parametrize("channel", ["call", "meeting", "video call"])
def test_single_call_or_meeting_today_turns_cold_contact_warm(channel):
    old = [Touch(days_ago(900), "e-mail")]
    assert temp_of(old).band == "cold"
    assert temp_of(old + [Touch(NOW, channel)]).band == "warm"


def test_two_two_way_conversations_in_30_days_make_hot():
    two = [Touch(days_ago(30), "call"), Touch(days_ago(29), "trade fair")]
    assert temp_of(two).band == "hot"
    assert temp_of(two[:1]).band == "warm"


def test_conversations_spread_over_more_than_30_days_are_not_the_hot_rule():
    two = [Touch(days_ago(31), "call"), Touch(days_ago(5), "call")]
    assert temp_of(two).band == "warm"


def test_e_mails_are_not_two_way_conversations():
    mails = [Touch(days_ago(3), "e-mail"), Touch(days_ago(2), "e-mail")]
    assert temp_of(mails).band == "warm"


def test_meeting_plus_call_today_is_hot_by_score_alone():
    got = temp_of([Touch(NOW, "meeting"), Touch(NOW, "call")])
    assert got.band == "hot" and got.score >= 75


@pytest.mark.parametrize("channel", ["call", "meeting"])
def test_untouched_warm_contact_turns_cool_after_about_a_year_and_cold_after_about_two(channel):
    touches = [Touch(NOW, channel)]
    inputs = inputs_from(touches, DEFAULT)

    def band_after(days):
        return temperature(inputs, NOW + dt.timedelta(days=days)).band

    assert band_after(0) == "warm"
    assert band_after(300) == "warm"
    assert band_after(400) == "cool"
    assert band_after(650) == "cool"
    assert band_after(760) == "cold"


def test_score_falls_6_25_points_per_half_life():
    inputs = inputs_from([Touch(NOW, "meeting")], DEFAULT)
    assert t.score_of(inputs.warmth_log, NOW, DEFAULT) == 70
    assert t.score_of(inputs.warmth_log, NOW + dt.timedelta(days=90), DEFAULT) == 63
    assert t.score_of(inputs.warmth_log, NOW + dt.timedelta(days=180), DEFAULT) == 57


def test_shorter_half_life_cools_faster():
    fast = Settings(half_life_days=30)
    inputs = inputs_from([Touch(NOW, "meeting")], fast)
    assert temperature(inputs, NOW + dt.timedelta(days=150), fast).band == "cool"
    slow = inputs_from([Touch(NOW, "meeting")], DEFAULT)
    assert temperature(slow, NOW + dt.timedelta(days=150)).band == "warm"


def test_channel_weights_order_the_scores():
    scores = {ch: temp_of([Touch(NOW, ch)]).score for ch in t.CHANNELS}
    assert scores["meeting"] > scores["call"] == scores["video call"] > scores["trade fair"]
    assert scores["trade fair"] > scores["e-mail"] == scores["referral"] > scores["letter"]
    assert scores["letter"] > scores["note"] == 0
    # a card weighs what a letter does, but only towards cool (see test_touches.py)
    assert t.temperature(t.inputs_from([Touch(NOW, "greeting card")], DEFAULT), NOW).band \
        == "cool"


def test_note_is_never_contact():
    got = temp_of([Touch(days_ago(1), "note")])
    assert got.band == "cold" and got.reason == "new: no conversation yet"


def test_changed_weight_changes_score():
    heavy = Settings(weights={**t.DEFAULT_WEIGHTS, "e-mail": 1.0})
    assert temp_of([Touch(NOW, "e-mail")], settings=heavy).score == 70
    assert temp_of([Touch(NOW, "e-mail")]).score < 70


def test_thresholds_are_configurable():
    strict = Settings(thresholds={"hot": 90, "warm": 72, "cool": 20})
    assert temp_of([Touch(NOW, "call")], settings=strict).band == "cool"
    assert t.band_for(72, strict) == "warm" and t.band_for(71, strict) == "cool"


def test_customer_never_below_cool():
    ancient = [Touch(days_ago(3000), "meeting")]
    assert temp_of(ancient).band == "cold"
    got = temp_of(ancient, relationship="customer")
    assert got.band == "cool" and got.score == 20
    assert got.reason.startswith("cool: customer, never below cool; meeting 8 years ago")
    assert temp_of([], relationship="customer").band == "cool"


def test_customer_floor_does_not_cap_warmth():
    assert temp_of([Touch(NOW, "call")], relationship="customer").band == "warm"


def test_pin_overrides_band_and_says_so():
    got = temp_of([Touch(days_ago(23), "call")], pinned_band="hot")
    assert got.band == "hot" and got.pinned and got.computed_band == "warm"
    assert got.score >= 75
    assert got.reason.startswith("hot (pinned); computed warm: call 23 days ago")
    cold_pin = temp_of([Touch(NOW, "meeting")], pinned_band="cold")
    assert cold_pin.band == "cold" and cold_pin.score < 20


def test_reason_in_words_like_design_example():
    inputs = inputs_from([Touch(days_ago(23), "call"), Touch(days_ago(40), "e-mail")], DEFAULT)
    inputs = replace(inputs, conversations_this_year=3)
    assert temperature(inputs, NOW).reason == "warm: call 23 days ago, 3 conversations this year"
    single = replace(inputs, conversations_this_year=1)
    assert temperature(single, NOW).reason.endswith("1 conversation this year")
    none = replace(inputs, conversations_this_year=0)
    assert temperature(none, NOW).reason.endswith("no conversations this year")


def test_reason_names_hot_rule():
    got = temp_of([Touch(days_ago(10), "call"), Touch(days_ago(3), "meeting")])
    assert got.reason == "hot: meeting 3 days ago, 2 or more conversations in the last 30 days"


@pytest.mark.parametrize("days,text", [(0, "today"), (1, "yesterday"), (23, "23 days ago"),
                                       (150, "4 months ago"), (800, "2 years ago")])
def test_ago(days, text):
    assert t.ago(days_ago(days), NOW) == text


def test_incremental_inputs_equal_recomputed():
    touches = [Touch(days_ago(d), ch) for d, ch in
               [(400, "meeting"), (3, "call"), (100, "e-mail"), (20, "note"), (10, "call")]]
    step = Inputs()
    for touch in touches:  # logged out of order, as users do
        step = t.add_touch(step, touch, DEFAULT)
    full = inputs_from(touches, DEFAULT)
    assert step.warmth_log == pytest.approx(full.warmth_log)
    assert (step.last_contact_at, step.last_channel) == (days_ago(3), "call")
    assert (step.last_two_way_at, step.prev_two_way_at) == (days_ago(3), days_ago(10))
    assert step.touch_log == pytest.approx(full.touch_log)
    assert replace(step, warmth_log=full.warmth_log, touch_log=full.touch_log) == full


def test_stored_number_gives_same_score_as_direct_sum():
    touches = [Touch(days_ago(d), "call") for d in (5, 50, 200, 700)]
    inputs = inputs_from(touches, DEFAULT)
    direct = sum(0.8 * 2 ** (-d / 90) for d in (5, 50, 200, 700))
    assert t.score_of(inputs.warmth_log, NOW, DEFAULT) == int(70 + 6.25 * math.log2(direct))


def test_warmth_log_bound_matches_score():
    for days in (0, 100, 500):
        now = NOW + dt.timedelta(days=days)
        bound = t.warmth_log_at_least(45, now, DEFAULT)
        assert t.score_of(bound + 1e-9, now, DEFAULT) == 45
        assert t.score_of(bound - 1e-6, now, DEFAULT) == 44


def test_going_cold_when_warm_contact_crossed_into_cool():
    inputs = inputs_from([Touch(NOW, "meeting")], DEFAULT)
    # meeting turns cool at 360 days: going cold during the 30 days after
    assert not t.going_cold(inputs, NOW + dt.timedelta(days=340))
    assert t.going_cold(inputs, NOW + dt.timedelta(days=365))
    assert t.going_cold(inputs, NOW + dt.timedelta(days=385))
    assert not t.going_cold(inputs, NOW + dt.timedelta(days=400))


def test_hot_to_warm_is_going_cold():
    inputs = inputs_from([Touch(days_ago(45), "call"), Touch(days_ago(40), "call")], DEFAULT)
    # hot until the second-latest call is 30 days old (15 days ago); warm now
    assert temperature(inputs, NOW).band == "warm"
    assert t.going_cold(inputs, NOW)


def test_cool_to_cold_is_not_going_cold():
    inputs = inputs_from([Touch(days_ago(700), "meeting")], DEFAULT)
    assert temperature(inputs, NOW + dt.timedelta(days=30)).band == "cold"
    assert not t.crossed_band_down(inputs, NOW + dt.timedelta(days=30))


def test_pinned_never_crosses_but_overdue_still_counts():
    base = inputs_from([Touch(NOW, "meeting")], DEFAULT)
    pinned = replace(base, pinned_band="warm")
    later = NOW + dt.timedelta(days=365)
    assert not t.going_cold(pinned, later)
    assert t.going_cold(pinned, later, cadence_days=90)


def test_overdue_by_cadence():
    assert t.is_overdue(90, days_ago(91), None, NOW)
    assert not t.is_overdue(90, days_ago(89), None, NOW)
    assert not t.is_overdue(None, days_ago(900), None, NOW)
    assert t.is_overdue(30, None, days_ago(31), NOW)
    assert not t.is_overdue(30, None, days_ago(10), NOW)


def test_settings_round_trip_and_validation():
    s = Settings(half_life_days=60, thresholds={"hot": 80, "warm": 50, "cool": 25})
    assert Settings.from_json(s.to_json()) == s
    assert Settings().problems() == []
    bad = Settings(thresholds={"hot": 40, "warm": 50, "cool": 25})
    assert [str(p) for p in bad.problems()] == [
        "The thresholds must rise: 0 < cool < warm < hot <= 100."]
