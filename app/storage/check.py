"""`hearth check`: is the file sound, and do Hearth's own invariants hold?

SQLite's ``PRAGMA integrity_check`` looks at the pages; Hearth's checks look
at what only Hearth knows: every contact has its search entry and nothing
else has one, what was said with each contact is indexed as it stands, no
row points at a row that is gone (PRAGMA foreign_key_check, which covers
every declared reference, card-run recipients included), no conversation
belongs to nobody, and the stored temperature inputs are what
app.conversations.warmth computes from the conversations.

:func:`repair` rebuilds what can be rebuilt after a backup; a file SQLite
finds damaged is recovered into a new one (app.storage.recover).
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from app.core import clock
from app.core.i18n import N_
from app.core.problems import Problem, problem_code
from app.storage import health
from app.storage.connection import database
from app.storage.list_keys import ID_MASK, keys_deferred

SQLITE_DAMAGE = problem_code("check.sqlite", N_("SQLite finds the file damaged: {detail}"))
SEARCH_MISSING = problem_code("check.search_missing", N_(
    "{count} contact(s) are missing from the search index (contact {first} first)."))
SEARCH_STALE = problem_code("check.search_stale", N_(
    "The search entries of {count} contact(s) differ from the contacts (contact {first} "
    "first)."))
SEARCH_EXTRA = problem_code("check.search_extra", N_(
    "The search index has {count} entry(ies) for contacts that do not exist."))
TALK_STALE = problem_code("check.talk_stale", N_(
    "The index of what was said is out of date for {count} contact(s) (contact {first} "
    "first)."))
SEARCH_ORDER = problem_code("check.search_order", N_(
    "The search index of {count} contact(s) is not kept in the list's order (contact {first} "
    "first)."))
ORPHANS = problem_code("check.orphans", N_(
    "{count} row(s) of {table} point at a missing {parent} ({column})."))
LONELY_TALKS = problem_code("check.lonely_conversations", N_(
    "{count} conversation(s) belong to no contact."))
TEMPERATURE_STALE = problem_code("check.temperature", N_(
    "The stored temperature inputs of {count} contact(s) disagree with their conversations "
    "(contact {first} first)."))


class Finding(Problem):
    """One thing wrong with the database, as a sentence; ``fixable`` by repair()."""

    def __init__(self, code: str, **params):
        super().__init__(code, **params)


CHUNK = 500


_PAGE = re.compile(r"On tree page (\d+) ")


def integrity_findings(limit: int = 100) -> list[Finding]:
    """PRAGMA integrity_check's findings, one per damaged page (it reports each cell)."""
    path = health.current.path
    rows = health.quick_check(path, pragma=f"integrity_check({limit})") if path else []
    pages: set[str] = set()
    found = []
    for line in rows:
        page = _PAGE.match(line)
        if page and page.group(1) in pages:
            continue
        if page:
            pages.add(page.group(1))
        found.append(Finding(SQLITE_DAMAGE, detail=line))
    return found


def invariant_findings() -> list[Finding]:
    """Hearth's own checks, on the open database. PostgreSQL enforces every
    foreign key itself, so rows pointing nowhere are looked for on SQLite only
    (where a foreign tool may have written with the keys off)."""
    from app.storage.engine import is_postgres

    orphans = [] if is_postgres() else _orphan_findings()
    order = [] if is_postgres() else _order_findings()
    return [*_search_findings(), *order, *_talk_findings(), *orphans,
            *_lonely_talk_findings(), *_temperature_findings()]


def run_checks() -> list[Finding]:
    """Everything wrong with the open database; empty when it is healthy."""
    found = integrity_findings()
    if found:  # Hearth's checks would only read the damage again
        return found
    return invariant_findings()


# --- the search index ----------------------------------------------------------------------

def _all_contact_ids() -> list[int]:
    return [r[0] for r in database.execute_sql("SELECT id FROM contact ORDER BY id")]


def expected_documents(ids: Sequence[int]) -> Iterator:
    from app.contacts import store as contacts
    from app.storage import search_index as search
    from app.storage import settings

    region = settings.get("phone_region")
    for start in range(0, len(ids), CHUNK):
        for c in contacts.get_many(ids[start:start + CHUNK], with_photos=False):
            yield search.document_for(c.id, c, contacts.phone_region(c, region))


