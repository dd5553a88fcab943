"""`hearth privacy export|erase` as a user runs them."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from app.cli import main as cli
from app.contacts import store as contacts
from app.contacts.model import ContactData, Email
from app.storage import backup
from app.storage.connection import close_database, open_database
from tests.conftest import ROOT
from tests.privacy import people
from tests.privacy.test_erase import scan


def run(*args: str) -> int:
    try:
        return cli.main(list(args))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1


def _book(db_path, *, with_backup=False):
    db = open_database(db_path)
    try:
        book = people.build()
        contacts.create(ContactData(given_name="Zebulon", family_name="Other",
                                    emails=[Email("zo@other.example")]))
        if with_backup:
            backup.backup_now(db, db_path, dt.datetime(2026, 11, 24, 8, 0))
        return book
    finally:
        close_database()


def test_export_by_exact_email_writes_the_folder(db_path, tmp_path, capsys):
    _book(db_path)
    out = tmp_path / "request"
    assert run("--db", str(db_path), "privacy", "export", people.EMAIL.upper(),
               "--out", str(out)) == 0
    data = json.loads((out / "personal-data.json").read_text(encoding="utf-8"))
    assert data["contact"]["family_name"] == people.NAME
    assert str(out / "personal-data.pdf") in capsys.readouterr().out


def test_an_ambiguous_reference_lists_the_candidates_and_erases_nothing(db_path, capsys):
    _book(db_path)
    assert run("--db", str(db_path), "privacy", "erase", "Zebulon", "--yes") == 2
    err = capsys.readouterr().err
    assert "matches 3 contacts" in err  # Anna too: she talked with him
    assert "Dr. Zebulon Quaxworth" in err and "Zebulon Other" in err
    assert scan(db_path) >= {people.NAME}


def _hearth(db_path, *args, answers=""):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app", "--db", str(db_path), "privacy",
                           "erase", *args], input=answers, capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60)


@pytest.mark.sqlite_only  # backup files of a SQLite database
def test_erase_asks_names_what_goes_and_offers_the_backups(db_path):
    _book(db_path, with_backup=True)
    [held] = backup.all_backups(db_path)

    said_no = _hearth(db_path, people.EMAIL, answers="no\n")
    assert said_no.returncode == 1 and "Nothing was erased" in said_no.stdout
    assert "conversations only with them: 2" in said_no.stdout
    assert "greeting-card entries: 1, cards received from them: 1" in said_no.stdout
    assert "backups that hold them: 1" in said_no.stdout and str(held.path) in said_no.stdout

    done = _hearth(db_path, people.EMAIL, answers="yes\nyes\n")
    assert done.returncode == 0, done.stderr
    assert "Erased from 1 of 1 backups" in done.stdout
    assert scan(db_path) == set() and scan(held.path) == set()


def test_erase_says_what_became_of_the_backups(db_path, engine, capsys):
    _book(db_path)
    assert run("--db", str(db_path), "privacy", "erase", people.EMAIL, "--yes") == 0
    out = capsys.readouterr().out
    assert "Erased; erasure log id" in out
    # A server database has no backup files of Hearth's: the user is told, not left guessing.
    assert ("Hearth keeps no backup files of a database on a server" in out) == (
        engine == "postgresql")
    assert scan(db_path) == set()
