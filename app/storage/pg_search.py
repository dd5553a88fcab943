"""Search on PostgreSQL: what the plain copies of the FTS5 tables are searched with.

See :mod:`app.storage.search_index` for the rules (SQLite's FTS5 is the
reference); :data:`DDL` runs after the tables exist (app.storage.pg_schema).

``contact_fts``, ``phone_fts`` and ``talk_fts`` hold the same text on both
engines (so ``hearth check`` compares them alike). On PostgreSQL their words
also go into ``search_word``: each word folded in Python exactly as a typed
search is (app.core.textfold.fold, split as FTS5's unicode61 splits), with
where it came from (:data:`NAME`, :data:`ORGANISATION`, :data:`OTHER` field
of the contact, :data:`TALK`: its conversations). Its primary key is a btree
on (source, word, rowid): a typed word of three or more letters is a range
read from the index alone, as FTS5 reads its own term b-tree. One- and
two-letter words match most of the book; they are read from
``search_start`` (each contact once per one- and two-letter start of its
words, FTS5's ``prefix = '1 2'`` indexes): at 100,000 contacts "s" takes
about 15 ms there, against 35 to 80 ms scanning an array (GIN), a text of
initials or the words themselves. Phone digits are looked up as substrings
(``LIKE '%123%'``) with a pg_trgm GIN index when the extension can be
created, else by reading phone_fts (a few ms at 100,000).

Deleting a row of contact_fts or talk_fts deletes its words (triggers), so
whoever clears the index clears them too; writing words is
:func:`word_rows` + :func:`insert_words`' job (search_index calls them), and
:func:`reindex` rebuilds all of them from the index tables (after rows were
copied in from elsewhere, such as ``hearth copy``).
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
#: search_index.MIN_TALK_PREFIX: shorter typed words skip the conversations.
MIN_TALK_WORD = 3
#: Above every character a folded word can hold: the top of a prefix range.
_TOP = "\U0010ffff"
#: A word as FTS5's unicode61 tokenizer sees one: letters and digits.
_WORD = re.compile(r"[^\W_]+")

#: search_word's indexes: a word's prefix is a range within one source (or
#: a few); a contact's words are deleted by its id.
_WORD_INDEXES = (
    "ALTER TABLE search_word ADD CONSTRAINT search_word_pkey PRIMARY KEY (source, word, rowid)",
    "CREATE INDEX search_word_rowid ON search_word (rowid, source)",
    "ALTER TABLE search_start ADD CONSTRAINT search_start_pkey PRIMARY KEY (start, rowid)",
    "CREATE INDEX search_start_rowid ON search_start (rowid)",
)

#: Extensions, tables and indexes for search, run by pg_schema.install.
DDL: list[str] = [
    'CREATE TABLE search_word (source SMALLINT NOT NULL, word TEXT COLLATE "C" NOT NULL, '
    "rowid BIGINT NOT NULL)",
    'CREATE TABLE search_start (start TEXT COLLATE "C" NOT NULL, rowid BIGINT NOT NULL)',
    *_WORD_INDEXES,
    "CREATE FUNCTION search_word_forget_contact() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN DELETE FROM search_word WHERE rowid = OLD.rowid AND source < {TALK}; "
    "DELETE FROM search_start WHERE rowid = OLD.rowid; RETURN OLD; END $$",
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
    """(word, source, rowid) of each word in ``fields`` ((source, text) pairs).
    Conversations are searched only for words of MIN_TALK_WORD letters or
    more, which no shorter word starts: those are left out (a quarter fewer)."""
    return {(w, source, rowid) for source, text in fields for w in words(text or "")
            if source != TALK or len(w) >= MIN_TALK_WORD}


def insert_words(db, rows: Iterable[tuple[str, int, int]]) -> None:
    """Store word rows (COPY: a 100,000-contact book has some five million),
    and the one- and two-letter starts of each contact's words (search_start)."""
    rows = set(rows)  # the same contact twice in one batch: its words once
    if not rows:
        return
    starts: dict[int, set[str]] = {}
    for word, source, rowid in rows:
        if source != TALK:
            starts.setdefault(rowid, set()).update((word[:1], word[:2]))
    # A word is letters and digits only: nothing to escape in COPY's text
    # format, so the rows go as text written in bulk (ten times write_row's pace).
    _copy(db, "COPY search_word (word, source, rowid) FROM STDIN",
          [f"{w}\t{source}\t{rowid}\n" for w, source, rowid in rows])
    _copy(db, "COPY search_start (start, rowid) FROM STDIN",
          [f"{start}\t{rowid}\n" for rowid, found in starts.items() for start in found])


