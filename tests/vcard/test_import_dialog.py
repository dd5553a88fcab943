"""vCard import, export and duplicates through the window, as a user drives them."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from app.contacts import listing
from app.contacts import store as contacts
from app.contacts.model import ContactData, Email, Phone
from app.vcard.reader import read_files
from ui.common import file_dialogs

ANNA = ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:anna-1\r\nN:Müller;Anna;;;\r\nFN:Anna Müller\r\n"
        "ORG:Bäckerei Groß\r\nTEL;TYPE=CELL:0171 1234567\r\nEMAIL:anna@example.com\r\n"
        "END:VCARD\r\n")
BOB = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Roe;Bob\r\nTEL;HOME:030 7654321\r\nEND:VCARD\r\n"
CARL = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Carl;;;\r\nFN:Carl Doe\r\n"
        "EMAIL:carl@example.com\r\nEND:VCARD\r\n")
#: Nothing in it a contact could show: unreadable (an unclosed quote no longer is).
BROKEN = ("BEGIN:VCARD\r\nVERSION:3.0\r\nX-BROKEN:Card Broken\r\n"
          "END:VCARD\r\n")


@pytest.fixture
def window(db, qtbot, monkeypatch):
    from ui.main.application import make_application
    from ui.main.main_window import MainWindow

    # A message box left open would hang the suite: record them instead.
    boxes = []
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: boxes.append(a[2]))
    make_application()
    w = MainWindow()
    w.boxes = boxes
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def vcf(tmp_path):
    def write(name: str, text: str):
        path = tmp_path / name
        path.write_bytes(text.encode("utf-8"))
        return path
    return write


def _names(w) -> list[str]:
    """The names the list shows (in the order a user last sorted it by)."""
    m = w.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def _preview(dialog) -> list[tuple[str, str, str]]:
    m = dialog.preview_page.model
    return [(m.data(m.index(r, m.NAME)), m.data(m.index(r, m.STATUS)),
             m.data(m.index(r, m.ACTION))) for r in range(m.rowCount())]


def _open_import(window, qtbot, paths):
    window.import_vcards([str(p) for p in paths])
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    return dialog


def _apply(dialog, qtbot):
    dialog.preview_page.import_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=10000)
    return dialog.report


def test_preview_models_pass_qt_model_tester(db, vcf, qtmodeltester):
    from app.vcard import importer
    from ui.vcard.import_preview_model import ImportPreviewModel
    from ui.vcard.import_problems_model import ProblemsModel, reading_problems

    contacts.create(ContactData(given_name="Bobby", phones=[Phone("+49 30 7654321")]))
    plan = importer.plan(read_files([vcf("a.vcf", ANNA + BOB + BROKEN)], workers=1))
    model = ImportPreviewModel(plan)
    qtmodeltester.check(model)
    assert model.setData(model.index(0, model.ACTION), importer.MERGE) is False  # new: no merge
    assert model.setData(model.index(1, model.ACTION), importer.SKIP) is True
    assert not model.flags(model.index(2, model.ACTION)) & Qt.ItemFlag.ItemIsEditable
    qtmodeltester.check(ProblemsModel(reading_problems(plan)))


def test_import_shows_every_card_then_the_contacts_arrive_and_again_adds_nothing(
        window, qtbot, vcf):
    contacts.create(ContactData(given_name="Bobby", phones=[Phone("+49 30 7654321")]))
    window.contacts_changed()
    path = vcf("phone.vcf", ANNA + BOB + BROKEN + CARL)
    dialog = _open_import(window, qtbot, [path])
    assert _preview(dialog) == [
        ("Anna Müller", "New", "Create new"),
        ("Bob Roe", "Possible duplicate", "Merge into existing"),
        ("(unreadable)", "Unreadable", "Skip"),
        ("Carl Doe", "New", "Create new")]
    m = dialog.preview_page.model
    assert m.data(m.index(1, m.MATCH)) == "Bobby (same phone number)"
    problems = dialog.preview_page.problems_model.problems
    assert [(p["file"], p["card"], p["line"], p["name"]) for p in problems] == [
        (str(path), 3, 15, "")]
    assert dialog.preview_page.problems_view.isVisibleTo(dialog)
    assert dialog.preview_page.import_button.text() == "&Import 3 cards"

    report = _apply(dialog, qtbot)
    assert (report.created, report.merged, report.skipped) == (2, 1, 1)
    summary = dialog.summary_page.summary.text()
    assert "Created: 2" in summary and "Merged: 1" in summary
    assert sorted(_names(window)) == ["Anna Müller", "Bobby Roe", "Carl Doe"]
    dialog.accept()

    again = _open_import(window, qtbot, [path])
    assert [s for _, s, _ in _preview(again)] == [
        "Update (same UID)", "Possible duplicate", "Unreadable", "Possible duplicate"]
    report = _apply(again, qtbot)
    assert report.created == 0
    assert contacts.count() == 3
    again.accept()


def test_chosen_actions_are_honoured(window, qtbot, vcf):
    dialog = _open_import(window, qtbot, [vcf("a.vcf", ANNA + CARL)])
    page = dialog.preview_page
    page.view.selectRow(page.sorter.mapFromSource(page.model.index(1, 0)).row())
    page.bulk_action.setCurrentIndex(page.bulk_action.findData("skip"))
    page.bulk_button.click()
    assert _preview(dialog)[1] == ("Carl Doe", "New", "Skip")
    assert dialog.preview_page.import_button.text() == "&Import 1 card"
    report = _apply(dialog, qtbot)
    assert (report.created, report.skipped) == (1, 1)
    assert _names(window) == ["Anna Müller"]


def test_action_editor_offers_what_the_row_allows(window, qtbot, vcf):
    contacts.create(ContactData(given_name="Carl", emails=[Email("carl@example.com")]))
    dialog = _open_import(window, qtbot, [vcf("a.vcf", CARL)])
    index = dialog.preview_page.sorter.index(0, dialog.preview_page.model.ACTION)
    dialog.preview_page.view.edit(index)
    [editor] = dialog.preview_page.view.viewport().findChildren(QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "Merge into existing", "Create new", "Skip"]
    editor.setCurrentIndex(1)
    editor.activated.emit(1)
    assert _preview(dialog)[0][2] == "Create new"
    report = _apply(dialog, qtbot)
    assert report.created == 1 and contacts.count() == 2


def test_cancel_while_storing_leaves_the_address_book_unchanged(window, qtbot, vcf,
                                                                monkeypatch):
    contacts.create(ContactData(given_name="Ann", emails=[Email("anna@example.com")]))
    window.contacts_changed()
    written, go_on = threading.Event(), threading.Event()
    real = contacts.create_many

    def create_then_wait(*args, **kwargs):
        ids = real(*args, **kwargs)  # the rows are in the database, uncommitted
        written.set()
        go_on.wait(10)
        return ids
    monkeypatch.setattr(contacts, "create_many", create_then_wait)
    dialog = _open_import(window, qtbot, [vcf("a.vcf", ANNA + BOB + CARL)])
    dialog.preview_page.import_button.click()
    qtbot.waitUntil(written.is_set, timeout=10000)
    dialog.progress_page.cancel_button.click()
    go_on.set()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    assert "cancelled" in dialog.preview_page.note.text()
    assert contacts.count() == 1
    assert contacts.get_many(listing.ordered_ids())[0].emails[0].address == "anna@example.com"
    assert _names(window) == ["Ann"]
    monkeypatch.setattr(contacts, "create_many", real)
    report = _apply(dialog, qtbot)  # the same preview can still be imported
    assert report.created == 2 and contacts.count() == 3


def _drop(widget, paths) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(10, 10), action, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    accepted = enter.isAccepted()
    if accepted:
        drop = QDropEvent(QPoint(10, 10), action, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, drop)
    return accepted


def test_dropping_vcards_on_the_window_starts_the_import(window, qtbot, vcf, tmp_path):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a card")
    assert _drop(window, [text_file]) is False
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "a.vcf").write_bytes(ANNA.encode())
    (folder / "b.VCF").write_bytes(CARL.encode())
    assert _drop(window, [folder]) is True
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    assert sorted(n for n, _, _ in _preview(dialog)) == ["Anna Müller", "Carl Doe"]
    _apply(dialog, qtbot)
    assert sorted(_names(window)) == ["Anna Müller", "Carl Doe"]


def test_export_writes_a_file_that_reads_back(window, qtbot, tmp_path, monkeypatch):
    ids = contacts.create_many([
        ContactData(given_name="Jürgen", family_name="Weiß", tags=["Kunde"],
                    phones=[Phone("+49 30 1234567")], photo=b"\xff\xd8\xff\xe0jpeg",
                    photo_mime="image/jpeg"),
        ContactData(given_name="Zoë", family_name="Åberg", emails=[Email("zoe@example.com")]),
        ContactData(given_name="Max", family_name="Other")])
    window.contacts_changed()
    target = tmp_path / "out.vcf"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(target))
    window.table.selectAll()
    window.main_actions.export_vcards.trigger()
    dialog = window.export_dialog
    assert dialog.selection_button.isChecked() and dialog.version.currentData() == "3.0"
    dialog.tag_button.setChecked(True)
    dialog.photos.setChecked(False)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    cards = read_files([target], workers=1)[0].cards
    assert [c.contact.display_name() for c in cards] == ["Jürgen Weiß"]
    assert cards[0].contact.photo is None and cards[0].contact.tags == ["Kunde"]
    assert "1 contact exported" in window.statusBar().currentMessage()

    window.main_actions.export_vcards.trigger()
    dialog = window.export_dialog
    dialog.everything_button.setChecked(True)
    dialog.version.setCurrentIndex(dialog.version.findData("4.0"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    text = target.read_text(encoding="utf-8")
    assert text.count("VERSION:4.0") == 3
    back = {c.contact.display_name(): c.contact for c in read_files([target], workers=1)[0].cards}
    assert back["Jürgen Weiß"].photo == contacts.get(ids[0]).photo
    assert back["Zoë Åberg"].emails[0].address == "zoe@example.com"


def test_find_duplicates_merges_the_chosen_pair(window, qtbot):
    keep, other, _ = contacts.create_many([
        ContactData(given_name="Anna", family_name="Müller", phones=[Phone("0171 1234567")],
                    tags=["Kunde"]),
        ContactData(given_name="Anna", family_name="Mueller",
                    phones=[Phone("+49 171 1234567")], emails=[Email("anna@example.com")]),
        ContactData(given_name="Bert", family_name="Beta")])
    window.contacts_changed()
    window.main_actions.find_duplicates.trigger()
    dialog = window.duplicates_dialog
    qtbot.waitUntil(lambda: dialog.pairs_model.rowCount() == 1, timeout=10000)
    m = dialog.pairs_model
    assert [m.data(m.index(0, c)) for c in range(3)] == [
        "Anna Mueller", "Anna Müller", "same phone number"]
    cmp = dialog.comparison_model
    assert ("E-mails", "anna@example.com", "") in cmp.rows
    # typed differently, the same number: shown the same, so not marked as a difference
    assert ("Phones", "+49 171 1234567", "+49 171 1234567") in cmp.rows
    dialog.keep_right.click()  # keep the one on the right, with its tag
    kept = contacts.get(keep)
    assert kept.emails[0].address == "anna@example.com" and kept.tags == ["Kunde"]
    assert contacts.get(other).trashed_at
    assert sorted(_names(window)) == ["Anna Müller", "Bert Beta"]
    assert m.rowCount() == 0 and "No duplicates" in dialog.status.text()
    window.main_actions.show_trash.trigger()
    assert _names(window) == ["Anna Mueller"]  # undoable: restore it from the trash
