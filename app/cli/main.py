"""The command line: `hearth [--db PATH] [COMMAND ...]`.

Without a command it opens the window (the only path that imports Qt). Each
command module registers itself in ``COMMAND_MODULES``: a module with
``register(subparsers)`` that adds its parser(s) and sets ``func`` to a
handler taking the parsed arguments and returning an exit status. Handlers
find the database already open.
"""
from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from pathlib import Path

import peewee as pw

from app.core import i18n
from app.core.i18n import N_
from app.core.i18n import gettext as _
from app.core.problems import Problem, describe, problem_code
from app.core.version import __version__
from app.storage.engine import target_of

#: Modules under app.commands, each with register(subparsers).
COMMAND_MODULES = [
    "app.cli.contacts",
    "app.cli.backup",
    "app.cli.check",
    "app.cli.demo",
    "app.cli.vcards",
    "app.cli.csvfiles",  # after app.cli.vcards: adds CSV to its import and export
    "app.cli.cards",
    "app.cli.bench",
    "app.cli.conversations",
    "app.cli.privacy",
    "app.cli.sync",
    "app.cli.server_setup",
    "app.cli.copying",
]


CANNOT_USE_FILE = problem_code("cli.cannot_use_file", N_("{path} could not be used: {reason}."))
SYSTEM_ERROR = problem_code("cli.system_error", N_(
    "The command could not finish: {reason}."))


#: argparse's own words, through Hearth's catalogue (argparse looks up its
#: module-level ``_`` when it formats the help).
ARGPARSE_WORDS = (N_("usage: "), N_("positional arguments"), N_("options"),
                  N_("show this help message and exit"),
                  N_("show program's version number and exit"))
argparse._ = i18n.gettext


class UsageError(Problem):
    """Bad input on the command line: printed as one line, exit status 2.

    Raised with a code registered in the command's module, or as
    ``UsageError.of(problem)`` for a domain problem the command passes on.
    """

    @classmethod
    def of(cls, problem: Problem) -> UsageError:
        """The domain ``problem`` as bad input (its sentence, exit status 2)."""
        return cls(problem.code, **problem.params)


class _Parser(argparse.ArgumentParser):
    """Reports bad arguments in one line (argparse's own adds the usage)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Accepted before or after the command; the subcommand's copy must not
    # overwrite the top-level value with its default, hence SUPPRESS.
    parser.add_argument("--db", metavar="PATH|URL", type=target_of,
                        default=None if top else argparse.SUPPRESS,
                        help=_("the database file, or a postgresql://user@host:port/db URL "
                               "(default: a file in Hearth's data folder)"))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hearth", description=_("Hearth: address book and light CRM. "
        "Without a command, opens the window."))
    parser.add_argument("--version", action="version", version=f"Hearth {__version__}")
    _db_option(parser, top=True)
    parser.add_argument("--lang", metavar="LANG", choices=i18n.LANGUAGES,
                        help=_("the language of messages (default: LC_ALL, LC_MESSAGES, LANG)"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, _db_option)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    i18n.set_language(_lang_option(argv))  # before the parser: its help is translated
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from ui.main.application import run_gui  # Qt is imported only here

        return run_gui(args.db, args.lang)
    if getattr(args, "no_db", False):
        try:
            return args.func(args) or 0
        except UsageError as exc:
            print(f"hearth {args.command}: {describe(exc)}", file=sys.stderr)
            return 2
    from app.conversations import warmth
    from app.storage import check, health
    from app.storage.connection import (
        close_database,
        default_database_path,
        open_database,
    )
    from app.storage.errors import DB_DAMAGED, DatabaseProblem
    from app.vcard import import_journal

    path = args.db_path = args.db or default_database_path()
    try:
        from app.cli.pg_login import ensure_password

        ensure_password(path)  # a URL whose server asks for a password libpq lacks
        open_database(path)
    except DatabaseProblem as exc:
        # `hearth check --repair` recovers even a file SQLite cannot open, and
        # `hearth restore` puts a backup in its place: a command says which
        # problems it handles itself (True: a damaged file).
        handled = getattr(args, "opens_damaged", ())
        if exc.code not in ((DB_DAMAGED,) if handled is True else handled):
            print(f"hearth: {describe(exc)}", file=sys.stderr)
            return 1
        args.open_failed = exc
        args.open_problem = check.Finding(check.SQLITE_DAMAGE,
                                          detail=exc.params.get("detail", describe(exc)))
    except Exception as exc:  # noqa: BLE001 - told as one sentence, never a traceback
        close_database()
        return _failed("hearth", exc, path)
    try:
        if getattr(args, "open_problem", None) is None:
            # Long writes left half-done by a killed Hearth: an import is undone,
            # a temperature recompute finished.
            import_journal.recover()
            warmth.finish_interrupted()
        return args.func(args) or 0
    except UsageError as exc:
        print(f"hearth {args.command}: {describe(exc)}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - told as one sentence, never a traceback
        damage = health.damage_behind(exc)
        if damage is not None:
            print(f"hearth {args.command}: {describe(damage)}", file=sys.stderr)
            return 1
        return _failed(f"hearth {args.command}", exc, path)
    finally:
        close_database()


def _lang_option(argv: list[str]) -> str | None:
    """The value of --lang / --lang=de, if given."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _failed(prefix: str, exc: Exception, path: Path | str) -> int:
    """Print what went wrong as one sentence; the exit status 1.

    A database error (locked, read-only, disk full, damaged) is told by its
    SQLite result code; an error of the operating system names its file.
    Anything else is a bug: it keeps its traceback.
    """
    from app.storage.errors import explain

    if isinstance(exc, Problem):
        problem = exc
    elif isinstance(exc, (sqlite3.Error, pw.PeeweeException)):
        problem = explain(exc, path)
    elif isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__
        problem = (Problem(CANNOT_USE_FILE, path=exc.filename, reason=reason)
                   if exc.filename else Problem(SYSTEM_ERROR, reason=reason))
    else:
        raise exc
    print(f"{prefix}: {describe(problem)}", file=sys.stderr)
    return 1
