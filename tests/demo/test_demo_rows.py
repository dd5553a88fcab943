"""The demo stores finished rows (app.demo.rows): what they hold must be what
the app itself writes and computes, and the book must go on working after."""
from __future__ import annotations

import datetime as dt

import pytest

from app.contacts import listing
from app.contacts import store as contacts
from app.conversations import warmth
from app.conversations.first_contact_store import fill_first_contacts
from app.storage import search_index as search
from app.storage.connection import database

DAY = dt.date(2026, 5, 1)
_DERIVED = ("id, display_name, sort_key, list_phone, list_email, list_city, first_contact, "
            "warmth_log, last_contact_at, last_channel, last_two_way_at, prev_two_way_at, "
            "touch_log")


def _indexed() -> list[list[tuple]]:
    """The search indexes' rows; a contact's tags as a set (a stored contact's
    come back in alphabetical order, a new one's are indexed as given)."""
    found = [database.execute_sql(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall()
             for table in ("contact_fts", "phone_fts", "talk_fts")]
    found[0] = [row[:-1] + (sorted(row[-1].split()),) for row in found[0]]
    return found


def test_finished_rows_are_what_the_app_writes_and_computes(db):
    from app.demo import contacts as demo

    demo.fill(400, seed=6, today=DAY, helper=False)
    derived = db.execute_sql(f"SELECT {_DERIVED} FROM contact ORDER BY id").fetchall()
    indexed = _indexed()
    assert any(row[7] is not None for row in derived)  # temperatures came with the rows
    assert any(row[6] for row in derived)  # and first-contact dates
    assert indexed[2]  # and what was said

    ids = [row[0] for row in derived]
    people = contacts.get_many(ids)
    with db.atomic():  # each written again by the app's own code
        for c in people:
            contacts.update(c)
        db.execute_sql("UPDATE contact SET first_contact = ''")  # the demo types none
        warmth.recompute_all()
        fill_first_contacts()
        search.refresh_interaction_texts(ids)
    assert db.execute_sql(f"SELECT {_DERIVED} FROM contact ORDER BY id").fetchall() == derived
    assert _indexed() == indexed


@pytest.mark.both_engines
def test_a_demo_book_takes_new_contacts_and_conversations(db):
    from app.conversations import store as talk
    from app.demo import contacts as demo

    demo.fill(50, seed=6, today=DAY, helper=False)
    cid = contacts.create(contacts.ContactData(given_name="Zora", family_name="Zed"))
    assert contacts.get(cid).given_name == "Zora"  # a new id, not a demo contact's
    talk.log(talk.Interaction("call", [cid], dt.datetime(2026, 4, 30, 10)))
    assert len(listing.ordered_ids("name")) == 51
    assert talk.count_for(cid) == 1
    assert demo.fill(10, seed=7, today=DAY, helper=False) == 10  # and a second load on top
    assert len(listing.ordered_ids("name")) == 61
