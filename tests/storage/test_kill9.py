"""kill -9 in the middle of writing leaves the old state or the new one, never a mix.

Each case runs the real thing in a subprocess (the command line, or a script
calling the app's functions), waits for it to start working, kills it with
SIGKILL after a seeded random delay within the time the work takes, and then
checks the file as the next user of it would: SQLite's integrity and foreign
keys, and Hearth's own all-or-nothing rules for that write.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cards import recipients
from app.contacts import order_store as orders
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.conversations import warmth, warmth_store
from app.storage import migrations, search_index
from app.storage.connection import close_database, database, open_database

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).with_name("fixtures")
KILLS = 5

# The command line, started and announcing itself once its modules are loaded,
# so that the delay before the kill falls into the work, not into imports.
CLI = """
import sys
from app.cli.main import build_parser, main
build_parser()
print("ready", flush=True)
sys.exit(main(sys.argv[1:]))
"""

# Conversations logged one transaction each, as `hearth log` does, until killed.
LOG_LOOP = """
import datetime as dt, itertools, sys
from app.conversations import store
from app.storage.connection import open_database
open_database(sys.argv[1])
ids = [int(x) for x in sys.argv[2].split(",")]
print("ready", flush=True)
for n in itertools.count(int(sys.argv[3])):
    store.log(store.Interaction(
        channel="call", contact_ids=[ids[n % len(ids)], ids[(n + 1) % len(ids)]],
        happened_at=dt.datetime(2026, 1, 1) + dt.timedelta(hours=n),
        subject=f"Anruf k{n}", notes="Grüße an die Familie"))
"""

OPEN = """
import sys
from app.storage.connection import close_database, open_database
print("ready", flush=True)
open_database(sys.argv[1])
close_database()
"""


def start(code: str, *args) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    p = subprocess.Popen([sys.executable, "-c", code, *map(str, args)], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = p.stdout.readline()
    if line.strip() != "ready":
        p.kill()
        p.wait()
        pytest.fail(f"the subprocess did not start: {p.stderr.read()}")
    return p


def kill_after(p: subprocess.Popen, delay: float) -> bool:
    """SIGKILL after ``delay`` seconds; True when the process was still working."""
    time.sleep(delay)
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    p.stdout.close()
    p.stderr.close()
    return p.returncode == -signal.SIGKILL


def kill_once_written(p: subprocess.Popen, folder: Path, name: str, delay: float) -> bool:
    """SIGKILL ``delay`` seconds after a file whose name starts with ``name``
    (the file itself or its temporary sibling) appears in ``folder``."""
    give_up = time.monotonic() + 10
    while p.poll() is None and time.monotonic() < give_up and not any(
            f.startswith(name) for f in os.listdir(folder)):
        time.sleep(0.0005)
    return kill_after(p, delay)


def finish(p: subprocess.Popen) -> float:
    """Let it run to the end; how long it worked after announcing itself."""
    began = time.monotonic()
    out, err = p.communicate(timeout=60)
    assert p.returncode == 0, err
    return time.monotonic() - began


def sqlite_healthy(path: Path) -> sqlite3.Connection:
    """SQLite's own checks, from a plain connection (which also recovers the WAL)."""
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    return con


def one(con, sql: str, *args):
    return con.execute(sql, args).fetchone()[0]


def make_address_book(path: Path, people: int, photos: int = 0) -> None:
    """People flagged for a yearly card, some with a photo; a card run with all of them."""
    rnd = random.Random(7)
    open_database(path)
    try:
        contacts.create_many([ContactData(
            given_name=f"Anna{n}", family_name="Müller" if n % 2 else "Weiß",
            yearly_card=True, tags=["Familie"],
            photo=rnd.randbytes(40_000) if n < photos else None,
            photo_mime="image/jpeg" if n < photos else "") for n in range(people)])
        recipients.new_run(2026, "Christmas", flagged=True)
    finally:
        close_database()


