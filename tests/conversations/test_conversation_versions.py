"""Each conversation has a version; a save from a copy read before another
process wrote the conversation is refused with one sentence, and nothing of the
other write is lost: real second processes, the real log dialog."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

import peewee as pw
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.conversations import store as interactions
from app.conversations import warmth
from app.conversations.store import Interaction
from app.core.problems import describe
from app.storage import migrations, schema_steps
from app.storage.connection import close_database, open_database
from tests.conftest import ROOT
from ui.conversations.log_dialog import LogDialog

SENTENCE = ("This conversation was changed elsewhere after it was opened; nothing was saved. "
            "Close it and open it again to see the changes.")

_OTHER_WRITER = textwrap.dedent("""
    import sys
    from app.conversations import store
    from app.storage.connection import close_database, open_database

    open_database(sys.argv[1])
    if sys.argv[3] == "trash":
        store.trash([int(sys.argv[2])])
    else:
        item = store.get(int(sys.argv[2]))
        item.notes = sys.argv[3]
        store.update(item)
    close_database()
""")


def _other_process(db_path, iid: int, what: str) -> None:
    """Another Hearth process (the command line, another window) writes and exits."""
    subprocess.run([sys.executable, "-c", _OTHER_WRITER, str(db_path), str(iid), what],
                   cwd=ROOT, check=True, timeout=60)


def _call_with_anna() -> tuple[int, int]:
    anna = contacts.create(ContactData(given_name="Anna", family_name="Müller"))
    iid = interactions.log(Interaction(channel="call", contact_ids=[anna], subject="Offer",
                                       happened_at=dt.datetime(2026, 1, 5, 10, 0)))
    return anna, iid


def test_edits_trash_restore_and_follow_ups_count_and_derived_writes_do_not(db):
    anna, iid = _call_with_anna()
    assert interactions.get(iid).version == 1
    item = interactions.get(iid)
    item.notes = "wants a quote"
    interactions.update(item)
    assert item.version == interactions.get(iid).version == 2
    interactions.trash([iid])
    interactions.trash([iid])  # already in the trash: nothing happens
    interactions.restore([iid])
    interactions.restore([iid])  # not in the trash: nothing happens
    assert interactions.get(iid).version == 4
    interactions.set_follow_up(iid, done=True)
    assert interactions.get(iid).version == 5
    # Another conversation with Anna and a full recompute change her derived
    # columns (temperature, search text), not this conversation.
    interactions.log(Interaction(channel="meeting", contact_ids=[anna],
                                 happened_at=dt.datetime(2026, 1, 6, 10, 0)))
    warmth.recompute_all()
    assert interactions.get(iid).version == 5


@pytest.mark.parametrize("other", ["edit", "trash"])
def test_a_stale_copy_is_refused_and_the_other_write_survives(db, db_path, other):
    _, iid = _call_with_anna()
    stale = interactions.get(iid)
    _other_process(db_path, iid, "trash" if other == "trash" else "their notes")
    stale.subject = "my subject"
    with pytest.raises(interactions.ConversationChanged) as caught:
        interactions.update(stale)
    assert describe(caught.value) == SENTENCE
    assert (caught.value.params["version"], caught.value.params["stored"]) == (1, 2)
    stored = interactions.get(iid)
    assert stored.subject == "Offer"
    assert stored.notes == ("" if other == "trash" else "their notes")
    assert bool(stored.trashed_at) == (other == "trash")
    # A copy read now saves.
    stored.subject = "my subject"
    interactions.update(stored)
    assert (interactions.get(iid).subject, interactions.get(iid).version) == ("my subject", 3)


def test_the_log_dialog_keeps_what_was_typed_when_the_conversation_changed(
        db, db_path, qtbot, monkeypatch):
    _, iid = _call_with_anna()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    dialog = LogDialog([], interaction=interactions.get(iid))
    qtbot.addWidget(dialog)
    _other_process(db_path, iid, "their notes")  # while the dialog is open
    dialog.notes.setPlainText("my long notes")
    dialog.accept()
    assert shown == [SENTENCE]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.notes.toPlainText() == "my long notes"
    assert interactions.get(iid).notes == "their notes"
    # Opened again, it shows their notes and saves.
    again = LogDialog([], interaction=interactions.get(iid))
    qtbot.addWidget(again)
    assert again.notes.toPlainText() == "their notes"
    again.notes.setPlainText("their notes, and mine")
    again.accept()
    assert again.result() == QDialog.DialogCode.Accepted and shown == [SENTENCE]
    assert interactions.get(iid).notes == "their notes, and mine"


@pytest.mark.sqlite_only  # an old SQLite file; PostgreSQL starts at the latest schema
def test_conversations_of_earlier_schemas_start_at_version_one(db_path):
    old = pw.SqliteDatabase(str(db_path))
    old.connect()
    migrations.migrate(old, db_path,
                       target=schema_steps.STEPS.index(schema_steps._v_interaction_versions))
    old.execute_sql("INSERT INTO interaction(id, channel, direction, happened_at, created_at, "
                    "updated_at) VALUES (1, 'call', 'out', '2026-01-05T10:00:00', "
                    "'2026-01-05T09:00:00+00:00', '2026-01-05T09:00:00+00:00')")
    old.close()
    open_database(db_path, backup_dir=db_path.parent / "backups")
    try:
        assert interactions.get(1).version == 1
    finally:
        close_database()
