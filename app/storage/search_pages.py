"""A search read in the list's name order, only as far as the list shows it (SQLite).

The search tables are keyed by list key (app.storage.list_keys), so FTS5 hands
out matches in name order and stops after a ``LIMIT``. Each part of a search
(the typed words in the contact's own words, in what was said with them, in
phone digits) is one such *arm*, read a chunk at a time from where it stopped;
the arms are merged, and the ranked tiers of app.storage.search_index
(whole words and family names, then words that start so, then the rest)
are told apart while merging. A one-letter search over a million contacts
reads a few hundred keys for its first screen instead of 650,000 ids.

:func:`plan` covers what is typed most: one word (or number), or several
words of one or two letters. Other searches (several longer words, each of
which may be in the contact or in a conversation) return None, and the
caller reads them whole, as before; their results are small.
"""
from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from app.storage import list_keys
from app.storage.engine import database, is_postgres
from app.storage.search_index import (
    MIN_PHONE_RUN,
    MIN_TALK_PREFIX,
    _quoted,
    phone_run,
    tokens,
)

FIRST_CHUNK = 128
MAX_CHUNK = 8192


@dataclass(frozen=True)
class Arm:
    """One FTS5 query, read in key order (or reversed)."""
    table: str
    match: str

    def keys(self, *, low: int | None = None, high: int | None = None,
             descending: bool = False) -> Iterator[int]:
        """Matching keys in [low, high), a chunk at a time, each chunk one query
        going on from the last key read."""
        base = [f"{self.table} MATCH ?"]
        params: list = [self.match]
        if low is not None:
            base.append("rowid >= ?")
            params.append(low)
        if high is not None:
            base.append("rowid < ?")
            params.append(high)
        order = "DESC" if descending else ""
        chunk, last = FIRST_CHUNK, None
        while True:
            where = base + ([f"rowid {'<' if descending else '>'} ?"] if last is not None else [])
            rows = database.execute_sql(
                f"SELECT rowid FROM {self.table} WHERE {' AND '.join(where)} "
                f"ORDER BY rowid {order} LIMIT ?",
                params + ([last] if last is not None else []) + [chunk]).fetchall()
            for (key,) in rows:
                yield key
            if len(rows) < chunk:
                return
            last = rows[-1][0]
            chunk = min(chunk * 4, MAX_CHUNK)

    def select(self) -> str:
        """SQL selecting every matching key (its one parameter: ``match``)."""
        return f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH ?"


@dataclass
class Plan:
    """How one search is read: its arms, and (ranked) what tells its tiers apart."""
    arms: list[Arm]
    whole: Arm | None = None  # a typed word is a whole word of the name or organisation
    starts: Arm | None = None  # a typed word starts a word of the name or organisation
    words: list[str] = field(default_factory=list)  # typed words that rank (not digits)

    @property
    def ranked(self) -> bool:
        return self.whole is not None


def plan(text: str) -> Plan | None:
    """How to read ``text`` page by page; None: read it whole (see the module)."""
    if is_postgres():
        return None
    typed = tokens(text)
    if not typed:
        return None
    run = phone_run(text)
    if len(typed) == 1:
        w = typed[0]
        arms = [Arm("contact_fts", _quoted(w) + "*")]
        if w.isdigit() and len(w) >= MIN_PHONE_RUN:
            arms.append(Arm("phone_fts", _quoted(w)))
        elif len(w) >= MIN_TALK_PREFIX:
            arms.append(Arm("talk_fts", _quoted(w) + "*"))
        all_words = _quoted(w) + "*"
    elif all(len(w) < MIN_TALK_PREFIX for w in typed):
        all_words = " ".join(_quoted(w) + "*" for w in typed)
        arms = [Arm("contact_fts", all_words)]
    else:
        return None
    if run and run not in typed:
        arms.append(Arm("phone_fts", _quoted(run)))
    words = [w for w in typed if not w.isdigit()]
    if not words:
        return Plan(arms)
    # Tiers: within the match (for one word the name's words always are).
    within = f" AND ({all_words})" if len(typed) > 1 else ""
    whole = " OR ".join(_quoted(w) for w in words)
    starts = " OR ".join(_quoted(w) + "*" for w in words)
    return Plan(arms, Arm("contact_fts", f"({{name organisation}} : ({whole})){within}"),
                Arm("contact_fts", f"({{name organisation}} : ({starts})){within}"), words)


