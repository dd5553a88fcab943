"""Importing vCards: read, match, plan, apply in one transaction, report.

:func:`plan` turns read cards into rows a user (or the command line) can
review: each card is *new*, an *update* (same UID) or a *possible duplicate*
(same e-mail, phone, or name and organisation), with a default action:
create new ones, update same-UID ones, merge possible duplicates (a merge
keeps everything of both, so importing a file again creates nothing and
loses nothing). :func:`apply` carries out the actions in one transaction.
"""
from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from app import contacts, settings
from app.contact_data import ORGANISATION, ContactData
from app.db import database
from app.duplicates import UID, Match, MatchIndex, merge_data
from app.vcard.reader import Cancelled, FileResult, ParsedCard, read_files

CREATE_SLICE = 1000
NEW, UPDATE, DUPLICATE, UNREADABLE = "new", "update", "duplicate", "unreadable"
CREATE, MERGE, SKIP = "create", "merge", "skip"
ACTIONS = {NEW: (CREATE, SKIP), UPDATE: (UPDATE, MERGE, CREATE, SKIP),
           DUPLICATE: (MERGE, CREATE, SKIP), UNREADABLE: (SKIP,)}

#: Single-valued fields a card carries; an update takes them from the card.
#: The others (origin, relationship, cadence, ...) are Hearth's own.
_CARD_SCALARS = ("prefix", "given_name", "additional_names", "family_name", "suffix",
                 "nickname", "organisation", "department", "job_title", "role", "birthday",
                 "anniversary", "gender")


@dataclass
class PlanRow:
    card: ParsedCard
    status: str
    action: str
    match: Match | None = None
    match_name: str = ""  # the existing contact's name, for the preview

    @property
    def file(self) -> str:
        return self.card.file


@dataclass
class ImportPlan:
    files: list[FileResult]
    rows: list[PlanRow]


@dataclass
class FileReport:
    file: str
    cards: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    problems: list[dict] = field(default_factory=list)
    unreadable: int = 0  # cards that could not be read (counted in skipped too)
    merged: int = 0  # cards merged into a contact (counted in updated too)

    def to_json(self) -> dict:
        return {"file": self.file, "cards": self.cards, "created": self.created,
                "updated": self.updated, "skipped": self.skipped, "problems": self.problems}


@dataclass
class ImportReport:
    files: list[FileReport]

    @property
    def created(self) -> int:
        return sum(f.created for f in self.files)

    @property
    def updated(self) -> int:
        return sum(f.updated for f in self.files)

    @property
    def merged(self) -> int:
        return sum(f.merged for f in self.files)

    @property
    def readable(self) -> int:
        return sum(f.cards - f.unreadable for f in self.files)

    @property
    def skipped(self) -> int:
        return sum(f.skipped for f in self.files)

    def to_json(self) -> dict:
        return {"files": [f.to_json() for f in self.files]}


def plan(files: list[FileResult], index: MatchIndex | None = None) -> ImportPlan:
    """A row per card with its status and default action.

    Cards earlier in the same import count as known: a second card with the
    same UID or e-mail is merged into the first rather than created twice.
    """
    index = index or MatchIndex.from_database()
    names = {}
    rows: list[PlanRow] = []
    for result in files:
        for card in result.cards:
            if card.contact is None:
                rows.append(PlanRow(card, UNREADABLE, SKIP))
                continue
            hit = index.match(card.contact, card.phone_keys)
            if hit is None:
                rows.append(PlanRow(card, NEW, CREATE))
                pending = -len(rows)
                index.add(card.contact, pending, strong_only=True)
                names[pending] = card.contact.display_name()
                continue
            status = UPDATE if hit.reason == UID and hit.contact_id > 0 else DUPLICATE
            rows.append(PlanRow(card, status, UPDATE if status == UPDATE else MERGE, hit))
    existing = [r.match.contact_id for r in rows if r.match and r.match.contact_id > 0]
    for cid, row in contacts.list_rows(existing).items():
        names[cid] = row.display_name
    for r in rows:
        if r.match:
            r.match_name = names.get(r.match.contact_id, "")
    return ImportPlan(files, rows)


def _updated_from(existing: ContactData, card: ContactData, region: str) -> ContactData:
    """The stored contact brought up to date from a card with its UID.

    What the card says wins; what only Hearth knows stays; nothing is lost:
    phones, e-mails, addresses, URLs and tags the card lacks are kept (two
    cards with one UID, or a user's additions, must survive a re-import).
    """
    out = merge_data(existing, card, region)
    for name in _CARD_SCALARS:
        value = getattr(card, name)
        if value not in ("", None):
            setattr(out, name, value)
    if card.photo is not None:
        out.photo, out.photo_mime = card.photo, card.photo_mime
    if card.kind == ORGANISATION:  # "person" is only the default; cards rarely say
        out.kind = ORGANISATION
    return out