def assert_conversations_complete(path: Path) -> int:
    """Each conversation is there with both its links, its search text and the
    contacts' temperature inputs, or not at all; returns how many there are."""
    con = sqlite_healthy(path)
    try:
        subjects = [r[0] for r in con.execute("SELECT subject FROM interaction ORDER BY id")]
        assert one(con, "SELECT count(*) FROM interaction i WHERE (SELECT count(*) FROM "
                   "interaction_contact ic WHERE ic.interaction_id = i.id) != 2") == 0
    finally:
        con.close()
    # Each call committed before the next began: what is there is a prefix.
    assert subjects == [f"Anruf k{n}" for n in range(len(subjects))]
    open_database(path)
    try:
        ids = orders.ids_in_order()
        want = {cid: search_index._sharp_s(text)
                for cid, text in search_index.interaction_texts(ids).items()}
        assert dict(database.execute_sql(
            "SELECT rowid & 1073741823, text FROM talk_fts").fetchall()) == want
        stored = warmth_store.stored_inputs(ids)
        with database.atomic() as txn:
            warmth.recompute(ids)
            again = warmth_store.stored_inputs(ids)
            txn.rollback()
        for cid in ids:
            a, b = stored[cid], again[cid]
            assert (a.last_contact_at, a.last_two_way_at, a.prev_two_way_at) == \
                (b.last_contact_at, b.last_two_way_at, b.prev_two_way_at), cid
            assert (a.warmth_log is None) == (b.warmth_log is None), cid
            if a.warmth_log is not None:
                assert a.warmth_log == pytest.approx(b.warmth_log, abs=1e-6), cid
    finally:
        close_database()
    return len(subjects)


def test_kill_during_log_leaves_whole_conversations(tmp_path):
    path = tmp_path / "hearth.db"
    make_address_book(path, 6)
    rnd = random.Random(1)
    ids = ",".join(str(i) for i in range(1, 7))
    logged, killed = 0, 0
    for _ in range(KILLS):
        p = start(LOG_LOOP, path, ids, logged)
        killed += kill_after(p, rnd.uniform(0.05, 0.4))
        now = assert_conversations_complete(path)
        assert now >= logged
        logged = now
    assert killed == KILLS and logged > 0


def mark_state(path: Path) -> str:
    """"none" or "all" of the run's marks with their greeting-card conversations."""
    con = sqlite_healthy(path)
    try:
        statuses = dict(con.execute("SELECT status, count(*) FROM card_recipient "
                                    "GROUP BY status").fetchall())
        total = one(con, "SELECT count(*) FROM card_recipient")
        cards = one(con, "SELECT count(*) FROM interaction WHERE channel = 'greeting card'")
        links = one(con, "SELECT count(*) FROM interaction_contact")
        linked = one(con, "SELECT count(*) FROM card_recipient r JOIN interaction i "
                    "ON i.id = r.interaction_id")
        talk = one(con, "SELECT count(*) FROM talk_fts")
    finally:
        con.close()
    if statuses == {"planned": total}:
        assert (cards, links, linked, talk) == (0, 0, 0, 0)
        return "none"
    assert statuses == {"sent": total}, statuses
    assert cards == links == linked == talk == total
    return "all"


