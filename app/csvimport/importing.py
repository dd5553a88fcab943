"""Importing CSV files through the vCard import's path: read, map, plan
(new / update / possible duplicate), apply all-or-nothing, report.

The rows become :class:`app.vcard.reader.ParsedCard` objects; from there
:func:`app.vcard.importer.plan` and :func:`app.vcard.importer.apply` do what
they do for vCards (matching, merge, one journal, Cancel), so importing the
same file twice creates nothing new.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.problems import describe
from app.csvimport import mapping
from app.csvimport.rows import read_rows
from app.csvimport.source import Table, read_table
from app.storage import settings
from app.vcard import importer
from app.vcard.reader import Cancelled, FileResult


@dataclass
class CsvFile:
    """One file as read: its table, the mapping used, the cards."""
    table: Table
    targets: list[str]
    result: FileResult


def read_csv(path: Path | str, *, encoding: str | None = None, delimiter: str | None = None,
             targets: list[str] | None = None, mapping_file: Path | str | None = None,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> CsvFile:
    """Read a CSV file into cards. Without ``targets`` (or ``mapping_file``),
    the mapping remembered for its headers, else the guessed one.

    Raises CsvProblem (bad options, no header, too large) or OSError.
    """
    table = read_table(path, encoding, delimiter)
    if targets is None:
        targets = (mapping.from_json_file(mapping_file, table.header) if mapping_file
                   else mapping.mapping_for(table.header))

    def check() -> None:
        if cancelled and cancelled():
            raise Cancelled()

    region = settings.get("phone_region")
    return CsvFile(table, targets, read_rows(table, targets, region, progress, check))


def plan(files: list[CsvFile]) -> importer.ImportPlan:
    return importer.plan([f.result for f in files])


def apply(the_plan: importer.ImportPlan, files: list[CsvFile] = (), *,
          now: dt.datetime | None = None,
          cancelled: Callable[[], bool] | None = None,
          progress: Callable[[int, int], None] | None = None) -> importer.ImportReport:
    """Store the plan all or nothing, and remember each file's mapping for the
    next file with the same headers (once the import has worked)."""
    report = importer.apply(the_plan, now, cancelled, progress)
    for f in files:
        mapping.remember(f.table.header, f.targets)
    return report


def plan_to_json(the_plan: importer.ImportPlan) -> dict:
    """What --dry-run prints: per row its line, name, status and action."""
    return {"files": [{"file": f.file, "rows": f.count} for f in the_plan.files],
            "rows": [{"file": r.card.file, "row": r.card.number, "line": r.card.line,
                      "name": r.card.name, "status": r.status, "action": r.action,
                      "matches": r.match_name,
                      "reason": describe(r.card.reason) if r.card.reason else "",
                      "contact": r.card.contact.to_json() if r.card.contact else None}
                     for r in the_plan.rows]}
