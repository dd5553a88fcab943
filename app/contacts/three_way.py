"""Merging a save made from an older copy of a contact: a three-way merge.

``base`` is the contact as the editor read it, ``mine`` what the editor now
saves, ``theirs`` what is stored now, written elsewhere since. Field by
field: changed on one side only, that side's value; changed on both sides
to the same value, that value; to different values, a :class:`Conflict`
(mine's value stays until it is resolved). Notes changed on both sides can
also keep both texts.

Lists (phones, e-mails, addresses, URLs, tags, extra vCard lines) merge item
by item: an item added on either side is kept; one removed on one side and
untouched on the other is removed; one changed on both sides differently, or
changed on one side and removed on the other, is a conflict whose choices
are lists as they would be saved (everything that does not clash merged in),
and "both", which keeps both versions of the item. An item is recognised by
its key (a phone's number, an e-mail's address, ...); an item whose key
changed counts as edited in place when it pairs with a new item.

Pure functions on plain data: no database, no clock.
"""
from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from app.contacts.model import ContactData, Email, Phone, PostalAddress, Url
from app.core.textfold import tag_key

MINE, THEIRS, BOTH = "mine", "theirs", "both"

#: Not edits: what is stored wins (a merged save writes over the stored version).
STORED_FIELDS = ("id", "version", "created_at", "updated_at", "trashed_at")
PHOTO = "photo"  # photo and photo_mime merge as one field, value (bytes | None, mime)


def _phone_key(p: Phone) -> str:
    return "".join(ch for ch in p.number if ch.isdigit() or ch == "+")


def _email_key(e: Email) -> str:
    return e.address.strip().casefold()


def _address_key(a: PostalAddress) -> tuple:
    return tuple(v.strip().casefold() for v in (a.street, a.extended, a.po_box, a.postal_code,
                                                 a.city, a.region, a.country))


def _url_key(u: Url) -> str:
    return u.url.strip()


#: List fields, each with the key that recognises an item on every side.
LIST_KEYS: dict[str, Callable[[Any], Any]] = {
    "phones": _phone_key, "emails": _email_key, "addresses": _address_key,
    "urls": _url_key, "tags": tag_key, "extra_vcard": lambda line: line,
}
#: Scalars a user edits, in the model's order.
SCALAR_FIELDS = tuple(f.name for f in fields(ContactData)
                      if f.name not in STORED_FIELDS and f.name not in LIST_KEYS
                      and f.name not in ("photo", "photo_mime"))


@dataclass(frozen=True)
class Conflict:
    """One field changed on both sides: its value for each choice.

    For a list, ``mine`` and ``theirs`` are the whole list as it would be
    saved with that choice; ``both`` (lists and notes) keeps both sides, and
    is None where it is not offered.
    """
    field: str
    base: Any
    mine: Any
    theirs: Any
    both: Any = None

    @property
    def choices(self) -> tuple[str, ...]:
        return (MINE, THEIRS) if self.both is None else (MINE, THEIRS, BOTH)

    def value(self, choice: str) -> Any:
        if choice not in self.choices:
            raise ValueError(f"{choice!r} is not a choice for {self.field}")
        return {MINE: self.mine, THEIRS: self.theirs, BOTH: self.both}[choice]


@dataclass
class MergeResult:
    """``contact`` is the merge with every conflicting field at mine's value."""
    contact: ContactData
    conflicts: list[Conflict] = field(default_factory=list)
    #: fields that took a change made elsewhere (non-conflicting)
    from_theirs: list[str] = field(default_factory=list)

    def resolved(self, choices: Mapping[str, str]) -> ContactData:
        """The merge with each conflict's field set to ``choices[field]`` (default: mine)."""
        out = copy.deepcopy(self.contact)
        for c in self.conflicts:
            set_field(out, c.field, copy.deepcopy(c.value(choices.get(c.field, MINE))))
        return out


def get_field(c: ContactData, name: str) -> Any:
    return (c.photo, c.photo_mime) if name == PHOTO else getattr(c, name)


def set_field(c: ContactData, name: str, value: Any) -> None:
    if name == PHOTO:
        c.photo, c.photo_mime = value
    else:
        setattr(c, name, value)


def merge(base: ContactData, mine: ContactData, theirs: ContactData) -> MergeResult:
    """Merge ``mine`` (edited from ``base``) with ``theirs`` (stored since); see the module."""
    out = copy.deepcopy(mine)
    for name in STORED_FIELDS:
        setattr(out, name, getattr(theirs, name))
    result = MergeResult(out)
    for name in SCALAR_FIELDS + (PHOTO,):
        b, m, t = get_field(base, name), get_field(mine, name), get_field(theirs, name)
        if m == b or m == t:
            set_field(out, name, copy.deepcopy(t))
            if m == b and t != b:
                result.from_theirs.append(name)
        elif t != b:
            both = _both_notes(m, t) if name == "notes" else None
            result.conflicts.append(Conflict(name, b, m, t, both))
    for name, key in LIST_KEYS.items():
        merged = _ListMerge(getattr(base, name), getattr(mine, name), getattr(theirs, name),
                            key)
        setattr(out, name, merged.build(MINE))
        if merged.conflicts:
            options = [merged.build(choice) for choice in (MINE, THEIRS, BOTH)]
            both = options[2] if options[2] not in options[:2] else None  # nothing new
            result.conflicts.append(Conflict(name, getattr(base, name), options[0],
                                             options[1], both))
        elif merged.took_theirs:
            result.from_theirs.append(name)
    return result