def apply(the_plan: ImportPlan, now: dt.datetime | None = None,
          cancelled: Callable[[], bool] | None = None,
          progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Carry out every row's action in one transaction; report per file.

    Raises :class:`Cancelled` (the database unchanged) when ``cancelled()``
    turns true before the transaction commits; whatever ``progress(done,
    total)`` raises rolls back the same way. It counts contacts written.
    """
    region = settings.get("phone_region")
    reports = {f.file: FileReport(f.file, len(f.cards)) for f in the_plan.files}
    for f in the_plan.files:
        if f.error:
            reports[f.file].problems.append(_problem(0, 0, "", f"the file {f.error}"))
        for line, reason in f.notes:
            reports[f.file].problems.append(_problem(0, line, "", reason))
    pending: dict[int, ContactData] = {}  # negative plan position -> contact to create
    order: list[int] = []
    changed: dict[int, ContactData] = {}
    restore: set[int] = set()
    wanted = {r.match.contact_id for r in the_plan.rows
              if r.match and r.match.contact_id > 0 and r.action in (UPDATE, MERGE)}
    with database.atomic():
        stored = {c.id: c for c in contacts.get_many(sorted(wanted))}
        for pos, row in enumerate(the_plan.rows, start=1):
            if cancelled and cancelled():
                raise Cancelled()
            report = reports.setdefault(row.file, FileReport(row.file))
            card = row.card
            if card.contact is None or row.action == SKIP:
                report.skipped += 1
                report.unreadable += card.contact is None
                reason = card.reason if card.contact is None else "skipped: " + (
                    f"already in the address book ({row.match_name})" if row.match
                    else "not chosen for import")
                report.problems.append(_problem(card.number, card.reason_line or card.line,
                                                card.name, reason))
                continue
            for line, note in card.notes:
                report.problems.append(_problem(card.number, line, card.name,
                                                "imported, but " + note))
            target = row.match.contact_id if row.match else None
            if row.action == CREATE or target is None:
                pending[-pos] = card.contact
                order.append(-pos)
                report.created += 1
            elif target < 0 and target not in pending:
                # The earlier card it matched was skipped: this one stands for it.
                pending[target] = card.contact
                order.append(target)
                report.created += 1
            elif target < 0:  # merged into a card created by this same import
                pending[target] = merge_data(pending[target], card.contact, region)
                report.updated += 1
                report.merged += 1
            else:
                base = changed.get(target) or stored.get(target)
                if base is None:  # gone since the plan was made: create instead
                    pending[-pos] = card.contact
                    order.append(-pos)
                    report.created += 1
                    continue
                new = (_updated_from(base, card.contact, region) if row.action == UPDATE
                       else merge_data(base, card.contact, region))
                if base.trashed_at:
                    restore.add(target)
                elif _same(new, base):
                    report.skipped += 1
                    report.problems.append(_problem(
                        card.number, card.line, card.name,
                        f"skipped: already in the address book ({row.match_name}), "
                        "nothing new"))
                    continue
                changed[target] = new
                report.updated += 1
                report.merged += row.action == MERGE
        to_create = [pending[k] for k in sorted(order, reverse=True)]
        _fresh_uids(to_create)
        total = len(to_create) + len(changed)
        if progress:
            progress(0, total)
        # In slices: each phone number is parsed once per slice and stays in
        # app.phones' cache while the slice's rows and search entries are written.
        for start in range(0, len(to_create), CREATE_SLICE):
            if cancelled and cancelled():
                raise Cancelled()
            contacts.create_many(to_create[start:start + CREATE_SLICE], now)
            if progress:
                progress(min(start + CREATE_SLICE, len(to_create)), total)
        for done, c in enumerate(changed.values(), start=len(to_create) + 1):
            contacts.update(c, now)
            if progress and (done % 100 == 0 or done == total):
                progress(done, total)
        if restore:
            contacts.restore(sorted(restore))
        if cancelled and cancelled():
            raise Cancelled()  # leaving the block rolls everything back
    return ImportReport(list(reports.values()))


def _same(a: ContactData, b: ContactData) -> bool:
    """Equal as far as a user can tell (tag order aside)."""
    a, b = copy.copy(a), copy.copy(b)
    a.tags = sorted(a.tags, key=str.casefold)
    b.tags = sorted(b.tags, key=str.casefold)
    return a == b


def _fresh_uids(new: list[ContactData]) -> None:
    """A card created beside one with the same UID gets a UID of its own."""
    seen: set[str] = set()
    for c in new:
        if c.uid and (c.uid in seen or contacts.find_by_uid(c.uid) is not None):
            c.uid = contacts.new_uid()
        seen.add(c.uid)


def _problem(card: int, line: int, name: str, reason: str) -> dict:
    return {"card": card, "line": line, "name": name, "reason": reason}


def import_paths(paths: Iterable[Path | str], *, workers: int | None = None,
                 now: dt.datetime | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Read, plan with the default actions and apply: what the command line does."""
    files = read_files(paths, workers=workers, region=settings.get("phone_region"),
                       progress=progress, cancelled=cancelled)
    return apply(plan(files), now, cancelled)
