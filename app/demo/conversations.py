"""Demo conversations: about five per contact over three years, with follow-ups.

Inserted in bulk (plain rows, no per-contact recomputation); the stored
temperature inputs and the search text are then brought up to date in one
pass each, so half a million conversations build in seconds.
"""
from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from random import Random

from app.contacts import store as contacts
from app.conversations import store as conversations
from app.conversations import warmth
from app.core.resources import resource
from app.storage import search_index as search
from app.storage.connection import database

YEARS = 3
#: mean conversations per contact, by relationship (overall mean about five)
_MEAN = {"customer": 6, "partner": 5, "supplier": 5, "prospect": 3, "private": 3, "": 3}
#: share of contacts still in touch; the others fell silent some time in the three years
_ACTIVE_SHARE = 0.4
_POOL = 400  # filled-in phrases per language, drawn from like the real thing
_CHANNELS = (("e-mail", 30), ("call", 30), ("meeting", 10), ("video call", 8), ("letter", 4),
             ("trade fair", 4), ("referral", 2), ("note", 12))
FOLLOW_UP_SHARE = 0.25


@lru_cache(maxsize=1)
def _phrases() -> dict:
    return json.loads(resource("demo", "conversations.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _world() -> dict:
    return json.loads(resource("demo", "world.json").read_text(encoding="utf-8"))


def _fill(template: str, r: Random, lang: str) -> str:
    w = _world()
    return template.format(product=r.choice(w["products"]), fair=r.choice(w["fairs"]),
                           weekday=r.choice(_phrases()["weekdays"][lang]),
                           n=r.choice((50, 100, 250, 500, 1000, 2026)))


class Maker:
    """Conversations for contacts as they come, batch by batch, from one
    ``Random``: the same rows whether made at once or in batches, here or in
    the demo's helper process (app.demo.producer)."""

    def __init__(self, seed: int, today: dt.date, first_id: int):
        self.r = r = Random(f"conversations-{seed}")
        phrases = self.phrases = _phrases()
        self.pools = {lang: {kind: [_fill(r.choice(phrases[lang][kind]), r, lang)
                                    for _ in range(_POOL)]
                             for kind in ("subjects", "notes")} for lang in ("de", "en")}
        self.names = [c for c, _ in _CHANNELS]
        self.cumulative = list(accumulate(w for _, w in _CHANNELS))  # as random.choices makes it
        # Wall-clock seconds as if UTC: stored times are naive local ISO strings.
        self.noon = int(dt.datetime(today.year, today.month, today.day, 12, tzinfo=dt.UTC)
                        .timestamp())
        self.today = today
        self.stamp = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
        self.next_id = first_id

    def rows(self, contacts: Sequence[tuple[object, str, bool, str]]
             ) -> tuple[list[tuple], list[tuple]]:
        """(interaction rows, link rows) for (id, relationship, yearly_card, language)
        tuples; a link names the contact by the tuple's first item."""
        r, names, cumulative, stamp, noon, today = (self.r, self.names, self.cumulative,
                                                    self.stamp, self.noon, self.today)
        span = YEARS * 365
        today_ord = today.toordinal()
        rows: list[tuple] = []
        links: list[tuple] = []
        next_id = self.next_id
        for cid, relationship, yearly_card, language in contacts:
            lang = "en" if language == "en" else "de"
            p, pool = self.phrases[lang], self.pools[lang]
            mean = _MEAN.get(relationship, 3)
            count = r.randint(0, 2 * mean)
            silent = 0 if r.random() < _ACTIVE_SHARE else int(span * r.random())
            for channel in r.choices(names, cum_weights=cumulative, k=count):
                days = silent + int((span - silent) * r.random() ** 1.4)  # more of them recent
                at = noon - days * 86400 + r.randrange(-4 * 3600, 6 * 3600)
                if days == 0:
                    at = min(at, noon)
                weekday = (today_ord - days) % 7  # 0 = Sunday, 6 = Saturday
                if weekday in (0, 6):
                    at -= 2 * 86400
                    days += 2
                when = time.strftime("%Y-%m-%dT%H:%M:00", time.gmtime(at))
                direction = "in" if channel in ("e-mail", "call", "letter") \
                    and r.random() < 0.45 else "out"
                subject = r.choice(pool["subjects"])
                notes = r.choice(pool["notes"]) if r.random() < 0.8 else ""
                outcome = r.choice(p["outcomes"]) if channel != "note" else ""
                follow_up, done = None, 0
                if channel != "note" and r.random() < FOLLOW_UP_SHARE:
                    due_ord = today_ord - days + r.randint(2, 21)
                    follow_up = dt.date.fromordinal(due_ord).isoformat()
                    late = today_ord - due_ord
                    done = int(late > 45 or late > 7 and r.random() < 0.9
                               or 0 < late <= 7 and r.random() < 0.6)
                rows.append((next_id, channel, direction, when, subject, notes, outcome,
                             follow_up, done, stamp, stamp))
                links.append((next_id, cid))
                next_id += 1
            if yearly_card:
                for years_ago in range(1, YEARS + 1):
                    day = dt.date(today.year - years_ago, 12, 15)
                    if (today - day).days < span:
                        rows.append((next_id, "greeting card", "out",
                                     f"{day.isoformat()}T10:00:00",
                                     "Christmas card" if lang == "en" else "Weihnachtskarte",
                                     "", "", None, 0, stamp, stamp))
                        links.append((next_id, cid))
                        next_id += 1
        self.next_id = next_id
        return rows, links


def rows_for(contacts: Sequence[tuple[int, str, bool, str]], seed: int, today: dt.date,
             first_id: int) -> tuple[list[tuple], list[tuple]]:
    """(interaction rows, link rows) for (id, relationship, yearly_card, language) tuples."""
    return Maker(seed, today, first_id).rows(contacts)


def profile(c) -> tuple[str, bool, str]:
    """(relationship, yearly_card, language) of a ContactData, as profiles() reads them."""
    return c.relationship, int(bool(c.yearly_card)), c.language


def store(rows: Sequence[tuple], links: Sequence[tuple]) -> None:
    """Insert made rows; finish() brings what follows from them up to date."""
    conversations.insert_bulk(rows, links)


def finish(contact_ids: Sequence[int]) -> None:
    """After the rows are in: temperatures, first-contact dates, search texts."""
    warmth.recompute_all()
    conversations.fill_first_contacts()
    search.refresh_interaction_texts(sorted(set(contact_ids)))


def fill(contact_ids: Sequence[int], seed: int = 1, today: dt.date | None = None) -> int:
    """Add demo conversations to these stored contacts; returns how many.

    Runs inside the caller's transaction when there is one.
    """
    today = today or dt.date.today()
    ids = list(contact_ids)
    info = {row[0]: row for row in contacts.profiles(ids)}
    rows, links = rows_for([info[i] for i in ids if i in info], seed, today,
                           conversations.next_id())
    with database.atomic():
        store(rows, links)
        finish([cid for _, cid in links])
    return len(rows)
