"""vCard value syntax, the same for reading and writing: text escaping,
structured values (N, ADR, ORG) and content lines as text."""
from __future__ import annotations

import re

from vobject.base import ContentLine

# --- text values -------------------------------------------------------------------

_ESCAPE = re.compile(r"\\(.)", re.S)


def unescape(value: str) -> str:
    """Undo vCard text escaping: \\n, \\, \\; \\\\ (and \\: some writers use)."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def split_fields(value: str) -> list[str]:
    """A structured value (ORG; see split_list_fields for N, ADR) split at unescaped
    semicolons, unescaped.

    vCard 3.0 lists inside a field ("Richter,James") stay as written: joining
    them back with a comma is what every writer meant.
    """
    if "\\" not in value:  # nothing escaped: what the loop below does
        return value.split(";")
    fields, cur, i = [], [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            cur.append(value[i:i + 2])
            i += 2
            continue
        if ch == ";":
            fields.append(unescape("".join(cur)))
            cur = []
        else:
            cur.append(ch)
        i += 1
    fields.append(unescape("".join(cur)))
    return fields


def split_list_fields(value: str, join: str) -> list[str]:
    """A structured value (N, ADR) split at unescaped semicolons, each field's
    vCard 3.0 list (unescaped commas: "Richter,James") joined with ``join``.

    Empty list items go ("Silicon Alley 5," keeps no trailing comma); an
    escaped comma ("Richter\\, James") is part of the text and stays.
    """
    if "\\" not in value:  # nothing escaped: what the loop below does
        return [join.join(item for item in (x.strip() for x in f.split(",")) if item)
                for f in value.split(";")]
    fields: list[str] = []
    items: list[str] = []
    cur: list[str] = []

    def end_item() -> None:
        text = unescape("".join(cur)).strip()
        if text:
            items.append(text)
        cur.clear()

    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            cur.append(value[i:i + 2])
            i += 2
            continue
        if ch in ";,":
            end_item()
            if ch == ";":
                fields.append(join.join(items))
                items = []
        else:
            cur.append(ch)
        i += 1
    end_item()
    fields.append(join.join(items))
    return fields


def serialize_line(line: ContentLine) -> str:
    """A content line as text, its value as it was read (still escaped)."""
    head = f"{line.group}.{line.name}" if line.group else line.name
    for key, values in line.params.items():
        head += f";{key}=" + ",".join(_quote_param(v) for v in values)
    for s in line.singletonparams:
        head += ";" + s
    value = line.value if isinstance(line.value, str) else str(line.value)
    return f"{head}:{value}"


def _quote_param(value: str) -> str:
    return f'"{value}"' if any(ch in value for ch in ",;:") else value
