"""Who logged each conversation, listed in ``app.storage.schema_steps.STEPS``
(kept here to keep that module readable)."""
from __future__ import annotations

import peewee as pw


def _v_interaction_author(db: pw.Database) -> None:
    """``interaction.logged_by``: the name of the person who logged it.

    The name belongs to the installation (app.core.user), not to the database,
    so that several people on one shared database each sign their own. Earlier
    conversations keep an empty name and show nothing extra.
    """
    db.execute_sql("ALTER TABLE interaction ADD COLUMN logged_by TEXT NOT NULL DEFAULT ''")
