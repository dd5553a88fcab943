"""Reading .vcf files into contacts, one result per card.

The repaired text of each card (see :mod:`app.vcard.repair`) is parsed by
vobject's line parser into a component whose values stay as written, then
mapped by :mod:`app.vcard.to_contact`. Many cards are spread over worker
processes in chunks; a handful are read in place.
"""
from __future__ import annotations

import io
import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from vobject.base import Component, VObjectError, getLogicalLines, textLineToContentLine

from app.contacts.model import ContactData
from app.core.problems import Problem
from app.vcard import notes as n
from app.vcard.notes import VcardNote
from app.vcard.repair import CardUnreadable, CleanCard, Note, RawCard, repair_card, split_cards
from app.vcard.to_contact import to_contact

#: Below this many cards, starting worker processes costs more than it saves.
PARALLEL_FROM = 400
CHUNK_CARDS = 250


@dataclass
class ParsedCard:
    """One card of a file: a contact, or the reason it could not be read."""
    file: str
    number: int
    line: int
    name: str
    contact: ContactData | None
    reason: VcardNote | None = None  # why it was not read, when contact is None
    reason_line: int = 0
    notes: list[Note] = field(default_factory=list)  # what was repaired or left out
    #: The phones' matching keys (app.contacts.matching.phone_key), worked out in the
    #: worker processes: parsing numbers costs as much as parsing the card.
    phone_keys: list[str] | None = None
    #: The same parses for storing the card (app.contacts.phones.known_numbers).
    phone_infos: list | None = None


@dataclass
class FileResult:
    file: str
    cards: list[ParsedCard] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # about the file, not a card
    error: VcardNote | None = None  # the file could not be read at all


#: Receives a file's cards as they are read (see read_files).
OnCards = Callable[[FileResult, list[ParsedCard]], None]


class Cancelled(Exception):
    """The user cancelled; nothing has been changed."""


def parse_component(clean: CleanCard) -> Component:
    """vobject's parse of a repaired card, values left as written."""
    card = Component("VCARD")
    # The repaired text has one content line per line, so its index is the
    # line number (vobject's own count is off on CRLF text).
    for number, (text, _) in enumerate(
            getLogicalLines(io.StringIO(clean.text), allowQP=False), start=1):
        line = textLineToContentLine(text, number)
        if line.name in ("BEGIN", "END"):
            continue
        card.add(line)
    return card


def parse_raw(raw: RawCard) -> ParsedCard:
    """Repair, parse and map one card; never raises for bad input."""
    try:
        clean = repair_card(raw)
    except CardUnreadable as exc:
        return ParsedCard(raw.file, raw.number, raw.line, "", None, exc,
                          exc.line or raw.line, list(raw.notes))
    try:
        component = parse_component(clean)
    except VObjectError as exc:
        line = clean.source_line(getattr(exc, "lineNumber", None))
        return ParsedCard(clean.file, clean.number, clean.line, clean.name, None,
                          VcardNote(n.VOBJECT_FAILED, detail=str(exc)), line, clean.notes)
    try:
        contact, notes = to_contact(component, clean.verbatim)
    except (ValueError, TypeError) as exc:
        reason = exc if isinstance(exc, Problem) else VcardNote(n.NOT_MAPPED, detail=str(exc))
        return ParsedCard(clean.file, clean.number, clean.line, clean.name, None, reason,
                          clean.line, clean.notes)
    notes = clean.notes + [(clean.source_line(n), reason) for n, reason in notes]
    return ParsedCard(clean.file, clean.number, clean.line, contact.display_name(), contact,
                      notes=notes)


