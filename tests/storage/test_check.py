"""`hearth check` finds what is wrong with a file and `--repair` mends it."""
from __future__ import annotations

import sqlite3

import pytest

from app.cli import main as cli
from app.contacts import store as contacts
from app.storage import check
from app.storage.connection import close_database, open_database
from tests.damaged_files import damaged_database, file_hash, sound_database


def run(capsys, db, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    status = cli.main(["--db", str(db), *args])
    out = capsys.readouterr()
    return status, out.out + out.err


#: A search row's rowid is its contact's list key, whose low bits are the id.
_ID = "rowid & 1073741823"
PLANTED = {
    check.SEARCH_MISSING: f"DELETE FROM contact_fts WHERE {_ID} = 3",
    check.SEARCH_STALE: f"UPDATE contact_fts SET name = 'Somebody Else' WHERE {_ID} = 4",
    check.SEARCH_EXTRA: "INSERT INTO contact_fts(rowid, name) VALUES (9999, 'Ghost')",
    check.TALK_STALE: f"DELETE FROM talk_fts WHERE {_ID} = 1",
    check.SEARCH_ORDER: "UPDATE contact SET sort_key = 'zzz' WHERE id = 2",
    check.ORPHANS: "INSERT INTO phone(contact_id, number) VALUES (9999, '+49 30 1')",
    check.LONELY_TALKS: "INSERT INTO interaction(channel, happened_at, created_at, updated_at) "
                        "VALUES ('call', '2026-01-01T10:00:00', 'x', 'x')",
    check.TEMPERATURE_STALE: "UPDATE contact SET warmth_log = 42.0 WHERE id = 5",
}


def plant(db, *statements: str) -> None:
    conn = sqlite3.connect(db)  # foreign keys off, as another program would write
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_a_healthy_database_passes(tmp_path, capsys):
    db = sound_database(tmp_path / "hearth.db", people=12)
    status, out = run(capsys, db, "check")
    assert status == 0 and "no problems found" in out


@pytest.mark.parametrize("code", sorted(PLANTED))
def test_check_finds_each_planted_inconsistency_and_repair_mends_it(tmp_path, capsys, code):
    db = sound_database(tmp_path / "hearth.db", people=12)
    plant(db, PLANTED[code])
    status, out = run(capsys, db, "check")
    assert status == 1
    open_database(db)
    try:
        assert [f.code for f in check.run_checks()] == [code]
    finally:
        close_database()
    status, out = run(capsys, db, "check", "--repair")
    assert status == 0, out
    assert "Backed up to" in out
    assert run(capsys, db, "check")[0] == 0
    open_database(db)
    try:
        assert contacts.count() == 12  # nothing of the user's was lost
    finally:
        close_database()


def test_card_recipients_of_a_missing_contact_are_found(tmp_path, capsys):
    db = sound_database(tmp_path / "hearth.db", people=4)
    plant(db, "INSERT INTO card_run(id, year, occasion, created_at) VALUES (1, 2026, 'xmas', 'x')",
          "INSERT INTO card_recipient(run_id, contact_id, added_at) VALUES (1, 777, 'x')")
    status, out = run(capsys, db, "check")
    assert status == 1 and "card_recipient" in out and "contact" in out


def test_repair_recovers_a_damaged_file_into_a_new_one_and_keeps_the_original(tmp_path, capsys):
    db = damaged_database(tmp_path, "table")
    before = file_hash(db)
    status, out = run(capsys, db, "check")
    assert status == 1 and "SQLite finds the file damaged" in out
    assert file_hash(db) == before
    status, out = run(capsys, db, "check", "--repair")
    assert status == 0, out
    kept = sorted(tmp_path.glob("hearth-damaged-*.db"))
    assert len(kept) == 1 and str(kept[0]) in out
    assert file_hash(kept[0]) == before  # the original, untouched, beside the new file
    assert run(capsys, db, "check")[0] == 0
    open_database(db)
    try:
        assert 90 < contacts.count() < 120  # the rows on the broken page are gone, no more
    finally:
        close_database()
