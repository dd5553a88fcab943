"""Hearth's Qt-free half: domain rules, storage, file formats and the command line.

Grouped by feature; each package's docstring says what it owns. Nothing
here imports PySide6 (tests/test_architecture.py keeps it so)."""

import sys as _sys


def _import_peewee_without_psycopg() -> None:
    """peewee imports psycopg at its own import, a quarter of a second of the
    window's start, which only offices on PostgreSQL need: psycopg is handed
    to peewee when a PostgreSQL database is opened (app.storage.pg.use_psycopg)."""
    if "peewee" in _sys.modules or "psycopg" in _sys.modules:
        return
    _sys.modules["psycopg"] = None  # type: ignore[assignment]  # its import fails
    try:
        import peewee  # noqa: F401
    except ImportError:
        pass  # not installed (a tool that only reads app's sources): nothing to hold back
    finally:
        del _sys.modules["psycopg"]


_import_peewee_without_psycopg()
