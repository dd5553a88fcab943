"""Search on PostgreSQL: what the plain copies of the FTS5 tables are searched with.

See :mod:`app.storage.search_index` for the rules (SQLite's FTS5 is the
reference); :data:`DDL` runs after the tables exist (app.storage.pg_schema).

``contact_fts``, ``phone_fts`` and ``talk_fts`` hold the same text on both
engines (so ``hearth check`` compares them alike). On PostgreSQL their words
also go into ``search_word``: each word folded in Python exactly as a typed
search is (app.core.textfold.fold, split as FTS5's unicode61 splits), with
where it came from (:data:`NAME`, :data:`ORGANISATION`, :data:`OTHER` field
of the contact, :data:`TALK`: its conversations). Its primary key is a btree
on (word, source, rowid): a prefix is a range scan read from the index alone,
as FTS5 reads its own term b-tree; measured at 100,000 contacts it is faster
than a pg_trgm or a tsvector ``:*`` index for one- and two-letter prefixes,
which match most of the book. Phone digits are looked up as substrings
(``LIKE '%123%'``) with a pg_trgm GIN index when the extension can be created,
else by reading phone_fts (a few ms at 100,000).

Deleting a row of contact_fts or talk_fts deletes its words (a trigger), so
whoever clears the index clears them too; writing words is
:func:`word_rows` + :func:`insert_words`' job (search_index calls them), and
:func:`reindex` rebuilds all of them from the three tables (after rows were
copied in from elsewhere).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from app.core.textfold import fold

#: Where a word was found (search_word.source).
NAME, ORGANISATION, OTHER, TALK = 1, 2, 3, 4
#: Longer words are stored and looked up by their first MAX_WORD characters
#: (a btree entry has a size limit; nobody types 64 letters of one word).
MAX_WORD = 64
#: Above every character a folded word can hold: the top of a prefix range.
_TOP = "\U0010ffff"
#: A word as FTS5's unicode61 tokenizer sees one: letters and digits.
_WORD = re.compile(r"[^\W_]+")

#: Extensions, tables and indexes for search, run by pg_schema.install.
DDL: list[str] = [
    'CREATE TABLE search_word (word TEXT COLLATE "C" NOT NULL, source SMALLINT NOT NULL, '
    "rowid BIGINT NOT NULL, PRIMARY KEY (word, source, rowid))",
    "CREATE INDEX search_word_rowid ON search_word (rowid, source)",
    "CREATE FUNCTION search_word_forget_contact() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN DELETE FROM search_word WHERE rowid = OLD.rowid AND source < {TALK}; "
    "RETURN OLD; END $$",
    "CREATE TRIGGER contact_fts_words AFTER DELETE ON contact_fts FOR EACH ROW "
    "EXECUTE FUNCTION search_word_forget_contact()",
    "CREATE FUNCTION search_word_forget_talk() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN DELETE FROM search_word WHERE rowid = OLD.rowid AND source = {TALK}; "
    "RETURN OLD; END $$",
    "CREATE TRIGGER talk_fts_words AFTER DELETE ON talk_fts FOR EACH ROW "
    "EXECUTE FUNCTION search_word_forget_talk()",
    # pg_trgm is trusted (PG 13+): the database owner may create it. Without
    # it (no postgresql-contrib) phone digits are found by reading phone_fts.
    "DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; "
    "EXCEPTION WHEN OTHERS THEN RAISE NOTICE USING MESSAGE = SQLERRM; END $$",
    "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN "
    "CREATE INDEX phone_fts_digits ON phone_fts USING gin (digits gin_trgm_ops); "
    "END IF; END $$",
]


def words(text: str) -> set[str]:
    """The distinct folded words of ``text``, as stored and as looked up."""
    return {w[:MAX_WORD] for w in _WORD.findall(fold(text))}


def query_words(tokens: Iterable[str]) -> list[str]:
    """Typed tokens as words: "foo_bar" is two words to FTS5 too."""
    return [w[:MAX_WORD] for t in tokens for w in _WORD.findall(t)]


def word_rows(rowid: int, fields: Iterable[tuple[int, str]]) -> set[tuple[str, int, int]]:
    """(word, source, rowid) of each word in ``fields`` ((source, text) pairs)."""
    return {(w, source, rowid) for source, text in fields for w in words(text or "")}


def insert_words(db, rows: Iterable[tuple[str, int, int]], chunk: int = 20000) -> None:
    """Store word rows: one statement per ``chunk`` rows (arrays unnested)."""
    rows = list(rows)
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        db.execute_sql(
            "INSERT INTO search_word(word, source, rowid) SELECT * FROM "
            "unnest(?::text[], ?::smallint[], ?::bigint[]) ON CONFLICT DO NOTHING",
            ([r[0] for r in part], [r[1] for r in part], [r[2] for r in part]))


def prefix(word: str, *, talk: bool = False) -> tuple[str, list[str]]:
    """Contacts with a word starting with ``word`` (in conversations too if ``talk``)."""
    source = "" if talk else f" AND source < {TALK}"
    return (f"SELECT rowid FROM search_word WHERE word >= ? AND word < ?{source}",
            [word, word + _TOP])


def phone_digits(run: str) -> tuple[str, list[str]]:
    """Contacts with ``run`` anywhere in a phone number's digits."""
    return "SELECT rowid FROM phone_fts WHERE digits LIKE ?", [f"%{run}%"]


def name_words(whole: list[str]) -> tuple[str, list[str]]:
    """Contacts with one of ``whole`` as a whole word of the name or organisation."""
    marks = ", ".join("?" * len(whole))
    return (f"SELECT rowid FROM search_word WHERE word IN ({marks}) AND source <= "
            f"{ORGANISATION}", list(whole))


def name_prefixes(starts: list[str]) -> tuple[str, list[str]]:
    """Contacts with a word of the name or organisation starting with one of ``starts``."""
    conds = " OR ".join("(word >= ? AND word < ?)" for _ in starts)
    return (f"SELECT rowid FROM search_word WHERE ({conds}) AND source <= {ORGANISATION}",
            [b for w in starts for b in (w, w + _TOP)])


def reindex(db) -> int:
    """All of search_word written anew from contact_fts and talk_fts; returns the
    number of contacts indexed."""
    db.execute_sql("DELETE FROM search_word")
    count = 0
    rows: list[tuple[str, int, int]] = []
    cur = db.execute_sql(
        "SELECT rowid, name, organisation, concat_ws(' ', emails, phones, places, notes, tags) "
        "FROM contact_fts")
    for rowid, name, org, other in cur.fetchall():
        rows += word_rows(rowid, ((NAME, name), (ORGANISATION, org), (OTHER, other)))
        count += 1
    for rowid, text in db.execute_sql("SELECT rowid, text FROM talk_fts").fetchall():
        rows += word_rows(rowid, ((TALK, text),))
    insert_words(db, rows)
    return count
