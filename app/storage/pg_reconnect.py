"""A lost PostgreSQL connection is replaced, not left broken in the thread.

peewee keeps one connection per thread and hands it out until it is closed.
When the server goes away (restarted, the network dropped, the backend
terminated by an administrator), psycopg marks that connection broken, but
peewee would keep handing it out, and every later statement would fail with
"the connection is closed" even once the server is back.

:class:`ReconnectOnce` closes the broken connection and tries once more on a
new one: a statement outside a transaction, or the BEGIN of a new one. A
statement inside a transaction is not retried (the server rolled the
transaction back with the connection): it fails, the caller's transaction
ends without a ROLLBACK to send, and the next transaction starts on a new
connection. A broken connection is told by psycopg's state, never by an
error message's text.
"""
from __future__ import annotations

import peewee as pw

_LOST = (pw.OperationalError, pw.InterfaceError)


class ReconnectOnce:
    """Mixed into a peewee PostgreSQL database (app.storage.pg.PgDatabase)."""

    def _connection_lost(self) -> bool:
        conn = self._state.conn
        return conn is not None and bool(conn.closed or getattr(conn, "broken", False))

    def _reconnect(self) -> None:
        conn = self._state.conn
        self._state.reset()  # forget it without a round trip to a server that is gone
        try:
            conn.close()
        except Exception:  # noqa: BLE001 - closing a dead connection may complain
            pass
        self.connect()

    def begin(self, *args, **kwargs):
        try:
            return super().begin(*args, **kwargs)
        except _LOST:
            if not self._connection_lost():
                raise
            self._reconnect()
            return super().begin(*args, **kwargs)

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except _LOST:
            if self.in_transaction() or not self._connection_lost():
                raise
            self._reconnect()
            return super().execute_sql(sql, params)

    def rollback(self):
        if self._connection_lost():
            return  # the server rolled the transaction back when the connection went
        return super().rollback()
