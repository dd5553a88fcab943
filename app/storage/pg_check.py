"""`hearth check` on PostgreSQL: what can be checked on a server's database.

The server looks after its own pages and enforces every foreign key, so
SQLite's integrity and foreign-key checks have no counterpart here. What is
checked: that the database answers, its schema version, how many rows it
holds, and Hearth's own invariants that do not depend on the engine
(conversations that belong to no contact, stored temperature inputs).
``repair`` takes a pg_dump first, then fixes what those checks find.
"""
from __future__ import annotations

from app.core.i18n import N_
from app.core.problems import Problem, problem_code
from app.storage import check, pg_backup
from app.storage.engine import database, shown_url
from app.storage.pg_schema import META_TABLE

PG_SUMMARY = problem_code("check.pg_summary", N_(
    "{path}: PostgreSQL {server}, schema {version}, {contacts} contact(s), "
    "{conversations} conversation(s), {runs} card run(s)."))
PG_REPAIRED = problem_code("check.pg_repaired", N_(
    "Recomputed the temperature inputs and removed {lonely} conversation(s) of nobody."))

_COUNTS = {"contacts": "contact", "conversations": "interaction", "runs": "card_run"}


def summary() -> check.Finding:
    """One line: which server, which schema, how many rows."""
    one = database.execute_sql
    counts = {key: one(f"SELECT count(*) FROM {table}").fetchone()[0]
              for key, table in _COUNTS.items()}
    return check.Finding(
        PG_SUMMARY, path=shown_url(database.obj.url),
        server=one("SHOW server_version").fetchone()[0].split()[0],
        version=one(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'"
                    ).fetchone()[0], **counts)


def run_checks() -> list[check.Finding]:
    """Everything wrong with the open PostgreSQL database; empty when healthy."""
    return [*check._lonely_talk_findings(), *check._temperature_findings()]


def repair() -> list[Problem]:
    """Back up with pg_dump, then remove conversations of nobody and recompute
    the temperature inputs."""
    from app.conversations import warmth

    url = database.obj.url
    dest = pg_backup.dump(url, pg_backup.dump_name(url))
    with database.atomic():
        lonely = database.execute_sql("DELETE " + check._LONELY).rowcount
    warmth.recompute_all()
    return [check.Finding(check.BACKED_UP, path=dest),
            check.Finding(PG_REPAIRED, lonely=lonely)]
