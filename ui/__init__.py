"""Hearth's window: PySide6 widgets, models, dialogs and printing.

Mirrors app/ by feature; calls app/, never SQL. Exceptions become text in
one place, ui/common/messages.py."""

import app  # noqa: E402,F401  # before any peewee import: see app/__init__.py
