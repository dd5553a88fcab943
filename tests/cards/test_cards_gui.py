"""The card run in the window: the new-run wizard, the run window, printing to PDF."""
import datetime as dt

import pytest
from PySide6.QtWidgets import QWizard

from app.cards import recipients
from app.cards import runs as cards
from app.contacts import store as contacts
from app.contacts.model import ContactData as C
from app.contacts.model import PostalAddress as A

HOME = dict(street="Hauptstraße 5", postal_code="10115", city="Berlin")


@pytest.fixture(autouse=True)
def loads_finish_before_the_database_goes(db_path, qtbot):
    """A run window still loading when a test ends must not outlive its database
    (on PostgreSQL the test's database is dropped at teardown)."""
    from PySide6.QtCore import QThreadPool

    yield
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(50)  # the loads' results reach their windows while the database is there


@pytest.fixture
def people(db):
    ids = contacts.create_many([
        C(given_name="Anna", family_name="Müller", gender="f", yearly_card=True,
          addresses=[A(**HOME)]),
        C(given_name="Max", family_name="Müller", gender="m", yearly_card=True,
          addresses=[A(**HOME)]),
        C(given_name="Eva", family_name="Schmidt", gender="f", yearly_card=True, tags=["Golf"],
          addresses=[A(street="Ring 1", postal_code="80331", city="München")]),
        C(given_name="Otto", family_name="Ohne", gender="m", yearly_card=True),
        C(given_name="Gerd", family_name="Golfer", gender="m", tags=["Golf"],
          addresses=[A(street="Weg 1", postal_code="20095", city="Hamburg")]),
    ])
    return dict(zip(["anna", "max", "eva", "otto", "gerd"], ids))


def test_new_run_wizard_creates_the_run_from_the_chosen_sources(people, qtbot):
    from ui.cards.new_run_wizard import NewRunWizard

    wizard = NewRunWizard(today=dt.date(2026, 11, 2))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.occasion_page
    assert page.year.value() == 2026
    page.occasion.setCurrentIndex(page.occasion.findData(cards.NEW_YEAR))
    wizard.next()
    sources = wizard.sources_page
    assert not sources.from_run.isEnabled()  # no earlier run yet
    assert sources.flagged.isChecked()
    assert "4 recipient" in sources.count.text()
    sources.use_tag.setChecked(True)
    sources.tag.setCurrentText("Golf")
    assert "5 recipient" in sources.count.text()
    wizard.next()
    form = wizard.sender_page.form
    form.name.setText("Hearth GmbH")
    form.city.setText("Köln")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    run = cards.get_run(wizard.run_id)
    assert (run.year, run.occasion, run.sender.name, run.recipients) == (
        2026, "New Year", "Hearth GmbH", 5)
    assert set(recipients.recipient_ids(run.id)) == set(people.values())


def test_wizard_refuses_an_empty_occasion(people, qtbot):
    from ui.cards.new_run_wizard import NewRunWizard

    wizard = NewRunWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.occasion_page.occasion.setEditText("   ")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


@pytest.fixture
def run_window(people, qtbot):
    from ui.cards.run_window import CardRunWindow

    run_id, _ = recipients.new_run(2026, "Christmas", flagged=True)
    w = CardRunWindow(run_id)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.state is not None, timeout=5000)
    return w


def test_run_window_shows_envelopes_problems_and_proposals(run_window, people, qtbot,
                                                           qtmodeltester):
    w = run_window
    qtmodeltester.check(w.model)
    assert w.model.rowCount() == 4  # not yet accepted: each Müller alone
    assert w.households_panel.model.rowCount() == 1
    found = w.problems_panel.model
    problems = [found.item(r).text() for r in range(found.rowCount())]
    assert problems == ["Otto Ohne: has no postal address"]
    # Double-clicking a problem asks to open that contact.
    with qtbot.waitSignal(w.openContact) as opened:
        w.problems_panel.view.activated.emit(w.problems_panel.model.index(0, 0))
    assert opened.args == [people["otto"]]
    w.accept_all_proposals()
    qtbot.waitUntil(lambda: w.model.rowCount() == 3, timeout=5000)
    addressees = [w.model.data(w.model.index(r, 0)) for r in range(3)]
    assert "Anna und Max Müller" in addressees


def test_marking_a_selection_sent_and_received(run_window, people, qtbot):
    w = run_window
    row = w.model.row_of_contact(people["eva"])
    w.table.selectRow(w.proxy.mapFromSource(w.model.index(row, 0)).row())
    assert w.selected_contact_ids() == [people["eva"]]
    with qtbot.waitSignal(w.contactsChanged):
        w.mark_actions[cards.SENT].trigger()
    w.received_action.trigger()
    qtbot.waitUntil(lambda: w.model.data(w.model.index(
        w.model.row_of_contact(people["eva"]), w.model.STATUS)) == "sent", timeout=5000)
    row = w.model.row_of_contact(people["eva"])
    assert w.model.data(w.model.index(row, w.model.RECEIVED)) == "yes"
    assert recipients.sent_ids(w.run_id) == {people["eva"]}
    assert recipients.received_ids(w.run_id) == {people["eva"]}


