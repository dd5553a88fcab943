"""Running work off the GUI thread: one small helper over QThreadPool.

``run_task(fn, on_done, on_error, on_progress)`` runs ``fn(task)`` on the
pool and delivers the result on the GUI thread. Inside ``fn``,
``task.report(done, total)`` sends progress over (and raises ``Cancelled``
once ``task.cancel()`` was called); ``task.check()`` only checks. When
``fn`` ends, however it ends, the pool thread's database connection (if
``fn`` opened one) is closed: see :mod:`app.storage` for why.
"""
from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core import collector
from app.storage.connection import close_thread_connection


class Cancelled(Exception):
    """Raised inside a task that noticed it was cancelled."""


class TaskSignals(QObject):
    """Signals:
        progress(int, int): done, total.
        finished(object): the task's return value.
        failed(object): the exception it raised (Cancelled included).
    """
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[[Task], Any], quiet_collector: bool = False):
        super().__init__()
        self.fn = fn
        self.quiet_collector = quiet_collector
        self.signals = TaskSignals()
        self.cancelled = False
        self.setAutoDelete(False)  # Python keeps the reference; Qt must not delete it

    def cancel(self) -> None:
        self.cancelled = True

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()

    def report(self, done: int, total: int) -> None:
        self.check()
        if self.quiet_collector:
            collector.collect_young()
        self.signals.progress.emit(done, total)

    def run(self) -> None:  # noqa: D401 - Qt override
        try:
            try:
                if self.quiet_collector:
                    with collector.young_only():
                        result = self.fn(self)
                else:
                    result = self.fn(self)
            finally:
                # Before the result goes out: whoever receives it may rely on
                # this thread holding nothing of the database any more.
                close_thread_connection()
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            exc.formatted_traceback = traceback.format_exc()
            self._tell(self.signals.failed, exc)
        else:
            self._tell(self.signals.finished, result)

    @staticmethod
    def _tell(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application quit meanwhile: nobody is waiting
            pass


_running: set[Task] = set()


def run_task(fn: Callable[[Task], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             on_progress: Callable[[int, int], None] | None = None,
             owner: QObject | None = None, quiet_collector: bool = False) -> Task:
    """Run ``fn(task)`` on the global thread pool; callbacks run on the GUI thread.

    ``owner`` (by default the QObject whose bound methods the callbacks are)
    is the widget waiting for the result: once it is destroyed the task is
    cancelled and its late result dropped, instead of reaching a dead widget.
    ``quiet_collector``: long work that allocates a lot (an import) keeps the
    garbage collector's full passes, which stop the GUI too, out of its way;
    each ``task.report()`` collects what the last step allocated
    (app.core.collector).
    """
    task = Task(fn, quiet_collector)
    _running.add(task)
    if owner is None:
        owner = next((cb.__self__ for cb in (on_done, on_error, on_progress)
                      if isinstance(getattr(cb, "__self__", None), QObject)), None)
    if owner is not None:
        owner.destroyed.connect(task.cancel)

    def alive() -> bool:
        return owner is None or shiboken6.isValid(owner)

    def finished(result):
        _running.discard(task)
        if on_done and alive():
            on_done(result)

    def failed(exc):
        _running.discard(task)
        if on_error and alive():
            on_error(exc)

    def progress(done, total):
        if alive():
            on_progress(done, total)

    task.signals.finished.connect(finished)
    task.signals.failed.connect(failed)
    if on_progress:
        task.signals.progress.connect(progress)
    QThreadPool.globalInstance().start(task)
    return task
