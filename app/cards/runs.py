"""Greeting-card runs: storing runs, recipients, households, statuses and cards received.

A run has a year, an occasion and a sender. Recipients are contacts; those
in the same household share one envelope (``card_household``). A recipient
without a household gets an envelope of its own; households are proposed
from matching addresses (app.cards.households) and stored only once the user
accepts, splits or joins them. Marking recipients sent logs a "greeting
card" conversation on every member contact (app.conversations.store).

What goes on each envelope (addressee, address lines, salutation) and the
problems list are built in app.cards.envelopes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from app.contacts import listing

from app.conversations import store as interactions
from app.contacts.model import PostalAddress
from app.contacts.store import now_iso
from app.core.i18n import N_
from app.core.problems import Problem, problem_code
from app.storage.connection import database

CHRISTMAS, NEW_YEAR, EASTER = "Christmas", "New Year", "Easter"
OCCASIONS = (CHRISTMAS, NEW_YEAR, EASTER)  # anything else is a custom occasion
PLANNED, PRINTED, SENT, RETURNED = "planned", "printed", "sent", "returned"
STATUSES = (PLANNED, PRINTED, SENT, RETURNED)
STATUS_WORDS = {PLANNED: N_("planned"), PRINTED: N_("printed"), SENT: N_("sent"),
                RETURNED: N_("returned undeliverable")}


class CardProblem(Problem, ValueError):
    """A request about a run that cannot be done: a code below says why."""


NO_OCCASION = problem_code("cards.no_occasion", N_(
    "A run needs an occasion (Christmas, New Year, Easter or your own)."))
BAD_YEAR = problem_code("cards.bad_year", N_("{year} is not a plausible year for a card run."))
NO_SUCH_RUN = problem_code("cards.no_such_run", N_("There is no card run {run_id}."))
UNKNOWN_BANDS = problem_code("cards.unknown_bands", N_(
    "Unknown temperature {bands}; use {choices}."))
NOT_A_RECIPIENT_ADD = problem_code("cards.not_a_recipient_add", N_(
    "Contact {ids} is not a recipient of run {run_id}; add them first."))
NO_HOUSEHOLD_MEMBERS = problem_code("cards.no_household_members", N_(
    "Choose the recipients to put into one household."))
UNKNOWN_STATUS = problem_code("cards.unknown_status", N_(
    "Unknown status {status!r}; use one of {choices}."))
NOT_A_RECIPIENT = problem_code("cards.not_a_recipient", N_(
    "Contact {ids} is not a recipient of {run}."))


@dataclass
class Sender:
    name: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "DE"
    language: str = "de"

    def address(self) -> PostalAddress:
        return PostalAddress(street=self.street, postal_code=self.postal_code, city=self.city,
                             country=self.country)

    def line(self) -> str:
        """The small return-address line above a window envelope's address."""
        place = " ".join(p for p in (self.postal_code, self.city) if p)
        return " · ".join(p for p in (self.name, self.street, place) if p)


@dataclass
class Run:
    id: int
    year: int
    occasion: str
    title: str
    sender: Sender
    copied_from: int | None
    created_at: str
    recipients: int = 0
    sent: int = 0

    @property
    def name(self) -> str:
        return self.title or f"{self.occasion} {self.year}"

    def to_json(self) -> dict:
        return {"id": self.id, "year": self.year, "occasion": self.occasion, "name": self.name,
                "sender": vars(self.sender), "copied_from": self.copied_from,
                "created_at": self.created_at, "recipients": self.recipients, "sent": self.sent}


@dataclass
class Recipient:
    contact_id: int
    household_id: int | None
    status: str
    status_at: str
    received: bool = False
    display_name: str = ""
    trashed: bool = False


# --- runs --------------------------------------------------------------------------

_RUN_COLS = ("id", "year", "occasion", "title", "sender_name", "sender_street",
             "sender_postal_code", "sender_city", "sender_country", "sender_language",
             "copied_from", "created_at")


