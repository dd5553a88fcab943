"""Change notification without Qt: what another connection or process commits is
noticed, sorted into areas; our own commits are not; no read transaction is held."""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.cards import recipients
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.conversations import store as interactions
from app.conversations import warmth
from app.conversations.store import Interaction
from app.conversations.temperature import Settings
from app.core import clock
from app.storage.changes import EVERYTHING, NOTHING, Changes, watch_database
from app.storage.connection import close_thread_connection, database
from app.storage.engine import is_postgres

ROOT = Path(__file__).resolve().parents[2]


def elsewhere(fn):
    """Run ``fn`` on another thread, which is another SQLite connection to the file."""
    out = {}

    def work():
        try:
            out["result"] = fn()
        finally:
            close_thread_connection()

    t = threading.Thread(target=work)
    t.start()
    t.join()
    return out.get("result")


def news(watcher) -> Changes:
    """The next poll that finds something, within two seconds: PostgreSQL delivers
    a notification a moment after the writer's commit returned, SQLite at once."""
    deadline = time.monotonic() + 2
    while not (seen := watcher.poll()) and time.monotonic() < deadline:
        time.sleep(0.01)
    return seen


def quiet(watcher) -> Changes:
    """A poll late enough that a notification on its way would have arrived."""
    if is_postgres():
        time.sleep(0.2)
    return watcher.poll()


def _call(cid: int) -> Interaction:
    return Interaction(channel="call", happened_at=clock.local_now(), contact_ids=[cid])


def test_nothing_changed_and_our_own_commits_are_not_news(db):
    watcher = watch_database()
    assert watcher.poll() == NOTHING
    contacts.create(ContactData(family_name="Huber"))
    interactions.log(_call(1))
    assert not quiet(watcher)


def test_another_connection_adding_a_contact_is_a_contacts_change(db):
    watcher = watch_database()
    elsewhere(lambda: contacts.create(ContactData(family_name="Huber")))
    assert news(watcher) == Changes(contacts=True)
    assert quiet(watcher) == NOTHING  # told once


def test_a_conversation_logged_elsewhere_is_a_conversations_change(db):
    cid = contacts.create(ContactData(family_name="Huber"))
    watcher = watch_database()
    elsewhere(lambda: interactions.log(_call(cid)))
    seen = news(watcher)
    assert seen.conversations and not seen.card_runs and not seen.settings
    assert seen.list_affected


def test_trash_card_runs_and_settings_are_told_apart(db):
    cid = contacts.create(ContactData(family_name="Huber"))
    watcher = watch_database()
    elsewhere(lambda: contacts.trash([cid]))
    assert news(watcher) == Changes(contacts=True)
    elsewhere(lambda: recipients.new_run(2026, "christmas"))
    seen = news(watcher)
    assert seen.card_runs and not seen.list_affected
    elsewhere(lambda: warmth.save_settings(Settings(half_life_days=30)))
    assert news(watcher).settings


def test_an_edit_in_place_is_reported(db, engine):
    cid = contacts.create(ContactData(given_name="Anna", family_name="Huber"))
    watcher = watch_database()

    def rename():
        c = contacts.get(cid)
        c.given_name = "Anne"
        contacts.update(c)

    elsewhere(rename)
    # SQLite's fingerprints cannot tell an edit in place: everything, too broad
    # but never empty; PostgreSQL's triggers name the table.
    assert news(watcher) == (EVERYTHING if engine == "sqlite" else Changes(contacts=True))


def test_a_command_line_write_in_another_process_is_noticed(db, db_path):
    cid = contacts.create(ContactData(given_name="Anna", family_name="Huber"))
    watcher = watch_database()
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db_path), "log", str(cid),
         "--channel", "meeting", "--subject", "Lunch"],
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert news(watcher).conversations
    assert [i.subject for i in interactions.for_contact(cid)] == ["Lunch"]


@pytest.mark.sqlite_only
def test_polling_holds_no_read_transaction(db):
    """A reader that kept its snapshot would stop another process's checkpoint."""
    watcher = watch_database()
    elsewhere(lambda: contacts.create(ContactData(family_name="Huber")))
    assert watcher.poll()
    assert not database.connection().in_transaction

    def checkpoint():
        return database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    busy, _log, _done = elsewhere(checkpoint)
    assert busy == 0


def test_inside_our_own_transaction_it_waits_and_tells_later(db):
    watcher = watch_database()
    elsewhere(lambda: contacts.create(ContactData(family_name="Huber")))
    with database.atomic():
        assert watcher.poll() == NOTHING
    assert news(watcher).contacts


def test_a_new_connection_means_everything(db):
    watcher = watch_database()
    database.close()
    database.connect()
    assert watcher.poll() == EVERYTHING
    assert watcher.poll() == NOTHING


def test_a_closed_database_is_nothing_to_report(db):
    watcher = watch_database()
    database.close()
    assert watcher.poll() == NOTHING


def test_an_envelope_reworded_elsewhere_to_text_of_the_same_length_is_a_card_run_change(db):
    a = contacts.create(ContactData(given_name="Anna", family_name="Huber"))
    b = contacts.create(ContactData(given_name="Max", family_name="Huber"))
    run_id, _ = recipients.new_run(2026, "christmas")
    recipients.add_recipients(run_id, [a, b])
    household = recipients.join(run_id, [a, b])
    recipients.set_household_text(household, salutation="Liebe Anna")
    watcher = watch_database()
    elsewhere(lambda: recipients.set_household_text(household, salutation="Lieber Max"[:10]))
    assert news(watcher) == Changes(card_runs=True)  # not "everything": no list reload


def test_a_write_rolled_back_elsewhere_is_not_news(db):
    watcher = watch_database()

    def rolled_back():
        with database.atomic() as txn:
            contacts.create(ContactData(family_name="Huber"))
            txn.rollback()

    elsewhere(rolled_back)
    assert quiet(watcher) == NOTHING
