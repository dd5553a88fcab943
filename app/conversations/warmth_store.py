"""Storing temperature inputs: the columns warmth keeps on each contact.

Each contact row carries what its temperature is computed from (warmth_log,
last contact and channel, the two latest two-way conversations, a pinned
band), so that the list sorts and filters by warmth with one indexed query.
This module reads and writes those columns and the conversation rows they
are computed from; the computing is app.conversations.warmth's.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import peewee as pw

from app.storage import dialect
from app.storage.connection import database
from app.storage.engine import is_postgres

_TOUCHES_SQL = ("SELECT ic.contact_id, i.channel, i.happened_at FROM interaction_contact ic "
                "JOIN interaction i ON i.id = ic.interaction_id WHERE i.trashed_at IS NULL")
_STORE_SQL = ("UPDATE contact SET warmth_log = ?, last_contact_at = ?, last_channel = ?, "
              "last_two_way_at = ?, prev_two_way_at = ?, touch_log = ? WHERE id = ?")


@dataclass(frozen=True)
class StoredInputs:
    """A contact's stored temperature inputs, as text (see warmth.inputs_of)."""
    id: int
    relationship: str = ""
    pinned_band: str = ""
    last_contact_at: str | None = None
    last_channel: str = ""
    warmth_log: float | None = None
    last_two_way_at: str | None = None
    prev_two_way_at: str | None = None
    touch_log: float | None = None


_INPUT_COLUMNS = ("SELECT id, relationship, pinned_band, last_contact_at, last_channel, "
                  "warmth_log, last_two_way_at, prev_two_way_at, touch_log FROM contact ")


def _chunks(ids: Sequence[int], size: int = 900) -> Iterator[list[int]]:
    ids = list(ids)
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def stored_inputs(contact_ids: Sequence[int]) -> dict[int, StoredInputs]:
    """The stored inputs of these contacts (those that exist)."""
    out: dict[int, StoredInputs] = {}
    for chunk in _chunks(contact_ids):
        marks = ",".join("?" * len(chunk))
        for r in database.execute_sql(_INPUT_COLUMNS + f"WHERE id IN ({marks})", chunk):
            out[r[0]] = StoredInputs(*r)
    return out


def going_cold_rows(contact_ids: Sequence[int]) -> Iterator[tuple]:
    """(id, relationship, pinned_band, last_contact_at, last_channel, warmth_log,
    last_two_way_at, prev_two_way_at, touch_log, display name, sort key, first
    contact, created at) of these contacts, as plain rows: what Today's
    going-cold list reads of each of its thousands of candidates."""
    columns = _INPUT_COLUMNS.replace(" FROM contact ", ", display_name, sort_key, "
                                     "first_contact, created_at FROM contact ")
    for chunk in _chunks(contact_ids):
        marks = ",".join("?" * len(chunk))
        yield from database.execute_sql(columns + f"WHERE id IN ({marks})", chunk)


def live_stored_inputs() -> list[StoredInputs]:
    """The stored inputs of every live contact."""
    return [StoredInputs(*r) for r in database.execute_sql(
        _INPUT_COLUMNS + "WHERE trashed_at IS NULL")]


def touches_of(contact_ids: Sequence[int]) -> Iterator[tuple[int, str, str]]:
    """(contact id, channel, happened_at) of these contacts' live conversations."""
    for chunk in _chunks(contact_ids):
        marks = ",".join("?" * len(chunk))
        yield from database.execute_sql(_TOUCHES_SQL + f" AND ic.contact_id IN ({marks})", chunk)


def touches_in(first: int, last: int) -> Iterable[tuple[int, str, str]]:
    """(contact id, channel, happened_at) of the live conversations of contacts
    with ids from ``first`` to ``last``."""
    return database.execute_sql(_TOUCHES_SQL + " AND ic.contact_id BETWEEN ? AND ?",
                                (first, last))


def all_touches() -> Iterable[tuple[int, str, str]]:
    """(contact id, channel, happened_at) of every live conversation."""
    return database.execute_sql(_TOUCHES_SQL)


def contact_slice(after: int, size: int) -> tuple[list[int], list[int]]:
    """The next ``size`` contact ids above ``after``, and those of them with stored inputs."""
    rows = database.execute_sql(
        "SELECT id, warmth_log IS NOT NULL OR last_contact_at IS NOT NULL OR touch_log IS NOT NULL "
        "FROM contact "
        "WHERE id > ? ORDER BY id LIMIT ?", (after, size)).fetchall()
    return [r[0] for r in rows], [r[0] for r in rows if r[1]]


def contact_total() -> int:
    """How many contacts there are, live and trashed (what recomputing goes through)."""
    return database.execute_sql("SELECT count(*) FROM contact").fetchone()[0]


