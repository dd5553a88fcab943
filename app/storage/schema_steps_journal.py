"""The schema step that keeps a journal of the running vCard import, listed in
``app.storage.schema_steps.STEPS`` (kept here, word for word, to keep that
module readable)."""
from __future__ import annotations

import peewee as pw


def _v_import_journal(db: pw.Database) -> None:
    """A journal of the vCard import running now, so that one killed half-way is undone.

    An import commits in short chunks (others may write between them) and
    records each contact it created (``before`` NULL) or changed (``before``:
    the contact as it was, JSON); the batch row goes when the import is done.
    A batch left behind by a process that is gone is rolled back.
    """
    db.execute_sql("""CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        process_started TEXT NOT NULL DEFAULT '',
        max_tag_id INTEGER NOT NULL DEFAULT 0
    )""")
    db.execute_sql("""CREATE TABLE import_undo (
        batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL,
        before TEXT,
        PRIMARY KEY (batch_id, contact_id)
    ) WITHOUT ROWID""")
