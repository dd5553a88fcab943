"""A big demo book on two cores: a helper process makes the contacts, their
conversations and every row storing them writes, while this one inserts the
batch before.

The helper runs the very same generator and app.demo.rows, so the same seed
gives the same book whichever way it is made; only plain tuples cross
between the processes (unpickling made contacts cost the storing process a
third of its time).
"""
from __future__ import annotations

import multiprocessing
import queue as queues
from collections.abc import Callable, Iterable, Iterator

from app.contacts.model import ContactData
from app.core.i18n import N_
from app.core.problems import Problem, problem_code
from app.demo.rows import Finisher, Rows

#: Below this, a helper process costs more than it saves.
MIN_CONTACTS = 20_000
_WAIT_SECONDS = 1.0


class DemoHelperLost(Problem, RuntimeError):
    """The helper process ended before it had made every contact."""


HELPER_LOST = problem_code("demo.helper_lost", N_(
    "The helper process that makes demo contacts stopped early; nothing was added."))

def finished(make: Callable[..., Iterable[list[ContactData]]], args: tuple,
             finisher: Finisher) -> Iterator[Rows]:
    """The batches ``make(*args)`` yields, as ``finisher`` turns them into rows."""
    for batch in make(*args):
        yield finisher.rows(batch)


def batches(make: Callable[..., Iterable[list[ContactData]]], args: tuple,
            finisher: Finisher) -> Iterator[Rows]:
    """:func:`finished` batches, made in a helper process (``make`` is a module's
    function)."""
    ctx = _context()
    made = ctx.Queue(maxsize=4)
    helper = ctx.Process(target=_produce, args=(made, make, args, finisher), daemon=True)
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


def _produce(made, make, args: tuple, finisher: Finisher) -> None:
    for item in finished(make, args, finisher):
        made.put(item)
    made.put(None)


def _context():
    # forkserver: the helper forks from a clean process, never from one
    # running Qt threads (the bench and the window may call fill()).
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["app.demo.contacts", "app.demo.conversations",
                                   "app.demo.rows", "phonenumbers"])
        return ctx
    return multiprocessing.get_context("spawn")
