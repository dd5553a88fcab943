"""An import commits in short chunks yet stays all-or-nothing: a failure, a
Cancel or a kill -9 leaves the address book as it was before the import."""
from __future__ import annotations

import dataclasses
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.bench.vcard import generate
from app.contacts import store as contacts
from app.contacts.model import ContactData, Email, Phone
from app.storage.connection import close_database, database, open_database
from app.storage.engine import is_postgres
from app.vcard import import_journal, importer
from app.vcard.reader import read_files

ROOT = Path(__file__).resolve().parents[2]


def _existing() -> list[int]:
    """Contacts the generated file's cards bench-0..2 update (one of them in the trash)."""
    ids = contacts.create_many([
        ContactData(given_name="Old", family_name=f"Name {i}", uid=f"bench-{i}",
                    phones=[Phone("+49 89 1234")], emails=[Email(f"old{i}@example.org")],
                    tags=["Stammkunde"], relationship="customer") for i in range(3)]
        + [ContactData(given_name="Untouched", family_name="Person")])
    contacts.trash([ids[2]])
    return ids


def _state():
    """Everything a user could notice: every contact, and what the search index holds."""
    ids = [r[0] for r in database.execute_sql("SELECT id FROM contact ORDER BY id")]
    fts = [r[0] for r in database.execute_sql(
        "SELECT rowid & 1073741823 FROM contact_fts ORDER BY 1")]
    tags = [r[0] for r in database.execute_sql("SELECT name FROM tag ORDER BY name")]
    # The version is not something a user sees: undoing an import is a write,
    # so it moves on (a window holding the imported copy must not save over it).
    people = [dataclasses.replace(c, version=0) for c in contacts.get_many(ids)]
    return people, fts, tags


def _healthy() -> None:
    if not is_postgres():  # the server looks after its own pages
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    ids = {r[0] for r in database.execute_sql("SELECT id FROM contact")}
    fts = {r[0] for r in database.execute_sql("SELECT rowid & 1073741823 FROM contact_fts")}
    assert fts == ids  # the search index matches the contacts, row for row
    assert import_journal.pending() == 0


def test_a_failure_half_way_undoes_the_whole_import(db, tmp_path):
    _existing()
    before = _state()
    path = tmp_path / "cards.vcf"
    generate(path, importer.CREATE_SLICE * 2 + 30)
    the_plan = importer.plan(read_files([path], workers=1))
    seen = []

    def progress(done, total):
        seen.append(done)
        if done > importer.CREATE_SLICE:  # a chunk or more committed already
            raise OSError(28, "No space left on device")
    with pytest.raises(OSError):
        importer.apply(the_plan, progress=progress)
    assert max(seen) > importer.CREATE_SLICE
    assert _state() == before
    _healthy()


def test_updates_and_restores_from_the_trash_are_undone_too(db, tmp_path):
    ids = _existing()
    before = _state()
    path = tmp_path / "cards.vcf"
    generate(path, 5)

    def cancelled():  # once the updates were written
        return database.execute_sql(
            "SELECT count(*) FROM import_undo WHERE before IS NOT NULL").fetchone()[0] > 0
    with pytest.raises(importer.Cancelled):
        importer.import_paths([path], workers=1, cancelled=cancelled)
    assert _state() == before
    assert contacts.get(ids[2]).trashed_at  # back in the trash
    _healthy()
    report = importer.import_paths([path], workers=1)  # and once more, for real
    assert (report.created, report.updated) == (2, 3)
    assert contacts.get(ids[0]).family_name != "Name 0"


def test_recover_undoes_a_dead_processs_import_but_not_a_running_ones(db):
    cid = contacts.create(ContactData(given_name="Half", family_name="Imported"))
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid, live_pid = int(gone.stdout), os.getppid()
    for pid in (dead_pid, live_pid):
        database.execute_sql(
            "INSERT INTO import_batch(started_at, host, pid) VALUES ('x', ?, ?)",
            (import_journal.socket.gethostname(), pid))
    dead = database.execute_sql("SELECT id FROM import_batch WHERE pid = ?",
                                (dead_pid,)).fetchone()[0]
    database.execute_sql("INSERT INTO import_undo(batch_id, contact_id) VALUES (?, ?)",
                         (dead, cid))
    assert import_journal.recover() == 1
    assert contacts.get_many([cid]) == []
    assert [r[2] for r in import_journal.store.batches()] == [live_pid]


def _journal_rows(path: Path) -> int:
    con = sqlite3.connect(str(path), timeout=10)
    try:
        return con.execute("SELECT count(*) FROM import_undo").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created yet
    finally:
        con.close()


def test_kill_minus_9_during_an_import_leaves_none_or_all_of_it(tmp_path):
    cards = tmp_path / "big.vcf"
    count = 1500
    generate(cards, count)
    rng = random.Random(9)
    outcomes = []
    for attempt in range(3):
        path = tmp_path / f"kill{attempt}.db"
        open_database(path)
        _existing()
        before = _state()
        close_database()
        proc = subprocess.Popen([sys.executable, "-m", "app", "--db", str(path), "import",
                                 str(cards)], cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 60
        # Wait until the import has committed a chunk or more, then kill at a random moment.
        while _journal_rows(path) == 0 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 0.6) * (attempt + 1) / 2)
        os.killpg(proc.pid, signal.SIGKILL)  # the import and its reading workers
        proc.wait()
        if attempt == 2:  # the next command starts undoing it and is killed in turn
            left = _journal_rows(path)
            undo = subprocess.Popen([sys.executable, "-m", "app", "--db", str(path),
                                     "contacts"], cwd=ROOT, stdout=subprocess.DEVNULL)
            while _journal_rows(path) == left and undo.poll() is None:
                time.sleep(0.01)
            undo.kill()
            undo.wait()
        open_database(path)
        try:
            import_journal.recover()
            _healthy()
            now = _state()
            if now == before:
                outcomes.append("none")
            else:
                outcomes.append("all")
                assert len(now[0]) == len(before[0]) + count - 3
        finally:
            close_database()
    assert "none" in outcomes  # at least one kill landed half-way and was undone


def test_an_edit_made_while_an_import_runs_survives_it(db, tmp_path):
    """The import plans its updates from the contacts as they were; a nickname and
    a note typed elsewhere meanwhile must still be there once it has stored them."""
    ids = _existing()
    path = tmp_path / "cards.vcf"
    generate(path, 5)
    the_plan = importer.plan(read_files([path], workers=1))
    edited = contacts.get(ids[0])
    edited.nickname, edited.notes = "Hansi", "Typed in the window during the import"
    contacts.update(edited)  # another window saves while the import is planned
    report = importer.apply(the_plan)
    assert report.updated == 3
    after = contacts.get(ids[0])
    assert after.nickname == "Hansi"
    assert "Typed in the window during the import" in after.notes  # both notes are kept
    assert after.family_name != "Name 0"  # and the card's own change arrived too
