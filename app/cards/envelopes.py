"""What goes on each envelope of a card run, and what stops it from going out.

An envelope is an accepted household or a recipient alone. Its address is
the address all its members share (private first), else the first member's
first postal address; the addressee line, the salutation
and the address lines follow the members' language (app.cards.addressee,
app.cards.salutations, app.contacts.postal). Plain data out, for the window, the command
line and every output (labels, envelopes, CSV, the address list).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from app.cards import recipients
from app.cards import runs as cards
from app.cards.addressee import addressee_lines, company_of, envelope_language
from app.cards.households import (
    Proposal,
    address_key,
    propose_companies,
    propose_private,
    shared_address,
)
from app.cards.salutations import household_salutation
from app.contacts import store as contacts
from app.contacts.model import ContactData, PostalAddress
from app.contacts.postal import address_problems, format_address
from app.core.i18n import N_
from app.core.problems import Problem, describe, problem_code
from app.core.textfold import fold


@dataclass
class Envelope:
    household_id: int | None
    members: list[ContactData]
    address: PostalAddress | None
    language: str
    addressee: list[str]
    salutation: str
    lines: list[str]  # everything printed: addressee, street, town, country
    statuses: list[str] = field(default_factory=list)
    version: int = 0  # the household's, for a save of its wording; 0: no household

    @property
    def contact_ids(self) -> list[int]:
        return [m.id for m in self.members]

    @property
    def status(self) -> str:
        """The members' status, or "mixed"."""
        return self.statuses[0] if len(set(self.statuses)) == 1 else "mixed"

    def to_json(self) -> dict:
        return {"household_id": self.household_id, "contact_ids": self.contact_ids,
                "members": [m.display_name() for m in self.members],
                "language": self.language, "addressee": self.addressee,
                "salutation": self.salutation, "lines": self.lines, "status": self.status}


def first_address(c: ContactData) -> PostalAddress | None:
    return next((a for a in c.addresses if not a.is_empty()), None)


def build_envelope(members: list[ContactData], sender: cards.Sender, *,
                   household_id: int | None = None, addressee_text: str = "",
                   salutation_text: str = "", statuses: list[str] | None = None,
                   version: int = 0) -> Envelope:
    """One envelope from its members (plain data in, plain data out)."""
    address = shared_address(members, sender.country) if len(members) > 1 else None
    if address is None:
        address = next((a for a in (first_address(m) for m in members) if a is not None), None)
    language = envelope_language(members, address, sender_country=sender.country,
                                 sender_language=sender.language)
    if addressee_text.strip():
        names = [line.strip() for line in addressee_text.replace("|", "\n").splitlines()
                 if line.strip()]
    else:
        names = addressee_lines(members, language, company_of(members, address))
    salutation = salutation_text.strip() or household_salutation(members, language)
    lines = (format_address(address, names, sender_country=sender.country,
                            sender_language=sender.language) if address else list(names))
    return Envelope(household_id, members, address, language, names, salutation, lines,
                    statuses or [], version)


def envelopes(run_id: int) -> list[Envelope]:
    """Every envelope of a run, in the order of the recipients' names."""
    run = cards.get_run(run_id)
    recs = recipients.of_run(run_id)
    people = {c.id: c for c in _contacts([r.contact_id for r in recs])}
    texts = recipients.household_texts(run_id)
    groups: dict = {}
    for r in recs:
        if r.contact_id in people:
            groups.setdefault(r.household_id or ("alone", r.contact_id), []).append(r)
    out = []
    for key, members in groups.items():
        hid = key if isinstance(key, int) else None
        addressee, salutation, version = texts.get(hid, ("", "", 0)) if hid else ("", "", 0)
        out.append(build_envelope([people[r.contact_id] for r in members], run.sender,
                                  household_id=hid, addressee_text=addressee,
                                  salutation_text=salutation,
                                  statuses=[r.status for r in members], version=version))
    return out


def with_address(envs: list[Envelope]) -> list[Envelope]:
    """The envelopes that can go out: labels, envelopes, CSV and "sent" take only these."""
    return [e for e in envs if e.address is not None]


def unaddressed_ids(envs: list[Envelope], contact_ids=None) -> list[int]:
    """Recipients (of ``contact_ids``, else all) whose envelope has no postal address."""
    wanted = None if contact_ids is None else set(contact_ids)
    return [i for e in envs if e.address is None for i in e.contact_ids
            if wanted is None or i in wanted]


def _contacts(ids: list[int]) -> list[ContactData]:
    out: list[ContactData] = []
    for start in range(0, len(ids), 500):
        out += contacts.get_many(ids[start:start + 500], with_photos=False)
    return out


def household_proposals(run_id: int, *, companies: bool = False) -> list[Proposal]:
    """Recipients not yet in a household who could share an envelope: families at
    one private address, or (``companies``) a firm and its people at its address."""
    run = cards.get_run(run_id)
    loose = [r.contact_id for r in recipients.of_run(run_id) if r.household_id is None]
    people = _contacts(loose)
    propose = propose_companies if companies else propose_private
    found = propose(people, run.sender.country)
    for p in found:
        p.line = ", ".join(format_address(p.address, [], sender_country=run.sender.country,
                                          sender_language=run.sender.language))
    return found


