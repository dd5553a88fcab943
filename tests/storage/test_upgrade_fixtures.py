"""Databases written by each earlier version's own code open in today's Hearth.

tests/storage/fixtures/hearth-v{N}.db were written once by the code of the
last commit of schema version N (see make_fixtures.py there; never regenerate
them with today's code). Each is copied, opened with open_database (which
backs it up and migrates it) and checked: the schema of a fresh database,
SQLite's own checks, every row the old code wrote, search, temperatures,
stamps and tags in today's form, and a second open that changes nothing.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from app.contacts import listing
from app.contacts import store as contacts
from app.conversations import temperature as t
from app.conversations import warmth, warmth_store
from app.core import clock
from app.storage import migrations, settings
from app.storage.connection import close_database, database, open_database
from app.storage.schema_steps import _STAMP_COLUMNS, _STAMP_GLOB

FIXTURES = Path(__file__).with_name("fixtures")
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
VERSIONS = sorted(int(v) for v in EXPECTED)


def master(db) -> list[tuple]:
    return sorted(db.execute_sql(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master").fetchall())


def count(sql: str) -> int:
    return database.execute_sql(sql).fetchone()[0]


@pytest.fixture(scope="module")
def fresh_schema(tmp_path_factory) -> list[tuple]:
    db = open_database(tmp_path_factory.mktemp("fresh") / "fresh.db")
    try:
        return master(db)
    finally:
        close_database()


@pytest.fixture(params=VERSIONS, ids=lambda v: f"v{v}")
def upgraded(request, tmp_path):
    """(version, expected counts, path, files the upgrade added) of a fixture just opened."""
    version = request.param
    path = tmp_path / "hearth.db"
    shutil.copyfile(FIXTURES / f"hearth-v{version}.db", path)
    before = set(tmp_path.rglob("*"))
    open_database(path)
    added = set(tmp_path.rglob("*")) - before
    yield version, EXPECTED[str(version)], path, added
    close_database()


def test_the_committed_fixtures_are_small_and_at_their_version():
    assert VERSIONS == list(range(1, len(VERSIONS) + 1)) and len(VERSIONS) >= 9
    for v in VERSIONS:
        f = FIXTURES / f"hearth-v{v}.db"
        assert f.stat().st_size < 300_000
        con = sqlite3.connect(f"file:{f}?mode=ro", uri=True)
        try:
            assert con.execute("PRAGMA user_version").fetchone()[0] == v
        finally:
            con.close()


def test_upgrade_gives_the_fresh_schema_and_a_healthy_file(upgraded, fresh_schema):
    version, _, _, _ = upgraded
    assert migrations.current_version(database.obj) == migrations.LATEST
    assert master(database.obj) == fresh_schema
    assert database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_upgrade_keeps_every_row(upgraded):
    version, want, _, _ = upgraded
    assert count("SELECT count(*) FROM contact WHERE trashed_at IS NULL") == want["contacts_live"]
    assert contacts.count() == want["contacts_live"]
    assert contacts.count(trashed=True) == want["contacts_trashed"]
    for table, key in [("phone", "phones"), ("email", "emails"), ("address", "addresses"),
                       ("photo", "photos"), ("interaction", "conversations"),
                       ("interaction_contact", "conversation_links"), ("card_run", "card_runs"),
                       ("card_household", "card_households"),
                       ("card_recipient", "card_recipients"),
                       ("card_received", "cards_received")]:
        assert count(f"SELECT count(*) FROM {table}") == want[key], table
    assert count("SELECT count(*) FROM interaction WHERE trashed_at IS NULL") == \
        want["conversations_live"]
    statuses = dict(database.execute_sql(
        "SELECT status, count(*) FROM card_recipient GROUP BY status").fetchall())
    assert statuses == want["card_statuses"]
    for key, value in want["settings"].items():
        assert settings.get(key) == value, key
    photo = database.execute_sql("SELECT mime, data FROM photo").fetchone()
    assert photo[0] == "image/png" and photo[1].startswith(b"\x89PNG")


def test_upgrade_finds_people_by_folded_name_and_phone_digits(upgraded):
    _, want, _, _ = upgraded
    for text, uid in want["known"].items():
        assert contacts.find_by_uid(uid) in listing.find_ids(text), text
    names = {contacts.get(contacts.find_by_uid(uid)).family_name for uid in want["known"].values()}
    assert {"Müller", "Weiß", "Ångström"} <= names


def test_upgrade_gives_every_live_contact_a_temperature_from_its_conversations(upgraded):
    _, want, _, _ = upgraded
    ids = listing.ordered_ids()
    assert len(ids) == want["contacts_live"]
    temps = warmth.temperatures(ids, clock.local_now())
    assert set(temps) == set(ids) and {x.band for x in temps.values()} <= set(t.BANDS)
    # The stored inputs agree with the conversations they are computed from.
    stored = warmth_store.stored_inputs(ids)
    with database.atomic() as txn:
        warmth.recompute(ids)
        again = warmth_store.stored_inputs(ids)
        txn.rollback()
    for cid in ids:
        a, b = stored[cid], again[cid]
        assert (a.last_contact_at, a.last_channel, a.last_two_way_at, a.prev_two_way_at) == \
            (b.last_contact_at, b.last_channel, b.last_two_way_at, b.prev_two_way_at), cid
        for log in ("warmth_log", "touch_log"):  # touch_log: greeting cards counted too
            upgraded_log, recomputed_log = getattr(a, log), getattr(b, log)
            assert (upgraded_log is None) == (recomputed_log is None), (cid, log)
            if upgraded_log is not None:
                assert upgraded_log == pytest.approx(recomputed_log, abs=1e-6), (cid, log)
    if want["conversations_live"]:
        assert sum(1 for cid in ids if stored[cid].warmth_log is not None) > 3


def test_upgrade_leaves_every_audit_stamp_in_utc(upgraded):
    for table, column in _STAMP_COLUMNS:
        odd = database.execute_sql(
            f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL "
            f"AND {column} NOT GLOB '{_STAMP_GLOB}'").fetchall()
        assert odd == [], (table, column)
    # Read back as the moments they were: in the past, not hours in the future.
    newest = database.execute_sql("SELECT max(created_at) FROM contact").fetchone()[0]
    assert clock.parse_stamp(newest) <= clock.utc_now()


def test_upgrade_merges_tags_that_differ_only_in_case(upgraded):
    _, want, _, _ = upgraded
    names = [r[0] for r in database.execute_sql("SELECT name FROM tag")]
    folded = [unicodedata.normalize("NFC", n.strip()).casefold() for n in names]
    assert len(folded) == len(set(folded)) == want["tag_keys"]
    assert count("SELECT count(*) FROM contact_tag") == want["tag_links_folded"]
    apples = contacts.tagged_ids("äpfel")
    for uid in want["known"].values():
        c = contacts.get(contacts.find_by_uid(uid))
        assert (contacts.find_by_uid(uid) in apples) == any(
            tag.casefold() == "äpfel" for tag in c.tags)
    assert {contacts.find_by_uid(want["known"][k]) for k in ("muller", "weiss", "angstrom")} \
        <= apples


def test_upgrade_backs_up_first_and_a_second_open_changes_nothing(upgraded):
    version, want, path, added = upgraded
    # Other files (not the database's own) that are SQLite files: the backups.
    backups = [p for p in added if p.is_file() and not p.name.startswith(path.name)
               and p.read_bytes()[:16] == b"SQLite format 3\x00"]
    if version < migrations.LATEST:
        assert len(backups) == 1, added
        con = sqlite3.connect(f"file:{backups[0]}?mode=ro", uri=True)
        try:
            assert con.execute("PRAGMA user_version").fetchone()[0] == version
            assert con.execute("SELECT count(*) FROM contact WHERE trashed_at IS NULL"
                               ).fetchone()[0] == want["contacts_live"]
        finally:
            con.close()
    else:
        assert backups == []
    schema = master(database.obj)
    close_database()
    folder = set(path.parent.rglob("*"))
    db = open_database(path)
    assert migrations.current_version(db) == migrations.LATEST
    assert master(db) == schema
    assert count("SELECT total_changes()") == 0
    assert {p for p in path.parent.rglob("*") if not p.name.startswith(path.name)} == \
        {p for p in folder if not p.name.startswith(path.name)}  # no second backup


def test_upgrade_starts_every_contact_at_version_one(upgraded):
    """Saves compare versions: an upgraded contact must be savable from the window."""
    assert count("SELECT count(*) FROM contact") > 0
    assert count("SELECT count(*) FROM contact WHERE version IS NOT 1") == 0
    some = count("SELECT min(id) FROM contact WHERE trashed_at IS NULL")
    assert contacts.get(some).version == 1
