"""Storing greeting-card runs: the card_run, card_recipient, card_household,
card_received and card_opt_out tables.

Plain reads and writes, in the caller's transaction unless a function says
otherwise; the rules (who is added, what marking sent logs) are in
app.cards.runs and app.cards.recipients.
"""
from __future__ import annotations

from collections.abc import Sequence

from app.storage.connection import database

RUN_COLUMNS = ("id", "year", "occasion", "title", "sender_name", "sender_street",
               "sender_postal_code", "sender_city", "sender_country", "sender_language",
               "copied_from", "created_at")


# --- runs --------------------------------------------------------------------------

def newest_sender() -> tuple | None:
    """(name, street, postal code, city, country, language) of the newest run's sender."""
    return database.execute_sql(
        "SELECT sender_name, sender_street, sender_postal_code, sender_city, sender_country, "
        "sender_language FROM card_run ORDER BY year DESC, id DESC LIMIT 1").fetchone()


def insert_run(values: tuple) -> int:
    """A new run from (year, occasion, title, sender name, street, postal code, city,
    country, language, copied_from, created_at); returns its id."""
    cur = database.execute_sql(
        "INSERT INTO card_run(year, occasion, title, sender_name, sender_street, "
        "sender_postal_code, sender_city, sender_country, sender_language, copied_from, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", values)
    return cur.fetchone()[0]


def run_row(run_id: int) -> tuple | None:
    """The run's RUN_COLUMNS."""
    return database.execute_sql(
        f"SELECT {', '.join(RUN_COLUMNS)} FROM card_run WHERE id = ?", (run_id,)).fetchone()


def run_counts(run_id: int) -> tuple[int, int]:
    """(recipients, sent or returned) of a run."""
    return database.execute_sql(
        "SELECT count(*), coalesce(sum(CASE WHEN status IN ('sent', 'returned') THEN 1 "
        "ELSE 0 END), 0) FROM card_recipient WHERE run_id = ?", (run_id,)).fetchone()


def run_rows_with_counts():
    """RUN_COLUMNS + (recipients, sent or returned) of every run, newest first."""
    return database.execute_sql(
        f"SELECT {', '.join('r.' + c for c in RUN_COLUMNS)}, "
        "(SELECT count(*) FROM card_recipient x WHERE x.run_id = r.id), "
        "(SELECT count(*) FROM card_recipient x WHERE x.run_id = r.id "
        " AND x.status IN ('sent', 'returned')) "
        "FROM card_run r ORDER BY r.year DESC, r.id DESC")


def update_run(values: tuple) -> None:
    """(year, occasion, title, sender name, street, postal code, city, country,
    language, id)."""
    database.execute_sql(
        "UPDATE card_run SET year = ?, occasion = ?, title = ?, sender_name = ?, "
        "sender_street = ?, sender_postal_code = ?, sender_city = ?, sender_country = ?, "
        "sender_language = ? WHERE id = ?", values)


def delete_run(run_id: int) -> None:
    with database.atomic():
        database.execute_sql("DELETE FROM card_run WHERE id = ?", (run_id,))


def previous_run_id(year: int, occasion: str) -> int | None:
    """The same occasion in the latest earlier year, else any run of an earlier year."""
    row = database.execute_sql(
        "SELECT id FROM card_run WHERE year < ? ORDER BY occasion = ? DESC, year DESC, id DESC "
        "LIMIT 1", (year, occasion)).fetchone()
    return row[0] if row else None


# --- "no cards" ------------------------------------------------------------------------

def set_no_cards(contact_ids: Sequence[int], no_cards: bool, stamp: str) -> None:
    with database.atomic():
        cur = database.cursor()
        if no_cards:
            cur.executemany("INSERT INTO card_opt_out(contact_id, since) VALUES (?, ?) "
                            "ON CONFLICT DO NOTHING",
                            [(i, stamp) for i in contact_ids])
        else:
            cur.executemany("DELETE FROM card_opt_out WHERE contact_id = ?",
                            [(i,) for i in contact_ids])


