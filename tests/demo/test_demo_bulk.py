"""A big demo book is loaded with its contact indexes built at the end: the
same book, the same indexes, and nothing changed when the load fails."""
from __future__ import annotations

import datetime as dt

import pytest

from app.contacts import listing
from app.contacts import store as contacts
from app.storage.connection import close_database, database, open_database

DAY = dt.date(2026, 5, 1)


def _schema() -> list[tuple]:
    return database.execute_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall()


def _book(path, bulk: bool) -> tuple[list, list, str, int]:
    from app.demo import contacts as demo

    open_database(path)
    try:
        demo.fill(200, seed=5, today=DAY, helper=False, bulk=bulk)
        ids = listing.ordered_ids("name")
        rows = contacts.list_rows(ids)
        people = [(rows[c.id].display_name, rows[c.id].phone, c.phones, c.emails,
                   c.addresses, c.tags, c.referred_by_id) for c in contacts.get_many(ids)]
        found = listing.find_ids("mü")  # through the indexes built at the end
        check = database.execute_sql("PRAGMA integrity_check").fetchone()[0]
        cache = database.execute_sql("PRAGMA cache_size").fetchone()[0]
        return people, _schema(), check, len(found), cache
    finally:
        close_database()


def test_a_bulk_load_makes_the_same_book_with_the_same_indexes(tmp_path):
    plain = _book(tmp_path / "plain.db", bulk=False)
    bulk = _book(tmp_path / "bulk.db", bulk=True)
    assert len(plain[0]) == 200
    assert bulk[0] == plain[0]
    assert bulk[1] == plain[1]  # every index is back, as it was written
    assert bulk[2] == "ok"
    assert bulk[3] == plain[3] > 0
    assert bulk[4] == plain[4]  # the page cache is back to the usual size


class Stop(Exception):
    pass


def test_a_stopped_bulk_load_leaves_the_indexes_and_the_book_as_they_were(tmp_path):
    from app.demo import contacts as demo

    open_database(tmp_path / "h.db")
    try:
        before = _schema()

        def cancel(done: int, total: int) -> None:
            raise Stop  # as a Cancel button does, after the first batch

        with pytest.raises(Stop):
            demo.fill(50, seed=5, progress=cancel, today=DAY, helper=False, bulk=True)
        assert _schema() == before
        assert listing.ordered_ids("name") == []
    finally:
        close_database()


def test_the_bench_s_fresh_file_ends_in_write_ahead_mode_and_refuses_a_filled_book(tmp_path):
    from app.demo import bulk_store
    from app.demo import contacts as demo

    open_database(tmp_path / "bench.db")
    try:
        with bulk_store.fresh_file():
            demo.fill(30, seed=5, today=DAY, helper=False, bulk=True)
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 1  # normal
        assert len(listing.ordered_ids("name")) == 30
        with pytest.raises(RuntimeError), bulk_store.fresh_file():
            pass
    finally:
        close_database()


@pytest.mark.both_engines
def test_a_big_load_on_either_engine_makes_the_book(db, monkeypatch):
    from app.demo import bulk_store, producer
    from app.demo import contacts as demo

    monkeypatch.setattr(producer, "MIN_CONTACTS", 40)  # load it as a big book is loaded
    with bulk_store.fresh_file():
        assert demo.fill(60, seed=5, today=DAY, helper=False) == 60
    assert len(listing.ordered_ids("name")) == 60
    assert len(listing.find_ids("mü")) > 0
