"""Erasing a person for good (GDPR Art. 17): at once, not via the trash.

:func:`erase` removes, in one transaction, the contact and everything keyed
by it (app.privacy.erase_store), then merges the search indexes, vacuums
the file and truncates the WAL, so that the person's name, e-mail and phone
are gone from the file's bytes, not only from its tables. The erasure log
keeps the date and a random id, nothing personal.

Hook points, for code that must follow an erasure elsewhere (CardDAV sync
deleting the card on the server, say):

- :data:`BEFORE_ERASURE`: called with (contact id, UID) inside the erasure's
  transaction, before any row goes, while the contact's own rows (a sync
  table's server address, say) can still be read; what a hook writes (a
  tombstone "delete this card on the server") commits with the erasure, and
  a hook that raises aborts it, leaving everything as it was.
- :data:`AFTER_ERASURE`: called with the :class:`Erased` record once the
  erasure is committed. A hook that fails does not undo the erasure; its
  exception is collected in ``Erased.hook_failures``.

Backups still hold older copies: :func:`backups_holding` lists the backup
files that contain the person (each opened read-only by SQLite, never read
as bytes) and :func:`erase_from_backups` applies the same erasure to them.

On PostgreSQL the same rows go in one transaction; then the touched tables
are vacuumed (the server manages its own write-ahead log). Hearth keeps no
backup files of a server database, so there are none to erase from
(``Erased.backup_files`` is False): dumps made with ``pg_dump`` are the
administrator's to replace.
"""
from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.core import clock
from app.core.i18n import N_
from app.core.problems import Problem, problem_code
from app.privacy import erase_store
from app.storage import backup
from app.storage.connection import database, database_path
from app.storage.engine import is_postgres

NO_SUCH_CONTACT = problem_code("privacy.no_such_contact", N_(
    "There is no contact with id {contact_id} to erase."))
#: How a contact's referrer is named once that referrer was erased.
ERASED_REFERRER = N_("an erased contact")
#: Said after an erasure on a database server (``Erased.backup_files`` False).
NO_BACKUP_FILES_NOTE = N_(
    "Hearth keeps no backup files of a database on a server, so there were none to erase "
    "the person from; dumps made with pg_dump still hold them until they are replaced.")
BACKUP_NOT_ERASED = problem_code("privacy.backup_not_erased", N_(
    "The backup {path} could not be changed, so the person is still in it: {reason}."))


class PrivacyProblem(Problem, LookupError):
    """An export or erasure that cannot be done: the code says why."""


@dataclass
class Erased:
    """What an erasure did: the log's random id and what went (no names kept)."""
    token: str
    uid: str
    reach: erase_store.Reach
    wal_emptied: bool = True
    #: False on a database server: no backup files of Hearth's own to erase from.
    backup_files: bool = True
    hook_failures: list[BaseException] = field(default_factory=list)


#: Called with (contact id, UID) inside the erasure's transaction (see module doc).
BEFORE_ERASURE: list[Callable[[int, str], None]] = []
#: Called with each :class:`Erased` after an erasure was committed (see module doc).
AFTER_ERASURE: list[Callable[[Erased], None]] = []


def reach(contact_id: int) -> erase_store.Reach:
    """What erasing this contact would remove, for the confirmation."""
    found = erase_store.reach(erase_store.connection(), contact_id)
    if found is None:
        raise PrivacyProblem(NO_SUCH_CONTACT, contact_id=contact_id)
    return found


def erase(contact_id: int) -> Erased:
    """Erase the contact for good, with its traces in the file's free pages and WAL."""
    token = secrets.token_hex(8)
    with database.atomic():
        con = erase_store.connection()
        found = erase_store.reach(con, contact_id)
        if found is None:
            raise PrivacyProblem(NO_SUCH_CONTACT, contact_id=contact_id)
        for hook in list(BEFORE_ERASURE):
            hook(contact_id, found.uid)
        gone = erase_store.erase_rows(con, contact_id, token=token,
                                      erased_on=clock.stamp()[:10])
        if gone is None:
            raise PrivacyProblem(NO_SUCH_CONTACT, contact_id=contact_id)
        erase_store.merge_search_indexes(con)
    wal_emptied = erase_store.compact(erase_store.connection())
    done = Erased(token, gone.uid, gone, wal_emptied, backup_files=not is_postgres())
    for hook in list(AFTER_ERASURE):
        try:
            hook(done)
        except Exception as exc:  # noqa: BLE001 - the erasure stands; the caller reports it
            done.hook_failures.append(exc)
    return done


def referrer_erased(contact_id: int) -> bool:
    """True when the contact's referrer was erased (and no other referrer set since)."""
    return erase_store.erased_referrer_token(erase_store.connection(), contact_id) is not None


# --- backups ----------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupHit:
    path: Path
    contact_id: int


def backups_holding(uid: str, db_path: Path | None = None) -> list[BackupHit]:
    """The backup files of the open database that still hold the contact with this UID.

    Each is opened by SQLite read-only and queried; one that cannot be read is
    left out (it holds nobody we could find).
    """
    if is_postgres():  # no backup files of Hearth's own (see the module doc)
        return []
    db_path = db_path or database_path()
    if db_path is None:
        return []
    hits = []
    for b in backup.all_backups(db_path):
        try:
            found = erase_store.uid_in_file(b.path, uid)
        except sqlite3.Error:
            continue
        if found is not None:
            hits.append(BackupHit(b.path, found))
    return hits


def erase_from_backups(hits: list[BackupHit], token: str) -> list[Problem]:
    """Apply the same erasure to each backup file; returns a problem per file that failed."""
    failed: list[Problem] = []
    for hit in hits:
        try:
            erase_from_file(hit.path, hit.contact_id, token)
        except sqlite3.Error as exc:
            failed.append(PrivacyProblem(BACKUP_NOT_ERASED, path=hit.path, reason=str(exc)))
    return failed


def erase_from_file(path: Path, contact_id: int, token: str) -> None:
    """Erase one contact from a database file that is not the open one (a backup)."""
    erase_store.erase_in_file(path, contact_id, token=token, erased_on=clock.stamp()[:10])
