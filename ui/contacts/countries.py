"""Country names for the address editor, from Qt's own locale data."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QLocale


@lru_cache(maxsize=1)
def countries() -> list[tuple[str, str]]:
    """(ISO code, name) for every territory Qt knows, sorted by name."""
    out = {}
    for territory in QLocale.Country:
        if territory in (QLocale.Country.AnyCountry, QLocale.Country.World):
            continue
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha():
            out[code.upper()] = QLocale.territoryToString(territory)
    return sorted(out.items(), key=lambda item: item[1])


def country_name(code: str) -> str:
    return dict(countries()).get(code.upper(), code)
