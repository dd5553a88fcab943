"""Temperature in the database: stored inputs, settings, pins, cadences.

The rules live in app.conversations.temperature (pure, clock passed in); this module keeps
each contact's stored inputs (warmth_log, last contact, the two latest
two-way conversations) right, and answers the list's questions (sort by
warmth, filter by band) with one indexed query instead of a score per row.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace

from app.conversations import temperature as t
from app.conversations import warmth_order_store as order_pages
from app.conversations import warmth_store as stored
from app.core import clock
from app.core.i18n import N_
from app.core.problems import problem_code
from app.core.textfold import tag_key
from app.storage import settings as app_settings
from app.storage.connection import database

SETTINGS_KEY = "temperature"
#: Set while the stored inputs are being recomputed for new settings; an
#: interrupted recompute (a kill) is finished by :func:`finish_interrupted`.
RECOMPUTE_PENDING_KEY = "temperature_recompute_pending"
#: Contacts recomputed per transaction: each is over in a fraction of a second,
#: so a save elsewhere waits that long at most, not for the whole recompute.
RECOMPUTE_SLICE = 2000
#: Contacts per transaction when only the sums are recomputed in SQL (recompute_sums).
SUMS_SLICE = 20000
TAG_CADENCE_KEY = "tag_cadence_days"

BAD_SETTINGS = problem_code("temperature.bad_settings", N_("{problems}"))
UNKNOWN_BAND = problem_code("temperature.unknown_band", N_(
    "Unknown band “{band}”; use one of: {bands}."))
BAD_CADENCE = problem_code("temperature.bad_cadence", N_(
    "A cadence is a number of days, at least 1."))


def load_settings() -> t.Settings:
    return t.Settings.from_json(app_settings.get(SETTINGS_KEY, {}))


def save_settings(new: t.Settings,
                  progress: Callable[[int, int], None] | None = None) -> None:
    """Store new temperature settings and recompute every contact.

    The recompute runs in short transactions (see :func:`recompute_sums`); the
    settings and a "recompute pending" mark are stored together first, so a
    recompute cut short is finished by :func:`finish_interrupted`. ``progress``
    (done, total) is called after each transaction: what it shows is stored.
    """
    problems = new.problems()
    if problems:
        raise t.TemperatureProblem(BAD_SETTINGS, problems=problems)
    with database.atomic():
        old = load_settings()
        app_settings.put(SETTINGS_KEY, new.to_json())
        changed = (old.half_life_days, old.weights) != (new.half_life_days, new.weights)
        if changed:
            app_settings.put(RECOMPUTE_PENDING_KEY, True)
    if changed:
        _recompute_pending(progress)


def finish_interrupted() -> bool:
    """Finish a recompute for new settings that a kill or crash cut short."""
    if not app_settings.get(RECOMPUTE_PENDING_KEY, False):
        return False
    _recompute_pending()
    return True


def _recompute_pending(progress: Callable[[int, int], None] | None = None) -> None:
    recompute_sums(progress=progress)  # with the settings stored now, whoever stored them last
    with database.atomic():
        app_settings.put(RECOMPUTE_PENDING_KEY, False)


# --- stored inputs ---------------------------------------------------------------

def _time(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _text(when: dt.datetime | None) -> str | None:
    return when.isoformat(timespec="seconds") if when else None


def inputs_of(row) -> t.Inputs:
    """Inputs from anything with the stored columns as attributes (StoredInputs, ListRow)."""
    return t.Inputs(warmth_log=row.warmth_log, last_contact_at=_time(row.last_contact_at),
                    last_channel=row.last_channel, last_two_way_at=_time(row.last_two_way_at),
                    prev_two_way_at=_time(row.prev_two_way_at), relationship=row.relationship,
                    pinned_band=row.pinned_band, touch_log=getattr(row, "touch_log", None))


def _store_rows(touches: dict[int, list[t.Touch]], ids: Iterable[int],
                settings: t.Settings) -> list[tuple]:
    rows = []
    for cid in ids:
        inp = t.inputs_from(touches.get(cid, ()), settings)
        rows.append((inp.warmth_log, _text(inp.last_contact_at), inp.last_channel,
                     _text(inp.last_two_way_at), _text(inp.prev_two_way_at), inp.touch_log, cid))
    return rows


def recompute(contact_ids: Sequence[int], settings: t.Settings | None = None) -> None:
    """Recompute these contacts' stored inputs from their live interactions."""
    settings = settings or load_settings()
    ids = list(contact_ids)
    touches: dict[int, list[t.Touch]] = defaultdict(list)
    for cid, channel, when in stored.touches_of(ids):
        touches[cid].append(t.Touch(dt.datetime.fromisoformat(when), channel))
    stored.store_inputs(_store_rows(touches, ids, settings))


