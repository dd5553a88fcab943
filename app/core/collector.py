"""Keeping Python's full garbage collections out of long work.

A full collection stops every thread, the GUI's too, for as long as it takes
to scan every object the process holds: during a 10,000-card import that is
100-200 ms at a time, often enough to make the window stutter (measured by
``hearth bench``, ``import_longest_event_loop_pause``). Inside
:func:`young_only` the collector does not run by itself; the long work calls
:func:`collect_young` at each step (a chunk of cards), which collects what
was allocated since the last step and nothing older, so each pause stays a
few milliseconds. Afterwards the collector runs by itself again.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0


@contextmanager
def young_only() -> Iterator[None]:
    """No automatic collection while the block runs (in any thread); nests."""
    global _holders
    with _lock:
        _holders += 1
        if _holders == 1:
            gc.disable()
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0:
                gc.collect(1)  # what the last step left, as at every step
                gc.enable()


def collect_young() -> None:
    """Collect the objects allocated since the last step (generations 0 and 1):
    cyclic garbage of the work so far is freed, survivors move to the oldest
    generation and are not scanned again until the collector runs by itself."""
    if _holders:
        gc.collect(1)
