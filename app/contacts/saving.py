"""Saving an edited contact without overwriting what it did not see.

The window and the command line save through :func:`save`: a new contact is
created; an edited one is written if the stored contact is still at the
version it was read at; otherwise the edit is merged with what was written
since (app.contacts.three_way). A merge without conflicts is written (the
outcome says so, for a status line); with conflicts nothing is written and
the outcome carries them, for the user to choose, and then
:func:`save_resolved`.
"""
from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.contacts import store
from app.contacts.model import ContactData
from app.contacts.three_way import MergeResult, merge
from app.storage.connection import database

#: How often a save merges again when yet another write lands in between.
_ATTEMPTS = 5


@dataclass
class SaveOutcome:
    """``saved``: the contact as written (None while conflicts wait for a choice).
    ``merge``: set when the save was merged with changes made elsewhere;
    ``current``: the stored contact it was merged with."""
    saved: ContactData | None
    merge: MergeResult | None = None
    current: ContactData | None = None

    @property
    def conflicts(self):
        return self.merge.conflicts if self.merge else []

    @property
    def merged_elsewhere_changes(self) -> bool:
        return self.merge is not None and bool(self.merge.from_theirs)


def save(mine: ContactData, base: ContactData | None = None,
         now: dt.datetime | None = None) -> SaveOutcome:
    """Store ``mine``, edited from ``base`` (the copy as it was read; default: none,
    so a stale ``mine`` raises store.ContactChanged as store.update does)."""
    if mine.id is None:
        store.create(mine, now)
        return SaveOutcome(mine)
    try:
        store.update(mine, now)
        return SaveOutcome(mine)
    except store.ContactChanged:
        if base is None:
            raise
    for attempt in range(_ATTEMPTS):
        current = store.get(mine.id)
        result = merge(base, mine, current)
        if result.conflicts:
            return SaveOutcome(None, result, current)
        try:
            store.update(result.contact, now)
            return SaveOutcome(result.contact, result, current)
        except store.ContactChanged:
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def save_resolved(outcome: SaveOutcome, choices: Mapping[str, str],
                  now: dt.datetime | None = None) -> SaveOutcome:
    """Save a conflicted outcome with the user's ``choices`` (field -> mine/theirs/both);
    merged again if the contact changed once more meanwhile."""
    if outcome.merge is None or outcome.current is None:
        raise ValueError("save_resolved() needs an outcome with conflicts")
    return save(outcome.merge.resolved(choices), outcome.current, now)


def edit(contact_id: int, change: Callable[[ContactData], None],
         now: dt.datetime | None = None) -> ContactData:
    """Read, ``change`` and (if that changed anything) write one contact in one
    transaction: for writes that keep no copy of their own (one field set from
    a dialog or a command)."""
    with database.atomic():
        c = store.get(contact_id)
        before = copy.deepcopy(c)
        change(c)
        if c != before:
            store.update(c, now)
    return c
