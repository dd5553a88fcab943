"""The password for a PostgreSQL URL on the command line.

libpq finds it in the URL, ``PGPASSWORD`` or ``~/.pgpass``. When none of
them has one and the server asks for it, a terminal is asked (getpass, not
echoed) and the answer kept in this process's environment only, so every
connection of this command (and ``pg_dump`` for a backup) uses it; Hearth never
writes it anywhere. Without a terminal the command says what to do instead.
"""
from __future__ import annotations

import getpass
import os
import sys
from urllib.parse import urlsplit

from app.core.i18n import N_
from app.core.i18n import gettext as _
from app.core.problems import problem_code
from app.storage.engine import is_url, shown_url
from app.storage.errors import DatabaseProblem
from app.storage.pg_login import needs_password

PG_PASSWORD_NEEDED = problem_code("cli.pg_password_needed", N_(
    "The database server for {path} asks for a password: put it in PGPASSWORD or "
    "~/.pgpass, or run the command at a terminal to be asked for it."))


def ensure_password(target: object) -> None:
    """Ask for the password of ``target`` (a URL) when the server wants one
    that libpq cannot find; anything else is left to the real connection."""
    if not is_url(target) or urlsplit(target).password or os.environ.get("PGPASSWORD"):
        return
    if not needs_password(target):  # raises a problem when the server is unreachable
        return
    if not sys.stdin.isatty():
        raise DatabaseProblem(PG_PASSWORD_NEEDED, shown_url(target))
    prompt = _("Password for {url}: ").format(url=shown_url(target))
    os.environ["PGPASSWORD"] = getpass.getpass(prompt)

