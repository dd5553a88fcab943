"""The few SQL spellings that differ between SQLite and PostgreSQL.

Stores write one statement for both engines; where the engines spell a
function differently, the statement takes its spelling from here (decided when
the statement is built, for the open database). Keep each helper small and
named for what it means, not for either engine.
"""
from __future__ import annotations

from app.storage.engine import is_postgres


def group_concat(expr: str, sep: str = "' '") -> str:
    """The values of ``expr`` in a group joined with the SQL string ``sep``."""
    return f"string_agg({expr}, {sep})" if is_postgres() else f"group_concat({expr}, {sep})"


def greatest(*exprs: str) -> str:
    """The largest of several values in one row (SQLite's two-argument max())."""
    return f"{'greatest' if is_postgres() else 'max'}({', '.join(exprs)})"


def least(*exprs: str) -> str:
    """The smallest of several values in one row (SQLite's two-argument min())."""
    return f"{'least' if is_postgres() else 'min'}({', '.join(exprs)})"


def right(expr: str, n: int) -> str:
    """The last ``n`` characters of ``expr``; the same spelling as the
    indexes use, so the birthday index still serves the query."""
    return f"right({expr}, {n})" if is_postgres() else f"substr({expr}, -{n})"


def nocase(expr: str) -> str:
    """``expr`` compared without case (SQLite: COLLATE NOCASE; the email index)."""
    return f"lower({expr})" if is_postgres() else f"{expr} COLLATE NOCASE"


def indexed_by(index: str) -> str:
    """SQLite's ``INDEXED BY index`` after a table name (PostgreSQL's planner picks
    its own index: nothing there)."""
    return "" if is_postgres() else f" INDEXED BY {index}"


def epoch_seconds(expr: str) -> str:
    """Seconds since 1970-01-01 of the naive ISO date-time text ``expr``, as an integer."""
    if is_postgres():
        return f"CAST(extract(epoch FROM CAST({expr} AS timestamp)) AS BIGINT)"
    return f"CAST(strftime('%s', {expr}) AS INTEGER)"


def log2(expr: str) -> str:
    """The base-2 logarithm of ``expr`` (a floating-point number)."""
    return f"(ln({expr}) / ln(2.0))" if is_postgres() else f"log2({expr})"


def is_distinct(left: str, right: str) -> str:
    """``left`` differs from ``right``, NULL counting as a value (SQLite's IS NOT)."""
    return f"{left} IS DISTINCT FROM {right}" if is_postgres() else f"{left} IS NOT {right}"


def unindexed(expr: str) -> str:
    """``expr`` that SQLite must not pick an index for (its unary ``+``); PostgreSQL
    chooses by cost and has no ``+`` on text."""
    return expr if is_postgres() else f"+{expr}"
