"""Finding the cards in a .vcf file, as a stream.

The file is read in blocks (never whole): byte-order marks are stripped,
UTF-16 is decoded, CR, LF and mixed line endings are unified, and each card
comes out as a :class:`RawCard` as soon as its END:VCARD is read, in the
order the cards begin (nested cards come out as cards of their own, a card
the file ends inside of is read as far as it goes). A card larger than
:data:`CARD_LIMIT` keeps only its size: its lines are dropped as they are
read, so a 200 MB note or a file that is one huge line costs a block of
memory, not the file.
"""
from __future__ import annotations

import codecs
import io
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from app.vcard import notes as n
from app.vcard.notes import VcardNote

#: Where a note about a card points: (line in the file, what happened).
Note = tuple[int, VcardNote]

#: A card may hold photos; 10 MB is fifty times a large phone photo, and what
#: it costs to read stays well under the memory an import may use.
CARD_LIMIT = 10 * 1024 * 1024
BLOCK = 1024 * 1024
#: A partial line longer than this cannot be BEGIN or END: it is passed on
#: as content instead of being kept until its end is read.
LONG_LINE = 64 * 1024


@dataclass
class RawCard:
    """One card's lines as they were in the file, not yet decoded."""
    file: str
    number: int  # 1-based position of the card in its file
    line: int  # line of its BEGIN:VCARD
    segments: list[tuple[int, bytes]]  # (first line number, lines joined by b"\n")
    utf8_only: bool = False  # the file was UTF-16: CHARSET parameters are moot
    notes: list[Note] = field(default_factory=list)
    too_large: int = 0  # its size in bytes when over CARD_LIMIT (segments dropped)


_BOUNDARY = re.compile(rb"(?im)^[ \t]*(BEGIN|END)[ \t]*:[ \t]*VCARD[ \t]*$")
_BEGIN = re.compile(rb"(?im)^[ \t]*BEGIN[ \t]*:[ \t]*VCARD[ \t]*$")


def _boundaries(chunk: bytes, start: int) -> Iterator[re.Match]:
    """``_BOUNDARY.finditer(chunk, start)``, found faster: every boundary line
    holds "vcard" in some case, so only the lines where a lower-cased copy
    does are tried (finditer tries the pattern at every byte of a photo)."""
    low = chunk.lower()
    pos = low.find(b"vcard", start)
    while pos >= 0:
        line = max(low.rfind(b"\n", 0, pos) + 1, start)
        end = low.find(b"\n", pos)
        m = _BOUNDARY.match(chunk, line)
        if m is not None:
            yield m
        if end < 0:
            return
        pos = low.find(b"vcard", end)


# UTF-16 damage is counted by an error handler (codecs only take handler names).
_damage = threading.local()


def _count_damage(exc: UnicodeDecodeError) -> tuple[str, int]:
    _damage.count = getattr(_damage, "count", 0) + 1
    return "\ufffd", exc.end


codecs.register_error("hearth.vcard.replace", _count_damage)


