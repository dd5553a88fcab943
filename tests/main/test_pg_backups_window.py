"""The window's File > Back Up Now and Restore a Backup on a PostgreSQL database:
a pg_dump is written; restoring is pg_restore's, and the window says so."""
from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.storage.connection import close_database, open_database


def _window(qtbot):
    from ui.main.application import make_application
    from ui.main.backups import BackupCommands

    make_application()
    w = QMainWindow()
    qtbot.addWidget(w)
    return w, BackupCommands(w)


def test_back_up_now_writes_a_dump_and_restore_points_to_pg_restore(pg_server, qtbot,
                                                                     tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    url = pg_server.fresh_database()
    open_database(url)
    try:
        w, commands = _window(qtbot)
        commands.backup_now()
        dumps = list((tmp_path / "Hearth" / "backups").glob("*.dump"))
        assert len(dumps) == 1 and dumps[0].read_bytes()[:5] == b"PGDMP"
        assert str(dumps[0]) in w.statusBar().currentMessage()
        told = []
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
        commands.restore_from_backup()
        assert len(told) == 1 and "pg_restore" in told[0]
    finally:
        close_database()
        pg_server.drop(url)