def no_cards_ids() -> set[int]:
    return {r[0] for r in database.execute_sql("SELECT contact_id FROM card_opt_out")}


# --- recipients ------------------------------------------------------------------------

def recipient_ids(run_id: int, *, include_returned: bool = True) -> list[int]:
    """A run's recipients in the order they were added."""
    where = "" if include_returned else " AND status != 'returned'"
    return [r[0] for r in database.execute_sql(
        f"SELECT contact_id FROM card_recipient WHERE run_id = ?{where} ORDER BY id", (run_id,))]


def add_recipients(run_id: int, contact_ids: Sequence[int], stamp: str) -> None:
    """Add these (existing) contacts; those already in the run stay as they are."""
    database.cursor().executemany(
        "INSERT INTO card_recipient(run_id, contact_id, added_at) "
        "SELECT ?, id, ? FROM contact WHERE id = ? ON CONFLICT DO NOTHING",
        [(run_id, stamp, i) for i in contact_ids])


def count_recipients(run_id: int) -> int:
    return database.execute_sql("SELECT count(*) FROM card_recipient WHERE run_id = ?",
                                (run_id,)).fetchone()[0]


def remove_recipients(run_id: int, contact_ids: Sequence[int]) -> int:
    cur = database.cursor()
    cur.executemany("DELETE FROM card_recipient WHERE run_id = ? AND contact_id = ?",
                    [(run_id, i) for i in contact_ids])
    return cur.rowcount


def recipient_rows(run_id: int):
    """(contact id, household id, status, status_at, name, trashed) in name order."""
    return database.execute_sql(
        "SELECT r.contact_id, r.household_id, r.status, coalesce(r.status_at, ''), "
        "c.display_name, c.trashed_at IS NOT NULL FROM card_recipient r "
        "JOIN contact c ON c.id = r.contact_id WHERE r.run_id = ? "
        "ORDER BY c.sort_key, c.id", (run_id,))


def recipient_states(run_id: int) -> dict[int, tuple]:
    """contact id -> (status, household id, interaction id) of every recipient."""
    return {r[0]: (r[1], r[2], r[3]) for r in database.execute_sql(
        "SELECT contact_id, status, household_id, interaction_id FROM card_recipient "
        "WHERE run_id = ?", (run_id,))}


def set_status(run_id: int, contact_ids: Sequence[int], status: str, stamp: str) -> None:
    database.cursor().executemany(
        "UPDATE card_recipient SET status = ?, status_at = ? WHERE run_id = ? "
        "AND contact_id = ?", [(status, stamp, run_id, i) for i in contact_ids])


def link_interaction(run_id: int, contact_ids: Sequence[int], interaction_id: int | None) -> None:
    """The "greeting card" conversation logged for these recipients (None: none)."""
    if interaction_id is None:
        database.cursor().executemany(
            "UPDATE card_recipient SET interaction_id = NULL WHERE run_id = ? "
            "AND contact_id = ?", [(run_id, i) for i in contact_ids])
    else:
        database.cursor().executemany(
            "UPDATE card_recipient SET interaction_id = ? WHERE run_id = ? "
            "AND contact_id = ?", [(interaction_id, run_id, i) for i in contact_ids])


def sent_ids(run_id: int) -> set[int]:
    return {r[0] for r in database.execute_sql(
        "SELECT contact_id FROM card_recipient WHERE run_id = ? AND status IN ('sent', "
        "'returned')", (run_id,))}


# --- households ------------------------------------------------------------------------

def household_members(run_id: int, *, ordered: bool = True):
    """(household id, contact id) of recipients in a household."""
    order = " ORDER BY household_id, id" if ordered else ""
    return database.execute_sql(
        "SELECT household_id, contact_id FROM card_recipient WHERE run_id = ? "
        f"AND household_id IS NOT NULL{order}", (run_id,))


