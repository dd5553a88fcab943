"""`hearth privacy export|erase CONTACT`: a person's data on request (GDPR Art. 15, 17, 20)."""
from __future__ import annotations

import sys
from pathlib import Path

from app.cli.main import UsageError
from app.core.i18n import N_, gettext, ngettext
from app.core.problems import describe, problem_code
from app.privacy import erase as privacy
from app.privacy import export, lookup, summary
from app.storage import backup

CANNOT_WRITE = problem_code("cli.privacy.cannot_write", N_("cannot write {path}: {reason}"))


def register(subparsers, db_option) -> None:
    p = subparsers.add_parser(
        "privacy", help=gettext(N_("export or erase everything stored about one person")),
        description=gettext(N_(
            "A person's data on request: export it (GDPR Art. 15/20) or erase it for good "
            "(Art. 17). CONTACT is an id, a vCard UID, an exact e-mail address or name, or a "
            "search that matches exactly one contact.")))
    db_option(p)
    sub = p.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    e = sub.add_parser("export", help=gettext(N_("write the person's data into a folder")),
                       description=gettext(N_(
                           "Write personal-data.json, contact.vcf, the photo and a readable "
                           "personal-data.pdf into DIR.")))
    db_option(e)
    e.add_argument("contact", metavar="CONTACT")
    e.add_argument("--out", metavar="DIR", type=Path, required=True)
    e.set_defaults(func=run_export)
    x = sub.add_parser("erase", help=gettext(N_("erase the person for good, at once")),
                       description=gettext(N_(
                           "Erase the person for good (not via the trash), so that the "
                           "database file no longer holds them; asks first unless --yes.")))
    db_option(x)
    x.add_argument("contact", metavar="CONTACT")
    x.add_argument("--yes", action="store_true", help=gettext(N_("do not ask for confirmation")))
    x.add_argument("--backups", action="store_true", help=gettext(N_(
        "also erase the person from the backups that still hold them")))
    x.set_defaults(func=run_erase)


def _one(reference: str) -> int:
    try:
        return lookup.one_contact(reference)
    except lookup.LookupProblem as exc:
        raise UsageError.of(exc) from None


def run_export(args) -> int:
    cid = _one(args.contact)
    try:
        files = export.write_export(cid, args.out)
    except OSError as exc:
        raise UsageError(CANNOT_WRITE, path=exc.filename or args.out,
                         reason=exc.strerror or exc) from None
    for f in files:
        print(f)
    return 0


def run_erase(args) -> int:
    cid = _one(args.contact)
    reach = privacy.reach(cid)
    hits = privacy.backups_holding(reach.uid, args.db_path)
    print(gettext(N_("Erase {name} (id {id}) for good, at once, not via the trash:")).format(
        name=reach.name, id=cid))
    for line in summary.reach_lines(reach, len(hits), backup.KEEP_SCHEDULED):
        print("  " + line)
    for hit in hits:
        print(f"    {hit.path}")
    if not args.yes and not _confirmed(N_("Type “yes” to erase: ")):
        print(gettext(N_("Nothing was erased.")))
        return 1
    from_backups = args.backups or bool(hits and not args.yes and _confirmed(
        N_("Erase them from these backups too? Type “yes” to do so: ")))
    done = privacy.erase(cid)
    print(gettext(N_("Erased; erasure log id {token}.")).format(token=done.token))
    if not done.backup_files:
        print(gettext(privacy.NO_BACKUP_FILES_NOTE))
    if not done.wal_emptied:
        print(gettext(N_("Another program has the address book open: old copies of the "
                         "erased pages stay in its write-ahead log until it closes.")))
    for failure in done.hook_failures:
        print(describe(failure) if hasattr(failure, "code") else
              gettext(N_("A follow-up step of the erasure failed: {reason}.")).format(
                  reason=failure), file=sys.stderr)
    if hits and from_backups:
        problems = privacy.erase_from_backups(hits, done.token)
        for p in problems:
            print(describe(p), file=sys.stderr)
        print(gettext(N_("Erased from {count} of {total} backups.")).format(
            count=len(hits) - len(problems), total=len(hits)))
        return 1 if problems else 0
    if hits:
        print(ngettext("{count} backup still holds them (--backups erases them there too); "
                       "{note}.",
                       "{count} backups still hold them (--backups erases them there too); "
                       "{note}.", len(hits)).format(count=len(hits), note=gettext(
                             summary.KEEP_DAILY_BACKUPS_NOTE).format(
                                 keep=backup.KEEP_SCHEDULED)))
    return 0


def _confirmed(question: str) -> bool:
    try:
        answer = input(gettext(question))
    except EOFError:
        return False
    return answer.strip().casefold() in ("yes", gettext(N_("yes")).casefold())
