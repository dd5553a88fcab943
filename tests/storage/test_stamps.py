"""Every stored time has one format per column: audit stamps UTC, conversations local."""
from __future__ import annotations

import datetime as dt
import time

import pytest

from app.cards import recipients as cards
from app.cards.runs import PRINTED, SENT
from app.contacts import store as contacts
from app.contacts.model import ContactData, PostalAddress
from app.conversations import store as interactions
from app.conversations import warmth
from app.core import clock
from app.storage import migrations, schema_steps, settings
from app.storage.connection import close_database, database, open_database
from app.vcard import importer

#: Columns holding a local wall-clock time (app.core.clock.LocalTime), not a stamp.
LOCAL_COLUMNS = {("interaction", "happened_at"), ("contact", "last_contact_at"),
                 ("contact", "last_two_way_at"), ("contact", "prev_two_way_at")}

CARD = """BEGIN:VCARD\r
VERSION:3.0\r
FN:Carla Vogel\r
N:Vogel;Carla;;;\r
UID:urn:uuid:carla\r
REV:20250102T030405Z\r
END:VCARD\r
"""


@pytest.fixture
def berlin(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _time_columns() -> list[tuple[str, str]]:
    """(table, column) of every column that stores a time: *_at and since."""
    from app.storage.engine import is_postgres

    if is_postgres():
        return [tuple(r) for r in database.execute_sql(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name NOT LIKE '%fts%' "
            "AND (column_name LIKE '%\\_at' OR column_name = 'since')")]
    out = []
    for (table,) in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
            "AND name NOT LIKE 'sqlite_%'"):
        for row in database.execute_sql(f"PRAGMA table_info({table})"):
            if row[1].endswith("_at") or row[1] == "since":
                out.append((table, row[1]))
    return out


def _workload(tmp_path) -> None:
    wall = dt.datetime(2026, 11, 25, 9, 30)  # a Berlin wall clock
    home = PostalAddress(street="Weg 1", postal_code="10115", city="Berlin", country="DE")
    anna = contacts.create(ContactData(given_name="Anna", family_name="Müller", tags=["Kunde"],
                                       addresses=[home]), now=wall)
    ben, cleo = contacts.create_many([ContactData(given_name="Ben", no_cards=True),
                                      ContactData(given_name="Cleo", yearly_card=True)])
    c = contacts.get(anna)
    c.notes = "likes tea"
    contacts.update(c)
    contacts.update(contacts.get(ben), now=wall)
    contacts.trash([cleo], now=wall)
    contacts.restore([cleo])
    contacts.trash([cleo])
    call = interactions.Interaction("call", [anna], dt.datetime(2026, 11, 20, 15))
    first = interactions.log(call, now=wall)
    second = interactions.log(interactions.Interaction(
        "meeting", [anna, ben], interactions.parse_when("2026-11-24T10:00:00Z"),
        follow_up=dt.date(2026, 12, 1)), now=wall)
    interactions.set_follow_up(second, done=True)
    i = interactions.get(first)
    i.subject = "Offer"
    interactions.update(i, now=wall)
    interactions.trash([first], now=wall)
    run, _ = cards.new_run(2026, "Christmas", flagged=True, now=wall)
    cards.add_recipients(run, [anna, ben])
    cards.mark(run, [anna], PRINTED)
    cards.mark(run, [anna], SENT, now=wall)
    cards.mark_received(run, [ben])
    cards.set_no_cards([anna], now=wall)
    settings.put("phone_region", "AT")
    warmth.set_tag_cadence("Kunde", 30)
    path = tmp_path / "carla.vcf"
    path.write_text(CARD, encoding="utf-8")
    importer.import_paths([path], workers=1, now=wall)


