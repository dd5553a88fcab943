"""The band filter runs in SQL; it must band every contact exactly as the
Python ranking (app.conversations.warmth._ranked, the list's warmth sort) does."""
from __future__ import annotations

import datetime as dt
import itertools

from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.conversations import temperature as t
from app.conversations import warmth, warmth_store
from app.storage.connection import database

NOW = dt.datetime(2026, 3, 10, 15, 0)


def _stamp(days_ago: float | None) -> str | None:
    if days_ago is None:
        return None
    return (NOW - dt.timedelta(days=days_ago)).isoformat(timespec="seconds")


def test_sql_bands_equal_the_python_ranking_for_every_kind_of_contact(db):
    settings = warmth.load_settings()
    # warmth_log at the bounds of each band and between them, or none at all
    bounds = [t.warmth_log_at_least(settings.thresholds[b], NOW, settings)
              for b in (t.HOT, t.WARM, t.COOL)]
    logs = [None, bounds[2] - 1, bounds[2], bounds[1] - 0.01, bounds[1], bounds[0], bounds[0] + 3]
    prevs = [None, 2, settings.hot_window_days, settings.hot_window_days + 1, -1]
    touches = [None, bounds[2] - 1, bounds[2]]  # greeting cards: cool at most
    kinds = list(itertools.product(logs, prevs, ["", "customer"], ["", "hot", "cool", "cold"],
                                   touches))
    ids = contacts.create_many([ContactData(given_name=f"P{i}", family_name="Band",
                                            relationship=rel)
                                for i, (_, _, rel, _, _) in enumerate(kinds)])
    with database.atomic():
        warmth_store.store_inputs([(log, _stamp(prev), "call", _stamp(prev), _stamp(prev),
                                    touch, cid)
                                   for cid, (log, prev, _, _, touch) in zip(ids, kinds)])
        for cid, (_, _, _, pin, _) in zip(ids, kinds):
            warmth_store.set_pinned_band(cid, pin)
    python = {cid: rank for rank, _, cid in warmth._ranked(NOW, settings)}
    assert set(python) == set(ids)
    # no conversation and no pin: shown "new", and filtered as such, not by its band
    new = {cid for cid, (_, prev, _, pin, _) in zip(ids, kinds) if prev is None and not pin}
    assert warmth.ids_in_bands([t.NEW], NOW, settings) == new
    for band in t.BANDS:
        expected = {cid for cid, rank in python.items() if rank == t.band_rank(band)} - new
        assert warmth.ids_in_bands([band], NOW, settings) == expected, band
        assert expected, band  # every band is met
    assert warmth.ids_in_bands(["warm", "hot"], NOW, settings) == {
        cid for cid, rank in python.items() if rank >= 2} - new
    contacts.trash(ids[:5])
    assert not set(ids[:5]) & warmth.ids_in_bands(t.BANDS, NOW, settings)


def test_the_warmth_sort_in_sql_orders_as_the_python_ranking(db):
    settings = warmth.load_settings()
    bounds = [t.warmth_log_at_least(settings.thresholds[b], NOW, settings)
              for b in (t.HOT, t.WARM, t.COOL)]
    logs = [None, bounds[2] - 1, bounds[2], bounds[1], bounds[0] - 0.5, bounds[0] + 3]
    prevs = [None, 2, settings.hot_window_days + 1]
    kinds = list(itertools.product(logs, prevs, ["", "customer"], ["", "cold", "hot"],
                                   [None, bounds[2]]))
    # two of each kind, named so that name order and id order disagree
    ids = contacts.create_many([ContactData(given_name=f"P{i}", family_name=f"B{-i % 7}",
                                            relationship=rel)
                                for i, (_, _, rel, _, _) in enumerate(kinds * 2)])
    with database.atomic():
        warmth_store.store_inputs([(log, _stamp(prev), "call", _stamp(prev), _stamp(prev),
                                    touch, cid)
                                   for cid, (log, prev, _, _, touch) in zip(ids, kinds * 2)])
        for cid, (_, _, _, pin, _) in zip(ids, kinds * 2):
            warmth_store.set_pinned_band(cid, pin)
    python = sorted(warmth._ranked(NOW, settings), key=lambda r: (r[0], r[1]))
    expected = [cid for _, _, cid in python]
    assert warmth.ordered_by_warmth(now=NOW, settings=settings) == expected
    assert warmth.ordered_by_warmth(True, now=NOW, settings=settings) == expected[::-1]
    contacts.trash(expected[:3])
    assert warmth.ordered_by_warmth(now=NOW, settings=settings) == expected[3:]
    assert warmth.ordered_by_warmth(trashed=True, now=NOW, settings=settings) == expected[:3]