def parse_many(raws: list[RawCard], region: str | None = None) -> list[ParsedCard]:
    cards = [parse_raw(r) for r in raws]
    if region is not None:
        from app.contacts.matching import phone_key
        from app.contacts.phones import portable, region_for

        for card in cards:
            c = card.contact
            if c is None or not c.phones:
                continue
            # What storing the card parses: each number in the region of the
            # contact's address (app.contacts.store.phone_region) and in the default
            # one; the list shows the first in full. Matching reads each number
            # in the contact's own country, as everything else does.
            own = region_for((a.country for a in c.addresses), region)
            card.phone_keys = [phone_key(p.number, own) for p in c.phones]
            infos = dict(portable(p.number, region) for p in c.phones) if own != region \
                else {}
            # Last, so that a "+" number's one entry keeps its international form.
            infos.update(portable(p.number, own, international=i == 0)
                         for i, p in enumerate(c.phones))
            card.phone_infos = list(infos.items())
    return cards


def read_bytes(data: bytes, file: str) -> FileResult:
    raws, notes = split_cards(data, file)
    return FileResult(file, parse_many(raws), notes)


def vcf_files(paths: Iterable[Path | str]) -> list[Path]:
    """The files to read: files as given, folders searched for *.vcf / *.vcard."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file()
                          and f.suffix.lower() in (".vcf", ".vcard"))
        else:
            out.append(p)
    return out


def _context():
    # forkserver: workers fork from a clean process, never from one running
    # Qt threads; the preload makes each fork start with the parser imported.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["app.vcard.reader"])
        return ctx
    return multiprocessing.get_context("spawn")


def read_files(paths: Iterable[Path | str], *, workers: int | None = None,
               region: str | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None,
               on_cards: OnCards | None = None) -> list[FileResult]:
    """Read every card of every file; ``progress(done, total)`` counts cards.

    Raises :class:`Cancelled` when ``cancelled()`` turns true. With
    ``region``, the cards' phone numbers are parsed for matching and storing
    as well. ``on_cards(file_result, cards)`` receives the cards in file
    order as they are read, so they can be stored while workers read on;
    whatever it raises stops the reading.
    """
    results: list[FileResult] = []
    jobs: list[tuple[FileResult, list[RawCard]]] = []
    for path in vcf_files(paths):
        result = FileResult(str(path))
        results.append(result)
        try:
            data = path.read_bytes()
        except OSError as exc:
            result.error = VcardNote(n.FILE_UNREADABLE, reason=exc.strerror or str(exc))
            continue
        raws, result.notes = split_cards(data, str(path))
        jobs.append((result, raws))
    total = sum(len(r) for _, r in jobs)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if total < PARALLEL_FROM or workers < 2:
        done = 0
        for result, raws in jobs:
            start = len(result.cards)
            for raw in raws:
                if cancelled and cancelled():
                    raise Cancelled()
                result.cards += parse_many([raw], region)
                done += 1
                if progress and (done % 50 == 0 or done == total):
                    progress(done, total)
            if on_cards and raws:
                on_cards(result, result.cards[start:])
        return results
    _read_parallel(jobs, workers, total, region, progress, cancelled, on_cards)
    return results



def _read_parallel(jobs, workers, total, region, progress, cancelled,
                   on_cards: OnCards | None) -> None:
    chunks = []
    for index, (_result, raws) in enumerate(jobs):
        for start in range(0, len(raws), CHUNK_CARDS):
            chunks.append((index, start, raws[start:start + CHUNK_CARDS]))
    parts: dict[tuple[int, int], list[ParsedCard]] = {}
    delivered = 0  # chunks handed on, in file order
    done = 0
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        pending = {pool.submit(parse_many, raws, region): (index, start)
                   for index, start, raws in chunks}
        try:
            while pending or delivered < len(chunks):
                if pending:
                    finished, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                    if cancelled and cancelled():
                        raise Cancelled()
                    for fut in finished:
                        key = pending.pop(fut)
                        parts[key] = fut.result()
                        done += len(parts[key])
                        if progress:
                            progress(done, total)
                # The next chunks in order, while the workers read on.
                while delivered < len(chunks) and chunks[delivered][:2] in parts:
                    index, start, _ = chunks[delivered]
                    result, cards = jobs[index][0], parts.pop((index, start))
                    result.cards.extend(cards)
                    delivered += 1
                    if on_cards:
                        on_cards(result, cards)
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise
