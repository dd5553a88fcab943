"""Logging in to an office server: a password is asked for only when the server
wants one, and a wrong one is told apart from an unreachable server."""
from __future__ import annotations

import pytest

from app.storage import pg_login
from app.storage.errors import DatabaseProblem


@pytest.fixture
def clerk(pg_server) -> str:
    """A user the server asks a password of (scram), on a fresh database."""
    admin = pg_server.admin
    hba = pg_server.data / "pg_hba.conf"
    rule = "host all clerk 127.0.0.1/32 scram-sha-256\n"
    text = hba.read_text()
    if rule not in text:
        admin.execute("CREATE ROLE clerk LOGIN PASSWORD 'office-pw'")
        hba.write_text(rule + text)
        admin.execute("SELECT pg_reload_conf()")
    return pg_server.url(pg_server.fresh_database().rsplit("/", 1)[1], user="clerk")


def test_a_password_is_asked_only_when_the_server_wants_one(pg_server, clerk):
    assert not pg_login.needs_password(pg_server.url("postgres"))  # trusted user
    assert pg_login.needs_password(clerk)
    assert pg_login.needs_password(pg_login.with_password(clerk, "wrong"))
    assert not pg_login.needs_password(pg_login.with_password(clerk, "office-pw"))


def test_an_unreachable_server_is_a_problem_not_a_password_question(pg_server):
    url = pg_login.url_for("127.0.0.1", pg_server.port, "no_such_database", "hearth")
    with pytest.raises(DatabaseProblem) as told:
        pg_login.needs_password(url)
    assert told.value.code == "db.pg_unreachable"


def test_the_dialog_fills_its_fields_from_the_remembered_address(qtbot):
    from ui.main.application import make_application
    from ui.main.connect_dialog import ConnectDialog

    make_application()
    d = ConnectDialog(remembered="postgresql://anna@buero-server:5433/kunden")
    qtbot.addWidget(d)
    assert (d.host.text(), d.port.value(), d.dbname.text(), d.user.text(),
            d.address.text()) == ("buero-server", 5433, "kunden", "anna", "")
    assert d.typed_url() == "postgresql://anna@buero-server:5433/kunden"
