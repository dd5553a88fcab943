"""The search tables keyed by list order, listed in ``app.storage.schema_steps.STEPS``
(kept here to keep that module readable)."""
from __future__ import annotations

import peewee as pw


def _v_list_keys(db: pw.Database) -> None:
    """``contact.list_key``: each contact's place in the name order, and the
    search tables' rows keyed by it (app.storage.list_keys), so that a search
    reads only the rows the list shows. On PostgreSQL the column stays empty:
    its search tables keep the contact id."""
    db.execute_sql("ALTER TABLE contact ADD COLUMN list_key INTEGER")
    if getattr(db, "translated", False):
        return
    from app.storage import list_keys

    list_keys.assign_all(db)
    list_keys.rekey_search_tables(db)
