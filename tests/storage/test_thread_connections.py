"""Threads and connections: a background task closes the connection its
thread opened, and only that one (see app.storage)."""
from __future__ import annotations

import sqlite3
import threading

from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.storage.connection import close_thread_connection, database


def _closed(conn) -> bool:
    if not isinstance(conn, sqlite3.Connection):  # psycopg's says so itself
        return conn.closed
    try:
        conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


def _run(qtbot, fn):
    """Run ``fn`` as a background task; its outcome once delivered."""
    from ui.common.tasks import run_task

    outcome = {}
    run_task(fn, lambda result: outcome.update(result=result),
             lambda exc: outcome.update(error=exc))
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    return outcome


def test_a_task_closes_the_connection_its_thread_opened(db, qtbot):
    contacts.create(ContactData(family_name="Huber"))
    gui = database.connection()

    def work(task):
        return threading.get_ident(), database.connection(), contacts.count()

    thread, conn, count = _run(qtbot, work)["result"]
    assert thread != threading.get_ident() and conn is not gui
    assert count == 1
    assert _closed(conn)
    # The GUI thread's own connection is untouched.
    assert database.connection() is gui and not _closed(gui)
    assert contacts.count() == 1


def test_a_failing_task_closes_its_connection_too(db, qtbot):
    opened = []

    def work(task):
        opened.append(database.connection())
        contacts.count()
        raise ValueError("boom")

    assert isinstance(_run(qtbot, work)["error"], ValueError)
    assert _closed(opened[0])


def test_closing_a_thread_connection_is_safe_without_one(db):
    def worker():
        results.append(close_thread_connection())

    results: list[bool] = []
    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert results == [False]
    assert not database.is_closed()


def test_closing_without_an_open_database_does_nothing(monkeypatch):
    monkeypatch.setattr(database, "obj", None)
    assert close_thread_connection() is False
