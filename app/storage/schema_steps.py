"""The schema steps, in order: step *n* takes the database from version n-1 to n.

Each is SQL of its own time, never derived from today's code, so that an old
database always migrates along the same path; app/storage/migrations.py runs
them. Append a step to change the schema; never edit one that has shipped.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable

import peewee as pw

from app.storage.schema_steps_author import _v_interaction_author
from app.storage.schema_steps_carddav import _v_carddav_sync
from app.storage.schema_steps_desk import _v_touches_and_chosen_names
from app.storage.schema_steps_indexes import _v_today_indexes
from app.storage.schema_steps_journal import _v_import_journal
from app.storage.schema_steps_list_keys import _v_list_keys
from app.storage.schema_steps_matching import _v_match_keys
from app.storage.schema_steps_privacy import _v_erasure_log
from app.storage.schema_steps_sorts import _v_sort_indexes
from app.storage.schema_steps_versions import (
    _v_card_household_versions,
    _v_contact_versions,
    _v_interaction_versions,
)
from app.storage.schema_steps_warmth import _v_new_and_pinned_indexes, _v_warmth_order_index


def _v1_contacts(db: pw.Database) -> None:
    """Contacts with their phones, e-mails, addresses, URLs, tags, photo; search."""
    for sql in _V1_SQL:
        db.execute_sql(sql)


_V1_SQL = [
    """CREATE TABLE contact (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL DEFAULT 'person',
        prefix TEXT NOT NULL DEFAULT '',
        given_name TEXT NOT NULL DEFAULT '',
        additional_names TEXT NOT NULL DEFAULT '',
        family_name TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        nickname TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        job_title TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        birthday TEXT NOT NULL DEFAULT '',
        anniversary TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL DEFAULT '',
        referred_by_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
        relationship TEXT NOT NULL DEFAULT '',
        salutation TEXT NOT NULL DEFAULT '',
        formal INTEGER NOT NULL DEFAULT 1,
        gender TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        cadence_days INTEGER,
        yearly_card INTEGER NOT NULL DEFAULT 0,
        uid TEXT NOT NULL,
        extra_vcard TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        trashed_at TEXT,
        display_name TEXT NOT NULL DEFAULT '',
        sort_key TEXT NOT NULL DEFAULT '',
        list_phone TEXT NOT NULL DEFAULT '',
        list_email TEXT NOT NULL DEFAULT '',
        list_city TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE UNIQUE INDEX contact_uid ON contact(uid)",
    "CREATE INDEX contact_sort ON contact(sort_key, id)",
    "CREATE INDEX contact_trashed ON contact(trashed_at)",
    "CREATE INDEX contact_referred_by ON contact(referred_by_id)",
    """CREATE TABLE phone (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        label TEXT NOT NULL DEFAULT '',
        number TEXT NOT NULL,
        digits TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX phone_contact ON phone(contact_id, position)",
    "CREATE INDEX phone_digits ON phone(digits)",
    """CREATE TABLE email (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        label TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL
    )""",
    "CREATE INDEX email_contact ON email(contact_id, position)",
    "CREATE INDEX email_address ON email(address COLLATE NOCASE)",
    """CREATE TABLE address (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        label TEXT NOT NULL DEFAULT '',
        street TEXT NOT NULL DEFAULT '',
        extended TEXT NOT NULL DEFAULT '',
        po_box TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        region TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX address_contact ON address(contact_id, position)",
    """CREATE TABLE url (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        label TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL
    )""",
    "CREATE INDEX url_contact ON url(contact_id, position)",
    """CREATE TABLE tag (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
    )""",
    """CREATE TABLE contact_tag (
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
        PRIMARY KEY (contact_id, tag_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX contact_tag_tag ON contact_tag(tag_id)",
    """CREATE TABLE photo (
        contact_id INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
        mime TEXT NOT NULL DEFAULT 'image/jpeg',
        data BLOB NOT NULL
    )""",
    """CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    # Search: words (diacritics folded, prefix indexes for typing) ...
    """CREATE VIRTUAL TABLE contact_fts USING fts5(
        name, organisation, emails, phones, places, notes, tags,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
    )""",
    # ... and phone digits as trigrams, so that any run of digits is found.
    """CREATE VIRTUAL TABLE phone_fts USING fts5(digits, tokenize = 'trigram')""",
]


def _v_interactions(db: pw.Database) -> None:
    """Conversations (interactions) and the stored inputs of each contact's temperature."""
    for sql in _INTERACTIONS_SQL:
        db.execute_sql(sql)


_INTERACTIONS_SQL = [
    """CREATE TABLE interaction (
        id INTEGER PRIMARY KEY,
        channel TEXT NOT NULL,
        direction TEXT NOT NULL DEFAULT 'out',
        happened_at TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        follow_up TEXT,
        follow_up_done INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        trashed_at TEXT
    )""",
    "CREATE INDEX interaction_open_follow_up ON interaction(follow_up) "
    "WHERE follow_up IS NOT NULL AND follow_up_done = 0 AND trashed_at IS NULL",
    """CREATE TABLE interaction_contact (
        interaction_id INTEGER NOT NULL REFERENCES interaction(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        PRIMARY KEY (interaction_id, contact_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX interaction_contact_contact ON interaction_contact(contact_id, interaction_id)",
    "ALTER TABLE contact ADD COLUMN first_contact TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contact ADD COLUMN pinned_band TEXT NOT NULL DEFAULT ''",
    # Temperature inputs, read by the list's own query (see app/conversations/temperature.py).
    "ALTER TABLE contact ADD COLUMN last_contact_at TEXT",
    "ALTER TABLE contact ADD COLUMN last_channel TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contact ADD COLUMN warmth_log REAL",
    "ALTER TABLE contact ADD COLUMN last_two_way_at TEXT",
    "ALTER TABLE contact ADD COLUMN prev_two_way_at TEXT",
    "CREATE INDEX contact_warmth ON contact(warmth_log)",
    "CREATE INDEX contact_last_contact ON contact(last_contact_at)",
]


def _v_card_runs(db: pw.Database) -> None:
    """Greeting-card runs: recipients, households, who sent us a card, "no cards"."""
    for sql in _CARD_RUNS_SQL:
        db.execute_sql(sql)


_CARD_RUNS_SQL = [
    """CREATE TABLE card_run (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        occasion TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        sender_name TEXT NOT NULL DEFAULT '',
        sender_street TEXT NOT NULL DEFAULT '',
        sender_postal_code TEXT NOT NULL DEFAULT '',
        sender_city TEXT NOT NULL DEFAULT '',
        sender_country TEXT NOT NULL DEFAULT '',
        sender_language TEXT NOT NULL DEFAULT 'de',
        copied_from INTEGER REFERENCES card_run(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX card_run_year ON card_run(year, occasion)",
    """CREATE TABLE card_household (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES card_run(id) ON DELETE CASCADE,
        addressee TEXT NOT NULL DEFAULT '',
        salutation TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX card_household_run ON card_household(run_id)",
    """CREATE TABLE card_recipient (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES card_run(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        household_id INTEGER REFERENCES card_household(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'planned',
        status_at TEXT,
        interaction_id INTEGER,
        added_at TEXT NOT NULL,
        UNIQUE (run_id, contact_id)
    )""",
    "CREATE INDEX card_recipient_contact ON card_recipient(contact_id)",
    "CREATE INDEX card_recipient_household ON card_recipient(household_id)",
    # Who sent us a card, per run: they need not be recipients.
    """CREATE TABLE card_received (
        run_id INTEGER NOT NULL REFERENCES card_run(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        received_at TEXT NOT NULL,
        PRIMARY KEY (run_id, contact_id)
    ) WITHOUT ROWID""",
    # Contacts marked "no cards": never added to a run automatically.
    """CREATE TABLE card_opt_out (
        contact_id INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
        since TEXT NOT NULL
    )""",
]

def _v_live_order_index(db: pw.Database) -> None:
    """An index of live contacts in list order, for a fast start-up."""
    # The list opens on live contacts sorted by name; with this partial index
    # SQLite reads 100,000 ids in order in ~0.05 s instead of sorting them
    # (~0.2-0.3 s), which is a third of the start-up budget.
    db.execute_sql("CREATE INDEX contact_live_order ON contact(sort_key, id) "
                   "WHERE trashed_at IS NULL")
    # The trash gets its own small partial index; the plain index on
    # trashed_at made SQLite prefer it and sort 100,000 rows instead.
    db.execute_sql("CREATE INDEX contact_trash_order ON contact(sort_key, id) "
                   "WHERE trashed_at IS NOT NULL")
    db.execute_sql("DROP INDEX contact_trashed")


def _v_temperature_cover(db: pw.Database) -> None:
    """A covering index of live contacts' temperature inputs, in list order."""
    # Sorting or filtering 100,000 contacts by warmth reads these five columns
    # for every row; from the wide contact rows that cost four times as much.
    db.execute_sql("CREATE INDEX contact_live_temperature ON contact(sort_key, id, warmth_log, "
                   "pinned_band, prev_two_way_at, relationship, trashed_at) "
                   "WHERE trashed_at IS NULL")


def _v_talk_search(db: pw.Database) -> None:
    """Conversations searched in an index of their own, not in the contacts' notes."""
    # One document per contact (its live conversations' subject, notes and
    # outcome); kept apart so that one- and two-letter prefixes skip it.
    db.execute_sql("CREATE VIRTUAL TABLE talk_fts USING fts5(text, "
                   "tokenize = 'unicode61 remove_diacritics 2', prefix = '3')")
    db.execute_sql(
        "INSERT INTO talk_fts(rowid, text) SELECT ic.contact_id, replace(replace(group_concat("
        "i.subject || ' ' || i.notes || ' ' || i.outcome, ' '), 'ß', 'ss'), 'ẞ', 'SS') "
        "FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id "
        "WHERE i.trashed_at IS NULL GROUP BY ic.contact_id")
    db.execute_sql(
        "UPDATE contact_fts SET notes = (SELECT replace(replace(c.notes, 'ß', 'ss'), 'ẞ', 'SS') "
        "FROM contact c WHERE c.id = contact_fts.rowid) "
        "WHERE rowid IN (SELECT contact_id FROM interaction_contact)")


def _v_received_card_log(db: pw.Database) -> None:
    """A card a contact sent us is logged as their conversation."""
    db.execute_sql("ALTER TABLE card_received ADD COLUMN interaction_id INTEGER "
                   "REFERENCES interaction(id) ON DELETE SET NULL")


def _v_utc_stamps(db: pw.Database) -> None:
    """Audit stamps (created, updated, trashed...) all in UTC, in one format."""
    # Older versions wrote some stamps as naive local time ("2026-03-10T15:00:00")
    # and others as UTC with an offset; naive ones are taken as local time of
    # the machine running this step. What cannot be read is left as it is.
    def utc(text):
        try:
            when = dt.datetime.fromisoformat(text)
        except (TypeError, ValueError):
            return text
        return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")

    db.connection().create_function("hearth_utc_stamp", 1, utc, deterministic=True)
    for table, column in _STAMP_COLUMNS:
        db.execute_sql(f"UPDATE {table} SET {column} = hearth_utc_stamp({column}) "
                       f"WHERE {column} NOT GLOB '{_STAMP_GLOB}'")


#: Every audit stamp column at the time of _v_utc_stamps.
_STAMP_COLUMNS = [
    ("contact", "created_at"), ("contact", "updated_at"), ("contact", "trashed_at"),
    ("interaction", "created_at"), ("interaction", "updated_at"),
    ("interaction", "trashed_at"), ("card_run", "created_at"),
    ("card_recipient", "added_at"), ("card_recipient", "status_at"),
    ("card_received", "received_at"), ("card_opt_out", "since"),
]
_STAMP_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]+00:00"


def _v_tag_keys(db: pw.Database) -> None:
    """Tags that differ only in case ("Äpfel", "äpfel") merged; one folded key each."""
    # SQLite's NOCASE folds ASCII only, so such tags were stored twice. Each
    # group keeps the spelling most contacts use (on a tie, the older one),
    # and its contacts all get that tag. The rebuilt table has no NOCASE.
    def key(name: str) -> str:
        return unicodedata.normalize("NFC", name.strip()).casefold()

    keep: dict[str, tuple[int, str, int]] = {}
    rows = db.execute_sql(
        "SELECT t.id, t.name, count(ct.contact_id) FROM tag t LEFT JOIN contact_tag ct "
        "ON ct.tag_id = t.id GROUP BY t.id ORDER BY t.id").fetchall()
    for tag_id, name, uses in rows:
        best = keep.get(key(name))
        if best is None or uses > best[2]:
            keep[key(name)] = (tag_id, name, uses)
    db.execute_sql("CREATE TEMP TABLE v_tag_links AS SELECT contact_id, tag_id FROM contact_tag")
    db.execute_sql("CREATE TEMP TABLE v_tag_map (old INTEGER PRIMARY KEY, new INTEGER)")
    cur = db.cursor()
    cur.executemany("INSERT INTO v_tag_map(old, new) VALUES (?, ?)",
                    [(tag_id, keep[key(name)][0]) for tag_id, name, _ in rows])
    # contact_tag goes first: dropping tag while it exists would cascade.
    db.execute_sql("DROP TABLE contact_tag")
    db.execute_sql("DROP TABLE tag")
    db.execute_sql("""CREATE TABLE tag (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        folded TEXT NOT NULL
    )""")
    db.execute_sql("CREATE UNIQUE INDEX tag_folded ON tag(folded)")
    cur.executemany("INSERT INTO tag(id, name, folded) VALUES (?, ?, ?)",
                    [(tag_id, name, k) for k, (tag_id, name, _) in keep.items()])
    db.execute_sql("""CREATE TABLE contact_tag (
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
        PRIMARY KEY (contact_id, tag_id)
    ) WITHOUT ROWID""")
    db.execute_sql("CREATE INDEX contact_tag_tag ON contact_tag(tag_id)")
    db.execute_sql("INSERT OR IGNORE INTO contact_tag(contact_id, tag_id) "
                   "SELECT l.contact_id, m.new FROM v_tag_links l JOIN v_tag_map m "
                   "ON m.old = l.tag_id")
    db.execute_sql("DROP TABLE v_tag_links")
    db.execute_sql("DROP TABLE v_tag_map")


#: The ordered list of schema steps. Index i holds the step to version i+1.
STEPS: list[Callable[[pw.Database], None]] = [
    _v1_contacts,
    _v_interactions,
    _v_card_runs,
    _v_live_order_index,
    _v_temperature_cover,
    _v_talk_search,
    _v_received_card_log,
    _v_utc_stamps,
    _v_tag_keys,
    _v_contact_versions,
    _v_import_journal,
    _v_interaction_versions,
    _v_card_household_versions,
    _v_erasure_log,
    _v_carddav_sync,
    _v_touches_and_chosen_names,
    _v_today_indexes,
    _v_warmth_order_index,
    _v_interaction_author,
    _v_new_and_pinned_indexes,
    _v_list_keys,
    _v_match_keys,
    _v_sort_indexes,
]
