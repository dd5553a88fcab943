"""Change notification without Qt: what another connection or process commits is
noticed, sorted into areas; our own commits are not; no read transaction is held."""
from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

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


def _call(cid: int) -> Interaction:
    return Interaction(channel="call", happened_at=clock.local_now(), contact_ids=[cid])


def test_nothing_changed_and_our_own_commits_are_not_news(db):
    watcher = watch_database()
    assert watcher.poll() == NOTHING
    contacts.create(ContactData(family_name="Huber"))
    interactions.log(_call(1))
    assert not watcher.poll()


def test_another_connection_adding_a_contact_is_a_contacts_change(db):
    watcher = watch_database()
    elsewhere(lambda: contacts.create(ContactData(family_name="Huber")))
    assert watcher.poll() == Changes(contacts=True)
    assert watcher.poll() == NOTHING  # told once


def test_a_conversation_logged_elsewhere_is_a_conversations_change(db):
    cid = contacts.create(ContactData(family_name="Huber"))
    watcher = watch_database()
    elsewhere(lambda: interactions.log(_call(cid)))
    seen = watcher.poll()
    assert seen.conversations and not seen.card_runs and not seen.settings
    assert seen.list_affected


def test_trash_card_runs_and_settings_are_told_apart(db):
    cid = contacts.create(ContactData(family_name="Huber"))
    watcher = watch_database()
    elsewhere(lambda: contacts.trash([cid]))
    assert watcher.poll() == Changes(contacts=True)
    elsewhere(lambda: recipients.new_run(2026, "christmas"))
    seen = watcher.poll()
    assert seen.card_runs and not seen.list_affected
    elsewhere(lambda: warmth.save_settings(Settings(half_life_days=30)))
    assert watcher.poll().settings


def test_an_edit_in_place_is_reported_as_everything(db):
    cid = contacts.create(ContactData(given_name="Anna", family_name="Huber"))
    watcher = watch_database()

    def rename():
        c = contacts.get(cid)
        c.given_name = "Anne"
        contacts.update(c)

    elsewhere(rename)
    assert watcher.poll() == EVERYTHING


def test_a_command_line_write_in_another_process_is_noticed(db, db_path):
    cid = contacts.create(ContactData(given_name="Anna", family_name="Huber"))
    watcher = watch_database()
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db_path), "log", str(cid),
         "--channel", "meeting", "--subject", "Lunch"],
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert watcher.poll().conversations
    assert [i.subject for i in interactions.for_contact(cid)] == ["Lunch"]


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
    assert watcher.poll().contacts


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
    assert watcher.poll() == Changes(card_runs=True)  # not "everything": no list reload
