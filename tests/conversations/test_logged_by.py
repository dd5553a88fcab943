"""Who logged each conversation: a name per installation, asked once, shown in the briefing."""
from __future__ import annotations

import datetime as dt

import peewee as pw
import pypdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.cli.main import main
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.conversations import briefing
from app.conversations import store as interactions
from app.conversations.store import Interaction
from app.core import user
from app.storage import migrations, schema_steps
from app.storage.connection import close_database, open_database

NOW = dt.datetime.now().replace(microsecond=0)


@pytest.fixture
def config(monkeypatch, tmp_path):
    """This installation's config folder, with no name chosen yet."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert not user.is_chosen()


def person(given: str, family: str) -> int:
    return contacts.create(ContactData(given_name=given, family_name=family))


def talk(cid: int, days_ago: int, subject: str, **kw) -> int:
    return interactions.log(Interaction("call", [cid], NOW - dt.timedelta(days=days_ago),
                                        subject=subject, **kw))


def test_each_conversation_keeps_the_name_it_was_logged_with(db, config):
    anna = person("Anna", "Müller")
    before = talk(anna, 3, "Before a name was chosen")
    user.choose("  Anna   Schmidt ")
    mine = talk(anna, 2, "Mine")
    theirs = talk(anna, 1, "Theirs", logged_by="Max Weber")
    user.choose("Someone Else")  # a new name signs what comes next, not what was logged
    item = interactions.get(mine)
    item.notes = "edited later"
    interactions.update(item)
    assert [interactions.get(i).logged_by for i in (before, mine, theirs)] == [
        "", "Anna Schmidt", "Max Weber"]
    assert interactions.get(mine).to_json()["logged_by"] == "Anna Schmidt"


def test_the_briefing_says_who_logged_each_conversation(db, config, tmp_path):
    anna = person("Anna", "Müller")
    talk(anna, 5, "Old call")
    user.choose("Anna Schmidt")
    talk(anna, 1, "Offer")
    b = briefing.briefing(anna, NOW)
    lines = briefing.to_text(b).splitlines()
    assert [line for line in lines if "Offer" in line][0].endswith("· logged by Anna Schmidt")
    assert "logged by" not in [line for line in lines if "Old call" in line][0]
    html = briefing.to_html(b)
    assert html.count("logged by Anna Schmidt") == 1
    path = briefing.write_pdf(b, tmp_path / "b.pdf")
    text = " ".join(pypdf.PdfReader(path).pages[0].extract_text().split())
    assert "Offer · logged by Anna Schmidt" in text and text.count("logged by") == 1


def test_the_command_line_logs_with_the_chosen_name_or_by(db_path, config, capsys):
    open_database(db_path)
    anna = person("Anna", "Müller")
    close_database()
    user.choose("Anna Schmidt")
    db = ["--db", str(db_path)]
    assert main([*db, "log", str(anna), "--channel", "call", "--subject", "Mine"]) == 0
    assert main([*db, "log", str(anna), "--channel", "meeting", "--subject", "Visit",
                 "--by", "Max Weber"]) == 0
    capsys.readouterr()
    assert main([*db, "briefing", str(anna)]) == 0
    out = capsys.readouterr().out
    assert "Mine · logged by Anna Schmidt" in out and "Visit · logged by Max Weber" in out


@pytest.mark.sqlite_only  # an older SQLite file: PostgreSQL starts at the latest schema
def test_conversations_logged_before_keep_an_empty_name(db_path):
    old = pw.SqliteDatabase(str(db_path))
    old.connect()
    migrations.migrate(old, db_path,
                       target=schema_steps.STEPS.index(schema_steps._v_interaction_author))
    old.execute_sql("INSERT INTO interaction(id, channel, direction, happened_at, created_at, "
                    "updated_at) VALUES (1, 'call', 'out', '2026-01-05T10:00:00', "
                    "'2026-01-05T09:00:00+00:00', '2026-01-05T09:00:00+00:00')")
    old.close()
    open_database(db_path, backup_dir=db_path.parent / "backups")
    try:
        assert interactions.get(1).logged_by == ""
    finally:
        close_database()


# --- the window ----------------------------------------------------------------------

def _answer_name(seen: list, text: str | None) -> None:
    """When the name dialog comes up: note what it proposes, then type ``text`` and
    press OK (None: Cancel)."""
    from ui.conversations.user_name import UserNameDialog

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UserNameDialog):
            QTimer.singleShot(10, act)
            return
        seen.append(dialog.name.text())
        if text is None:
            dialog.reject()
        else:
            dialog.name.setText(text)
            dialog.accept()
    QTimer.singleShot(0, act)


def _log_in_dialog(qtbot, cid: int, subject: str) -> int:
    from ui.conversations.log_dialog import LogDialog

    dialog = LogDialog([cid])
    qtbot.addWidget(dialog)
    dialog.subject.setText(subject)
    dialog.accept()
    assert dialog.saved_id is not None
    return dialog.saved_id


def test_the_window_asks_once_and_cancel_still_logs(db, config, qtbot):
    anna = person("Anna", "Müller")
    seen: list[str] = []
    _answer_name(seen, None)  # Cancel: logged all the same, with no name
    first = _log_in_dialog(qtbot, anna, "First")
    assert seen == [user.proposed()] and seen[0]  # the OS account's name, proposed
    assert interactions.get(first).logged_by == "" and not user.is_chosen()
    _answer_name(seen, "Anna Schmidt")  # asked again, and answered
    second = _log_in_dialog(qtbot, anna, "Second")
    assert len(seen) == 2 and interactions.get(second).logged_by == "Anna Schmidt"
    third = _log_in_dialog(qtbot, anna, "Third")  # not asked a third time
    assert len(seen) == 2 and interactions.get(third).logged_by == "Anna Schmidt"


def test_the_timeline_shows_who_logged_it_and_the_name_can_be_changed(db, config, qtbot):
    from ui.conversations.panel import ConversationPanel
    from ui.conversations.user_name import change_name

    anna = person("Anna", "Müller")
    talk(anna, 2, "Unsigned")
    user.choose("Anna Schmidt")
    talk(anna, 1, "Signed")
    panel = ConversationPanel()
    qtbot.addWidget(panel)
    panel.show_contact(anna)
    shown = [panel.model.data(panel.model.index(r)) for r in range(panel.model.rowCount())]
    assert "Signed · logged by Anna Schmidt" in shown[0]
    assert "logged by" not in shown[1]
    seen: list[str] = []
    _answer_name(seen, "A. Schmidt")
    change_name(panel)
    assert seen == ["Anna Schmidt"] and user.name() == "A. Schmidt"
