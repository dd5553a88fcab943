"""The warmth sort's index, listed in ``app.storage.schema_steps.STEPS``
(kept here to keep that module readable)."""
from __future__ import annotations

import peewee as pw


def _v_warmth_order_index(db: pw.Database) -> None:
    """The covering index of the band filter and the warmth sort, warmth first.

    The list sorted by warmth is band, then warmth_log, then name: read in this
    index's order, SQLite only has to put the bands one after the other
    instead of a Python row and a sort per contact (188 ms at 100,000).
    """
    db.execute_sql("DROP INDEX contact_live_temperature")
    db.execute_sql("CREATE INDEX contact_live_temperature ON contact(warmth_log, sort_key, id, "
                   "pinned_band, prev_two_way_at, relationship, touch_log, trashed_at) "
                   "WHERE trashed_at IS NULL")
    # Its warmth_log ranges (Today's going-cold candidates) are this index's now;
    # one index less to move when a temperature changes.
    db.execute_sql("DROP INDEX contact_warmth")


def _v_new_and_pinned_indexes(db: pw.Database) -> None:
    """The contacts shown "new" (no conversation yet, not pinned) and the pinned
    ones, each read off an index of their own: the band filter leaves the new
    out of every band (finding them by row took 25 ms at 100,000 contacts), and
    the warmth sort reads a band without pins by ranges of warmth_log, a band
    with pins by one scan (app.conversations.warmth_store._band_queries)."""
    db.execute_sql("CREATE INDEX contact_live_new ON contact(id) WHERE trashed_at IS NULL "
                   "AND pinned_band = '' AND last_contact_at IS NULL")
    db.execute_sql("CREATE INDEX contact_live_pinned ON contact(pinned_band) "
                   "WHERE trashed_at IS NULL AND pinned_band != ''")
