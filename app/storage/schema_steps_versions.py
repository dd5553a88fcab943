"""The schema steps that give rows people edit a version, listed in
``app.storage.schema_steps.STEPS`` (kept here, word for word, to keep that
module readable).

A save names the version it was read at and is refused (or merged) when the
stored row has moved on, so a save never overwrites what it did not see.
"""
from __future__ import annotations

import peewee as pw


def _v_contact_versions(db: pw.Database) -> None:
    """A version per contact, so that a save never overwrites what it did not see."""
    # Every write to a contact or its phones, e-mails, addresses, URLs, tags
    # or photo adds one (app.contacts.store); a save from an older version is
    # merged with what changed since (app.contacts.saving). Existing contacts
    # start at 1, as a freshly created one does.
    db.execute_sql("ALTER TABLE contact ADD COLUMN version INTEGER NOT NULL DEFAULT 1")


def _v_interaction_versions(db: pw.Database) -> None:
    """A version per conversation, so that a save never overwrites what it did not see."""
    # Every edit, trash or restore adds one (app.conversations.store); a save
    # from an older version is refused. Existing conversations start at 1.
    db.execute_sql("ALTER TABLE interaction ADD COLUMN version INTEGER NOT NULL DEFAULT 1")


def _v_card_household_versions(db: pw.Database) -> None:
    """A version per card household, so that a wording save never overwrites what it did not see."""
    # Every change of the addressee or salutation adds one (app.cards.store); a
    # save from an older version is refused. Existing households start at 1.
    db.execute_sql("ALTER TABLE card_household ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
