"""Who gets a card in a run: recipients, households, statuses and cards received.

Recipients are contacts; those in the same household share one envelope
(``card_household``). A recipient without a household gets an envelope of
its own; households are proposed from matching addresses
(app.cards.households) and stored only once the user accepts, splits or
joins them. Marking recipients sent logs a "greeting card" conversation on
every member contact (app.conversations.store). The run itself is
app.cards.runs'; the tables are app.cards.store's.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.cards import store
from app.cards.runs import (
    HOUSEHOLD_CHANGED,
    NO_HOUSEHOLD_MEMBERS,
    NOT_A_RECIPIENT,
    NOT_A_RECIPIENT_ADD,
    PLANNED,
    PRINTED,
    RETURNED,
    SENT,
    STATUSES,
    UNKNOWN_BANDS,
    UNKNOWN_STATUS,
    CardProblem,
    HouseholdChanged,
    Run,
    Sender,
    create_run,
    get_run,
    known_occasion,
    previous_run,
)
from app.contacts import listing
from app.contacts import store as contacts
from app.conversations import store as interactions
from app.core import clock
from app.core.i18n import N_, translate_to
from app.storage.connection import database


@dataclass
class Recipient:
    contact_id: int
    household_id: int | None
    status: str
    status_at: str
    received: bool = False
    display_name: str = ""
    trashed: bool = False


# --- where recipients come from ---------------------------------------------------------

def ids_flagged() -> list[int]:
    """Live contacts with the yearly-card flag, in list order."""
    flagged = contacts.yearly_card_ids()
    return [i for i in listing.ordered_ids() if i in flagged]


def ids_by_search(text: str) -> list[int]:
    return listing.find_ids(text)


def ids_by_tag(tag: str) -> list[int]:
    tagged = contacts.tagged_ids(tag)
    return [i for i in listing.ordered_ids() if i in tagged]


def ids_from_run(run_id: int, *, include_returned: bool = False) -> list[int]:
    """An earlier run's recipients; cards that came back undeliverable are left out."""
    get_run(run_id)
    return store.recipient_ids(run_id, include_returned=include_returned)


def ids_by_temperature(bands: Iterable[str], now: dt.datetime) -> list[int]:
    """Live contacts whose temperature (app.conversations.temperature) is in ``bands``
    at ``now``."""
    from app.conversations import temperature, warmth, warmth_store
    from app.storage import settings

    wanted = set(bands)
    unknown = wanted - set(temperature.BANDS)
    if unknown:
        raise CardProblem(UNKNOWN_BANDS, bands=", ".join(sorted(unknown)),
                          choices=", ".join(temperature.BANDS))
    conf = temperature.Settings.from_json(settings.get("temperature", {}) or {})
    found = set()
    for row in warmth_store.live_stored_inputs():
        if temperature.temperature(warmth.inputs_of(row), now, conf).band in wanted:
            found.add(row.id)
    return [i for i in listing.ordered_ids() if i in found]


# --- "no cards" ------------------------------------------------------------------------

def set_no_cards(contact_ids: Sequence[int], no_cards: bool = True,
                 now: dt.datetime | None = None) -> None:
    store.set_no_cards(contact_ids, no_cards, clock.stamp(now))


def no_cards_ids() -> set[int]:
    return store.no_cards_ids()


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
        skip = no_cards_ids() | contacts.trashed_ids()
        ids = [i for i in ids if i not in skip]
    stamp = clock.stamp(now)
    with database.atomic():
        before = store.count_recipients(run_id)
        store.add_recipients(run_id, ids, stamp)
        return store.count_recipients(run_id) - before


def remove_recipients(run_id: int, contact_ids: Iterable[int]) -> int:
    ids = list(contact_ids)
    with database.atomic():
        removed = store.remove_recipients(run_id, ids)
        store.drop_empty_households(run_id)
    return removed


def of_run(run_id: int) -> list[Recipient]:
    """Every recipient of a run, in name order."""
    received = received_ids(run_id)
    out = []
    for cid, hid, status, at, name, trashed in store.recipient_rows(run_id):
        out.append(Recipient(cid, hid, status, at, cid in received, name, bool(trashed)))
    return out


def recipient_ids(run_id: int) -> list[int]:
    return store.recipient_ids(run_id)


def new_run(year: int, occasion: str, *, sender: Sender | None = None, title: str = "",
            from_run: int | None = None, flagged: bool = False, search: str = "",
            tag: str = "", bands: Sequence[str] = (), now: dt.datetime | None = None,
            ) -> tuple[int, int]:
    """Create a run and fill it from the chosen sources; returns (run id, recipients).

    Sources add up: last year's run plus the flagged contacts plus the warm
    customers, for instance. Copying a run also copies its accepted households.
    Everything happens in one transaction.
    """
    now = now or clock.local_now()
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
        return run_id, store.count_recipients(run_id)


def _copy_households(source: int, target: int) -> None:
    members: dict[int, list[int]] = {}
    for hid, cid in store.household_members(source, ordered=False):
        members.setdefault(hid, []).append(cid)
    present = set(recipient_ids(target))
    for hid, ids in members.items():
        ids = [i for i in ids if i in present]
        if ids:
            addressee, salutation = store.household_text(hid)
            new = join(target, ids)
            set_household_text(new, addressee=addressee, salutation=salutation)


