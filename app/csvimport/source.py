"""A CSV file's bytes as a table: encoding and delimiter guessed (or given),
rows with the line each starts on.

Encodings as they come from Excel, Outlook and Google: UTF-8 with or without
a byte-order mark, UTF-16 with one (Excel's "Unicode text", tab-separated),
and Windows-1252 (German Excel and Outlook) when the bytes are not UTF-8.
The delimiter is the one of ``,`` ``;`` and tab that splits the first rows
into the most columns, the same number in each. Quoted fields may hold line
breaks; the last line may lack one.
"""
from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from app.core.i18n import N_
from app.csvimport import notes as n
from app.csvimport.notes import CsvProblem
from app.storage.connection import is_database_file
from app.vcard.notes import IS_THE_DATABASE, VcardNote

#: Larger files are refused: a contact list this size is a mistake, not a list.
LIMIT_MB = 200
#: What a preview reads of a file.
PREVIEW_BYTES = 512 * 1024
#: A cell may hold a long note, not a novel.
CELL_LIMIT = 1024 * 1024
DELIMITERS = (",", ";", "\t")
#: What the guesses are called (Python's codec name -> what the user reads).
ENCODING_NAMES = {"utf-8-sig": N_("UTF-8 with BOM"), "utf-8": "UTF-8", "utf-16": "UTF-16",
                  "cp1252": "Windows-1252"}
DELIMITER_NAMES = {",": N_("comma"), ";": N_("semicolon"), "\t": N_("tab")}
_SAMPLE_ROWS = 20

csv.field_size_limit(CELL_LIMIT)


@dataclass
class Table:
    file: str
    encoding: str  # a Python codec name, e.g. "cp1252"
    delimiter: str
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line the row starts on, cells)
    #: (line, VcardNote) about the file or rows that could not be split
    notes: list[tuple[int, VcardNote]] = field(default_factory=list)


def guess_encoding(data: bytes) -> str:
    """The codec the bytes most likely are in (see ENCODING_NAMES)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:4096]
    if len(head) >= 4 and head.count(0) > len(head) // 4:  # UTF-16 without its BOM
        return "utf-16-le" if head[1] == 0 else "utf-16-be"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(data) - 3:  # not only a character cut off at the end
            return "cp1252"
    return "utf-8"


def check_encoding(encoding: str) -> str:
    """The codec's name, or CsvProblem when Python knows no such encoding."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise CsvProblem(n.UNKNOWN_ENCODING, encoding=encoding) from None


def check_delimiter(delimiter: str) -> str:
    named = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";"}
    delimiter = named.get(delimiter.lower(), delimiter)
    if len(delimiter) != 1 or delimiter in "\"\r\n":
        raise CsvProblem(n.BAD_DELIMITER, delimiter=delimiter)
    return delimiter


def decode(data: bytes, encoding: str, file: str = "") -> tuple[str, list]:
    """The text, and a note when bytes did not fit the encoding."""
    notes = []
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        notes.append((0, VcardNote(n.NOT_IN_ENCODING, file=file,
                                   encoding=ENCODING_NAMES.get(encoding, encoding))))
    return text.lstrip("\ufeff"), notes


def guess_delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the most, equal, columns."""
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        rows = []
        try:
            for row in csv.reader(io.StringIO(text), delimiter=delimiter):
                rows.append(len(row))
                if len(rows) >= _SAMPLE_ROWS:
                    break
        except csv.Error:
            pass  # judged by the rows before it
        if not rows or rows[0] < 2:
            continue
        same = sum(1 for r in rows if r == rows[0]) / len(rows)
        score = (same, rows[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def parse(text: str, delimiter: str, file: str = "",
          limit: int | None = None) -> tuple[list[str], list[tuple[int, list[str]]], list]:
    """(header, rows, notes); each row with the line it starts on. Blank rows
    are left out; a row the csv module cannot split is noted and skipped."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    notes: list = []
    last = 0
    while limit is None or len(rows) < limit:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:
            notes.append((last + 1, VcardNote(n.BAD_ROW, limit=CELL_LIMIT // (1024 * 1024))))
            if reader.line_num == last:  # no progress: give up on the rest
                break
            last = reader.line_num
            continue
        start, last = last + 1, reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip().lstrip("\ufeff") for cell in row]
            continue
        rows.append((start, row))
    if header is None:
        raise CsvProblem(n.NO_HEADER, file=file)
    if limit is None and text.count('"') % 2:
        # An opening quote never closed: the csv module reads on to the end of
        # the file as one cell. Say where the suspect cell starts.
        spanning = [line for line, cells in rows if any("\n" in c for c in cells)]
        notes.append((spanning[-1] if spanning else 1, VcardNote(n.UNCLOSED_QUOTE)))
    return header, rows, notes


def read_table(path: Path | str, encoding: str | None = None, delimiter: str | None = None,
               limit: int | None = None) -> Table:
    """The file as a table; ``limit`` rows at most (for a preview).

    Raises CsvProblem (no header, too large, a bad option) or OSError.
    """
    path = Path(path)
    if is_database_file(path):  # only SQLite may open it (closing drops its locks)
        raise CsvProblem(IS_THE_DATABASE)
    size = path.stat().st_size
    if size > LIMIT_MB * 1024 * 1024:
        raise CsvProblem(n.TOO_LARGE, file=str(path), size=size // (1024 * 1024),
                         limit=LIMIT_MB)
    if limit is None:
        data = path.read_bytes()
    else:  # a preview: the start of the file is enough, up to its last whole line
        with path.open("rb") as fh:
            data = fh.read(PREVIEW_BYTES + 1)
        if len(data) > PREVIEW_BYTES:
            data = data[:PREVIEW_BYTES]
            end = data.rfind(b"\n") + 1
            end += data.startswith(codecs.BOM_UTF16_LE)  # "\n" is b"\n\x00" there
            data = data[:end] if end > 1 else data
    return table_from_bytes(data, str(path), encoding, delimiter, limit)


def table_from_bytes(data: bytes, file: str, encoding: str | None = None,
                     delimiter: str | None = None, limit: int | None = None) -> Table:
    encoding = check_encoding(encoding) if encoding else guess_encoding(data)
    if encoding == "utf-8" and data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    text, notes = decode(data, encoding, file)
    delimiter = check_delimiter(delimiter) if delimiter else guess_delimiter(text)
    header, rows, more = parse(text, delimiter, file, limit)
    return Table(file, encoding, delimiter, header, rows, notes + more)


def looks_like_csv(path: Path | str) -> bool:
    """A file to read as CSV rather than vCard: by its extension, or by its
    first bytes (no BEGIN:VCARD, and a header row of several columns)."""
    path = Path(path)
    if not path.is_file() or path.suffix.lower() in (".vcf", ".vcard"):
        return False
    if path.suffix.lower() in (".csv", ".tsv"):
        return True
    if is_database_file(path):
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(64 * 1024)
    except OSError:
        return False
    text, _ = decode(head, guess_encoding(head))
    if "BEGIN:VCARD" in text.upper() or "\x00" in text:
        return False
    first = text.split("\n", 1)[0]
    return any(first.count(d) >= 1 for d in DELIMITERS) and "\n" in text
