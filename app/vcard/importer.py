"""Importing vCards: read, match, plan, apply all-or-nothing, report.

:func:`plan` turns read cards into rows a user (or the command line) can
review: each card is *new*, an *update* (same UID) or a *possible duplicate*
(same e-mail, phone, or name and organisation), with a default action:
create new ones, update same-UID ones, merge possible duplicates (a merge
keeps everything of both, so importing a file again creates nothing and
loses nothing). :func:`apply` carries out the actions all-or-nothing, in
short transactions recorded in the import journal (app.vcard.import_journal),
so that other windows and commands can save while an import runs.
"""
from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from app.contacts import match_store, three_way
from app.contacts import store as contacts
from app.contacts.matching import UID, Match, MatchIndex, merge_data
from app.contacts.model import ORGANISATION, ContactData
from app.contacts.phones import known_numbers
from app.storage import settings
from app.storage.connection import database
from app.vcard import import_journal as journal
from app.vcard import notes as n
from app.vcard.import_report import FileReport, ImportReport
from app.vcard.notes import VcardNote
from app.vcard.reader import Cancelled, FileResult, ParsedCard, read_files

#: Contacts created, and updated, per transaction: each keeps the write lock
#: well under a tenth of a second, so a save elsewhere barely waits.
CREATE_SLICE = 200
UPDATE_SLICE = 50
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


class Planner:
    """Plans cards as they come, file by file or chunk by chunk, in card order.

    With ``keep_rows`` false, :attr:`rows` stays empty (the rows :meth:`add`
    returns are the caller's): what later cards need is kept, not the cards.
    """

    def __init__(self, index: MatchIndex | None = None, keep_rows: bool = True):
        self.index = index or MatchIndex.from_database()
        self.keep_rows = keep_rows
        self.rows: list[PlanRow] = []
        self.count = 0  # cards planned
        self.names: dict[int, str] = {}

    def add(self, cards: Iterable[ParsedCard]) -> list[PlanRow]:
        """Rows for these cards, which follow every card added before them."""
        new: list[PlanRow] = []
        cards = list(cards)
        self.index.prefetch([(c.contact, c.phone_keys) for c in cards if c.contact is not None])
        for card in cards:
            if card.contact is None:
                new.append(PlanRow(card, UNREADABLE, SKIP))
                continue
            hit = self.index.match(card.contact, card.phone_keys)
            if hit is None:
                new.append(PlanRow(card, NEW, CREATE))
                pending = -(self.count + len(new))
                self.index.add(card.contact, pending, strong_only=True)
                self.names[pending] = card.contact.display_name()
                continue
            status = UPDATE if hit.reason == UID and hit.contact_id > 0 else DUPLICATE
            new.append(PlanRow(card, status, UPDATE if status == UPDATE else MERGE, hit))
        self.count += len(new)
        if self.keep_rows:
            self.rows += new
        existing = [r.match.contact_id for r in new if r.match and r.match.contact_id > 0
                    and r.match.contact_id not in self.names]
        for cid, row in contacts.list_rows(existing).items():
            self.names[cid] = row.display_name
        for r in new:
            if r.match:
                r.match_name = self.names.get(r.match.contact_id, "")
        return new


def plan(files: list[FileResult], index: MatchIndex | None = None) -> ImportPlan:
    """A row per card with its status and default action.

    Cards earlier in the same import count as known: a second card with the
    same UID or e-mail is merged into the first rather than created twice.
    """
    planner = Planner(index)
    for result in files:
        planner.add(result.cards)
    return ImportPlan(files, planner.rows)


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
    if card.given_name or card.family_name:  # the card's FN goes with the card's names
        out.formatted_name = card.formatted_name
    return out


