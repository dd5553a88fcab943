"""CSV for `hearth import` and `hearth export` (the commands are app.cli.vcards').

`hearth import FILE.csv` recognises CSV by extension or content and reads it
with the guessed (or given) encoding, delimiter and column mapping; vCards
named beside it go into the same, single import. `hearth export --format
csv` writes the contacts for Excel. This module adds its options to the
two commands and takes over when a CSV is involved.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from app.cli.main import UsageError
from app.contacts import listing
from app.contacts import store as contacts
from app.core.i18n import N_, ngettext
from app.core.i18n import gettext as _
from app.core.problems import describe, problem_code
from app.csvimport import export, importing
from app.csvimport.notes import CsvProblem
from app.csvimport.source import DELIMITER_NAMES, ENCODING_NAMES, looks_like_csv
from app.storage import settings
from app.vcard import importer
from app.vcard.reader import read_files, vcf_files

NO_SUCH_PATH = problem_code("cli.import.no_such_path", N_("no such file or folder: {paths}"))


def register(subparsers, db_option) -> None:
    p = subparsers.choices["import"]
    p.description += " " + _("CSV files (Outlook, Google, Excel) are recognised by their "
                             "extension or content; --encoding, --delimiter and --mapping say "
                             "how to read them.")
    p.add_argument("--encoding", metavar="NAME", help=_(
        "CSV: the text encoding (default: guessed; e.g. utf-8, utf-16, cp1252)"))
    p.add_argument("--delimiter", metavar="D",
                   help=_("CSV: the delimiter (default: guessed among , ; and tab)"))
    p.add_argument("--mapping", metavar="FILE.json", type=Path,
                   help=_('CSV: {"column header": "field", ...}; other columns as guessed'))
    p.add_argument("--dry-run", action="store_true",
                   help=_("show what would be created, updated or merged; store nothing"))
    vcard_import = p.get_default("func")
    p.set_defaults(func=lambda args: run_import(args, vcard_import))

    p = subparsers.choices["export"]
    p.add_argument("--format", choices=("vcard", "csv"), default="vcard",
                   help=_("vcard (default) or csv (for Excel: UTF-8 with BOM)"))
    p.add_argument("--delimiter", metavar="D",
                   help=_("CSV: the delimiter (default: ';' in a German locale, else ',')"))
    vcard_export = p.get_default("func")
    p.set_defaults(func=lambda args: run_export(args, vcard_export))


def run_import(args, vcard_import) -> int:
    csv_paths = [p for p in args.paths if looks_like_csv(p)]
    if not csv_paths and not args.dry_run:
        return vcard_import(args)
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise UsageError(NO_SUCH_PATH, paths=", ".join(missing))
    others = [p for p in args.paths if p not in csv_paths]
    try:
        files = [importing.read_csv(p, encoding=args.encoding, delimiter=args.delimiter,
                                    mapping_file=args.mapping) for p in csv_paths]
    except CsvProblem as exc:
        raise UsageError.of(exc) from None
    for f in files:
        print(_("{file}: read as {encoding}, separated by {delimiter}").format(
            file=f.table.file, encoding=_(ENCODING_NAMES.get(f.table.encoding, f.table.encoding)),
            delimiter=_(DELIMITER_NAMES[f.table.delimiter]) if f.table.delimiter in
            DELIMITER_NAMES else repr(f.table.delimiter)), file=sys.stderr)
    results = [f.result for f in files]
    if others:
        results += read_files(vcf_files(others), region=settings.get("phone_region"))
    the_plan = importer.plan(results)
    if args.dry_run:
        if args.json:
            json.dump(importing.plan_to_json(the_plan), sys.stdout, ensure_ascii=False,
                      indent=1)
            sys.stdout.write("\n")
        else:
            for r in the_plan.rows:
                match = f" -> {r.match_name}" if r.match_name else ""
                reason = f": {describe(r.card.reason)}" if r.card.reason else ""
                print(_("{file}, line {line}: {name}: {status}, {action}{match}{reason}").format(
                    file=r.card.file, line=r.card.line, name=r.card.name or "-",
                    status=r.status, action=r.action, match=match, reason=reason))
        return 0
    report = importing.apply(the_plan, files)
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for f in report.files:
            print(ngettext("{file}: {n} row, {created} created, {updated} updated, "
                           "{skipped} skipped",
                           "{file}: {n} rows, {created} created, {updated} updated, "
                           "{skipped} skipped", f.cards).format(
                file=f.file, n=f.cards, created=f.created, updated=f.updated,
                skipped=f.skipped))
            for p in f.problems:
                name = f" ({p['name']})" if p["name"] else ""
                print("  " + _("line {line}").format(line=p["line"]) +
                      f"{name}: {describe(p['reason'])}")
    if report.readable == 0:
        print("hearth import: " + _("nothing could be imported"), file=sys.stderr)
        return 1
    return 0


def run_export(args, vcard_export) -> int:
    if args.format != "csv":
        return vcard_export(args)
    ids = listing.find_ids(args.search)
    if args.tag:
        wanted = contacts.tagged_ids(args.tag)
        ids = [i for i in ids if i in wanted]
    if not ids:
        print("hearth export: " + _("no contacts match; nothing written"), file=sys.stderr)
        return 1
    try:
        n = export.export_ids(ids, args.out, args.delimiter)
    except CsvProblem as exc:
        raise UsageError.of(exc) from None
    except OSError as exc:
        print("hearth export: " + _("cannot write {path}: {reason}").format(
            path=args.out, reason=exc.strerror or exc), file=sys.stderr)
        return 1
    print(ngettext("{n} contact written to {path} (CSV)",
                   "{n} contacts written to {path} (CSV)", n).format(n=n, path=args.out),
          file=sys.stderr)
    return 0
