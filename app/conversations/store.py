"""The conversation log: interactions linked to one or more contacts.

Every write (log, update, trash, restore) recomputes, inside the same
transaction, the temperature inputs stored on each contact it touches
(app.conversations.warmth) and the search text of those contacts
(app.storage.search_index), so the list and the search box are right the moment
the dialog closes.

Each conversation has a ``version`` that every edit, trash or restore adds one to;
:func:`update` writes only over the version it was given (else ConversationChanged).

Conversation times are the user's wall-clock time, stored as naive ISO strings
("2026-03-10T15:00:00"), which sort and compare as text; the rows' own
created/updated/trashed stamps are UTC (both: app.core.clock).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.conversations import first_contact_store, temperature, warmth
from app.conversations.first_contact_store import fill_first_contacts  # noqa: F401 (demo)
from app.core import clock, user
from app.core.i18n import N_
from app.core.problems import Problem, problem_code
from app.storage import search_index as search
from app.storage.connection import database

OUT, IN = "out", "in"
DIRECTIONS = (OUT, IN)
DIRECTION_WORDS = {OUT: N_("we reached out"), IN: N_("they reached out")}
#: how far ahead of the clock a conversation may be dated (time zones, typos)
FUTURE_SLACK = dt.timedelta(days=1)


class InteractionProblem(Problem, ValueError):
    """An interaction that cannot be stored: a code below says what is wrong."""


NOT_A_TIME = problem_code("conversation.not_a_time", N_(
    "“{text}” is not a date and time: use 2026-03-10 or 2026-03-10T15:30."))
NOT_A_DATE = problem_code("conversation.not_a_date", N_("“{text}” is not a date: use 2026-03-13."))
UNKNOWN_CHANNEL = problem_code("conversation.unknown_channel", N_(
    "Unknown channel “{channel}”; use one of: {channels}."))
UNKNOWN_DIRECTION = problem_code("conversation.unknown_direction", N_(
    "Unknown direction “{direction}”; use “in” or “out”."))
NO_CONTACT = problem_code("conversation.no_contact", N_(
    "A conversation needs at least one contact."))
IN_FUTURE = problem_code("conversation.in_future", N_(
    "The conversation is dated {when}, in the future; log it when it has happened, "
    "or set a follow-up date instead."))
NO_SUCH_CONTACT = problem_code("conversation.no_such_contact", N_("No contact with id {ids}."))
NO_SUCH_CONVERSATION = problem_code("conversation.not_found", N_(
    "No conversation with id {id}."))


class ConversationChanged(Problem, RuntimeError):
    """Written elsewhere after this copy was read: ``id``, ``version``, ``stored``."""


CHANGED_ELSEWHERE = problem_code("conversation.changed_elsewhere", N_(
    "This conversation was changed elsewhere after it was opened; nothing was saved. "
    "Close it and open it again to see the changes."))


@dataclass
class Interaction:
    channel: str
    contact_ids: list[int]
    happened_at: clock.LocalTime  # the user's wall clock, naive (see app.core.clock)
    direction: str = OUT
    subject: str = ""
    notes: str = ""
    outcome: str = ""
    follow_up: dt.date | None = None
    follow_up_done: bool = False
    id: int | None = None
    trashed_at: str = ""
    created_at: str = ""
    updated_at: str = ""
    version: int = 0  # 0: never stored
    logged_by: str | None = None  # who logged it; None: this installation's (app.core.user)
    contact_names: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"id": self.id, "channel": self.channel, "direction": self.direction,
                "when": iso_minutes(self.happened_at), "subject": self.subject,
                "notes": self.notes, "outcome": self.outcome,
                "follow_up": self.follow_up.isoformat() if self.follow_up else None,
                "follow_up_done": self.follow_up_done, "contact_ids": list(self.contact_ids),
                "logged_by": self.logged_by or ""}


def iso_minutes(when: dt.datetime) -> str:
    return when.replace(second=0, microsecond=0).isoformat(timespec="minutes")


def stored_time(when: dt.datetime) -> str:
    return clock.local_text(when)


def parse_when(text: str) -> dt.datetime:
    """"2026-03-10", "2026-03-10T15:30" or "2026-03-10 15:30" -> a datetime."""
    try:
        when = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InteractionProblem(NOT_A_TIME, text=text) from None
    return clock.as_local(when)


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InteractionProblem(NOT_A_DATE, text=text) from None


def validate(i: Interaction, now: dt.datetime) -> None:
    if i.channel not in temperature.CHANNELS:
        raise InteractionProblem(UNKNOWN_CHANNEL, channel=i.channel,
                                 channels=", ".join(temperature.CHANNELS))
    if i.direction not in DIRECTIONS:
        raise InteractionProblem(UNKNOWN_DIRECTION, direction=i.direction)
    if not i.contact_ids:
        raise InteractionProblem(NO_CONTACT)
    if i.happened_at > now + FUTURE_SLACK:
        raise InteractionProblem(IN_FUTURE, when=iso_minutes(i.happened_at))
    marks = ",".join("?" * len(set(i.contact_ids)))
    found = {r[0] for r in database.execute_sql(
        f"SELECT id FROM contact WHERE id IN ({marks})", list(set(i.contact_ids)))}
    missing = sorted(set(i.contact_ids) - found)
    if missing:
        raise InteractionProblem(NO_SUCH_CONTACT, ids=", ".join(map(str, missing)))


def _row(i: Interaction) -> list:
    return [i.channel, i.direction, stored_time(i.happened_at), i.subject.strip(),
            i.notes.strip(), i.outcome.strip(),
            i.follow_up.isoformat() if i.follow_up else None, int(bool(i.follow_up_done))]


_COLUMNS = ("channel", "direction", "happened_at", "subject", "notes", "outcome", "follow_up",
            "follow_up_done")


def log(i: Interaction, now: dt.datetime | None = None) -> int:
    """Store a new interaction; returns its id."""
    return log_many([i], now)[0]


def log_many(items: Sequence[Interaction], now: dt.datetime | None = None, *,
             refresh: bool = True) -> list[int]:
    """Store interactions in one transaction and bring their contacts up to date.

    ``refresh=False`` skips the per-contact recomputation, for a bulk load that
    calls :func:`app.conversations.warmth.recompute_all` and re-indexes afterwards.
    """
    now, stamp, by = now or clock.local_now(), clock.stamp(), user.name()
    ids: list[int] = []
    with database.atomic():
        cur = database.cursor()
        if refresh:
            for i in items:
                validate(i, now)
        sql = (f"INSERT INTO interaction({', '.join(_COLUMNS)}, created_at, updated_at, "
               f"logged_by) VALUES ({', '.join('?' * (len(_COLUMNS) + 3))}) RETURNING id")
        links = []
        for i in items:
            i.logged_by = by if i.logged_by is None else user.clean(i.logged_by)
            cur.execute(sql, _row(i) + [stamp, stamp, i.logged_by])
            i.id, i.version = cur.fetchone()[0], 1
            ids.append(i.id)
            links += [(i.id, c) for c in dict.fromkeys(i.contact_ids)]
        cur.executemany("INSERT INTO interaction_contact(interaction_id, contact_id) "
                        "VALUES (?, ?)", links)
        if refresh:
            touched = sorted({c for _, c in links})
            warmth.recompute(touched)
            first_contact_store.fill_for(touched)
            search.refresh_interaction_texts(touched)
    return ids


def _contacts_of(interaction_ids: Sequence[int]) -> set[int]:
    out: set[int] = set()
    for start in range(0, len(interaction_ids), 900):
        chunk = list(interaction_ids[start:start + 900])
        marks = ",".join("?" * len(chunk))
        out |= {r[0] for r in database.execute_sql(
            f"SELECT contact_id FROM interaction_contact WHERE interaction_id IN ({marks})",
            chunk)}
    return out


def update(i: Interaction, now: dt.datetime | None = None) -> None:
    """Save changes to a stored interaction (its contacts may change too) if it is
    still at ``i.version``; then ``i.version`` is the new one. Raises
    ConversationChanged (nothing written) if not."""
    if i.id is None:
        raise ValueError("update() needs an interaction with an id")
    validate(i, now or clock.local_now())
    with database.atomic():
        before = _contacts_of([i.id])
        cur = database.cursor()
        cur.execute("UPDATE interaction SET " + ", ".join(f"{c} = ?" for c in _COLUMNS)
                    + ", updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                    _row(i) + [clock.stamp(), i.id, i.version])
        if cur.rowcount == 0:
            stored = database.execute_sql("SELECT version FROM interaction WHERE id = ?",
                                          (i.id,)).fetchone()
            if stored is None:
                raise InteractionProblem(NO_SUCH_CONVERSATION, id=i.id)
            raise ConversationChanged(CHANGED_ELSEWHERE, id=i.id, version=i.version,
                                      stored=stored[0])
        cur.execute("DELETE FROM interaction_contact WHERE interaction_id = ?", (i.id,))
        cur.executemany("INSERT INTO interaction_contact(interaction_id, contact_id) "
                        "VALUES (?, ?)", [(i.id, c) for c in dict.fromkeys(i.contact_ids)])
        touched = sorted(before | set(i.contact_ids))
        warmth.recompute(touched)
        search.refresh_interaction_texts(touched)
    i.version += 1


def _set_trashed(ids: Sequence[int], stamp: str | None) -> int:
    with database.atomic():
        cur = database.cursor()
        if stamp is None:
            cur.executemany("UPDATE interaction SET trashed_at = NULL, version = version + 1 "
                            "WHERE id = ? AND trashed_at IS NOT NULL", [(i,) for i in ids])
        else:
            cur.executemany("UPDATE interaction SET trashed_at = ?, version = version + 1 "
                            "WHERE id = ? AND trashed_at IS NULL", [(stamp, i) for i in ids])
        changed = cur.rowcount
        touched = sorted(_contacts_of(ids))
        warmth.recompute(touched)
        search.refresh_interaction_texts(touched)
    return changed


def trash(ids: Sequence[int], now: dt.datetime | None = None) -> int:
    """Move interactions to the trash; their contacts cool down accordingly."""
    return _set_trashed(ids, clock.stamp(now))


def restore(ids: Sequence[int]) -> int:
    return _set_trashed(ids, None)


def set_follow_up(interaction_id: int, *, done: bool | None = None,
                  due: dt.date | None = None) -> None:
    """Mark a follow-up done (or not), or move it to another date."""
    sets, params = [], []
    if done is not None:
        sets.append("follow_up_done = ?")
        params.append(int(done))
    if due is not None:
        sets.append("follow_up = ?")
        params.append(due.isoformat())
    if not sets:
        return
    with database.atomic():
        cur = database.cursor()
        cur.execute(f"UPDATE interaction SET {', '.join(sets)}, updated_at = ?, "
                    "version = version + 1 WHERE id = ?",
                    params + [clock.stamp(), interaction_id])
        if cur.rowcount == 0:
            raise InteractionProblem(NO_SUCH_CONVERSATION, id=interaction_id)


# --- reading -------------------------------------------------------------------

_SELECT = ("SELECT i.id, i.channel, i.direction, i.happened_at, i.subject, i.notes, i.outcome, "
           "i.follow_up, i.follow_up_done, i.trashed_at, i.created_at, i.updated_at, i.version, "
           "i.logged_by "
           "FROM interaction i ")


def _from_rows(rows) -> list[Interaction]:
    out = []
    for r in rows:
        out.append(Interaction(
            id=r[0], channel=r[1], direction=r[2], happened_at=dt.datetime.fromisoformat(r[3]),
            subject=r[4], notes=r[5], outcome=r[6],
            follow_up=dt.date.fromisoformat(r[7]) if r[7] else None,
            follow_up_done=bool(r[8]), trashed_at=r[9] or "", created_at=r[10],
            updated_at=r[11], version=r[12], logged_by=r[13], contact_ids=[]))
    if out:
        by_id = {i.id: i for i in out}
        marks = ",".join("?" * len(by_id))
        for iid, cid, name in database.execute_sql(
                "SELECT ic.interaction_id, c.id, c.display_name FROM interaction_contact ic "
                f"JOIN contact c ON c.id = ic.contact_id WHERE ic.interaction_id IN ({marks}) "
                "ORDER BY c.sort_key", list(by_id)):
            by_id[iid].contact_ids.append(cid)
            by_id[iid].contact_names.append(name)
    return out


def get(interaction_id: int) -> Interaction:
    found = _from_rows(database.execute_sql(_SELECT + "WHERE i.id = ?", (interaction_id,)))
    if not found:
        raise InteractionProblem(NO_SUCH_CONVERSATION, id=interaction_id)
    return found[0]


def for_contact(contact_id: int, *, limit: int | None = None,
                trashed: bool = False) -> list[Interaction]:
    """A contact's conversations, newest first (the timeline)."""
    sql = (_SELECT + "JOIN interaction_contact ic ON ic.interaction_id = i.id "
           f"WHERE ic.contact_id = ? AND i.trashed_at IS {'NOT ' if trashed else ''}NULL "
           "ORDER BY i.happened_at DESC, i.id DESC")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return _from_rows(database.execute_sql(sql, (contact_id,)))


