"""How soon the window shows what the command line writes (issue 9's "< 2 s").

Called by `hearth bench` (app/bench/runner.py) on its demo database: starts the
window offscreen in a fresh process (ui/main/live_probe.py), which has the
command line log conversations and import contacts beside it and reports each
commit-to-window time. Prints ``name: value unit`` lines; asserts nothing.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def run(out: Callable[[str], None], db_path: Path | str, rounds: int = 6) -> None:
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="hearth-bench-config-"))
    env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run(
        [sys.executable, "-m", "ui.main.live_probe", "--db", str(db_path),
         "--rounds", str(rounds)],
        capture_output=True, text=True, env=env, cwd=root, timeout=600)
    notify: list[float] = []
    gui: dict[str, list[float]] = {}
    idle = None
    for line in proc.stdout.splitlines():
        parts = line.split()
        if parts[:1] == ["notify_ms"]:
            notify.append(float(parts[2]))
        elif parts[:1] == ["refresh_gui_ms"]:
            gui.setdefault(parts[1], []).append(float(parts[2]))
        elif parts[:1] == ["idle_poll_us"]:
            idle = float(parts[1])
        elif parts[:1] == ["error"]:
            out(f"error: the live-update probe: {line[6:]}")
    if proc.returncode != 0 or not notify:
        out(f"error: the live-update probe failed: {proc.stderr.strip()[-500:]}")
        return
    out(f"notify_cli_write_to_window_median: {statistics.median(notify) / 1000:.2f} s")
    out(f"notify_cli_write_to_window_max: {max(notify) / 1000:.2f} s")
    for writer, values in sorted(gui.items()):
        out(f"live_refresh_gui_thread_{writer}_max: {max(values):.1f} ms")
    if idle is not None:
        out(f"live_idle_poll: {idle:.0f} us")
