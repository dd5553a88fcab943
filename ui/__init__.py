"""Hearth's window: PySide6 widgets, models, dialogs and printing.

Mirrors app/ by feature; calls app/, never SQL. Exceptions become text in
one place, ui/common/messages.py."""
