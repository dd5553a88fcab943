"""Greeting-card runs: a year, an occasion and a sender.

Who gets a card in a run, their households, statuses and the cards they
sent us are app.cards.recipients'; what goes on each envelope (addressee,
address lines, salutation) and the problems list are built in
app.cards.envelopes. The tables are app.cards.store's.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.cards import store
from app.contacts.model import PostalAddress
from app.core import clock
from app.core.i18n import N_, gettext
from app.core.problems import Problem, problem_code

CHRISTMAS, NEW_YEAR, EASTER = "Christmas", "New Year", "Easter"
OCCASIONS = (CHRISTMAS, NEW_YEAR, EASTER)  # anything else is a custom occasion
OCCASION_WORDS = {CHRISTMAS: N_("Christmas"), NEW_YEAR: N_("New Year"), EASTER: N_("Easter")}
PLANNED, PRINTED, SENT, RETURNED = "planned", "printed", "sent", "returned"
STATUSES = (PLANNED, PRINTED, SENT, RETURNED)
STATUS_WORDS = {PLANNED: N_("planned"), PRINTED: N_("printed"), SENT: N_("sent"),
                RETURNED: N_("returned undeliverable")}


def known_occasion(occasion: str) -> str | None:
    """One of OCCASIONS however it was typed ("christmas"), else None."""
    return next((o for o in OCCASIONS if o.casefold() == occasion.strip().casefold()), None)


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


class HouseholdChanged(Problem, RuntimeError):
    """An envelope's wording written elsewhere after this copy was read:
    ``household_id``, ``version``."""


HOUSEHOLD_CHANGED = problem_code("cards.household_changed", N_(
    "The wording of this envelope was changed elsewhere after it was opened; nothing was "
    "saved. Look at it again and change it once more."))


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

    def shown_name(self) -> str:
        """The name in the interface language: "Weihnachten 2026" (a title as typed)."""
        occasion = known_occasion(self.occasion)
        word = gettext(OCCASION_WORDS[occasion]) if occasion else self.occasion
        return self.title or f"{word} {self.year}"

    def to_json(self) -> dict:
        return {"id": self.id, "year": self.year, "occasion": self.occasion, "name": self.name,
                "sender": vars(self.sender), "copied_from": self.copied_from,
                "created_at": self.created_at, "recipients": self.recipients, "sent": self.sent}


# --- runs --------------------------------------------------------------------------

def default_sender() -> Sender:
    """The sender of the newest run, so that each year starts with last year's."""
    row = store.newest_sender()
    return Sender(*row) if row else Sender()


def create_run(year: int, occasion: str, *, sender: Sender | None = None, title: str = "",
               copied_from: int | None = None, now: dt.datetime | None = None) -> int:
    occasion = " ".join(occasion.split())
    if not occasion:
        raise CardProblem(NO_OCCASION)
    if not 1900 <= int(year) <= 2999:
        raise CardProblem(BAD_YEAR, year=year)
    s = sender or default_sender()
    return store.insert_run(
        (int(year), occasion, title.strip(), s.name, s.street, s.postal_code, s.city,
         (s.country or "DE").upper(), s.language or "de", copied_from, clock.stamp(now)))


def _run_from(row) -> Run:
    d = dict(zip(store.RUN_COLUMNS, row))
    sender = Sender(d["sender_name"], d["sender_street"], d["sender_postal_code"],
                    d["sender_city"], d["sender_country"], d["sender_language"])
    return Run(d["id"], d["year"], d["occasion"], d["title"], sender, d["copied_from"],
               d["created_at"])


def get_run(run_id: int) -> Run:
    row = store.run_row(run_id)
    if row is None:
        raise CardProblem(NO_SUCH_RUN, run_id=run_id)
    run = _run_from(row)
    run.recipients, run.sent = store.run_counts(run_id)
    return run


def list_runs() -> list[Run]:
    """All runs, newest first, with their recipient and sent counts."""
    out = []
    n = len(store.RUN_COLUMNS)
    for row in store.run_rows_with_counts():
        run = _run_from(row[:n])
        run.recipients, run.sent = row[n:]
        out.append(run)
    return out


def update_run(run: Run) -> None:
    s = run.sender
    store.update_run(
        (run.year, run.occasion, run.title, s.name, s.street, s.postal_code, s.city,
         (s.country or "DE").upper(), s.language, run.id))


def delete_run(run_id: int) -> None:
    store.delete_run(run_id)


def previous_run(run_id: int) -> int | None:
    """Last year's run: the same occasion in the latest earlier year, else any earlier run."""
    run = get_run(run_id)
    found = store.previous_run_id(run.year, run.occasion)
    return found if found is not None else run.copied_from
