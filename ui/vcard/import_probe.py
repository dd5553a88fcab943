"""Started by `hearth bench` as a fresh process: runs a whole import through the
import dialog's code path (read, preview, apply) offscreen, while a timer
ticking every 10 ms measures how long the event loop was kept from it.

Prints lines the benchmark reads: ``longest_pause_ms X``, ``imported N``.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

TICK_MS = 10


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()

    from PySide6.QtCore import QTimer

    from app.storage.connection import close_database, open_database
    from ui.main.application import make_application
    from ui.vcard.import_dialog import ImportDialog
    from ui.vcard.import_pages import PREVIEW, PROGRESS, SUMMARY

    app = make_application()
    open_database(args.db)
    dialog = ImportDialog()
    dialog.show()
    longest: dict = {}  # page -> longest pause while it showed
    last = time.perf_counter()

    def tick() -> None:
        nonlocal last
        now = time.perf_counter()
        page = dialog.pages.currentIndex()
        phase = "applying" if dialog.plan is not None and page == PROGRESS else page
        longest[phase] = max(longest.get(phase, 0.0), (now - last) * 1000 - TICK_MS)
        last = now
        if page == PREVIEW and dialog.task is None and dialog.report is None:
            dialog.start_applying()
        elif page == SUMMARY:
            app.quit()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(TICK_MS)
    dialog.start_reading(args.paths)
    app.exec()
    print(f"longest_pause_ms {max(0.0, *longest.values()):.1f}", flush=True)
    print(f"longest_pause_applying_ms {longest.get('applying', 0.0):.1f}", flush=True)
    print(f"imported {dialog.report.created if dialog.report else 0}", flush=True)
    dialog.close()
    close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
