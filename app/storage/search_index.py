"""Search as you type: the FTS5 index and turning what a user types into a query.

Words are matched by prefix, case- and diacritic-insensitively ("an mü" finds
"Anna Müller"); runs of three or more digits are also looked up as substrings
of every phone number. Whatever the user types is reduced to plain word
tokens before it reaches FTS5, so quotes, ``*``, ``-``, ``AND`` or ``NEAR(``
are only ever searched for as text and never parsed as query syntax.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from app.contacts.model import ContactData
from app.contacts.phones import parse as parse_phone
from app.core.textfold import fold, german_transliteration
from app.storage import dialect, list_keys, pg_search
from app.storage.connection import database
from app.storage.engine import is_postgres

_WORD = re.compile(r"\w+", re.UNICODE)
MIN_PHONE_RUN = 3
MAX_TOKENS = 12


@dataclass(frozen=True)
class SearchDocument:
    rowid: int
    name: str
    organisation: str
    emails: str
    phones: str
    places: str
    notes: str
    tags: str
    phone_digits: str


def document_for(contact_id: int, c: ContactData, region: str = "DE") -> SearchDocument:
    names = [c.prefix, c.given_name, c.additional_names, c.family_name, c.suffix, c.nickname]
    names.append(c.formatted_name)  # a vCard's FN shown as the name ("Johnny Doe") is found
    name = " ".join(n for n in names if n)
    extra = german_transliteration(name)
    if extra != name:
        name = f"{name} {extra}"
    org = " ".join(p for p in (c.organisation, c.department, c.job_title) if p)
    org_extra = german_transliteration(org)
    if org_extra != org:
        org = f"{org} {org_extra}"
    emails = " ".join(e.address for e in c.emails)
    digit_forms: list[str] = []
    for p in c.phones:
        digit_forms.extend(parse_phone(p.number, region).search_digits())
    places = " ".join(" ".join(p for p in (a.city, a.postal_code, a.street, a.region) if p)
                      for a in c.addresses)
    return SearchDocument(
        rowid=contact_id, name=_sharp_s(name), organisation=_sharp_s(org), emails=emails,
        phones=" ".join(digit_forms), places=_sharp_s(places), notes=_sharp_s(c.notes),
        tags=_sharp_s(" ".join(c.tags)), phone_digits=" ".join(digit_forms))


def _sharp_s(text: str) -> str:
    # unicode61 folds "ü" to "u" but leaves "ß" alone; fold() turns it into "ss".
    return text.replace("ß", "ss").replace("ẞ", "SS")


def write_documents(docs: list[SearchDocument]) -> None:
    """Insert or replace these contacts' entries in both indexes.

    On SQLite the rows are keyed by list key (app.storage.list_keys): the
    contacts are placed in the name order first (a new or renamed one takes a
    new key), their rows under the key before and the key now are replaced.
    """
    if not docs:
        return
    if is_postgres():
        _write_pg_documents(docs)
        return
    ids = [d.rowid for d in docs]
    if list_keys.deferred():  # a bulk load: keyed once at its end
        keys, olds = {i: i for i in ids}, {i: {i} for i in ids}
        list_keys.note_written(ids)
    else:
        moved = list_keys.place(ids)
        keys = list_keys.keys_of(ids)
        # Rows may sit under the key before, the key now, or (never placed) the id.
        olds = {i: {k for k in (moved.get(i, (None,))[0], keys[i], i) if k} for i in ids}
    stale = [(k,) for i in ids for k in olds[i]]
    cur = database.cursor()
    cur.executemany("DELETE FROM contact_fts WHERE rowid = ?", stale)
    cur.executemany("DELETE FROM phone_fts WHERE rowid = ?", stale)
    ordered = sorted((keys[d.rowid], d) for d in docs)  # FTS5 writes rising rowids best
    cur.executemany(
        "INSERT INTO contact_fts(rowid, name, organisation, emails, phones, places, notes, tags) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(k, d.name, d.organisation, d.emails, d.phones, d.places, d.notes, d.tags)
         for k, d in ordered])
    cur.executemany("INSERT INTO phone_fts(rowid, digits) VALUES (?, ?)",
                    [(k, d.phone_digits) for k, d in ordered if d.phone_digits])
    # A contact's conversation text follows it to its new key.
    list_keys.move_search_rows({old: keys[i] for i in ids for old in olds[i] if old != keys[i]},
                               tables=("talk_fts",))


def _write_pg_documents(docs: list[SearchDocument]) -> None:
    ids = [(d.rowid,) for d in docs]
    cur = database.cursor()
    cur.executemany("DELETE FROM contact_fts WHERE rowid = ?", ids)
    cur.executemany("DELETE FROM phone_fts WHERE rowid = ?", ids)
    cur.executemany(
        "INSERT INTO contact_fts(rowid, name, organisation, emails, phones, places, notes, tags) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(d.rowid, d.name, d.organisation, d.emails, d.phones, d.places, d.notes, d.tags)
         for d in docs])
    cur.executemany("INSERT INTO phone_fts(rowid, digits) VALUES (?, ?)",
                    [(d.rowid, d.phone_digits) for d in docs if d.phone_digits])
    _insert_pg_words(docs)  # the deletes above took the old words with them (a trigger)


def document_row(d: SearchDocument) -> tuple:
    """``d`` as plain values (rowid, name, ..., phone_digits), for insert_new()."""
    return (d.rowid, d.name, d.organisation, d.emails, d.phones, d.places, d.notes, d.tags,
            d.phone_digits)


def insert_new(documents: list[tuple], talks: list[tuple[int, str]]) -> None:
    """Index contacts that have no entries yet (a bulk load of new contacts):
    ``documents`` as document_row() gives them, ``talks`` (contact id, text) as
    interaction_texts() does. What write_documents() and
    refresh_interaction_texts() would write, without their deletes.

    On SQLite the rows go in under the contact id: a bulk load runs inside
    app.storage.list_keys.keys_deferred(), which keys them at its end (into an
    empty book, they go to its staging tables, and each search table is built
    once at the end).
    """
    if not is_postgres():
        if not list_keys.deferred():
            raise RuntimeError("insert_new() needs list_keys.keys_deferred() around it")
        list_keys.note_written([row[0] for row in documents])
    cur = database.cursor()
    table = list_keys.search_table  # into an empty book: staging tables, built at the end
    cur.executemany(f"INSERT INTO {table('contact_fts')}(rowid, name, organisation, emails, "
                    "phones, places, notes, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [row[:8] for row in documents])
    cur.executemany(f"INSERT INTO {table('phone_fts')}(rowid, digits) VALUES (?, ?)",
                    [(row[0], row[8]) for row in documents if row[8]])
    cur.executemany(f"INSERT INTO {table('talk_fts')}(rowid, text) VALUES (?, ?)",
                    [(cid, _sharp_s(text)) for cid, text in talks])
    if is_postgres():
        _insert_pg_words([SearchDocument(*row) for row in documents])
        pg_search.insert_words(database, [
            row for cid, text in talks
            for row in pg_search.word_rows(cid, ((pg_search.TALK, text),))])


def _insert_pg_words(docs: list[SearchDocument]) -> None:
    pg_search.insert_words(database, [row for d in docs for row in pg_search.word_rows(
        d.rowid, ((pg_search.NAME, d.name), (pg_search.ORGANISATION, d.organisation),
                  (pg_search.OTHER, " ".join((d.emails, d.phones, d.places, d.notes,
                                              d.tags)))))])


def interaction_texts(contact_ids: list[int]) -> dict[int, str]:
    """Subject, notes and outcome of each contact's live conversations, as one text.

    They are indexed per contact in ``talk_fts`` (a table of their own, so
    that one- and two-letter prefixes, which skip it, stay as fast as before),
    and a search for what was said finds the person it was said with.
    """
    out: dict[int, str] = {}
    for start in range(0, len(contact_ids), 900):
        chunk = contact_ids[start:start + 900]
        marks = ",".join("?" * len(chunk))
        for cid, text in database.execute_sql(
                "SELECT ic.contact_id, "
                + dialect.group_concat("i.subject || ' ' || i.notes || ' ' || i.outcome")
                + " FROM interaction_contact ic "
                "JOIN interaction i ON i.id = ic.interaction_id "
                f"WHERE ic.contact_id IN ({marks}) AND i.trashed_at IS NULL "
                "GROUP BY ic.contact_id", chunk):
            out[cid] = text
    return out


def refresh_interaction_texts(contact_ids: list[int]) -> None:
    """Re-index these contacts' conversations after they changed."""
    talks = interaction_texts(contact_ids)
    keys = _keys(contact_ids)
    cur = database.cursor()
    cur.executemany("DELETE FROM talk_fts WHERE rowid = ?", [(keys[i],) for i in contact_ids])
    cur.executemany("INSERT INTO talk_fts(rowid, text) VALUES (?, ?)",
                    sorted((keys[cid], _sharp_s(text)) for cid, text in talks.items()))
    if is_postgres():
        pg_search.insert_words(database, [
            row for cid, text in talks.items()
            for row in pg_search.word_rows(cid, ((pg_search.TALK, text),))])


