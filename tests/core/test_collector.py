"""Long work keeps the collector's full passes out of the window's way, and
still frees the cyclic garbage it makes."""
from __future__ import annotations

import gc
import weakref

from app.core import collector


class Node:
    def __init__(self):
        self.me = self  # a cycle: only the collector frees it


def test_inside_young_only_nothing_runs_by_itself_and_it_nests():
    assert gc.isenabled()
    with collector.young_only():
        assert not gc.isenabled()
        with collector.young_only():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
    assert gc.isenabled()


def test_each_step_frees_the_cycles_the_last_step_dropped():
    with collector.young_only():
        garbage = weakref.ref(Node())
        assert garbage() is not None  # nothing collected it by itself
        collector.collect_young()
        assert garbage() is None


def test_the_collector_runs_again_after_an_error():
    try:
        with collector.young_only():
            raise KeyError("boom")
    except KeyError:
        pass
    assert gc.isenabled()


def test_a_quiet_task_runs_without_automatic_collection(qtbot):
    from ui.common import tasks

    seen = []
    task = tasks.run_task(lambda task: seen.append(gc.isenabled()) or task.report(1, 1),
                          quiet_collector=True)
    qtbot.waitUntil(lambda: task not in tasks._running)
    assert seen == [False]
    assert gc.isenabled()
