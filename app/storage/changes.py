"""Change notification: has another process (or connection) written to the database?

A window asks :meth:`ChangeWatcher.poll` about once a second and refreshes
what it shows when the answer is not empty. The answer says which areas
changed, so the window reloads only what depends on them:

- ``contacts``: contact rows (names, fields, trash state, stored temperature);
- ``conversations``: the conversation log;
- ``card_runs``: card runs, their recipients, households and received cards;
- ``settings``: the key-value settings (temperature settings among them).

The interface is :class:`ChangeWatcher`. On SQLite, :class:`SqliteChangeWatcher`
reads ``PRAGMA data_version``, which changes when *another* connection
commits and never for the polling connection's own commits, so a window is
not told about its own saves. Only when it changed does the watcher read a
small fingerprint of each area (counts and highest ids SQLite answers from
its indexes) and compare it with the last one. A commit that changes no
fingerprint (an edit in place, such as a renamed contact) is reported as
"everything may have changed": the answer may be too broad, never empty
when something changed.

``data_version`` belongs to one connection, and peewee keeps one connection
per thread (see :mod:`app.storage`): a watcher must be polled on the thread
that made it (the GUI thread), and it reads in autocommit mode, holding no
read transaction between polls. When the thread's connection is replaced
(closed and opened again, or a restored file), the next poll reports
everything.

A PostgreSQL backend implements the same interface with LISTEN/NOTIFY:
triggers on the contact, interaction, card and setting tables run
``pg_notify('hearth_changes', <area>)``; the watcher's connection LISTENs on
that channel and ``poll()`` drains the pending notifications without
blocking (psycopg's ``connection.notifies()``) and ignores those sent by its
own backend process id, which is the equivalent of ``data_version``
ignoring our own commits. That is :class:`app.storage.pg_changes.PgChangeWatcher`;
:func:`watcher_for` picks the open engine's watcher.
"""
from __future__ import annotations

import peewee as pw

from app.storage.change_kinds import (  # noqa: F401 - the interface, re-exported
    EVERYTHING,
    NOTHING,
    Changes,
    ChangeWatcher,
)
from app.storage.connection import database

#: area -> queries whose rows together fingerprint it. They run on the GUI
#: thread after data_version moved, when another connection's commit has
#: emptied our page cache, so each reads only a few pages at 100,000 contacts
#: and 500,000 conversations: a max() on a primary key, a partial index's
#: range (counting a whole table costs 5-10 ms there). Card tables are small.
#: New rows, the trash and open follow-ups move them; edits in place (a
#: renamed contact, an edited conversation, a pinned band, a deleted row)
#: move none and are reported as everything.
FINGERPRINTS: dict[str, tuple[str, ...]] = {
    "contacts": (
        "SELECT max(id) FROM contact",
        "SELECT count(*), max(trashed_at) FROM contact WHERE trashed_at IS NOT NULL",
    ),
    "conversations": (
        "SELECT max(id) FROM interaction",
        "SELECT count(*), max(follow_up) FROM interaction "
        "WHERE follow_up IS NOT NULL AND follow_up_done = 0 AND trashed_at IS NULL",
    ),
    "card_runs": (
        "SELECT count(*), max(id), total(length(title) + length(sender_name) "
        "+ length(sender_street) + length(sender_city)) FROM card_run",
        "SELECT count(*), max(id), max(status_at), total(household_id), "
        "total(length(status)) FROM card_recipient",
        # Every change of a household's wording moves its version (schema 13).
        "SELECT count(*), max(id), total(version) FROM card_household",
        "SELECT count(*), max(received_at) FROM card_received",
        "SELECT count(*), max(since) FROM card_opt_out",
    ),
    "settings": ("SELECT key, value FROM setting ORDER BY key",),
}


def _rows(sql: str) -> tuple:
    """All rows of a query, its cursor closed at once (no statement left open)."""
    cursor = database.execute_sql(sql)
    try:
        return tuple(cursor.fetchall())
    finally:
        cursor.close()


class SqliteChangeWatcher:
    """ChangeWatcher over the open SQLite database, for the thread that makes it."""

    def __init__(self) -> None:
        self._connection = None
        self._version: int | None = None
        self._prints: dict[str, tuple] = {}
        self.forget()

    def forget(self) -> None:
        self._connection = database.connection()
        self._version = self._data_version()
        self._prints = self._fingerprints()

    def close(self) -> None:
        pass  # polls through the thread's own connection: nothing of its own

    def poll(self) -> Changes:
        if database.obj is None or database.is_closed():
            return NOTHING
        if database.in_transaction():
            return NOTHING  # our own transaction is open: ask again next time
        if database.connection() is not self._connection:
            self.forget()
            return EVERYTHING
        version = self._data_version()
        if version == self._version:
            return NOTHING
        self._version = version
        prints = self._fingerprints()
        changed = {area: prints.get(area) != self._prints.get(area) for area in FINGERPRINTS}
        self._prints = prints
        return Changes(**changed) if any(changed.values()) else EVERYTHING

    @staticmethod
    def _data_version() -> int:
        return _rows("PRAGMA data_version")[0][0]

    @staticmethod
    def _fingerprints() -> dict[str, tuple]:
        prints: dict[str, tuple] = {}
        for area, queries in FINGERPRINTS.items():
            try:
                prints[area] = tuple(_rows(sql) for sql in queries)
            except pw.OperationalError:  # a table an older schema lacks
                prints[area] = ()
        return prints


def watcher_for(db: pw.Database | None = None) -> ChangeWatcher:
    """The watcher for ``db``'s engine (default: the open database), to be
    polled on the calling thread: LISTEN/NOTIFY on PostgreSQL
    (:mod:`app.storage.pg_notify`), ``data_version`` on SQLite."""
    from app.storage.engine import is_postgres

    if is_postgres(db if db is not None else database.obj):
        from app.storage.pg_changes import PgChangeWatcher

        return PgChangeWatcher()
    return SqliteChangeWatcher()


def watch_database() -> ChangeWatcher:
    """A watcher for the open database, to be polled on the calling thread."""
    return watcher_for()
