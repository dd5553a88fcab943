"""A repaired card's content lines, read by vobject's grammar into light objects.

vobject's ``ContentLine`` costs more to build than to parse: each attribute
set goes through its ``__setattr__`` (params as attributes), about two thirds
of the time vobject needs for a card. :class:`Line` holds the same fields,
filled exactly as ``ContentLine.__init__`` fills them from ``parseLine``'s
result (the grammar stays vobject's own). The one thing that constructor does
beyond that, decoding a QUOTED-PRINTABLE value, is left to vobject: such a
line is built as a real ``ContentLine`` (the repair step drops those
parameters, so it never happens with cards that went through it).

:func:`card_lines` does not even parse most lines: the repair step joined
each from its property, parameters and value (``CleanCard.fields``), and a
line without double quotes in its parameters reads back as exactly those
pieces; the others go through vobject's grammar.
"""
from __future__ import annotations

from vobject.base import ContentLine, parseLine

from app.vcard.repair import CleanCard


class Line:
    """One content line: what app.vcard.to_contact and syntax.serialize_line read."""
    __slots__ = ("name", "group", "params", "singletonparams", "value", "lineNumber")

    def __init__(self, name: str, group: str | None, params: dict[str, list[str]],
                 singletonparams: list[str], value: str, number: int | None):
        self.name, self.group, self.params = name, group, params
        self.singletonparams, self.value, self.lineNumber = singletonparams, value, number

    def __repr__(self) -> str:
        return f"<Line {self.lineNumber}: {self.group}.{self.name} {self.params} " \
               f"{self.singletonparams} {self.value[:40]!r}>"


def text_line(text: str, number: int | None = None) -> Line | ContentLine:
    """``vobject.base.textLineToContentLine(text, number)``, as a :class:`Line`
    unless vobject would decode its value; raises vobject's ParseError as it does."""
    name, param_lists, value, group = parseLine(text, number)
    params: dict[str, list[str]] = {}
    singletons: list[str] = []
    for p in param_lists:
        if len(p) == 1:
            singletons += p
        else:
            params.setdefault(p[0].upper(), []).extend(p[1:])
    if "QUOTED-PRINTABLE" in singletons or "QUOTED-PRINTABLE" in params.get("ENCODING", ()):
        return ContentLine(name, param_lists, value, group, encoded=True, lineNumber=number)
    return Line(name.upper(), group, params, singletons, value, number)


def text_lines(text: str) -> list[Line | ContentLine]:
    """The content lines of a repaired card's text (one per line, no folds; the
    index is the line number), BEGIN and END left out, in order."""
    out = []
    for number, line_text in enumerate(text.split("\r\n"), start=1):
        if not line_text:
            continue
        line = text_line(line_text, number)
        if line.name not in ("BEGIN", "END"):
            out.append(line)
    return out


def card_lines(clean: CleanCard) -> list[Line | ContentLine]:
    """``text_lines(clean.text)``, read from the pieces the lines were joined from."""
    start = len("BEGIN:VCARD\r\nVERSION:")  # the text's first two lines
    version = clean.text[start:clean.text.index("\r\n", start)]
    out: list[Line | ContentLine] = [Line("VERSION", None, {}, [], version, 2)]
    for number, (prop, params, value) in enumerate(clean.fields, start=3):
        line = _joined(prop, params, value, number)
        if line.name not in ("BEGIN", "END"):
            out.append(line)
    return out


def _joined(prop: str, params: list[str], value: str, number: int) -> Line | ContentLine:
    """What text_line reads from ``prop;params...:value``, where ``prop`` is a name
    vobject reads and each parameter one its grammar reads in one pass (see
    app.vcard.repair._params)."""
    if any('"' in p or "QUOTED-PRINTABLE" in p.upper() for p in params):
        return text_line(prop + "".join(";" + p for p in params) + ":" + value, number)
    group, _, name = prop.rpartition(".")
    table: dict[str, list[str]] = {}
    singletons: list[str] = []
    for p in params:
        key, _, values = p.partition("=")
        # vobject's param_values_re without quotes: the non-empty runs between commas
        found = [v for v in values.split(",") if v]
        if found:
            table.setdefault(key.upper(), []).extend(found)
        else:
            singletons.append(key)
    return Line(name.replace("_", "-").upper(), group or None, table, singletons, value,
                number)
