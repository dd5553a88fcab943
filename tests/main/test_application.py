"""Start-up: a database that cannot be used gets a dialog and stays untouched."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def test_corrupt_database_gets_a_dialog_naming_the_file(tmp_path, qtbot, monkeypatch):
    from ui.main.application import make_application, open_with_dialogs

    make_application()
    bad = tmp_path / "hearth.db"
    content = b"this is not a database at all" * 100
    bad.write_bytes(content)
    shown = []

    def fake_exec(box):
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert open_with_dialogs(bad) is None  # the user chose Close
    assert shown and str(bad) in shown[0]
    assert bad.read_bytes() == content


def test_newer_database_is_refused_with_a_dialog(tmp_path, qtbot, monkeypatch):
    import sqlite3

    from app.storage import migrations
    from ui.main.application import make_application, open_with_dialogs

    make_application()
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 5}")
    conn.execute("PRAGMA application_id = 1213355080")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert open_with_dialogs(path) is None
    assert "newer version of Hearth" in shown[0]
    assert path.read_bytes() == before
