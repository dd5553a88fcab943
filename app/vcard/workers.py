"""A small pool of worker processes that read cards, each under a time limit.

ProcessPoolExecutor cannot stop one task: a card that sends a parser into
a loop would hold its worker, and the import, forever. Here each worker
notes when it starts an item (in shared memory); one that spends more than
``limit`` seconds on an item is killed and replaced, the item answered by
``lost(item, code)`` (see app.vcard.notes.TOO_SLOW), and the rest of its
work handed out again. Results come back in the order the chunks went in,
with at most ``in_flight`` chunks read ahead.

Workers die with the process that started them: on Linux the kernel kills
them when their parent goes (``PR_SET_PDEATHSIG``; under forkserver their
parent is the fork server, which exits with ours once no worker holds its
"alive" pipe, so each worker closes its copy), elsewhere a thread watches
the parent's pid (it cannot run while a parser holds the interpreter lock);
a worker waiting for work ends when its pipe closes.
"""
from __future__ import annotations

import ctypes
import os
import queue as queues
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import wait
from multiprocessing.reduction import ForkingPickler

from app.vcard import notes as n

_PR_SET_PDEATHSIG = 1
_END = object()  # ends a sender thread


def _die_with_parent(parent: int) -> None:
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    alive = getattr(server, "_forkserver_alive_fd", None)
    if alive is not None:  # the fork server waits for every holder to go
        os.close(alive)
        server._forkserver_alive_fd = None
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    first = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)
            except OSError:
                pass
            if os.getppid() != first:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _sender(conn) -> queues.SimpleQueue:
    """A thread that sends what is put in the queue (bytes are sent as they
    are), so that neither side blocks on a full pipe while the other is
    sending too; _END ends it."""
    out: queues.SimpleQueue = queues.SimpleQueue()

    def run() -> None:
        while (message := out.get()) is not _END:
            try:
                if isinstance(message, bytes):
                    conn.send_bytes(message)
                else:
                    conn.send(message)
            except (OSError, ValueError):  # the other side is gone
                return

    threading.Thread(target=run, daemon=True).start()
    return out


def _work(slot: int, conn, started, index, parent: int) -> None:
    """A worker's life: ``(fn, args, items)`` in, ``[fn(item, *args), ...]`` out."""
    _die_with_parent(parent)
    send = _sender(conn)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        fn, args, items = message
        out = []
        for i, item in enumerate(items):
            index[slot] = i
            started[slot] = time.monotonic()
            out.append(fn(item, *args))
        started[slot] = 0.0
        send.put(bytes(ForkingPickler.dumps(out)))  # pickled here, sent while it reads on


class CardPool:
    def __init__(self, ctx, fn: Callable, args: tuple, workers: int, limit: float,
                 lost: Callable[[object, str], object], in_flight: int | None = None):
        self.ctx, self.fn, self.args, self.limit, self.lost = ctx, fn, args, limit, lost
        self.in_flight = in_flight or 2 * workers
        self.started = ctx.Array("d", workers, lock=False)
        self.index = ctx.Array("i", workers, lock=False)
        self.procs: list = [None] * workers
        self.conns: list = [None] * workers
        self.sends: list = [None] * workers
        #: per worker, the (chunk key, positions) it was sent, oldest first
        self.assigned: list[deque] = [deque() for _ in range(workers)]
        self.killed = 0  # workers killed for taking too long or lost
        for slot in range(workers):
            self._start(slot)

    def _start(self, slot: int) -> None:
        ours, theirs = self.ctx.Pipe()
        proc = self.ctx.Process(target=_work, daemon=True,
                                args=(slot, theirs, self.started, self.index, os.getpid()))
        self.started[slot] = 0.0
        proc.start()
        theirs.close()
        self.procs[slot], self.conns[slot], self.sends[slot] = proc, ours, _sender(ours)

    def close(self) -> None:
        for slot in range(len(self.procs)):
            self.sends[slot].put(None)  # the worker's "stop"
            self.sends[slot].put(_END)
        deadline = time.monotonic() + 1
        for slot, proc in enumerate(self.procs):
            proc.join(max(0.0, deadline - time.monotonic()))
            if proc.is_alive():
                proc.kill()
                proc.join()
            self.conns[slot].close()

    def __enter__(self) -> CardPool:
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is not None:  # cancelled or failed: no need to be polite
            for proc in self.procs:
                proc.kill()
        self.close()

    def run(self, chunks: Iterable[list], check: Callable[[], None] | None = None
            ) -> Iterator[list]:
        """Each chunk's results, in chunk order; ``check()`` runs between waits."""
        chunks = iter(chunks)
        items: dict[int, list] = {}
        results: dict[int, list] = {}
        left: dict[int, int] = {}
        queue: deque = deque()
        next_key = next_out = 0
        exhausted = False
        while True:
            while not exhausted and len(items) < self.in_flight:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                items[next_key], results[next_key] = chunk, [None] * len(chunk)
                left[next_key] = len(chunk)
                queue.append((next_key, list(range(len(chunk)))))
                next_key += 1
            self._dispatch(queue, items)
            while next_out in left and not left[next_out]:
                del items[next_out], left[next_out]
                yield results.pop(next_out)
                next_out += 1
            if exhausted and not items:
                return
            if check:
                check()
            busy = [self.conns[s] for s in range(len(self.procs)) if self.assigned[s]]
            for conn in wait(busy, timeout=0.1):
                slot = self.conns.index(conn)
                try:
                    out = conn.recv()
                except (EOFError, OSError):
                    self._replace(slot, queue, items, results, left, n.READER_STOPPED)
                    continue
                key, positions = self.assigned[slot].popleft()
                for pos, value in zip(positions, out):
                    results[key][pos] = value
                left[key] -= len(positions)
            now = time.monotonic()
            for slot in range(len(self.procs)):
                began = self.started[slot]
                if self.assigned[slot] and began and now - began > self.limit:
                    self._replace(slot, queue, items, results, left, n.TOO_SLOW)

    def _dispatch(self, queue: deque, items: dict[int, list]) -> None:
        # One chunk for each worker, then a second: it starts that one while
        # we store the first.
        for depth in (1, 2):
            for slot in range(len(self.procs)):
                if queue and len(self.assigned[slot]) < depth:
                    key, positions = queue.popleft()
                    self.sends[slot].put((self.fn, self.args,
                                          [items[key][p] for p in positions]))
                    self.assigned[slot].append((key, positions))

    def _replace(self, slot, queue, items, results, left, code: str) -> None:
        """Kill a stuck or lost worker, answer its current item, hand its work on."""
        try:  # what it finished before getting stuck
            while self.conns[slot].poll(0):
                out = self.conns[slot].recv()
                key, positions = self.assigned[slot].popleft()
                for pos, value in zip(positions, out):
                    results[key][pos] = value
                left[key] -= len(positions)
        except (EOFError, OSError):
            pass
        stuck = self.index[slot]
        proc = self.procs[slot]
        proc.kill()
        proc.join()
        self.sends[slot].put(_END)
        self.conns[slot].close()
        self.killed += 1
        work = list(self.assigned[slot])
        self.assigned[slot].clear()
        if work:
            key, positions = work[0]
            if 0 <= stuck < len(positions):
                pos = positions.pop(stuck)
                results[key][pos] = self.lost(items[key][pos], code)
                left[key] -= 1
            for entry in reversed(work):
                if entry[1]:
                    queue.appendleft(entry)
        self._start(slot)
