"""Copying a whole book between engines (app.storage.copy): a round trip
SQLite -> PostgreSQL -> SQLite keeps everything, a full target is refused, and
a cancelled copy leaves the target as it was."""
from __future__ import annotations

import datetime as dt

import pytest

from app.cards import recipients, runs
from app.contacts import order_store as orders
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.conversations import store as talks
from app.storage import search_index, settings
from app.storage.connection import close_database, open_database
from app.storage.copy import Cancelled, CopyProblem, copy_book

NOW = dt.datetime(2024, 11, 20, 10, 0)
PHOTO = bytes(range(256)) * 4


def _fill_book(target) -> list[int]:
    """A small demo book with what a copy must carry beyond contacts."""
    from app.demo import contacts as demo

    open_database(target)
    try:
        demo.fill(30, seed=3, today=NOW.date())
        ids = orders.ids_in_order("name")
        first = contacts.get(ids[0])
        first.photo, first.photo_mime = PHOTO, "image/png"
        first.tags = sorted(set(first.tags) | {"Weihnachten"})
        first.referred_by_id = ids[-1]  # a later contact: written after every row is there
        contacts.update(first)
        run_id, _ = recipients.new_run(2024, "Christmas", flagged=False, now=NOW)
        recipients.add_recipients(run_id, ids[:6], now=NOW)
        recipients.join(run_id, ids[:2])
        recipients.mark(run_id, ids[:3], "sent", now=NOW)
        settings.put("copy-test", {"kept": True})
        contacts.trash([ids[5]], now=NOW)
        return ids
    finally:
        close_database()


def _snapshot(target, ids: list[int]) -> dict:
    """What a user sees of a few contacts, their conversations, runs and settings."""
    open_database(target)
    try:
        return {
            "contacts": [contacts.get(i) for i in ids[:4] + ids[-2:]],
            "talks": [talks.for_contact(i) for i in ids[:4]],
            "runs": runs.list_runs(),
            "recipients": [(r.contact_id, r.status) for r in recipients.of_run(1)],
            "households": recipients.households(1),
            "setting": settings.get("copy-test"),
            "tags": contacts.all_tags(),
            "trashed": contacts.trashed_ids(),
            # search finds the same people (on PostgreSQL: words made from the copied index)
            "found": sorted(search_index.matching_ids(contacts.get(ids[0]).family_name)),
            "next_id": contacts.create(ContactData(given_name="New", family_name="One")),
        }
    finally:
        close_database()


def test_a_book_goes_to_postgresql_and_back_with_identical_contents(tmp_path, pg_server):
    source = tmp_path / "laptop.db"
    ids = _fill_book(source)
    office = pg_server.fresh_database(empty=True)
    back = tmp_path / "back.db"
    seen: list[tuple[int, int]] = []
    try:
        there = copy_book(source, office, progress=lambda d, t: seen.append((d, t)))
        home = copy_book(office, back)
        assert there.contacts == home.contacts == 30
        assert there.checksum == home.checksum and len(there.checksum) == 64
        assert there.tables == home.tables
        assert there.tables["photo"] == 1 and there.tables["card_recipient"] == 6
        assert there.tables["contact_fts"] == 30 and there.tables["interaction"] > 30
        assert seen[-1][0] == seen[-1][1] == sum(there.tables.values())
        original = _snapshot(source, ids)
        assert _snapshot(office, ids) == original
        assert _snapshot(back, ids) == original
        assert original["contacts"][0].photo == PHOTO
        assert original["contacts"][0].referred_by_id == ids[-1]
        assert original["next_id"] == max(ids) + 1
        assert ids[0] in original["found"]
        fresh = pg_server.fresh_database()
        assert _indexes(pg_server, office) == _indexes(pg_server, fresh)  # set aside, rebuilt
        pg_server.drop(fresh)
    finally:
        pg_server.drop(office)


def _indexes(pg_server, url: str) -> list[str]:
    with pg_server.connect(url.rsplit("/", 1)[1]) as conn:
        return sorted(r[0] for r in conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'"))


def test_a_target_with_contacts_is_refused_and_left_as_it_was(db, db_path, tmp_path):
    contacts.create(ContactData(given_name="Already", family_name="There"))
    close_database()
    source = tmp_path / "source.db"
    _fill_book(source)
    with pytest.raises(CopyProblem) as refused:
        copy_book(source, db_path)
    assert "already holds an address book" in str(refused.value)
    open_database(db_path)
    assert [c.given_name for c in contacts.get_many(orders.ids_in_order("name"))] == [
        "Already"]


def test_a_copy_onto_itself_or_from_nowhere_is_refused(tmp_path):
    with pytest.raises(CopyProblem, match="both the source and the target"):
        copy_book(tmp_path / "a.db", tmp_path / "." / "a.db")
    with pytest.raises(CopyProblem, match="no Hearth address book"):
        copy_book(tmp_path / "missing.db", tmp_path / "new.db")
    assert not (tmp_path / "new.db").exists()


def test_a_cancelled_copy_leaves_the_target_empty(db, db_path, tmp_path):
    close_database()
    source = tmp_path / "source.db"
    _fill_book(source)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3  # a few tables in: some rows are written already

    with pytest.raises(Cancelled, match="was cancelled"):
        copy_book(source, db_path, cancelled=cancelled)
    open_database(db_path)
    assert contacts.count() == 0 and talks.count_all() == 0
    assert settings.get("copy-test") is None
    close_database()
    report = copy_book(source, db_path)  # and the same target still takes the copy
    assert report.contacts == 30


def test_a_new_file_is_removed_again_when_the_copy_is_cancelled(tmp_path):
    source = tmp_path / "source.db"
    _fill_book(source)
    target = tmp_path / "new.db"
    with pytest.raises(Cancelled):
        copy_book(source, target, cancelled=lambda: True)
    assert not target.exists() and not (tmp_path / "new.db-wal").exists()


def test_a_cancelled_copy_to_an_empty_server_database_leaves_it_empty(tmp_path, pg_server):
    source = tmp_path / "source.db"
    _fill_book(source)
    url = pg_server.fresh_database(empty=True)
    try:
        with pytest.raises(Cancelled):
            copy_book(source, url, cancelled=lambda: True)
        with pg_server.connect(url.rsplit("/", 1)[1]) as conn:
            assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                                ).fetchone()[0] == 0
    finally:
        pg_server.drop(url)
