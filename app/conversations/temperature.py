"""How warm a contact is: pure rules, the clock always passed in.

Each interaction adds its channel's weight, halved every ``half_life_days``;
the sum S is mapped onto 0..100 on a log scale::

    score = 70 + 6.25 * log2(S)        (clamped to 0..100; S = 0 gives 0)

so one meeting today (S = 1) scores 70, and an untouched contact loses 6.25
points per half-life: 25 points in about a year at the default 90 days. With
the default thresholds (hot 75, warm 45, cool 20) that reproduces DESIGN.md:

* one call (68) or meeting (70) today turns a cold contact warm, not hot;
* two or more two-way conversations (call, meeting, video call, trade fair)
  in the last 30 days make it hot: an explicit rule, because two e-mail-free
  calls 30 days ago only sum to 1.27;
* a warm contact nobody touches turns cool after about a year (a meeting:
  360 days, a call: 331) and cold after about two (720 and 691 days);
* relationship "customer" never drops below cool; never contacted is cold
  (and shown as "new" until the first conversation);
* a greeting card is a touch, not a conversation: it counts only towards
  keeping a contact cool rather than cold, never towards warm or hot, and
  the reason keeps naming the last real conversation.

Because decay is exponential, sum(w_i * 2^-(t - t_i)/h) equals
2^-(t - E)/h * sum(w_i * 2^(t_i - E)/h) for a fixed epoch E. A contact
therefore stores one number, ``warmth_log`` = log2 of the second sum (kept in
the log domain so that no half-life can overflow it), and its score at any
time t is ``70 + 6.25 * (warmth_log - (t - E)/h)``. The hot rule needs only
the dates of the two latest two-way conversations. ``warmth_log`` and the
last contact count conversations only; ``touch_log`` is the same sum with the
touches (greeting cards) included, used for the cold/cool boundary alone.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from app.core.i18n import N_, gettext, ngettext
from app.core.problems import Problem, problem_code

CALL, MEETING, VIDEO, EMAIL, LETTER, CARD, FAIR, REFERRAL, NOTE = (
    "call", "meeting", "video call", "e-mail", "letter", "greeting card", "trade fair",
    "referral", "note")
CHANNELS = (CALL, MEETING, VIDEO, EMAIL, LETTER, CARD, FAIR, REFERRAL, NOTE)
#: Conversations where both sides speak: these count for the "hot" rule.
TWO_WAY = frozenset({CALL, MEETING, VIDEO, FAIR})
#: Touches, not conversations: they slow cooling (cool rather than cold) but never
#: make a contact warm, and are never "the last contact" a reason names.
TOUCH_ONLY = frozenset({CARD})
#: Channels that are no conversation: touches and notes to self.
NOT_CONVERSATIONS = TOUCH_ONLY | {NOTE}
DEFAULT_WEIGHTS = {MEETING: 1.0, CALL: 0.8, VIDEO: 0.8, FAIR: 0.6, EMAIL: 0.5, REFERRAL: 0.5,
                   LETTER: 0.3, CARD: 0.3, NOTE: 0.0}

COLD, COOL, WARM, HOT = "cold", "cool", "warm", "hot"
BANDS = (COLD, COOL, WARM, HOT)  # coldest first
#: Not a band: how a contact with no conversation yet is shown (its band stays computed).
NEW = "new"
BAND_WORDS = {COLD: N_("cold"), COOL: N_("cool"), WARM: N_("warm"), HOT: N_("hot"),
              NEW: N_("new")}
CHANNEL_WORDS = {CALL: N_("call"), MEETING: N_("meeting"), VIDEO: N_("video call"),
                 EMAIL: N_("e-mail"), LETTER: N_("letter"), CARD: N_("greeting card"),
                 FAIR: N_("trade fair"), REFERRAL: N_("referral"), NOTE: N_("note")}
DEFAULT_THRESHOLDS = {HOT: 75, WARM: 45, COOL: 20}


class TemperatureProblem(Problem, ValueError):
    """Temperature settings, a pin or a cadence that cannot be used."""


BAD_HALF_LIFE = problem_code("temperature.bad_half_life", N_(
    "The half-life must be between 1 and 3650 days."))
BAD_WEIGHT = problem_code("temperature.bad_weight", N_(
    "The weight of {channel} must be between 0 and 10."))
THRESHOLDS_NOT_RISING = problem_code("temperature.thresholds", N_(
    "The thresholds must rise: 0 < cool < warm < hot <= 100."))
BAD_HOT_WINDOW = problem_code("temperature.bad_hot_window", N_(
    "The hot window must be between 1 and 365 days."))

EPOCH = dt.datetime(2000, 1, 1)
SCORE_AT_ONE = 70.0  # a single meeting (weight 1.0) today
POINTS_PER_HALF_LIFE = 6.25
HOT_CONVERSATIONS = 2  # the rule counts two: the store keeps the two latest dates


@dataclass(frozen=True)
class Settings:
    """What the user can change in the settings dialog."""
    half_life_days: float = 90.0
    weights: dict = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    thresholds: dict = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    hot_window_days: int = 30
    going_cold_days: int = 30

    def weight(self, channel: str) -> float:
        if channel == NOTE:
            return 0.0  # a note to self is never contact
        return float(self.weights.get(channel, 0.0))

    def to_json(self) -> dict:
        return {"half_life_days": self.half_life_days, "weights": dict(self.weights),
                "thresholds": dict(self.thresholds), "hot_window_days": self.hot_window_days,
                "going_cold_days": self.going_cold_days}

    @classmethod
    def from_json(cls, data: dict | None) -> Settings:
        data = data or {}
        weights = dict(DEFAULT_WEIGHTS)
        weights.update({k: float(v) for k, v in (data.get("weights") or {}).items()
                        if k in DEFAULT_WEIGHTS})
        thresholds = dict(DEFAULT_THRESHOLDS)
        thresholds.update({k: int(v) for k, v in (data.get("thresholds") or {}).items()
                           if k in DEFAULT_THRESHOLDS})
        return cls(half_life_days=float(data.get("half_life_days", 90.0)), weights=weights,
                   thresholds=thresholds,
                   hot_window_days=int(data.get("hot_window_days", 30)),
                   going_cold_days=int(data.get("going_cold_days", 30)))

    def problems(self) -> list[TemperatureProblem]:
        """What is wrong with these values; empty when usable."""
        out = []
        if not 1 <= self.half_life_days <= 3650:
            out.append(TemperatureProblem(BAD_HALF_LIFE))
        for ch, w in self.weights.items():
            if not 0 <= w <= 10:
                out.append(TemperatureProblem(BAD_WEIGHT, channel=ch))
        t = self.thresholds
        if not 0 < t[COOL] < t[WARM] < t[HOT] <= 100:
            out.append(TemperatureProblem(THRESHOLDS_NOT_RISING))
        if not 1 <= self.hot_window_days <= 365:
            out.append(TemperatureProblem(BAD_HOT_WINDOW))
        return out


@dataclass(frozen=True)
class Touch:
    """One interaction, as temperature sees it."""
    when: dt.datetime
    channel: str


@dataclass(frozen=True)
class Inputs:
    """What a contact stores so that its temperature is known at any time."""
    warmth_log: float | None = None
    last_contact_at: dt.datetime | None = None
    last_channel: str = ""
    last_two_way_at: dt.datetime | None = None
    prev_two_way_at: dt.datetime | None = None
    relationship: str = ""
    pinned_band: str = ""
    #: for the reason only: conversations since 1 January of now's year
    conversations_this_year: int | None = None
    #: warmth_log with the touches (greeting cards) counted too
    touch_log: float | None = None


@dataclass(frozen=True)
class Temperature:
    band: str
    score: int
    reason: str
    pinned: bool
    computed_band: str
    #: never had a conversation (cards and notes do not count) and not pinned:
    #: shown as "new" rather than as its band
    new: bool = False

    def to_json(self) -> dict:
        return {"band": self.band, "score": self.score, "reason": self.reason,
                "pinned": self.pinned, "new": self.new}


def _days(a: dt.datetime, b: dt.datetime) -> float:
    """b - a in days (fractional)."""
    return (b - a).total_seconds() / 86400.0


def _log2_add(a: float | None, b: float) -> float:
    if a is None:
        return b
    hi, lo = (a, b) if a >= b else (b, a)
    return hi + math.log2(1.0 + 2.0 ** (lo - hi))


def touch_log(touch: Touch, settings: Settings) -> float | None:
    """log2 of one interaction's term in the stored sum; None when it weighs nothing."""
    w = settings.weight(touch.channel)
    if w <= 0:
        return None
    return math.log2(w) + _days(EPOCH, touch.when) / settings.half_life_days


