"""What reading a CSV file has to say, as data (codes and parameters); the
file and line travel beside them in the import report, as for vCards."""
from __future__ import annotations

from app.core.i18n import N_
from app.core.problems import Problem, problem_code


class CsvProblem(Problem, ValueError):
    """A CSV file, or an option for reading one, that cannot be used."""


# --- the file ---------------------------------------------------------------------------
UNKNOWN_ENCODING = problem_code("csv.unknown_encoding", N_(
    "“{encoding}” is not a known text encoding (try utf-8, utf-16 or cp1252)"))
BAD_DELIMITER = problem_code("csv.bad_delimiter", N_(
    "the delimiter must be one character, such as , ; or tab (“{delimiter}” was given)"))
NOT_IN_ENCODING = problem_code("csv.not_in_encoding", N_(
    "{file} is not {encoding} text; characters that did not fit were replaced by \ufffd"))
TOO_LARGE = problem_code("csv.too_large", N_(
    "{file} is {size} MB, more than the {limit} MB a CSV file may have"))
NO_HEADER = problem_code("csv.no_header", N_("{file} has no header line"))
BAD_MAPPING_FILE = problem_code("csv.bad_mapping_file", N_(
    "{file} is not a mapping: it must be a JSON object of column header -> field ({detail})"))
UNKNOWN_TARGET = problem_code("csv.unknown_target", N_(
    "“{target}” (for the column “{header}”) is not a field; known fields: {known}"))

# --- rows (raised as app.vcard.notes.VcardNote: the vCard import's report carries them) -
BAD_ROW = problem_code("csv.bad_row", N_(
    "the row cannot be read as CSV: it is damaged, or a cell is larger than {limit} MB; "
    "skipped"))
ROW_FAILED = problem_code("csv.row_failed", N_("the row could not be read: {detail}"))
NOTHING_IN_ROW = problem_code("csv.nothing_in_row", N_(
    "nothing Hearth can keep: no name, organisation, phone, e-mail, address or note"))
BAD_DATE = problem_code("csv.bad_date", N_(
    "“{text}” in the column “{column}” is not a date Hearth can read; left out"))
AMBIGUOUS_DATE = problem_code("csv.ambiguous_date", N_(
    "“{text}” in the column “{column}” could be day/month or month/day; left out"))
UNKNOWN_COUNTRY = problem_code("csv.unknown_country", N_(
    "country “{country}” is not known; the address was kept without it"))
UNCLOSED_QUOTE = problem_code("csv.unclosed_quote", N_(
    "a quote opened in this row is never closed, so the rest of the file may have been "
    "read as one cell; check the row in a spreadsheet"))
EXTRA_CELLS = problem_code("csv.extra_cells", N_(
    "the row has {count} cells but the header only {columns}; the extra cells were ignored"))
