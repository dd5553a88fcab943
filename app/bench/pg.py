"""`hearth bench --db-engine postgresql`: the same figures on PostgreSQL.

Builds the demo book in SQLite (as the SQLite bench does), times copying it to
PostgreSQL with app.storage.copy (what `hearth copy --to` does), then prints
the window probe's and the CRM figures on the PostgreSQL copy, each line
prefixed ``pg_``. The server is a throwaway one (app.storage.pg_throwaway), or
the empty database at ``--pg-url``. Asserts nothing.
"""
from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def run(contacts: int, out: Callable[[str], None], pg_url: str | None = None, *,
        build_database: Callable, probe_window: Callable) -> None:
    """The figures on PostgreSQL; the runner lends its SQLite set-up and window
    probe (passed in, so that this module does not import the runner back)."""
    from app.bench import crm
    from app.storage.copy import copy_book

    server = None
    if pg_url is None:
        from app.storage.pg_throwaway import Server

        server = Server()
        pg_url = server.fresh_database(empty=True)
    try:
        with tempfile.TemporaryDirectory(prefix="hearth-bench-") as tmp:
            path = Path(tmp) / "bench.db"
            build_database(path, contacts, out)
            started = time.perf_counter()
            report = copy_book(path, pg_url)
            seconds = time.perf_counter() - started
            out(f"pg_copy_from_sqlite: {seconds:.2f} s ({report.contacts} contacts, "
                f"{sum(report.tables.values())} rows)")
        probe_window(pg_url, lambda line: out("pg_" + line))
        crm.run(lambda line: out(line if line.startswith("error") else "pg_" + line), pg_url)
        _change_seen(pg_url, out)
    finally:
        if server is not None:
            server.stop()


def _change_seen(url: str, out: Callable[[str], None], repeats: int = 10) -> None:
    """From a save on one connection (another thread: another backend, as a
    colleague's window is) to this connection's change watcher reporting it.
    A window polls its watcher once a second (ui.main.live_updates.POLL_MS), so
    what a colleague waits is this plus up to one second."""
    import statistics
    import threading

    from app.contacts import order_store as orders
    from app.contacts import store as contacts
    from app.storage import changes
    from app.storage.connection import close_database, close_thread_connection, open_database

    open_database(url)
    try:
        watcher = changes.watcher_for()
        contact_id = orders.ids_in_order("name")[0]
        seen: list[float] = []
        for i in range(repeats):
            watcher.poll()  # start from nothing pending
            saved_at: list[float] = []

            def save(n: int = i, saved_at: list[float] = saved_at) -> None:
                try:
                    c = contacts.get(contact_id)
                    c.notes = f"bench {n}"
                    contacts.update(c)
                    saved_at.append(time.perf_counter())
                finally:
                    close_thread_connection()

            worker = threading.Thread(target=save)
            worker.start()
            worker.join()
            while not watcher.poll().contacts:
                time.sleep(0.002)
            seen.append((time.perf_counter() - saved_at[0]) * 1000)
        watcher.close()
        out(f"pg_change_seen_by_other_connection_median: {statistics.median(seen):.1f} ms")
        out(f"pg_change_seen_by_other_connection_max: {max(seen):.1f} ms "
            "(a window polls once a second on top of this)")
    finally:
        close_database()