class Writer:
    """Carries out plan rows in short transactions recorded in ``batch``, and
    reports per file.

    Rows come in plan order (all at once, or chunk by chunk while the rest
    is still being read); :meth:`flush` writes the new contacts gathered so
    far, :meth:`finish` the updates. Each phone number is taken from the
    reader's parse (app.contacts.phones.known_numbers) rather than parsed again.
    """

    def __init__(self, batch: journal.Batch, now: dt.datetime | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 progress: Callable[[int, int], None] | None = None):
        self.batch, self.now, self.cancelled, self.progress = batch, now, cancelled, progress
        self.region = settings.get("phone_region")
        self.reports: dict[str, FileReport] = {}
        self.pending: dict[int, ContactData] = {}  # -plan position -> contact to create
        self.created: dict[int, int] = {}  # -plan position -> id of the contact created
        self.changed: dict[int, ContactData] = {}
        self.stored: dict[int, ContactData] = {}
        self.restore: set[int] = set()
        self.ours: dict[int, ContactData] = {}  # see take()
        self.uids: set[str] = set()
        self.phones: list = []  # the pending cards' parsed numbers
        self.update_phones: list = []
        self.position = 0

    def _check(self) -> None:
        if self.cancelled and self.cancelled():
            raise Cancelled()

    def add_file(self, f: FileResult) -> FileReport:
        report = self.reports.get(f.file)
        if report is None:
            report = self.reports[f.file] = FileReport(f.file, f.count)
            if f.error:
                report.problems.append(_problem(0, 0, "", VcardNote(n.THE_FILE, problem=f.error)))
            for line, reason in f.notes:
                report.problems.append(_problem(0, line, "", reason))
        return report

    def take(self, rows: Iterable[PlanRow]) -> None:
        """Carry out these rows' actions (creations wait for :meth:`flush`)."""
        rows = list(rows)
        wanted = {r.match.contact_id for r in rows
                  if r.match and r.match.contact_id > 0 and r.action in (UPDATE, MERGE)}
        wanted -= self.stored.keys()
        self.stored.update((c.id, c) for c in contacts.get_many(sorted(wanted)))
        # Contacts this import created that these rows merge into, as stored
        # (not kept in memory: an import may create far too many).
        ours = {self.created[r.match.contact_id] for r in rows
                if r.match and r.match.contact_id in self.created} - self.changed.keys()
        self.ours = {c.id: c for c in contacts.get_many(sorted(ours))}
        for row in rows:
            self.position += 1
            self._check()
            self._take(row, self.position)
        self.ours = {}

    def _take(self, row: PlanRow, pos: int) -> None:
        report = self.reports.setdefault(row.file, FileReport(row.file))
        card = row.card
        if card.contact is None or row.action == SKIP:
            report.skipped += 1
            report.unreadable += card.contact is None
            reason = card.reason if card.contact is None else (
                VcardNote(n.SKIPPED_KNOWN, name=row.match_name) if row.match
                else VcardNote(n.SKIPPED_UNCHOSEN))
            report.problems.append(_problem(card.number, card.reason_line or card.line,
                                            card.name, reason))
            return
        for line, note in card.notes:
            report.problems.append(_problem(card.number, line, card.name,
                                            VcardNote(n.IMPORTED_BUT, note=note)))
        target = row.match.contact_id if row.match else None
        if row.action == CREATE or target is None:
            self._create(-pos, card)
            report.created += 1
        elif target < 0 and target in self.created:  # a card this import stored already
            cid = self.created[target]
            base = self.changed.get(cid) or self.ours.get(cid)
            if base is not None:  # else erased meanwhile: nothing to update
                self.changed[cid] = merge_data(base, card.contact, self.region)
            self.update_phones += card.phone_infos or ()
            report.updated += 1
            report.merged += 1
        elif target < 0 and target not in self.pending:
            # The earlier card it matched was skipped: this one stands for it.
            self._create(target, card)
            report.created += 1
        elif target < 0:  # merged into a card created by this same import
            self.pending[target] = merge_data(self.pending[target], card.contact, self.region)
            self.phones += card.phone_infos or ()
            report.updated += 1
            report.merged += 1
        else:
            base = self.changed.get(target) or self.stored.get(target)
            if base is None:  # gone since the plan was made: create instead
                self._create(-pos, card)
                report.created += 1
                return
            with known_numbers(card.phone_infos or ()):
                new = (_updated_from(base, card.contact, self.region)
                       if row.action == UPDATE else merge_data(base, card.contact, self.region))
            if base.trashed_at:
                self.restore.add(target)
            elif _same(new, base):
                report.skipped += 1
                report.problems.append(_problem(
                    card.number, card.line, card.name,
                    VcardNote(n.SKIPPED_NOTHING_NEW, name=row.match_name)))
                return
            self.changed[target] = new
            self.update_phones += card.phone_infos or ()
            report.updated += 1
            report.merged += row.action == MERGE

    def _create(self, key: int, card: ParsedCard) -> None:
        self.pending[key] = card.contact
        self.phones += card.phone_infos or ()

    def flush(self, total: int | None = None) -> None:
        """Store the new contacts gathered so far, in card order.

        ``progress`` counts them out of ``total`` (default: just these).
        """
        keys = sorted(self.pending, reverse=True)  # -1, -2, ...: card order
        new = [self.pending[k] for k in keys]
        total = total or len(new)
        if self.progress:
            self.progress(0, total)
        with known_numbers(self.phones):
            # In slices, each its own transaction, for others' writes, Cancel and progress.
            for start in range(0, len(new), CREATE_SLICE):
                self._check()
                part = new[start:start + CREATE_SLICE]
                with database.atomic():
                    self._fresh_uids(part)
                    self.batch.created(contacts.create_many(part, self.now))
                if self.progress:
                    self.progress(min(start + CREATE_SLICE, len(new)), total)
        self.created.update((k, c.id) for k, c in zip(keys, new))
        self.pending.clear()
        self.phones = []

    def _fresh_uids(self, new: list[ContactData]) -> None:
        """A card created beside one with the same UID gets a UID of its own."""
        asked = [c.uid for c in new if c.uid]
        taken = set(self.uids) | match_store.taken_uids(asked)
        for c in new:
            if c.uid and c.uid in taken:
                c.uid = contacts.new_uid()
            taken.add(c.uid)
            self.uids.add(c.uid)

    def _on_top_of(self, c: ContactData, stored: ContactData) -> ContactData:
        """The import's ``c`` over the contact as stored now. A change made elsewhere
        since the card was planned is kept: where both changed a field, theirs wins
        (lists and notes keep both), so an import never undoes a person's edit."""
        if stored.version == c.version or c.id not in self.stored:
            c.version = stored.version
            return c
        result = three_way.merge(self.stored[c.id], c, stored)
        merged = result.resolved({x.field: three_way.BOTH if x.both is not None
                                  else three_way.THEIRS for x in result.conflicts})
        merged.version = stored.version
        return merged

    def finish(self, files: Iterable[FileResult] = ()) -> ImportReport:
        """Store what is left; the report lists ``files`` in their order."""
        files = list(files)
        total = len(self.pending) + len(self.changed)
        self.flush(total)
        changed = list(self.changed.values())
        done = total - len(changed)
        with known_numbers(self.update_phones):
            for start in range(0, len(changed), UPDATE_SLICE):
                self._check()
                part = changed[start:start + UPDATE_SLICE]
                with database.atomic():
                    current = contacts.get_many([c.id for c in part])
                    self.batch.changing(current)
                    now_stored = {s.id: s for s in current}
                    for c in part:
                        if c.id in now_stored:  # else erased meanwhile: nothing to update
                            contacts.update(self._on_top_of(c, now_stored[c.id]), self.now)
                    back = sorted(self.restore.intersection(c.id for c in part))
                    if back:
                        contacts.restore(back)
                done += len(part)
                if self.progress:
                    self.progress(done, total)
        self._check()  # the batch undoes everything
        order = [self.add_file(f) for f in files]
        for report, f in zip(order, files):
            report.cards = f.count  # read in chunks: the file's first chunk made it
        return ImportReport(order + [r for r in self.reports.values() if r not in order])


