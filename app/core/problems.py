"""Problems a user hears about, carried as data: a code and parameters.

Code in ``app/`` never builds an English sentence for the user. It raises a
:class:`Problem` (or a subclass) with a code registered here together with
its English template, marked with ``N_`` so the translation tools find it::

    NO_CONTACT = problem_code("conversation.no_contact",
                              N_("A conversation needs at least one contact."))
    raise InteractionProblem(NO_CONTACT)
    raise DatabaseProblem(DB_LOCKED, path=path)

The template names its parameters (``{path}``, ``{card}``, ``{line}``);
:func:`describe` translates the template and fills them in. The command line
prints ``describe(problem)``; the window turns problems into text in one
place, ``ui/common/messages.py``. ``str(problem)`` is the English sentence,
for logs and tests only.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath
from typing import Any

from app.core.i18n import gettext

#: code -> English template (marked with N_ where it is registered).
TEMPLATES: dict[str, str] = {}


def problem_code(code: str, template: str) -> str:
    """Register ``code`` with its English ``template``; returns the code."""
    known = TEMPLATES.get(code)
    if known is not None and known != template:
        raise ValueError(f"problem code {code!r} registered twice with different text")
    TEMPLATES[code] = template
    return code


class Problem(Exception):
    """Something the user must be told: ``code`` plus ``params``."""

    def __init__(self, code: str, **params: Any):
        if code not in TEMPLATES:
            raise KeyError(f"unregistered problem code {code!r}")
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return describe(self)


def describe(problem: Problem, translate: Callable[[str], str] = gettext) -> str:
    """The problem as one sentence in the user's language."""
    template = translate(TEMPLATES[problem.code])
    params = {k: _shown(v, translate) for k, v in problem.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation naming a parameter the code does not pass must not
        # hide the problem itself: fall back to the English template.
        return TEMPLATES[problem.code].format(**params)


def _shown(value: Any, translate: Callable[[str], str]) -> Any:
    """A parameter as the sentence shows it: a path as text, a problem (the
    reason of another) as its own sentence in the same language."""
    if isinstance(value, Problem):
        return describe(value, translate)
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, Problem) for v in value):
        return " ".join(describe(v, translate) for v in value)
    if isinstance(value, PurePath):
        return str(value)
    return value
