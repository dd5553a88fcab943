"""A big demo book on two cores: a helper process makes the contacts, parses
their phone numbers and makes their conversations while this one stores the
batch before.

Parsing numbers (phonenumbers) took 40% of building a demo book and making
the contacts another 15%; storing needs the rest and this process's
connection. The helper runs the very same generator, so the same seed gives
the same contacts whichever way they are made. Numbers reach the store
through app.contacts.phones.known_numbers, as the vCard reader's do.
"""
from __future__ import annotations

import multiprocessing
import queue as queues
from collections.abc import Callable, Iterable, Iterator

from app.contacts.model import ContactData
from app.core.i18n import N_
from app.core.problems import Problem, problem_code

#: Below this, a helper process costs more than it saves.
MIN_CONTACTS = 20_000
_WAIT_SECONDS = 1.0


class DemoHelperLost(Problem, RuntimeError):
    """The helper process ended before it had made every contact."""


HELPER_LOST = problem_code("demo.helper_lost", N_(
    "The helper process that makes demo contacts stopped early; nothing was added."))

Pairs = list[tuple[tuple[str, str], object]]


def phone_pairs(batch: list[ContactData], region: str, shapes=None) -> Pairs:
    """Every number of the batch parsed as storing it asks (app.contacts.store):
    in the region of the contact's address, with its international form
    (the list shows the first number in full). ``shapes`` (a
    app.demo.phone_shapes.ShapeParser, kept from batch to batch) parses
    each shape of number once."""
    from app.contacts.phones import region_for
    from app.demo.phone_shapes import ShapeParser

    shapes = shapes or ShapeParser()
    infos: dict = {}
    for c in batch:
        own = region_for((a.country for a in c.addresses), region)
        for p in c.phones:
            key, info = shapes.portable(p.number, own)
            infos[key] = info
    return list(infos.items())


#: What a batch comes with: its contacts, their parsed numbers (empty: parse
#: them when storing) and, when asked for, (interaction rows, links) from
#: app.demo.conversations.Maker, each link naming the contact by its place
#: in the batch.
Prepared = tuple[list[ContactData], Pairs, "tuple[list[tuple], list[tuple]] | None"]


def prepared(made: Iterable[list[ContactData]], region: str | None,
             talk: tuple | None) -> Iterator[Prepared]:
    """Each batch of ``made`` with its numbers parsed (unless ``region`` is None)
    and, with ``talk`` (seed, today, first interaction id), its conversations."""
    from app.demo import conversations
    from app.demo.phone_shapes import ShapeParser

    shapes = ShapeParser()
    maker = conversations.Maker(*talk) if talk else None
    for batch in made:
        rows = None if maker is None else maker.rows(
            [(at, *conversations.profile(c)) for at, c in enumerate(batch)])
        yield batch, (() if region is None else phone_pairs(batch, region, shapes)), rows


def batches(make: Callable[..., Iterable[list[ContactData]]], args: tuple, region: str,
            talk: tuple | None = None) -> Iterator[Prepared]:
    """:func:`prepared` batches as ``make(*args)`` yields them, made in a helper
    process (``make`` is a module's function)."""
    ctx = _context()
    made = ctx.Queue(maxsize=4)
    helper = ctx.Process(target=_produce, args=(made, make, args, region, talk), daemon=True)
    helper.start()
    try:
        while True:
            try:
                item = made.get(timeout=_WAIT_SECONDS)
            except queues.Empty:
                if not helper.is_alive():
                    raise DemoHelperLost(HELPER_LOST) from None
                continue
            if item is None:
                return
            yield item
    finally:
        if helper.is_alive():
            helper.kill()
        helper.join()
        made.close()


def _produce(made, make, args: tuple, region: str, talk: tuple | None) -> None:
    for item in prepared(make(*args), region, talk):
        made.put(item)
    made.put(None)


def _context():
    # forkserver: the helper forks from a clean process, never from one
    # running Qt threads (the bench and the window may call fill()).
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["app.demo.contacts", "app.demo.conversations",
                                   "phonenumbers"])
        return ctx
    return multiprocessing.get_context("spawn")
