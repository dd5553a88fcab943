"""`hearth bench`: the figures DESIGN.md budgets, measured on this machine.

Each figure is printed as one line, ``name: value unit``. Nothing here
asserts: the machines are noisy, so the figures are for people to read.
"""
from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

#: What a user types into the search box: names, companies, places, phone
#: fragments, e-mail pieces and tags, 1 to 6 characters, typed key by key.
QUERIES = ["m", "mü", "müller", "schmi", "a", "an", "berlin", "gmbh", "0171", "wien", "zürich",
           "j", "jo", "kunde", "vip", "smith", "lo", "hans", "bäck", "+49", "7946", "weiß",
           "london", "st"]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[k]


def build_database(path: Path, n: int, out: Callable[[str], None]) -> None:
    from app.demo import bulk_store
    from app.demo import contacts as demo
    from app.storage.connection import close_database, open_database

    open_database(path)
    start = time.perf_counter()
    with bulk_store.fresh_file():  # the bench's own new file
        demo.fill(n, seed=1)
    out(f"build_demo_{n}: {time.perf_counter() - start:.2f} s")
    close_database()
    out(f"database_size: {path.stat().st_size / 1e6:.1f} MB")


def probe_window(path: Path, out: Callable[[str], None], runs: int = 3) -> None:
    """Cold start, memory and search latency, each in a fresh process."""
    root = Path(__file__).resolve().parents[2]
    # Byte-compiled first, as an installed copy is (pip and PyInstaller compile at
    # install): else a start under PYTHONDONTWRITEBYTECODE compiles every module.
    for package in ("app", "ui"):
        compileall.compile_dir(root / package, quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="hearth-bench-config-"))
    env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
    starts, keystrokes, rss, rss_after = [], [], 0, 0
    start_cpu: list[float] = []  # the start's CPU time, whatever else the machine did
    short: list[float] = []  # one- and two-letter searches: the biggest results
    counted: list[float] = []  # a big search's count, off the GUI thread, after its rows
    keystroke_cpu: list[float] = []  # the GUI thread's CPU time per keystroke
    for run in range(runs):
        queries = json.dumps(QUERIES if run == 0 else [])
        began = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "ui.main.startup_probe", "--db", str(path),
             "--queries", queries],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=root)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("shown"):
                starts.append(time.perf_counter() - began)
                if "True" not in line:
                    out("warning: the first rows were not painted")
            elif line.startswith("start_cpu_s"):
                start_cpu.append(float(line.split()[1]))
            elif line.startswith("rss_kb") and run == 0:
                rss = int(line.split()[1])
            elif line.startswith("keystroke_ms"):
                keystrokes.append(float(line.rsplit(" ", 2)[1]))
                if len(json.loads(line.split(" ")[1])) <= 2:
                    short.append(keystrokes[-1])
            elif line.startswith("keystroke_cpu_ms"):
                keystroke_cpu.append(float(line.rsplit(" ", 1)[1]))
            elif line.startswith("counted_ms"):
                counted.append(float(line.rsplit(" ", 1)[1]))
            elif line.startswith("rss_after_search_kb"):
                rss_after = int(line.split()[1])
        err = proc.stderr.read() if proc.stderr else ""
        if proc.wait() != 0:
            out(f"error: the window probe failed: {err.strip()[-500:]}")
            return
    out(f"cold_start_first: {starts[0]:.3f} s")
    out(f"cold_start_median: {statistics.median(starts):.3f} s")
    if start_cpu:
        out(f"cold_start_cpu_median: {statistics.median(start_cpu):.3f} s")
    out(f"memory_after_start: {rss / 1024:.0f} MB")
    out(f"memory_after_searches: {rss_after / 1024:.0f} MB")
    out(f"search_keystrokes: {len(keystrokes)} count")
    out(f"search_median: {statistics.median(keystrokes):.1f} ms")
    out(f"search_p95: {percentile(keystrokes, 0.95):.1f} ms")
    out(f"search_max: {max(keystrokes):.1f} ms")
    if keystroke_cpu:  # what a keystroke cost the GUI thread, whatever else the machine did
        out(f"search_cpu_median: {statistics.median(keystroke_cpu):.1f} ms")
        out(f"search_cpu_p95: {percentile(keystroke_cpu, 0.95):.1f} ms")
    if short:
        out(f"search_short_median: {statistics.median(short):.1f} ms")
        out(f"search_short_p95: {percentile(short, 0.95):.1f} ms")
    out(f"search_counted_later: {len(counted)} count")
    if counted:
        out(f"search_count_shown_median: {statistics.median(counted):.1f} ms")
        out(f"search_count_shown_p95: {percentile(counted, 0.95):.1f} ms")


def run(contacts: int = 100_000,
        parts: tuple[str, ...] = ("core", "crm", "vcard", "cards", "reliability", "sync"),
        out: Callable[[str], None] = print, *, db_engine: str = "sqlite",
        pg_url: str | None = None) -> None:
    if db_engine == "postgresql":  # the same figures on PostgreSQL (app/bench/pg.py)
        from app.bench import pg as pg_bench

        pg_bench.run(contacts, out, pg_url, build_database=build_database,
                     probe_window=probe_window)
        return
    with tempfile.TemporaryDirectory(prefix="hearth-bench-") as tmp:
        path = Path(tmp) / "bench.db"
        if "core" in parts or "crm" in parts:
            build_database(path, contacts, out)
        if "core" in parts:
            probe_window(path, out)
            from app.bench import live

            live.run(out, path)
        if "crm" in parts:
            try:
                from app.bench import crm as crm_bench
            except ImportError:
                out("crm: not available in this build")
            else:
                crm_bench.run(out, path)
    if "vcard" in parts:
        from app.bench import vcard as vcard_bench

        vcard_bench.run(out)
        from app.bench import csvimport as csv_bench  # CSV rows take the vCard import's path

        csv_bench.run(out)
    if "cards" in parts:
        from app.bench import cards as cards_bench

        cards_bench.run(out)
    if "reliability" in parts:
        from app.bench import reliability

        reliability.run(out)
    if "sync" in parts:  # CardDAV sync against a local Radicale
        from app.bench import sync as sync_bench

        sync_bench.run(out)
