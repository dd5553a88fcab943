"""PostgreSQL's change notification on its own: what another session writes with
plain SQL reaches the watcher sorted into areas; a terminated connection is
replaced, for the watcher and for the stores."""
from __future__ import annotations

import time

import pytest

from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.storage.changes import EVERYTHING, NOTHING, Changes, watcher_for
from app.storage.connection import close_database, open_database
from app.storage.errors import DatabaseProblem


@pytest.fixture
def pg(pg_server):
    url = pg_server.fresh_database()
    open_database(url)
    other = pg_server.connect(url.rsplit("/", 1)[1])
    yield url, other
    other.close()
    close_database()
    pg_server.drop(url)


def news(watcher) -> object:
    deadline = time.monotonic() + 2
    while not (seen := watcher.poll()) and time.monotonic() < deadline:
        time.sleep(0.01)
    return seen


def test_each_area_is_told_by_its_tables(pg):
    _url, other = pg
    watcher = watcher_for()
    other.execute("INSERT INTO contact (uid, kind, family_name, created_at, updated_at) "
                  "VALUES ('u1', 'person', 'Huber', '2026-01-01', '2026-01-01')")
    assert news(watcher) == Changes(contacts=True)
    other.execute("INSERT INTO setting (key, value) VALUES ('x', '1')")
    assert news(watcher) == Changes(settings=True)
    other.execute("UPDATE contact SET family_name = 'Maier' WHERE family_name = 'Nobody'")
    time.sleep(0.2)  # a statement that changed no row is not news
    assert watcher.poll() == NOTHING
    with other.transaction():
        other.execute("UPDATE contact SET family_name = 'Maier'")
        other.execute("INSERT INTO card_run (year, occasion, title, created_at) "
                      "VALUES (2026, 'christmas', 'X', '2026-01-01')")
    assert news(watcher) == Changes(contacts=True, card_runs=True)


def test_a_terminated_connection_is_told_and_replaced(pg, pg_server):
    url, other = pg
    name = url.rsplit("/", 1)[1]
    cid = contacts.create(ContactData(family_name="Huber"))
    watcher = watcher_for()
    pg_server.admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
    pg_server.admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE datname = %s", (name,))
    try:
        time.sleep(0.2)
        with pytest.raises(DatabaseProblem) as lost:
            watcher.poll()
        assert lost.value.code == "db.pg_unreachable"
    finally:
        pg_server.admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
    assert watcher.poll() == EVERYTHING  # not listening meanwhile
    # The stores' connection was terminated too: replaced on the next statement.
    c = contacts.get(cid)
    c.family_name = "Maier"
    contacts.update(c)
    assert contacts.get(cid).family_name == "Maier"
