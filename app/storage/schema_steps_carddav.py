"""The CardDAV sync's schema step (``app.storage.schema_steps.STEPS``), kept in its
own module to keep that one short. SQL of its own time: never edit it once shipped."""
from __future__ import annotations

import peewee as pw


def _v_carddav_sync(db: pw.Database) -> None:
    """CardDAV accounts, their address books, and the state of each synced card.

    No password anywhere: it lives in the system keyring or is asked for.
    ``sync_item`` is one card of one address book as last synced: its href,
    ETag, the server's card text (the base of a three-way merge, with the
    properties Hearth has no field for), the hash of Hearth's fields and the
    contact's version then. A row whose ``contact_id`` is NULL is a tombstone:
    the contact was deleted for good here and the server's card is deleted at
    the next sync. ``pending`` holds a server card waiting for the user's
    choice in a conflict.
    """
    db.execute_sql("""CREATE TABLE sync_account (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL,
        username TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_sync_at TEXT,
        last_result TEXT NOT NULL DEFAULT ''
    )""")
    db.execute_sql("""CREATE TABLE sync_book (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES sync_account(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        sync_token TEXT NOT NULL DEFAULT '',
        UNIQUE (account_id, url)
    )""")
    db.execute_sql("""CREATE TABLE sync_item (
        book_id INTEGER NOT NULL REFERENCES sync_book(id) ON DELETE CASCADE,
        href TEXT NOT NULL,
        contact_id INTEGER,
        etag TEXT NOT NULL DEFAULT '',
        card TEXT NOT NULL DEFAULT '',
        hash TEXT NOT NULL DEFAULT '',
        contact_version INTEGER NOT NULL DEFAULT 0,
        pending TEXT,
        PRIMARY KEY (book_id, href)
    ) WITHOUT ROWID""")
    db.execute_sql("CREATE INDEX sync_item_contact ON sync_item(contact_id)")
    # Whatever deletes a contact for good (emptying the trash, a privacy
    # erasure) leaves a tombstone with nothing of the person's card in it.
    db.execute_sql("""CREATE TRIGGER sync_item_tombstone AFTER DELETE ON contact BEGIN
        UPDATE sync_item SET contact_id = NULL, card = '', hash = '', pending = NULL
        WHERE contact_id = OLD.id;
    END""")