def test_no_cards_removes_the_selection_and_keeps_them_out(run_window, people, qtbot):
    w = run_window
    row = w.model.row_of_contact(people["otto"])
    w.table.selectRow(w.proxy.mapFromSource(w.model.index(row, 0)).row())
    w.no_cards_action.trigger()
    qtbot.waitUntil(lambda: w.model.row_of_contact(people["otto"]) < 0, timeout=5000)
    assert people["otto"] in recipients.no_cards_ids()
    again, _ = recipients.new_run(2027, "Christmas", flagged=True)
    assert people["otto"] not in recipients.recipient_ids(again)


def test_add_recipients_dialog_offers_only_contacts_not_yet_in_the_run(people, qtbot):
    from ui.cards.add_recipients_dialog import AddRecipientsDialog

    dialog = AddRecipientsDialog(exclude={people["anna"]})
    qtbot.addWidget(dialog)
    dialog.search.setText("Müller")
    assert dialog.model.rowCount() == 1  # Anna is already in the run
    dialog.list.selectAll()
    assert dialog.chosen_ids() == [people["max"]]
    dialog.search.setText("golf")
    assert dialog.model.rowCount() == 2
    dialog.list.selectAll()
    assert set(dialog.chosen_ids()) == {people["eva"], people["gerd"]}


def test_label_dialog_saves_a_pdf_through_qt(run_window, tmp_path, qtbot):
    from pypdf import PdfReader

    from ui.cards.printing import LABELS

    dialog = run_window.outputs.print_dialog(LABELS)
    qtbot.addWidget(dialog)
    dialog.printed.disconnect()  # no "mark printed?" question in a test
    dialog.select_sheet("Avery L7163")
    dialog.start_spin.setValue(14)  # the last label: the second envelope needs a new sheet
    assert "2 sheet" in dialog.summary.text()
    path = dialog.save_pdf(str(tmp_path / "labels.pdf"))
    reader = PdfReader(path)
    assert len(reader.pages) == 2
    # Qt writes each word on its own: compare the words.
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "10115 Berlin" in text and "80331 München" in text
    # the user is told where the PDF went, with a button that opens its folder
    box = dialog.saved_box
    assert box.isVisible() and path in box.text()
    assert any(b.text() == "Open Folder" for b in box.buttons())


