"""The warmth sort and the band filter read bands as ranges of stored columns; on a
book with varied histories they must show, at any time, what the pure rules
(app.conversations.temperature.temperature) say of each contact, and Today
must word a going-cold reason as before, only later."""
from __future__ import annotations

import datetime as dt
import math
import random

from app.contacts import order_store as orders
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.conversations import store as interactions
from app.conversations import temperature as t
from app.conversations import today, warmth
from app.conversations.store import Interaction
from app.storage import keyset
from app.storage.engine import is_postgres

NOW = dt.datetime(2026, 3, 10, 15, 0)
CHANNELS = ["call", "meeting", "e-mail", "letter", "greeting card", "note", "video call",
            "trade fair"]


def _book(seed: int = 7, size: int = 120) -> list[int]:
    """Contacts with 0 to 6 conversations each, from today to three years back, some
    customers, a few in the trash."""
    rng = random.Random(seed)
    ids = contacts.create_many([
        ContactData(given_name=f"P{n}", family_name=f"F{rng.randrange(9)}",
                    relationship=rng.choice(["", "", "customer", "supplier"]))
        for n in range(size)])
    for cid in ids:
        for _ in range(rng.choice([0, 0, 1, 1, 2, 2, 3, 6])):
            days = rng.choice([rng.uniform(0, 40), rng.uniform(0, 400), rng.uniform(0, 1100)])
            interactions.log(Interaction(rng.choice(CHANNELS), [cid],
                                         NOW - dt.timedelta(days=days)), now=NOW)
    contacts.trash(rng.sample(ids, 5))
    return ids


def _pure(now: dt.datetime, settings: t.Settings) -> dict[int, tuple]:
    """(band rank, warmth_log, sort key) and whether shown "new", per live contact, by
    the pure rules over each contact's stored inputs."""
    live = orders.ids_in_order("name")
    rows = contacts.list_rows(live)
    keys = dict(zip(live, range(len(live))))  # name order
    out = {}
    for cid in live:
        temp = t.temperature(warmth.inputs_of(rows[cid]), now, settings)
        log = rows[cid].warmth_log
        out[cid] = (t.band_rank(temp.band), -math.inf if log is None else log, keys[cid],
                    temp.new)
    return out


def _check_at_several_times(settings: t.Settings) -> None:
    for days in (0, 10, 29, 31, 95, 200, 400, 800):
        now = NOW + dt.timedelta(days=days)
        pure = _pure(now, settings)
        expected = sorted(pure, key=lambda cid: pure[cid][:3])
        assert warmth.ordered_by_warmth(now=now, settings=settings) == expected, days
        assert warmth.ordered_by_warmth(True, now=now, settings=settings) == expected[::-1]
        if not is_postgres():  # read a chunk at a time (a big book's list), chunks of 2
            for descending in (False, True):
                stream = warmth.warmth_order_stream(descending, now, settings)
                assert list(stream) == (expected[::-1] if descending else expected), days
        for band in t.BANDS:
            want = {cid for cid, p in pure.items() if p[0] == t.band_rank(band) and not p[3]}
            assert warmth.ids_in_bands([band], now, settings) == want, (days, band)
        assert warmth.ids_in_bands([t.NEW], now, settings) == {
            cid for cid, p in pure.items() if p[3]}


def test_sort_and_filter_equal_the_pure_rules_at_several_times(db, monkeypatch):
    monkeypatch.setattr(keyset, "FIRST_CHUNK", 2)  # many chunks in every band
    ids = _book()
    settings = warmth.load_settings()
    _check_at_several_times(settings)  # every band read by ranges of warmth_log
    rng = random.Random(1)
    for band in t.BANDS[:2]:  # pinned contacts in cold and cool: those bands by one scan
        for cid in rng.sample(ids, 3):
            warmth.pin(cid, band)
    _check_at_several_times(settings)


def test_a_band_with_pins_sorts_them_among_the_others_by_warmth(db):
    ids = [contacts.create(ContactData(given_name=f"P{n}", family_name="Pin")) for n in range(4)]
    for n, cid in enumerate(ids):
        for k in range(n + 1):  # more calls, warmer
            interactions.log(Interaction("call", [cid], NOW - dt.timedelta(days=560 + k)),
                             now=NOW)
    settings = warmth.load_settings()
    cool = warmth.ordered_by_warmth(now=NOW, settings=settings)
    assert {warmth.temperature_of(cid, NOW).band for cid in ids} == {"cool"}
    assert cool == ids  # coldest first
    warmth.pin(ids[2], "cool")  # pinned to the band it is in: the order stays
    assert warmth.ordered_by_warmth(now=NOW, settings=settings) == ids
    warmth.pin(ids[0], "hot")
    assert warmth.ordered_by_warmth(now=NOW, settings=settings) == ids[1:] + ids[:1]
    assert warmth.ids_in_bands(["hot"], NOW, settings) == {ids[0]}


def test_today_words_a_reason_when_it_is_read_and_words_it_as_the_rules_do(db):
    _book(seed=3)
    settings = warmth.load_settings()
    now = NOW + dt.timedelta(days=300)
    items = today.going_cold(now, settings)
    assert items and all("why" not in vars(g) for g in items)  # nothing worded yet
    rows = contacts.list_rows([g.contact_id for g in items])
    for g in items:
        temp = t.temperature(warmth.inputs_of(rows[g.contact_id]), now, settings)
        assert g.temperature == temp and g.band == temp.band
        assert g.why.startswith("was ") or g.why.startswith("overdue")
    ranks = [-t.band_rank(g.band) for g in items]
    assert ranks == sorted(ranks)  # warmest first