def default_sender() -> Sender:
    """The sender of the newest run, so that each year starts with last year's."""
    row = database.execute_sql(
        "SELECT sender_name, sender_street, sender_postal_code, sender_city, sender_country, "
        "sender_language FROM card_run ORDER BY year DESC, id DESC LIMIT 1").fetchone()
    return Sender(*row) if row else Sender()


def create_run(year: int, occasion: str, *, sender: Sender | None = None, title: str = "",
               copied_from: int | None = None, now: dt.datetime | None = None) -> int:
    occasion = " ".join(occasion.split())
    if not occasion:
        raise CardProblem(NO_OCCASION)
    if not 1900 <= int(year) <= 2999:
        raise CardProblem(BAD_YEAR, year=year)
    s = sender or default_sender()
    cur = database.execute_sql(
        "INSERT INTO card_run(year, occasion, title, sender_name, sender_street, "
        "sender_postal_code, sender_city, sender_country, sender_language, copied_from, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (int(year), occasion, title.strip(), s.name, s.street, s.postal_code, s.city,
         (s.country or "DE").upper(), s.language or "de", copied_from, now_iso(now)))
    return cur.lastrowid


def _run_from(row) -> Run:
    d = dict(zip(_RUN_COLS, row))
    sender = Sender(d["sender_name"], d["sender_street"], d["sender_postal_code"],
                    d["sender_city"], d["sender_country"], d["sender_language"])
    return Run(d["id"], d["year"], d["occasion"], d["title"], sender, d["copied_from"],
               d["created_at"])


def get_run(run_id: int) -> Run:
    row = database.execute_sql(
        f"SELECT {', '.join(_RUN_COLS)} FROM card_run WHERE id = ?", (run_id,)).fetchone()
    if row is None:
        raise CardProblem(NO_SUCH_RUN, run_id=run_id)
    run = _run_from(row)
    run.recipients, run.sent = database.execute_sql(
        "SELECT count(*), coalesce(sum(status IN ('sent', 'returned')), 0) "
        "FROM card_recipient WHERE run_id = ?", (run_id,)).fetchone()
    return run


def list_runs() -> list[Run]:
    """All runs, newest first, with their recipient and sent counts."""
    out = []
    for row in database.execute_sql(
            f"SELECT {', '.join('r.' + c for c in _RUN_COLS)}, "
            "(SELECT count(*) FROM card_recipient x WHERE x.run_id = r.id), "
            "(SELECT count(*) FROM card_recipient x WHERE x.run_id = r.id "
            " AND x.status IN ('sent', 'returned')) "
            "FROM card_run r ORDER BY r.year DESC, r.id DESC"):
        run = _run_from(row[:len(_RUN_COLS)])
        run.recipients, run.sent = row[len(_RUN_COLS):]
        out.append(run)
    return out


def update_run(run: Run) -> None:
    s = run.sender
    database.execute_sql(
        "UPDATE card_run SET year = ?, occasion = ?, title = ?, sender_name = ?, "
        "sender_street = ?, sender_postal_code = ?, sender_city = ?, sender_country = ?, "
        "sender_language = ? WHERE id = ?",
        (run.year, run.occasion, run.title, s.name, s.street, s.postal_code, s.city,
         (s.country or "DE").upper(), s.language, run.id))


def delete_run(run_id: int) -> None:
    with database.atomic():
        database.execute_sql("DELETE FROM card_run WHERE id = ?", (run_id,))


# --- where recipients come from ---------------------------------------------------------

def ids_flagged() -> list[int]:
    """Live contacts with the yearly-card flag, in list order."""
    flagged = {r[0] for r in database.execute_sql(
        "SELECT id FROM contact WHERE yearly_card = 1 AND trashed_at IS NULL")}
    return [i for i in listing.ordered_ids() if i in flagged]


def ids_by_search(text: str) -> list[int]:
    return listing.find_ids(text)


def ids_by_tag(tag: str) -> list[int]:
    tagged = {r[0] for r in database.execute_sql(
        "SELECT ct.contact_id FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE t.name = ? COLLATE NOCASE", (tag.strip(),))}
    return [i for i in listing.ordered_ids() if i in tagged]


