"""The office's server stops while a window is open (its administrator runs
``pg_ctl stop``): Save says so in one sentence, keeps what is typed, and works
once the server is started again."""
from __future__ import annotations

import pytest

from app.contacts import store as contacts
from app.contacts.model import ContactData
from tests.helpers import throwaway_server

pytestmark = pytest.mark.both_engines
SHOWN_WITHIN_MS = 5000


@pytest.fixture(scope="module")
def pg_server():
    """A server of this module's own: stopping the session's would stop every test's."""
    yield from throwaway_server()


@pytest.fixture
def window(live_window):
    return live_window


def test_save_while_the_server_is_stopped_says_one_sentence_and_loses_nothing(
        window, engine, db_path, pg_server, qtbot, told):
    if engine != "postgresql":
        pytest.skip("a file has no server to stop")
    cid = contacts.create(ContactData(given_name="Anna", family_name="Huber"))
    window.contacts_changed(select=cid)
    qtbot.wait(300)  # the conversation panel has followed the selection
    pg_server.halt()
    try:
        form = window.editor.form
        form.nickname.setText("Annie")
        form.nickname.textEdited.emit("Annie")
        assert not window.editor.save()
        text = told[-1]
        assert text.startswith("Nothing was lost") and str(db_path) in text
        # one sentence of Hearth's, not the driver's English
        assert text.count(". ") == 0 and "refused" not in text and "\n" not in text
        assert window.editor.is_dirty() and form.nickname.text() == "Annie"
    finally:
        pg_server.start()
    qtbot.waitUntil(lambda: not window.database_commands.lost.isVisible(),
                    timeout=SHOWN_WITHIN_MS)
    assert window.editor.save()
    assert contacts.get(cid).nickname == "Annie"
