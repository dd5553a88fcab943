"""A big demo book is made in a helper process: the very same contacts."""
from __future__ import annotations

import datetime as dt

from app.contacts import listing
from app.contacts import store as contacts
from app.storage.connection import close_database, database, open_database

DAY = dt.date(2026, 5, 1)


def _book(path, helper: bool) -> list[tuple]:
    from app.demo import contacts as demo

    open_database(path)
    try:
        demo.fill(300, seed=3, today=DAY, conversations=False, helper=helper)
        ids = listing.ordered_ids("name")
        rows = contacts.list_rows(ids)
        people = contacts.get_many(ids)
        return [(rows[c.id].display_name, rows[c.id].phone, c.phones, c.emails, c.addresses,
                 c.referred_by_id) for c in people]
    finally:
        close_database()


def test_the_helper_process_makes_the_same_book(tmp_path):
    here = _book(tmp_path / "here.db", helper=False)
    helped = _book(tmp_path / "helped.db", helper=True)
    assert len(here) == 300
    assert helped == here
    assert any(row[1].startswith("+49 ") for row in here)  # numbers shown in full


def _talks(path, helper: bool) -> list[tuple]:
    from app.demo import contacts as demo

    open_database(path)
    try:
        demo.fill(120, seed=4, today=DAY, helper=helper)
        return database.execute_sql(
            "SELECT c.sort_key, c.warmth_log, c.first_contact, i.channel, i.direction, "
            "i.happened_at, i.subject, i.notes, i.outcome, i.follow_up, i.follow_up_done "
            "FROM interaction i JOIN interaction_contact ic ON ic.interaction_id = i.id "
            "JOIN contact c ON c.id = ic.contact_id ORDER BY i.id").fetchall()
    finally:
        close_database()


def test_the_helper_process_makes_the_same_conversations(tmp_path):
    here = _talks(tmp_path / "here.db", helper=False)
    helped = _talks(tmp_path / "helped.db", helper=True)
    assert len(here) > 300
    assert helped == here