def remove_documents(contact_ids: list[int]) -> None:
    """Take these contacts out of the search (before their rows are deleted)."""
    keys = _keys(contact_ids)
    ids = [(keys[i],) for i in contact_ids]
    cur = database.cursor()
    cur.executemany("DELETE FROM contact_fts WHERE rowid = ?", ids)
    cur.executemany("DELETE FROM phone_fts WHERE rowid = ?", ids)
    cur.executemany("DELETE FROM talk_fts WHERE rowid = ?", ids)


def _keys(contact_ids: list[int]) -> dict[int, int]:
    """{id: the rowid its search rows have}: the list key on SQLite (the id
    itself during a bulk load, or for a contact gone), the id on PostgreSQL."""
    if is_postgres() or list_keys.deferred():
        return {i: i for i in contact_ids}
    found = list_keys.keys_of(contact_ids)
    return {i: found.get(i, i) for i in contact_ids}


def tokens(text: str) -> list[str]:
    """The words of a typed search, folded; at most MAX_TOKENS of them."""
    return [t for t in _WORD.findall(fold(text)) if t][:MAX_TOKENS]


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


#: Words shorter than this are not looked up in conversations: "m" would
#: match nearly every contact's, and cost a third of the search time.
MIN_TALK_PREFIX = 3