def _looks_utf16(data: bytes) -> bool:
    head = data[:200]
    return len(head) >= 4 and (head[1::2].count(0) > len(head) // 3
                               or head[0::2].count(0) > len(head) // 3)


def _utf16_codec(data: bytes) -> str:
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return "utf-16"
    head = data[:200]
    return "utf-16-le" if head[1::2].count(0) >= head[0::2].count(0) else "utf-16-be"


class _Blocks:
    """A file's bytes as UTF-8-or-legacy chunks with LF line ends.

    Each chunk ends with a newline, except the last one and pieces of a line
    longer than LONG_LINE (the next chunk then starts inside that line).
    """

    def __init__(self, fh: BinaryIO, notes: list[Note]):
        self.fh, self.notes = fh, notes
        self.utf8_only = False
        self.decoder = None

    def __iter__(self) -> Iterator[bytes]:
        block = self.fh.read(BLOCK)
        if block.startswith(codecs.BOM_UTF8):
            block = block[3:]
        elif block[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or _looks_utf16(block):
            self.decoder = codecs.getincrementaldecoder(_utf16_codec(block))(
                "hearth.vcard.replace")
            self.utf8_only = True
        first, carry, damaged = True, b"", False
        while True:
            final = not block
            if self.decoder is not None:
                before = getattr(_damage, "count", 0)
                text = self.decoder.decode(block, final)
                damaged = damaged or getattr(_damage, "count", 0) != before
                if first:
                    text = text.lstrip("\ufeff")
                block = text.encode("utf-8")
            first = False
            data = carry + block if carry else block
            carry = b""
            if not final and data.endswith(b"\r"):  # maybe the first half of CR LF
                held = len(data) - len(data.rstrip(b"\r"))
                data, carry = data[:-held], data[-held:]
            if b"\r" in data:
                data = data.replace(b"\r\r\n", b"\n").replace(b"\r\n", b"\n").replace(b"\r", b"\n")
            if final:
                if data:
                    yield data
                break
            cut = data.rfind(b"\n") + 1
            if cut:
                if len(data) - cut > LONG_LINE:
                    cut = len(data)
                yield data[:cut]
                carry = data[cut:] + carry
            elif len(data) > LONG_LINE:
                yield data
            else:
                carry = data + carry
            block = self.fh.read(BLOCK)
        if damaged:
            self.notes.append((1, VcardNote(n.UTF16_DAMAGED)))


@dataclass
class _Open:
    card: RawCard
    seg_line: int
    pieces: list[bytes] = field(default_factory=list)
    size: int = 0


class _Splitter:
    def __init__(self, file: str, notes: list[Note], utf8_only: bool, limit: int):
        self.file, self.notes, self.utf8_only, self.limit = file, notes, utf8_only, limit
        self.stack: list[_Open] = []
        self.finished: dict[int, RawCard] = {}
        self.number = 0
        self.next_out = 1
        self.line = 1  # the line the next chunk starts on
        self.saw_text = False
        self.mid_line = False  # the next chunk continues a long line

    def _content(self, piece: bytes) -> None:
        if not piece:
            return
        if not self.stack:
            self.saw_text = self.saw_text or bool(piece.strip())
            return
        top = self.stack[-1]
        top.size += len(piece)
        if top.size > self.limit:
            top.pieces = []
            top.card.segments = []
        else:
            top.pieces.append(piece)

    def _close_segment(self, top: _Open) -> None:
        if top.size <= self.limit:
            top.card.segments.append((top.seg_line, b"".join(top.pieces)))
        top.pieces = []

    def _finish(self, top: _Open) -> None:
        self._close_segment(top)
        if top.size > self.limit:
            top.card.segments, top.card.too_large = [], top.size
        self.finished[top.card.number] = top.card

    def feed(self, chunk: bytes, partial: bool) -> Iterator[RawCard]:
        start = 0
        if self.mid_line:  # the rest of a long line: no boundary in it
            start = chunk.find(b"\n") + 1 or len(chunk)
        self.mid_line = partial
        pos, counted, line = 0, 0, self.line
        for m in _boundaries(chunk, start):
            line += chunk.count(b"\n", counted, m.start())
            counted = m.start()
            self._content(chunk[pos:m.start()])
            pos = m.end() + 1  # past the newline
            if m.group(1).upper() == b"BEGIN":
                if self.stack:  # a card nested in another: close the outer one's segment
                    self._close_segment(self.stack[-1])
                self.number += 1
                card = RawCard(self.file, self.number, line, [], self.utf8_only)
                self.stack.append(_Open(card, line + 1))
            elif not self.stack:
                self.notes.append((line, VcardNote(n.END_WITHOUT_BEGIN)))
            else:
                self._finish(self.stack.pop())
                if self.stack:  # back in the outer card: its next segment starts here
                    self.stack[-1].seg_line = line + 1
        self._content(chunk[pos:])
        self.line = line + chunk.count(b"\n", counted)
        yield from self._ready()

    def _ready(self) -> Iterator[RawCard]:
        while self.next_out in self.finished:
            yield self.finished.pop(self.next_out)
            self.next_out += 1

    def end(self) -> Iterator[RawCard]:
        while self.stack:
            top = self.stack.pop()
            top.card.notes.append((self.line, VcardNote(n.NO_END)))
            self._finish(top)
            if self.stack:
                self.stack[-1].seg_line = self.line
        yield from self._ready()
        if not self.number and self.saw_text:
            self.notes.append((1, VcardNote(n.NO_VCARD)))


def iter_cards(fh: BinaryIO, file: str, notes: list[Note],
               limit: int = CARD_LIMIT) -> Iterator[RawCard]:
    """The cards of an open binary file, in the order they begin; notes about
    the file (not a card) are appended to ``notes``."""
    blocks = _Blocks(fh, notes)
    splitter: _Splitter | None = None
    for chunk in blocks:
        if splitter is None:
            splitter = _Splitter(file, notes, blocks.utf8_only, limit)
        yield from splitter.feed(chunk, not chunk.endswith(b"\n"))
    if splitter is not None:
        yield from splitter.end()


def split_cards(data: bytes, file: str) -> tuple[list[RawCard], list[Note]]:
    """The cards in a file's bytes, in the order they begin."""
    notes: list[Note] = []
    return list(iter_cards(io.BytesIO(data), file, notes)), notes

