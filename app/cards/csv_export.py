"""CSV for a word processor's mail merge: one row per envelope.

UTF-8 with a byte-order mark, so that Excel reads umlauts; the delimiter is
the user's choice (";" is what German Excel expects). Columns: the addressee
(its lines joined by ", "), each printed address line (Line 1 ... Line N,
the whole block as on the envelope), postal code, town and country apart for
sorting, the salutation, the member names, language and status. A cell that
a spreadsheet would run as a formula gets a leading apostrophe. Envelopes
without a postal address are left out: a mail merge would print them blank.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from app.cards.envelopes import Envelope
from app.cards.runs import STATUS_WORDS
from app.contacts.postal import country_name
from app.core.csv_safety import neutralise
from app.core.i18n import N_, current_language, translate_to
from app.core.problems import Problem, problem_code
from app.storage.connection import refuse_database_as_output

DELIMITERS = {";": "semicolon", ",": "comma", "\t": "tab"}


class CsvProblem(Problem, ValueError):
    """A CSV that cannot be written as asked."""


BAD_DELIMITER = problem_code("cards.csv.bad_delimiter", N_(
    "The delimiter must be one of: {delimiters}"))


_COLUMNS = (N_("Postal code"), N_("Town"), N_("Country"), N_("Salutation"), N_("Members"),
            N_("Language"), N_("Status"))


def header(max_lines: int, language: str | None = None) -> list[str]:
    """Column names in ``language`` (default: the interface's): Postleitzahl, Ort, ..."""
    language = language or current_language()
    return ([translate_to(language, N_("Addressee"))]
            + [translate_to(language, N_("Line {number}")).format(number=k)
               for k in range(1, max_lines + 1)]
            + [translate_to(language, c) for c in _COLUMNS])


def rows(envelopes: Sequence[Envelope], sender_language: str = "de",
         language: str | None = None) -> list[list[str]]:
    envelopes = [e for e in envelopes if e.address is not None]
    max_lines = max((len(e.lines) for e in envelopes), default=0)
    out = [header(max_lines, language)]
    for e in envelopes:
        a = e.address
        country = ""
        if a is not None and a.country:
            country = country_name(a.country, sender_language)
        lines = list(e.lines) + [""] * (max_lines - len(e.lines))
        out.append([", ".join(e.addressee)] + lines + [
            a.postal_code if a else "", a.city if a else "", country, e.salutation,
            "; ".join(m.display_name() for m in e.members), e.language,
            translate_to(language or current_language(), STATUS_WORDS.get(e.status, e.status))])
    return [[neutralise(cell) for cell in row] for row in out]


def write_csv(envelopes: Sequence[Envelope], path: Path | str, *, delimiter: str = ";",
              sender_language: str = "de", language: str | None = None) -> Path:
    """The CSV at ``path``; column names and statuses in ``language`` (default:
    the interface's), country names in the sender's."""
    if delimiter not in DELIMITERS:
        raise CsvProblem(BAD_DELIMITER, delimiters=", ".join(
            f"{name} ({d!r})" for d, name in DELIMITERS.items()))
    path = Path(path)
    refuse_database_as_output(path)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL,
                        lineterminator="\r\n")
    writer.writerows(rows(envelopes, sender_language, language))
    # Written in one go, so a failed export never leaves half a file behind.
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    tmp.replace(path)
    return path
