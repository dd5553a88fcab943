"""Conversations in the window: log dialog, timeline, list chip, Today view, briefing."""
from __future__ import annotations

import datetime as dt

import pypdf
import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.contacts import store as contacts
from app.contacts.model import ContactData, Email, Phone
from app.conversations import store as interactions
from app.conversations import warmth
from app.conversations.store import Interaction
from ui.conversations.briefing_window import BriefingWindow
from ui.conversations.log_dialog import LogDialog
from ui.conversations.panel import ConversationPanel
from ui.conversations.today_view import ContactRole, TodayView


def person(given, family, **kw) -> int:
    return contacts.create(ContactData(given_name=given, family_name=family, **kw))


def talk(cid, days_ago=0, channel="call", **kw) -> int:
    return interactions.log(Interaction(
        channel, [cid], dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=days_ago),
        **kw))


@pytest.fixture
def window(db, qtbot):
    from ui.main.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    return w


def _warmth_text(window, cid) -> str:
    model = window.model
    return model.index(model.row_of(cid), model.WARMTH).data()


def _accept_log_dialog(fill):
    """Fill and save the modal log dialog as soon as it opens."""
    def act():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LogDialog)
        fill(dialog)
        dialog.accept()
    QTimer.singleShot(0, act)


def test_logging_a_call_turns_cold_contact_warm_in_the_list(window, qtbot):
    anna = person("Anna", "Müller")
    window.contacts_changed(select=anna)
    assert _warmth_text(window, anna) == "new"  # until the first conversation
    qtbot.waitUntil(lambda: window.crm.panel.contact_id == anna)
    assert window.crm.panel.chip.text() == "new"

    def fill(d: LogDialog):
        assert d.with_label.text() == "<b>Anna Müller</b>"
        d.channel.setCurrentIndex(d.channel.findData("call"))
        qtbot.keyClicks(d.notes, "called Anna, she wants an offer by Friday")
        d.follow_up_on.setChecked(True)
        d.follow_up.setDate(QDate.currentDate().addDays(4))
        d.origin.setCurrentIndex(d.origin.findData("referral"))

    _accept_log_dialog(fill)
    window.crm.log_current()  # what Ctrl+L does
    assert _warmth_text(window, anna) == "warm"
    [logged] = interactions.for_contact(anna)
    assert logged.notes == "called Anna, she wants an offer by Friday"
    assert logged.follow_up == dt.date.today() + dt.timedelta(days=4)
    assert contacts.get(anna).origin == "referral"
    qtbot.waitUntil(lambda: window.crm.panel.contact_id == anna)
    assert window.crm.panel.chip.text() == "warm"
    assert window.crm.panel.model.rowCount() == 1


def test_ctrl_l_is_the_log_shortcut(window):
    assert window.crm.log_action.shortcut().toString() == "Ctrl+L"
    assert window.crm.briefing_action.shortcut().toString() == "F9"


def test_log_dialog_refuses_future_date_and_keeps_input(db, qtbot, monkeypatch):
    anna = person("Anna", "Müller", origin="website")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    d = LogDialog([anna])
    qtbot.addWidget(d)
    assert d.origin is None  # already known: not offered
    d.when.setDateTime(d.when.dateTime().addDays(5))
    d.notes.setPlainText("typed text")
    d.accept()
    assert "in the future" in shown[0]
    assert d.result() != QDialog.DialogCode.Accepted and d.notes.toPlainText() == "typed text"
    assert interactions.count_for(anna) == 0


def test_timeline_newest_first_edit_and_trash(db, qtbot):
    anna = person("Anna", "Müller")
    talk(anna, 20, subject="old")
    talk(anna, 2, "meeting", subject="new", notes="plant tour")
    panel = ConversationPanel()
    qtbot.addWidget(panel)
    changed = []
    panel.changed.connect(changed.append)
    panel.show_contact(anna)
    texts = [panel.model.index(r).data() for r in range(panel.model.rowCount())]
    assert texts[0].split("\n")[0].endswith("Meeting (we reached out) · new")
    assert "plant tour" in texts[0] and texts[1].endswith("old")
    assert panel.chip.text() == "hot"

    panel.view.setCurrentIndex(panel.model.index(1))

    def fill(d: LogDialog):
        d.subject.setText("older, edited")
    _accept_log_dialog(fill)
    panel.edit_selected()
    assert interactions.for_contact(anna)[1].subject == "older, edited"

    panel.view.setCurrentIndex(panel.model.index(0))
    panel.trash_selected()
    assert [i.subject for i in interactions.for_contact(anna)] == ["older, edited"]
    assert [i.subject for i in interactions.for_contact(anna, trashed=True)] == ["new"]
    assert panel.chip.text() == "warm" and changed == [anna, anna]


