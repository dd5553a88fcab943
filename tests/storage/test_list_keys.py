"""List keys (app.storage.list_keys): the search rows' rowid follows the list's
name order through new contacts, renames, crowded places, the trash and a
repair, so that a search read in rowid order is read in the list's order."""
from __future__ import annotations

import pytest

from app.contacts import listing
from app.contacts import store as contacts
from app.contacts.model import ContactData as C
from app.storage import check, list_keys, purge
from app.storage.connection import database

pytestmark = pytest.mark.sqlite_only


def assert_keys_follow_the_list() -> None:
    rows = database.execute_sql("SELECT id, list_key FROM contact ORDER BY sort_key, id").fetchall()
    keys = [k for _, k in rows]
    assert None not in keys
    assert keys == sorted(keys) and len(set(keys)) == len(keys)  # strictly rising
    assert all(list_keys.id_of(k) == cid for cid, k in rows)
    search_rows = {r[0] for r in database.execute_sql("SELECT rowid FROM contact_fts")}
    assert search_rows == set(keys)  # every contact's search row, under its key


def test_new_renamed_and_crowded_contacts_keep_the_keys_in_list_order(db):
    ids = contacts.create_many([C(family_name=n) for n in ("Berg", "Zander", "Adler")])
    assert_keys_follow_the_list()
    # Each new one lands right after the last, before "Zander": the gap between
    # them halves every time, until the neighbours are spread out again.
    for k in range(1, 40):
        contacts.create(C(family_name="Berg" + "e" * k))
        assert_keys_follow_the_list()
    adler = contacts.get(ids[2])
    adler.family_name = "Zz Top"
    contacts.update(adler)
    assert_keys_follow_the_list()
    # The renamed contact is found by its new name and listed last, in order.
    assert listing.find_shown("zz", pageable=True)[0] == adler.id
    assert list(listing.find_shown("b", pageable=True)) == listing.find_ids("b")


def test_a_batch_of_renames_does_not_place_one_next_to_anothers_old_key(db):
    ids = contacts.create_many([C(family_name=f"N{i:03d}") for i in range(60)])
    changed = contacts.get_many(ids[::3])
    for n, c in enumerate(changed):
        c.family_name = f"N{(59 - n * 7) % 60:03d}x"
    with database.atomic():
        for c in changed:
            contacts.update(c)
    assert_keys_follow_the_list()


def test_trash_purge_and_a_repair_keep_search_rows_under_their_keys(db):
    ids = contacts.create_many([C(given_name=f"Ann{i}", family_name="Mahler") for i in range(30)])
    contacts.trash(ids[:10])
    purge.empty_trash()
    assert_keys_follow_the_list()
    assert listing.find_ids("mahler") == ids[10:]
    database.execute_sql("DELETE FROM contact_fts")
    assert check.rebuild_search_index() == 20
    assert_keys_follow_the_list()
    assert list(listing.find_shown("ann", pageable=True)) == ids[10:]


def test_a_bulk_load_keys_its_rows_at_the_end_into_an_empty_book_or_beside_others(db):
    from app.demo import contacts as demo

    demo.fill(300, seed=1)  # into an empty book: every key at once
    assert_keys_follow_the_list()
    demo.fill(200, seed=2)  # beside contacts already keyed: the new ones placed
    assert_keys_follow_the_list()
    assert len(listing.find_shown("a", pageable=True)) == len(listing.find_ids("a"))


def test_a_bulk_load_into_an_empty_book_builds_the_search_tables_once_at_its_end(db):
    from app.storage import search_index as search

    docs = [search.document_for(i, C(given_name=g, family_name=f))
            for i, g, f in ((1, "Zoe", "Adler"), (2, "Anna", "Berg"))]
    with database.atomic(), list_keys.keys_deferred():
        for i, (g, f) in enumerate((("Zoe", "Adler"), ("Anna", "Berg"), ("Max", "Berg")), 1):
            database.execute_sql("INSERT INTO contact(id, given_name, family_name, sort_key, "
                                 "uid, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', '')",
                                 (i, g, f, f"{f} {g}".lower(), f"u{i}"))
        search.insert_new([search.document_row(d) for d in docs], [(1, "called about the fair")])
        # staged, not yet in the search tables
        assert database.execute_sql("SELECT count(*) FROM contact_fts").fetchone()[0] == 0
        # another path writing under the id meanwhile is keyed with the rest
        search.write_documents([search.document_for(3, C(given_name="Max", family_name="Berg"))])
    assert_keys_follow_the_list()
    assert listing.find_ids("berg") == [2, 3] and listing.find_ids("fair") == [1]
    assert database.execute_sql(
        "SELECT count(*) FROM sqlite_temp_master WHERE type = 'table'").fetchone()[0] == 0
    for table in list_keys.TABLES:  # the build's buffer setting is not kept
        assert database.execute_sql(f"SELECT k FROM {table}_config").fetchall() == [("version",)]
        database.execute_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")


def test_a_failed_bulk_load_into_an_empty_book_leaves_no_staged_rows(db):
    with pytest.raises(RuntimeError), database.atomic(), list_keys.keys_deferred():
        database.execute_sql("INSERT INTO temp.staged_contact_fts(rowid, name) VALUES (1, 'x')")
        raise RuntimeError("stopped")
    assert database.execute_sql(
        "SELECT count(*) FROM sqlite_temp_master WHERE type = 'table'").fetchone()[0] == 0
    assert list_keys.search_table("contact_fts") == "contact_fts"