def add_touch(inputs: Inputs, touch: Touch, settings: Settings) -> Inputs:
    """The inputs after one more interaction (what logging one stores)."""
    term = touch_log(touch, settings)
    warmth, touched = inputs.warmth_log, inputs.touch_log
    if term is not None:
        touched = _log2_add(warmth if touched is None else touched, term)
        if touch.channel not in TOUCH_ONLY:
            warmth = _log2_add(warmth, term)
    last, last_channel = inputs.last_contact_at, inputs.last_channel
    if touch.channel not in NOT_CONVERSATIONS and (last is None or touch.when >= last):
        last, last_channel = touch.when, touch.channel
    two, prev = inputs.last_two_way_at, inputs.prev_two_way_at
    if touch.channel in TWO_WAY:
        if two is None or touch.when >= two:
            two, prev = touch.when, two
        elif prev is None or touch.when > prev:
            prev = touch.when
    return replace(inputs, warmth_log=warmth, last_contact_at=last, last_channel=last_channel,
                   last_two_way_at=two, prev_two_way_at=prev, touch_log=touched)


def inputs_from(touches: Iterable[Touch], settings: Settings, *, relationship: str = "",
                pinned_band: str = "") -> Inputs:
    """The inputs of a contact with these interactions (recomputing from scratch)."""
    inputs = Inputs(relationship=relationship, pinned_band=pinned_band)
    for t in sorted(touches, key=lambda t: t.when):
        inputs = add_touch(inputs, t, settings)
    return inputs