def test_pin_from_the_panel(db, qtbot):
    anna = person("Anna", "Müller")
    panel = ConversationPanel()
    qtbot.addWidget(panel)
    panel.show_contact(anna)
    panel.pin.setCurrentIndex(panel.pin.findData("hot"))
    panel.pin.activated.emit(panel.pin.currentIndex())
    assert warmth.temperature_of(anna, dt.datetime.now()).pinned
    assert panel.chip.text() == "hot" and panel.reason.text().startswith("hot (pinned)")


def test_band_filter_and_warmth_sort_in_the_list(window):
    cold = person("Cold", "Alpha")
    warm = person("Warm", "Beta")
    talk(warm, 5)
    window.contacts_changed()
    window.crm.band_filter.setCurrentIndex(window.crm.band_filter.findText("warm"))
    assert [window.model.contact_id(r) for r in range(window.model.rowCount())] == [warm]
    window.crm.band_filter.setCurrentIndex(0)
    window.table.sortByColumn(window.model.WARMTH, Qt.SortOrder.DescendingOrder)
    assert window.model.contact_id(0) == warm and window.model.contact_id(1) == cold
    tip = window.model.index(0, window.model.WARMTH).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "warm: call 5 days ago, 1 conversation this year" or \
        tip.startswith("warm: call 5 days ago")


def test_settings_change_updates_the_list_at_once(window, qtbot, monkeypatch):
    anna = person("Anna", "Müller")
    talk(anna, 200, "meeting")
    window.contacts_changed(select=anna)
    assert _warmth_text(window, anna) == "warm"
    from ui.conversations import temperature_settings

    def fake_exec(dialog):
        dialog.half_life.setValue(30)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(temperature_settings.TemperatureSettingsDialog, "exec", fake_exec)
    window.crm.edit_settings()
    # Recomputed off the GUI thread: no dialog holds the window, the status bar says so.
    assert QApplication.activeModalWidget() is None
    assert window.statusBar().currentMessage().startswith("Recomputing temperatures")
    qtbot.waitUntil(lambda: _warmth_text(window, anna) == "cool", timeout=5000)
    assert warmth.load_settings().half_life_days == 30
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Temperatures recomputed")


def test_today_view_lists_and_acts(db, qtbot):
    anna = person("Anna", "Müller", birthday="--" + (dt.date.today() + dt.timedelta(days=3))
                  .strftime("%m-%d"))
    max_ = person("Max", "Weber", cadence_days=30)
    due = talk(anna, 10, subject="Send offer", follow_up=dt.date.today() - dt.timedelta(days=2))
    talk(max_, 40, "e-mail")
    view = TodayView()
    qtbot.addWidget(view)
    view.refresh()
    assert view.follow_model.rowCount() == 1
    assert view.follow_model.index(0, 2).data() == "Send offer"
    assert view.follow_model.index(0, 3).data() == "2 days overdue"
    assert [view.cold_model.index(r, 1).data() for r in range(view.cold_model.rowCount())] \
        == ["Max Weber"]
    assert view.birthday_model.index(0, 1).data() == "Anna Müller"

    with qtbot.waitSignal(view.openContact) as opened:
        view.cold_view.activated.emit(view.cold_model.index(0, 1))  # a double click, or Enter
    assert opened.args == [max_]

    view.follow_view.setCurrentIndex(view.follow_model.index(0, 0))
    view.move_date.setDate(QDate.currentDate().addDays(3))
    view.move_button.click()
    assert view.follow_model.rowCount() == 0
    assert interactions.get(due).follow_up == dt.date.today() + dt.timedelta(days=3)

    interactions.set_follow_up(due, due=dt.date.today())
    view.refresh()
    view.follow_view.setCurrentIndex(view.follow_model.index(0, 0))
    assert view.follow_model.index(0, 0).data(ContactRole) == anna
    view.done_button.click()
    assert view.follow_model.rowCount() == 0 and interactions.get(due).follow_up_done


