"""`hearth copy`: copy the whole address book to another database, either engine."""
from __future__ import annotations

import sys

from app.core.i18n import gettext as _
from app.core.i18n import ngettext
from app.core.problems import Problem, describe
from app.storage.engine import target_of


def register(subparsers, db_option) -> None:
    p = subparsers.add_parser(
        "copy", help=_("copy the address book to a PostgreSQL server or a file"),
        description=_("Copy everything (contacts, photos, conversations, card runs, settings) "
        "from the --db book, or --from SOURCE, into an empty database: a file or a "
        "postgresql:// URL, either way. The copy is checked (rows per table and a checksum "
        "of every contact) before it is committed; on any problem or Ctrl+C the target is "
        "left as it was."))
    db_option(p)
    p.add_argument("--from", dest="source", metavar="SOURCE", type=target_of,
                   help=_("the book to copy (default: the --db book)"))
    p.add_argument("--to", dest="target", metavar="TARGET", type=target_of, required=True,
                   help=_("the empty database to copy into: a file or a postgresql:// URL"))
    p.set_defaults(func=run, no_db=True)


def run(args) -> int:
    from app.cli.pg_login import ensure_password
    from app.storage.connection import default_database_path
    from app.storage.copy import copy_book, shown

    source = args.source or args.db or default_database_path()
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            print("\r" + _("Copying: {done} of {total} rows").format(done=done, total=total),
                  end="", file=sys.stderr, flush=True)

    try:
        ensure_password(source)
        ensure_password(args.target)
        _bring_up_to_date(source)
        report = copy_book(source, args.target, progress=progress)
    except KeyboardInterrupt:
        if show:
            print(file=sys.stderr)
        print("hearth copy: " + _("Interrupted; {target} was left as it was.").format(
            target=shown(args.target)), file=sys.stderr)
        return 130
    except Problem as exc:
        if show:
            print(file=sys.stderr)
        print(f"hearth copy: {describe(exc)}", file=sys.stderr)
        return 1
    if show:
        print(file=sys.stderr)
    for table, rows in sorted(report.tables.items()):
        print(ngettext("{table}: {n} row", "{table}: {n} rows", rows).format(
            table=table, n=rows))
    print(ngettext("Copied {n} contact from {source} to {target} in {seconds:.1f} s.",
                   "Copied {n} contacts from {source} to {target} in {seconds:.1f} s.",
                   report.contacts).format(n=report.contacts, source=report.source,
                                           target=report.target, seconds=report.seconds))
    print(_("Rows per table and the checksum of every contact are the same on both sides: "
            "{checksum}").format(checksum=report.checksum))
    return 0


def _bring_up_to_date(source) -> None:
    """An older SQLite book is updated first (with its backup), as opening it
    in the window would; a missing file is left for copy_book to refuse."""
    from pathlib import Path

    from app.storage.connection import close_database, open_database
    from app.storage.engine import is_url

    if is_url(source) or not Path(source).is_file():
        return
    try:
        open_database(source)
    finally:
        close_database()