def open_follow_ups(contact_id: int) -> list[Interaction]:
    """Follow-ups not done yet, soonest first."""
    return _from_rows(database.execute_sql(
        _SELECT + "JOIN interaction_contact ic ON ic.interaction_id = i.id "
        "WHERE ic.contact_id = ? AND i.trashed_at IS NULL AND i.follow_up IS NOT NULL "
        "AND i.follow_up_done = 0 ORDER BY i.follow_up", (contact_id,)))


def count_for(contact_id: int) -> int:
    return database.execute_sql(
        "SELECT count(*) FROM interaction_contact ic JOIN interaction i "
        "ON i.id = ic.interaction_id WHERE ic.contact_id = ? AND i.trashed_at IS NULL",
        (contact_id,)).fetchone()[0]


def follow_ups_due(day: dt.date):
    """(interaction id, due, channel, subject, contact id, contact name) of open
    follow-ups due on ``day`` or before on live contacts, oldest first."""
    return database.execute_sql(
        "SELECT i.id, i.follow_up, i.channel, i.subject, c.id, c.display_name "
        "FROM interaction i JOIN interaction_contact ic ON ic.interaction_id = i.id "
        "JOIN contact c ON c.id = ic.contact_id "
        "WHERE i.follow_up IS NOT NULL AND i.follow_up_done = 0 AND i.trashed_at IS NULL "
        "AND i.follow_up <= ? AND c.trashed_at IS NULL ORDER BY i.follow_up, i.id, c.sort_key",
        (day.isoformat(),))


