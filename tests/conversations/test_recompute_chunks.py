"""The temperature recompute after a settings change runs in short transactions
and is finished at the next open when a kill cut it short."""
from __future__ import annotations

import pytest

from app.contacts import store as contacts
from app.conversations import temperature as t
from app.conversations import warmth
from app.conversations import warmth_store as stored
from tests.conversations.test_interactions import band, person, talk


def test_recompute_in_slices_gives_what_one_pass_gave(db, monkeypatch):
    ids = [person(f"P{n}", "X") for n in range(7)]
    for n, cid in enumerate(ids):
        for d in range(n % 4):
            talk(cid, 3 + 40 * d, ["call", "e-mail", "meeting", "note"][d % 4])
    before = contacts.list_rows(ids)
    writes = []
    monkeypatch.setattr(warmth, "RECOMPUTE_SLICE", 2)
    real = stored.store_inputs
    monkeypatch.setattr(stored, "store_inputs", lambda rows: (writes.append(1), real(rows)))
    assert warmth.recompute_all() == 5  # P0 and P4 have no conversation
    assert len(writes) == 4  # 7 contacts, 2 a transaction
    after = contacts.list_rows(ids)
    for cid in ids:
        assert after[cid].last_contact_at == before[cid].last_contact_at
        assert after[cid].warmth_log == pytest.approx(before[cid].warmth_log)


def test_a_recompute_cut_short_is_finished_at_the_next_open(db, monkeypatch):
    anna, bob = person("Anna", "Müller"), person("Bob", "Roe")
    talk(anna, 300, "meeting")
    talk(bob, 300, "meeting")
    assert (band(anna), band(bob)) == ("warm", "warm")
    old = {cid: r.warmth_log for cid, r in contacts.list_rows([anna, bob]).items()}
    monkeypatch.setattr(warmth, "SUMS_SLICE", 1)
    real, calls = stored.store_sums, []

    def killed_after_one(*args):
        calls.append(1)
        if len(calls) > 1:
            raise KeyboardInterrupt  # the process dies between two slices
        return real(*args)
    monkeypatch.setattr(stored, "store_sums", killed_after_one)
    with pytest.raises(KeyboardInterrupt):
        warmth.save_settings(t.Settings(half_life_days=30))
    half = {cid: r.warmth_log for cid, r in contacts.list_rows([anna, bob]).items()}
    assert half[anna] != old[anna] and half[bob] == old[bob]  # half done
    monkeypatch.setattr(stored, "store_sums", real)
    assert warmth.finish_interrupted()
    done = {cid: r.warmth_log for cid, r in contacts.list_rows([anna, bob]).items()}
    assert done[bob] == pytest.approx(done[anna]) and (band(anna), band(bob)) == ("cold", "cold")
    assert not warmth.finish_interrupted()  # nothing left to do


def _sums(ids):
    rows = contacts.list_rows(ids)
    return {cid: (rows[cid].warmth_log, rows[cid].touch_log) for cid in ids}


@pytest.mark.parametrize("settings", [
    t.Settings(half_life_days=30),
    t.Settings(half_life_days=1),  # terms far apart: the sums must stay finite
    t.Settings(weights={**t.DEFAULT_WEIGHTS, "greeting card": 0.0, "e-mail": 0.0}),
    t.Settings(weights={ch: 0.0 for ch in t.DEFAULT_WEIGHTS}),
])
@pytest.mark.parametrize("python_math", [False, True])
def test_the_sums_in_sql_are_what_recomputing_everything_stores(db, monkeypatch, settings,
                                                                 python_math, engine):
    from app.conversations import store as interactions
    from app.storage.connection import database

    if python_math and engine == "postgresql":
        pytest.skip("SQLite's own math functions or Python's: PostgreSQL has its own")
    if python_math:  # as where SQLite is built without its math functions
        stored.python_math(database.connection())

    ids = [person(f"P{n}", "X") for n in range(8)]
    plan = [[], ["note"], ["greeting card"], ["e-mail"], ["call", "greeting card"],
            ["meeting", "e-mail", "call", "note"], ["e-mail", "e-mail"], ["call"]]
    talks = []
    for cid, channels in zip(ids, plan):
        talks += [talk(cid, 3 + 400 * d, ch) for d, ch in enumerate(channels)]
    interactions.trash([talks[-1]])  # P7's only call is in the trash
    monkeypatch.setattr(warmth, "SUMS_SLICE", 3)  # several slices
    warmth.recompute_sums(settings)
    in_sql = _sums(ids)
    assert warmth.recompute_sums(settings) == 0  # done: nothing rewritten again
    warmth.recompute_all(settings)
    python = _sums(ids)
    for cid in ids:
        for got, want in zip(in_sql[cid], python[cid]):
            assert (got is None) == (want is None), cid
            if got is not None:
                assert got == pytest.approx(want, rel=1e-12, abs=1e-12), cid


def test_a_settings_change_reports_each_slice_once_it_is_stored(db, monkeypatch):
    ids = [person(f"P{n}", "X") for n in range(5)]
    for cid in ids:
        talk(cid, 300, "meeting")
    monkeypatch.setattr(warmth, "SUMS_SLICE", 2)
    seen = []

    def logs():  # in the order of ids (PostgreSQL returns updated rows in another order)
        rows = contacts.list_rows(ids)
        return [rows[cid].warmth_log for cid in ids]

    def progress(done, total):
        seen.append((done, total, logs()))
    old = logs()
    warmth.save_settings(t.Settings(half_life_days=30), progress)
    assert [(done, total) for done, total, _ in seen] == [(2, 5), (4, 5), (5, 5)]
    assert seen[0][2][2:] == old[2:] and all(a != b for a, b in zip(seen[0][2][:2], old))
    assert [band(cid) for cid in ids] == ["cold"] * 5
