"""Erasure: the person is gone from the tables, the search, the file's bytes and its WAL
(on PostgreSQL: from every row of every table, read by a second connection),
and nothing else in the address book changes."""
from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from app.contacts import listing
from app.contacts import store as contacts
from app.conversations import store as interactions
from app.privacy import erase as privacy
from app.storage import engine, search_index
from app.storage.connection import database
from tests.privacy import people

NEEDLES = [people.NAME, people.EMAIL, people.PHONE_DIGITS, people.TAG, "QUAXPHOTO",
           "quaxball"]

#: Reads the files' bytes in a process of its own: never in the one holding the database.
_SCAN = """
import sys, pathlib
needles = sys.argv[2:]
found = set()
for suffix in ("", "-wal"):
    p = pathlib.Path(sys.argv[1] + suffix)
    if p.exists():
        data = p.read_bytes().lower()
        found.update(n for n in needles if n.lower().encode() in data)
print(",".join(sorted(found)))
"""


def scan(path) -> set[str]:
    """The needles still in the database: in a SQLite file's bytes and WAL, or on
    PostgreSQL in any row of any table (read by a connection of its own)."""
    if engine.is_url(path):
        return _scan_server(str(path))
    out = subprocess.run([sys.executable, "-c", _SCAN, str(path), *NEEDLES],
                         capture_output=True, text=True, check=True).stdout.strip()
    return set(filter(None, out.split(",")))


def _scan_server(url: str) -> set[str]:
    import psycopg

    found = set()
    with psycopg.connect(url) as con:
        tables = [r[0] for r in con.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")]
        for table in tables:
            for row in con.execute(f'SELECT * FROM "{table}"'):
                data = b"\0".join(v if isinstance(v, bytes) else str(v).encode()
                                   for v in row).lower()
                found.update(n for n in NEEDLES if n.lower().encode() in data)
    return found


def _no_secure_delete(engine_name: str) -> None:
    """As SQLite is built on most systems (Debian's zeroes deleted content itself)."""
    if engine_name == "sqlite":
        database.execute_sql("PRAGMA secure_delete = OFF")


def _others(book) -> dict:
    """Everything about the other contacts a user would see."""
    got = {}
    for c in contacts.get_many([book.anna, book.max]):
        d = dataclasses.asdict(c)
        for volatile in ("version", "referred_by_id", "updated_at"):
            d.pop(volatile)
        got[c.id] = d
    talks = {i.id: (i.channel, i.subject, i.notes) for i in interactions.for_contact(book.anna)}
    return {"contacts": got, "talks": talks}


def test_erasure_leaves_no_trace_in_the_file_and_nothing_else_changes(db, db_path, engine):
    _no_secure_delete(engine)
    book = people.build()
    assert scan(db_path) >= {people.NAME, people.EMAIL, people.PHONE_DIGITS}
    before = _others(book)
    reach = privacy.reach(book.person)
    # Their call and the card they sent us; the lunch with Anna and the household's card.
    assert len(reach.own_conversations) == len(reach.shared_conversations) == 2
    assert book.own_talk in reach.own_conversations
    assert book.shared_talk in reach.shared_conversations
    assert reach.card_entries == 1 and reach.cards_received == 1
    assert sorted(reach.referred) == [book.anna, book.max]

    done = privacy.erase(book.person)

    assert done.wal_emptied and len(done.token) == 16
    assert done.backup_files == (engine == "sqlite")
    assert not contacts.exists(book.person)
    assert listing.resolve(people.NAME) == [] and search_index.matching_ids(people.EMAIL) == set()
    assert search_index.matching_ids("98765431") == set()
    assert search_index.matching_ids("quaxball") == set()
    after = _others(book)
    shared = before["talks"][book.shared_talk]
    before["talks"][book.shared_talk] = (shared[0], shared[1],
                                         "Anna and (erased contact) talked about the fair.")
    assert after == before
    # Referred by an erased contact: said so, not silently dropped.
    assert contacts.get(book.max).referred_by_id is None
    assert database.execute_sql("SELECT count(*) FROM erased_referrer WHERE erasure_token = ?",
                                (done.token,)).fetchone()[0] == 2
    [(erased_on, token)] = database.execute_sql("SELECT erased_on, token FROM erasure_log")
    assert token == done.token and len(erased_on) == 10  # a date, nothing personal
    database.close()
    assert scan(db_path) == set()


def test_a_household_the_person_left_is_worded_anew(db):
    book = people.build()
    privacy.erase(book.person)
    rows = database.execute_sql("SELECT addressee, salutation FROM card_household").fetchall()
    assert rows == [("", "")]
    assert database.execute_sql("SELECT contact_id FROM card_recipient ORDER BY 1").fetchall() \
        == [(book.anna,), (book.max,)]


def test_hooks_run_after_the_erasure_and_cannot_undo_it(db):
    book = people.build()
    seen = []

    def hook(erased):
        seen.append((erased.uid, contacts.exists(book.person)))
        raise RuntimeError("server unreachable")

    uid = contacts.get(book.person).uid
    privacy.AFTER_ERASURE.append(hook)
    try:
        done = privacy.erase(book.person)
    finally:
        privacy.AFTER_ERASURE.remove(hook)
    assert seen == [(uid, False)]
    assert [type(e) for e in done.hook_failures] == [RuntimeError]


def test_erasing_someone_who_is_not_there_is_a_problem(db):
    with pytest.raises(privacy.PrivacyProblem):
        privacy.erase(4711)


def test_an_unfinished_imports_copy_of_the_person_goes_too(db, db_path, engine):
    from app.vcard import import_journal

    _no_secure_delete(engine)
    book = people.build()
    with import_journal.Batch() as batch:
        with database.atomic():
            batch.changing(contacts.get_many([book.person, book.anna]))
        assert privacy.reach(book.person).journal_copies == 1
        privacy.erase(book.person)
        rows = database.execute_sql("SELECT contact_id FROM import_undo").fetchall()
        assert rows == [(book.anna,)]
    database.close()
    assert scan(db_path) == set()


def test_only_the_whole_name_is_taken_out_of_shared_conversations(db):
    from app.contacts.model import ContactData
    from app.conversations.store import Interaction

    mx = contacts.create(ContactData(given_name="Max", nickname="Max"))
    eva = contacts.create(ContactData(given_name="Eva", family_name="Roth"))
    iid = interactions.log(Interaction(
        "meeting", [mx, eva], people.NOW, subject="Max and Maximilian",
        notes="max. Maxim said hi"), now=people.NOW)
    privacy.erase(mx)
    talk = interactions.get(iid)
    assert (talk.subject, talk.notes) == ("(erased contact) and Maximilian",
                                          "(erased contact). Maxim said hi")
    assert talk.contact_ids == [eva]


def test_a_hook_before_the_erasure_reads_the_contact_and_can_stop_it(db):
    book = people.build()
    seen = []

    def refuse(contact_id, uid):
        seen.append((contact_id, contacts.get(contact_id).uid == uid))
        raise RuntimeError("cannot record the server deletion")

    privacy.BEFORE_ERASURE.append(refuse)
    try:
        with pytest.raises(RuntimeError):
            privacy.erase(book.person)
    finally:
        privacy.BEFORE_ERASURE.remove(refuse)
    assert seen == [(book.person, True)]
    assert contacts.get(book.person).emails[0].address == people.EMAIL
    assert len(interactions.for_contact(book.person)) == 4
