"""All-or-nothing imports that never lock the others out for long.

An import writes in short transactions (a few hundred contacts each), so that
a save in the window or a command-line write waits a fraction of a second,
not for the whole import. What makes it all-or-nothing is a journal in the
database itself (tables import_batch and import_undo, written in the same
transaction as each chunk): every contact the import created, and every
contact it changed as it was before. When the import finishes, one short
transaction forgets the batch. Cancel, a failure, or a kill -9 leaves the
batch behind; it is undone (also in short transactions, each resumable):

- at once, by the importing process, on Cancel or failure;
- at the next open of the database, or the next import, by any Hearth
  process, when the process that started it is gone (same computer, its
  process id no longer running, or running a different program).

Limits: an edit another program made during the import to a contact the
import changed is replaced by the contact as it was before the import when
the import is undone, and contacts the import created are removed with what
others added to them meanwhile.
"""
from __future__ import annotations

import base64
import dataclasses
import json
import os
import socket
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app.contacts import store as contacts
from app.contacts.model import ContactData, Email, Phone, PostalAddress, Url
from app.core import clock
from app.storage.connection import database
from app.vcard import import_store as store

#: Contacts undone per transaction.
UNDO_SLICE = 200

#: Batches this process is running now (never undone by its own recover()).
_ACTIVE: set[int] = set()


class Batch:
    """One import's journal. Use as a context manager around the whole import:
    leaving it normally commits the import, with an exception undoes it."""

    def __init__(self) -> None:
        self.id: int | None = None

    def __enter__(self) -> Batch:
        with database.atomic():
            self.id = store.add_batch(clock.stamp(), socket.gethostname(), os.getpid(),
                                      _process_started(os.getpid()), store.max_tag_id())
        _ACTIVE.add(self.id)
        return self

    def created(self, contact_ids: Sequence[int]) -> None:
        """Inside the chunk's transaction: these contacts are the import's own."""
        store.record(self.id, [(i, None) for i in contact_ids])

    def changing(self, before: Sequence[ContactData]) -> None:
        """Inside the chunk's transaction, before it writes: these contacts as they are."""
        store.record(self.id, [(c.id, to_json(c)) for c in before])

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                with database.atomic():
                    store.drop_batch(self.id)
            else:
                undo(self.id)
        finally:
            _ACTIVE.discard(self.id)


def undo(batch_id: int, progress: Callable[[int], None] | None = None) -> int:
    """Undo a batch, a chunk per transaction (resumable); returns contacts undone."""
    done = 0
    while True:
        with database.atomic():
            floor = store.batch_tag_floor(batch_id)
            if floor is None:
                return done  # undone already (by another process)
            rows = store.undo_rows(batch_id, UNDO_SLICE)
            if not rows:
                store.drop_new_unused_tags(floor)
                store.drop_batch(batch_id)
                return done
            _undo(rows)
            store.forget(batch_id, [cid for cid, _ in rows])
        done += len(rows)
        if progress:
            progress(done)


def _undo(rows: Sequence[tuple[int, str | None]]) -> None:
    store.delete_contacts([cid for cid, before in rows if before is None])
    previous = [from_json(before) for _, before in rows if before is not None]
    for c in previous:
        # Put back the contact as it was, over whatever version is stored now.
        c.version = contacts.version_of(c.id)
        if c.version is None:
            continue  # erased meanwhile: nothing to put back
        contacts.update(c)
    store.set_stamps([(c.updated_at, c.trashed_at or None, c.id) for c in previous])


def recover() -> int:
    """Undo every import left behind by a process that is gone; returns how many."""
    undone = 0
    for batch_id, host, pid, started in store.batches():
        if batch_id in _ACTIVE or _running(host, pid, started):
            continue
        undo(batch_id)
        undone += 1
    return undone


def pending() -> int:
    """Imports in the journal (running now, or left behind and not yet undone)."""
    return len(store.batches())


# --- was the importing process left behind? --------------------------------------------

def _running(host: str, pid: int, started: str) -> bool:
    """True unless we know that process is gone (another computer's: we can't tell)."""
    if host != socket.gethostname():
        return True
    if pid == os.getpid():
        return False  # this process, but not one of its running imports
    if not _pid_alive(pid):
        return False
    return not started or _process_started(pid) == started  # pid reused by another program


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate it there
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000 | 0x00100000, False, pid)  # query, synchronize
        if not handle:
            return False
        try:
            return kernel32.WaitForSingleObject(handle, 0) == 0x102  # WAIT_TIMEOUT: running
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _process_started(pid: int) -> str:
    """When the process started, where the system says (Linux); "" elsewhere."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    return stat.rpartition(")")[2].split()[19]  # field 22, starttime


# --- contacts as JSON -----------------------------------------------------------------

_LISTS = {"phones": Phone, "emails": Email, "addresses": PostalAddress, "urls": Url}


def to_json(c: ContactData) -> str:
    data = dataclasses.asdict(c)
    data["photo"] = base64.b64encode(c.photo).decode("ascii") if c.photo is not None else None
    return json.dumps(data, ensure_ascii=False)


def from_json(text: str) -> ContactData:
    data = json.loads(text)
    if data.get("photo") is not None:
        data["photo"] = base64.b64decode(data["photo"])
    for name, kind in _LISTS.items():
        data[name] = [kind(**item) for item in data.get(name, [])]
    known = {f.name for f in dataclasses.fields(ContactData)}
    return ContactData(**{k: v for k, v in data.items() if k in known})