def build_query(text: str) -> tuple[str, list[str]] | None:
    """SQL selecting matching contact ids, with its parameters; None = no filter.

    Each word must match (AND); a word matches as a prefix of any indexed word,
    and a run of digits also as a substring of any phone number.
    """
    words = tokens(text)
    if not words:
        return None
    if is_postgres():
        return _pg_query(text, words)
    parts: list[str] = []
    params: list[str] = []
    plain = [w for w in words if not (w.isdigit() and len(w) >= MIN_PHONE_RUN)]
    short = [w for w in plain if len(w) < MIN_TALK_PREFIX]
    if short:
        parts.append("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?")
        params.append(" ".join(_quoted(w) + "*" for w in short))
    for w in plain:
        if len(w) >= MIN_TALK_PREFIX:  # in the contact, or in what was said with them
            parts.append("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? "
                         "UNION SELECT rowid FROM talk_fts WHERE talk_fts MATCH ?")
            params.extend([_quoted(w) + "*", _quoted(w) + "*"])
    for w in words:
        if w.isdigit() and len(w) >= MIN_PHONE_RUN:
            parts.append(
                "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? "
                "UNION SELECT rowid FROM phone_fts WHERE phone_fts MATCH ?")
            params.extend([_quoted(w) + "*", _quoted(w)])
    sql = " INTERSECT ".join(f"SELECT * FROM ({p})" for p in parts)
    run = phone_run(text)
    if run and run not in words:
        sql = f"SELECT * FROM ({sql}) UNION SELECT rowid FROM phone_fts WHERE phone_fts MATCH ?"
        params.append(_quoted(run))
    return sql, params


def _pg_query(text: str, typed: list[str]) -> tuple[str, list[str]] | None:
    """build_query() on PostgreSQL: the same rules over search_word and phone_fts."""
    parts: list[tuple[str, list[str]]] = []
    for t in typed:
        if t.isdigit() and len(t) >= MIN_PHONE_RUN:
            parts.append(_union(pg_search.prefix(t), pg_search.phone_digits(t)))
            continue
        for w in pg_search.query_words([t]):
            parts.append(pg_search.prefix(w, talk=True) if len(w) >= MIN_TALK_PREFIX
                         else pg_search.starting(w))
    run = phone_run(text)
    if not parts:  # only underscores typed: nothing is a word
        return ("SELECT 0 WHERE false", []) if not run else pg_search.phone_digits(run)
    sql = " INTERSECT ".join(f"({p})" for p, _ in parts)
    params = [v for _, ps in parts for v in ps]
    if run and run not in typed:
        digits_sql, digits_params = pg_search.phone_digits(run)
        sql, params = f"({sql}) UNION ({digits_sql})", params + digits_params
    return sql, params


