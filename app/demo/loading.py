"""Storing a demo book a batch at a time: contacts, then their conversations.

Each batch arrives with what it needs besides the contacts: its parsed phone
numbers and its conversations (numbered ahead from the interaction table's
next id, each linked to the contact's place in the batch), made in the
helper process for a big book (app.demo.producer) or here for a small one.
Storing a batch then costs this process the inserts only; temperatures,
first-contact dates and search texts are brought up to date once at the end.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from random import Random

from app.contacts.model import ContactData
from app.demo import bulk_store, producer
from app.demo import conversations as demo_talk

Make = Callable[[int, int, dt.date], Iterator[list[ContactData]]]


def load(make: Make, n: int, seed: int, today: dt.date,
         progress: Callable[[int, int], object] | None, *, conversations: bool,
         helper: bool | None, bulk: bool | None) -> int:
    """What app.demo.contacts.fill does, with ``make(n, seed, today)`` making
    the batches (a module's function: the helper process calls it too)."""
    from app.contacts import store as contacts
    from app.contacts.phones import known_numbers
    from app.conversations import store as talk_store
    from app.storage import settings

    done = 0
    referrals = Random(f"referrals-{seed}")  # apart, so generate() stays the same
    stored: list[int] = []
    talked: set[int] = set()
    region = settings.get("phone_region")
    if helper is None:
        helper = n >= producer.MIN_CONTACTS
    with bulk_store.loading(bulk if bulk is not None else bulk_store.worth_it(n)):
        talk = (seed, today, talk_store.next_id()) if conversations else None
        made = producer.batches(make, (n, seed, today), region, talk) if helper \
            else producer.prepared(make(n, seed, today), None, talk)
        for batch, numbers, rows in made:
            for c in batch:
                if c.origin == "referral" and stored and referrals.random() < 0.6:
                    c.referred_by_id = referrals.choice(stored)
            with known_numbers(numbers):
                ids = contacts.create_many(batch)
            stored += ids
            if rows is not None:
                links = [(i, ids[at]) for i, at in rows[1]]
                demo_talk.store(rows[0], links)
                talked.update(cid for _, cid in links)
            done += len(batch)
            if progress is not None:
                progress(done, n)
        if conversations:
            demo_talk.finish(sorted(talked))
    return done