def count_all() -> int:
    """Conversations in the database, trashed ones included."""
    return database.execute_sql("SELECT count(*) FROM interaction").fetchone()[0]


def busiest_contact() -> int | None:
    """The contact linked to the most conversations."""
    row = database.execute_sql(
        "SELECT contact_id FROM interaction_contact GROUP BY contact_id "
        "ORDER BY count(*) DESC LIMIT 1").fetchone()
    return row[0] if row else None


# --- bulk loading (the demo) -------------------------------------------------------------

def next_id() -> int:
    """The id after the highest interaction id, for rows numbered ahead of inserting."""
    return database.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM interaction").fetchone()[0]


def insert_bulk(rows: Sequence[tuple], links: Sequence[tuple]) -> None:
    """Insert plain rows, with no checks and no recomputation, in the caller's transaction.

    ``rows``: (id, channel, direction, happened_at, subject, notes, outcome, follow_up,
    follow_up_done, created_at, updated_at); ``links``: (interaction id, contact id).
    The caller brings the stored temperature inputs (warmth.recompute_all), first
    contact dates (fill_first_contacts) and search texts up to date afterwards.
    """
    cur = database.cursor()
    cur.executemany(
        "INSERT INTO interaction(id, channel, direction, happened_at, subject, notes, "
        "outcome, follow_up, follow_up_done, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    cur.executemany("INSERT INTO interaction_contact(interaction_id, contact_id) "
                    "VALUES (?, ?)", links)
