"""Text a user reads, in Qt-free code: marking and translating it.

``N_("...")`` marks a literal for extraction and returns it unchanged; the
text is translated where it is shown, through :func:`gettext` (the command
line, and the window through ``ui/common/messages.py``), so one catalogue
holds the same sentence for both. ``ngettext`` picks the plural form.

The catalogues are gettext ``.po`` files under ``app/locale/<lang>/LC_MESSAGES``
(compiled ``.mo`` beside them, shipped as package data); ``make translations``
re-extracts every ``N_``/``gettext``/``ngettext`` string and compiles them.

The language is chosen once per process: ``--lang`` on the command line or the
window's preference (:func:`set_language`), else the environment
(``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else English.
"""
from __future__ import annotations

import gettext as _gettext
import os
from pathlib import Path

#: Languages Hearth ships, English first (the source language).
LANGUAGES = ("en", "de")
LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"
DOMAIN = "hearth"

_language: str | None = None
_catalogue: _gettext.NullTranslations | None = None


def N_(text: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark ``text`` for translation without translating it here."""
    return text


def language_from_environment(environ: dict[str, str] | None = None) -> str:
    """The language POSIX asks for (``LC_ALL``, ``LC_MESSAGES``, ``LANG``), if
    Hearth ships it, else English. ``de_AT.UTF-8`` is German."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return supported(value)
    return "en"


def supported(code: str | None) -> str:
    """``code`` (``de``, ``de_DE.UTF-8``, ``de-CH``) as one of :data:`LANGUAGES`,
    English for anything else (``C``, ``POSIX``, a language not shipped)."""
    base = (code or "").split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else "en"


def set_language(code: str | None) -> str:
    """Use ``code`` for every string from now on (None: the environment's).
    Returns the language in use."""
    global _language, _catalogue
    _language = supported(code) if code else language_from_environment()
    _catalogue = _gettext.translation(DOMAIN, localedir=str(LOCALE_DIR),
                                      languages=[_language], fallback=True)
    return _language


def current_language() -> str:
    """The language strings are translated into (``en`` or ``de``)."""
    if _language is None:
        set_language(None)
    return _language


def _translations() -> _gettext.NullTranslations:
    if _catalogue is None:
        set_language(None)
    return _catalogue


def gettext(text: str) -> str:
    """``text`` (a string marked with ``N_``) in the current language."""
    return _translations().gettext(text)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural of a message, as the current language counts ``n``."""
    return _translations().ngettext(singular, plural, n)


def translate_to(language: str, text: str) -> str:
    """``text`` in ``language``, whatever the interface speaks: for data that
    follows its recipient or run (a card's conversation subject)."""
    catalogue = _gettext.translation(DOMAIN, localedir=str(LOCALE_DIR),
                                     languages=[supported(language)], fallback=True)
    return catalogue.gettext(text)