def ids_from_run(run_id: int, *, include_returned: bool = False) -> list[int]:
    """An earlier run's recipients; cards that came back undeliverable are left out."""
    get_run(run_id)
    where = "" if include_returned else " AND status != 'returned'"
    return [r[0] for r in database.execute_sql(
        f"SELECT contact_id FROM card_recipient WHERE run_id = ?{where} ORDER BY id", (run_id,))]


def ids_by_temperature(bands: Iterable[str], now: dt.datetime) -> list[int]:
    """Live contacts whose temperature (app.conversations.temperature) is in ``bands`` at ``now``."""
    from app.storage import settings
    from app.conversations import temperature

    wanted = set(bands)
    unknown = wanted - set(temperature.BANDS)
    if unknown:
        raise CardProblem(UNKNOWN_BANDS, bands=", ".join(sorted(unknown)),
                          choices=", ".join(temperature.BANDS))
    conf = temperature.Settings.from_json(settings.get("temperature", {}) or {})
    parse = lambda s: dt.datetime.fromisoformat(s) if s else None  # noqa: E731
    found = set()
    for row in database.execute_sql(
            "SELECT id, warmth_log, last_contact_at, last_channel, last_two_way_at, "
            "prev_two_way_at, relationship, pinned_band FROM contact WHERE trashed_at IS NULL"):
        inputs = temperature.Inputs(row[1], parse(row[2]), row[3], parse(row[4]), parse(row[5]),
                                    row[6], row[7])
        if temperature.temperature(inputs, now, conf).band in wanted:
            found.add(row[0])
    return [i for i in listing.ordered_ids() if i in found]


# --- "no cards" ------------------------------------------------------------------------

def set_no_cards(contact_ids: Sequence[int], no_cards: bool = True,
                 now: dt.datetime | None = None) -> None:
    with database.atomic():
        cur = database.cursor()
        if no_cards:
            cur.executemany("INSERT OR IGNORE INTO card_opt_out(contact_id, since) VALUES (?, ?)",
                            [(i, now_iso(now)) for i in contact_ids])
        else:
            cur.executemany("DELETE FROM card_opt_out WHERE contact_id = ?",
                            [(i,) for i in contact_ids])


def no_cards_ids() -> set[int]:
    return {r[0] for r in database.execute_sql("SELECT contact_id FROM card_opt_out")}


# --- recipients ------------------------------------------------------------------------

def add_recipients(run_id: int, contact_ids: Iterable[int], *, automatic: bool = False,
                   now: dt.datetime | None = None) -> int:
    """Add contacts to a run; returns how many were new.

    ``automatic`` (from a flag, search, tag, temperature or an earlier run)
    leaves out contacts marked "no cards" and contacts in the trash; adding by
    hand always adds.
    """
    get_run(run_id)
    ids = list(dict.fromkeys(contact_ids))
    if automatic:
        skip = no_cards_ids() | {r[0] for r in database.execute_sql(
            "SELECT id FROM contact WHERE trashed_at IS NOT NULL")}
        ids = [i for i in ids if i not in skip]
    stamp = now_iso(now)
    with database.atomic():
        before = _count(run_id)
        database.cursor().executemany(
            "INSERT OR IGNORE INTO card_recipient(run_id, contact_id, added_at) "
            "SELECT ?, id, ? FROM contact WHERE id = ?", [(run_id, stamp, i) for i in ids])
        return _count(run_id) - before


def _count(run_id: int) -> int:
    return database.execute_sql("SELECT count(*) FROM card_recipient WHERE run_id = ?",
                                (run_id,)).fetchone()[0]


def remove_recipients(run_id: int, contact_ids: Iterable[int]) -> int:
    ids = list(contact_ids)
    with database.atomic():
        cur = database.cursor()
        cur.executemany("DELETE FROM card_recipient WHERE run_id = ? AND contact_id = ?",
                        [(run_id, i) for i in ids])
        removed = cur.rowcount
        _drop_empty_households(run_id)
    return removed


