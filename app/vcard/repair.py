"""Repairing what real programs write, before vobject sees it.

Two steps. :func:`split_cards` works on a whole file: it strips byte-order
marks, decodes UTF-16, normalises CR, LF and mixed line endings, and finds
the cards (nested cards come out as cards of their own, a card the file ends
inside of is read as far as it goes). :func:`repair_card` works on one card:
it joins folded lines at byte level (so that a UTF-8 character split by a
fold survives), quoted-printable soft line breaks, backslash-continued
values and base64 lines without the leading space; it decodes
quoted-printable, declared CHARSETs and undeclared legacy bytes (saying which
guess it made), drops ``#`` comments and junk lines, and returns vCard text
vobject parses, with the source line of every output line.

Nothing here knows about contacts; :mod:`app.vcard.to_contact` does.
"""
from __future__ import annotations

import base64
import binascii
import codecs
import re
from dataclasses import dataclass, field

from app.vcard import notes as n
from app.vcard.notes import VcardNote

#: Where a note about a card points: (line in the file, what happened).
Note = tuple[int, VcardNote]


@dataclass
class RawCard:
    """One card's lines as they were in the file, not yet decoded."""
    file: str
    number: int  # 1-based position of the card in its file
    line: int  # line of its BEGIN:VCARD
    segments: list[tuple[int, bytes]]  # (first line number, lines joined by b"\n")
    utf8_only: bool = False  # the file was UTF-16: CHARSET parameters are moot
    notes: list[Note] = field(default_factory=list)


@dataclass
class CleanCard:
    """A card as vCard text vobject can parse, and what it took to get there."""
    file: str
    number: int
    line: int
    text: str
    line_map: list[int]  # source line of each line of ``text``
    version: str  # as the file said: "2.1", "3.0", "4.0" ("" when missing)
    name: str  # FN or N as far as it could be read, for reports
    #: Content lines vobject's grammar rejects (say, a "/" in the name), kept as
    #: they are so that they are stored and written back.
    verbatim: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def source_line(self, text_line: int | None) -> int:
        """The file's line for a 1-based line number of ``text``."""
        if text_line is None or not 1 <= text_line <= len(self.line_map):
            return self.line
        return self.line_map[text_line - 1]


class CardUnreadable(VcardNote):
    """This card cannot be read at all: the code says why, ``line`` where."""

    def __init__(self, code: str, line: int | None = None, **params):
        super().__init__(code, **params)
        self.line = line


# --- files -----------------------------------------------------------------------

_BOUNDARY = re.compile(rb"(?im)^[ \t]*(BEGIN|END)[ \t]*:[ \t]*VCARD[ \t]*$")


def decode_container(data: bytes) -> tuple[bytes, bool, list[Note]]:
    """Strip a BOM, turn UTF-16 into UTF-8 and unify line endings.

    Returns the bytes, whether they are now known to be UTF-8 throughout
    (True for UTF-16 input), and notes.
    """
    notes: list[Note] = []
    utf8_only = False
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or _looks_utf16(data):
        codec = _utf16_codec(data)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            text = data.decode(codec, errors="replace")
            notes.append((1, VcardNote(n.UTF16_DAMAGED)))
        data = text.lstrip("\ufeff").encode("utf-8")
        utf8_only = True
    if b"\r" in data:
        data = data.replace(b"\r\r\n", b"\n").replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data, utf8_only, notes