def _copy(db, sql: str, lines: list[str], chunk: int = 50000) -> None:
    if not lines:
        return
    with db.cursor().copy(sql) as copy:
        for start in range(0, len(lines), chunk):
            copy.write("".join(lines[start:start + chunk]))


def starting(start: str) -> tuple[str, list[str]]:
    """Contacts with a word starting with ``start`` (one or two characters):
    each contact once (FTS5's prefix indexes), not once per word that starts so."""
    return "SELECT rowid FROM search_start WHERE start = ?", [start]


def prefix(word: str, *, talk: bool = False) -> tuple[str, list[str]]:
    """Contacts with a word starting with ``word`` (in conversations too if ``talk``)."""
    sources = (NAME, ORGANISATION, OTHER, TALK) if talk else (NAME, ORGANISATION, OTHER)
    return (f"SELECT rowid FROM search_word WHERE source IN {sources} "
            "AND word >= ? AND word < ?", [word, word + _TOP])


def phone_digits(run: str) -> tuple[str, list[str]]:
    """Contacts with ``run`` anywhere in a phone number's digits."""
    return "SELECT rowid FROM phone_fts WHERE digits LIKE ?", [f"%{run}%"]


def name_words(whole: list[str]) -> tuple[str, list[str]]:
    """Contacts with one of ``whole`` as a whole word of the name or organisation."""
    marks = ", ".join("?" * len(whole))
    return (f"SELECT rowid FROM search_word WHERE source IN ({NAME}, {ORGANISATION}) "
            f"AND word IN ({marks})", list(whole))


def name_prefixes(starts: list[str]) -> tuple[str, list[str]]:
    """Contacts with a word of the name or organisation starting with one of ``starts``."""
    conds = " OR ".join("(word >= ? AND word < ?)" for _ in starts)
    return (f"SELECT rowid FROM search_word WHERE source IN ({NAME}, {ORGANISATION}) "
            f"AND ({conds})",
            [b for w in starts for b in (w, w + _TOP)])


def reindex(db) -> int:
    """All of search_word written anew from contact_fts and talk_fts; returns the
    number of contacts indexed."""
    # Loaded without its indexes and indexed after: five times faster. FREEZE:
    # the tables were emptied in this transaction, so their rows go in already
    # frozen and all-visible (no vacuum of five million rows after a copy, and
    # an index-only scan reads no table page).
    db.execute_sql("SET LOCAL maintenance_work_mem = '512MB'")
    db.execute_sql("TRUNCATE search_word, search_start")
    for table, index in (("search_word", "search_word_rowid"), ("search_start",
                                                                "search_start_rowid")):
        db.execute_sql(f"ALTER TABLE {table} DROP CONSTRAINT {table}_pkey")
        db.execute_sql(f"DROP INDEX {index}")
    # COPY text is made per contact and source: its words joined by the rest of
    # the line (joins in C; each rowid indexed once, so no rows to de-duplicate).
    found: list[str] = []
    starts: list[str] = []
    count = 0
    cur = db.execute_sql(
        "SELECT rowid, name, organisation, concat_ws(' ', emails, phones, places, notes, tags) "
        "FROM contact_fts")
    for rowid, name, org, other in cur.fetchall():
        mine: set[str] = set()
        for source, text in ((NAME, name), (ORGANISATION, org), (OTHER, other)):
            if some := words(text or ""):
                found.append(_lines(some, f"\t{source}\t{rowid}\n"))
                mine |= some
        if mine:
            starts.append(_lines({w[:1] for w in mine} | {w[:2] for w in mine},
                                 f"\t{rowid}\n"))
        count += 1
    for rowid, text in db.execute_sql("SELECT rowid, text FROM talk_fts").fetchall():
        if some := {w for w in words(text or "") if len(w) >= MIN_TALK_WORD}:
            found.append(_lines(some, f"\t{TALK}\t{rowid}\n"))
    _copy(db, "COPY search_word (word, source, rowid) FROM STDIN (FREEZE)", found)
    _copy(db, "COPY search_start (start, rowid) FROM STDIN (FREEZE)", starts)
    for sql in _WORD_INDEXES:
        db.execute_sql(sql)
    return count


def _lines(items: set[str], rest: str) -> str:
    """COPY text: a line per item, each ending with ``rest``."""
    return rest.join(items) + rest
