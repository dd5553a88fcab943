"""`hearth server-setup URL`: make an office's PostgreSQL database ready."""
from __future__ import annotations

import sys

from app.cli.main import UsageError
from app.core.i18n import N_
from app.core.i18n import gettext as _
from app.core.problems import Problem, describe, problem_code

NOT_A_URL = problem_code("cli.not_a_url", N_(
    "{url} is not a PostgreSQL address: give one like postgresql://user@host:5432/hearth."))


def register(subparsers, db_option) -> None:
    p = subparsers.add_parser(
        "server-setup", help=_("set up a PostgreSQL database for Hearth"),
        description=_("Create Hearth's tables in an empty PostgreSQL database (after checking "
        "that the pg_trgm extension can be created there), update one set up by an older "
        "version (after a pg_dump backup), or say that it is ready. Another program's "
        "tables are never touched."))
    p.add_argument("url", metavar="URL", help=_("postgresql://user@host:port/database"))
    p.set_defaults(func=run, no_db=True)


def run(args) -> int:
    from app.cli.pg_login import ensure_password
    from app.storage import engine, pg_setup

    if not engine.is_url(args.url):
        raise UsageError(NOT_A_URL, url=args.url)
    try:
        ensure_password(args.url)
        report = pg_setup.setup(args.url)
    except Problem as exc:
        print(f"hearth server-setup: {describe(exc)}", file=sys.stderr)
        return 1
    if report.outcome == pg_setup.INSTALLED:
        print(_("Set up Hearth's tables (schema {version}) in {url} on PostgreSQL {server}; "
                "pg_trgm is there.").format(version=report.version, url=report.url,
                                             server=report.server_version))
    elif report.outcome == pg_setup.UPDATED:
        print(_("Updated {url} from schema {previous} to {version} (PostgreSQL {server}); "
                "the backup taken first is {dump}.").format(
                    url=report.url, previous=report.previous, version=report.version,
                    server=report.server_version, dump=report.dump))
    else:
        print(_("{url} is ready: it holds Hearth's tables at schema {version} "
                "(PostgreSQL {server}).").format(version=report.version, url=report.url,
                                                 server=report.server_version))
    return 0
