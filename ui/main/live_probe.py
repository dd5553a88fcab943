"""Started by `hearth bench` as a fresh process: opens the real main window
offscreen on the bench database while the command line, in processes of its
own, logs conversations with the contact the window shows and imports new
contacts; times each commit to the window showing it, what the refresh costs
the GUI thread (watcher, detail pane, panel, list), and a poll that finds
nothing.

Prints lines the benchmark reads: ``notify_ms WRITER X``, ``refresh_gui_ms
WRITER X`` (WRITER: log or import), ``idle_poll_us X``.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from pathlib import Path


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from app.storage.connection import open_database
    from ui.main.application import make_application
    from ui.main.main_window import MainWindow

    make_application()
    open_database(args.db)
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    live = window.live_updates
    root = Path(__file__).resolve().parents[2]

    # What the refresh costs the GUI thread: the watcher's poll (fingerprints),
    # apply() (detail pane, panel, Today) and show_list() (the new ids, the
    # selection and scroll restored). The list's ids are read off the GUI thread.
    gui_ms: list[float] = []
    for owner, name in ((live.watcher, "poll"), (live, "apply"), (live, "show_list")):
        original = getattr(owner, name)

        def timed(*a, _original=original, **k):
            clock = QElapsedTimer()
            clock.start()
            try:
                return _original(*a, **k)
            finally:
                gui_ms.append(clock.nsecsElapsed() / 1e6)
                if os.environ.get("HEARTH_PROBE_DEBUG") and gui_ms[-1] > 0.1:
                    print("debug", _original.__name__, gui_ms[-1], flush=True)

        setattr(owner, name, timed)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    wait(300)
    cid = window.model.contact_id(0)
    window.select_contact(cid)
    wait(300)

    start = time.perf_counter()
    for _ in range(1000):
        live.poll()
    print("idle_poll_us", f"{(time.perf_counter() - start) * 1000:.2f}", flush=True)
    gui_ms.clear()

    # When each write is committed, seen from a connection of another thread
    # that polls data_version every millisecond; the time is the start of the
    # poll that saw it, so the figure errs short by at most that millisecond.
    committed: list[float] = []
    stop = threading.Event()

    def watch_commits() -> None:
        from app.storage.changes import watch_database
        from app.storage.connection import close_thread_connection

        watcher = watch_database()
        try:
            while not stop.is_set():
                began = time.perf_counter()
                if watcher.poll():
                    committed.append(began)
                time.sleep(0.001)
        finally:
            close_thread_connection()

    threading.Thread(target=watch_commits, daemon=True).start()
    wait(100)
    panel = window.crm.panel
    for n in range(args.rounds):
        # Even rounds log a conversation with the shown contact; odd ones import
        # a new contact, which changes the list's rows (a reset, the view kept).
        if n % 2 == 0:
            command = ["log", str(cid), "--channel", "call", "--subject", f"bench {n}"]
            before = panel.model.rowCount()

            def seen(before=before) -> bool:
                return panel.model.rowCount() > before
        else:
            card = Path(args.db).with_name(f"live-probe-{n}.vcf")
            card.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Aaron;Bench{n};;;\r\n"
                            f"FN:Bench{n} Aaron\r\nEND:VCARD\r\n", encoding="utf-8")
            command = ["import", str(card)]
            before = window.model.total()

            def seen(before=before) -> bool:
                return window.model.total() > before
        committed.clear()
        gui_ms.clear()
        writer = subprocess.Popen([sys.executable, "-m", "app", "--db", args.db, *command],
                                  cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        refreshed: list[float] = []
        live.refreshed.connect(lambda _c, seen=refreshed: seen.append(time.perf_counter()))
        deadline = time.perf_counter() + 30
        while time.perf_counter() < deadline and not (committed and refreshed and seen()):
            wait(2)
        live.refreshed.disconnect()
        window.table.viewport().repaint()
        shown = time.perf_counter()
        if writer.wait() != 0:
            print("error", writer.stderr.read().decode()[-300:] if writer.stderr else "",
                  flush=True)
            return 1
        if not (committed and refreshed and seen()):
            print("error the window did not show the write within 30 s", flush=True)
            return 1
        if window.selected_ids() != [cid]:
            print("error the refresh lost the selected contact", flush=True)
            return 1
        print("notify_ms", command[0], f"{(shown - committed[0]) * 1000:.1f}", flush=True)
        print("refresh_gui_ms", command[0], f"{sum(gui_ms):.1f}", flush=True)
        wait(200)
    stop.set()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
