"""Writers sharing one file: how long a save waits during an import, and how
long the window's event loop stalls while it imports.

``python -m app bench --only reliability`` prints, as ``name: value unit``:

- ``save_wait_during_import``: the longest a single contact update (this
  process, its own connection) waited while a 10,000-card ``hearth import``
  ran in another process (target < 200 ms), and the median;
- ``import_longest_event_loop_pause``: the longest the window's event loop
  was kept from a 10 ms timer during a 10,000-card import through the import
  dialog's code path, offscreen (target < 100 ms), and the same during the
  applying phase alone.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.bench.vcard import generate

CARDS = 10_000
ROOT = Path(__file__).resolve().parents[2]


def save_wait_during_import(folder: Path, cards: Path, out: Callable[[str], None]) -> None:
    from app.contacts import store as contacts
    from app.contacts.model import ContactData
    from app.storage.connection import close_database, open_database

    path = folder / "saves.db"
    open_database(path)
    cid = contacts.create(ContactData(given_name="Saved", family_name="During Import"))
    proc = subprocess.Popen([sys.executable, "-m", "app", "--db", str(path), "import",
                             str(cards)], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    waits: list[float] = []
    try:
        c = contacts.get(cid)
        while proc.poll() is None:
            c.nickname = f"save {len(waits)}"
            start = time.perf_counter()
            contacts.update(c)
            waits.append((time.perf_counter() - start) * 1000)
            time.sleep(0.02)
    finally:
        proc.wait()
        close_database()
    if proc.returncode != 0 or not waits:
        out("error: the import for save_wait_during_import failed")
        return
    out(f"save_wait_during_import: {max(waits):.0f} ms")
    out(f"save_wait_during_import_median: {statistics.median(waits):.1f} ms")
    out(f"save_wait_during_import_saves: {len(waits)} count")


def import_event_loop_pause(folder: Path, cards: Path, out: Callable[[str], None]) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="hearth-bench-config-"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run([sys.executable, "-m", "ui.vcard.import_probe", "--db",
                           str(folder / "window.db"), str(cards)], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    found = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    if done.returncode != 0 or "longest_pause_ms" not in found:
        out(f"error: the import probe failed: {done.stderr.strip()[-300:]}")
        return
    out(f"import_longest_event_loop_pause: {float(found['longest_pause_ms']):.0f} ms")
    out(f"import_longest_event_loop_pause_applying: "
        f"{float(found['longest_pause_applying_ms']):.0f} ms")
    out(f"import_window_cards: {found.get('imported', '0')} cards")


def run(out: Callable[[str], None] = print, count: int = CARDS) -> None:
    with tempfile.TemporaryDirectory(prefix="hearth-reliability-bench-") as tmp:
        folder = Path(tmp)
        cards = folder / "cards.vcf"
        generate(cards, count)
        save_wait_during_import(folder, cards, out)
        import_event_loop_pause(folder, cards, out)
