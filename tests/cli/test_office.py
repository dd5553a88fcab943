"""An office's PostgreSQL from the command line: `hearth server-setup`,
`hearth copy` both ways, and the password a server asks for."""
from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main as cli
from app.contacts import store as contacts
from app.storage.connection import close_database, open_database

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> int:
    try:
        return cli.main(list(args))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1


def demo_book(path: Path, n: int = 12) -> None:
    from app.demo import contacts as demo

    open_database(path)
    try:
        demo.fill(n, seed=2)
    finally:
        close_database()


def test_server_setup_sets_up_an_empty_database_and_then_says_it_is_ready(pg_server, capsys):
    url = pg_server.fresh_database(empty=True)
    try:
        assert run("server-setup", url) == 0
        out = capsys.readouterr().out
        assert "Set up Hearth's tables" in out and "pg_trgm" in out
        assert run("server-setup", url) == 0
        assert "is ready" in capsys.readouterr().out
        with pg_server.connect(url.rsplit("/", 1)[1]) as conn:
            assert conn.execute("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'"
                                ).fetchone()[0] == 1
    finally:
        pg_server.drop(url)


def test_server_setup_refuses_another_programs_tables_and_what_is_not_a_url(pg_server,
                                                                            capsys):
    url = pg_server.fresh_database(empty=True)
    try:
        with pg_server.connect(url.rsplit("/", 1)[1]) as conn:
            conn.execute("CREATE TABLE invoices (no int)")
        assert run("server-setup", url) == 1
        err = capsys.readouterr().err.strip()
        assert "holds tables of another program" in err and len(err.splitlines()) == 1
        with pg_server.connect(url.rsplit("/", 1)[1]) as conn:
            assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                                ).fetchone()[0] == 1
    finally:
        pg_server.drop(url)
    assert run("server-setup", "office.db") == 2
    assert "is not a PostgreSQL address" in capsys.readouterr().err


def test_copy_to_the_server_and_back_prints_counts_and_the_checksum(tmp_path, pg_server,
                                                                    capsys):
    laptop = tmp_path / "laptop.db"
    demo_book(laptop)
    url = pg_server.fresh_database()
    try:
        assert run("--db", str(laptop), "copy", "--to", url) == 0
        there = capsys.readouterr().out
        assert "Copied 12 contacts" in there and "contact: 12 rows" in there
        checksum = there.split()[-1]
        assert len(checksum) == 64

        assert run("copy", "--from", str(laptop), "--to", url) == 1
        err = capsys.readouterr().err.strip()
        assert "already holds an address book" in err and len(err.splitlines()) == 1

        home = tmp_path / "home.db"
        assert run("copy", "--from", url, "--to", str(home)) == 0
        assert capsys.readouterr().out.split()[-1] == checksum
        open_database(home)
        assert contacts.count() == 12
    finally:
        close_database()
        pg_server.drop(url)


@pytest.fixture
def password_user(pg_server):
    """A role the server asks a password of (scram), with a database of its own."""
    hba = pg_server.data / "pg_hba.conf"
    rule = "host all hearth_pw 127.0.0.1/32 scram-sha-256\n"
    text = hba.read_text()
    if rule not in text:
        hba.write_text(rule + text)
        pg_server.admin.execute("SELECT pg_reload_conf()")
    pg_server.admin.execute("DROP ROLE IF EXISTS hearth_pw")
    pg_server.admin.execute("CREATE ROLE hearth_pw LOGIN PASSWORD 'sesame'")
    url = pg_server.fresh_database(empty=True)
    name = url.rsplit("/", 1)[1]
    pg_server.admin.execute(f"ALTER DATABASE {name} OWNER TO hearth_pw")
    yield pg_server.url(name, user="hearth_pw")
    pg_server.drop(url)
    pg_server.admin.execute("DROP ROLE hearth_pw")


def _env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(HOME=str(tmp_path), PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(tmp_path))
    return env


def test_without_a_terminal_a_missing_password_is_one_sentence(password_user, tmp_path):
    for args in (["--db", password_user, "today"], ["server-setup", password_user]):
        done = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT,
                              env=_env(tmp_path), stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 1
        assert done.stderr.count("\n") == 1 and "asks for a password" in done.stderr
        assert "Traceback" not in done.stderr


def test_at_a_terminal_the_password_is_asked_and_not_kept(password_user, tmp_path):
    command = shlex.join([sys.executable, "-m", "app", "server-setup", password_user])
    proc = subprocess.Popen(["script", "-qec", command, "/dev/null"], cwd=ROOT,
                            env=_env(tmp_path), stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        seen = b""
        while b"Password for" not in seen:  # typed once asked: getpass flushes earlier input
            chunk = os.read(proc.stdout.fileno(), 4096)
            assert chunk, seen
            seen += chunk
        proc.stdin.write(b"sesame\n")
        proc.stdin.flush()
        out, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    text = (seen + out).decode()
    assert "Set up Hearth's tables" in text and "sesame" not in text, text
    assert proc.returncode == 0
    assert not list(tmp_path.rglob("*pgpass*"))