def recipients(run_id: int) -> list[Recipient]:
    """Every recipient of a run, in name order."""
    received = received_ids(run_id)
    out = []
    for cid, hid, status, at, name, trashed in database.execute_sql(
            "SELECT r.contact_id, r.household_id, r.status, coalesce(r.status_at, ''), "
            "c.display_name, c.trashed_at IS NOT NULL FROM card_recipient r "
            "JOIN contact c ON c.id = r.contact_id WHERE r.run_id = ? "
            "ORDER BY c.sort_key, c.id", (run_id,)):
        out.append(Recipient(cid, hid, status, at, cid in received, name, bool(trashed)))
    return out


def recipient_ids(run_id: int) -> list[int]:
    return [r[0] for r in database.execute_sql(
        "SELECT contact_id FROM card_recipient WHERE run_id = ? ORDER BY id", (run_id,))]


def new_run(year: int, occasion: str, *, sender: Sender | None = None, title: str = "",
            from_run: int | None = None, flagged: bool = False, search: str = "",
            tag: str = "", bands: Sequence[str] = (), now: dt.datetime | None = None,
            ) -> tuple[int, int]:
    """Create a run and fill it from the chosen sources; returns (run id, recipients).

    Sources add up: last year's run plus the flagged contacts plus the warm
    customers, for instance. Copying a run also copies its accepted households.
    Everything happens in one transaction.
    """
    now = now or dt.datetime.now()
    with database.atomic():
        run_id = create_run(year, occasion, sender=sender, title=title, copied_from=from_run,
                            now=now)
        if from_run is not None:
            add_recipients(run_id, ids_from_run(from_run), automatic=True, now=now)
            _copy_households(from_run, run_id)
        if flagged:
            add_recipients(run_id, ids_flagged(), automatic=True, now=now)
        if search.strip():
            add_recipients(run_id, ids_by_search(search), automatic=True, now=now)
        if tag.strip():
            add_recipients(run_id, ids_by_tag(tag), automatic=True, now=now)
        if bands:
            add_recipients(run_id, ids_by_temperature(bands, now), automatic=True, now=now)
        return run_id, _count(run_id)


def _copy_households(source: int, target: int) -> None:
    members: dict[int, list[int]] = {}
    for hid, cid in database.execute_sql(
            "SELECT household_id, contact_id FROM card_recipient WHERE run_id = ? "
            "AND household_id IS NOT NULL", (source,)):
        members.setdefault(hid, []).append(cid)
    present = set(recipient_ids(target))
    for hid, ids in members.items():
        ids = [i for i in ids if i in present]
        if ids:
            addressee, salutation = database.execute_sql(
                "SELECT addressee, salutation FROM card_household WHERE id = ?", (hid,)).fetchone()
            new = join(target, ids)
            set_household_text(new, addressee=addressee, salutation=salutation)


# --- households ------------------------------------------------------------------------

def households(run_id: int) -> dict[int, list[int]]:
    """Accepted households: id -> member contact ids."""
    out: dict[int, list[int]] = {}
    for hid, cid in database.execute_sql(
            "SELECT household_id, contact_id FROM card_recipient WHERE run_id = ? "
            "AND household_id IS NOT NULL ORDER BY household_id, id", (run_id,)):
        out.setdefault(hid, []).append(cid)
    return out


def join(run_id: int, contact_ids: Sequence[int]) -> int:
    """Put recipients into one household (one envelope); returns its id.

    Accepting a proposed household and joining by hand are the same act.
    """
    ids = list(dict.fromkeys(contact_ids))
    present = set(recipient_ids(run_id))
    missing = [i for i in ids if i not in present]
    if missing:
        raise CardProblem(NOT_A_RECIPIENT_ADD, ids=", ".join(map(str, missing)),
                          run_id=run_id)
    if not ids:
        raise CardProblem(NO_HOUSEHOLD_MEMBERS)
    with database.atomic():
        hid = database.execute_sql("INSERT INTO card_household(run_id) VALUES (?)",
                                   (run_id,)).lastrowid
        database.cursor().executemany(
            "UPDATE card_recipient SET household_id = ? WHERE run_id = ? AND contact_id = ?",
            [(hid, run_id, i) for i in ids])
        _drop_empty_households(run_id)
    return hid


