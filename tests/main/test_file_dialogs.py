"""Every file dialog of the window, browsed into the open database's folder,
leaves this process's locks on the database alone (issue 9, finding 1).

Each dialog is opened by the code a user triggers, runs modally as it does
for the user, and is driven by a timer: it is pointed at the database's
folder, shown in detail view, its type and icon columns asked for every
file, and cancelled. Then another process writes and closes the database.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QLineEdit,
    QMessageBox,
)

from app.cards import recipients
from app.contacts import store as contacts
from app.contacts.model import ContactData, PostalAddress
from tests.lock_hazard import assert_locks_held
from ui.common import file_dialogs


class DialogDriver:
    """Browses every modal file dialog that opens into ``folder``, then cancels it."""

    def __init__(self, folder: Path, choose: str | None = None):
        self.folder, self.choose = folder, choose
        self.seen: list[dict] = []
        self._dialog: QFileDialog | None = None
        self._loaded = False
        self._timer = QTimer(interval=20, timeout=self._tick)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        top = QApplication.activeModalWidget()
        if isinstance(top, QMessageBox):
            for button in top.buttons():
                if top.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                    button.click()
            return
        if not isinstance(top, QFileDialog):
            return
        model = top.findChild(QFileSystemModel)
        if top is not self._dialog:
            self._dialog, self._loaded = top, False
            model.directoryLoaded.connect(self._on_loaded)
            top.setViewMode(QFileDialog.ViewMode.Detail)
            # As a user typing "*" would: every file listed, whatever the filter.
            top.setNameFilters([*top.nameFilters(), "All files (*)"])
            top.selectNameFilter("All files (*)")
            top.setDirectory(str(self.folder))
            return
        root = model.index(str(self.folder))
        if not (self._loaded or model.rowCount(root) >= self._expected_rows(top)):
            return  # (a dialog that starts there may have loaded it already)
        rows = {}
        for r in range(model.rowCount(root)):
            cells = [model.index(r, c, root) for c in range(model.columnCount(root))]
            rows[cells[0].data()] = [c.data() for c in cells]
            cells[0].data(Qt.ItemDataRole.DecorationRole)
        self.seen.append({"title": top.windowTitle(), "rows": rows,
                          "native": not top.testOption(QFileDialog.Option.DontUseNativeDialog)})
        self._dialog = None
        if self.choose:
            top.findChild(QLineEdit, "fileNameEdit").setText(self.choose)  # typed by a user
            top.accept()
        else:
            top.reject()

    def _expected_rows(self, dialog: QFileDialog) -> int:
        dirs_only = dialog.testOption(QFileDialog.Option.ShowDirsOnly)
        return sum(1 for p in self.folder.iterdir() if p.is_dir() or not dirs_only)

    def _on_loaded(self, path: str) -> None:
        if Path(path) == self.folder:
            self._loaded = True


@pytest.fixture
def driver(db, db_path, qtbot):
    from ui.main.application import make_application

    make_application()
    d = DialogDriver(db_path.parent)
    yield d
    d.stop()


@pytest.fixture
def run_window(db, qtbot):
    from ui.cards.run_window import CardRunWindow

    contacts.create(ContactData(given_name="Anna", family_name="Müller", yearly_card=True,
                                addresses=[PostalAddress(street="Hauptstraße 5",
                                                         postal_code="10115", city="Berlin")]))
    run_id, _ = recipients.new_run(2026, "Christmas", flagged=True)
    w = CardRunWindow(run_id)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.state is not None, timeout=5000)
    return w


def _openers(qtbot, run_window, db_path):
    """Each way the window opens a file dialog, as (name, callable)."""
    from ui.cards.csv_dialog import CsvExportDialog
    from ui.cards.printing import LABELS
    from ui.contacts.detail_pane import ContactEditor
    from ui.conversations.briefing_window import BriefingWindow
    from ui.main.application import open_with_dialogs
    from ui.vcard.export_dialog import ExportDialog
    from ui.vcard.import_dialog import ImportDialog

    def widget(w):
        qtbot.addWidget(w)
        return w

    anna = contacts.create(ContactData(given_name="Anna", family_name="Huber"))
    importer, exporter = widget(ImportDialog()), widget(ExportDialog())
    printer = widget(run_window.outputs.print_dialog(LABELS))
    csv = widget(CsvExportDialog(run_window.state["run"], run_window.state["envelopes"],
                                 run_window))

    def export_to_folder():
        exporter.layout_choice.setCurrentIndex(1)
        return exporter._ask_target()

    empty = db_path.parent / "empty.db"
    empty.touch()
    return [
        ("import files", importer.choose_files),
        ("import folder", importer.choose_folder),
        ("export file", exporter._ask_target),
        ("export folder", export_to_folder),
        ("photo", widget(ContactEditor())._choose_photo),
        ("briefing pdf", widget(BriefingWindow(anna)).save_pdf),
        ("labels pdf", printer.save_pdf),
        ("csv", csv.export),
        ("another database", lambda: open_with_dialogs(empty)),
    ]


def test_every_file_dialog_on_the_database_folder_keeps_the_wal_and_the_data(
        db, db_path, driver, qtbot, run_window):
    openers = _openers(qtbot, run_window, db_path)
    for name, open_dialog in openers:
        before = len(driver.seen)
        result = open_dialog()
        assert len(driver.seen) == before + 1, name
        assert not result, name  # cancelled
        seen = driver.seen[-1]
        assert not seen["native"], name
        if "folder" not in name:
            listed = seen["rows"]
            assert {"hearth.db", "hearth.db-wal", "hearth.db-shm"} <= set(listed), name
            assert listed["hearth.db"][2] == "Hearth database", name
    assert_locks_held(db, db_path)


def test_a_file_of_the_open_database_is_never_handed_back(db, db_path, qtbot, monkeypatch):
    from ui.main.application import make_application
    from ui.vcard.import_dialog import ImportDialog

    make_application()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    driver = DialogDriver(db_path.parent, choose="hearth.db-wal")
    try:
        assert file_dialogs.open_files(dialog, "Import", "All files (*)",
                                       kind="vcard-import") == []
    finally:
        driver.stop()
    assert warned and "address book Hearth has open" in warned[0]
    assert_locks_held(db, db_path)


def test_dialogs_start_in_documents_then_where_the_last_file_of_that_kind_was(
        tmp_path, qtbot, monkeypatch):
    from ui.main.application import make_application

    make_application()
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "Documents").mkdir()
    QSettings().remove("fileDialogs")
    folder = file_dialogs.start_folder("pdf")
    assert Path(folder) in (tmp_path / "Documents", tmp_path)
    (tmp_path / "out").mkdir()
    driver = DialogDriver(tmp_path / "out", choose="briefing.pdf")
    try:
        chosen = file_dialogs.save_file(None, "Save", "x.pdf", "PDF files (*.pdf)", kind="pdf")
    finally:
        driver.stop()
    assert chosen == str(tmp_path / "out" / "briefing.pdf")
    assert file_dialogs.start_folder("pdf") == str(tmp_path / "out")
    assert file_dialogs.start_folder("csv") == folder


def test_the_icon_provider_answers_from_the_name(tmp_path, qtbot):
    from PySide6.QtCore import QFileInfo

    from ui.main.application import make_application

    make_application()
    provider = file_dialogs.NameOnlyIconProvider()
    (tmp_path / "cards.VCF").write_text("BEGIN:VCARD\r\n")
    (tmp_path / "looks-like.pdf").write_bytes(b"SQLite format 3\x00")
    assert provider.type(QFileInfo(str(tmp_path / "cards.VCF"))) == "vCard file"
    assert provider.type(QFileInfo(str(tmp_path / "looks-like.pdf"))) == "PDF document"
    assert provider.type(QFileInfo(str(tmp_path))) == "Folder"
    assert provider.type(QFileInfo(str(tmp_path / "hearth.db-wal"))) == "File"
    assert not provider.icon(QFileInfo(str(tmp_path))).isNull()
