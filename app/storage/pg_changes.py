"""The PostgreSQL change watcher: LISTENs for what :mod:`app.storage.pg_notify`'s
triggers send (kept apart from them so that the schema does not import the
watcher and its connection)."""
from __future__ import annotations

import select

from app.storage.change_kinds import EVERYTHING, NOTHING, Changes
from app.storage.connection import database
from app.storage.errors import DatabaseProblem, explain
from app.storage.pg_notify import AREAS, CHANNEL


def _backend_pid(conn) -> int | None:
    try:
        return conn.info.backend_pid
    except Exception:  # noqa: BLE001 - a broken connection has no pid to compare
        return None


class PgChangeWatcher:
    """ChangeWatcher over the open PostgreSQL database, for the thread that makes it.

    Raises :class:`DatabaseProblem` (``db.pg_unreachable``) from ``poll()``
    while the server cannot be reached; the first poll that reaches it again
    reports everything.
    """

    def __init__(self) -> None:
        self._db = database.obj
        self._listener = None
        self._own_pid: int | None = None
        try:
            self._listen()
        except DatabaseProblem:
            pass  # the first poll tries again, and tells
        self.forget()

    def forget(self) -> None:
        self._own_pid = self._thread_pid()
        if self._listener is not None:
            self._drain()  # what is pending is what we just reloaded

    def close(self) -> None:
        """Stop listening (the window closes, or opens another database)."""
        if self._listener is not None:
            try:
                self._listener.close()
            finally:
                self._listener = None

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001 - nothing to tell at garbage collection
            pass

    def _thread_pid(self) -> int | None:
        state = getattr(self._db, "_state", None)
        conn = getattr(state, "conn", None)
        return None if conn is None else _backend_pid(conn)

    def _listen(self) -> None:
        import psycopg

        try:
            conn = psycopg.connect(self._db.url, autocommit=True, connect_timeout=5,
                                   application_name="Hearth (changes)")
        except psycopg.Error as exc:
            raise explain(exc, self._db.url) from exc
        conn.execute(f"LISTEN {CHANNEL}")
        self._listener = conn

    def _drain(self) -> list[tuple[str, int]]:
        """(area, sender's pid) of each notification that arrived; raises
        psycopg.OperationalError when the connection is gone. Never waits: it
        reads the socket only when select() says there is something to read."""
        import psycopg
        from psycopg.pq import ConnStatus

        pgconn = self._listener.pgconn
        for _ in range(4):  # a dropped connection: first its error message, then EOF
            if not select.select([pgconn.socket], [], [], 0)[0]:
                break
            pgconn.consume_input()
        if pgconn.status != ConnStatus.OK:
            raise psycopg.OperationalError("the change listener's connection is closed")
        out = []
        while (note := pgconn.notifies()) is not None:
            if note.relname.decode() == CHANNEL:
                out.append((note.extra.decode(), note.be_pid))
        return out

    def poll(self) -> Changes:
        if database.obj is not self._db:
            return NOTHING
        if self._listener is None:  # even while the thread's connection is closed
            self._listen()
            self.forget()
            return EVERYTHING  # not listening meanwhile: anything may have changed
        if self._db.is_closed():
            return NOTHING
        if self._db.in_transaction():
            return NOTHING  # our own transaction is open: ask again next time
        import psycopg

        try:
            notes = self._drain()
        except psycopg.Error:
            self.close()  # the server went away or dropped us: listen again
            self._listen()
            self.forget()
            return EVERYTHING
        own, before = self._thread_pid(), self._own_pid
        self._own_pid = own
        if None not in (own, before) and own != before:  # the thread's connection was replaced
            return EVERYTHING
        areas = {area for area, pid in notes if pid != own}
        if not areas:
            return NOTHING
        known = set(AREAS)
        if areas - known:
            return EVERYTHING
        return Changes(**{area: area in areas for area in known})