accept = join


def split(run_id: int, contact_ids: Sequence[int]) -> None:
    """Give each of these recipients an envelope of their own, for good.

    They get single-member households, so the same address is not proposed again.
    """
    with database.atomic():
        for i in dict.fromkeys(contact_ids):
            join(run_id, [i])


def set_household_text(household_id: int, *, addressee: str | None = None,
                       salutation: str | None = None) -> None:
    """Override the addressee line(s) ("|" or newline between lines) or the salutation."""
    if addressee is not None:
        database.execute_sql("UPDATE card_household SET addressee = ? WHERE id = ?",
                             (addressee.strip(), household_id))
    if salutation is not None:
        database.execute_sql("UPDATE card_household SET salutation = ? WHERE id = ?",
                             (salutation.strip(), household_id))


def household_texts(run_id: int) -> dict[int, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in database.execute_sql(
        "SELECT id, addressee, salutation FROM card_household WHERE run_id = ?", (run_id,))}


def _drop_empty_households(run_id: int) -> None:
    database.execute_sql(
        "DELETE FROM card_household WHERE run_id = ? AND id NOT IN "
        "(SELECT household_id FROM card_recipient WHERE run_id = ? "
        " AND household_id IS NOT NULL)", (run_id, run_id))


# --- statuses, cards received --------------------------------------------------------

def mark(run_id: int, contact_ids: Sequence[int], status: str,
         now: dt.datetime | None = None) -> int:
    """Set recipients' status; returns how many changed.

    Marking sent logs one "greeting card" conversation per envelope, linked to
    every member marked; taking "sent" back trashes that conversation again.
    "Returned" keeps the conversation: the card was sent.
    """
    if status not in STATUSES:
        raise CardProblem(UNKNOWN_STATUS, status=status, choices=", ".join(STATUSES))
    now = now or dt.datetime.now()
    run = get_run(run_id)
    ids = list(dict.fromkeys(contact_ids))
    current = {r[0]: (r[1], r[2], r[3]) for r in database.execute_sql(
        "SELECT contact_id, status, household_id, interaction_id FROM card_recipient "
        "WHERE run_id = ?", (run_id,))}
    missing = [i for i in ids if i not in current]
    if missing:
        raise CardProblem(NOT_A_RECIPIENT, ids=", ".join(map(str, missing)), run=run.name)
    changing = [i for i in ids if current[i][0] != status]
    with database.atomic():
        stamp = now_iso(now)
        database.cursor().executemany(
            "UPDATE card_recipient SET status = ?, status_at = ? WHERE run_id = ? "
            "AND contact_id = ?", [(status, stamp, run_id, i) for i in changing])
        newly_sent = [i for i in changing if status == SENT and current[i][0] != RETURNED]
        if newly_sent:
            envelopes: dict = {}
            for i in newly_sent:
                envelopes.setdefault(current[i][1] or ("alone", i), []).append(i)
            logged = log_greeting_cards(run, list(envelopes.values()), now)
            for members, interaction_id in zip(envelopes.values(), logged):
                if interaction_id is not None:
                    database.cursor().executemany(
                        "UPDATE card_recipient SET interaction_id = ? WHERE run_id = ? "
                        "AND contact_id = ?", [(interaction_id, run_id, i) for i in members])
        if status in (PLANNED, PRINTED):
            taken_back = {current[i][2] for i in changing
                          if current[i][0] in (SENT, RETURNED) and current[i][2]}
            if taken_back:
                _trash_interactions(sorted(taken_back), now)
                database.cursor().executemany(
                    "UPDATE card_recipient SET interaction_id = NULL WHERE run_id = ? "
                    "AND contact_id = ?", [(run_id, i) for i in changing])
    return len(changing)