def proposals(run_id: int) -> list[list[int]]:
    """The contact ids of each proposed private household."""
    return [p.ids for p in household_proposals(run_id)]


def company_proposals(run_id: int) -> list[list[int]]:
    """The contact ids of each proposed one-envelope-per-company group."""
    return [p.ids for p in household_proposals(run_id, companies=True)]


def accept_all_proposals(run_id: int, *, companies: bool = False) -> int:
    """Accept every proposal of one kind in one transaction; returns how many."""
    from app.storage.connection import database

    found = company_proposals(run_id) if companies else proposals(run_id)
    with database.atomic():
        for ids in found:
            recipients.join(run_id, ids)
    return len(found)


# --- problems ----------------------------------------------------------------------------

NO_ADDRESS, BAD_ADDRESS, TRASHED, TWO_HOUSEHOLDS, DUPLICATE = (
    "no address", "address rejected", "in the trash", "two households", "possible duplicate")


IN_TRASH = problem_code("cards.problem.trashed", N_(
    "is in the trash: restore the contact or remove it from the run"))
NO_POSTAL_ADDRESS = problem_code("cards.problem.no_address", N_("has no postal address"))
ADDRESS_REJECTED = problem_code("cards.problem.address_rejected", N_("{reason}"))
SEPARATE_ENVELOPE = problem_code("cards.problem.two_households", N_(
    "lives at the address of household “{household}” but gets a separate envelope: "
    "join the household, or split it"))
SAME_NAME = problem_code("cards.problem.same_name", N_(
    "has the same name as {others}: perhaps one person entered twice"))
SAME_EMAIL = problem_code("cards.problem.same_email", N_(
    "has the same e-mail address as {others}: perhaps one person entered twice"))


class RunProblem(Problem):
    """One entry of a run's problems list: what (``kind``, a code and its
    parameters) about which contact; shown as "name: sentence"."""

    def __init__(self, code: str, kind: str = "", contact_id: int = 0, name: str = "",
                 **params):
        super().__init__(code, **params)
        self.kind, self.contact_id, self.name = kind, contact_id, name

    @property
    def message(self) -> str:
        return describe(self)

    def to_json(self) -> dict:
        return {"kind": self.kind, "contact_id": self.contact_id, "name": self.name,
                "message": self.message}


def problems(run_id: int, envs: list[Envelope] | None = None) -> list[RunProblem]:
    """What to fix before printing; each problem names the contact that fixes it."""
    run = cards.get_run(run_id)
    envs = envelopes(run_id) if envs is None else envs
    out: list[RunProblem] = []
    by_key: dict = defaultdict(list)
    for env in envs:
        for m in env.members:
            if m.trashed_at:
                out.append(RunProblem(IN_TRASH, TRASHED, m.id, m.display_name()))
        if env.address is None:
            for m in env.members:
                if first_address(m) is None:
                    out.append(RunProblem(NO_POSTAL_ADDRESS, NO_ADDRESS, m.id,
                                          m.display_name()))
            continue
        for text in address_problems(env.address, run.sender.country):
            owner = next(m for m in env.members if first_address(m) is not None)
            out.append(RunProblem(ADDRESS_REJECTED, BAD_ADDRESS, owner.id,
                                  owner.display_name(), reason=text))
        key = address_key(env.address, run.sender.country)
        if key is not None:
            by_key[key].append(env)
    out += _two_households(by_key)
    out += _duplicates(envs)
    return out


def _two_households(by_key: dict) -> list[RunProblem]:
    """Two envelopes into one letterbox where one of them is an accepted household."""
    out = []
    for same in by_key.values():
        if len(same) < 2 or not any(e.household_id and len(e.members) > 1 for e in same):
            continue
        big = next(e for e in same if e.household_id and len(e.members) > 1)
        for env in same:
            if env is big:
                continue
            for m in env.members:
                out.append(RunProblem(SEPARATE_ENVELOPE, TWO_HOUSEHOLDS, m.id,
                                      m.display_name(), household=", ".join(big.addressee)))
    return out


def _duplicates(envs: list[Envelope]) -> list[RunProblem]:
    """Different contacts with the same name or e-mail address in different envelopes."""
    where: dict[int, int] = {}
    seen: dict[tuple, list[ContactData]] = defaultdict(list)
    for k, env in enumerate(envs):
        for m in env.members:
            where[m.id] = k
            name = fold(" ".join(p for p in (m.given_name, m.family_name) if p)
                        or m.organisation).strip()
            if name:
                seen[("name", name)].append(m)
            for e in m.emails:
                seen[("email", e.address.strip().lower())].append(m)
    out, reported = [], set()
    for (what, _), people in seen.items():
        if len({where[p.id] for p in people}) < 2:
            continue
        for p in people:
            others = [o for o in people if o.id != p.id]
            if p.id in reported or not others:
                continue
            reported.add(p.id)
            out.append(RunProblem(
                SAME_NAME if what == "name" else SAME_EMAIL, DUPLICATE, p.id, p.display_name(),
                others=", ".join(f"{o.display_name()} (#{o.id})" for o in others)))
    return out
