"""Finding the same person twice in the address book, and merging two contacts
into one. What counts as the same person is app.contacts.matching's.

A merge keeps every phone, e-mail, address, URL and tag of both contacts
(without repeating one), their notes, photo and extra vCard lines, and moves
the other contact's interactions and references onto the one kept; the
other goes to the trash, so a wrong merge can be undone by hand.
"""
from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.contacts import listing, match_store
from app.contacts import store as contacts
from app.contacts.matching import MatchIndex, merge_data
from app.contacts.model import ContactData
from app.core.i18n import N_
from app.core.problems import Problem, problem_code
from app.storage import settings
from app.storage.connection import database

# --- merging two stored contacts -------------------------------------------------------

class MergeProblem(Problem, ValueError):
    """Two contacts that cannot be merged."""


MERGE_ITSELF = problem_code("contacts.merge_itself", N_("A contact cannot be merged with itself."))


def merge_contacts(keep_id: int, other_id: int, now: dt.datetime | None = None) -> ContactData:
    """Merge ``other_id`` into ``keep_id`` in one transaction; the other goes to the trash."""
    if keep_id == other_id:
        raise MergeProblem(MERGE_ITSELF)
    region = settings.get("phone_region")
    with database.atomic():
        keep, other = contacts.get(keep_id), contacts.get(other_id)
        merged = merge_data(keep, other, region)
        contacts.update(merged, now)
        match_store.repoint_references(other_id, keep_id)
        contacts.trash([other_id], now)
        _recompute_warmth([keep_id, other_id])
    return merged


def _recompute_warmth(ids: Sequence[int]) -> None:
    # Interactions moved: the stored temperature inputs follow, when the
    # temperature module is part of this build.
    try:
        warmth = importlib.import_module("app.conversations.warmth")
    except ImportError:
        return
    warmth.recompute(list(ids))


# --- finding duplicates in the address book ---------------------------------------------

@dataclass
class DuplicatePair:
    keep_id: int
    other_id: int
    reason: str


def find_duplicates(ids: Iterable[int] | None = None) -> list[DuplicatePair]:
    """Pairs of live contacts that look like the same person, first-found kept."""
    index = MatchIndex(settings.get("phone_region"))
    wanted = list(ids) if ids is not None else listing.ordered_ids()
    pairs: list[DuplicatePair] = []
    paired: set[int] = set()
    for start in range(0, len(wanted), 500):
        for c in contacts.get_many(wanted[start:start + 500], with_photos=False):
            c_uid, c.uid = c.uid, ""  # UIDs are unique in the database
            hit = index.match(c)
            c.uid = c_uid
            if hit is not None and hit.contact_id != c.id and c.id not in paired:
                pairs.append(DuplicatePair(hit.contact_id, c.id, hit.reason))
                paired.add(c.id)
            else:
                index.add(c, c.id)
    return pairs
