"""`hearth bench`: print the performance figures (see app/bench/runner.py)."""
from __future__ import annotations

from app.cli.main import UsageError

PARTS = ("core", "crm", "vcard", "cards")


def register(subparsers, db_option) -> None:
    p = subparsers.add_parser(
        "bench", help="measure start-up, search, import and printing speed",
        description="Build a demo database in a temporary folder and print one line per "
        "figure, 'name: value unit'. Your own database is not touched.")
    db_option(p)
    p.add_argument("--contacts", type=int, default=100_000, metavar="N",
                   help="size of the demo database (default 100000)")
    p.add_argument("--only", default=",".join(PARTS), metavar="PARTS",
                   help=f"comma-separated parts to run: {', '.join(PARTS)} (default: all)")
    p.set_defaults(func=run, no_db=True)


def run(args) -> int:
    from app.bench import runner as bench

    parts = tuple(p.strip() for p in args.only.split(",") if p.strip())
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        raise UsageError(f"unknown part {unknown[0]!r}; choose from {', '.join(PARTS)}")
    if args.contacts < 1:
        raise UsageError("--contacts must be a positive number")
    bench.run(args.contacts, parts, out=lambda line: print(line, flush=True))
    return 0