def test_csv_dialog_writes_the_chosen_delimiter(run_window, tmp_path, qtbot):
    from ui.cards.csv_dialog import CsvExportDialog

    w = run_window
    dialog = CsvExportDialog(w.state["run"], w.state["envelopes"], w)
    qtbot.addWidget(dialog)
    dialog.delimiter.setCurrentIndex(dialog.delimiter.findData("\t"))
    dialog.export(str(tmp_path / "merge.csv"))
    text = (tmp_path / "merge.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("Addressee\tLine 1")
    assert "Liebe" not in text and "Sehr geehrte Frau Schmidt" in text


def test_cards_menu_in_the_main_window_opens_a_run_and_its_problem_contacts(people, qtbot):
    from ui.cards.run_window import CardRunWindow
    from ui.main.application import make_application
    from ui.main.main_window import MainWindow

    make_application()
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    texts = [a.text() for a in main.cards_menu.actions()]
    assert texts == ["&New Card Run…", "&Open Card Run…"]
    run_id, _ = recipients.new_run(2026, "Christmas", flagged=True)
    main.cards_open_run(run_id)
    run_window = main.findChild(CardRunWindow)
    qtbot.waitUntil(lambda: run_window.state is not None, timeout=5000)
    run_window.problems_panel.view.activated.emit(run_window.problems_panel.model.index(0, 0))
    assert main.selected_ids() == [people["otto"]]
    run_window.close()


def test_sent_asks_before_marking_recipients_without_an_address(run_window, people, qtbot):
    """Select all, Sent: Otto has no postal address, so the window asks, and by
    default marks only the others."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.cards.mark_sent import MarkSentQuestion

    w = run_window
    asked = []

    def answer(choice: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, MarkSentQuestion)
        asked.append(box.text())
        getattr(box, choice).click()

    w.select_all()
    QTimer.singleShot(0, lambda: answer("only"))
    w.mark_actions[cards.SENT].trigger()
    assert "1 selected recipient without a postal address" in asked[0]
    assert recipients.sent_ids(w.run_id) == {people["anna"], people["max"], people["eva"]}
    # Asked again for Otto alone: the user insists.
    qtbot.waitUntil(lambda: w._loading is None, timeout=5000)
    w.table.select_contacts([people["otto"]])
    QTimer.singleShot(0, lambda: answer("every"))
    w.mark_actions[cards.SENT].trigger()
    assert people["otto"] in recipients.sent_ids(w.run_id)


def test_outputs_say_how_many_envelopes_were_left_out(run_window, tmp_path, qtbot):
    from ui.cards.csv_dialog import CsvExportDialog
    from ui.cards.printing import LABELS

    w = run_window
    dialog = w.outputs.print_dialog(LABELS)
    qtbot.addWidget(dialog)
    assert "1 envelope left out: no postal address" in dialog.left_out.text()
    assert "3 labels" in dialog.summary.text()
    csv_dialog = CsvExportDialog(w.state["run"], w.state["envelopes"], w)
    qtbot.addWidget(csv_dialog)
    assert csv_dialog.count.text() == "3 envelopes"
    assert not csv_dialog.left_out.isHidden()
    csv_dialog.export(str(tmp_path / "merge.csv"))
    text = (tmp_path / "merge.csv").read_text(encoding="utf-8-sig")
    assert "Otto" not in text


def test_households_tab_shows_the_shared_address_and_companies_apart(run_window, qtbot):
    from app.contacts.model import ORGANISATION

    w = run_window
    office = dict(street="Industriestr. 1", postal_code="70173", city="Stuttgart", label="work")
    ids = contacts.create_many([
        C(kind=ORGANISATION, organisation="Alpha GmbH", addresses=[A(**office)]),
        C(given_name="Yvonne", family_name="Yilmaz", organisation="Alpha GmbH",
          addresses=[A(**office)])])
    w.add_contacts(ids)
    qtbot.waitUntil(lambda: w._loading is None, timeout=5000)
    panel = w.households_panel
    assert panel.model.rowCount() == 1  # the Müllers; not the firm and its employee
    assert panel.model.item(0).text() == ("Anna Müller + Max Müller\n"
                                         "    Hauptstraße 5, 10115 Berlin")
    panel.companies.setChecked(True)
    assert panel.model.rowCount() == 1
    assert "Industriestr. 1, 70173 Stuttgart" in panel.model.item(0).text()
    w.accept_all_proposals()
    qtbot.waitUntil(lambda: w._loading is None, timeout=5000)
    assert ids in recipients.households(w.run_id).values()
    assert recipients.households(w.run_id) and len(recipients.households(w.run_id)) == 1


def test_the_open_run_shows_an_address_saved_in_the_main_window(people, qtbot):
    """The problem "has no postal address" opens Otto; the address typed and saved
    there reaches the open run at once, and a run window opened again."""
    from PySide6.QtWidgets import QLineEdit

    from ui.cards.run_window import CardRunWindow
    from ui.main.application import make_application
    from ui.main.main_window import MainWindow

    make_application()
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    run_id, _ = recipients.new_run(2026, "Christmas", flagged=True)
    main.cards_open_run(run_id)
    run = main.findChild(CardRunWindow)
    qtbot.waitUntil(lambda: run.state is not None, timeout=5000)
    otto = run.model.row_of_contact(people["otto"])
    assert run.model.data(run.model.index(otto, run.model.ADDRESS)) == "(no postal address)"
    run.problems_panel.view.activated.emit(run.problems_panel.model.index(0, 0))
    assert main.editor.contact_id == people["otto"]

    main.editor.form.addresses.add_button.click()
    fields = {e.accessibleName(): e for e in main.editor.findChildren(QLineEdit)}
    qtbot.keyClicks(fields["Street and number"], "Gartenweg 3")
    qtbot.keyClicks(fields["Postal code"], "53111")
    qtbot.keyClicks(fields["City"], "Bonn")  # keyClicks types ASCII only
    assert main.editor.save()

    def otto_shown() -> str:
        row = run.model.row_of_contact(people["otto"])
        return run.model.data(run.model.index(row, run.model.ADDRESS))

    qtbot.waitUntil(lambda: otto_shown() == "Gartenweg 3 · 53111 Bonn", timeout=5000)
    assert run.problems_panel.model.rowCount() == 0
    assert [e.address is not None for e in run.state["envelopes"]] == [True] * 4
    run.close()
    # Changed while the run window was closed: opening it again shows it as it is now.
    contacts.update(dict_with_street(contacts.get(people["otto"]), "Gartenweg 5"))
    main.cards_open_run(run_id)
    qtbot.waitUntil(lambda: otto_shown() == "Gartenweg 5 · 53111 Bonn", timeout=5000)
    run.close()


def dict_with_street(c, street):
    c.addresses[0].street = street
    return c


@pytest.mark.parametrize("language", ["de", "en"])
def test_at_1366_every_run_command_and_column_is_in_view(people, qtbot, language):
    from ui.cards.run_window import CardRunWindow
    from ui.main.language import apply_language

    apply_language(language)
    try:
        run_id, _ = recipients.new_run(2026, "Christmas", flagged=True)
        w = CardRunWindow(run_id)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitUntil(lambda: w.state is not None, timeout=5000)
        qtbot.wait(50)  # laid out
        from PySide6.QtWidgets import QToolBar

        for bar in w.findChildren(QToolBar):
            for action in bar.actions():
                if not action.isSeparator():
                    shown = bar.widgetForAction(action)
                    assert shown is not None and shown.isVisible(), (language, action.text())
        header = w.table.horizontalHeader()
        for column in range(header.count()):
            assert header.sectionViewportPosition(column) + header.sectionSize(column) \
                <= header.viewport().width(), (language, column)
    finally:
        apply_language("en")
