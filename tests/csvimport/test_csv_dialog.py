"""The CSV import through the window: mapping preview, then the vCard import's pages."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.contacts import listing
from app.contacts import store as contacts
from app.csvimport import mapping
from ui.csvimport.mapping_model import TARGET_ROW, MappingPreviewModel

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def window(db, qtbot, monkeypatch):
    from ui.main.application import make_application
    from ui.main.main_window import MainWindow

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: None)
    make_application()
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def _drop(window, *paths):
    """Drag the files over the window, then drop them, as Qt delivers it."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(*args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(*args))
    return window.import_dialog


def test_mapping_model_passes_the_model_tester(qtmodeltester):
    model = MappingPreviewModel()
    model.show_table(["Vorname", "Kundennr"], [(2, ["Anna", "17"]), (3, ["Bob"])],
                     ["given_name", ""])
    qtmodeltester.check(model)
    assert model.setData(model.index(TARGET_ROW, 1), "shoe size") is False
    assert model.setData(model.index(TARGET_ROW, 1), "notes") is True
    assert model.targets == ["given_name", "notes"]
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEditable


def test_dropped_outlook_file_is_previewed_mapped_imported_and_remembered(window, qtbot):
    dialog = _drop(window, FIXTURES / "outlook_de.csv")
    assert dialog.windowTitle() == "Import CSV"
    page = dialog.mapping_page
    assert dialog.pages.currentIndex() == dialog.mapping_index
    assert page.encoding.currentData() == "cp1252" and page.delimiter.currentData() == ";"
    m = page.model
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Anrede"
    assert m.data(m.index(1, 1)) == "Jürgen"
    assert m.data(m.index(TARGET_ROW, 3)) == "Family name"
    # a user sends the first names into the notes instead, and reads on
    col = m.header.index("Vorname")
    assert m.setData(m.index(TARGET_ROW, col), "notes")
    page.continue_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    assert dialog.preview_page.model.rowCount() == 3
    dialog.preview_page.import_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=10000)
    assert dialog.report.created == 3
    stored = contacts.get_many(listing.ordered_ids())
    assert any(c.notes.startswith("Jürgen") and c.family_name == "Müller" for c in stored)
    remembered = mapping.remembered(m.header)
    assert remembered is not None and remembered[col] == "notes"
    dialog.accept()


def test_changing_the_encoding_rereads_the_preview(window, qtbot):
    dialog = _drop(window, FIXTURES / "excel_de.csv")
    page = dialog.mapping_page
    m = page.model
    assert m.data(m.index(1, 0)) == "Köhler"
    page.encoding.setCurrentIndex(page.encoding.findData("utf-8"))
    page.encoding.activated.emit(page.encoding.currentIndex())
    assert m.data(m.index(1, 0)) == "K\ufffdhler"  # what a wrong guess would look like
    page.delimiter.setCurrentIndex(page.delimiter.findData(","))
    page.delimiter.activated.emit(page.delimiter.currentIndex())
    assert m.columnCount() == 1
    dialog.reject()


def test_the_preview_speaks_of_rows_and_lines_and_shows_only_what_was_imported(window, qtbot):
    from app.contacts.model import ContactData

    before = contacts.create(ContactData(given_name="Vorher", family_name="Da"))
    window.contacts_changed()
    dialog = _drop(window, FIXTURES / "outlook_de.csv")
    dialog.mapping_page.continue_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=10000)
    page = dialog.preview_page
    m = page.model
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Line"
    assert [m.data(m.index(r, 0)) for r in range(m.rowCount())] == ["2", "4", "5"]
    assert page.import_button.text() == "&Import 3 rows"
    assert "3 rows" in page.summary.text() and "card" not in page.summary.text()
    page.import_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=10000)
    assert len(dialog.imported_ids) == 3 and before not in dialog.imported_ids
    dialog.accept()


def test_the_welcome_view_offers_the_csv_import(window):
    assert window.pages.currentWidget() is window.welcome
    window.welcome.import_csv_button.click()
    assert window.import_dialog.windowTitle() == "Import CSV"
    window.import_dialog.reject()


def test_a_row_matching_an_earlier_row_names_its_line(db, qtbot, tmp_path):
    from app.csvimport import importing
    from ui.csvimport.preview import CsvPreviewModel

    path = tmp_path / "twice.csv"
    path.write_text("Vorname;Nachname;E-Mail\nAnna;Alt;a@x.example\n\n"
                    "Anna;Neu;a@x.example\n", encoding="utf-8")
    the_plan = importing.plan([importing.read_csv(path)])
    model = CsvPreviewModel(the_plan)
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["2", "4"]
    assert model.data(model.index(1, model.MATCH)).startswith("line 2 of twice.csv (Anna Alt")
