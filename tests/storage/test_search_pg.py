"""PostgreSQL's own half of search: the folded words (search_word) follow the
index tables, and rows copied in from elsewhere become searchable."""
from __future__ import annotations

import datetime as dt

import pytest

from app.contacts import listing
from app.contacts import store as contacts
from app.contacts.model import ContactData, Phone
from app.conversations import store as interactions
from app.conversations.store import Interaction
from app.storage import check, pg_search, purge
from app.storage import search_index as search
from app.storage.connection import close_database, database, open_database


@pytest.fixture
def pg_db(pg_server):
    url = pg_server.fresh_database()
    open_database(url)
    yield database
    close_database()
    pg_server.drop(url)


def _words_of(cid: int) -> int:
    return sum(database.execute_sql(f"SELECT count(*) FROM {table} WHERE rowid = ?",
                                    (cid,)).fetchone()[0]
               for table in ("search_word", "search_start"))


def test_rows_copied_in_are_found_once_reindexed(pg_db):
    anna = contacts.create(ContactData(given_name="Anna", family_name="Müller",
                                       phones=[Phone("+49 30 1234567")]))
    interactions.log(Interaction("call", [anna], dt.datetime(2025, 3, 1, 10, 0),
                                 subject="Rahmenvertrag"))
    # What a copy from a SQLite book leaves: the index tables, not the words.
    database.execute_sql("DELETE FROM search_word")
    database.execute_sql("DELETE FROM search_start")
    assert listing.find_ids("mül") == []
    with database.atomic():
        assert pg_search.reindex(database) == 1
    for typed in ("mül", "an mu", "rahmen", "1234567", "anna"):
        assert listing.find_ids(typed) == [anna], typed


def test_words_go_with_the_contact_when_the_trash_is_emptied(pg_db):
    anna = contacts.create(ContactData(given_name="Anna", family_name="Groß", notes="Notar"))
    interactions.log(Interaction("call", [anna], dt.datetime(2025, 3, 1, 10, 0),
                                 subject="Angebot"))
    assert _words_of(anna) > 0
    contacts.trash([anna])
    purge.empty_trash()
    assert _words_of(anna) == 0


def test_rebuilding_the_index_leaves_the_same_words(pg_db):
    anna = contacts.create(ContactData(given_name="Anna", family_name="Groß", notes="Notar"))
    interactions.log(Interaction("call", [anna], dt.datetime(2025, 3, 1, 10, 0),
                                 subject="Angebot"))
    before = sorted(database.execute_sql("SELECT word, source FROM search_word"))
    check.rebuild_search_index()
    assert sorted(database.execute_sql("SELECT word, source FROM search_word")) == before
    assert listing.find_ids("gross angeb") == [anna]


def test_short_words_said_in_conversations_are_not_stored_but_long_ones_are_found(pg_db):
    anna = contacts.create(ContactData(given_name="Anna", family_name="Groß"))
    interactions.log(Interaction("call", [anna], dt.datetime(2025, 3, 1, 10, 0),
                                 subject="Ab 1. Mai im Büro"))
    # Words shorter than this are never looked up in conversations (search_index).
    assert pg_search.MIN_TALK_WORD == search.MIN_TALK_PREFIX
    talk = sorted(w for (w,) in database.execute_sql(
        "SELECT word FROM search_word WHERE source = ?", (pg_search.TALK,)))
    assert talk == ["buro", "mai"]
    assert listing.find_ids("büro") == [anna]
    assert listing.find_ids("ab") == []  # said, but too short to search conversations for


def test_a_literal_percent_sign_reaches_postgresql_as_one(db, engine):
    """A statement with a literal % and no parameters: the translation to
    psycopg's %s form doubles it, and it must come back single."""
    assert db.execute_sql("SELECT 'a%b'").fetchone()[0] == "a%b"
    assert db.execute_sql("SELECT 'a%b' || ?", ("c",)).fetchone()[0] == "a%bc"


def test_a_book_copied_from_sqlite_is_searched_with_statistics_and_no_vacuum_to_wait_for(
        tmp_path, pg_server):
    """The words are loaded frozen (index-only scans read no table page, and no
    autovacuum pass rewrites five million rows under the first searches) and
    the planner has statistics before anyone types (app.storage.copy)."""
    from app.storage.copy import copy_book

    source = tmp_path / "laptop.db"
    open_database(source)
    anna = contacts.create(ContactData(given_name="Anna", family_name="Müller", notes="Notar"))
    close_database()
    office = pg_server.fresh_database(empty=True)
    try:
        copy_book(source, office)
        with pg_server.connect(office.rsplit("/", 1)[1]) as conn:
            for table in ("search_word", "search_start", "contact"):
                assert conn.execute("SELECT count(*) FROM pg_stats WHERE tablename = %s",
                                    (table,)).fetchone()[0] > 0, table
            for table in ("search_word", "search_start"):
                pages, visible = conn.execute(
                    "SELECT relpages, relallvisible FROM pg_class WHERE relname = %s",
                    (table,)).fetchone()
                assert pages > 0 and visible == pages, table
        open_database(office)
        assert listing.find_ids("an mül") == [anna]
        assert listing.find_ids("notar") == [anna]
        close_database()
    finally:
        pg_server.drop(office)
