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
# Nobody is asked for their name in the log (app.core.user) unless a test wants it.
os.makedirs(os.path.join(os.environ["XDG_CONFIG_HOME"], "Hearth"))
with open(os.path.join(os.environ["XDG_CONFIG_HOME"], "Hearth", "user.json"), "w") as f:
    f.write('{"name": ""}')
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


#: Test folders whose database tests run on both engines (parametrised):
#: storage, search, conversations, card runs and the imports. A test there that
#: is about SQLite's file itself (locks, backups, damage) is marked
#: ``sqlite_only``.
BOTH_ENGINES = {"storage", "contacts", "conversations", "cards", "vcard", "csvimport"}
BOTH_ENGINES.add("privacy")  # export and erasure (issue 13)


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): the test is about SQLite's "
                            "file itself and does not run on PostgreSQL")
    config.addinivalue_line("markers", "both_engines: run this test on SQLite and on "
                            "PostgreSQL even outside the folders that always do")


def _wants_both(metafunc) -> bool:
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return False
    if metafunc.definition.get_closest_marker("both_engines"):
        return True
    folder = Path(str(metafunc.definition.fspath)).parent.name
    return folder in BOTH_ENGINES


def pytest_generate_tests(metafunc):
    if {"db", "db_path", "engine"} & set(metafunc.fixturenames) and _wants_both(metafunc):
        metafunc.parametrize("engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def engine(request) -> str:
    """"sqlite" or "postgresql": the engine this test's database runs on."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the whole run."""
    from tests.helpers import throwaway_server

    yield from throwaway_server()


@pytest.fixture
def db_path(tmp_path, engine, request) -> Path | str:
    """Where the test's database is: a file, or on PostgreSQL a fresh database's URL."""
    if engine == "sqlite":
        yield tmp_path / "hearth.db"
        return
    server = request.getfixturevalue("pg_server")
    url = server.fresh_database()
    yield url
    from app.storage.connection import close_database

    if "PySide6.QtCore" in sys.modules:  # a window's background load still reading
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(5000)
    close_database()
    server.drop(url)


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
def live_window(db, qtbot):
    """The main window polling for other writers every 100 ms (a window polls once
    a second); afterwards no worker of its is left to read the database, which a
    PostgreSQL test drops: the workers are waited for and their answers (which
    may start another read) let arrive."""
    from PySide6.QtCore import QThreadPool

    from ui.main.application import make_application
    from ui.main.main_window import MainWindow

    make_application()
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.live_updates.timer.setInterval(100)
    yield w
    w.live_updates.timer.stop()
    for _ in range(3):
        qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0,
                        timeout=20_000)
        qtbot.wait(50)
    w.live_updates.watcher.close()


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """What critical and warning message boxes said (a modal box would wait for a click)."""
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []

    def box(parent, title, text, *args, **kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", box)
    monkeypatch.setattr(QMessageBox, "warning", box)
    return said


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present beside the checkout")
    return SHARED