def test_briefing_window_shows_and_saves_one_page_pdf(db, qtbot, tmp_path):
    ref = person("Rita", "Referrer")
    anna = person("Anna", "Müller", organisation="Bäckerei Groß", job_title="Einkauf",
                  phones=[Phone("030 1234567")], emails=[Email("anna@example.de")],
                  origin="trade fair", referred_by_id=ref, birthday="1980-04-23",
                  notes="Likes dark chocolate.", tags=["Key account"])
    for n in range(7):
        talk(anna, 10 * n + 1, subject=f"Topic {n}", notes=f"Said thing number {n}")
    talk(anna, 3, subject="Offer", follow_up=dt.date.today() + dt.timedelta(days=2))
    w = BriefingWindow(anna)
    qtbot.addWidget(w)
    text = w.browser.toPlainText()
    for expected in ("Anna Müller", "Einkauf, Bäckerei Groß", "+49 30 1234567",
                     "anna@example.de", "trade fair; referred by Rita Referrer",
                     "Last conversations (5 of 8)", "Offer", "Topic 3", "23 April 1980",
                     "Key account", "Likes dark chocolate."):
        assert expected in text, expected
    assert "Topic 6" not in text  # only the last five
    html = w.browser.toHtml()
    assert 'href="tel:+49301234567"' in html and 'href="mailto:anna@example.de"' in html

    path = tmp_path / "briefing.pdf"
    w.write_pdf(str(path))
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    pdf_text = " ".join(reader.pages[0].extract_text().split())  # Qt writes tabs for spaces
    assert "Anna Müller" in pdf_text and "Said thing number 0" in pdf_text
    assert "referred by Rita Referrer" in pdf_text



def test_settings_dialog_sets_a_default_cadence_per_tag(db, qtbot):
    from PySide6.QtCore import Qt as QtNs

    from ui.conversations.temperature_settings import TemperatureSettingsDialog

    tagged = person("Tom", "Tagged", tags=["Key Account"])
    person("Una", "Untagged")
    d = TemperatureSettingsDialog()
    qtbot.addWidget(d)
    row = [d.cadence_model.item(r, 0).text()
           for r in range(d.cadence_model.rowCount())].index("Key Account")
    d.cadence_model.item(row, 1).setData(60, QtNs.ItemDataRole.EditRole)
    d.accept()
    assert warmth.tag_cadences() == {"Key Account": 60}
    assert warmth.cadences() == {tagged: 60}


def test_today_is_gathered_off_the_gui_thread(db, qtbot):
    from app.conversations import store as _interactions  # noqa: F401 - tables exist
    from ui.conversations.today_view import TodayView
    from ui.main.application import make_application

    make_application()
    view = TodayView()
    qtbot.addWidget(view)
    view.refresh_in_background()
    assert "looking through" in view.heading.text()
    qtbot.waitUntil(lambda: "Today, " in view.heading.text(), timeout=10_000)


def test_a_conversation_can_include_a_second_contact(db, qtbot):
    from app.contacts import store as contacts
    from app.contacts.model import ContactData
    from app.conversations import store as interactions
    from ui.conversations.log_dialog import LogDialog
    from ui.main.application import make_application

    make_application()
    anna = contacts.create(ContactData(given_name="Anna", family_name="Müller",
                                       organisation="Bäckerei Groß"))
    max_ = contacts.create(ContactData(given_name="Max", family_name="Weber",
                                       organisation="Bäckerei Groß"))
    dialog = LogDialog([anna])
    qtbot.addWidget(dialog)
    dialog.also_with.setText("weber")
    dialog.also_with.textEdited.emit("weber")
    assert dialog.also_with.completer().model().stringList() == ["Max Weber (Bäckerei Groß)"]
    dialog.also_with.completer().activated.emit("Max Weber (Bäckerei Groß)")
    assert "Max Weber" in dialog.with_label.text()
    dialog.subject.setText("Jahresgespräch")
    dialog.accept()
    logged = interactions.for_contact(max_)
    assert [i.subject for i in logged] == ["Jahresgespräch"]
    assert sorted(logged[0].contact_ids) == sorted([anna, max_])


def test_a_trashed_conversation_comes_back_with_undo(window, qtbot):
    from app.contacts import store as contacts
    from app.contacts.model import ContactData
    from app.conversations import store as interactions
    from app.conversations.store import Interaction

    anna = contacts.create(ContactData(given_name="Anna", family_name="Müller"))
    interactions.log(Interaction(channel="call", contact_ids=[anna], subject="Angebot",
                                 happened_at=dt.datetime.now() - dt.timedelta(days=1)))
    window.contacts_changed(select=anna)
    panel = window.crm.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)  # the panel follows the selection
    panel.view.setCurrentIndex(panel.model.index(0))
    panel.trash_selected()
    assert interactions.for_contact(anna) == []
    window.main_actions.undo.trigger()
    assert [i.subject for i in interactions.for_contact(anna)] == ["Angebot"]
