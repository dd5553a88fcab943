"""CardDAV sync speed against a local Radicale (installed with the test extra).

``python -m app.bench.sync`` (or ``hearth bench``) puts 10,000 cards on a
fresh Radicale on 127.0.0.1, then prints, as ``name: value unit``:

- ``sync_first_10000``: the first sync of all of them into an empty Hearth
  (target: under 60 s);
- ``sync_incremental``: the next sync after 10 cards changed on the server and
  10 contacts edited in Hearth (target: under 2 s).
"""
from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CARDS = 10_000
CHANGES = 10
_PASSWORD = "bench"


def _card(i: int, family: str = "Family") -> str:
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bench-{i}\r\nFN:Given{i} {family}{i}\r\n"
            f"N:{family}{i};Given{i};;;\r\nEMAIL;TYPE=INTERNET:p{i}@example.org\r\n"
            f"TEL;TYPE=CELL:+49 171 {1000000 + i}\r\nX-BENCH:{i}\r\nEND:VCARD\r\n")


def _start_radicale(root: Path, port: int) -> subprocess.Popen:
    (root / "users").write_text(f"bench:{_PASSWORD}\n", encoding="utf-8")
    settings = {"server": {"hosts": f"127.0.0.1:{port}"},
                "storage": {"filesystem_folder": str(root / "collections")},
                "auth": {"type": "htpasswd", "htpasswd_filename": str(root / "users"),
                         "htpasswd_encryption": "plain", "delay": "0"},
                "logging": {"level": "error"}}
    launcher = ("import radicale.config as c, radicale.server as s\nconf = c.load()\n"
                f"conf.update({settings!r}, 'bench')\n"
                "conf.update({'storage': {'_filesystem_fsync': 'False'}}, 'bench', "
                "privileged=True)\ns.serve(conf)\n")
    proc = subprocess.Popen([sys.executable, "-c", launcher], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    for _ in range(400):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("radicale did not start")


def run(out: Callable[[str], None] = print, cards: int = CARDS) -> None:
    try:
        import radicale  # noqa: F401 - only to know it is there
        import requests
    except ImportError:
        out("sync: skipped (radicale is not installed: pip install radicale)")
        return
    from app.carddav import engine
    from app.carddav import store as sync_store
    from app.contacts import order_store as orders
    from app.contacts import store as contacts
    from app.storage.connection import close_database, open_database

    with tempfile.TemporaryDirectory(prefix="hearth-bench-sync-") as tmp:
        root = Path(tmp)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        proc = _start_radicale(root, port)
        try:
            http = requests.Session()
            http.auth = ("bench", _PASSWORD)
            base = f"http://127.0.0.1:{port}/bench/"
            book = base + "contacts/"
            http.request("PROPFIND", base, headers={"Depth": "0"})
            http.request("MKCOL", book, data=(
                b'<mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><set><prop>'
                b'<resourcetype><collection/><C:addressbook/></resourcetype></prop></set>'
                b'</mkcol>'))
            http.put(book, data="".join(_card(i) for i in range(cards)).encode(),
                     headers={"Content-Type": "text/vcard"})
            open_database(root / "bench.db")
            account = sync_store.add_account("bench", base, "bench", [(book, "Contacts")])
            began = time.perf_counter()
            first = engine.sync_account(account, _PASSWORD)
            out(f"sync_first_{cards}: {time.perf_counter() - began:.2f} s "
                f"({first.received} received)")
            items = sync_store.items(sync_store.books(account.id)[0].id)
            hrefs = sorted(items)[:CHANGES]
            for href in hrefs:
                text = http.get(href).text.replace("X-BENCH:", "X-BENCH:changed-")
                http.put(href, data=text.encode(), headers={"Content-Type": "text/vcard"})
            for contact_id in orders.ids_in_order()[-CHANGES:]:
                c = contacts.get(contact_id)
                c.job_title = "Edited in Hearth"
                contacts.update(c)
            began = time.perf_counter()
            again = engine.sync_account(account, _PASSWORD)
            out(f"sync_incremental: {time.perf_counter() - began:.2f} s "
                f"({again.received} received, {again.sent} sent)")
            close_database()
        finally:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    run()
