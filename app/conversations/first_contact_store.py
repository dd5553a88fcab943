"""A contact's first-contact date, when nobody typed one: its earliest conversation
(notes and greeting cards do not count). Kept apart from app.conversations.store,
which calls it after each write; the demo calls :func:`fill_first_contacts`."""
from __future__ import annotations

from app.conversations import temperature
from app.storage.connection import database

_CONVERSATION = f"i.channel NOT IN {tuple(sorted(temperature.NOT_CONVERSATIONS))}"


def fill_for(contact_ids: list[int]) -> None:
    """A contact's first-contact date, when nobody typed one, is its earliest conversation."""
    for start in range(0, len(contact_ids), 900):
        chunk = contact_ids[start:start + 900]
        marks = ",".join("?" * len(chunk))
        database.execute_sql(
            "UPDATE contact SET first_contact = (SELECT substr(min(i.happened_at), 1, 10) "
            "FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id "
            f"WHERE ic.contact_id = contact.id AND i.trashed_at IS NULL AND {_CONVERSATION}) "
            f"WHERE id IN ({marks}) AND first_contact = '' AND EXISTS (SELECT 1 FROM "
            "interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id "
            f"WHERE ic.contact_id = contact.id AND i.trashed_at IS NULL AND {_CONVERSATION})",
            chunk)


def fill_first_contacts() -> None:
    """After a bulk load: each touched contact's first-contact date, when nobody typed one."""
    database.execute_sql(
        "UPDATE contact SET first_contact = (SELECT substr(min(i.happened_at), 1, 10) FROM "
        "interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id "
        f"WHERE ic.contact_id = contact.id AND {_CONVERSATION}) "
        "WHERE first_contact = '' AND last_contact_at IS NOT NULL")
