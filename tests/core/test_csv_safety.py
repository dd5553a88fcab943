"""Formula safety of every CSV Hearth writes (OWASP CSV injection)."""
import pytest

from app.core.csv_safety import formula_start, neutralise


@pytest.mark.parametrize("cell", [
    "=HYPERLINK(\"http://x\",\"click\")",
    "=1+2",
    "+SUM(A1:A2)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "＝1+1",  # full-width equals sign: NFKC makes it "="
    "＋SUM(A1)",
    "－1+1",
    "＠SUM(A1)",
    "\u200b=1+1",  # behind a zero-width space
    "\ufeff=1+1",  # behind a byte-order mark
    "\u2060\u200d@A1",
    "+49-30-1234",  # a spreadsheet would subtract
    "-1-1",
    "--1",
    "＋49 30 1234",  # looks like a phone, but not as written
])
def test_what_a_spreadsheet_would_run_gets_an_apostrophe(cell):
    assert formula_start(cell)
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", [
    "+49 30 1234",
    "+49 (0)30 1234567",
    "+1 555 0100",
    "-",
    "+",
    "-12",
    "-1,5",
    "Anna Müller",
    "",
    "a=b",
    "Fax: +49 30 1",
    "\u200bAnna",  # invisible start, but no formula behind it
])
def test_harmless_cells_stay_readable(cell):
    assert not formula_start(cell)
    assert neutralise(cell) == cell