def score_of(warmth_log: float | None, now: dt.datetime, settings: Settings) -> int:
    """The decayed score 0..100 at ``now``, before floors, rules and pins."""
    if warmth_log is None:
        return 0
    log_sum = warmth_log - _days(EPOCH, now) / settings.half_life_days
    value = SCORE_AT_ONE + POINTS_PER_HALF_LIFE * log_sum
    return int(math.floor(min(100.0, max(0.0, value))))


def warmth_log_at_least(score: int, now: dt.datetime, settings: Settings) -> float:
    """The stored warmth_log from which the decayed score at ``now`` is >= ``score``.

    Lets a query select or sort contacts by band without computing each score.
    """
    return ((score - SCORE_AT_ONE) / POINTS_PER_HALF_LIFE
            + _days(EPOCH, now) / settings.half_life_days)


def band_for(score: int, settings: Settings = Settings()) -> str:
    t = settings.thresholds
    if score >= t[HOT]:
        return HOT
    if score >= t[WARM]:
        return WARM
    if score >= t[COOL]:
        return COOL
    return COLD


def band_rank(band: str) -> int:
    return BANDS.index(band)


def hot_by_conversations(inputs: Inputs, now: dt.datetime, settings: Settings) -> bool:
    """Two or more two-way conversations within the hot window before ``now``."""
    prev = inputs.prev_two_way_at
    return prev is not None and 0 <= _days(prev, now) <= settings.hot_window_days


def _score_range(band: str, settings: Settings) -> tuple[int, int]:
    t = settings.thresholds
    lows = {COLD: 0, COOL: t[COOL], WARM: t[WARM], HOT: t[HOT]}
    highs = {COLD: t[COOL] - 1, COOL: t[WARM] - 1, WARM: t[HOT] - 1, HOT: 100}
    return lows[band], highs[band]


def computed(inputs: Inputs, now: dt.datetime, settings: Settings) -> tuple[int, str, str]:
    """(score, band, why) without the pin; why is "", "floor", "conversations" or "touches".

    Conversations give the score; touches (greeting cards) only keep a
    contact that conversations leave cold at cool, never above.
    """
    score = score_of(inputs.warmth_log, now, settings)
    why = ""
    if hot_by_conversations(inputs, now, settings) and score < settings.thresholds[HOT]:
        score, why = settings.thresholds[HOT], "conversations"
    if inputs.relationship == "customer" and score < settings.thresholds[COOL]:
        score, why = settings.thresholds[COOL], "floor"
    if score < settings.thresholds[COOL] and inputs.touch_log is not None:
        touched = min(score_of(inputs.touch_log, now, settings), settings.thresholds[WARM] - 1)
        if touched >= settings.thresholds[COOL]:
            score, why = touched, "touches"
    return score, band_for(score, settings), why