def new_household(run_id: int, contact_ids: Sequence[int]) -> int:
    """Put these recipients into a new household; returns its id."""
    hid = database.execute_sql("INSERT INTO card_household(run_id) VALUES (?) RETURNING id",
                               (run_id,)).fetchone()[0]
    database.cursor().executemany(
        "UPDATE card_recipient SET household_id = ? WHERE run_id = ? AND contact_id = ?",
        [(hid, run_id, i) for i in contact_ids])
    return hid


def drop_empty_households(run_id: int) -> None:
    database.execute_sql(
        "DELETE FROM card_household WHERE run_id = ? AND id NOT IN "
        "(SELECT household_id FROM card_recipient WHERE run_id = ? "
        " AND household_id IS NOT NULL)", (run_id, run_id))


def household_text(household_id: int) -> tuple[str, str]:
    """(addressee, salutation) of one household."""
    return database.execute_sql(
        "SELECT addressee, salutation FROM card_household WHERE id = ?",
        (household_id,)).fetchone()


def set_household_text(household_id: int, *, addressee: str | None = None,
                       salutation: str | None = None, version: int | None = None) -> bool:
    """Write the texts given and add one to the version, if the household exists
    (and is still at ``version``, when given); False if nothing was written."""
    sets, values = ["version = version + 1"], []
    for column, text in (("addressee", addressee), ("salutation", salutation)):
        if text is not None:
            sets.append(f"{column} = ?")
            values.append(text.strip())
    where, values = "id = ?", [*values, household_id]
    if version is not None:
        where, values = where + " AND version = ?", [*values, version]
    return database.execute_sql(
        f"UPDATE card_household SET {', '.join(sets)} WHERE {where}", values).rowcount > 0


def household_texts(run_id: int) -> dict[int, tuple[str, str, int]]:
    """household id -> (addressee, salutation, version)."""
    return {r[0]: (r[1], r[2], r[3]) for r in database.execute_sql(
        "SELECT id, addressee, salutation, version FROM card_household WHERE run_id = ?",
        (run_id,))}


# --- cards received --------------------------------------------------------------------

def received_links(run_id: int) -> dict[int, int | None]:
    """contact id -> the conversation logged for the card they sent."""
    return {r[0]: r[1] for r in database.execute_sql(
        "SELECT contact_id, interaction_id FROM card_received WHERE run_id = ?", (run_id,))}


def add_received(rows: Sequence[tuple]) -> None:
    """(run id, contact id, received_at, interaction id) rows."""
    database.cursor().executemany("INSERT INTO card_received(run_id, contact_id, received_at, "
                                  "interaction_id) VALUES (?, ?, ?, ?)", rows)


def remove_received(run_id: int, contact_ids: Sequence[int]) -> None:
    database.cursor().executemany("DELETE FROM card_received WHERE run_id = ? AND contact_id = ?",
                                  [(run_id, i) for i in contact_ids])


def received_ids(run_id: int) -> set[int]:
    return {r[0] for r in database.execute_sql(
        "SELECT contact_id FROM card_received WHERE run_id = ?", (run_id,))}


def card_history(contact_id: int, limit: int):
    """(year, occasion, our card's status or None, whether they sent one) of the latest
    runs this contact was in or sent us a card in."""
    return database.execute_sql(
        "SELECT r.year, r.occasion, cr.status, rc.contact_id IS NOT NULL FROM card_run r "
        "LEFT JOIN card_recipient cr ON cr.run_id = r.id AND cr.contact_id = ? "
        "LEFT JOIN card_received rc ON rc.run_id = r.id AND rc.contact_id = ? "
        "WHERE cr.contact_id IS NOT NULL OR rc.contact_id IS NOT NULL "
        "ORDER BY r.year DESC, r.id DESC LIMIT ?", (contact_id, contact_id, limit)).fetchall()
