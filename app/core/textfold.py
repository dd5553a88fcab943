"""Folding text for sorting and searching: case, diacritics, ß."""
from __future__ import annotations

import unicodedata

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def fold(text: str) -> str:
    """"Müller-Straße" -> "muller-strasse": what sorting and search compare."""
    text = text.replace("ß", "ss").replace("ẞ", "SS")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def german_transliteration(text: str) -> str:
    """"Müller" -> "Mueller", so that people who type "mueller" find her too."""
    return text.translate(_GERMAN)


def tag_key(name: str) -> str:
    """What makes two tags one: "Äpfel", "äpfel" and "ÄPFEL" are, "Apfel" is another.

    Case only (Unicode case folding after NFC, so "STRASSE" is "Straße");
    accents stay. Stored as ``tag.folded``, which is unique.
    """
    return unicodedata.normalize("NFC", name.strip()).casefold()
