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

PG_PASSWORD_NEEDED = problem_code("cli.pg_password_needed", N_(
    "The database server for {path} asks for a password: put it in PGPASSWORD or "
    "~/.pgpass, or run the command at a terminal to be asked for it."))


def ensure_password(target: object) -> None:
    """Ask for the password of ``target`` (a URL) when the server wants one
    that libpq cannot find; anything else is left to the real connection."""
    if not is_url(target) or urlsplit(target).password or os.environ.get("PGPASSWORD"):
        return
    if not _needs_password(target):
        return
    if not sys.stdin.isatty():
        raise DatabaseProblem(PG_PASSWORD_NEEDED, shown_url(target))
    prompt = _("Password for {url}: ").format(url=shown_url(target))
    os.environ["PGPASSWORD"] = getpass.getpass(prompt)


def _needs_password(url: str) -> bool:
    """Whether the server asked for a password none of libpq's sources had
    (libpq's own verdict, not the wording of its error)."""
    from psycopg import pq
    from psycopg.conninfo import make_conninfo

    conn = pq.PGconn.connect(make_conninfo(url, connect_timeout=10).encode())
    try:
        return conn.status == pq.ConnStatus.BAD and bool(conn.needs_password)
    finally:
        conn.finish()