def recompute_all(settings: t.Settings | None = None) -> int:
    """Recompute every contact (after a settings change or a bulk load); returns how
    many have conversations.

    A slice of contacts (by id) per transaction, each reading its contacts'
    conversations and writing their inputs under the write lock, so a
    conversation logged meanwhile is never overwritten by a stale result.
    Recomputing is idempotent: a slice done twice gives the same rows.
    """
    settings = settings or load_settings()
    after, found = 0, 0
    while True:
        with database.atomic():
            ids, with_inputs = stored.contact_slice(after, RECOMPUTE_SLICE)
            if not ids:
                return found
            rows = _inputs_rows(stored.touches_in(ids[0], ids[-1]), settings)
            found += len(rows)
            done = {r[-1] for r in rows}
            rows += [(None, None, "", None, None, None, cid) for cid in with_inputs
                     if cid not in done]
            stored.store_inputs(rows)
        after = ids[-1]


def recompute_sums(settings: t.Settings | None = None, *,
                   progress: Callable[[int, int], None] | None = None) -> int:
    """Recompute what a new half-life or new weights change, warmth_log and
    touch_log, in SQL; returns how many contacts changed.

    The dates a contact is banded by (last contact, the two latest two-way
    conversations) do not depend on the settings, and a contact without live
    conversations has no sums whatever the settings: only contacts with
    conversations are summed, in slices of SUMS_SLICE contacts by id, each in
    its own short transaction (a conversation logged meanwhile waits for it),
    then ``progress(contacts done, contacts)``. Without ``settings``, each slice
    uses the settings stored when it starts: of two recomputes running at once
    (settings changed twice), the later settings win in every slice.
    """
    total, done, after, changed = stored.contact_total(), 0, 0, 0
    while True:
        with database.atomic():
            now_settings = settings or load_settings()
            log_w = {ch: math.log2(now_settings.weight(ch)) for ch in t.CHANNELS
                     if now_settings.weight(ch) > 0}
            ids, _ = stored.contact_slice(after, SUMS_SLICE)
            if not ids:
                return changed
            changed += stored.store_sums(ids[0], ids[-1], log_w, now_settings.half_life_days,
                                         sorted(t.TOUCH_ONLY))
        after, done = ids[-1], done + len(ids)
        if progress:
            progress(min(done, total), total)


def inputs_rows(touches: Iterable[tuple[int, str, str]], settings: t.Settings) -> list[tuple]:
    """What recompute_all() stores for the contacts in ``touches`` ((contact id,
    channel, happened_at) of live conversations, in id order): (warmth_log,
    last_contact_at, last_channel, last_two_way_at, prev_two_way_at, touch_log, id)."""
    return _inputs_rows(touches, settings)


def computed_inputs(settings: t.Settings) -> list[tuple]:
    """Every contact's inputs as recompute_all() stores them: (warmth_log,
    last_contact_at, last_channel, last_two_way_at, prev_two_way_at, id) rows,
    for the contacts with a live conversation (what ``hearth check`` compares)."""
    return [r[:5] + r[6:] for r in _inputs_rows(stored.all_touches(), settings)]


def _log_sum(terms: list[float]) -> float | None:
    if not terms:
        return None
    top = max(terms)
    return top + math.log2(sum(2.0 ** (x - top) for x in terms))


