"""The CardDAV sync's tables: accounts, their address books, each card's state.

No password is stored here (app.carddav.passwords). A ``sync_item`` whose
contact is gone (``contact_id`` NULL) is a tombstone: see app.carddav.tombstones.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from app.core import clock
from app.core.i18n import N_
from app.core.problems import Problem, problem_code
from app.storage.connection import database


class AccountProblem(Problem):
    """An account that cannot be added, found or removed: ``name``."""


NO_ACCOUNT = problem_code("carddav.no_account", N_("There is no sync account named {name}."))
ACCOUNT_EXISTS = problem_code("carddav.account_exists",
                              N_("A sync account named {name} exists already."))


@dataclass
class Account:
    id: int
    name: str
    url: str
    username: str
    last_sync_at: str = ""
    last_result: dict | None = None


@dataclass
class Book:
    id: int
    account_id: int
    url: str
    name: str
    sync_token: str


@dataclass
class Item:
    href: str
    contact_id: int | None
    etag: str
    card: str
    hash: str
    contact_version: int
    pending: dict | None


def add_account(name: str, url: str, username: str, books: list[tuple[str, str]]) -> Account:
    """A new account with its address books (url, display name), in order."""
    with database.atomic():
        if database.execute_sql("SELECT 1 FROM sync_account WHERE name = ?",
                                (name,)).fetchone():
            raise AccountProblem(ACCOUNT_EXISTS, name=name)
        cur = database.execute_sql(
            "INSERT INTO sync_account(name, url, username, created_at) VALUES (?, ?, ?, ?) "
            "RETURNING id",
            (name, url, username, clock.stamp()))
        account_id = cur.fetchone()[0]
        database.cursor().executemany(
            "INSERT INTO sync_book(account_id, url, name, position) VALUES (?, ?, ?, ?)",
            [(account_id, u, n, i) for i, (u, n) in enumerate(books)])
    return account(name)


def accounts() -> list[Account]:
    rows = database.execute_sql("SELECT id, name, url, username, last_sync_at, last_result "
                                "FROM sync_account ORDER BY name").fetchall()
    return [Account(i, n, u, user, at or "", json.loads(res) if res else None)
            for i, n, u, user, at, res in rows]


def account(name: str) -> Account:
    for a in accounts():
        if a.name == name:
            return a
    raise AccountProblem(NO_ACCOUNT, name=name)


def remove_account(name: str) -> None:
    with database.atomic():
        cur = database.execute_sql("DELETE FROM sync_account WHERE name = ?", (name,))
        if cur.rowcount == 0:
            raise AccountProblem(NO_ACCOUNT, name=name)


def record_result(account_id: int, result: dict) -> None:
    with database.atomic():
        database.execute_sql("UPDATE sync_account SET last_sync_at = ?, last_result = ? "
                             "WHERE id = ?", (clock.stamp(), json.dumps(result), account_id))


def books(account_id: int) -> list[Book]:
    rows = database.execute_sql("SELECT id, account_id, url, name, sync_token FROM sync_book "
                                "WHERE account_id = ? ORDER BY position, id", (account_id,))
    return [Book(*row) for row in rows.fetchall()]


def set_token(book_id: int, token: str) -> None:
    with database.atomic():
        database.execute_sql("UPDATE sync_book SET sync_token = ? WHERE id = ?",
                             (token, book_id))


_ITEM_COLS = "href, contact_id, etag, card, hash, contact_version, pending"


def _item(row) -> Item:
    *head, pending = row
    return Item(*head, json.loads(pending) if pending else None)


def items(book_id: int) -> dict[str, Item]:
    rows = database.execute_sql(f"SELECT {_ITEM_COLS} FROM sync_item WHERE book_id = ?",
                                (book_id,))
    return {row[0]: _item(row) for row in rows.fetchall()}


def item(book_id: int, href: str) -> Item | None:
    row = database.execute_sql(f"SELECT {_ITEM_COLS} FROM sync_item WHERE book_id = ? "
                               "AND href = ?", (book_id, href)).fetchone()
    return _item(row) if row else None


def save_item(book_id: int, it: Item) -> None:
    """Insert or replace one card's state (inside the caller's transaction, if any)."""
    database.execute_sql(
        f"INSERT INTO sync_item(book_id, {_ITEM_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (book_id, href) DO UPDATE SET contact_id = excluded.contact_id, "
        "etag = excluded.etag, card = excluded.card, hash = excluded.hash, "
        "contact_version = excluded.contact_version, pending = excluded.pending",
        (book_id, it.href, it.contact_id, it.etag, it.card, it.hash, it.contact_version,
         json.dumps(it.pending) if it.pending else None))


def drop_item(book_id: int, href: str) -> None:
    database.execute_sql("DELETE FROM sync_item WHERE book_id = ? AND href = ?",
                         (book_id, href))


def local_changes(book_id: int) -> list[tuple[str, int, int, str | None]]:
    """Synced cards whose contact was written since: href, contact id, version, trashed_at."""
    return database.execute_sql(
        "SELECT i.href, c.id, c.version, c.trashed_at FROM sync_item i JOIN contact c "
        "ON c.id = i.contact_id WHERE i.book_id = ? AND i.pending IS NULL "
        "AND c.version != i.contact_version", (book_id,)).fetchall()


def unsynced_contacts(account_id: int) -> list[int]:
    """Contacts (not in the trash) that no address book of the account holds yet."""
    return [r[0] for r in database.execute_sql(
        "SELECT c.id FROM contact c WHERE c.trashed_at IS NULL AND NOT EXISTS ("
        "SELECT 1 FROM sync_item i JOIN sync_book b ON b.id = i.book_id "
        "WHERE i.contact_id = c.id AND b.account_id = ?) ORDER BY c.id", (account_id,))]


def conflicts() -> list[tuple[int, str, int, str]]:
    """Cards waiting for a choice: book id, href, contact id, account name."""
    return database.execute_sql(
        "SELECT i.book_id, i.href, i.contact_id, a.name FROM sync_item i "
        "JOIN sync_book b ON b.id = i.book_id JOIN sync_account a ON a.id = b.account_id "
        "WHERE i.pending IS NOT NULL AND i.contact_id IS NOT NULL "
        "ORDER BY i.book_id, i.href").fetchall()


def mark_deleted(contact_ids: list[int]) -> None:
    """Tombstones for contacts deleted for good (the trigger does the same)."""
    database.cursor().executemany(
        "UPDATE sync_item SET contact_id = NULL, card = '', hash = '', pending = NULL "
        "WHERE contact_id = ?", [(i,) for i in contact_ids])
