"""Storing a demo book a batch at a time, each batch as finished rows.

The contacts' rows (app.demo.rows) are made in the helper process for a
big book (app.demo.producer) or here for a small one, with ids numbered
ahead from the tables' next free ones; this process adds their
conversations, with the temperatures, first-contact dates and texts that
follow from them, and inserts (app.demo.bulk_store.insert). Nothing is
recomputed at the end.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from app.contacts.model import ContactData
from app.demo import bulk_store, producer
from app.demo.rows import Conversations, Finisher

Make = Callable[[int, int, dt.date], Iterator[list[ContactData]]]


def load(make: Make, n: int, seed: int, today: dt.date,
         progress: Callable[[int, int], object] | None, *, conversations: bool,
         helper: bool | None, bulk: bool | None) -> int:
    """What app.demo.contacts.fill does, with ``make(n, seed, today)`` making
    the batches (a module's function: the helper process calls it too)."""
    from app.conversations import warmth
    from app.storage import settings

    done = 0
    if helper is None:
        helper = n >= producer.MIN_CONTACTS
    with bulk_store.loading(bulk if bulk is not None else bulk_store.worth_it(n)):
        first_contact, first_talk = bulk_store.next_ids()
        finisher = Finisher(seed, settings.get("phone_region"), first_contact)
        talk = Conversations((seed, today, first_talk) if conversations else None,
                             warmth.load_settings())
        made = producer.batches if helper else producer.finished
        for rows in made(make, (n, seed, today), finisher):
            talk.add(rows)
            bulk_store.insert(rows)
            done += len(rows.contacts)
            if progress is not None:
                progress(done, n)
        bulk_store.ids_taken()
    return done
