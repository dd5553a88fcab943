"""Writers wait their turn: a transaction that reads before it writes still
succeeds after another connection committed in between."""
from __future__ import annotations

import sqlite3
import threading

from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.storage.connection import database
from app.storage.engine import is_url


def _other_connection(db_path):
    """Another program's own connection, in autocommit."""
    if is_url(db_path):
        import psycopg

        return psycopg.connect(db_path, autocommit=True)
    return sqlite3.connect(str(db_path), timeout=10, isolation_level=None)


def _param(sql: str, db_path) -> str:
    return sql.replace("?", "%s") if is_url(db_path) else sql


def test_a_read_then_write_transaction_survives_another_connections_commit(db, db_path):
    cid = contacts.create(ContactData(given_name="Anna", family_name="Muster"))
    read_done, other_done = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def other_writer():
        # Another program (its own connection) writes once our transaction has read.
        read_done.wait(5)
        con = _other_connection(db_path)
        try:
            con.execute(_param("UPDATE contact SET notes = 'from elsewhere' WHERE id = ?",
                               db_path), (cid,))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            con.close()
            other_done.set()

    thread = threading.Thread(target=other_writer)
    thread.start()
    with database.atomic():
        nickname = contacts.get(cid).given_name[:2]
        read_done.set()
        other_done.wait(0.3)  # deferred, the other commit would land here
        database.execute_sql("UPDATE contact SET nickname = ? WHERE id = ?", (nickname, cid))
    thread.join(10)
    assert errors == []
    c = contacts.get(cid)
    assert (c.nickname, c.notes) == ("An", "from elsewhere")  # both writes kept
