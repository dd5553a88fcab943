"""The reading workers: one stuck on a card is replaced, none outlives its parent.

The stuck card is real: vobject's own line pattern on a line with many
parameters and a quote never closed (what hung the fuzzed imports), which
holds the interpreter lock, so only killing the process ends it.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from vobject.base import textLineToContentLine

from app.vcard import notes as n
from app.vcard.reader import _context
from app.vcard.workers import CardPool

ROOT = Path(__file__).resolve().parents[2]
#: Minutes in vobject's pattern (about twice as long per further value).
STUCK = "EMAIL;TYPE=" + ",".join("x" * 40) + ';X="open:a@b.org'
GOOD = "EMAIL;TYPE=work:a@b.org"


def test_a_worker_stuck_on_one_card_is_replaced_and_the_rest_is_read():
    chunks = [[GOOD, GOOD], [GOOD, STUCK, GOOD, GOOD], [GOOD] * 3]
    start = time.monotonic()
    with CardPool(_context(), textLineToContentLine, (), 2, 0.5,
                  lambda item, code: code, in_flight=2) as pool:
        out = list(pool.run(chunks))
        assert pool.killed == 1
    assert time.monotonic() - start < 30
    assert [[getattr(x, "value", x) for x in chunk] for chunk in out] == [
        ["a@b.org"] * 2, ["a@b.org", n.TOO_SLOW, "a@b.org", "a@b.org"], ["a@b.org"] * 3]


def _session(sid: int) -> list[int]:
    """Live processes (not zombies) of a session, read from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        state, _ppid, _pgrp, session = stat.rsplit(")", 1)[1].split()[:4]
        if int(session) == sid and state != "Z":
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_workers_die_when_the_importing_process_is_killed():
    script = textwrap.dedent(f"""
        import sys
        from vobject.base import textLineToContentLine
        from app.vcard.reader import _context
        from app.vcard.workers import CardPool
        with CardPool(_context(), textLineToContentLine, (), 2, 600, None) as pool:
            print("started", flush=True)
            for _ in pool.run([[{STUCK!r}], [{STUCK!r}]]):
                pass
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE,
                            start_new_session=True, text=True)
    try:
        assert proc.stdout.readline() == "started\n"
        time.sleep(0.5)  # both workers deep in the pattern
        assert len(_session(proc.pid)) >= 4  # us, the fork server, two workers
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    deadline = time.monotonic() + 10
    while _session(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _session(proc.pid) == []


def test_large_chunks_both_ways_while_the_cards_are_stored_slowly(tmp_path):
    """Chunks and results far larger than a pipe's buffer, and a slow consumer:
    neither side may wait on the other's full pipe (this hung once)."""
    import threading

    from app.vcard.reader import read_files

    path = tmp_path / "many.vcf"
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:P {i}\r\nNOTE:{'n' * 2000}\r\n"
                            "END:VCARD\r\n" for i in range(1500)))
    got: list = []

    def stored(result, cards):
        time.sleep(0.05)
        got.extend(c.name for c in cards)

    reader = threading.Thread(target=read_files, args=([path],),
                              kwargs={"workers": 2, "on_cards": stored}, daemon=True)
    reader.start()
    reader.join(60)
    assert not reader.is_alive()
    assert got == [f"P {i}" for i in range(1500)]
