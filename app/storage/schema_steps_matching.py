"""The keys a card is matched by, stored; listed in ``app.storage.schema_steps.STEPS``
(kept here to keep that module readable)."""
from __future__ import annotations

import peewee as pw

from app.core.textfold import fold

_BATCH = 20_000


def _name_key(display: str, organisation: str, given: str, family: str, kind: str) -> str:
    # The rule of app.contacts.matching.name_key as of this step.
    if not (given or family) and kind != "organisation":
        return ""
    return _fold(display).strip() + "|" + _fold(organisation).strip()


def _fold(text: str) -> str:
    return text.lower() if text.isascii() else fold(text)


def _v_match_keys(db: pw.Database) -> None:
    """``contact.match_key`` (folded name | organisation) and ``email.match_key``
    (the address trimmed and case-folded), indexed: importing a card into a big
    address book looks its name and e-mails up instead of reading every contact
    (app.contacts.matching)."""
    db.execute_sql("ALTER TABLE contact ADD COLUMN match_key TEXT NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE email ADD COLUMN match_key TEXT NOT NULL DEFAULT ''")
    last = 0
    while True:
        rows = db.execute_sql(
            "SELECT id, display_name, organisation, given_name, family_name, kind "
            "FROM contact WHERE id > ? ORDER BY id LIMIT ?", (last, _BATCH)).fetchall()
        if not rows:
            break
        last = rows[-1][0]
        keys = [(key, row[0]) for row in rows if (key := _name_key(*row[1:]))]
        db.cursor().executemany("UPDATE contact SET match_key = ? WHERE id = ?", keys)
    last = 0
    while True:
        rows = db.execute_sql("SELECT id, address FROM email WHERE id > ? ORDER BY id LIMIT ?",
                              (last, _BATCH)).fetchall()
        if not rows:
            break
        last = rows[-1][0]
        keys = [(key, i) for i, address in rows if (key := address.strip().casefold())]
        db.cursor().executemany("UPDATE email SET match_key = ? WHERE id = ?", keys)
    db.execute_sql("CREATE INDEX contact_match_key ON contact(match_key) "
                   "WHERE trashed_at IS NULL")
    db.execute_sql("CREATE INDEX email_match_key ON email(match_key)")
