"""Started by `hearth bench` as a fresh process: opens the real main window
offscreen, reports when its first rows are painted, then types searches into
the search box and times each keystroke until the list has repainted.

Prints lines the benchmark reads: ``shown``, ``start_cpu_s S``, ``rss_kb N``,
``keystroke_ms Q X``, and ``counted_ms Q X`` when a big search's count came
after its rows.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time


def rss_kb() -> int:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except ImportError:
        return 0


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--queries", default="[]")
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    from app.storage.connection import open_database
    from ui.main.application import make_application
    from ui.main.main_window import MainWindow

    app = make_application()
    open_database(args.db)
    window = MainWindow()

    class PaintWatch(QObject):
        """Tells "shown" as the list is first painted: what is done after that
        (the first contact's form, filled once the list is on screen) is not
        part of the start."""
        painted = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = True
                obj.removeEventFilter(self)
                QCoreApplication.sendEvent(obj, event)  # the paint itself, then tell
                rows = window.model.rowCount() > 0 and window.model.data(
                    window.model.index(0, 0))
                print("shown", bool(rows), flush=True)
                print("start_cpu_s", f"{time.process_time():.3f}", flush=True)  # all threads
                return True
            return False

    watch = PaintWatch()
    window.table.viewport().installEventFilter(watch)
    window.show()
    while not watch.painted:
        app.processEvents()
    print("rss_kb", rss_kb(), flush=True)

    for query in json.loads(args.queries):
        window.search.clear()
        app.processEvents()
        for n in range(1, len(query) + 1):
            start, cpu = time.perf_counter(), time.thread_time()
            window.search.setText(query[:n])  # what a keystroke does: textChanged
            window.table.viewport().repaint()  # paint the new rows synchronously
            elapsed = (time.perf_counter() - start) * 1000
            print("keystroke_ms", json.dumps(query[:n]), f"{elapsed:.2f}",
                  window.model.rowCount(), flush=True)
            # the GUI thread's own CPU time: on a busy machine, what the keystroke cost
            print("keystroke_cpu_ms", json.dumps(query[:n]),
                  f"{(time.thread_time() - cpu) * 1000:.2f}", flush=True)
            if window.model.counting():  # a big search: its count comes off the GUI thread
                while window.model.counting() and time.perf_counter() - start < 30:
                    app.processEvents()
                    time.sleep(0.001)
                print("counted_ms", json.dumps(query[:n]),
                      f"{(time.perf_counter() - start) * 1000:.2f}", flush=True)
    print("rss_after_search_kb", rss_kb(), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