def _search_findings() -> list[Finding]:
    stored = {r[0]: _words(r[1:]) for r in database.execute_sql(
        f"SELECT {_ID}, name, organisation, emails, phones, places, notes, tags "
        "FROM contact_fts")}
    phones = dict(database.execute_sql(f"SELECT {_ID}, digits FROM phone_fts").fetchall())
    ids = _all_contact_ids()
    missing, stale = [], []
    for doc in expected_documents(ids):
        row = stored.get(doc.rowid)
        if row is None:
            missing.append(doc.rowid)
        elif row != _words((doc.name, doc.organisation, doc.emails, doc.phones, doc.places,
                            doc.notes, doc.tags)) or \
                phones.get(doc.rowid) != (doc.phone_digits or None):
            stale.append(doc.rowid)
    extra = (set(stored) | set(phones)) - set(ids)
    found = []
    if missing:
        found.append(Finding(SEARCH_MISSING, count=len(missing), first=missing[0]))
    if stale:
        found.append(Finding(SEARCH_STALE, count=len(stale), first=stale[0]))
    if extra:
        found.append(Finding(SEARCH_EXTRA, count=len(extra)))
    return found


#: A search row's contact id (its rowid is the list key on SQLite: app.storage.list_keys)
_ID = f"rowid & {ID_MASK}"


def _order_findings() -> list[Finding]:
    """Each contact's list key rises with the list's name order, and its search
    rows sit under it (app.storage.list_keys): else a search read page by page
    would list it in the wrong place."""
    wrong, last = [], -1
    for cid, key in database.execute_sql("SELECT id, list_key FROM contact ORDER BY sort_key, id"):
        if key is None or key <= last or key & ID_MASK != cid:
            wrong.append(cid)
        else:
            last = key
    key_of = dict(database.execute_sql("SELECT id, list_key FROM contact").fetchall())
    for table in ("contact_fts", "phone_fts", "talk_fts"):  # (no contact at all: "extra")
        wrong += [r[0] & ID_MASK for r in database.execute_sql(f"SELECT rowid FROM {table}")
                  if r[0] & ID_MASK in key_of and key_of[r[0] & ID_MASK] != r[0]]
    return [Finding(SEARCH_ORDER, count=len(set(wrong)), first=wrong[0])] if wrong else []


def _words(fields) -> tuple:
    """Each field's words in any order: a search matches words, not their order."""
    return tuple(sorted((f or "").split()) for f in fields)


def _talk_findings() -> list[Finding]:
    from app.storage import search_index as search

    ids = _all_contact_ids()
    expected = {cid: search._sharp_s(text) for cid, text in search.interaction_texts(ids).items()}
    stored = dict(database.execute_sql(f"SELECT {_ID}, text FROM talk_fts").fetchall())
    wrong = sorted(cid for cid in set(expected) | set(stored)
                   if expected.get(cid) != stored.get(cid))
    return [Finding(TALK_STALE, count=len(wrong), first=wrong[0])] if wrong else []


def rebuild_search_index() -> int:
    """Every contact's search entries and conversation texts written anew."""
    from app.storage import search_index as search

    ids = _all_contact_ids()
    with database.atomic():
        for table in ("contact_fts", "phone_fts", "talk_fts"):
            database.execute_sql(f"DELETE FROM {table}")
        with keys_deferred():  # every contact placed anew, its rows keyed, at the end
            search.write_documents(list(expected_documents(ids)))
            for start in range(0, len(ids), CHUNK):
                search.refresh_interaction_texts(ids[start:start + CHUNK])
    return len(ids)


# --- rows pointing nowhere ---------------------------------------------------------------

