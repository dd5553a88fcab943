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


def _change_seen(url: str, out: Callable[[str], None]) -> None:
    """From one connection's save to another connection's change watcher."""
    from app.storage import changes

    if not hasattr(changes, "watcher_for"):
        out("pg_change_seen_by_other_connection: not measured (no PostgreSQL watcher yet)")
        return
    out("pg_change_seen_by_other_connection: not measured (to be wired to watcher_for)")
