"""Small helpers several test modules share (fixtures live in conftest.py)."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest


def elsewhere(fn: Callable[[], object]) -> None:
    """Run ``fn`` on another thread: another connection to the database."""
    from app.storage.connection import close_thread_connection

    def work():
        try:
            fn()
        finally:
            close_thread_connection()

    t = threading.Thread(target=work)
    t.start()
    t.join()


def throwaway_server() -> Iterator:
    """A throwaway PostgreSQL server for a fixture to yield, stopped after
    (app/storage/pg_throwaway.py); the test is skipped where none is installed."""
    from app.storage.pg_throwaway import NotInstalled, Server

    try:
        server = Server()
    except NotInstalled as exc:
        pytest.skip(str(exc))
    yield server
    server.stop()