def _union(*parts: tuple[str, list[str]]) -> tuple[str, list[str]]:
    return (" UNION ".join(f"({p})" for p, _ in parts), [v for _, ps in parts for v in ps])


_PHONE_TYPED = re.compile(r"[\d\s+\-/().]+")


def phone_run(text: str) -> str | None:
    """The digits of a phone number typed or pasted whole, as one run.

    "+49 30 1234567" is one number, not the words "49", "30" and "1234567"
    (no digit form of it starts with "30"); "0049" and "(0)" are dialling
    habits, not part of the number.
    """
    typed = text.strip()
    if not _PHONE_TYPED.fullmatch(typed):
        return None
    if typed.startswith("00"):
        typed = typed[2:]
    digits = "".join(ch for ch in typed.replace("(0)", "") if ch.isdigit())
    return digits if len(digits) >= MIN_PHONE_RUN else None


def ranking_queries(text: str) -> list[tuple[str, list[str]]]:
    """SQL for the ranked tiers of a search, best first; [] = nothing to rank.

    A contact is in the first tier if a typed word is a whole word of its name
    or organisation, or starts its family name (for an organisation: its name),
    that is its sort key; in the second if a typed word starts a word of its
    name or organisation. Every other match comes after both. Runs of digits
    are phone numbers and rank nothing.
    """
    plain = [w for w in tokens(text) if not w.isdigit()]
    if not plain:
        return []
    keys = " OR ".join("(sort_key >= ? AND sort_key < ?)" for _ in plain)
    key_params = [bound for w in plain for bound in (w, w + "\uffff")]
    if is_postgres():
        split = pg_search.query_words(plain)
        if not split:
            return []
        whole_sql, whole_params = pg_search.name_words(split)
        return [(f"({whole_sql}) UNION ALL (SELECT id FROM contact WHERE {keys})",
                 whole_params + key_params), pg_search.name_prefixes(split)]
    whole = " OR ".join(_quoted(w) for w in plain)
    starts = " OR ".join(_quoted(w) + "*" for w in plain)
    return [
        ("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? "
         f"UNION ALL SELECT id FROM contact WHERE {keys}",
         [f"{{name organisation}} : ({whole})"] + key_params),
        ("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?",
         [f"{{name organisation}} : ({starts})"]),
    ]


def ranked_tiers(text: str, first: int = 0, stop: int | None = None) -> list[set[int]]:
    """Ids in each ranked tier of a search (see ranking_queries), best first:
    tiers ``first`` up to ``stop`` (None: all)."""
    return [_id_set(sql, params) for sql, params in ranking_queries(text)[first:stop]]


def _id_set(sql: str, params: list[str]) -> set[int]:
    """The ids ``sql`` selects. A one-letter search selects most of the book:
    one text of ids reaches Python in a third of the time of a row per id, and
    read as a JSON array (parsed in C) in under half the time of int() per id."""
    if is_postgres():
        found = database.execute_sql(
            f"SELECT string_agg(id::text, ',') FROM ({sql}) AS found(id)", params).fetchone()[0]
        return set(json.loads(f"[{found}]")) if found else set()
    found = database.execute_sql(  # a search row's rowid is a list key: its low bits, the id
        f"WITH found(id) AS ({sql}) SELECT json_group_array(id & {list_keys.ID_MASK}) FROM found",
        params).fetchone()[0]
    return set(json.loads(found))


def highest_id() -> int:
    """No search finds an id above this: the highest contact id or indexed rowid."""
    if is_postgres():
        highest = ", ".join(f"coalesce((SELECT max({c}) FROM {t}), 0)" for t, c in (
            ("contact", "id"), ("contact_fts", "rowid"), ("phone_fts", "rowid"),
            ("talk_fts", "rowid")))
        return database.execute_sql(f"SELECT greatest({highest})").fetchone()[0]
    # Search rows belong to contacts (keyed by their list key, app.storage.list_keys).
    return database.execute_sql("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0]


def matching_ids(text: str) -> set[int] | None:
    """Ids of contacts (trashed or not) matching ``text``; None = everything."""
    built = build_query(text)
    if built is None:
        return None
    return _id_set(*built)
