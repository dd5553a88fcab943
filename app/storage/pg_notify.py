"""Change notification on PostgreSQL: triggers that NOTIFY, and a watcher that LISTENs.

See :mod:`app.storage.changes` for the interface. :data:`DDL` runs after the
tables exist (app.storage.pg_schema): statement-level triggers on each table
call ``pg_notify('hearth_changes', <area>)`` when a statement changed rows. PostgreSQL delivers a
notification when its transaction commits, once per distinct area however
many rows changed, and never for a transaction rolled back.

:class:`PgChangeWatcher` LISTENs on a psycopg connection of its own (in
autocommit mode, so it holds no transaction and no snapshot). ``poll()``
drains what arrived without waiting and ignores what the polling thread's
own connection sent: the window is not told about its own saves, as on
SQLite. Notifications sent while the watcher was not listening are lost, so
a (re)connected watcher reports everything once.
"""
from __future__ import annotations

import select

from app.storage.changes import EVERYTHING, NOTHING, Changes
from app.storage.connection import database
from app.storage.engine import shown_url
from app.storage.errors import DatabaseProblem

CHANNEL = "hearth_changes"

#: area -> the tables whose writes change it. Derived tables (the search
#: index's contact_fts, phone_fts, talk_fts) follow their sources and notify nothing.
AREAS: dict[str, tuple[str, ...]] = {
    "contacts": ("contact", "phone", "email", "address", "url", "photo", "tag",
                 "contact_tag"),
    "conversations": ("interaction", "interaction_contact"),
    "card_runs": ("card_run", "card_recipient", "card_household", "card_received",
                  "card_opt_out"),
    "settings": ("setting",),
}

#: (event, transition table) of each trigger on a table: a statement that
#: changed no row (an UPDATE whose WHERE matched nothing) notifies nothing.
#: PostgreSQL allows a transition table only on a trigger of one event.
_EVENTS = (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))

DDL: list[str] = [
    "CREATE FUNCTION hearth_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'TRUNCATE' OR EXISTS (SELECT 1 FROM changed_rows) THEN "
    f"PERFORM pg_notify('{CHANNEL}', TG_ARGV[0]); END IF; RETURN NULL; END $$",
    *(f"CREATE TRIGGER hearth_notify_{table}_{event.lower()} AFTER {event} ON {table} "
      f"REFERENCING {rows} TABLE AS changed_rows FOR EACH STATEMENT "
      f"EXECUTE FUNCTION hearth_notify_change('{area}')"
      for area, tables in AREAS.items() for table in tables for event, rows in _EVENTS),
    *(f"CREATE TRIGGER hearth_notify_{table}_truncate AFTER TRUNCATE ON {table} "
      f"FOR EACH STATEMENT EXECUTE FUNCTION hearth_notify_change('{area}')"
      for area, tables in AREAS.items() for table in tables),
]


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
            from app.storage.pg import PG_UNREACHABLE, _first_line

            raise DatabaseProblem(PG_UNREACHABLE, shown_url(self._db.url),
                                  detail=_first_line(exc)) from exc
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

