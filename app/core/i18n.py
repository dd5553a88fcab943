"""Marking text a user reads, in Qt-free code.

``N_("...")`` marks a literal for extraction by the translation tools and
returns it unchanged; the text is translated where it is shown (the command
line through :func:`gettext`, the window through ``ui/common/messages.py``).
``xgettext --keyword=N_`` finds every marked string.
"""
from __future__ import annotations


def N_(text: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark ``text`` for translation without translating it here."""
    return text


def gettext(text: str) -> str:
    """Translate a marked text into the user's language (English for now:
    the German catalogue arrives with its own issue)."""
    return text
