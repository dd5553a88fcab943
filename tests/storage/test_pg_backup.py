"""On PostgreSQL: `hearth backup` is a pg_dump that pg_restore brings back,
`hearth check` says what it found, and a server that cannot be reached or a
lost connection is one sentence naming the database, never its password."""
from __future__ import annotations

import subprocess

import pytest

from app.cli import main as cli
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.core.problems import describe
from app.storage import migrations, pg_backup
from app.storage.connection import close_database, database, open_database
from app.storage.errors import PG_CONNECTION_LOST, DatabaseProblem, explain


def run(*args: str) -> int:
    try:
        return cli.main(list(args))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1


@pytest.fixture
def office(pg_server):
    """A Hearth database on the throwaway server with two contacts in it."""
    url = pg_server.fresh_database()
    open_database(url)
    contacts.create_many([ContactData(given_name="Anna", family_name="Berg"),
                          ContactData(given_name="Ben", family_name="Alt")])
    close_database()
    yield url
    close_database()
    pg_server.drop(url)


def test_backup_writes_a_dump_that_pg_restore_brings_back(office, pg_server, tmp_path, capsys):
    dest = tmp_path / "office.dump"
    assert run("--db", office, "backup", "--to", str(dest)) == 0
    assert capsys.readouterr().out.strip() == str(dest)
    assert dest.read_bytes()[:5] == b"PGDMP" and not list(tmp_path.glob("*.part"))
    copy = pg_server.fresh_database(empty=True)
    try:
        restore = pg_backup.find_pg_dump().with_name("pg_restore")
        subprocess.run([str(restore), "--no-owner", f"--dbname={copy}", str(dest)], check=True,
                       capture_output=True)
        open_database(copy)
        assert [r[0] for r in database.execute_sql(
            "SELECT given_name FROM contact ORDER BY given_name")] == ["Anna", "Ben"]
    finally:
        close_database()
        pg_server.drop(copy)


def test_restore_on_postgresql_points_to_pg_restore(office, tmp_path, capsys):
    assert run("--db", office, "restore", str(tmp_path / "x.dump"), "--yes") == 2
    err = capsys.readouterr().err
    assert "pg_restore" in err and office in err and len(err.strip().splitlines()) == 1


def test_check_names_the_server_schema_and_counts(office, capsys):
    assert run("--db", office, "check") == 0
    out = capsys.readouterr().out
    assert f"schema {migrations.LATEST}, 2 contact(s), 0 conversation(s)" in out
    assert "no problems found" in out
    # A conversation of nobody is found, and repaired after a dump.
    open_database(office)
    database.execute_sql("INSERT INTO interaction(channel, happened_at, created_at, updated_at) "
                         "VALUES ('call', '2026-01-01T10:00:00', '2026-01-01T09:00:00+00:00', "
                         "'2026-01-01T09:00:00+00:00')")
    close_database()
    assert run("--db", office, "check") == 1
    assert "1 conversation(s) belong to no contact" in capsys.readouterr().out


def test_a_server_that_is_not_there_is_one_sentence_without_the_password(capsys):
    url = "postgresql://hearth:s3cret@127.0.0.1:1/office"
    assert run("--db", url, "check") == 1
    err = capsys.readouterr().err
    assert "s3cret" not in err and "Traceback" not in err
    assert "postgresql://hearth@127.0.0.1:1/office" in err
    assert "cannot be reached" in err and len(err.strip().splitlines()) == 1


def test_a_database_that_does_not_exist_is_named(pg_server, capsys):
    url = pg_server.url("no_such_office")
    assert run("--db", url, "check") == 1
    err = capsys.readouterr().err
    assert url in err and "no_such_office" in err and "Traceback" not in err


def test_a_lost_connection_is_one_sentence_naming_the_database(office, pg_server):
    """Lost in the middle of a transaction (which cannot be retried), the error
    is one sentence naming the database; the next statement reconnects."""
    open_database(office)
    before = contacts.count()
    with pytest.raises(Exception) as caught:
        with database.atomic():
            pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
            admin = pg_server.connect("postgres")
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            admin.close()
            contacts.count()
    problem = explain(caught.value, "the address book")
    assert problem.code == PG_CONNECTION_LOST
    assert office in describe(problem) and "lost" in describe(problem)
    assert contacts.count() == before  # a new connection, no error for the user


def test_before_emptying_the_trash_a_dump_is_taken_or_the_reason_given(office, tmp_path,
                                                                       monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    open_database(office)
    dest = pg_backup.before_risky_step()
    assert dest.parent == tmp_path / "Hearth" / "backups" and dest.read_bytes()[:5] == b"PGDMP"
    monkeypatch.setattr(pg_backup, "find_pg_dump", lambda: None)
    with pytest.raises(DatabaseProblem) as caught:
        pg_backup.before_risky_step()
    assert "pg_dump was not found" in describe(caught.value) and office in describe(caught.value)