def store_inputs(rows: Sequence[tuple]) -> None:
    """Write (warmth_log, last_contact_at, last_channel, last_two_way_at,
    prev_two_way_at, touch_log, id) rows, in the caller's transaction."""
    database.cursor().executemany(_STORE_SQL, rows)


def conversation_counts(contact_ids: Sequence[int], start: str, end: str,
                        not_channels: Sequence[str] = ("note",)) -> dict[int, int]:
    """Live conversations per contact with start <= happened_at <= end, those of
    ``not_channels`` (notes, greeting cards) not counted."""
    out: dict[int, int] = {}
    skip = ",".join("?" * len(not_channels))
    for chunk in _chunks(contact_ids):
        marks = ",".join("?" * len(chunk))
        out.update(database.execute_sql(
            "SELECT ic.contact_id, count(*) FROM interaction_contact ic JOIN interaction i "
            f"ON i.id = ic.interaction_id WHERE ic.contact_id IN ({marks}) "
            f"AND i.trashed_at IS NULL AND i.channel NOT IN ({skip}) "
            "AND i.happened_at >= ? AND i.happened_at <= ? GROUP BY ic.contact_id",
            chunk + list(not_channels) + [start, end]).fetchall())
    return out


def set_pinned_band(contact_id: int, band: str) -> None:
    with database.atomic():
        database.execute_sql("UPDATE contact SET pinned_band = ? WHERE id = ?",
                             (band, contact_id))


def ranking_rows(trashed: bool = False) -> Iterable[tuple]:
    """(id, warmth_log, pinned_band, prev_two_way_at, relationship, touch_log) of
    every live (or trashed) contact, in name order."""
    return database.execute_sql(
        "SELECT id, warmth_log, pinned_band, prev_two_way_at, relationship, touch_log "
        f"FROM contact WHERE trashed_at IS {'NOT ' if trashed else ''}NULL ORDER BY sort_key, id")


def _rank_case(pinned: dict[str, int], bounds: tuple[float, float, float], cut: str,
               until: str) -> tuple[str, list]:
    """The band rank as an SQL CASE over the stored columns, and its parameters: a
    pinned band's rank, else hot (rank 3) by two conversations in [cut, until] or
    warmth_log >= bounds[0], warm (2) from bounds[1], cool (1) from bounds[2] (by
    conversations or by cards) or as a customer, else cold (0);
    app.conversations.warmth._ranked in SQL (the one definition both queries use)."""
    pins = " ".join("WHEN ? THEN ?" for _ in pinned)
    rank = (f"CASE WHEN pinned_band != '' THEN (CASE pinned_band {pins} ELSE 0 END) "
            "WHEN prev_two_way_at >= ? AND prev_two_way_at <= ? THEN 3 "
            "WHEN warmth_log >= ? THEN 3 WHEN warmth_log >= ? THEN 2 "
            "WHEN warmth_log >= ? OR relationship = 'customer' OR touch_log >= ? THEN 1 "
            "ELSE 0 END")  # greeting cards (touch_log) keep a contact cool at most
    return rank, [x for pair in pinned.items() for x in pair] + [cut, until, *bounds, bounds[2]]


def _segments(rank: int, bounds: tuple[float, float, float], cut: str,
              until: str) -> list[tuple[str, list]]:
    """The unpinned contacts of band ``rank``, as WHERE conditions (with parameters)
    whose rows, each read in warmth order and placed one after the other, are that
    band in warmth order: :func:`_rank_case` cut into ranges of warmth_log.

    Below the cool bound (or with no warmth_log) a contact is cold, or cool by
    the customer floor or greeting cards; each range above is its band; two
    conversations in the hot window lift any range to hot (those rows sort
    before the plain hot range, whose warmth_log is higher). All but the last
    read one range of the covering index, no CASE per row, no sort.
    """
    hot, warm, cool = bounds
    unpinned = "pinned_band = ''"
    calm = "(prev_two_way_at IS NULL OR prev_two_way_at < ? OR prev_two_way_at > ?)"
    floor = "(relationship = 'customer' OR touch_log >= ?)"
    no_floor = "relationship != 'customer' AND (touch_log IS NULL OR touch_log < ?)"
    if rank in (0, 1):
        rest = floor if rank == 1 else no_floor
        out = [(f"warmth_log IS NULL AND {unpinned} AND {calm} AND {rest}", [cut, until, cool]),
               (f"warmth_log < ? AND {unpinned} AND {calm} AND {rest}",
                [cool, cut, until, cool])]
        if rank == 1:
            out.append((f"warmth_log >= ? AND warmth_log < ? AND {unpinned} AND {calm}",
                        [cool, warm, cut, until]))
        return out
    if rank == 2:
        return [(f"warmth_log >= ? AND warmth_log < ? AND {unpinned} AND {calm}",
                 [warm, hot, cut, until])]
    return [(f"{unpinned} AND prev_two_way_at >= ? AND prev_two_way_at <= ? "
             "AND (warmth_log IS NULL OR warmth_log < ?)", [cut, until, hot]),
            (f"warmth_log >= ? AND {unpinned}", [hot])]


