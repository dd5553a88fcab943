"""The Monday-morning view: follow-ups due, contacts going cold, birthdays coming.

Each list comes from an indexed query that narrows the candidates; the
rules (going cold, overdue) are then the pure functions of app.conversations.temperature.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from app.contacts import store as contacts
from app.conversations import store as conversations
from app.conversations import temperature as t
from app.conversations import warmth, warmth_store
from app.core.i18n import N_, gettext, ngettext

BIRTHDAY_DAYS = 14


@dataclass
class FollowUpItem:
    interaction_id: int
    contact_ids: list[int]
    names: list[str]
    due: dt.date
    channel: str
    subject: str
    days_overdue: int

    def to_json(self) -> dict:
        return {"interaction_id": self.interaction_id, "contact_ids": self.contact_ids,
                "names": self.names, "due": self.due.isoformat(), "channel": self.channel,
                "subject": self.subject, "days_overdue": self.days_overdue}


@dataclass
class GoingColdItem:
    """A contact going cold. Its temperature and why are put into words when first
    read: a big book has thousands, and the Today window shows the first few."""
    contact_id: int
    name: str
    band: str  # its band now, pins applied (what the list is sorted by)
    inputs: t.Inputs = field(repr=False)
    now: dt.datetime = field(repr=False)
    settings: t.Settings = field(repr=False)
    #: crossed down from this band; None: past its keep-in-touch cadence
    then_band: str | None = None
    cadence_days: int = 0

    @cached_property
    def temperature(self) -> t.Temperature:
        return t.temperature(self.inputs, self.now, self.settings)

    @cached_property
    def why(self) -> str:
        """In words: "was warm 30 days ago, now cool" or "overdue: ..."."""
        if self.then_band is not None:
            days = self.settings.going_cold_days
            return ngettext("was {then} {n} day ago, now {band}",
                            "was {then} {n} days ago, now {band}", days).format(
                then=gettext(t.BAND_WORDS[self.then_band]), n=days,
                band=gettext(t.BAND_WORDS[self.temperature.band]))
        last = self.inputs.last_contact_at
        last_words = (gettext(N_("last contact {ago}")).format(ago=t.ago(last, self.now))
                      if last else gettext(N_("never contacted")))
        return ngettext("overdue: keep in touch every {n} day, {last}",
                        "overdue: keep in touch every {n} days, {last}",
                        self.cadence_days).format(n=self.cadence_days, last=last_words)

    def to_json(self) -> dict:
        return {"contact_id": self.contact_id, "name": self.name, "why": self.why,
                "temperature": self.temperature.to_json()}


@dataclass
class BirthdayItem:
    contact_id: int
    name: str
    date: dt.date  # the coming birthday
    age: int | None  # the age they turn, when the year is known

    def in_days(self, today: dt.date) -> int:
        return (self.date - today).days

    def to_json(self) -> dict:
        return {"contact_id": self.contact_id, "name": self.name,
                "date": self.date.isoformat(), "age": self.age}


@dataclass
class TodayData:
    date: dt.date
    follow_ups: list[FollowUpItem] = field(default_factory=list)
    going_cold: list[GoingColdItem] = field(default_factory=list)
    birthdays: list[BirthdayItem] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"date": self.date.isoformat(),
                "follow_ups": [f.to_json() for f in self.follow_ups],
                "going_cold": [g.to_json() for g in self.going_cold],
                "birthdays": [b.to_json() for b in self.birthdays]}


def today(now: dt.datetime, settings: t.Settings | None = None) -> TodayData:
    settings = settings or warmth.load_settings()
    return TodayData(now.date(), follow_ups_due(now.date()), going_cold(now, settings),
                     birthdays(now.date()))


def follow_ups_due(day: dt.date) -> list[FollowUpItem]:
    """Open follow-ups due on ``day`` or before, oldest first, on live contacts."""
    items: dict[int, FollowUpItem] = {}
    for iid, due, channel, subject, cid, name in conversations.follow_ups_due(day):
        if iid not in items:
            d = dt.date.fromisoformat(due)
            items[iid] = FollowUpItem(iid, [], [], d, channel, subject, (day - d).days)
        items[iid].contact_ids.append(cid)
        items[iid].names.append(name)
    return list(items.values())


def going_cold(now: dt.datetime, settings: t.Settings) -> list[GoingColdItem]:
    """Crossed a band down in the last ``going_cold_days``, or past their cadence."""
    then = now - dt.timedelta(days=settings.going_cold_days)
    # Crossing threshold X between then and now means bound(X, then) <= warmth_log <
    # bound(X, now): two thin slices of the warmth index, plus the hot rule at then.
    slices = [(t.warmth_log_at_least(settings.thresholds[band], then, settings),
               t.warmth_log_at_least(settings.thresholds[band], now, settings))
              for band in (t.WARM, t.HOT)]
    candidates = warmth_store.cooling_candidates(
        then.isoformat(timespec="seconds"), slices,
        (then - dt.timedelta(days=settings.hot_window_days)).isoformat(timespec="seconds"))
    due = warmth.cadences()
    crossing = set(candidates)
    out = []
    for (cid, relationship, pinned_band, last_at, last_channel, log, two_way, prev, touched,
         name, sort_key, first, created) in warmth_store.going_cold_rows(
            sorted(crossing | set(due))):
        inputs = t.Inputs(warmth_log=log, last_contact_at=_time(last_at),
                          last_channel=last_channel, last_two_way_at=_time(two_way),
                          prev_two_way_at=_time(prev), relationship=relationship,
                          pinned_band=pinned_band, touch_log=touched)
        band = None if inputs.pinned_band not in t.BANDS else inputs.pinned_band
        then_band = None
        if cid in crossing and band is None:
            band = t.computed(inputs, now, settings)[1]
            then_band = t.band_before_crossing(inputs, now, settings, band)
        if then_band is None and not (cid in due and t.is_overdue(
                due[cid], inputs.last_contact_at,
                inputs.last_contact_at or _known_since(first, created), now)):
            continue
        band = band or t.computed(inputs, now, settings)[1]
        out.append((-t.band_rank(band), sort_key or "", cid,
                    GoingColdItem(cid, name, band, inputs, now, settings, then_band,
                                  due.get(cid, 0))))
    # Most urgent first: the warmer it still is, the more there is to lose; then by
    # family name, as the list sorts (not by a display name that starts with a title).
    out.sort(key=lambda r: r[:3])
    return [r[3] for r in out]


def _time(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _known_since(first: str, created: str) -> dt.datetime | None:
    """When we have known a contact: first contact date, else when it was entered."""
    try:
        return dt.datetime.fromisoformat((first or created[:10])[:10])
    except ValueError:
        return None


def _next_birthday(month: int, day: int, today: dt.date) -> dt.date:
    for year in (today.year, today.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:  # 29 February in a common year: celebrated on the 28th
            d = dt.date(year, 2, 28)
        if d >= today:
            return d
    raise AssertionError("unreachable")


def birthdays(today: dt.date, days: int = BIRTHDAY_DAYS) -> list[BirthdayItem]:
    """Live contacts whose birthday falls in the next ``days`` days, today included.

    Works for "1980-04-23" and for year-less "--04-23" alike.
    """
    wanted = set()
    for n in range(days + 1):
        d = today + dt.timedelta(days=n)
        wanted.add(f"{d.month:02d}-{d.day:02d}")
        if (d.month, d.day) == (2, 28) and not _leap(d.year):
            wanted.add("02-29")
    out = []
    for cid, name, birthday in contacts.birthdays_on(sorted(wanted)):
        month, day = int(birthday[-5:-3]), int(birthday[-2:])
        when = _next_birthday(month, day, today)
        age = None
        if not birthday.startswith("--") and birthday[:4].isdigit():
            age = when.year - int(birthday[:4])
        out.append(BirthdayItem(cid, name, when, age))
    out.sort(key=lambda b: (b.date, b.name.casefold()))
    return out


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

