"""Country names for the address editor: Qt's list of territories, named in
the interface language (CLDR through Babel: Deutschland, Österreich)."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QLocale

from app.core.formats import babel_locale
from app.core.i18n import current_language
from app.core.textfold import fold


def countries() -> list[tuple[str, str]]:
    """(ISO code, name) for every territory Qt knows, sorted by name."""
    return _countries(current_language())


@lru_cache(maxsize=2)
def _countries(language: str) -> list[tuple[str, str]]:
    from babel import Locale  # when first asked: not before the window shows

    names = Locale.parse(babel_locale(language)).territories
    out = {}
    for territory in QLocale.Country:
        if territory in (QLocale.Country.AnyCountry, QLocale.Country.World):
            continue
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha():
            out[code.upper()] = names.get(code.upper()) or QLocale.territoryToString(territory)
    return sorted(out.items(), key=lambda item: fold(item[1]))


def country_name(code: str) -> str:
    return dict(countries()).get(code.upper(), code)
