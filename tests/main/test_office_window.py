"""The window on an office's PostgreSQL server: it names the database, remembers it,
shows what another window saves within two seconds, switches databases from the
File menu, and rides out a lost connection without losing what is typed."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtWidgets import QDialog

from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.storage import engine
from app.storage.connection import database
from app.storage.pg_login import with_password
from tests.conftest import ROOT
from tests.helpers import elsewhere
from ui.main.office import remember_database, remembered_database

SHOWN_WITHIN_MS = 3000  # the promise is two seconds; a loaded test machine gets one more
pytestmark = pytest.mark.both_engines


@pytest.fixture
def window(live_window):
    return live_window


def _names(w) -> list[str]:
    m = w.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def test_the_window_names_its_database_and_opens_it_next_time(window, db_path, engine):
    where = window.database_commands.where.text()
    if engine == "postgresql":
        assert str(db_path) in where and "Office database" in where
        assert str(db_path) in window.windowTitle()
    else:
        assert where == str(db_path)
        assert window.windowTitle() == "Hearth — hearth.db"
    remember_database(db_path)
    assert str(remembered_database()) == str(db_path)


def test_a_password_is_never_remembered():
    remember_database(with_password("postgresql://anna@server:5432/hearth", "s3cret"))
    assert remembered_database() == "postgresql://anna@server:5432/hearth"


def _peer_window_renames(url: str, cid: int, family: str) -> None:
    """Another Hearth window, in a process of its own, edits and saves a contact."""
    code = textwrap.dedent(f"""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from app.storage.connection import open_database, close_database
        from ui.main.application import make_application
        from ui.main.main_window import MainWindow
        make_application()
        open_database({url!r})
        w = MainWindow()
        w.select_contact({cid})
        assert w.editor.contact_id == {cid}
        w.editor.form.family_name.setText({family!r})
        w.editor.form.family_name.textEdited.emit({family!r})
        assert w.editor.save()
        w.live_updates.watcher.close()
        close_database()
    """)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]


def test_a_contact_saved_in_another_window_appears_in_the_list_and_the_pane(
        window, db_path, qtbot):
    cid = contacts.create(ContactData(given_name="Anna", family_name="Huber"))
    window.contacts_changed(select=cid)
    assert window.editor.form.family_name.text() == "Huber"
    _peer_window_renames(str(db_path), cid, "Hubermann")
    saved = time.monotonic()
    qtbot.waitUntil(lambda: window.editor.form.family_name.text() == "Hubermann",
                    timeout=SHOWN_WITHIN_MS)
    qtbot.waitUntil(lambda: any("Hubermann" in n for n in _names(window)),
                    timeout=SHOWN_WITHIN_MS)
    assert time.monotonic() - saved < SHOWN_WITHIN_MS / 1000
    assert window.selected_ids() == [cid]


def test_a_lost_connection_is_told_the_edit_kept_and_saved_once_back(
        window, db_path, engine, pg_server, qtbot, told):
    if engine != "postgresql":
        pytest.skip("a file has no connection to lose")
    cid = contacts.create(ContactData(given_name="Anna", family_name="Huber"))
    window.contacts_changed(select=cid)
    form = window.editor.form
    form.nickname.setText("Annie")
    form.nickname.textEdited.emit("Annie")
    qtbot.wait(300)  # the conversation panel has followed the selection
    name = str(db_path).rsplit("/", 1)[1]
    admin = pg_server.admin
    admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
    try:
        # The server drops every connection of Hearth's, and takes no new ones.
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = %s", (name,))
        lost = window.database_commands.lost
        qtbot.waitUntil(lost.isVisible, timeout=SHOWN_WITHIN_MS)
        assert "connection to" in lost.text() and "was lost" in lost.text()
        assert "\n" not in lost.text() and "Traceback" not in lost.toolTip()
        assert not window.editor.save()  # told, and the form keeps the edit
        assert told and "Nothing was lost" in told[-1]
        assert window.editor.is_dirty() and form.nickname.text() == "Annie"
    finally:
        admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
    qtbot.waitUntil(lambda: not window.database_commands.lost.isVisible(),
                    timeout=SHOWN_WITHIN_MS)
    assert form.nickname.text() == "Annie"
    assert window.editor.save()
    assert contacts.get(cid).nickname == "Annie"


def test_file_menu_switches_to_the_office_database_and_back(
        window, db_path, engine, pg_server, tmp_path, qtbot):
    if engine != "sqlite":
        pytest.skip("starts on a file")
    contacts.create(ContactData(family_name="Local"))
    window.contacts_changed()
    url = pg_server.fresh_database()
    try:
        commands = window.database_commands
        assert commands.connect_office in window.file_menu.actions()
        assert commands.open_file in window.file_menu.actions()
        # An office database that already holds contacts: no copy offered.
        from app.storage.connection import open_database

        office = open_database(url)
        contacts.create(ContactData(family_name="Office"))
        office.close()
        open_database(db_path)
        assert commands.switch_to(url)
        qtbot.waitUntil(lambda: not window.live_updates._reading, timeout=20_000)  # read done
        assert engine_is_postgres()
        assert _names(window) == ["Office"]
        assert url in window.windowTitle()
        assert str(remembered_database()) == url
        assert commands.switch_to(db_path)
        qtbot.waitUntil(lambda: not window.live_updates._reading, timeout=20_000)
        assert not engine_is_postgres()
        assert _names(window) == ["Local"]
        assert window.windowTitle() == "Hearth — hearth.db"
    finally:
        database.obj.close()
        from app.storage.connection import open_database

        open_database(db_path)
        pg_server.drop(url)


def engine_is_postgres() -> bool:
    return engine.is_postgres()


def test_a_conflicting_edit_from_another_connection_is_chosen_and_nothing_is_lost(
        window, monkeypatch):
    from app.contacts import saving
    from ui.contacts.conflict_dialog import ConflictDialog

    cid = contacts.create(ContactData(given_name="Anna", family_name="Huber"))
    window.contacts_changed(select=cid)
    form = window.editor.form
    form.family_name.setText("Huber-Maier")
    form.family_name.textEdited.emit("Huber-Maier")

    def theirs(c):
        c.family_name, c.job_title = "Hofer", "Einkauf"

    elsewhere(lambda: saving.edit(cid, theirs))
    seen: list = []

    def exec_(dialog):
        seen.append(dialog)
        dialog.choose("family_name", "mine")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    assert window.editor.save()
    assert len(seen) == 1 and list(seen[0].choices()) == ["family_name"]
    stored = contacts.get(cid)
    assert (stored.family_name, stored.job_title) == ("Huber-Maier", "Einkauf")
    assert form.family_name.text() == "Huber-Maier" and form.job_title.text() == "Einkauf"
