"""Nothing but SQLite opens the database: Hearth's own looks at a database
file keep this process's locks, and a zero-length file is no address book."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage import backup, file_probe, restore
from app.storage import connection as appdb
from app.storage.connection import DatabaseProblem, close_database, open_database
from tests.lock_hazard import assert_locks_held, wal_files

#: All about SQLite's file and its locks.
pytestmark = pytest.mark.sqlite_only


def test_the_check_sees_a_process_that_dropped_its_locks(db, db_path):
    # What every other test here relies on: on this system, a stray open()
    # and close() of the database really lets another process delete the WAL.
    open(db_path, "rb").close()  # noqa: SIM115 - the hazard itself
    with pytest.raises(AssertionError, match="deleted the WAL"):
        assert_locks_held(db, db_path)


def test_checking_the_open_database_again_keeps_our_locks(db, db_path):
    appdb._check_file(db_path)
    assert not file_probe.is_not_sqlite(db_path)
    assert_locks_held(db, db_path)


def test_restoring_checks_the_backup_through_sqlite_and_keeps_our_locks(db, db_path):
    saved = backup.backup_now(db, db_path)
    restore.restore_backup(db, saved, db_path)
    assert_locks_held(db, db_path)


def test_a_zero_length_file_given_by_name_is_refused_and_left_empty(tmp_path):
    path = tmp_path / "contacts.db"
    path.touch()
    with pytest.raises(DatabaseProblem) as err:
        open_database(path)
    assert str(err.value) == (
        f"{path} is empty: it is not a Hearth database. Choose another file, or delete this "
        "one to start a new address book under that name.")
    assert path.stat().st_size == 0 and wal_files(path) == []


def test_a_zero_length_file_where_hearth_keeps_its_own_becomes_a_new_address_book(
        tmp_path, monkeypatch):
    # Hearth creates that file itself; killed at once, it may leave it empty.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = appdb.default_database_path()
    path.parent.mkdir(parents=True)
    path.touch()
    try:
        db = open_database(path)
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] > 0
    finally:
        close_database()


def test_a_file_that_is_not_sqlite_is_refused_without_being_opened_by_us(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"Anna Mueller, +49 30 1234567\n" * 200)
    assert file_probe.is_not_sqlite(path)
    with pytest.raises(DatabaseProblem, match="not a Hearth database"):
        open_database(path)
    assert wal_files(path) == []


@pytest.mark.parametrize("content", [b"", b"not a database at all\n" * 100])
def test_restore_refuses_an_empty_or_foreign_file(db, tmp_path, content):
    source = tmp_path / "backup.db"
    source.write_bytes(content)
    with pytest.raises(DatabaseProblem, match="is not a Hearth backup"):
        restore.restore_backup(db, source, tmp_path / "hearth.db")


# --- a static guard: no plain file call on the database's path ----------------------

ROOT = Path(__file__).resolve().parents[2]
_OPENERS = {"open", "read_bytes", "read_text", "write_bytes", "write_text", "copy", "copy2",
            "copyfile", "copyfileobj", "move", "QFile", "mimeTypeForFile", "file_digest"}
_DB_CALLS = {"database_path", "default_database_path"}
# Modules whose parameter "path" is the database file itself.
_PATH_IS_THE_DATABASE = {"app/storage/connection.py", "app/storage/file_probe.py"}


def _names(node: ast.AST) -> set[str]:
    found = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            found.add(sub.id)
        elif isinstance(sub, ast.Call):
            func = sub.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in _DB_CALLS:
                found.add(name + "()")
    return found


def database_file_calls(source: str, module: str) -> list[str]:
    """``open()``-like calls whose file is plainly the database: ``db_path``,
    ``database_path()`` or a name assigned from it, ``path`` in the storage
    modules that receive the database's path."""
    tree = ast.parse(source)
    tainted = {"db_path", "database_path()", "default_database_path()"}
    if module in _PATH_IS_THE_DATABASE:
        tainted.add("path")
    for node in ast.walk(tree):  # names assigned from the database's path
        if isinstance(node, ast.Assign) and _names(node.value) & tainted:
            tainted |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in _OPENERS:
            continue
        target = [func.value] if isinstance(func, ast.Attribute) else []
        target += node.args[:1]
        if name in ("copy", "copy2", "copyfile", "move") and isinstance(func, ast.Attribute):
            target = node.args  # shutil.copy(src, dest): either
        if any(_names(t) & tainted for t in target):
            found.append(f"{module}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_nothing_opens_the_database_path_as_a_plain_file():
    found = []
    for package in ("app", "ui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            module = path.relative_to(ROOT).as_posix()
            found += database_file_calls(path.read_text(encoding="utf-8"), module)
    assert found == []


@pytest.mark.parametrize("code", [
    "open(db_path, 'rb').close()",
    "p = database_path()\nh = hashlib.file_digest(p.open('rb'), 'sha256')",
    "shutil.copy2(database_path(), dest)",
    "shutil.copyfile(upload, db_path)",
    "data = Path(str(db_path) + '-wal').read_bytes()",
    "QFile(str(database_path()))",
])
def test_the_static_guard_sees_the_usual_ways(code):
    assert database_file_calls(code, "ui/x.py")


def test_the_static_guard_leaves_other_files_alone():
    code = ("open(photo_path, 'rb')\nshutil.copy(src, dest)\n"
            "backup_database(db, db_path.parent / 'x.db')\nPath(args.to).open('w')")
    assert database_file_calls(code, "ui/x.py") == []
    assert database_file_calls("path.open('rb')", "app/storage/backup.py") == []
    assert database_file_calls("path.open('rb')", "app/storage/connection.py")


def test_importing_the_open_database_as_vcards_is_refused_without_opening_it(db, db_path):
    """A folder import or a drop can name the database itself: reading it as text
    would close a descriptor of it and drop SQLite's locks."""
    from app.vcard import importer

    report = importer.import_paths([db_path, Path(f"{db_path}-wal")], workers=1)
    assert report.created == 0
    assert [[p["reason"] for p in f["problems"]] for f in report.to_json()["files"]] == [
        ["the file is the open address book itself, not a vCard file; it was not read"]] * 2
    assert_locks_held(db, db_path)


def test_a_backup_onto_the_database_itself_is_refused_and_the_data_stays(db, db_path):
    for target in (db_path, Path(f"{db_path}-wal")):
        with pytest.raises(DatabaseProblem, match="is the address book itself"):
            backup.backup_database(db, target)
    assert_locks_held(db, db_path)


def test_no_output_file_is_written_over_the_open_database(db, db_path):
    """An export, labels, a CSV or a briefing given the database's own name (a typo
    on the command line) would replace the file under the open connection."""
    from app.cards.csv_export import write_csv
    from app.cards.page_layout import Page
    from app.cards.pdf import write_pdf
    from app.vcard.writer import write_file

    writers = [lambda p: write_file(p, []), lambda p: write_csv([], p),
               lambda p: write_pdf([Page(210, 297)], p)]
    for write in writers:
        for target in (db_path, Path(f"{db_path}-wal")):
            with pytest.raises(DatabaseProblem, match="is the address book itself"):
                write(target)
    assert_locks_held(db, db_path)


def test_the_command_line_refuses_to_export_over_the_database(db_path):
    from app.contacts import store as contacts
    from app.contacts.model import ContactData

    open_database(db_path)
    contacts.create(ContactData(family_name="Huber"))
    close_database()
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(db_path), "export",
                           "--out", str(db_path)], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip().endswith("choose another file to write to.")
    assert len(done.stderr.strip().splitlines()) == 1
    open_database(db_path)  # still Hearth's database, with Huber in it
    try:
        assert contacts.count() == 1
    finally:
        close_database()
