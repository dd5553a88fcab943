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