def _both_notes(mine: str, theirs: str) -> str:
    if not mine or theirs.startswith(mine):
        return theirs
    if not theirs or mine.startswith(theirs):
        return mine
    return f"{mine}\n\n{theirs}"


_GONE = object()  # the item is not on this side


class _ListMerge:
    """One list merged item by item: each item of any side is a slot (base, mine, theirs)."""

    def __init__(self, base: Sequence, mine: Sequence, theirs: Sequence,
                 key: Callable[[Any], Any]):
        self.key = key
        m_of_base, m_added = _pair(base, mine, key)
        t_of_base, t_added = _pair(base, theirs, key)
        #: (order, base, mine, theirs): order puts mine's items first, in mine's order
        self.slots: list[tuple[tuple, Any, Any, Any]] = []
        for i, b in enumerate(base):
            mj, tj = m_of_base[i], t_of_base[i]
            self.slots.append(((0, mj) if mj is not None else (1, i), b,
                               mine[mj] if mj is not None else _GONE,
                               theirs[tj] if tj is not None else _GONE))
        # Added on both sides with the same key: one slot, with no base.
        t_by_key: dict[Any, list[int]] = defaultdict(list)
        for tj in t_added:
            t_by_key[key(theirs[tj])].append(tj)
        for mj in m_added:
            same = t_by_key.get(key(mine[mj]))
            t = theirs[same.pop(0)] if same else _GONE
            self.slots.append(((0, mj), _GONE, mine[mj], t))
        for tjs in t_by_key.values():
            self.slots += [((2, tj), _GONE, _GONE, theirs[tj]) for tj in tjs]
        self.slots.sort(key=lambda s: s[0])
        self.conflicts = any(_resolve(b, m, t) is None for _, b, m, t in self.slots)
        self.took_theirs = any(_same(m, b) and not _same(t, b) for _, b, m, t in self.slots)

    def build(self, choice: str) -> list:
        out: list = []
        for _, b, m, t in self.slots:
            res = _resolve(b, m, t)
            if res is not None:
                values = res
            else:
                values = {MINE: [m], THEIRS: [t], BOTH: [m, t]}[choice]
            for v in values:
                if v is not _GONE and v not in out:
                    out.append(copy.deepcopy(v))
        return out


def _resolve(b: Any, m: Any, t: Any) -> list | None:
    """The slot's values after the merge, or None for a conflict."""
    if _same(m, b):
        return [t]
    if _same(t, b) or _same(m, t):
        return [m]
    return None


def _same(x: Any, y: Any) -> bool:
    if x is _GONE or y is _GONE:
        return x is y
    return x == y


def _pair(base: Sequence, side: Sequence, key: Callable[[Any], Any]
          ) -> tuple[list[int | None], list[int]]:
    """For each base item, the index of the same item on ``side`` (None: removed),
    and the indexes of side's additions. Items are recognised by key; a base
    item whose key is gone pairs with a new item, in order (edited in place)."""
    free: dict[Any, list[int]] = defaultdict(list)
    for j, item in enumerate(side):
        free[key(item)].append(j)
    match: list[int | None] = []
    for b in base:
        js = free.get(key(b))
        match.append(js.pop(0) if js else None)
    used = {j for j in match if j is not None}
    new = [j for j in range(len(side)) if j not in used]
    lost = [i for i, j in enumerate(match) if j is None]
    for i, j in zip(lost, new):
        match[i] = j
    return match, new[len(lost):]


def as_loaded(loaded: ContactData, shown: ContactData, edited: ContactData) -> ContactData:
    """``edited`` with what the user did not touch put back as it was stored.

    An editor tidies what it shows (a phone number in its international
    form, spaces trimmed): ``shown`` is its reading right after ``loaded``
    was filled in. A field (or a list item, when the lists line up) that is
    the same in ``shown`` and ``edited`` takes ``loaded``'s value, so that
    tidying never counts as a change in a merge.
    """
    out = copy.deepcopy(edited)
    for name in SCALAR_FIELDS + (PHOTO,):
        if get_field(edited, name) == get_field(shown, name):
            set_field(out, name, copy.deepcopy(get_field(loaded, name)))
    for name in LIST_KEYS:
        was, showed, now = getattr(loaded, name), getattr(shown, name), getattr(edited, name)
        if now == showed:
            setattr(out, name, copy.deepcopy(was))
        elif len(was) == len(showed):
            unused = list(range(len(showed)))
            items = []
            for item in now:
                k = next((k for k in unused if showed[k] == item), None)
                if k is None:
                    items.append(copy.deepcopy(item))
                else:
                    unused.remove(k)
                    items.append(copy.deepcopy(was[k]))
            setattr(out, name, items)
    return out
