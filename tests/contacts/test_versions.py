"""Each contact has a version; a write from a copy older than the stored one never
overwrites what it did not see: two real processes, stale copies."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

import peewee as pw
import pytest

from app.contacts import duplicates, saving
from app.contacts import store as contacts
from app.contacts.model import ContactData, Email, Phone
from app.conversations import store as interactions
from app.conversations import warmth_store
from app.conversations.store import Interaction
from app.core.problems import describe
from app.storage import migrations, purge, schema_steps
from app.storage.connection import close_database, open_database
from app.vcard import importer
from tests.conftest import ROOT


def _anna() -> int:
    return contacts.create(ContactData(given_name="Anna", family_name="Müller",
                                       phones=[Phone("+49 30 1234567")]))


def test_every_write_to_a_contact_counts_and_derived_temperatures_do_not(db, tmp_path):
    cid = _anna()
    ref = contacts.create(ContactData(given_name="Ben"))
    assert contacts.get(cid).version == 1
    c = contacts.get(cid)
    c.nickname = "Anni"
    contacts.update(c)
    assert c.version == contacts.get(cid).version == 2
    contacts.trash([cid])
    contacts.restore([cid])
    assert contacts.get(cid).version == 4
    contacts.restore([cid])  # not in the trash: nothing happens
    assert contacts.get(cid).version == 4
    # Conversations and a pinned band change derived columns, not the contact.
    interactions.log(Interaction(contact_ids=[cid], channel="call",
                                 happened_at=dt.datetime(2026, 1, 5, 10, 0)))
    warmth_store.set_pinned_band(cid, "hot")
    assert contacts.get(cid).version == 4
    # An import updating it by UID counts.
    card = tmp_path / "anna.vcf"
    card.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{contacts.get(cid).uid}\r\n"
                    "N:Müller;Anna;;;\r\nFN:Anna Müller\r\nEMAIL:anna@example.de\r\n"
                    "END:VCARD\r\n", encoding="utf-8")
    importer.import_paths([card], workers=0)
    assert contacts.get(cid).version == 5
    # A merge changes the kept one, the merged one (trashed) and whoever it referred.
    other = contacts.create(ContactData(given_name="Anna", family_name="Müller"))
    referred = contacts.create(ContactData(given_name="Cleo", referred_by_id=other))
    duplicates.merge_contacts(cid, other)
    assert [contacts.get(i).version for i in (cid, other, referred)] == [6, 2, 2]
    # Emptying the trash changes whoever the deleted contact had referred.
    c = contacts.get(referred)
    c.referred_by_id = ref
    contacts.update(c)
    contacts.trash([ref])
    purge.empty_trash()
    assert contacts.get(referred).version == 4 and contacts.get(referred).referred_by_id is None


def test_a_stale_copy_is_refused_with_a_sentence_and_nothing_written(db):
    cid = _anna()
    stale, fresh = contacts.get(cid), contacts.get(cid)
    fresh.emails = [Email("anna@example.de")]
    contacts.update(fresh)
    stale.nickname = "Anni"
    with pytest.raises(contacts.ContactChanged) as caught:
        contacts.update(stale)
    assert describe(caught.value) == ("Anna Müller was changed elsewhere after it was opened; "
                                      "nothing was saved. Open it again to see the changes.")
    assert (caught.value.params["version"], caught.value.params["stored"]) == (1, 2)
    stored = contacts.get(cid)
    assert (stored.nickname, [e.address for e in stored.emails]) == ("", ["anna@example.de"])
    with pytest.raises(contacts.ContactNotFound):
        contacts.update(ContactData(id=999, version=1, given_name="Nobody"))


def test_saving_a_stale_copy_with_its_base_merges_instead(db):
    cid = _anna()
    base = contacts.get(cid)
    saving.edit(cid, lambda c: c.emails.append(Email("anna@example.de")))
    mine = contacts.get(cid)
    mine.version, mine.emails, mine.nickname = base.version, [], "Anni"
    outcome = saving.save(mine, base)
    assert outcome.merged_elsewhere_changes and not outcome.conflicts
    stored = contacts.get(cid)
    assert (stored.nickname, [e.address for e in stored.emails]) == ("Anni", ["anna@example.de"])
    assert stored.version == 3 == outcome.saved.version


_STALE_WRITER = textwrap.dedent("""
    import sys
    from app.contacts import saving, store
    from app.contacts.model import Email, Phone
    from app.core.problems import describe
    from app.storage.connection import open_database

    open_database(sys.argv[1])
    base = store.get(int(sys.argv[2]))
    mine = store.get(int(sys.argv[2]))
    if sys.argv[3] == "phone":
        mine.phones.append(Phone("+49 170 5555555", "mobile"))
    else:
        mine.emails.append(Email("anna@example.de", "home"))
    print("read", flush=True)
    sys.stdin.readline()  # the other process writes meanwhile
    try:
        if sys.argv[4] == "merge":
            saving.save(mine, base)
        else:
            store.update(mine)
    except store.ContactChanged as exc:
        print(describe(exc), flush=True)
        sys.exit(3)
    print("saved", flush=True)
""")


def _start(db_path, cid: int, change: str, how: str) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-c", _STALE_WRITER, str(db_path), str(cid), change,
                          how], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         text=True)
    assert p.stdout.readline().strip() == "read"
    return p


@pytest.mark.parametrize("how", ["merge", "plain"])
def test_two_processes_writing_from_copies_read_at_once_lose_nothing(db, db_path, how):
    cid = _anna()
    first = _start(db_path, cid, "phone", how)
    second = _start(db_path, cid, "email", how)
    out1, _ = first.communicate("\n", timeout=60)
    out2, _ = second.communicate("\n", timeout=60)
    assert first.returncode == 0, out1
    stored = contacts.get(cid)
    assert [p.number for p in stored.phones] == ["+49 30 1234567", "+49 170 5555555"]
    if how == "merge":
        assert second.returncode == 0, out2
        assert [e.address for e in stored.emails] == ["anna@example.de"]
    else:  # a plain write from a stale copy is refused, in one sentence
        assert second.returncode == 3
        assert out2.strip() == ("Anna Müller was changed elsewhere after it was opened; "
                                "nothing was saved. Open it again to see the changes.")
        assert stored.emails == []


@pytest.mark.sqlite_only  # a SQLite file of an earlier schema, upgraded
def test_contacts_of_every_earlier_schema_start_at_version_one(db_path):
    old = pw.SqliteDatabase(str(db_path))
    old.connect()
    migrations.migrate(old, db_path,
                       target=schema_steps.STEPS.index(schema_steps._v_contact_versions))
    old.execute_sql("INSERT INTO contact(id, uid, given_name, created_at, updated_at) VALUES "
                    "(1, 'u1', 'Anna', '2020-01-01T00:00:00+00:00', '2020-01-01T00:00:00+00:00')")
    old.close()
    open_database(db_path, backup_dir=db_path.parent / "backups")
    try:
        anna = contacts.get(1)
        assert anna.version == 1
        anna.nickname = "Anni"
        contacts.update(anna)
        assert contacts.get(1).version == 2
    finally:
        close_database()