def _inputs_rows(touches: Iterable[tuple[int, str, str]], settings: t.Settings) -> list[tuple]:
    """Stored-input rows (see warmth_store.store_inputs) of the contacts in ``touches``.

    One pass, summing in the log domain per contact; no per-contact query.
    Conversations go into warmth_log and touch_log, touches (cards) into touch_log only.
    """
    h = settings.half_life_days
    log_w = {ch: math.log2(settings.weight(ch)) for ch in t.CHANNELS if settings.weight(ch) > 0}
    epoch = t.EPOCH
    terms: dict[int, list[float]] = defaultdict(list)
    card_terms: dict[int, list[float]] = defaultdict(list)
    last: dict[int, tuple[str, str]] = {}
    two: dict[int, list[str]] = defaultdict(list)
    for cid, channel, when in touches:
        if channel not in t.NOT_CONVERSATIONS and (cid not in last or when >= last[cid][0]):
            last[cid] = (when, channel)
        if channel in t.TWO_WAY:
            pair = two[cid]
            pair.append(when)
            if len(pair) > 2:
                pair.sort(reverse=True)
                del pair[2:]
        lw = log_w.get(channel)
        if lw is None:
            continue
        d = dt.datetime.fromisoformat(when) - epoch
        term = lw + (d.days + d.seconds / 86400.0) / h
        (card_terms if channel in t.TOUCH_ONLY else terms)[cid].append(term)
    rows = []
    for cid in set(last) | set(terms) | set(two) | set(card_terms):
        talk = terms.get(cid, [])
        when, channel = last.get(cid, (None, ""))
        pair = sorted(two.get(cid, []), reverse=True) + [None, None]
        rows.append((_log_sum(talk), when, channel, pair[0], pair[1],
                     _log_sum(talk + card_terms.get(cid, [])), cid))
    return rows


# --- reading temperatures ------------------------------------------------------------

def conversations_this_year(contact_ids: Sequence[int], now: dt.datetime) -> dict[int, int]:
    """Conversations (not notes, not greeting cards) since 1 January of now's year, per contact."""
    start = dt.datetime(now.year, 1, 1).isoformat(timespec="seconds")
    end = now.isoformat(timespec="seconds")
    return stored.conversation_counts(contact_ids, start, end, sorted(t.NOT_CONVERSATIONS))


def temperatures(contact_ids: Sequence[int], now: dt.datetime,
                 settings: t.Settings | None = None, *,
                 with_counts: bool = True) -> dict[int, t.Temperature]:
    """Temperature (with its full reason) of each of these contacts at ``now``."""
    settings = settings or load_settings()
    rows = stored.stored_inputs(contact_ids)
    counts = conversations_this_year(list(rows), now) if with_counts else {}
    out = {}
    for cid, row in rows.items():
        inp = inputs_of(row)
        if with_counts:
            inp = replace(inp, conversations_this_year=counts.get(cid, 0))
        out[cid] = t.temperature(inp, now, settings)
    return out


def temperature_of(contact_id: int, now: dt.datetime,
                   settings: t.Settings | None = None) -> t.Temperature:
    return temperatures([contact_id], now, settings)[contact_id]


def pin(contact_id: int, band: str) -> None:
    """Pin a contact's band ("" unpins: back to computed)."""
    if band and band not in t.BANDS:
        raise t.TemperatureProblem(UNKNOWN_BAND, band=band, bands=", ".join(t.BANDS))
    stored.set_pinned_band(contact_id, band)


# --- what the list asks ---------------------------------------------------------------

def _ranked(now: dt.datetime, settings: t.Settings, trashed: bool = False):
    """(band rank, warmth_log, id) of every live (or trashed) contact, in name order.

    The band rules over the stored columns, in Python: how the trash is sorted,
    and what warmth_store's CASE (the live list's sort and band filter) is
    tested against at every band edge.
    """
    (b_hot, b_warm, b_cool), cut, until = _bounds(now, settings)
    pinned = {b: t.band_rank(b) for b in t.BANDS}
    out = []
    for cid, value, pin, prev, relationship, touched in stored.ranking_rows(trashed):
        if pin:
            rank = pinned.get(pin, 0)
        elif prev is not None and cut <= prev <= until:
            rank = 3
        elif value is not None and value >= b_hot:
            rank = 3
        elif value is not None and value >= b_warm:
            rank = 2
        elif (value is not None and value >= b_cool or relationship == "customer"
              or touched is not None and touched >= b_cool):  # cards: cool at most
            rank = 1
        else:
            rank = 0
        out.append((rank, -math.inf if value is None else value, cid))
    return out