def pinned_ranks(pinned: dict[str, int]) -> set[int]:
    """The band ranks live contacts are pinned to (an unknown pin ranks as cold,
    as in :func:`_rank_case`)."""
    return {pinned.get(r[0], 0) for r in database.execute_sql(
        f"SELECT DISTINCT pinned_band FROM contact{dialect.indexed_by('contact_live_pinned')} "
        "WHERE trashed_at IS NULL AND pinned_band != ''")}


_WARMTH_ORDER = " ORDER BY warmth_log NULLS FIRST, sort_key, id"


def band_queries(rank: int, pinned: dict[str, int], bounds: tuple[float, float, float],
                  cut: str, until: str, with_pins: bool) -> list[tuple[str, list]]:
    """(SELECT id …, parameters) whose rows, one after the other, are the live contacts
    of band ``rank`` in warmth order, ties in name order. A band that pinned
    contacts join (``with_pins``) is one scan of the covering index with the whole
    CASE, the pins in their warmth order among the others; else its segments."""
    table = f"contact{dialect.indexed_by('contact_live_temperature')}"
    if with_pins:
        case, params = _rank_case(pinned, bounds, cut, until)
        return [(f"SELECT id FROM {table} WHERE trashed_at IS NULL AND ({case}) = ?",
                 params + [rank])]
    out = []
    for i, (where, params) in enumerate(_segments(rank, bounds, cut, until)):
        # the hot rule's few rows come from their own index (contact_prev_two_way)
        source = "contact" if rank == 3 and i == 0 else table
        out.append((f"SELECT id FROM {source} WHERE trashed_at IS NULL AND {where}", params))
    return out


def ids_in_ranks(ranks: set[int], pinned: dict[str, int], bounds: tuple[float, float, float],
                 cut: str, until: str) -> set[int]:
    """Live contacts whose band rank (see :func:`_rank_case`) is in ``ranks``."""
    pins = pinned_ranks(pinned)
    found: set[int] = set()
    for rank in ranks:
        for sql, params in band_queries(rank, pinned, bounds, cut, until, rank in pins):
            found.update(_id_list(sql, params))
    return found


def new_ids() -> set[int]:
    """Live contacts shown as "new": no conversation yet and no pinned band
    (app.conversations.temperature.temperature), read off their own index."""
    return {r[0] for r in database.execute_sql(
        f"SELECT id FROM contact{dialect.indexed_by('contact_live_new')} "
        "WHERE trashed_at IS NULL AND pinned_band = '' AND last_contact_at IS NULL")}


def ids_in_warmth_order(pinned: dict[str, int], bounds: tuple[float, float, float],
                        cut: str, until: str) -> list[int]:
    """Every live contact, coldest band first, each band in warmth_log order (none
    first), ties in name order: a few range reads of the covering index, ids only."""
    pins = pinned_ranks(pinned)
    ids: list[int] = []
    for rank in range(4):
        for sql, params in band_queries(rank, pinned, bounds, cut, until, rank in pins):
            ids.extend(_id_list(sql + _WARMTH_ORDER, params))
    return ids


def _id_list(sql: str, params: list) -> list[int]:
    """The ids a ``SELECT id … ORDER BY …`` returns, in its order.

    SQLite hands them over as one text (half the time of a Python row per id
    at 100,000 contacts): an aggregate over an ordered subquery reads it in
    that order (SQLite never flattens an ORDER BY into an aggregate; the
    sort's tests would see a wrong order).
    """
    if is_postgres():
        return [r[0] for r in database.execute_sql(sql, params)]
    text = database.execute_sql(f"SELECT group_concat(id) FROM ({sql})", params).fetchone()[0]
    return json.loads(f"[{text}]") if text else []  # the fastest parse of a list of ints


def cooling_candidates(last_before: str, log_slices: Sequence[tuple[float, float]],
                       two_way_since: str) -> list[int]:
    """Live, unpinned contacts last touched at ``last_before`` or earlier whose
    warmth_log lies in one of the [low, high) slices or whose second-latest
    two-way conversation is at ``two_way_since`` or later."""
    # One indexed range per slice (contact_live_temperature, contact_prev_two_way); the
    # "+" keeps SQLite from walking everyone last touched before instead.
    live = ("trashed_at IS NULL AND pinned_band = '' AND "
            f"{dialect.unindexed('last_contact_at')} <= ?")
    parts, params = [], []
    for low, high in log_slices:
        parts.append(f"SELECT id FROM contact WHERE warmth_log >= ? AND warmth_log < ? "
                     f"AND {live}")
        params += [low, high, last_before]
    parts.append(f"SELECT id FROM contact WHERE prev_two_way_at >= ? AND {live}")
    params += [two_way_since, last_before]
    return [r[0] for r in database.execute_sql(" UNION ".join(parts), params)]


