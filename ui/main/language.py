"""The window's language: the preference, Qt's and Hearth's translators, QLocale."""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from app.core import formats, i18n
from app.core.resources import resource

#: QSettings key of Edit > Preferences' language: "" follows the system.
LANGUAGE_SETTING = "interface/language"


def chosen_language() -> str:
    """The language of the window: the preference, else the system's."""
    return QSettings().value(LANGUAGE_SETTING, "", str) or ""


def apply_language(code: str | None) -> str:
    """Speak ``code`` ("de", "en"; empty or None: the system's) from now on:
    Qt's own strings (qtbase), Hearth's tr() strings, the app/ catalogue and
    QLocale's dates and numbers. Returns the language in use."""
    app = QApplication.instance()
    for old in getattr(app, "_hearth_translators", ()):
        app.removeTranslator(old)
    language = i18n.set_language(code or None)
    locale = QLocale(formats.babel_locale(language))
    QLocale.setDefault(locale)
    installed = []
    qt_base = QTranslator(app)
    if language != "en" and qt_base.load(
            locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    # English needs a translation too: it holds the singular and plural of
    # every tr("%n contact(s)") (see resources/translations/).
    own = QTranslator(app)
    if own.load(str(resource("translations", f"hearth_{language}.qm"))):
        app.installTranslator(own)
        installed.append(own)
    app._hearth_translators = tuple(installed)
    return language
