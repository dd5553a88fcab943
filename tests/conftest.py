"""Shared fixtures: every test gets a fresh database; Qt runs offscreen."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (window geometry) must never read or write the developer's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="hearth-test-config-")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def fresh_window_settings():
    """Each test starts without the window state (sort, geometry) of the last."""
    yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        QSettings("Hearth", "Hearth").clear()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "hearth.db"


@pytest.fixture
def db(db_path):
    """A fresh, migrated database file bound to app.storage.connection.database."""
    from app.storage.connection import close_database, open_database

    database = open_database(db_path)
    yield database
    close_database()


@pytest.fixture
def window(db, qtbot):
    """The main window on the fresh database, shown (a test module may define its own)."""
    from ui.main.application import make_application
    from ui.main.main_window import MainWindow

    make_application()
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present beside the checkout")
    return SHARED