def _where(contact_ids: Sequence[int] | None) -> tuple[str, list]:
    if contact_ids is None:
        return "c.trashed_at IS NULL", []
    return f"c.id IN ({','.join('?' * len(contact_ids))})", list(contact_ids)


def own_cadences(contact_ids: Sequence[int] | None) -> dict[int, int]:
    """Cadence days typed on each contact that has one (``None`` = all live contacts)."""
    where, params = _where(contact_ids)
    return dict(database.execute_sql(
        f"SELECT c.id, c.cadence_days FROM contact c WHERE c.cadence_days > 0 AND {where}",
        params).fetchall())


def tags_folded(keys: Sequence[str], contact_ids: Sequence[int] | None) -> Iterable[tuple]:
    """(contact id, folded tag key) of these contacts' tags whose key is among ``keys``
    (app.core.textfold.tag_key)."""
    where, params = _where(contact_ids)
    marks = ",".join("?" * len(keys))
    return database.execute_sql(
        "SELECT ct.contact_id, t.folded FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        f"JOIN contact c ON c.id = ct.contact_id WHERE t.folded IN ({marks}) AND {where}",
        list(keys) + params)


def _math_functions() -> None:
    """SQLite's log2 and pow, registered from Python where SQLite was built without them."""
    try:
        database.execute_sql("SELECT log2(1), pow(2, 1)")
    except pw.OperationalError:  # no such function
        python_math(database.connection())


def python_math(conn) -> None:
    """Register Python's log2 and pow on this SQLite connection (NULL in, NULL out)."""
    import math

    conn.create_function("log2", 1, lambda x: None if x is None else math.log2(x),
                         deterministic=True)
    conn.create_function("pow", 2, lambda x, y: None if x is None or y is None
                         else math.pow(x, y), deterministic=True)


def store_sums(first: int, last: int, log_weights: dict[str, float], half_life_days: float,
               touch_only: Sequence[str]) -> int:
    """Recompute warmth_log and touch_log of the contacts with ids from ``first`` to
    ``last`` from their live conversations, in SQL, in the caller's transaction;
    returns how many rows changed.

    Each conversation's term is log2(weight) + days since 2000-01-01 / half-life
    (``log_weights``: the channels that weigh anything); the sums are kept in the
    log domain (the largest term plus log2 of the sum of 2^(term - largest)), as
    app.conversations.warmth._inputs_rows does. warmth_log leaves out the
    ``touch_only`` channels (greeting cards), touch_log counts them. Only the
    sums change with the temperature settings: the dates and channels stay.
    """
    if not is_postgres():
        _math_functions()  # PostgreSQL has pow, and log2 through ln (dialect.log2)
    weights = ("CASE i.channel " + " ".join("WHEN ? THEN ?" for _ in log_weights) + " END"
               if log_weights else "NULL")
    cards = ",".join("?" * len(touch_only))
    params = [x for pair in log_weights.items() for x in pair]
    params += [946684800, half_life_days, *touch_only, first, last]  # 946684800: 2000-01-01
    log2 = dialect.log2
    pg = is_postgres()
    before = 0 if pg else database.connection().total_changes
    cursor = database.execute_sql(
        "WITH term AS (SELECT ic.contact_id AS cid, "
        f"({weights}) "
        f"+ ({dialect.epoch_seconds('i.happened_at')} - ?) / 86400.0 / ? AS x, "
        f"i.channel IN ({cards}) AS card "
        "FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id "
        "WHERE i.trashed_at IS NULL AND ic.contact_id BETWEEN ? AND ?), "
        "top AS (SELECT cid, max(CASE WHEN NOT card THEN x END) AS tw, max(x) AS tt "
        "FROM term GROUP BY cid), "
        "total AS (SELECT term.cid AS cid, "
        f"tw + {log2('sum(CASE WHEN NOT card THEN pow(2, x - tw) END)')} AS w, "
        f"tt + {log2('sum(pow(2, x - tt))')} AS t FROM term JOIN top ON top.cid = term.cid "
        "GROUP BY term.cid, top.tw, top.tt) "
        "UPDATE contact SET warmth_log = total.w, touch_log = total.t FROM total "
        "WHERE contact.id = total.cid "
        f"AND ({dialect.is_distinct('warmth_log', 'total.w')} "
        f"OR {dialect.is_distinct('touch_log', 'total.t')})", params)
    # SQLite's rowcount is -1 for an UPDATE that starts WITH: count its changes instead.
    return cursor.rowcount if pg else database.connection().total_changes - before