# --- households ------------------------------------------------------------------------

def households(run_id: int) -> dict[int, list[int]]:
    """Accepted households: id -> member contact ids."""
    out: dict[int, list[int]] = {}
    for hid, cid in store.household_members(run_id):
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
        hid = store.new_household(run_id, ids)
        store.drop_empty_households(run_id)
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
                       salutation: str | None = None, version: int | None = None) -> None:
    """Override the addressee line(s) ("|" or newline between lines) or the salutation.

    With ``version`` (the one the texts were read at), nothing is written when the
    household was changed or dissolved since: HouseholdChanged.
    """
    written = store.set_household_text(household_id, addressee=addressee,
                                       salutation=salutation, version=version)
    if not written and version is not None:
        raise HouseholdChanged(HOUSEHOLD_CHANGED, household_id=household_id, version=version)


def household_texts(run_id: int) -> dict[int, tuple[str, str, int]]:
    """household id -> (addressee, salutation, version)."""
    return store.household_texts(run_id)


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
    now = now or clock.local_now()
    run = get_run(run_id)
    ids = list(dict.fromkeys(contact_ids))
    current = store.recipient_states(run_id)
    missing = [i for i in ids if i not in current]
    if missing:
        raise CardProblem(NOT_A_RECIPIENT, ids=", ".join(map(str, missing)), run=run.shown_name())
    changing = [i for i in ids if current[i][0] != status]
    with database.atomic():
        stamp = clock.stamp(now)
        store.set_status(run_id, changing, status, stamp)
        newly_sent = [i for i in changing if status == SENT and current[i][0] != RETURNED]
        if newly_sent:
            envelopes: dict = {}
            for i in newly_sent:
                envelopes.setdefault(current[i][1] or ("alone", i), []).append(i)
            logged = log_greeting_cards(run, list(envelopes.values()), now)
            for members, interaction_id in zip(envelopes.values(), logged):
                if interaction_id is not None:
                    store.link_interaction(run_id, members, interaction_id)
        if status in (PLANNED, PRINTED):
            taken_back = {current[i][2] for i in changing
                          if current[i][0] in (SENT, RETURNED) and current[i][2]}
            if taken_back:
                _trash_interactions(sorted(taken_back), now)
                store.link_interaction(run_id, changing, None)
    return len(changing)


def log_greeting_cards(run: Run, envelopes: list[list[int]], now: dt.datetime, *,
                       direction: str = interactions.OUT) -> list[int]:
    """Log a "greeting card" conversation for each envelope; returns their ids."""
    subject = card_subject(run, direction)
    items = [interactions.Interaction(
        channel="greeting card", contact_ids=list(members), happened_at=now,
        direction=direction, subject=subject)
        for members in envelopes]
    return list(interactions.log_many(items, now))


#: A card's conversation subject per occasion, ours and theirs; custom occasions
#: use the last pair.
_SUBJECTS = {
    "Christmas": (N_("Christmas card {year}"), N_("Christmas card from them {year}")),
    "New Year": (N_("New Year card {year}"), N_("New Year card from them {year}")),
    "Easter": (N_("Easter card {year}"), N_("Easter card from them {year}")),
    None: (N_("{occasion} card {year}"), N_("{occasion} card from them {year}")),
}


def card_subject(run: Run, direction: str = interactions.OUT) -> str:
    """"Weihnachtskarte 2026": in the run's language (its sender's), not the
    interface's: the log is the contact's history, written as the cards were."""
    ours, theirs = _SUBJECTS[known_occasion(run.occasion)]
    template = theirs if direction == interactions.IN else ours
    return translate_to(run.sender.language or "en", template).format(
        occasion=run.occasion, year=run.year)


def _trash_interactions(ids: list[int], now: dt.datetime) -> None:
    interactions.trash(ids, now)


def mark_received(run_id: int, contact_ids: Sequence[int], received: bool = True,
                  now: dt.datetime | None = None) -> int:
    """Record (or take back) that these contacts sent us a card for this run.

    A card they sent is a conversation they started: it is logged (and warms
    the contact) like ours; taking it back trashes that conversation.
    """
    now = now or clock.local_now()
    run = get_run(run_id)
    ids = list(dict.fromkeys(contact_ids))
    known = store.received_links(run_id)
    with database.atomic():
        if received:
            new = [i for i in ids if i not in known]
            logged = log_greeting_cards(run, [[i] for i in new], now,
                                        direction=interactions.IN)
            store.add_received([(run_id, i, clock.stamp(now), iid) for i, iid in zip(new, logged)])
            return len(new)
        gone = [i for i in ids if i in known]
        _trash_interactions([known[i] for i in gone if known[i]], now)
        store.remove_received(run_id, gone)
        return len(gone)


def received_ids(run_id: int) -> set[int]:
    return store.received_ids(run_id)


def sent_ids(run_id: int) -> set[int]:
    return store.sent_ids(run_id)


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
