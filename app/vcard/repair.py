"""Repairing what real programs write, before vobject sees it.

Two steps. :func:`app.vcard.split.split_cards` works on a whole file (see
there). :func:`repair_card` works on one card:
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
from app.vcard.split import CARD_LIMIT, Note, RawCard


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
    #: Each line of ``text`` after VERSION as (property, parameters, value), the
    #: pieces it was joined from (app.vcard.lines reads them without parsing).
    fields: list[tuple[str, list[str], str]] = field(default_factory=list)

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
    """Split a content line at the first colon outside double quotes.

    A quote that is never closed does not count: the line is split at its
    first colon (reading a whole value as a parameter loses the value).
    """
    pos = 0
    while True:
        colon = raw.find(b":", pos)
        if colon < 0:
            return raw, b""
        quote = raw.find(b'"', pos, colon)
        if quote < 0:
            return raw[:colon], raw[colon + 1:]
        close = raw.find(b'"', quote + 1)
        if close < 0:
            colon = raw.find(b":")
            return raw[:colon], raw[colon + 1:]
        pos = close + 1


def _split_params(header: str) -> list[str]:
    if '"' not in header:  # nothing quoted: every ";" splits
        return header.split(";")
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


#: A parameter as vobject's line grammar reads it in one pass. Parameters
#: that are not like this (an unclosed quote above all) send vobject's
#: pattern into backtracking that doubles with every further parameter.
_PARAM_OK = re.compile(r'[A-Za-z0-9_-]+(?:=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)?')
_PARAM_NAME = re.compile(r"[A-Za-z0-9_-]+")
_PARAM_VALUE = re.compile(r'(?:"[^"]*"|[^,"])*')
#: More than this many parameters on one line are junk, not data.
MAX_PARAMS = 64
#: A text value larger than this is not something a person typed; photos and
#: other base64 data are bounded by the card's size (app.vcard.split.CARD_LIMIT).
VALUE_LIMIT = 1024 * 1024
#: C0 control characters (NUL, ESC, ...) mean nothing in a vCard; a tab stays.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _clean_param(param: str) -> str | None:
    """A parameter vobject reads in one pass, or None when it has no usable name."""
    key, eq, val = param.partition("=")
    key = key.strip()
    if not _PARAM_NAME.fullmatch(key):
        return None
    if not eq:
        return key
    if val.count('"') % 2:
        val = val.replace('"', "")
    values, pos = [], 0
    while True:  # comma-separated values; the quotes are balanced now
        m = _PARAM_VALUE.match(val, pos)
        v = m.group().strip().replace('"', "")
        values.append(f'"{v}"' if any(ch in v for ch in ",;:") else v)
        pos = m.end() + 1
        if pos > len(val):
            return key + "=" + ",".join(values)


def _params(parts: list[str], bare: str, no: int, notes: list[Note]) -> list[str]:
    """The parameters of a line, each one vobject reads in one pass."""
    if len(parts) > MAX_PARAMS:
        notes.append((no, VcardNote(n.TOO_MANY_PARAMETERS, property=bare, count=len(parts),
                                    limit=MAX_PARAMS)))
        parts = parts[:MAX_PARAMS]
    out, repaired = [], False
    for p in parts:
        p = p.strip()
        if not p:
            continue
        if not _PARAM_OK.fullmatch(p):
            repaired = True
            p = _clean_param(p)
            if p is None:
                continue
        out.append(p)
    if repaired:
        notes.append((no, VcardNote(n.BAD_PARAMETERS, property=bare)))
    return out


_B64_HEADER = re.compile(rb"ENCODING=(B|BASE64)\b|;BASE64\b")
_CHARSET_PARAM = re.compile(rb";\s*CHARSET=([A-Za-z0-9_.:-]+)", re.I)
#: What \s matches in bytes, for bytes.translate.
_BYTES_SPACE = b" \t\n\r\x0b\x0c"


def _header_flags(header: bytes) -> tuple[bool, bool]:
    up = header.upper()
    qp = b"QUOTED-PRINTABLE" in up
    # Both alternatives of the pattern hold "BASE64" or "ENCODING=": most headers neither.
    b64 = (b"BASE64" in up or b"ENCODING=" in up) and _B64_HEADER.search(up) is not None
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
            if cur is not None and cur.b64 and line[:1] == b" " and not cur.qp:
                cur.value += line  # a folded line; _fix_base64 drops the spaces
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
        m = _CHARSET_PARAM.search(lg.header)
        if m:
            codec = _codec_for(m.group(1).decode("ascii"))
            if codec and codec != "utf-8":
                return codec
    return None


#: Text codecs that are not character sets (they raise on most bytes, or
#: read Python escapes).
_NOT_CHARSETS = {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape"}


def _codec_for(name: str) -> str | None:
    """The codec for a CHARSET name; None for unknown names and for codecs
    that are not text encodings (base64, hex, zlib, rot13, ...)."""
    name = name.strip().strip('"').upper()
    if not name or "\0" in name:
        return None
    codec = _CHARSETS.get(name, name)
    try:
        info = codecs.lookup(codec)
    except (LookupError, ValueError, TypeError):
        return None
    if not info._is_text_encoding or info.name in _NOT_CHARSETS:
        return None
    return info.name


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
            except UnicodeError:
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
    data = bytes(value).translate(None, _BYTES_SPACE)
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
    if card.too_large:
        raise CardUnreadable(n.CARD_TOO_LARGE, card.line, size=_mb(card.too_large),
                             limit=_mb(CARD_LIMIT))
    notes: list[Note] = list(card.notes)
    logical = _logical_lines(card, notes)
    fallback = _card_charset(logical)
    version = ""
    out = ["BEGIN:VCARD", "VERSION:3.0"]
    line_map = [card.line, card.line]
    name_fn = name_n = ""
    verbatim: list[str] = []
    fields: list[tuple[str, list[str], str]] = []
    for lg in logical:
        header_text = _decode(lg.header, None, fallback, card.utf8_only, lg.line, notes)
        parts = _split_params(header_text)
        prop = parts[0].strip()
        bare = prop.split(".")[-1].upper()
        if _CONTROL.search(header_text):
            header_text = _CONTROL.sub("", header_text)
            notes.append((lg.line, VcardNote(n.CONTROL_CHARACTERS, property=bare)))
            parts = _split_params(header_text)
            prop = parts[0].strip()
        if bare == "VERSION":
            version = bytes(lg.value).decode("ascii", "replace").strip()
            continue
        if bare in ("PROFILE", "BEGIN", "END"):
            continue  # RFC 2425 profile lines, stray component boundaries
        charset = None
        params = []
        for p in _params(parts[1:], bare, lg.line, notes):
            key, eq, val = p.partition("=")
            key_up = key.strip().upper()
            if eq and key_up == "CHARSET":
                charset = val
            if (eq and key_up in _DROP_PARAMS) or (not eq and key_up in _DROP_SINGLETONS):
                continue
            params.append(p)
        raw = bytes(lg.value)
        if len(raw) > VALUE_LIMIT and not lg.b64 and not raw[:5].lower() == b"data:":
            if bare != "NOTE":
                notes.append((lg.line, VcardNote(n.VALUE_TOO_LARGE, property=bare,
                                                 limit=_mb(VALUE_LIMIT))))
                continue
            notes.append((lg.line, VcardNote(n.NOTE_CUT, limit=_mb(VALUE_LIMIT))))
            raw = _cut(raw, VALUE_LIMIT)
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
        if _CONTROL.search(value):
            value = _CONTROL.sub("", value)
            notes.append((lg.line, VcardNote(n.CONTROL_CHARACTERS, property=bare)))
        line = prop + "".join(";" + p for p in params) + ":" + value
        if not _VOBJECT_NAME.match(prop):
            verbatim.append(line)
            continue
        out.append(line)
        fields.append((prop, params, value))
        line_map.append(lg.line)
    if len(out) == 2 and not verbatim:
        raise CardUnreadable(n.NO_PROPERTIES, card.line)
    if version.startswith("4"):
        out[1] = "VERSION:4.0"
    out.append("END:VCARD")
    line_map.append(line_map[-1])
    return CleanCard(card.file, card.number, card.line, "\r\n".join(out) + "\r\n", line_map,
                     version, name_fn or name_n, verbatim, notes, fields)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}" if size >= 1024 * 1024 else f"{size / (1024 * 1024):.2f}"


def _cut(raw: bytes, limit: int) -> bytes:
    """The first ``limit`` bytes, not ending inside a UTF-8 character."""
    end = limit
    while end > limit - 4 and 0x80 <= raw[end] < 0xC0:
        end -= 1
    return raw[:end]


_FIELD_END = re.compile(r"(?<!\\);")
_ESCAPED = re.compile(r"\\(.)")  # not re.S: a backslash before a line end stays


def _fields(value: str) -> list[str]:
    return _FIELD_END.split(value)


def _plain(value: str) -> str:
    if "\\" not in value:
        return value.strip()
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value).strip()


def _unmangle_adr(header: str, value: str) -> str:
    """An ADR whose LABEL parameter swallowed colons (seen from a CRM export).

    The value then starts inside the label; the real value is the shortest
    tail after a colon that still holds the seven address fields.
    """
    pieces = value.split(":")
    if len(pieces) > 32:  # not a label's colons; each try below costs the whole value
        return value
    for i in range(len(pieces) - 1, 0, -1):
        rest = ":".join(pieces[i:])
        if len(_fields(rest)) >= 7 and not _CARET.search(rest):
            return rest
    return value
