"""A damaged file is never written to: commands that write refuse with one
sentence, commands that read say what is wrong instead of a traceback."""
from __future__ import annotations

import subprocess
import sys

import pytest

from app.storage import health
from app.storage.connection import close_database, database, open_database
from tests.conftest import ROOT
from tests.damaged_files import KINDS, damaged_database, file_hash, sound_database


def hearth(db, *args: str) -> subprocess.CompletedProcess:
    """A command in a process of its own, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "app", "--db", str(db), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def run(capsys, db, *args: str) -> tuple[int, str]:
    """A command in this process (faster); no connection stays open after it."""
    from app.cli import main as cli

    capsys.readouterr()
    status = cli.main(["--db", str(db), *args])
    return status, capsys.readouterr().err


@pytest.mark.parametrize("kind", KINDS)
def test_commands_that_write_refuse_a_damaged_file_and_leave_it_unchanged(tmp_path, kind,
                                                                        capsys):
    db = damaged_database(tmp_path, kind)
    before = file_hash(db)
    vcf = tmp_path / "new.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Neu Person\r\nN:Person;Neu;;;\r\n"
                   "END:VCARD\r\n", encoding="utf-8")
    for args in (["log", "1", "--channel", "call"], ["import", str(vcf)],
                 ["demo", "--contacts", "3"], ["backup"]):
        status, err = run(capsys, db, *args)
        assert status == 1, (args, err)
        assert "damaged" in err and str(db) in err
        assert len(err.strip().splitlines()) == 1, err  # one sentence
    assert file_hash(db) == before
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


@pytest.mark.parametrize("kind", KINDS)
def test_commands_that_read_answer_or_say_the_file_is_damaged(tmp_path, kind, capsys):
    db = damaged_database(tmp_path, kind)
    before = file_hash(db)
    for args in (["contacts"], ["contacts", "--search", "anna1"], ["today"]):
        status, err = run(capsys, db, *args)
        if status:
            assert status == 1
            assert "is damaged" in err and len(err.strip().splitlines()) == 1
    assert file_hash(db) == before


def test_a_real_process_gives_one_sentence_not_a_traceback(tmp_path):
    db = damaged_database(tmp_path, "table")
    before = file_hash(db)
    for args in (["contacts"], ["log", "1", "--channel", "call"]):
        done = hearth(db, *args)
        assert done.returncode == 1
        assert done.stderr.count("\n") == 1 and "is damaged" in done.stderr
    assert file_hash(db) == before


def test_a_sound_file_is_written_after_the_check(tmp_path, capsys):
    db = sound_database(tmp_path / "hearth.db", people=3)
    before = file_hash(db)
    assert run(capsys, db, "log", "1", "--channel", "call")[0] == 0
    assert file_hash(db) != before


def test_writes_wait_for_the_verdict_and_a_damaged_file_becomes_read_only(tmp_path):
    from app.contacts import store as contacts
    from app.contacts.model import ContactData

    db = damaged_database(tmp_path, "index")
    open_database(db)
    try:
        assert health.current.state == health.UNKNOWN  # opening did not need the check
        with pytest.raises(health.DatabaseProblem) as found:
            contacts.create(ContactData(family_name="Neu"))
        assert found.value.code == health.DB_DAMAGED_READ_ONLY
        assert health.current.findings
        # Even a write that bypassed the gate fails inside SQLite.
        assert database.execute_sql("PRAGMA query_only").fetchone()[0] == 1
    finally:
        close_database()