def _references() -> Iterator[tuple[str, str, str, str, str]]:
    """(table, column, parent, parent column, on delete) of every declared reference."""
    tables = [r[0] for r in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for table in tables:
        for fk in database.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall():
            _id, _seq, parent, column, parent_column, _upd, on_delete = fk[:7]
            yield table, column, parent, parent_column or "rowid", on_delete


def _dangling(table: str, column: str, parent: str, parent_column: str) -> str:
    return (f'FROM "{table}" WHERE "{column}" IS NOT NULL AND "{column}" NOT IN '
            f'(SELECT "{parent_column}" FROM "{parent}")')


def _orphan_findings() -> list[Finding]:
    found = []
    for table, column, parent, parent_column, _ in _references():
        n = database.execute_sql(
            "SELECT count(*) " + _dangling(table, column, parent, parent_column)).fetchone()[0]
        if n:
            found.append(Finding(ORPHANS, count=n, table=table, parent=parent, column=column))
    return found


_LONELY = "FROM interaction WHERE id NOT IN (SELECT interaction_id FROM interaction_contact)"


def _lonely_talk_findings() -> list[Finding]:
    n = database.execute_sql("SELECT count(*) " + _LONELY).fetchone()[0]
    return [Finding(LONELY_TALKS, count=n)] if n else []


def remove_orphans() -> int:
    """Rows pointing at a missing row follow their reference's ON DELETE rule
    (removed, or the reference cleared); conversations of nobody are removed."""
    changed = 0
    with database.atomic():
        for _ in range(5):  # removing a row can orphan its own children
            before = changed
            for table, column, parent, parent_column, on_delete in list(_references()):
                where = _dangling(table, column, parent, parent_column)
                if on_delete.upper() == "SET NULL":
                    sql = f'UPDATE "{table}" SET "{column}" = NULL WHERE rowid IN ' \
                          f'(SELECT rowid {where})' if _has_rowid(table) else None
                else:
                    sql = "DELETE " + where
                if sql:
                    changed += database.execute_sql(sql).rowcount
            changed += database.execute_sql("DELETE " + _LONELY).rowcount
            if changed == before:
                break
    return changed


def _has_rowid(table: str) -> bool:
    sql = database.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?",
                               (table,)).fetchone()[0]
    return "WITHOUT ROWID" not in sql.upper()


# --- temperature inputs ------------------------------------------------------------------

def _temperature_findings() -> list[Finding]:
    from app.conversations import warmth

    expected = {r[5]: r[:5] for r in warmth.computed_inputs(warmth.load_settings())}
    wrong = []
    for row in database.execute_sql(
            "SELECT id, warmth_log, last_contact_at, last_channel, last_two_way_at, "
            "prev_two_way_at FROM contact ORDER BY id"):
        want = expected.get(row[0], (None, None, "", None, None))
        if not _same_inputs(tuple(row[1:]), want):
            wrong.append(row[0])
    return [Finding(TEMPERATURE_STALE, count=len(wrong), first=wrong[0])] if wrong else []


def _same_inputs(have: tuple, want: tuple) -> bool:
    if have[1:] != tuple(want[1:]):
        return False
    if have[0] is None or want[0] is None:
        return have[0] is want[0]
    return math.isclose(have[0], want[0], rel_tol=1e-9, abs_tol=1e-9)


# --- repair ------------------------------------------------------------------------------

REPAIRED_FILE = problem_code("check.repaired_file", N_(
    "Recovered {rows} row(s) into a new {path}; {lost} row(s) could not be read. The damaged "
    "original is kept as {kept}."))
BACKED_UP = problem_code("check.backed_up", N_("Backed up to {path} before repairing."))
REBUILT = problem_code("check.rebuilt", N_(
    "Rebuilt the search index ({contacts} contact(s)), the temperature inputs and removed or "
    "cleared {orphans} row(s) pointing nowhere."))


def repair_invariants() -> list[Problem]:
    """Rebuild the search index and temperature inputs, remove orphans (after a backup)."""
    from app.conversations import warmth
    from app.storage import backup

    done = []
    path = health.current.path
    if path is not None:
        dest = backup.backup_database(database.obj, backup.scheduled_backup_name(
            path, clock.local_now()))
        done.append(Finding(BACKED_UP, path=dest))
    orphans = remove_orphans()
    contacts = rebuild_search_index()
    warmth.recompute_all()
    done.append(Finding(REBUILT, contacts=contacts, orphans=orphans))
    return done


def repair_file(path: Path) -> Finding:
    """Recover a file SQLite finds damaged into a new one in its place; the
    original is kept beside it, renamed. The database must be closed here."""
    from app.storage import recover

    result = recover.recover_in_place(path)
    return Finding(REPAIRED_FILE, rows=result.rows, lost=result.lost, path=path,
                   kept=result.kept)
