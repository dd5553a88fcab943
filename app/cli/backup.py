"""`hearth backup` and `hearth restore`: online backups of the database and
bringing one back."""
from __future__ import annotations

import sys
from pathlib import Path

from app.cli.main import UsageError
from app.core.i18n import N_
from app.core.i18n import gettext as _
from app.core.problems import problem_code
from app.storage import backup, pg_backup, restore
from app.storage.connection import database, database_path
from app.storage.engine import is_postgres, shown_url
from app.storage.errors import DB_DAMAGED, DB_NOT_SQLITE

RESTORE_NEEDS_YES = problem_code("cli.restore_needs_yes", N_(
    "Restoring replaces everything in {path} with the backup {backup} (the current state is "
    "backed up first); add --yes to do it."))
NO_SUCH_BACKUP = problem_code("cli.no_such_backup", N_(
    "There is no backup {name}, neither as a file nor in {folder}."))
RESTORE_ON_POSTGRES = problem_code("cli.restore_on_postgres", N_(
    "Hearth restores backups of SQLite files only; a PostgreSQL database such as {path} is "
    "restored from its pg_dump backup with pg_restore (pg_restore --clean --dbname=URL FILE)."))


def register(subparsers, db_option) -> None:
    p = subparsers.add_parser("backup", help=_("back up the database while it is in use"),
                              description=_("Write an online backup of the database."))
    db_option(p)
    p.add_argument("--to", metavar="FILE", type=Path,
                   help=_("where to write it (default: the backups folder beside the database)"))
    p.set_defaults(func=run)

    p = subparsers.add_parser(
        "restore", help=_("replace the database's content with a backup"),
        description=_("Replace the database's content with a backup, after checking that it "
        "is a sound Hearth backup and updating a copy of it when it is older. The current "
        "state is backed up first. Without BACKUP, lists this database's backups."))
    db_option(p)
    p.add_argument("backup", metavar="BACKUP", nargs="?",
                   help=_("a backup file, or the name of one in the backups folder"))
    p.add_argument("--yes", action="store_true", help=_("do not ask before replacing"))
    # A file SQLite cannot open at all is replaced without being opened.
    p.set_defaults(func=run_restore, opens_damaged=(DB_DAMAGED, DB_NOT_SQLITE))


def run(args) -> int:
    if is_postgres():  # pg_dump, in its custom format
        url = database.obj.url
        print(pg_backup.dump(url, args.to or pg_backup.dump_name(url)))
        return 0
    path = database_path()
    if args.to:
        dest = backup.backup_database(database.obj, args.to)
    else:
        dest = backup.backup_now(database.obj, path)
    print(dest)
    return 0


def run_restore(args) -> int:
    if is_postgres():
        raise UsageError(RESTORE_ON_POSTGRES, path=shown_url(database.obj.url))
    unopenable = getattr(args, "open_failed", None) is not None
    path = Path(args.db_path).expanduser() if unopenable else database_path()
    if not args.backup:
        for found in backup.all_backups(path):
            label = (f"  (before the update to schema {found.before_schema})"
                     if found.before_schema else "")
            print(f"{found.taken:%Y-%m-%d %H:%M:%S}  {found.path}{label}")
        return 0
    source = Path(args.backup).expanduser()
    if not source.is_file():
        source = backup.default_backup_dir(path) / args.backup
        if not source.is_file():
            raise UsageError(NO_SUCH_BACKUP, name=args.backup,
                             folder=backup.default_backup_dir(path))
    restore.check_backup(source)
    if not args.yes and not _confirmed(path, source):
        raise UsageError(RESTORE_NEEDS_YES, path=path, backup=source)
    if unopenable:
        kept = restore.restore_unopenable(source, path)
        print(f"Restored {source} into {path}. The damaged file is kept as {kept}.")
        return 0
    saved = restore.restore_backup(database.obj, source, path)
    print(f"Restored {source} into {path}." +
          (f" The state before is in {saved}." if saved else ""))
    return 0


def _confirmed(path: Path, source: Path) -> bool:
    if not sys.stdin.isatty():
        return False
    answer = input(f"Replace everything in {path} with {source}? [y/N] ")
    return answer.strip().lower() in ("y", "yes")