def log_greeting_cards(run: Run, envelopes: list[list[int]], now: dt.datetime, *,
                       direction: str = interactions.OUT) -> list[int]:
    """Log a "greeting card" conversation for each envelope; returns their ids."""
    word = "card from them" if direction == interactions.IN else "card"
    items = [interactions.Interaction(
        channel="greeting card", contact_ids=list(members), happened_at=now,
        direction=direction, subject=f"{run.occasion} {word} {run.year}")
        for members in envelopes]
    return list(interactions.log_many(items, now))


def _trash_interactions(ids: list[int], now: dt.datetime) -> None:
    interactions.trash(ids, now)


def mark_received(run_id: int, contact_ids: Sequence[int], received: bool = True,
                  now: dt.datetime | None = None) -> int:
    """Record (or take back) that these contacts sent us a card for this run.

    A card they sent is a conversation they started: it is logged (and warms
    the contact) like ours; taking it back trashes that conversation.
    """
    now = now or dt.datetime.now()
    run = get_run(run_id)
    ids = list(dict.fromkeys(contact_ids))
    known = {r[0]: r[1] for r in database.execute_sql(
        "SELECT contact_id, interaction_id FROM card_received WHERE run_id = ?", (run_id,))}
    with database.atomic():
        cur = database.cursor()
        if received:
            new = [i for i in ids if i not in known]
            logged = log_greeting_cards(run, [[i] for i in new], now,
                                        direction=interactions.IN)
            cur.executemany("INSERT INTO card_received(run_id, contact_id, received_at, "
                            "interaction_id) VALUES (?, ?, ?, ?)",
                            [(run_id, i, now_iso(now), iid) for i, iid in zip(new, logged)])
            return len(new)
        gone = [i for i in ids if i in known]
        _trash_interactions([known[i] for i in gone if known[i]], now)
        cur.executemany("DELETE FROM card_received WHERE run_id = ? AND contact_id = ?",
                        [(run_id, i) for i in gone])
        return len(gone)


def received_ids(run_id: int) -> set[int]:
    return {r[0] for r in database.execute_sql(
        "SELECT contact_id FROM card_received WHERE run_id = ?", (run_id,))}


def sent_ids(run_id: int) -> set[int]:
    return {r[0] for r in database.execute_sql(
        "SELECT contact_id FROM card_recipient WHERE run_id = ? AND status IN ('sent', "
        "'returned')", (run_id,))}


# --- comparison with last year ---------------------------------------------------------

@dataclass
class Comparison:
    previous_run: int | None
    new: list[int] = field(default_factory=list)
    dropped: list[int] = field(default_factory=list)
    sent_not_received: list[int] = field(default_factory=list)
    received_not_sent: list[int] = field(default_factory=list)

    def to_json(self) -> dict:
        return vars(self).copy()


def previous_run(run_id: int) -> int | None:
    """Last year's run: the same occasion in the latest earlier year, else any earlier run."""
    run = get_run(run_id)
    row = database.execute_sql(
        "SELECT id FROM card_run WHERE year < ? ORDER BY occasion = ? DESC, year DESC, id DESC "
        "LIMIT 1", (run.year, run.occasion)).fetchone()
    return row[0] if row else run.copied_from


def compare(run_id: int) -> Comparison:
    """New and dropped recipients against last year's run, and both ways of cards.

    "Sent but not received" and "received but not sent" are about last year's
    run: who got our card but sent none (perhaps drop them), and who sent us
    one without getting ours (add them). Without a previous run they are
    about this run.
    """
    prev = previous_run(run_id)
    now_ids = recipient_ids(run_id)
    order = {i: k for k, i in enumerate(listing.ordered_ids())}
    ordered = lambda ids: sorted(ids, key=lambda i: order.get(i, len(order)))  # noqa: E731
    if prev is None:
        basis = run_id
        result = Comparison(None, new=ordered(now_ids))
    else:
        basis = prev
        before = set(recipient_ids(prev))
        result = Comparison(prev, new=ordered(set(now_ids) - before),
                            dropped=ordered(before - set(now_ids)))
    sent, got = sent_ids(basis), received_ids(basis)
    result.sent_not_received = ordered(sent - got)
    result.received_not_sent = ordered(got - sent)
    return result
