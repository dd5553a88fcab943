"""`hearth sync` as a user types it: a real process, the password on standard input."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.carddav.conftest import PASSWORD
from tests.carddav.test_sync import card

ROOT = Path(__file__).resolve().parents[2]


def hearth(db_path, *args, password: str | None = None) -> subprocess.CompletedProcess:
    # Never the developer's own keyring: as on a headless machine, there is none.
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run([sys.executable, "-m", "app", "--db", str(db_path), *args],
                          input=None if password is None else password + "\n", env=env,
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_add_discovers_the_books_run_syncs_and_remove_forgets(db_path, server_user):
    server_user.put("a.vcf", card("a", "Anna", "Berg"))
    bare_host = server_user.server.url  # discovery via /.well-known and the principal
    added = hearth(db_path, "sync", "add", "phone", "--url", bare_host, "--user",
                   server_user.name, "--password-stdin", password=PASSWORD)
    assert added.returncode == 0, added.stderr
    assert server_user.book_url().split("//")[1].split("/", 1)[1] in added.stdout
    listed = hearth(db_path, "sync", "list")
    assert "phone" in listed.stdout and "Contacts" in listed.stdout
    ran = hearth(db_path, "sync", "run", "phone", "--json", "--password-stdin",
                 password=PASSWORD)
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout)["phone"]["received"] == 1
    shown = hearth(db_path, "contacts", "--json")
    assert "Anna" in shown.stdout
    assert PASSWORD.encode() not in db_path.read_bytes()  # test-only read, Hearth closed
    assert hearth(db_path, "sync", "remove", "phone").returncode == 0
    assert "phone" not in hearth(db_path, "sync", "list").stdout


def test_a_wrong_or_missing_password_is_one_sentence(db_path, server_user):
    url = server_user.book_url()
    hearth(db_path, "sync", "add", "phone", "--url", url, "--user", server_user.name,
           "--password-stdin", password=PASSWORD)
    ran = hearth(db_path, "sync", "run", "--password-stdin", password="wrong")
    assert ran.returncode == 1
    assert ran.stderr.strip().count("\n") == 0 and "refused the password" in ran.stderr
    assert "Traceback" not in ran.stderr
    # Without a keyring the password must come on standard input.
    ran = hearth(db_path, "sync", "run")
    assert ran.returncode == 2 and "--password-stdin" in ran.stderr


def test_a_server_on_this_machine_is_found_without_http_and_a_wrong_address_is_told(
        db_path, server_user, radicale_server):
    # As typed from Radicale's own docs: "localhost:5232", no scheme.
    typed = f"localhost:{radicale_server.port}"
    added = hearth(db_path, "sync", "add", "phone", "--url", typed, "--user",
                   server_user.name, "--password-stdin", password=PASSWORD)
    assert added.returncode == 0, added.stderr
    assert f"http://localhost:{radicale_server.port}/{server_user.name}/" in added.stdout
    # Nothing listens there: a wrong address, not "the next sync tries again".
    from tests.carddav.conftest import free_port
    wrong = hearth(db_path, "sync", "add", "other", "--url", f"127.0.0.1:{free_port()}",
                   "--user", server_user.name, "--password-stdin", password=PASSWORD)
    assert wrong.returncode == 1
    assert "No server answers at http://127.0.0.1:" in wrong.stderr
    assert "check the server address" in wrong.stderr and "next sync" not in wrong.stderr