def merged(streams: Iterable[Iterator[int]]) -> Iterator[int]:
    """The union of rising streams of keys, rising, each key once."""
    last = None
    for key in heapq.merge(*streams):
        if key != last:
            yield key
            last = key


def without(stream: Iterator[int], gone: Iterator[int]) -> Iterator[int]:
    """Keys of the rising ``stream`` that the rising ``gone`` does not hold."""
    nxt = next(gone, None)
    for key in stream:
        while nxt is not None and nxt < key:
            nxt = next(gone, None)
        if nxt != key:
            yield key


def ranges_of(words: list[str]) -> list[tuple[int, int | None]]:
    """[low, high) key ranges of contacts whose sort key starts with one of ``words``
    (family names, or an organisation's name): a stretch of the list each (high
    None: up to the end)."""
    out: list[tuple[int, int | None]] = []
    for w in words:
        low = _first_key_from(w)
        high = _first_key_from(w + "\uffff")
        if low is not None and (high is None or low < high):
            out.append((low, high))
    return out


def _first_key_from(sort_key: str) -> int | None:
    row = database.execute_sql(
        "SELECT list_key FROM contact WHERE sort_key >= ? AND list_key IS NOT NULL "
        "ORDER BY sort_key, id LIMIT 1", (sort_key,)).fetchone()
    return row[0] if row else None


def tiers(p: Plan, *, descending: bool = False) -> list[Iterator[int]]:
    """The search's keys tier by tier (one tier when not ranked), each in list order."""
    if descending or not p.ranked:
        streams = [a.keys(descending=descending) for a in p.arms]
        if descending:
            return [(-k for k in merged((-k for k in s) for s in streams))]
        return [merged(streams)]
    assert p.whole is not None and p.starts is not None
    spans = ranges_of(p.words)

    def in_spans(key: int) -> bool:
        return any(low <= key and (high is None or key < high) for low, high in spans)

    first = merged([p.whole.keys()] + [a.keys(low=low, high=high)
                                         for low, high in spans for a in p.arms])
    second = (k for k in without(p.starts.keys(), p.whole.keys()) if not in_spans(k))
    rest = (k for k in without(merged([a.keys() for a in p.arms]), p.starts.keys())
            if not in_spans(k))
    return [first, second, rest]


def count_sql(p: Plan) -> tuple[str, list]:
    """SQL counting the search's live contacts, with its parameters."""
    union = " UNION ".join(a.select() for a in p.arms)
    return (f"WITH found(key) AS ({union}) SELECT count(*) FROM found "
            f"WHERE key & {list_keys.ID_MASK} "
            "NOT IN (SELECT id FROM contact WHERE trashed_at IS NOT NULL)",
            [a.match for a in p.arms])


def count(p: Plan) -> int:
    sql, params = count_sql(p)
    return database.execute_sql(sql, params).fetchone()[0]


def holds(p: Plan, contact_id: int) -> bool:
    """Whether the search finds this contact (trashed or not)."""
    key = list_keys.keys_of([contact_id]).get(contact_id)
    if key is None:
        return False
    return any(database.execute_sql(
        f"SELECT 1 FROM {a.table} WHERE {a.table} MATCH ? AND rowid = ?",
        (a.match, key)).fetchone() for a in p.arms)


def trashed_ids() -> set[int]:
    return {r[0] for r in database.execute_sql(
        "SELECT id FROM contact WHERE trashed_at IS NOT NULL")}
