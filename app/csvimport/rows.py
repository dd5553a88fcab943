"""CSV rows as contacts: each row becomes the :class:`ParsedCard` the vCard
reader makes (a contact, or the reason it could not be read, with its line),
so that a CSV goes through the vCard import's matching, merge and report.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable

from app.contacts.model import ORGANISATION, ContactData, Email, Phone, PostalAddress, Url
from app.csvimport import notes as n
from app.csvimport import values as v
from app.csvimport.mapping import LABELS, SCALARS
from app.csvimport.source import Table
from app.vcard.notes import VcardNote
from app.vcard.reader import (
    CARD_SECONDS,
    CHUNK_CARDS,
    PARALLEL_FROM,
    FileResult,
    ParsedCard,
    _context,
    parse_phones,
)
from app.vcard.workers import CardPool

_DATES = ("birthday", "anniversary", "first_contact")
#: A house number in a column of its own ("5", "12a", "3-5") joins the street on one line.
_HOUSE_NUMBER = re.compile(r"^\d+\s*[a-zA-Z]?(?:\s*[-/]\s*\d+[a-zA-Z]?)?$")


class RowReader:
    """Turns the rows of one table into cards, with one mapping."""

    def __init__(self, table: Table, targets: list[str]):
        self.table, self.targets = table, list(targets)
        self.targets += [""] * (len(table.header) - len(self.targets))
        self.columns = [(i, t) for i, t in enumerate(self.targets) if t]
        #: day or month first, per date column, told by the whole column
        self.orders = {i: v.slash_order(row[i] for _, row in table.rows if i < len(row))
                       for i, t in self.columns if t in _DATES}

    def card(self, number: int, line: int, cells: list[str]) -> ParsedCard:
        """The card for one row; never raises for bad input."""
        try:
            return self._card(number, line, cells)
        except Exception as exc:  # noqa: BLE001 - one row must not stop an import
            return ParsedCard(self.table.file, number, line, "", None,
                              VcardNote(n.ROW_FAILED, detail=type(exc).__name__), line)

    def _card(self, number: int, line: int, cells: list[str]) -> ParsedCard:
        c = ContactData()
        notes: list[tuple[int, VcardNote]] = []
        lists: dict[tuple[str, str], list[str]] = {}  # (kind, slot) -> values
        labels: dict[tuple[str, str], str] = {}  # (kind, group) -> label text
        addresses: dict[str, dict[str, str]] = {}  # slot -> part -> text
        full_name = ""
        if len(cells) > len(self.table.header) and any(x.strip() for x in
                                                        cells[len(self.table.header):]):
            notes.append((line, VcardNote(n.EXTRA_CELLS, count=len(cells),
                                          columns=len(self.table.header))))
        for i, target in self.columns:
            if i >= len(cells):
                continue
            value = v.clean(cells[i])
            if not value:
                continue
            header = self.table.header[i]
            if target in SCALARS:
                if target == "full_name":
                    full_name = value
                elif target in _DATES:
                    iso, code = v.parse_date(value, self.orders.get(i))
                    if code:
                        notes.append((line, VcardNote(code, text=value, column=header)))
                    elif not getattr(c, target):
                        setattr(c, target, iso)
                elif target == "tags":
                    c.tags += [t for t in v.split_tags(value) if t not in c.tags]
                elif target == "prefix":  # "Herr Dr." -> a man, title "Dr."
                    gender, value = v.split_prefix(value)
                    c.gender = c.gender or gender
                    if value:
                        c.prefix = f"{c.prefix} {value}" if c.prefix else value
                elif target == "gender":
                    c.gender = c.gender or v.gender_of(value)
                elif target == "kind":
                    c.kind = v.kind_of(value)
                elif target == "notes":
                    c.notes = f"{c.notes}\n\n{value}" if c.notes else value
                else:
                    old = getattr(c, target)
                    setattr(c, target, f"{old} {value}" if old else value)
                continue
            parts = target.split(".")
            if parts[0] == "address":
                if parts[2] == "label":
                    labels[("address", parts[1])] = value
                    continue
                fields = addresses.setdefault(parts[1], {})
                old = fields.get(parts[2], "")
                if old and parts[2] == "street":
                    joint = " " if _HOUSE_NUMBER.match(value) else "\n"
                    fields["street"] = old + joint + value
                else:
                    fields[parts[2]] = f"{old} {value}" if old else value
            elif len(parts) == 3:  # phone.g1.label
                labels[(parts[0], parts[1])] = value
            else:
                lists.setdefault((parts[0], parts[1]), []).extend(v.split_multi(value))
        self._lists(c, lists, labels)
        self._addresses(c, addresses, labels, notes, line)
        if full_name and not (c.given_name or c.family_name):
            c.given_name, c.family_name = _split_name(full_name)
        if c.kind != ORGANISATION and c.organisation and not (c.given_name or c.family_name
                                                              or c.nickname):
            c.kind = ORGANISATION
        if not (c.given_name or c.family_name or c.nickname or c.organisation or c.phones
                or c.emails or c.addresses or c.notes.strip()):
            return ParsedCard(self.table.file, number, line, "", None,
                              VcardNote(n.NOTHING_IN_ROW), line)
        return ParsedCard(self.table.file, number, line, c.display_name(), c, notes=notes)

    @staticmethod
    def _lists(c: ContactData, lists: dict, labels: dict) -> None:
        seen: set[tuple[str, str]] = set()
        for (kind, slot), found in lists.items():
            label = slot if slot in LABELS[kind] else v.label_of(
                labels.get((kind, slot), ""), LABELS[kind],
                "other" if kind == "phone" else "work" if kind == "url" else "other")
            for value in found:
                if (kind, value.casefold()) in seen:
                    continue
                seen.add((kind, value.casefold()))
                if kind == "phone":
                    c.phones.append(Phone(value, label))
                elif kind == "email":
                    c.emails.append(Email(value, label))
                else:
                    c.urls.append(Url(value, label))

    @staticmethod
    def _addresses(c: ContactData, addresses: dict, labels: dict, notes: list,
                   line: int) -> None:
        for slot, fields in addresses.items():
            label = slot if slot in LABELS["address"] else v.label_of(
                labels.get(("address", slot), ""), LABELS["address"], "other")
            country_text = fields.pop("country", "")
            a = PostalAddress(label=label, **fields)
            if country_text:
                a.country = v.country_code(country_text)
                if not a.country:
                    notes.append((line, VcardNote(n.UNKNOWN_COUNTRY, country=country_text)))
            if not a.is_empty():
                c.addresses.append(a)


def _split_name(name: str) -> tuple[str, str]:
    """"Müller, Anna" and "Anna Müller" -> ("Anna", "Müller")."""
    if "," in name:
        family, _, given = name.partition(",")
        return given.strip(), family.strip()
    given, _, family = name.rpartition(" ")
    return given.strip(), family.strip()


def read_rows(table: Table, targets: list[str], region: str,
              progress: Callable[[int, int], None] | None = None,
              check: Callable[[], None] | None = None) -> FileResult:
    """Every row of the table as a card, in a FileResult like the vCard reader's;
    phone numbers parsed once for matching and storing (``region``: the default
    phone region)."""
    reader = RowReader(table, targets)
    result = FileResult(table.file, notes=list(table.notes))
    total = len(table.rows)
    for number, (line, cells) in enumerate(table.rows, start=1):
        if number % 500 == 0:
            if check:
                check()
            if progress:
                progress(number, total // 2)
        result.cards.append(reader.card(number, line, cells))
    result.cards = _with_phones_parsed(result.cards, region, progress, check)
    result.read = total
    return result


def _phones_parsed(card: ParsedCard, region: str) -> ParsedCard:
    parse_phones(card, region)
    return card


def _unparsed(card: ParsedCard, code: str) -> ParsedCard:
    return card  # a worker that stopped: storing parses its numbers itself


def _with_phones_parsed(cards: list[ParsedCard], region: str,
                        progress: Callable[[int, int], None] | None,
                        check: Callable[[], None] | None) -> list[ParsedCard]:
    """The cards with their numbers parsed: parsing costs most of a row, so
    many rows are spread over the vCard reader's worker processes."""
    workers = os.cpu_count() or 1
    total = len(cards)
    if total < PARALLEL_FROM or workers < 2:
        for card in cards:
            parse_phones(card, region)
        return cards
    out: list[ParsedCard] = []
    chunks = [cards[i:i + CHUNK_CARDS] for i in range(0, total, CHUNK_CARDS)]
    with CardPool(_context(), _phones_parsed, (region,), workers, CARD_SECONDS,
                  _unparsed) as pool:
        for done in pool.run(chunks, check):
            out += done
            if progress:
                progress(total // 2 + len(out) // 2, total)
    return out
