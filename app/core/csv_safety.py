"""Cells that a spreadsheet would run as a formula, made harmless: for every
CSV Hearth writes (contacts, the card run's mail merge).

Following the OWASP "CSV Injection" guidance: a cell whose first character
is ``= + - @``, a tab or a carriage return may be evaluated by Excel,
LibreOffice or Google Sheets; such a cell gets a leading apostrophe, which
the spreadsheet shows as text. Decided on the NFKC form of the cell with
zero-width characters and byte-order marks at its start left out, because a
spreadsheet reads a full-width ``＝`` as ``=`` and skips an invisible
character before it. What a spreadsheet reads as a plain number or text
stays as it is, so that it stays readable: a phone number such as
"+49 30 1234567" or "-12", and a lone "-" or "+".
"""
from __future__ import annotations

import re
import unicodedata

#: First characters that can make a spreadsheet treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: Invisible characters a spreadsheet skips before the first visible one:
#: zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen,
#: left-to-right and right-to-left marks.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"

#: Read as text or as the same number, never run: a lone sign, a phone number
#: written with spaces ("+49 30 1234567", "+49 (0)30 1234") and a negative
#: number ("-12", "-1,5"). "+49-30-1234" is not: a spreadsheet would subtract.
_HARMLESS = re.compile(r"[+-]|\+[\d ()]*\d[\d ()]*|-\d+(?:[.,]\d+)?")


def formula_start(cell: str) -> bool:
    """Would a spreadsheet evaluate ``cell`` (rather than show it as text)?"""
    seen = unicodedata.normalize("NFKC", cell).lstrip(_INVISIBLE)
    if not seen.startswith(FORMULA_STARTS):
        return False
    if seen[0] in "\t\r":
        return True
    if seen[0] in "+-" and _HARMLESS.fullmatch(seen.rstrip()):
        # Safe only when the cell as written is the same harmless text (a
        # full-width "＋49" or an invisible character before it is not).
        return seen != cell
    return True


def neutralise(cell: str) -> str:
    """"=HYPERLINK(...)" -> "'=HYPERLINK(...)": shown as text, never run;
    "+49 30 1234" and "-" stay as they are."""
    return "'" + cell if formula_start(cell) else cell
