"""A big demo book on two cores: a helper process makes the contacts and parses
their phone numbers while this one stores the batch before.

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


def phone_pairs(batch: list[ContactData], region: str) -> Pairs:
    """Every number of the batch parsed as storing it asks (app.contacts.store):
    in the region of the contact's address; the first number in full too."""
    from app.contacts.phones import portable, region_for

    infos: dict = {}
    for c in batch:
        own = region_for((a.country for a in c.addresses), region)
        for i, p in enumerate(c.phones):
            key, info = portable(p.number, own, international=i == 0)
            if i == 0 or key not in infos:
                infos[key] = info
    return list(infos.items())


def batches(make: Callable[..., Iterable[list[ContactData]]], args: tuple, region: str
            ) -> Iterator[tuple[list[ContactData], Pairs]]:
    """(contacts, their parsed numbers) a batch at a time, as ``make(*args)``
    yields them, made in a helper process (``make`` is a module's function)."""
    ctx = _context()
    made = ctx.Queue(maxsize=4)
    helper = ctx.Process(target=_produce, args=(made, make, args, region), daemon=True)
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


def _produce(made, make, args: tuple, region: str) -> None:
    for batch in make(*args):
        made.put((batch, phone_pairs(batch, region)))
    made.put(None)


def _context():
    # forkserver: the helper forks from a clean process, never from one
    # running Qt threads (the bench and the window may call fill()).
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["app.demo.contacts", "phonenumbers"])
        return ctx
    return multiprocessing.get_context("spawn")