def apply(the_plan: ImportPlan, now: dt.datetime | None = None,
          cancelled: Callable[[], bool] | None = None,
          progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Carry out every row's action, all or nothing; report per file.

    Raises :class:`Cancelled` (the import undone) when ``cancelled()`` turns
    true before the import is done; whatever ``progress(done, total)`` raises
    undoes it the same way. It counts contacts written.
    """
    journal.recover()
    with journal.Batch() as batch:
        writer = Writer(batch, now, cancelled, progress)
        for f in the_plan.files:
            writer.add_file(f)
        writer.take(the_plan.rows)
        return writer.finish(the_plan.files)


def _same(a: ContactData, b: ContactData) -> bool:
    """Equal as far as a user can tell (tag order aside)."""
    a, b = copy.copy(a), copy.copy(b)
    a.tags = sorted(a.tags, key=str.casefold)
    b.tags = sorted(b.tags, key=str.casefold)
    return a == b


def _problem(card: int, line: int, name: str, reason: VcardNote) -> dict:
    return {"card": card, "line": line, "name": name, "reason": reason}


def import_paths(paths: Iterable[Path | str], *, workers: int | None = None,
                 now: dt.datetime | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Read, plan with the default actions and apply: what the command line does.

    All or nothing; each chunk of cards is planned and stored as soon as it
    has been read, while the worker processes read the next ones.
    """
    journal.recover()
    with journal.Batch() as batch:
        planner, writer = Planner(keep_rows=False), Writer(batch, now, cancelled)

        def store(result: FileResult, cards: list[ParsedCard]) -> None:
            writer.add_file(result)
            writer.take(planner.add(cards))
            writer.flush()

        files = read_files(paths, workers=workers, region=settings.get("phone_region"),
                           progress=progress, cancelled=cancelled, on_cards=store)
        return writer.finish(files)
