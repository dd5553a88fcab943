"""`hearth import` and `hearth export`: vCard files in and out."""
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
from app.vcard.importer import import_paths
from app.vcard.reader import vcf_files
from app.vcard.writer import VERSIONS, export_ids

NO_SUCH_PATH = problem_code("cli.import.no_such_path", N_("no such file or folder: {paths}"))
NO_VCF_FILES = problem_code("cli.import.no_vcf_files", N_("no .vcf files in {paths}"))
OUT_IS_FILE = problem_code("cli.export.out_is_file", N_(
    "{path} is a file; --per-contact needs a folder"))
OUT_IS_FOLDER = problem_code("cli.export.out_is_folder", N_(
    "{path} is a folder; give a .vcf file name (or --per-contact)"))


def register(subparsers, db_option) -> None:
    p = subparsers.add_parser(
        "import", help=_("import vCard or CSV files (.vcf, .csv)"),
        description=_("Import the contacts of vCard files or folders of them. Cards already in "
        "the address book (same UID, e-mail, phone, or name and organisation) are updated "
        "or merged, never duplicated. Prints per file what was found, created, updated and "
        "skipped, and why a card was skipped."))
    db_option(p)
    p.add_argument("paths", nargs="+", metavar="PATH", type=Path,
                   help=_(".vcf or .csv file, or a folder of .vcf files"))
    p.add_argument("--json", action="store_true", help=_("print the report as JSON"))
    p.set_defaults(func=run_import)

    p = subparsers.add_parser(
        "export", help=_("export contacts as vCards or CSV"),
        description=_("Write contacts (all, or those matching --search and/or --tag) as "
        "vCards: one .vcf file, or one file per contact in a folder."))
    db_option(p)
    p.add_argument("--out", required=True, type=Path, metavar="PATH",
                   help=_("the .vcf file to write (a folder with --per-contact)"))
    p.add_argument("--version", choices=VERSIONS, default="3.0",
                   help=_("vCard version (default 3.0, read by nearly everything)"))
    p.add_argument("--search", metavar="Q", default="", help=_("only contacts matching Q"))
    p.add_argument("--tag", metavar="T", default="", help=_("only contacts tagged T"))
    p.add_argument("--per-contact", action="store_true",
                   help=_("one .vcf file per contact, in the folder PATH"))
    p.add_argument("--no-photos", action="store_true", help=_("leave photos out"))
    p.set_defaults(func=run_export)


def run_import(args) -> int:
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise UsageError(NO_SUCH_PATH, paths=", ".join(missing))
    if not vcf_files(args.paths):
        raise UsageError(NO_VCF_FILES, paths=", ".join(str(p) for p in args.paths))
    report = import_paths(args.paths)
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for f in report.files:
            print(ngettext("{file}: {n} card, {created} created, {updated} updated, "
                           "{skipped} skipped",
                           "{file}: {n} cards, {created} created, {updated} updated, "
                           "{skipped} skipped", f.cards).format(
                file=f.file, n=f.cards, created=f.created, updated=f.updated,
                skipped=f.skipped))
            for p in f.problems:
                where = (_("card {card}, line {line}") if p["card"] else _("line {line}")
                         ).format(card=p["card"], line=p["line"])
                name = f" ({p['name']})" if p["name"] else ""
                print(f"  {where}{name}: {describe(p['reason'])}")
    if report.readable == 0:
        print("hearth import: " + _("nothing could be imported"), file=sys.stderr)
        return 1
    return 0


def run_export(args) -> int:
    ids = listing.find_ids(args.search)
    if args.tag:
        wanted = contacts.tagged_ids(args.tag)
        ids = [i for i in ids if i in wanted]
    if args.per_contact and args.out.exists() and not args.out.is_dir():
        raise UsageError(OUT_IS_FILE, path=args.out)
    if not args.per_contact and args.out.is_dir():
        raise UsageError(OUT_IS_FOLDER, path=args.out)
    if not ids:
        print("hearth export: " + _("no contacts match; nothing written"), file=sys.stderr)
        return 1
    try:
        n = export_ids(ids, args.out, args.version, not args.no_photos, args.per_contact)
    except OSError as exc:
        print("hearth export: " + _("cannot write {path}: {reason}").format(
            path=args.out, reason=exc.strerror or exc), file=sys.stderr)
        return 1
    print(ngettext("{n} contact written to {path} (vCard {version})",
                   "{n} contacts written to {path} (vCard {version})", n).format(
                       n=n, path=args.out, version=args.version), file=sys.stderr)
    return 0
