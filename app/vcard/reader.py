"""Reading .vcf files into contacts, one result per card.

The repaired text of each card (see :mod:`app.vcard.repair`) is parsed by
vobject's line grammar into content lines whose values stay as written
(:mod:`app.vcard.lines`), then mapped by :mod:`app.vcard.to_contact`. Files are read as streams
(:mod:`app.vcard.split`); many cards are spread over worker processes in
chunks, each card under a time limit (:mod:`app.vcard.workers`), with a few
chunks in flight; a handful are read in place.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vobject.base import VObjectError

from app.contacts.model import ContactData
from app.core.problems import Problem
from app.storage.connection import is_database_file
from app.vcard import notes as n
from app.vcard.lines import card_lines
from app.vcard.notes import VcardNote
from app.vcard.repair import CardUnreadable, Note, RawCard, repair_card
from app.vcard.split import iter_cards, split_cards
from app.vcard.to_contact import to_contact
from app.vcard.workers import CardPool

#: Below this many cards, starting worker processes costs more than it saves.
PARALLEL_FROM = 400
CHUNK_CARDS = 250
#: The first chunks are smaller: storing starts while the workers are still
#: on their first chunk, instead of after it (a core idle meanwhile).
FIRST_CHUNKS = (40, 120)
#: A chunk also ends at this many bytes of cards (a few cards with photos).
CHUNK_BYTES = 4 * 1024 * 1024
#: A worker that spends longer on one card is replaced; the card is reported.
CARD_SECONDS = 2.0
#: Files this large (together) surely hold PARALLEL_FROM cards or photos worth
#: the workers: their fork server starts while the files are counted.
WARM_UP_BYTES = 512 * 1024


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
    #: Every card read, unless read_files handed them to ``on_cards`` instead.
    cards: list[ParsedCard] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # about the file, not a card
    error: VcardNote | None = None  # the file could not be read at all
    read: int = 0  # cards read so far (kept or not)

    @property
    def count(self) -> int:
        """How many cards of the file have been read."""
        return max(self.read, len(self.cards))


#: Receives a file's cards as they are read (see read_files).
OnCards = Callable[[FileResult, list[ParsedCard]], None]


class Cancelled(Exception):
    """The user cancelled; nothing has been changed."""


def parse_raw(raw: RawCard) -> ParsedCard:
    """Repair, parse and map one card; never raises for bad input."""
    try:
        return _parse_raw(raw)
    except Exception as exc:  # noqa: BLE001 - one card must not stop an import
        return ParsedCard(raw.file, raw.number, raw.line, "", None,
                          VcardNote(n.READ_FAILED, detail=type(exc).__name__), raw.line)


def _parse_raw(raw: RawCard) -> ParsedCard:
    try:
        clean = repair_card(raw)
    except CardUnreadable as exc:
        return ParsedCard(raw.file, raw.number, raw.line, "", None, exc,
                          exc.line or raw.line, list(raw.notes))
    try:
        # vobject's getLogicalLines is not used: its pattern takes ~130 bytes of
        # memory per character of a line.
        lines = card_lines(clean)
    except VObjectError as exc:
        line = clean.source_line(getattr(exc, "lineNumber", None))
        return ParsedCard(clean.file, clean.number, clean.line, clean.name, None,
                          VcardNote(n.VOBJECT_FAILED, detail=str(exc)), line, clean.notes)
    try:
        contact, notes = to_contact(lines, clean.verbatim)
    except (ValueError, TypeError) as exc:
        reason = exc if isinstance(exc, Problem) else VcardNote(n.NOT_MAPPED, detail=str(exc))
        return ParsedCard(clean.file, clean.number, clean.line, clean.name, None, reason,
                          clean.line, clean.notes)
    notes = clean.notes + [(clean.source_line(n), reason) for n, reason in notes]
    return ParsedCard(clean.file, clean.number, clean.line, contact.display_name(), contact,
                      notes=notes)


def parse_many(raws: list[RawCard], region: str | None = None) -> list[ParsedCard]:
    return [parse_one(r, region) for r in raws]


def parse_one(raw: RawCard, region: str | None = None) -> ParsedCard:
    """parse_raw, and with ``region`` the phone numbers parsed as well."""
    card = parse_raw(raw)
    if region is not None:
        parse_phones(card, region)
    return card


def parse_phones(card: ParsedCard, region: str) -> None:
    """Parse the card's phone numbers once, for matching and storing (the
    CSV import's rows too: app.csvimport.rows)."""
    from app.contacts.matching import phone_key
    from app.contacts.phones import portable, region_for

    c = card.contact
    if c is not None and c.phones:
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


