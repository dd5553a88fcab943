"""The schema step of privacy erasure, listed in ``app.storage.schema_steps.STEPS``
(kept here, word for word, to keep that module under its size limit).
"""
from __future__ import annotations

import peewee as pw


def _v_erasure_log(db: pw.Database) -> None:
    """A log of privacy erasures (a date and a random id, nothing personal), and
    which contacts were referred by someone since erased."""
    # The log proves an erasure happened without saying whom it was about.
    db.execute_sql("""CREATE TABLE erasure_log (
        id INTEGER PRIMARY KEY,
        erased_on TEXT NOT NULL,
        token TEXT NOT NULL UNIQUE
    )""")
    # A contact whose referrer was erased keeps "referred by: erased contact"
    # (referred_by_id itself goes NULL); a new referrer set later wins.
    db.execute_sql("""CREATE TABLE erased_referrer (
        contact_id INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
        erasure_token TEXT NOT NULL
    )""")
