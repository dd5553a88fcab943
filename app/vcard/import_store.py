"""The import journal's tables (import_batch, import_undo): see app.vcard.import_journal."""
from __future__ import annotations

from collections.abc import Sequence

from app.storage import search_index as search
from app.storage.connection import database


def max_tag_id() -> int:
    return database.execute_sql("SELECT coalesce(max(id), 0) FROM tag").fetchone()[0]


def add_batch(started_at: str, host: str, pid: int, process_started: str,
              tag_id: int) -> int:
    return database.execute_sql(
        "INSERT INTO import_batch(started_at, host, pid, process_started, max_tag_id) "
        "VALUES (?, ?, ?, ?, ?) RETURNING id",
        (started_at, host, pid, process_started, tag_id)).fetchone()[0]


def batches() -> list[tuple[int, str, int, str]]:
    """(id, host, pid, process_started) of every batch still in the journal."""
    return database.execute_sql(
        "SELECT id, host, pid, process_started FROM import_batch ORDER BY id").fetchall()


def drop_batch(batch_id: int) -> None:
    """Forget a batch and its undo rows (the import is done, or fully undone)."""
    database.execute_sql("DELETE FROM import_batch WHERE id = ?", (batch_id,))


def batch_tag_floor(batch_id: int) -> int | None:
    row = database.execute_sql("SELECT max_tag_id FROM import_batch WHERE id = ?",
                               (batch_id,)).fetchone()
    return row[0] if row else None


def record(batch_id: int, rows: Sequence[tuple[int, str | None]]) -> None:
    """(contact id, before) rows; a contact already recorded keeps its first entry."""
    database.cursor().executemany(
        "INSERT INTO import_undo(batch_id, contact_id, before) VALUES (?, ?, ?) "
        "ON CONFLICT DO NOTHING",
        [(batch_id, cid, before) for cid, before in rows])


def undo_rows(batch_id: int, limit: int) -> list[tuple[int, str | None]]:
    """Up to ``limit`` (contact id, before) rows still to undo, newest contact first."""
    return database.execute_sql(
        "SELECT contact_id, before FROM import_undo WHERE batch_id = ? "
        "ORDER BY contact_id DESC LIMIT ?", (batch_id, limit)).fetchall()


def forget(batch_id: int, contact_ids: Sequence[int]) -> None:
    database.cursor().executemany(
        "DELETE FROM import_undo WHERE batch_id = ? AND contact_id = ?",
        [(batch_id, i) for i in contact_ids])


def delete_contacts(contact_ids: Sequence[int]) -> None:
    """Remove contacts the import created, with their search entries and any
    conversation that had nobody else in it."""
    ids = list(contact_ids)
    if not ids:
        return
    marks = ",".join("?" * len(ids))
    talks = [r[0] for r in database.execute_sql(
        f"SELECT DISTINCT interaction_id FROM interaction_contact WHERE contact_id IN ({marks})",
        ids)]
    search.remove_documents(ids)
    database.execute_sql(f"DELETE FROM contact WHERE id IN ({marks})", ids)
    database.cursor().executemany(
        "DELETE FROM interaction WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
        "interaction_contact ic WHERE ic.interaction_id = interaction.id)",
        [(i,) for i in talks])


def set_stamps(rows: Sequence[tuple[str, str | None, int]]) -> None:
    """(updated_at, trashed_at, id): a contact's stamps as they were."""
    database.cursor().executemany(
        "UPDATE contact SET updated_at = ?, trashed_at = ? WHERE id = ?", rows)


def drop_new_unused_tags(above: int) -> None:
    """Tags the import added (id above ``above``) that no contact uses any more."""
    database.execute_sql("DELETE FROM tag WHERE id > ? AND NOT EXISTS "
                         "(SELECT 1 FROM contact_tag ct WHERE ct.tag_id = tag.id)", (above,))
