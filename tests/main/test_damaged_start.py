"""Start-up on a database SQLite refuses to open because it is damaged: the
dialog offers a backup or a repair; a chosen backup takes the file's place,
the damaged original stays beside it unchanged, and the address book opens."""
from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.storage import backup
from app.storage.connection import close_database, database, open_database
from tests.damaged_files import damage, file_hash, sound_database


def backed_up_then_damaged(tmp_path):
    db = sound_database(tmp_path / "hearth.db", people=3)
    open_database(db)
    try:
        backup.backup_now(database.obj, db)
        contacts.create(ContactData(family_name="Nachher"))
    finally:
        close_database()
    return damage(db, "page_count")


class Dialogs:
    """Stands in for the user: clicks the start-up dialog's buttons in turn and
    answers the questions after them; remembers what was shown."""

    def __init__(self, monkeypatch, clicks):
        self.clicks = list(clicks)
        self.boxes: list[tuple[str, list[str]]] = []
        self.told: list[str] = []
        self.listed: list[str] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.exec(box))
        monkeypatch.setattr(QInputDialog, "getItem", self.choose)
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        for name in ("information", "critical"):
            monkeypatch.setattr(QMessageBox, name, self.tell)

    def exec(self, box):
        buttons = [b.text() for b in box.buttons()]
        self.boxes.append((box.text() + " " + box.informativeText(), buttons))
        wanted = self.clicks.pop(0)
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    def choose(self, parent, title, label, items, *args):
        self.listed.extend(items)
        return items[0], True

    def tell(self, parent, title, text, *args):
        self.told.append(text)
        return QMessageBox.StandardButton.Ok


def test_restore_a_backup_at_start_up_replaces_the_unopenable_file(tmp_path, qtbot,
                                                                   monkeypatch):
    from ui.main.application import make_application, open_with_dialogs

    make_application()
    db = backed_up_then_damaged(tmp_path)
    before = file_hash(db)
    user = Dialogs(monkeypatch, ["Restore a Backup…"])
    try:
        assert open_with_dialogs(db) == db
        assert contacts.count() == 3  # the backup's content, open and usable
        contacts.create(ContactData(family_name="Danach"))
    finally:
        close_database()
    text, buttons = user.boxes[0]
    assert "damaged" in text and str(db) in text
    assert {"Restore a Backup…", "Repair…", "Open Another File…"} <= set(buttons)
    assert len(user.listed) == 1 and len(user.boxes) == 1
    kept = sorted(tmp_path.glob("hearth-damaged-*.db"))
    assert len(kept) == 1 and kept[0].name in user.told[0]
    assert file_hash(kept[0]) == before


def test_a_repair_that_cannot_read_the_file_says_so_and_offers_again(tmp_path, qtbot,
                                                                      monkeypatch):
    from ui.main.application import make_application, open_with_dialogs

    make_application()
    db = backed_up_then_damaged(tmp_path)
    before = file_hash(db)
    user = Dialogs(monkeypatch, ["Repair…", "Close"])
    assert open_with_dialogs(db) is None
    assert len(user.boxes) == 2  # after the failed repair, the same offer again
    assert len(user.told) == 1 and "Restore a backup instead" in user.told[0]
    assert file_hash(db) == before and not list(tmp_path.glob("hearth-damaged-*"))
    assert not list(tmp_path.glob("*.part"))


def test_without_backups_only_repair_is_offered(tmp_path, qtbot, monkeypatch):
    from ui.main.application import make_application, open_with_dialogs

    make_application()
    db = damage(sound_database(tmp_path / "hearth.db", people=3), "page_count")
    user = Dialogs(monkeypatch, ["Close"])
    assert open_with_dialogs(db) is None
    buttons = user.boxes[0][1]
    assert "Repair…" in buttons and "Restore a Backup…" not in buttons
