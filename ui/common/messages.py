"""The one place in ``ui/`` that turns a problem, or any exception, into text.

A message box or a status bar shows :func:`message_for` (or prefixes it with
its own translated words), never ``str(exc)``: a problem from ``app/`` (a
code and parameters, app.core.problems) becomes its sentence in the user's
language; an error of the operating system its own message (``strerror``,
already in the system's language); anything else is a bug, shown as one
translatable sentence, its traceback written to the log. A database error
(sqlite3 or peewee) becomes the sentence for its SQLite result code, naming
the file.
tests/test_messages.py walks ``ui/`` so that no exception's English text
reaches the screen another way.
"""
from __future__ import annotations

import logging
import sqlite3

import peewee as pw
from PySide6.QtCore import QCoreApplication

from app.core.i18n import gettext
from app.core.problems import Problem, describe
from app.storage.connection import database_path
from app.storage.errors import explain

log = logging.getLogger("hearth")


class TranslatedError(ValueError):
    """Bad input found in ``ui/`` itself, its sentence already translated (``tr()``)."""

    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


def translate(text: str) -> str:
    """Translate a template marked with ``N_`` in ``app/`` (gettext's catalogue)."""
    return gettext(text)


def message_for(error: BaseException) -> str:
    """``error`` as one sentence a user can read."""
    if isinstance(error, Problem):
        return describe(error, translate)
    if isinstance(error, TranslatedError):
        return error.text
    if isinstance(error, (sqlite3.Error, pw.PeeweeException)):
        # Locked, read-only, disk full, damaged: told by SQLite's result code.
        where = database_path() or QCoreApplication.translate("messages", "the address book")
        return describe(explain(error, where), translate)
    if isinstance(error, OSError) and error.strerror:
        if error.filename:
            return QCoreApplication.translate("messages", "{0}: {1}").format(
                error.filename, error.strerror)
        return error.strerror
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    return QCoreApplication.translate(
        "messages", "Something unexpected went wrong ({0}); the details were written to "
        "the log.").format(type(error).__name__)
