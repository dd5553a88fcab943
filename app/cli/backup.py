"""`hearth backup`: an online backup of the database."""
from __future__ import annotations

from pathlib import Path

from app.storage import backup
from app.storage.connection import database, database_path


def register(subparsers, db_option) -> None:
    p = subparsers.add_parser("backup", help="back up the database while it is in use",
                              description="Write an online backup of the database.")
    db_option(p)
    p.add_argument("--to", metavar="FILE", type=Path,
                   help="where to write it (default: the backups folder beside the database)")
    p.set_defaults(func=run)


def run(args) -> int:
    path = database_path()
    if args.to:
        dest = backup.backup_database(database.obj, args.to)
    else:
        dest = backup.backup_now(database.obj, path)
    print(dest)
    return 0
