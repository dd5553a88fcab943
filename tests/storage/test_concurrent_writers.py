"""Several processes write one file at once: every write arrives, nobody fails.

Four processes each log 50 conversations (each its own transaction, as the
window and `hearth log` do), one `hearth import` of 600 cards runs, and this
process saves a contact in the middle of it all.
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from app.bench.vcard import generate
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.storage.connection import close_database, database, open_database

ROOT = Path(__file__).resolve().parents[2]
LOGS = 50

_WRITER = f"""
import datetime as dt, sys
from app.storage.connection import open_database, close_database
from app.conversations import store
path, cid, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
open_database(path)
for k in range({LOGS}):
    store.log(store.Interaction("call", [cid], dt.datetime(2026, 1, 1) + dt.timedelta(minutes=k),
                                subject=f"writer {{n}} call {{k}}"))
close_database()
"""


def test_four_loggers_an_import_and_a_save_all_arrive(tmp_path):
    path = tmp_path / "shared.db"
    cards = tmp_path / "cards.vcf"
    generate(cards, 600)
    open_database(path)
    ids = contacts.create_many([ContactData(given_name=f"Writer {n}") for n in range(5)])
    close_database()
    procs = [subprocess.Popen([sys.executable, "-m", "app", "--db", str(path), "import",
                               str(cards)], cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)]
    procs += [subprocess.Popen([sys.executable, "-c", _WRITER, str(path), str(ids[n]), str(n)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True) for n in range(4)]
    open_database(path)
    try:
        saves = 0
        while any(p.poll() is None for p in procs):
            c = contacts.get(ids[4])
            c.nickname = f"save {saves}"
            contacts.update(c)  # waits its turn, never fails
            saves += 1
            time.sleep(0.05)
        errors = [p.communicate()[1] for p in procs]
        assert [p.returncode for p in procs] == [0] * 5, errors
        assert errors == [""] * 5
        subjects = {r[0] for r in database.execute_sql("SELECT subject FROM interaction")}
        assert subjects == {f"writer {n} call {k}" for n in range(4) for k in range(LOGS)}
        assert contacts.count() == 5 + 600
        assert contacts.get(ids[4]).nickname == f"save {saves - 1}"
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        close_database()