def temperature(inputs: Inputs, now: dt.datetime, settings: Settings = Settings()) -> Temperature:
    """Band, score, pin and the reason in words, at ``now``."""
    score, band, why = computed(inputs, now, settings)
    details = _details(inputs, now, why, settings)
    pinned = inputs.pinned_band in BANDS
    if not pinned:
        new = inputs.last_contact_at is None
        return Temperature(band, score, gettext(N_("{band}: {details}")).format(
            band=_word(NEW if new else band), details=details), False, band, new)
    low, high = _score_range(inputs.pinned_band, settings)
    return Temperature(inputs.pinned_band, min(high, max(low, score)),
                       gettext(N_("{pinned} (pinned); computed {band}: {details}")).format(
                           pinned=_word(inputs.pinned_band), band=_word(band), details=details),
                       True, band)


def _word(band: str) -> str:
    return gettext(BAND_WORDS.get(band, band))


def ago(when: dt.datetime, now: dt.datetime) -> str:
    """"today", "yesterday", "23 days ago", "5 months ago", "3 years ago"."""
    days = (now.date() - when.date()).days
    if days <= 0:
        return gettext(N_("today"))
    if days == 1:
        return gettext(N_("yesterday"))
    if days < 60:
        return ngettext("{n} day ago", "{n} days ago", days).format(n=days)
    if days < 730:
        months = int(days / 30.44)
        return ngettext("{n} month ago", "{n} months ago", months).format(n=months)
    years = int(days / 365.25)
    return ngettext("{n} year ago", "{n} years ago", years).format(n=years)


def _details(inputs: Inputs, now: dt.datetime, why: str, settings: Settings) -> str:
    if inputs.last_contact_at is None:
        text = gettext(N_("no conversation yet"))
    else:
        channel = inputs.last_channel
        text = gettext(N_("{channel} {ago}")).format(
            channel=gettext(CHANNEL_WORDS.get(channel, channel)),
            ago=ago(inputs.last_contact_at, now))
    if why == "floor":
        text = gettext(N_("customer, never below cool; {details}")).format(details=text)
    if why == "touches":
        text = gettext(N_("greeting cards keep it from cold; {details}")).format(details=text)
    if why == "conversations":
        text = ngettext("{details}, 2 or more conversations in the last {n} day",
                        "{details}, 2 or more conversations in the last {n} days",
                        settings.hot_window_days).format(details=text,
                                                         n=settings.hot_window_days)
    count = inputs.conversations_this_year
    if count is not None and inputs.last_contact_at is not None:
        text = (gettext(N_("{details}, no conversations this year")).format(details=text)
                if count == 0 else
                ngettext("{details}, {n} conversation this year",
                         "{details}, {n} conversations this year", count).format(
                             details=text, n=count))
    return text


def reason(inputs: Inputs, now: dt.datetime, settings: Settings = Settings()) -> str:
    return temperature(inputs, now, settings).reason


# --- keeping in touch ----------------------------------------------------------

def is_overdue(cadence_days: int | None, last_contact_at: dt.datetime | None,
               known_since: dt.datetime | None, now: dt.datetime) -> bool:
    """Past its keep-in-touch cadence: no contact for longer than ``cadence_days``.

    A contact never spoken to counts from ``known_since`` (first contact or
    when it was entered).
    """
    if not cadence_days:
        return False
    since = last_contact_at or known_since
    if since is None:
        return True
    return _days(since, now) > cadence_days


def crossed_band_down(inputs: Inputs, now: dt.datetime, settings: Settings = Settings()) -> bool:
    """Was warm or hot ``going_cold_days`` ago and is in a lower band now. A pinned
    contact never crosses; one touched within the window was warmed, not cooled."""
    return band_before_crossing(inputs, now, settings) is not None


def band_before_crossing(inputs: Inputs, now: dt.datetime, settings: Settings = Settings(),
                         band_now: str | None = None) -> str | None:
    """The band ``going_cold_days`` ago if the contact crossed down from it since
    (``band_now``: its computed band at ``now``, when known)."""
    then = now - dt.timedelta(days=settings.going_cold_days)
    if inputs.pinned_band in BANDS or inputs.last_contact_at is None \
            or inputs.last_contact_at > then:
        return None
    band_then = computed(inputs, then, settings)[1]
    if band_then not in (WARM, HOT):
        return None
    band_now = band_now or computed(inputs, now, settings)[1]
    return band_then if band_rank(band_now) < band_rank(band_then) else None


def going_cold(inputs: Inputs, now: dt.datetime, settings: Settings = Settings(), *,
               cadence_days: int | None = None, known_since: dt.datetime | None = None) -> bool:
    """DESIGN.md's "going cold": crossed a band down lately, or past its cadence."""
    return (crossed_band_down(inputs, now, settings)
            or is_overdue(cadence_days, inputs.last_contact_at, known_since, now))
