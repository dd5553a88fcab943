"""Schema steps that only add indexes, listed in ``app.storage.schema_steps.STEPS``
(kept here to keep that module readable)."""
from __future__ import annotations

import peewee as pw


def _v_today_indexes(db: pw.Database) -> None:
    """Indexes for the Today view, each over the few rows it asks for.

    Keep-in-touch cadences, birthdays by month and day, and the second-latest
    two-way conversation ("hot" a month ago) were read by scanning every
    contact: at 100,000 contacts Today took 0.4 s, mostly those scans.
    """
    db.execute_sql("CREATE INDEX contact_cadence ON contact(id, cadence_days) "
                   "WHERE cadence_days > 0 AND trashed_at IS NULL")
    db.execute_sql("CREATE INDEX contact_birthday ON contact(substr(birthday, -5), id, "
                   "display_name, birthday) WHERE trashed_at IS NULL AND birthday != ''")
    db.execute_sql("CREATE INDEX contact_prev_two_way ON contact(prev_two_way_at) "
                   "WHERE trashed_at IS NULL AND pinned_band = ''")