def _lost(raw: RawCard, code: str) -> ParsedCard:
    """The report for a card its worker could not finish (too slow, or died)."""
    reason = VcardNote(code, seconds=f"{CARD_SECONDS:g}") if code == n.TOO_SLOW \
        else VcardNote(code)
    return ParsedCard(raw.file, raw.number, raw.line, "", None, reason, raw.line)


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


def _warm_up(files: list[Path]) -> None:
    """Start the workers' fork server now (it imports the parser, a good part
    of a second) when the files are large, so that it is ready once they are
    counted; it does not wait for the server."""
    size = 0
    for path in files:
        try:
            size += path.stat().st_size  # stat only: nothing opens the database
        except OSError:
            pass
    if size >= WARM_UP_BYTES and "forkserver" in multiprocessing.get_all_start_methods():
        from multiprocessing import forkserver

        _context()
        forkserver.ensure_running()


def read_files(paths: Iterable[Path | str], *, workers: int | None = None,
               region: str | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None,
               on_cards: OnCards | None = None) -> list[FileResult]:
    """Read every card of every file; ``progress(done, total)`` counts cards.

    Raises :class:`Cancelled` when ``cancelled()`` turns true. With
    ``region``, the cards' phone numbers are parsed as well. ``on_cards(
    file_result, cards)`` receives the cards in file order, a chunk at a
    time, as they are read, so they can be stored while workers read on;
    whatever it raises stops the reading; the results then keep no cards (a
    large file would not fit), ``file_result.count`` counts them. Each file
    is read twice as a stream: once to count its cards and collect what is
    said about the file (so ``file_result.notes`` is complete with its first
    chunk), then to read.
    """
    results: list[FileResult] = []
    readable: list[tuple[Path, FileResult]] = []
    total = 0
    files = vcf_files(paths)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers >= 2:
        _warm_up(files)
    for path in files:
        result = FileResult(str(path))
        results.append(result)
        if is_database_file(path):  # only SQLite may open it (closing drops its locks)
            result.error = VcardNote(n.IS_THE_DATABASE)
            continue
        try:
            with path.open("rb") as fh:
                total += sum(1 for _ in iter_cards(fh, str(path), result.notes, limit=-1))
        except OSError as exc:
            result.error = VcardNote(n.FILE_UNREADABLE, reason=exc.strerror or str(exc))
            continue
        readable.append((path, result))
    order: deque[FileResult] = deque()  # the file of each chunk handed out
    chunks = _chunks(readable, order)
    done = 0

    def deliver(cards: list[ParsedCard]) -> None:
        nonlocal done
        result = order.popleft()
        result.read += len(cards)
        if on_cards is None:
            result.cards.extend(cards)
        done += len(cards)
        if progress:
            progress(done, total)
        if on_cards and cards:
            on_cards(result, cards)

    def check() -> None:
        if cancelled and cancelled():
            raise Cancelled()

    if total < PARALLEL_FROM or workers < 2:
        for raws in chunks:
            cards = []
            for raw in raws:
                check()
                cards.append(parse_one(raw, region))
            deliver(cards)
        return results
    with CardPool(_context(), parse_one, (region,), workers, CARD_SECONDS, _lost) as pool:
        for cards in pool.run(chunks, check):
            deliver(cards)
    return results


def _chunks(files: list[tuple[Path, FileResult]], order: deque) -> Iterator[list[RawCard]]:
    """The cards of each file in chunks (of one file each), read as streams."""
    sizes = iter(FIRST_CHUNKS)
    limit = next(sizes, CHUNK_CARDS)
    for path, result in files:
        chunk: list[RawCard] = []
        size = 0
        try:
            with path.open("rb") as fh:
                for raw in iter_cards(fh, str(path), []):
                    chunk.append(raw)
                    size += sum(len(seg) for _, seg in raw.segments)
                    if len(chunk) >= limit or size >= CHUNK_BYTES:
                        order.append(result)
                        yield chunk
                        chunk, size = [], 0
                        limit = next(sizes, CHUNK_CARDS)
        except OSError as exc:  # changed or gone since it was counted
            result.error = VcardNote(n.FILE_UNREADABLE, reason=exc.strerror or str(exc))
        if chunk:
            order.append(result)
            yield chunk
