"""`hearth demo`: fill the database with realistic made-up contacts."""
from __future__ import annotations

import argparse
import sys
import time

from app.core.i18n import gettext as _
from app.demo import contacts as demo
from app.storage.connection import database_path


def positive_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def register(subparsers, db_option) -> None:
    p = subparsers.add_parser(
        "demo", help=_("add made-up contacts to try Hearth out"),
        description=_("Add realistic made-up contacts (people and companies in Germany, "
        "Austria, Switzerland, Britain and the US). The same seed gives the same contacts."))
    db_option(p)
    p.add_argument("--contacts", metavar="N", type=positive_count, required=True,
                   help=_("how many contacts to add"))
    p.add_argument("--seed", metavar="S", type=int, default=1,
                   help=_("which set of made-up contacts (default: 1)"))
    p.set_defaults(func=run)


def run(args) -> int:
    started = time.perf_counter()
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            print("\r" + _("{done} of {total} contacts").format(done=done, total=total), end="",
                  file=sys.stderr, flush=True)

    added = demo.fill(args.contacts, args.seed, progress)
    if show:
        print(file=sys.stderr)
    print(_("Added {n} demo contacts (seed {seed}) to {path} in {seconds:.1f} s.").format(
        n=added, seed=args.seed, path=database_path(), seconds=time.perf_counter() - started))
    return 0
