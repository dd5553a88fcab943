"""Logging in to an office's PostgreSQL server from the window.

The window asks for a password only when the server wants one (psycopg says
so: ``pgconn.needs_password``, never an English message), keeps it in memory
for the session, and remembers the address without it
(:func:`app.storage.engine.shown_url`).
"""
from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit


def url_for(host: str, port: int | None, dbname: str, user: str) -> str:
    """The ``postgresql://`` address of a database from its parts (no password)."""
    where = host.strip() or "localhost"
    if ":" in where and not where.startswith("["):
        where = f"[{where}]"  # an IPv6 address
    if port:
        where = f"{where}:{port}"
    who = f"{quote(user.strip(), safe='')}@" if user.strip() else ""
    return f"postgresql://{who}{where}/{quote(dbname.strip(), safe='')}"


def with_password(url: str, password: str) -> str:
    """``url`` carrying ``password``: for connecting in this session only."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if parts.port:
        host = f"{host}:{parts.port}"
    user = quote(parts.username or "", safe="")
    netloc = f"{user}:{quote(password, safe='')}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def needs_password(url: str) -> bool:
    """True when the server asks for a password that ``url``, ``PGPASSWORD`` and
    ``~/.pgpass`` do not give (or a wrong one). Raises :class:`DatabaseProblem`
    when the server cannot be reached for another reason."""
    import psycopg

    from app.storage.errors import explain

    try:
        psycopg.connect(url, connect_timeout=10, application_name="Hearth").close()
    except psycopg.OperationalError as exc:
        pgconn = getattr(exc, "pgconn", None)
        if pgconn is not None and (pgconn.needs_password or pgconn.used_password):
            return True
        raise explain(exc, url) from exc
    return False
