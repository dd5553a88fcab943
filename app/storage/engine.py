"""Which database engine a target names, and the few things that differ.

Hearth keeps one code path for both engines: the stores write their SQL once,
with ``?`` parameters, in the dialect SQLite and PostgreSQL share (``INSERT
... ON CONFLICT``, ``RETURNING``, ``coalesce``). What must differ lives in the
storage package and asks :func:`is_postgres`: the search index, the schema's
DDL, backups, change notification.

A target is a file path (SQLite, the default) or a ``postgresql://`` URL
(an office's shared server; see :mod:`app.storage.pg`).
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import peewee as pw

URL_SCHEMES = ("postgresql://", "postgres://")

#: The open database, whichever engine: bound by app.storage.connection.open_database
#: (which re-exports it; everything else imports it from there).
database = pw.DatabaseProxy()


def is_url(target: object) -> bool:
    """True when ``target`` names a PostgreSQL database rather than a file."""
    return isinstance(target, str) and target.startswith(URL_SCHEMES)


def target_of(text: str | Path) -> str | Path:
    """What a user typed after ``--db``: a URL stays text, anything else is a path."""
    text = str(text)
    return text if is_url(text) else Path(text).expanduser()


def is_postgres(db: pw.Database | None = None) -> bool:
    """Whether ``db`` (default: the open database) is a PostgreSQL one."""
    if db is None:
        db = database.obj
    return isinstance(db, pw.PostgresqlDatabase)


def shown_url(url: str) -> str:
    """``url`` as it may be shown or logged: never with its password."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))

