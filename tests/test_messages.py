"""Messages as data: no exception's English text on screen, real problems as sentences.

``ui/`` turns problems and exceptions into text only through
ui/common/messages.py; the walk below fails on any other way of showing a
caught exception (``str(exc)``, an f-string, ``.format(exc)``, ``%``,
``exc.args``). The rest checks that problems met for real (a locked or
read-only database, a bad date, an unreadable vCard card) read as the
sentences the user has always seen, with what and where.
"""
from __future__ import annotations

import ast
import logging
import pickle
import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from app.core.problems import describe

ROOT = Path(__file__).resolve().parent.parent

#: Names a callback receiving an exception goes by (run_task's on_error).
EXCEPTION_PARAMETERS = {"exc", "error", "err", "e"}


def exception_names(tree: ast.AST) -> set[str]:
    """``except ... as NAME`` targets, and parameters that receive an exception."""
    names = {h.name for h in ast.walk(tree) if isinstance(h, ast.ExceptHandler) and h.name}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            names |= {a.arg for a in node.args.args + node.args.kwonlyargs
                      if a.arg in EXCEPTION_PARAMETERS}
    return names


def shown_exceptions(source: str) -> list[tuple[int, str]]:
    """Where ``source`` turns a caught exception into text other than via message_for."""
    tree = ast.parse(source)
    names = exception_names(tree)

    def is_exc(node: ast.AST) -> bool:
        return isinstance(node, ast.Name) and node.id in names

    def mentions(node: ast.AST) -> bool:
        """An exception somewhere in ``node`` (``exc``, ``exc.strerror or exc``, ...),
        other than handed to message_for."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id == "message_for":
            return False
        return is_exc(node) or any(mentions(child) for child in ast.iter_child_nodes(node))

    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            args = list(node.args) + [k.value for k in node.keywords]
            if isinstance(func, ast.Name) and func.id in ("str", "repr") \
                    and any(map(mentions, args)):
                found.append((node.lineno, f"{func.id}(exception)"))
            if isinstance(func, ast.Attribute) and func.attr == "format" \
                    and any(map(mentions, args)):
                found.append((node.lineno, ".format(exception)"))
        elif isinstance(node, ast.FormattedValue) and mentions(node.value):
            found.append((node.lineno, "f-string with the exception"))
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and mentions(node.right):
            found.append((node.lineno, "% formatting of the exception"))
        elif isinstance(node, ast.Attribute) and node.attr == "args" and is_exc(node.value):
            found.append((node.lineno, "exception.args"))
    return sorted(found)


def test_the_check_catches_every_way_of_showing_an_exception():
    source = '''
try:
    pass
except ValueError as problem:
    box(str(problem))
    box(repr(problem))
    box(f"failed: {problem}")
    box(f"failed: {problem.strerror}")
    box("failed: {0}".format(problem))
    box("failed: {x}".format(x=problem))
    box("failed: %s" % problem)
    box("failed: %s %s" % (1, problem))
    box(problem.args[0])
    box("failed: {0}".format(problem.strerror or problem))

def failed(exc):
    status(str(exc))

run(on_error=lambda error: show(str(error)))
'''
    found = shown_exceptions(source)
    assert [line for line, _ in found] == [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 17, 19]


def test_the_check_lets_message_for_and_other_text_through():
    source = '''
try:
    pass
except ValueError as problem:
    box(message_for(problem))
    box(tr("Could not write {0}: {1}").format(path, message_for(problem)))
    box(str(count))
    box(f"{name}: {message_for(problem)}")
'''
    assert shown_exceptions(source) == []


def test_ui_shows_no_exception_text_except_through_messages():
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.name == "messages.py" and path.parent.name == "common":
            continue
        offenders += [f"{path.relative_to(ROOT)}:{line}: {what}"
                      for line, what in shown_exceptions(path.read_text(encoding="utf-8"))]
    assert offenders == []


# --- real problems, real sentences ------------------------------------------------------

def test_a_locked_database_is_told_by_its_error_code(db_path):
    from app.storage.connection import close_database, open_database
    from app.storage.errors import DB_LOCKED, explain

    open_database(db_path)
    close_database()
    holder = sqlite3.connect(str(db_path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        other = sqlite3.connect(str(db_path), timeout=0.05, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError) as raw:
            other.execute("BEGIN IMMEDIATE")
        other.close()
        wrapped = pw.SqliteDatabase(str(db_path), timeout=0.05)
        with pytest.raises(pw.OperationalError) as through_peewee:
            wrapped.execute_sql("BEGIN IMMEDIATE")
        wrapped.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    for error in (raw.value, through_peewee.value):
        problem = explain(error, db_path)
        assert problem.code == DB_LOCKED and problem.path == db_path
        assert describe(problem) == (
            f"The database {db_path} is locked by another program (another Hearth window, "
            "a backup tool or a sync client). Close it and try again.")


def test_a_read_only_database_is_told_by_its_error_code(db_path):
    from app.storage.connection import close_database, open_database
    from app.storage.errors import DB_READ_ONLY, explain

    open_database(db_path)
    close_database()
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as err:
            con.execute("CREATE TABLE t (x)")
    finally:
        con.close()
    problem = explain(err.value, db_path)
    assert problem.code == DB_READ_ONLY
    assert describe(problem) == (f"The database {db_path} cannot be written: the file or its "
                                 "folder is read-only.")


def test_an_error_without_a_known_code_keeps_sqlites_words(db_path):
    from app.storage.errors import DB_UNUSABLE, explain

    con = sqlite3.connect(":memory:")
    with pytest.raises(sqlite3.OperationalError) as err:
        con.execute("SELECT * FROM nowhere")
    problem = explain(err.value, db_path)
    assert problem.code == DB_UNUSABLE
    assert describe(problem) == f"The database {db_path} could not be used: no such table: nowhere"


def test_a_bad_date_names_what_was_typed():
    from app.contacts.dates import NOT_A_REAL_DATE, BadDate, parse_user_date

    with pytest.raises(BadDate) as err:
        parse_user_date("31.02.2020")
    assert (err.value.code, err.value.params) == (NOT_A_REAL_DATE, {"text": "31.02.2020"})
    assert describe(err.value) == "“31.02.2020” is not a real date"
    assert isinstance(err.value, ValueError)  # callers still catch it as before


def test_an_unreadable_card_is_reported_with_file_card_and_line(db, tmp_path, capsys):
    from app.cli.main import main
    from app.vcard import notes
    from app.vcard.importer import import_paths

    path = tmp_path / "two.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Anna Muster\nEND:VCARD\n"
                    "BEGIN:VCARD\nEND:VCARD\n", encoding="utf-8")
    report = import_paths([path])
    [entry] = report.files[0].problems
    assert (report.files[0].file, entry["card"], entry["line"]) == (str(path), 2, 5)
    assert entry["reason"].code == notes.NO_PROPERTIES
    assert describe(entry["reason"]) == "the card has no properties"
    assert report.files[0].to_json()["problems"][0]["reason"] == "the card has no properties"

    assert main(["--db", str(tmp_path / "cli.db"), "import", str(path)]) == 0
    assert "  card 2, line 5: the card has no properties" in capsys.readouterr().out


def test_notes_travel_between_processes_with_their_parameters():
    from app.vcard import notes
    from app.vcard.notes import VcardNote
    from app.vcard.repair import CardUnreadable

    note = VcardNote(notes.IMPORTED_BUT, note=VcardNote(notes.BAD_BASE64, property="PHOTO"))
    again = pickle.loads(pickle.dumps(note))
    assert describe(again) == "imported, but the PHOTO data is not valid base64; left out"
    card = pickle.loads(pickle.dumps(CardUnreadable(notes.NO_PROPERTIES, 7)))
    assert (card.code, card.line) == (notes.NO_PROPERTIES, 7)


def test_the_command_line_prints_the_problem_as_one_line(db_path, capsys):
    from app.cli.main import main

    assert main(["--db", str(db_path), "cards", "show", "999"]) == 2
    assert capsys.readouterr().err == (
        "hearth cards: There is no card run 999. See `hearth cards list`.\n")


# --- the window's one place ------------------------------------------------------------

def test_the_window_shows_a_problem_in_the_users_language():
    from app.contacts.dates import NOT_A_REAL_DATE, BadDate
    from ui.common import messages

    problem = BadDate(NOT_A_REAL_DATE, text="31.02.")
    assert messages.message_for(problem) == "“31.02.” is not a real date"
    german = {"“{text}” is not a real date": "„{text}“ ist kein Datum"}
    original = messages.translate
    try:
        messages.translate = lambda text: german.get(text, text)
        assert messages.message_for(problem) == "„31.02.“ ist kein Datum"
    finally:
        messages.translate = original


def test_an_unexpected_error_is_one_sentence_and_its_traceback_goes_to_the_log(caplog):
    from ui.common.messages import message_for

    try:
        {}["secret English detail"]
    except KeyError as exc:
        with caplog.at_level(logging.ERROR, logger="hearth"):
            text = message_for(exc)
    assert "secret English detail" not in text
    assert text.startswith("Something unexpected went wrong") and "log" in text
    assert "secret English detail" in caplog.text and "Traceback" in caplog.text