@pytest.fixture(scope="module")
def address_book(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("book") / "hearth.db"
    make_address_book(path, 600, photos=150)
    return path


def copy_of(book: Path, folder: Path) -> Path:
    folder.mkdir()
    shutil.copyfile(book, folder / "hearth.db")  # not open: copying is safe here
    return folder / "hearth.db"


def test_kill_during_cards_mark_marks_all_or_none(address_book, tmp_path):
    mark = ["cards", "mark", "1", "--sent", "--all", "--even-without-address"]
    full = copy_of(address_book, tmp_path / "full")
    work = finish(start(CLI, "--db", full, *mark))
    assert mark_state(full) == "all"
    rnd = random.Random(2)
    killed, seen = 0, set()
    for n in range(KILLS):
        path = copy_of(address_book, tmp_path / f"kill{n}")
        killed += kill_after(start(CLI, "--db", path, *mark), rnd.uniform(0, work))
        seen.add(mark_state(path))
    assert killed > 0 and seen <= {"none", "all"}


def backup_contents(con) -> tuple:
    return (one(con, "PRAGMA user_version"), one(con, "SELECT count(*) FROM contact"),
            one(con, "SELECT sum(length(data)) FROM photo"),
            one(con, "SELECT count(*) FROM card_recipient"))


def test_kill_during_backup_leaves_the_database_and_no_half_backup(address_book, tmp_path):
    live = copy_of(address_book, tmp_path / "live")
    con = sqlite_healthy(live)
    before = backup_contents(con)
    con.close()
    finish(start(CLI, "--db", live, "backup", "--to", tmp_path / "full.db"))
    rnd = random.Random(3)
    killed = 0
    for n in range(KILLS):
        # The copy of these 7 MB takes about 20 ms: kill within that time of its start.
        dest = tmp_path / f"backup{n}.db"
        killed += kill_once_written(start(CLI, "--db", live, "backup", "--to", dest),
                                    tmp_path, dest.name, rnd.uniform(0, 0.03))
        con = sqlite_healthy(live)
        assert backup_contents(con) == before
        con.close()
        if dest.exists():  # under its final name only when complete
            con = sqlite_healthy(dest)
            assert backup_contents(con) == before
            con.close()
    assert killed > 0


@pytest.fixture(scope="module")
def big_v3(tmp_path_factory) -> Path:
    """The version-3 fixture with 10,000 more contacts and conversations, written
    as version 3 stored them, so that migrating it takes a moment."""
    path = tmp_path_factory.mktemp("v3") / "hearth.db"
    shutil.copyfile(FIXTURES / "hearth-v3.db", path)
    con = sqlite3.connect(path)
    with con:
        first = one(con, "SELECT max(id) FROM contact") + 1
        stamp = "2025-03-01T10:00:00"
        con.executemany(
            "INSERT INTO contact(id, given_name, family_name, display_name, sort_key, uid, "
            "created_at, updated_at) VALUES (?, 'Lena', ?, ?, ?, ?, ?, ?)",
            [(first + n, f"Groß{n}", f"Lena Groß{n}", f"gross{n} lena",
              f"urn:uuid:bulk-{n}", stamp, stamp) for n in range(10_000)])
        talk = one(con, "SELECT coalesce(max(id), 0) FROM interaction") + 1
        con.executemany(
            "INSERT INTO interaction(id, channel, happened_at, subject, created_at, "
            "updated_at) VALUES (?, 'call', '2025-03-01T10:00', ?, ?, ?)",
            [(talk + n, f"Gespräch über Bücher {n}", stamp, stamp) for n in range(10_000)])
        con.executemany("INSERT INTO interaction_contact(interaction_id, contact_id) "
                        "VALUES (?, ?)", [(talk + n, first + n) for n in range(10_000)])
    con.close()
    return path


def schema_at(version: int, folder: Path) -> list[tuple]:
    """sqlite_master of the version-3 fixture migrated by today's steps to ``version``."""
    path = copy_of(FIXTURES / "hearth-v3.db", folder)
    db = open_database(path, migrate=False)
    try:
        migrations.migrate(db, path, target=version)
        return master(db.connection())
    finally:
        close_database()


def master(con) -> list[tuple]:
    return sorted(con.execute("SELECT type, name, tbl_name, coalesce(sql, '') "
                              "FROM sqlite_master").fetchall())


def test_kill_during_migration_leaves_one_whole_version(big_v3, tmp_path):
    con = sqlite3.connect(big_v3)
    contacts_before = one(con, "SELECT count(*) FROM contact")
    con.close()
    work = finish(start(OPEN, copy_of(big_v3, tmp_path / "full")))
    rnd = random.Random(4)
    killed, versions, schemas = 0, [], {}
    for n in range(KILLS):
        path = copy_of(big_v3, tmp_path / f"kill{n}")
        killed += kill_after(start(OPEN, path), rnd.uniform(0, work))
        con = sqlite_healthy(path)
        version = one(con, "PRAGMA user_version")
        found = master(con)
        con.close()
        assert 3 <= version <= migrations.LATEST
        if version not in schemas:
            schemas[version] = schema_at(version, tmp_path / f"schema{version}")
        assert found == schemas[version], f"a mix of schema versions at {version}"
        versions.append(version)
        db = open_database(path)  # and it opens afterwards, finishing the upgrade
        try:
            assert migrations.current_version(db) == migrations.LATEST
            assert database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert contacts.count() + contacts.count(trashed=True) == contacts_before
        finally:
            close_database()
    assert killed > 0