def _bounds(now: dt.datetime, settings: t.Settings) -> tuple[tuple[float, float, float],
                                                               str, str]:
    """(warmth_log bounds of hot, warm and cool at ``now``, start and end of the hot window)."""
    th = settings.thresholds
    bounds = tuple(t.warmth_log_at_least(th[b], now, settings) for b in (t.HOT, t.WARM, t.COOL))
    cut = (now - dt.timedelta(days=settings.hot_window_days)).isoformat(timespec="seconds")
    return bounds, cut, now.isoformat(timespec="seconds")


def ordered_by_warmth(descending: bool = False, *, trashed: bool = False,
                      now: dt.datetime | None = None,
                      settings: t.Settings | None = None) -> list[int]:
    """Ids coldest first (hottest first when descending); ties in name order.

    Live contacts come from SQLite band by band, each band a few range reads of
    the covering index in warmth order (warmth_store.ids_in_warmth_order, the
    rules of :func:`_ranked`: a test holds the two equal); the small trash is
    ranked by :func:`_ranked`.
    """
    now, settings = now or clock.local_now(), settings or load_settings()
    if trashed:
        ranked = _ranked(now, settings, trashed)
        ranked.sort(key=lambda r: (r[0], r[1]))
        ids = [r[2] for r in ranked]
    else:
        bounds, cut, until = _bounds(now, settings)
        ids = stored.ids_in_warmth_order({b: t.band_rank(b) for b in t.BANDS}, bounds, cut,
                                         until)
    if descending:
        ids.reverse()  # name order reversed too, as the other columns do
    return ids


def warmth_order_stream(descending: bool = False, now: dt.datetime | None = None,
                        settings: t.Settings | None = None) -> Iterator[int]:
    """ordered_by_warmth() of the live contacts, read only as far as iterated (SQLite)."""
    now, settings = now or clock.local_now(), settings or load_settings()
    bounds, cut, until = _bounds(now, settings)
    return order_pages.ids_in_warmth_order({b: t.band_rank(b) for b in t.BANDS}, bounds,
                                           cut, until, descending=descending)


def ids_in_bands(bands: Iterable[str], now: dt.datetime | None = None,
                 settings: t.Settings | None = None) -> set[int]:
    """Ids of live contacts whose band (pins, floors and rules applied) is one of ``bands``.

    The same rules as :func:`_ranked`, evaluated by SQLite over the covering
    index (a test holds the two equal): no Python row per contact.
    A contact without a conversation is shown "new" (t.NEW), not by its band: it
    is found by NEW and left out of the bands, so a filter lists what the list shows.
    """
    bands = set(bands)
    ranks = {t.band_rank(b) for b in bands if b in t.BANDS}
    found: set[int] = set()
    if ranks:
        bounds, cut, until = _bounds(now or clock.local_now(), settings or load_settings())
        found = stored.ids_in_ranks(ranks, {b: t.band_rank(b) for b in t.BANDS}, bounds, cut,
                                    until) - stored.new_ids()
    if t.NEW in bands:
        found |= stored.new_ids()
    return found


# --- keeping in touch ----------------------------------------------------------------

def tag_cadences() -> dict[str, int]:
    """Default keep-in-touch cadence (days) per tag name."""
    return {k: int(v) for k, v in (app_settings.get(TAG_CADENCE_KEY, {}) or {}).items()}


def set_tag_cadence(tag: str, days: int | None) -> None:
    cadences = tag_cadences()
    cadences = {k: v for k, v in cadences.items() if tag_key(k) != tag_key(tag)}
    if days:
        if days < 1:
            raise t.TemperatureProblem(BAD_CADENCE)
        cadences[tag] = int(days)
    with database.atomic():
        app_settings.put(TAG_CADENCE_KEY, cadences)


def cadences(contact_ids: Sequence[int] | None = None) -> dict[int, int]:
    """Effective cadence per contact: its own, else the shortest of its tags' defaults.

    Contacts without any cadence are left out. ``None`` = all live contacts.
    """
    if contact_ids is not None and not contact_ids:
        return {}
    tag_days = {tag_key(k): v for k, v in tag_cadences().items()}
    own = stored.own_cadences(contact_ids)
    by_tag: dict[int, int] = {}
    if tag_days:
        for cid, key in stored.tags_folded(list(tag_days), contact_ids):
            days = tag_days[key]
            by_tag[cid] = min(by_tag.get(cid, days), days)
    by_tag.update(own)
    return by_tag
