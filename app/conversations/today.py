"""The Monday-morning view: follow-ups due, contacts going cold, birthdays coming.

Each list comes from an indexed query that narrows the candidates; the
rules (going cold, overdue) are then the pure functions of app.conversations.temperature.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

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
    contact_id: int
    name: str
    temperature: t.Temperature
    why: str  # in words: "was warm, now cool" or "overdue: ..."

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
    rows = contacts.list_rows(sorted(crossing | set(due)))
    since = _known_since(list(due))
    out = []
    for cid, row in rows.items():
        inputs = warmth.inputs_of(row)
        then_band = t.band_before_crossing(inputs, now, settings) if cid in crossing else None
        if then_band is not None:
            temp = t.temperature(inputs, now, settings)
            why = ngettext("was {then} {n} day ago, now {band}",
                           "was {then} {n} days ago, now {band}",
                           settings.going_cold_days).format(
                then=gettext(t.BAND_WORDS[then_band]), n=settings.going_cold_days,
                band=gettext(t.BAND_WORDS[temp.band]))
        elif cid in due and t.is_overdue(due[cid], inputs.last_contact_at, since.get(cid), now):
            temp = t.temperature(inputs, now, settings)
            last = (gettext(N_("last contact {ago}")).format(
                        ago=t.ago(inputs.last_contact_at, now))
                    if inputs.last_contact_at else gettext(N_("never contacted")))
            why = ngettext("overdue: keep in touch every {n} day, {last}",
                           "overdue: keep in touch every {n} days, {last}",
                           due[cid]).format(n=due[cid], last=last)
        else:
            continue
        out.append(GoingColdItem(cid, row.display_name, temp, why))
    # Most urgent first: the warmer it still is, the more there is to lose; then by
    # family name, as the list sorts (not by a display name that starts with a title).
    keys = warmth_store.sort_keys([g.contact_id for g in out])
    out.sort(key=lambda g: (-t.band_rank(g.temperature.band), keys.get(g.contact_id, ""),
                            g.contact_id))
    return out


def _known_since(contact_ids: list[int]) -> dict[int, dt.datetime]:
    """When we have known each contact: first contact date, else when it was entered."""
    out = {}
    for cid, first, created in contacts.first_known(contact_ids):
        text = first or created[:10]
        try:
            out[cid] = dt.datetime.fromisoformat(text[:10])
        except ValueError:
            continue
    return out


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

