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
        fallback = AliasContexts(own, app)
        app.installTranslator(fallback)  # asked last: after own, which is installed after it
        app.installTranslator(own)
        installed += [fallback, own]
    app._hearth_translators = tuple(installed)
    return language


#: Contexts lupdate gives a tr() it cannot tie to a class: ``tr = window.tr``
#: (""), ``widget.tr(...)`` in a helper function ("widget"), and so on. At run
#: time Qt asks with the class's name, so these are tried when that fails.
ALIAS_CONTEXTS = ("", "widget", "window", "self.window", "parent", "panel", "printing",
                  "temperature")


class AliasContexts(QTranslator):
    """Finds a string lupdate filed under an alias context (ALIAS_CONTEXTS)."""

    def __init__(self, inner: QTranslator, parent=None):
        super().__init__(parent)
        self._inner = inner

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt's
        # None, not "": Qt asks the next translator only after a null answer.
        if context in ALIAS_CONTEXTS:
            return None
        for alias in ALIAS_CONTEXTS:
            found = self._inner.translate(alias, source, disambiguation, n)
            if found:
                return found
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return self._inner.isEmpty()
