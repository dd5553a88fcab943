-- Hearth's schema after every migration step; compared by tests/storage/test_schema.py.
-- Regenerate: HEARTH_WRITE_SCHEMA=1 .venv/bin/python -m pytest -q tests/storage/test_schema.py

PRAGMA user_version = 23;

-- table address
CREATE TABLE address (
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
    );

-- table card_household
CREATE TABLE card_household (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES card_run(id) ON DELETE CASCADE,
        addressee TEXT NOT NULL DEFAULT '',
        salutation TEXT NOT NULL DEFAULT ''
    , version INTEGER NOT NULL DEFAULT 1);

-- table card_opt_out
CREATE TABLE card_opt_out (
        contact_id INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
        since TEXT NOT NULL
    );

-- table card_received
CREATE TABLE card_received (
        run_id INTEGER NOT NULL REFERENCES card_run(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        received_at TEXT NOT NULL, interaction_id INTEGER REFERENCES interaction(id) ON DELETE SET NULL,
        PRIMARY KEY (run_id, contact_id)
    ) WITHOUT ROWID;

-- table card_recipient
CREATE TABLE card_recipient (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES card_run(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        household_id INTEGER REFERENCES card_household(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'planned',
        status_at TEXT,
        interaction_id INTEGER,
        added_at TEXT NOT NULL,
        UNIQUE (run_id, contact_id)
    );

-- table card_run
CREATE TABLE card_run (
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
    );

-- table contact
CREATE TABLE contact (
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
    , first_contact TEXT NOT NULL DEFAULT '', pinned_band TEXT NOT NULL DEFAULT '', last_contact_at TEXT, last_channel TEXT NOT NULL DEFAULT '', warmth_log REAL, last_two_way_at TEXT, prev_two_way_at TEXT, version INTEGER NOT NULL DEFAULT 1, formatted_name TEXT NOT NULL DEFAULT '', touch_log REAL, list_key INTEGER, match_key TEXT NOT NULL DEFAULT '');

-- table contact_fts
CREATE VIRTUAL TABLE contact_fts USING fts5(
        name, organisation, emails, phones, places, notes, tags,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
    );

-- table contact_tag
CREATE TABLE contact_tag (
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
        PRIMARY KEY (contact_id, tag_id)
    ) WITHOUT ROWID;

-- table email
CREATE TABLE email (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        label TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL
    , match_key TEXT NOT NULL DEFAULT '');

-- table erased_referrer
CREATE TABLE erased_referrer (
        contact_id INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
        erasure_token TEXT NOT NULL
    );

-- table erasure_log
CREATE TABLE erasure_log (
        id INTEGER PRIMARY KEY,
        erased_on TEXT NOT NULL,
        token TEXT NOT NULL UNIQUE
    );

-- table import_batch
CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        process_started TEXT NOT NULL DEFAULT '',
        max_tag_id INTEGER NOT NULL DEFAULT 0
    );

-- table import_undo
CREATE TABLE import_undo (
        batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL,
        before TEXT,
        PRIMARY KEY (batch_id, contact_id)
    ) WITHOUT ROWID;

-- table interaction
CREATE TABLE interaction (
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
    , version INTEGER NOT NULL DEFAULT 1, logged_by TEXT NOT NULL DEFAULT '');

-- table interaction_contact
CREATE TABLE interaction_contact (
        interaction_id INTEGER NOT NULL REFERENCES interaction(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        PRIMARY KEY (interaction_id, contact_id)
    ) WITHOUT ROWID;

-- table phone
CREATE TABLE phone (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        label TEXT NOT NULL DEFAULT '',
        number TEXT NOT NULL,
        digits TEXT NOT NULL DEFAULT ''
    );

-- table phone_fts
CREATE VIRTUAL TABLE phone_fts USING fts5(digits, tokenize = 'trigram');

-- table photo
CREATE TABLE photo (
        contact_id INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
        mime TEXT NOT NULL DEFAULT 'image/jpeg',
        data BLOB NOT NULL
    );

-- table setting
CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );

-- table sync_account
CREATE TABLE sync_account (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL,
        username TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_sync_at TEXT,
        last_result TEXT NOT NULL DEFAULT ''
    );

-- table sync_book
CREATE TABLE sync_book (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES sync_account(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        sync_token TEXT NOT NULL DEFAULT '',
        UNIQUE (account_id, url)
    );

-- table sync_item
CREATE TABLE sync_item (
        book_id INTEGER NOT NULL REFERENCES sync_book(id) ON DELETE CASCADE,
        href TEXT NOT NULL,
        contact_id INTEGER,
        etag TEXT NOT NULL DEFAULT '',
        card TEXT NOT NULL DEFAULT '',
        hash TEXT NOT NULL DEFAULT '',
        contact_version INTEGER NOT NULL DEFAULT 0,
        pending TEXT,
        PRIMARY KEY (book_id, href)
    ) WITHOUT ROWID;

-- table tag
CREATE TABLE tag (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        folded TEXT NOT NULL
    );

-- table talk_fts
CREATE VIRTUAL TABLE talk_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2', prefix = '3');

-- table url
CREATE TABLE url (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        label TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL
    );

-- index address_contact
CREATE INDEX address_contact ON address(contact_id, position);

-- index card_household_run
CREATE INDEX card_household_run ON card_household(run_id);

-- index card_recipient_contact
CREATE INDEX card_recipient_contact ON card_recipient(contact_id);

-- index card_recipient_household
CREATE INDEX card_recipient_household ON card_recipient(household_id);

-- index card_run_year
CREATE INDEX card_run_year ON card_run(year, occasion);

-- index contact_birthday
CREATE INDEX contact_birthday ON contact(substr(birthday, -5), id, display_name, birthday) WHERE trashed_at IS NULL AND birthday != '';

-- index contact_cadence
CREATE INDEX contact_cadence ON contact(id, cadence_days) WHERE cadence_days > 0 AND trashed_at IS NULL;

-- index contact_last_contact
CREATE INDEX contact_last_contact ON contact(last_contact_at);

-- index contact_live_by_city
CREATE INDEX contact_live_by_city ON contact(list_city = '', list_city COLLATE NOCASE, sort_key, id) WHERE trashed_at IS NULL;

-- index contact_live_by_email
CREATE INDEX contact_live_by_email ON contact(list_email = '', list_email COLLATE NOCASE, sort_key, id) WHERE trashed_at IS NULL;

-- index contact_live_by_organisation
CREATE INDEX contact_live_by_organisation ON contact(organisation = '', organisation COLLATE NOCASE, sort_key, id) WHERE trashed_at IS NULL;

-- index contact_live_by_phone
CREATE INDEX contact_live_by_phone ON contact(list_phone = '', list_phone, sort_key, id) WHERE trashed_at IS NULL;

-- index contact_live_new
CREATE INDEX contact_live_new ON contact(id) WHERE trashed_at IS NULL AND pinned_band = '' AND last_contact_at IS NULL;

-- index contact_live_order
CREATE INDEX contact_live_order ON contact(sort_key, id) WHERE trashed_at IS NULL;

-- index contact_live_pinned
CREATE INDEX contact_live_pinned ON contact(pinned_band) WHERE trashed_at IS NULL AND pinned_band != '';

-- index contact_live_temperature
CREATE INDEX contact_live_temperature ON contact(warmth_log, sort_key, id, pinned_band, prev_two_way_at, relationship, touch_log, trashed_at) WHERE trashed_at IS NULL;

-- index contact_match_key
CREATE INDEX contact_match_key ON contact(match_key) WHERE trashed_at IS NULL;

-- index contact_prev_two_way
CREATE INDEX contact_prev_two_way ON contact(prev_two_way_at) WHERE trashed_at IS NULL AND pinned_band = '';

-- index contact_referred_by
CREATE INDEX contact_referred_by ON contact(referred_by_id);

-- index contact_sort
CREATE INDEX contact_sort ON contact(sort_key, id);

-- index contact_tag_tag
CREATE INDEX contact_tag_tag ON contact_tag(tag_id);

-- index contact_trash_order
CREATE INDEX contact_trash_order ON contact(sort_key, id) WHERE trashed_at IS NOT NULL;

-- index contact_uid
CREATE UNIQUE INDEX contact_uid ON contact(uid);

-- index email_address
CREATE INDEX email_address ON email(address COLLATE NOCASE);

-- index email_contact
CREATE INDEX email_contact ON email(contact_id, position);

-- index email_match_key
CREATE INDEX email_match_key ON email(match_key);

-- index interaction_contact_contact
CREATE INDEX interaction_contact_contact ON interaction_contact(contact_id, interaction_id);

-- index interaction_open_follow_up
CREATE INDEX interaction_open_follow_up ON interaction(follow_up) WHERE follow_up IS NOT NULL AND follow_up_done = 0 AND trashed_at IS NULL;

-- index phone_contact
CREATE INDEX phone_contact ON phone(contact_id, position);

-- index phone_digits
CREATE INDEX phone_digits ON phone(digits);

-- index sync_item_contact
CREATE INDEX sync_item_contact ON sync_item(contact_id);

-- index tag_folded
CREATE UNIQUE INDEX tag_folded ON tag(folded);

-- index url_contact
CREATE INDEX url_contact ON url(contact_id, position);

-- trigger sync_item_tombstone
CREATE TRIGGER sync_item_tombstone AFTER DELETE ON contact BEGIN
        UPDATE sync_item SET contact_id = NULL, card = '', hash = '', pending = NULL
        WHERE contact_id = OLD.id;
    END;