def test_every_stored_time_column_has_one_format(db, tmp_path, berlin):
    _workload(tmp_path)
    columns = _time_columns()
    assert {("contact", "created_at"), ("card_opt_out", "since"),
            ("card_received", "received_at")} <= set(columns)
    seen = 0
    for table, column in columns:
        pattern = clock.LOCAL_PATTERN if (table, column) in LOCAL_COLUMNS else clock.STAMP_PATTERN
        values = [r[0] for r in database.execute_sql(
            f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")]
        bad = [v for v in values if not isinstance(v, str) or not pattern.fullmatch(v)]
        assert bad == [], f"{table}.{column}"
        seen += len(values)
    assert seen > 20
    # The wall-clock 09:30 in Berlin is 08:30 UTC; the card's REV is kept as UTC.
    created = database.execute_sql("SELECT created_at FROM contact WHERE given_name = 'Anna'")
    assert created.fetchone()[0] == "2026-11-25T08:30:00+00:00"
    carla = database.execute_sql("SELECT updated_at FROM contact WHERE given_name = 'Carla'")
    assert carla.fetchone()[0] == "2025-01-02T03:04:05+00:00"
    # A conversation logged with an aware time lands on the local wall clock.
    assert database.execute_sql("SELECT happened_at FROM interaction WHERE channel = 'meeting'"
                                ).fetchone()[0] == "2026-11-24T11:00:00"


@pytest.mark.sqlite_only  # no PostgreSQL database predates this step
def test_the_migration_turns_older_stamps_into_utc(db_path, berlin):
    step = schema_steps.STEPS.index(schema_steps._v_utc_stamps)
    open_database(db_path, migrate=False)
    try:
        migrations.migrate(database.obj, db_path, target=step)
        rows = [
            # naive local (from now_iso(now)), UTC with offset, another offset, unreadable
            (1, "2025-01-15T13:00:00", "2025-07-15T13:00:00", None),
            (2, "2025-01-15T12:00:00+00:00", "2025-01-15T12:00:00.250000+00:00",
             "2025-01-16T08:00:00+01:00"),
            (3, "2026-01-01", "x", "2025-03-30T02:30:00Z"),
        ]
        for cid, created, updated, trashed in rows:
            database.execute_sql(
                "INSERT INTO contact(id, uid, given_name, created_at, updated_at, trashed_at) "
                "VALUES (?, ?, 'Anna', ?, ?, ?)", (cid, f"u{cid}", created, updated, trashed))
        database.execute_sql("INSERT INTO interaction(id, channel, happened_at, created_at, "
                             "updated_at) VALUES (1, 'call', '2025-01-15T13:00:00', "
                             "'2025-01-15T13:00:00', '2025-01-15T12:00:00+00:00')")
        database.execute_sql("INSERT INTO card_run(id, year, occasion, created_at) "
                             "VALUES (1, 2025, 'Christmas', '2025-12-01T09:00:00')")
        database.execute_sql("INSERT INTO card_recipient(run_id, contact_id, status, status_at, "
                             "added_at) VALUES (1, 1, 'sent', '2025-12-10T18:00:00', "
                             "'2025-12-01T09:00:00')")
        database.execute_sql("INSERT INTO card_received(run_id, contact_id, received_at) "
                             "VALUES (1, 2, '2025-12-20T10:00:00')")
        database.execute_sql("INSERT INTO card_opt_out(contact_id, since) "
                             "VALUES (3, '2025-06-01T12:00:00+00:00')")
        migrations.migrate(database.obj, db_path)
        got = database.execute_sql(
            "SELECT created_at, updated_at, trashed_at FROM contact ORDER BY id").fetchall()
        assert got == [
            ("2025-01-15T12:00:00+00:00", "2025-07-15T11:00:00+00:00", None),
            ("2025-01-15T12:00:00+00:00", "2025-01-15T12:00:00+00:00",
             "2025-01-16T07:00:00+00:00"),
            ("2025-12-31T23:00:00+00:00", "x", "2025-03-30T02:30:00+00:00"),
        ]
        assert database.execute_sql(
            "SELECT happened_at, created_at, updated_at FROM interaction").fetchone() == (
            "2025-01-15T13:00:00", "2025-01-15T12:00:00+00:00", "2025-01-15T12:00:00+00:00")
        assert database.execute_sql("SELECT created_at FROM card_run").fetchone()[0] \
            == "2025-12-01T08:00:00+00:00"
        assert database.execute_sql("SELECT status_at, added_at FROM card_recipient"
                                    ).fetchone() == ("2025-12-10T17:00:00+00:00",
                                                     "2025-12-01T08:00:00+00:00")
        assert database.execute_sql("SELECT received_at FROM card_received").fetchone()[0] \
            == "2025-12-20T09:00:00+00:00"
        assert database.execute_sql("SELECT since FROM card_opt_out").fetchone()[0] \
            == "2025-06-01T12:00:00+00:00"
    finally:
        close_database()
