"""`hearth check [--repair]`: the file's integrity and Hearth's own invariants."""
from __future__ import annotations

import sys

from app.core.i18n import gettext as _
from app.core.problems import describe
from app.storage import check
from app.storage.connection import close_database, database_path, open_database
from app.storage.engine import is_postgres


def register(subparsers, db_option) -> None:
    p = subparsers.add_parser(
        "check", help=_("check the database, and repair it with --repair"),
        description=_("Run SQLite's integrity check and Hearth's own (search index, rows "
        "pointing nowhere, stored temperature inputs). One line per finding; exit status 0 "
        "when healthy, 1 when not. With --repair, rebuild what can be rebuilt after a "
        "backup; a damaged file is recovered into a new one and the original kept beside it."))
    db_option(p)
    p.add_argument("--repair", action="store_true", help=_("repair what the check finds"))
    p.set_defaults(func=run, opens_damaged=True)


def run(args) -> int:
    if is_postgres():
        return _run_postgres(args)
    path = database_path() or args.db_path
    findings = check.run_checks() if database_path() else [args.open_problem]
    for finding in findings:
        print(describe(finding))
    if not findings:
        print(_("{path}: no problems found.").format(path=path))
        return 0
    if not args.repair:
        return 1
    if database_path() is None or any(f.code == check.SQLITE_DAMAGE for f in findings):
        close_database()
        print(describe(check.repair_file(path)))
        open_database(path)
    for done in check.repair_invariants():
        print(describe(done))
    left = check.run_checks()
    for finding in left:
        print(describe(finding), file=sys.stderr)
    return 1 if left else 0


def _run_postgres(args) -> int:
    """The server's database: its summary, Hearth's engine-neutral invariants."""
    from app.storage import pg_check

    head = pg_check.summary()
    print(describe(head))
    findings = pg_check.run_checks()
    for finding in findings:
        print(describe(finding))
    if not findings:
        print(_("{path}: no problems found.").format(path=head.params["path"]))
        return 0
    if not args.repair:
        return 1
    for done in pg_check.repair():
        print(describe(done))
    left = pg_check.run_checks()
    for finding in left:
        print(describe(finding), file=sys.stderr)
    return 1 if left else 0