def _looks_utf16(data: bytes) -> bool:
    head = data[:200]
    return len(head) >= 4 and (head[1::2].count(0) > len(head) // 3
                               or head[0::2].count(0) > len(head) // 3)


def _utf16_codec(data: bytes) -> str:
    if data[:2] == codecs.BOM_UTF16_LE:
        return "utf-16"
    if data[:2] == codecs.BOM_UTF16_BE:
        return "utf-16"
    head = data[:200]
    return "utf-16-le" if head[1::2].count(0) >= head[0::2].count(0) else "utf-16-be"


def split_cards(data: bytes, file: str) -> tuple[list[RawCard], list[Note]]:
    """The cards in a file's bytes, in the order they begin."""
    data, utf8_only, notes = decode_container(data)
    cards: list[RawCard] = []
    stack: list[tuple[RawCard, int, int]] = []  # card, segment start offset, its line
    counted_to, line_no = 0, 1

    def line_at(pos: int) -> int:
        nonlocal counted_to, line_no
        line_no += data.count(b"\n", counted_to, pos)
        counted_to = pos
        return line_no

    number = 0
    for m in _BOUNDARY.finditer(data):
        start_line = line_at(m.start())
        after = m.end() + 1  # past the newline
        if m.group(1).upper() == b"BEGIN":
            if stack:  # a card nested in another: close the outer one's segment here
                outer, seg_start, seg_line = stack[-1]
                outer.segments.append((seg_line, data[seg_start:m.start()]))
            number += 1
            card = RawCard(file, number, start_line, [], utf8_only)
            cards.append(card)
            stack.append((card, after, start_line + 1))
        else:
            if not stack:
                notes.append((start_line, VcardNote(n.END_WITHOUT_BEGIN)))
                continue
            card, seg_start, seg_line = stack.pop()
            card.segments.append((seg_line, data[seg_start:m.start()]))
            if stack:  # back in the outer card: its next segment starts after this END
                outer, _, _ = stack.pop()
                stack.append((outer, after, start_line + 1))
    end_line = line_at(len(data))
    while stack:
        card, seg_start, seg_line = stack.pop()
        card.segments.append((seg_line, data[seg_start:]))
        card.notes.append((end_line, VcardNote(n.NO_END)))
        if stack:
            outer, _, _ = stack.pop()
            stack.append((outer, len(data), end_line))
    if not cards and data.strip():
        notes.append((1, VcardNote(n.NO_VCARD)))
    return cards, notes


# --- one card --------------------------------------------------------------------

_PROPERTY = re.compile(rb"^[ \t]*(?:[A-Za-z0-9_-]+\.)?[A-Za-z0-9_/-]+[ \t]*[;:]")
#: What vobject accepts as a property name; others are kept verbatim around it.
_VOBJECT_NAME = re.compile(r"^(?:[A-Za-z0-9_-]+\.)?[A-Za-z0-9_-]+$")
_BASE64_LINE = re.compile(rb"^[ \t]*[A-Za-z0-9+/=]+[ \t]*$")
_NEWLINES = re.compile(r"\r\n|\r|\n")
_CARET = re.compile(r"\^[n'^]")

#: CHARSET names as vCards spell them, mapped to the codec that reads them best.
_CHARSETS = {
    "SHIFT_JIS": "cp932", "SHIFT-JIS": "cp932", "SJIS": "cp932", "X-SJIS": "cp932",
    "WINDOWS-31J": "cp932", "CP932": "cp932",
    "ISO-8859-1": "cp1252", "ISO_8859-1": "cp1252", "LATIN1": "cp1252", "LATIN-1": "cp1252",
    "US-ASCII": "utf-8", "ASCII": "utf-8", "UTF8": "utf-8",
}


@dataclass
class _Logical:
    line: int
    header: bytes
    value: bytearray
    qp: bool = False
    b64: bool = False


def _split_header(raw: bytes) -> tuple[bytes, bytes]:
    """Split a content line at the first colon outside double quotes."""
    quoted = False
    for i, ch in enumerate(raw):
        if ch == 0x22:
            quoted = not quoted
        elif ch == 0x3A and not quoted:
            return raw[:i], raw[i + 1:]
    return raw, b""


def _split_params(header: str) -> list[str]:
    parts, cur, quoted = [], [], False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def _header_flags(header: bytes) -> tuple[bool, bool]:
    up = header.upper()
    qp = b"QUOTED-PRINTABLE" in up
    b64 = bool(re.search(rb"ENCODING=(B|BASE64)\b|;BASE64\b", up))
    return qp, b64


def _logical_lines(card: RawCard, notes: list[Note]) -> list[_Logical]:
    out: list[_Logical] = []
    cur: _Logical | None = None
    for first, seg in card.segments:
        for offset, line in enumerate(seg.split(b"\n")):
            no = first + offset
            if cur is not None and cur.qp and cur.value.endswith(b"=") and \
                    not line.upper().startswith(b"END:"):
                del cur.value[-1]  # soft line break
                cur.value += line
                continue
            if cur is not None and cur.b64 and _BASE64_LINE.match(line) and \
                    not _PROPERTY.match(line):
                cur.value += line.strip()
                continue
            if not line.strip():
                continue
            if line[:1] in (b" ", b"\t"):
                if cur is None:
                    notes.append((no, VcardNote(n.INDENT_FIRST)))
                else:
                    cur.value += line[1:]
                continue
            if line.startswith(b"#"):
                continue  # comment lines some phones write; not data
            if _PROPERTY.match(line):
                header, value = _split_header(line.lstrip(b" \t"))
                qp, b64 = _header_flags(header)
                cur = _Logical(no, header, bytearray(value), qp, b64)
                out.append(cur)
                continue
            if cur is not None and cur.value.endswith(b"\\") and not cur.b64:
                cur.value += b"n" + line  # a value continued after an escaped newline
                continue
            shown = line.decode("utf-8", "replace").strip()[:40]
            notes.append((no, VcardNote(n.NOT_A_PROPERTY, line=shown)))
    return out


def _card_charset(lines: list[_Logical]) -> str | None:
    for lg in lines:
        m = re.search(rb";\s*CHARSET=([A-Za-z0-9_.:-]+)", lg.header, re.I)
        if m:
            codec = _codec_for(m.group(1).decode("ascii"))
            if codec and codec != "utf-8":
                return codec
    return None


def _codec_for(name: str) -> str | None:
    name = name.strip('"').upper()
    codec = _CHARSETS.get(name, name)
    try:
        return codecs.lookup(codec).name
    except LookupError:
        return None


def _is_kanji_or_kana(ch: str) -> bool:
    return ("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff"
            or "\uff66" <= ch <= "\uff9f" or "\u3000" <= ch <= "\u303f")


def _western(text: str) -> str:
    try:
        return text.encode("latin-1").decode("cp1252")
    except UnicodeError:
        return text


def guess_legacy(raw: bytes) -> tuple[str, str]:
    """Text for bytes that are not UTF-8 and declare no charset, and the guess.

    Shift_JIS when the bytes read as Japanese characters and as fewer Western
    accented letters in Windows-1252 ("Käse" is also two valid Shift_JIS
    bytes, but "ä" is the likelier reading); Windows-1252 otherwise.
    """
    latin = raw.decode("latin-1")
    western = _western(latin)
    accented = sum(1 for ch in western if "\u00c0" <= ch <= "\u00ff" and ch not in "\u00d7\u00f7")
    try:
        japanese = raw.decode("cp932")
    except UnicodeDecodeError:
        japanese = ""
    if japanese and not any("\ue000" <= ch <= "\uf8ff" for ch in japanese):
        kana = sum(1 for ch in japanese if _is_kanji_or_kana(ch))
        if kana and kana > accented:
            return japanese, "Shift_JIS"
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return latin, "ISO-8859-1"


def _decode(raw: bytes, declared: str | None, fallback: str | None, utf8_only: bool,
            no: int, notes: list[Note]) -> str:
    if utf8_only:
        return raw.decode("utf-8", "replace")
    if declared:
        codec = _codec_for(declared)
        if codec:
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                notes.append((no, VcardNote(n.BAD_BYTES, charset=declared)))
                return raw.decode(codec, "replace")
        else:
            notes.append((no, VcardNote(n.UNKNOWN_CHARSET, charset=declared)))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if fallback:
        try:
            text = raw.decode(fallback)
            notes.append((no, VcardNote(n.GUESSED_CHARSET, charset=fallback)))
            return text
        except UnicodeDecodeError:
            pass
    text, guess = guess_legacy(raw)
    notes.append((no, VcardNote(n.GUESSED_CHARSET, charset=guess)))
    return text


def _fix_base64(value: bytes) -> str | None:
    data = re.sub(rb"\s+", b"", bytes(value))
    if data.lower().startswith(b"data:"):
        return data.decode("ascii", "replace")
    data = data.rstrip(b"=")
    data += b"=" * (-len(data) % 4)
    try:
        base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data.decode("ascii")


_DROP_PARAMS = {"CHARSET", "ENCODING"}
_DROP_SINGLETONS = {"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"}


def repair_card(card: RawCard) -> CleanCard:
    """One card as clean vCard 3.0 (or 4.0) text, or CardUnreadable."""
    notes: list[Note] = list(card.notes)
    logical = _logical_lines(card, notes)
    fallback = _card_charset(logical)
    version = ""
    out = ["BEGIN:VCARD", "VERSION:3.0"]
    line_map = [card.line, card.line]
    name_fn = name_n = ""
    verbatim: list[str] = []
    for lg in logical:
        header_text = _decode(lg.header, None, fallback, card.utf8_only, lg.line, notes)
        parts = _split_params(header_text)
        prop = parts[0].strip()
        bare = prop.split(".")[-1].upper()
        if bare == "VERSION":
            version = bytes(lg.value).decode("ascii", "replace").strip()
            continue
        if bare in ("PROFILE", "BEGIN", "END"):
            continue  # RFC 2425 profile lines, stray component boundaries
        charset = None
        params = []
        for p in parts[1:]:
            key, eq, val = p.partition("=")
            key_up = key.strip().upper()
            if eq and key_up == "CHARSET":
                charset = val
            if (eq and key_up in _DROP_PARAMS) or (not eq and key_up in _DROP_SINGLETONS):
                continue
            if p.strip():
                params.append(p.strip())
        raw = bytes(lg.value)
        if lg.b64:
            fixed = _fix_base64(raw)
            if fixed is None:
                notes.append((lg.line, VcardNote(n.BAD_BASE64, property=bare)))
                continue
            if not fixed.startswith("data:"):
                params.append("ENCODING=b")
            value = fixed
        else:
            if lg.qp:
                try:
                    raw = binascii.a2b_qp(raw)
                except (binascii.Error, ValueError):
                    notes.append((lg.line, VcardNote(n.BAD_QUOTED_PRINTABLE, property=bare)))
            value = _decode(raw, charset, fallback, card.utf8_only, lg.line, notes)
            if lg.qp:
                value = _NEWLINES.sub(r"\\n", value)
            else:
                value = value.replace("\r", "").replace("\n", "\\n")
            if bare == "ADR" and _CARET.search(value):
                value = _unmangle_adr(header_text, value)
        if bare == "FN" and not name_fn:
            name_fn = _plain(value)
        elif bare == "N" and not name_n:
            name_n = " ".join(p for p in (_plain(x) for x in _fields(value)[1::-1]) if p)
        line = prop + "".join(";" + p for p in params) + ":" + value
        if not _VOBJECT_NAME.match(prop):
            verbatim.append(line)
            continue
        out.append(line)
        line_map.append(lg.line)
    if len(out) == 2 and not verbatim:
        raise CardUnreadable(n.NO_PROPERTIES, card.line)
    if version.startswith("4"):
        out[1] = "VERSION:4.0"
    out.append("END:VCARD")
    line_map.append(line_map[-1])
    return CleanCard(card.file, card.number, card.line, "\r\n".join(out) + "\r\n", line_map,
                     version, name_fn or name_n, verbatim, notes)


def _fields(value: str) -> list[str]:
    return re.split(r"(?<!\\);", value)


def _plain(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value).strip()


def _unmangle_adr(header: str, value: str) -> str:
    """An ADR whose LABEL parameter swallowed colons (seen from a CRM export).

    The value then starts inside the label; the real value is the shortest
    tail after a colon that still holds the seven address fields.
    """
    pieces = value.split(":")
    for i in range(len(pieces) - 1, 0, -1):
        rest = ":".join(pieces[i:])
        if len(_fields(rest)) >= 7 and not _CARET.search(rest):
            return rest
    return value
