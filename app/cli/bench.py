"""`hearth bench`: print the performance figures (see app/bench/runner.py)."""
from __future__ import annotations

from app.cli.main import UsageError
from app.core.i18n import N_
from app.core.i18n import gettext as _
from app.core.problems import problem_code

PARTS = ("core", "crm", "vcard", "cards", "reliability", "sync")

UNKNOWN_PART = problem_code("cli.bench.unknown_part", N_(
    "unknown part {part!r}; choose from {parts}"))
BAD_COUNT = problem_code("cli.bench.bad_count", N_("--contacts must be a positive number"))


def register(subparsers, db_option) -> None:
    p = subparsers.add_parser(
        "bench", help=_("measure start-up, search, import and printing speed"),
        description=_("Build a demo database in a temporary folder and print one line per "
        "figure, 'name: value unit'. Your own database is not touched."))
    db_option(p)
    p.add_argument("--contacts", type=int, default=100_000, metavar="N",
                   help=_("size of the demo database (default 100000)"))
    p.add_argument("--only", default=",".join(PARTS), metavar="PARTS",
                   help=_("comma-separated parts to run: {parts} (default: all)").format(
                       parts=", ".join(PARTS)))
    p.add_argument("--db-engine", choices=("sqlite", "postgresql"), default="sqlite",
                   help=_("the engine to measure; postgresql starts a throwaway server "
                          "unless --pg-url is given (default: sqlite)"))
    p.add_argument("--pg-url", metavar="URL",
                   help=_("an empty PostgreSQL database to measure on, instead of a "
                          "throwaway server"))
    p.set_defaults(func=run, no_db=True)


def run(args) -> int:
    from app.bench import runner as bench

    parts = tuple(p.strip() for p in args.only.split(",") if p.strip())
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        raise UsageError(UNKNOWN_PART, part=unknown[0], parts=", ".join(PARTS))
    if args.contacts < 1:
        raise UsageError(BAD_COUNT)
    bench.run(args.contacts, parts, out=lambda line: print(line, flush=True),
              db_engine="postgresql" if args.pg_url else args.db_engine, pg_url=args.pg_url)
    return 0
