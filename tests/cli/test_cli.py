"""The command line, through app.cli.main.main as a user would call it."""
from __future__ import annotations

import json
import sqlite3

import pytest

from app.cli import main as cli
from app.contacts import store as contacts
from app.contacts.model import ContactData, Email, Phone, PostalAddress
from app.storage.connection import close_database, open_database


def run(*args: str) -> int:
    """main()'s exit status; argparse's own exits (help, bad arguments) included."""
    try:
        return cli.main(list(args))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1


def store(db_path, *people: ContactData) -> list[int]:
    open_database(db_path)
    try:
        return contacts.create_many(list(people))
    finally:
        close_database()


def contacts_json(capsys, db_path, *extra: str) -> list[dict]:
    capsys.readouterr()
    assert run("--db", str(db_path), "contacts", "--json", *extra) == 0
    return json.loads(capsys.readouterr().out)


ANNA = ContactData(given_name="Anna", family_name="Müller", organisation="Weiß GmbH",
                   phones=[Phone("+49 30 1234567", "work")],
                   emails=[Email("anna@weiss.example", "work")],
                   addresses=[PostalAddress("Hauptstraße 1", "10115", "Berlin", country="DE")],
                   tags=["Kunde", "VIP"])
JUERGEN = ContactData(given_name="Jürgen", family_name="Groß")


def test_contacts_json_has_the_documented_fields(db_path, capsys):
    anna_id, _ = store(db_path, ANNA, JUERGEN)
    out = contacts_json(capsys, db_path)
    assert [c["display_name"] for c in out] == ["Jürgen Groß", "Anna Müller"]
    anna = out[1]
    assert anna["id"] == anna_id
    assert anna["uid"].startswith("urn:uuid:")
    assert (anna["given_name"], anna["family_name"], anna["organisation"]) == (
        "Anna", "Müller", "Weiß GmbH")
    assert anna["emails"] == [{"label": "work", "address": "anna@weiss.example"}]
    assert anna["phones"] == [{"label": "work", "number": "+49 30 1234567"}]
    assert len(anna["addresses"]) == 1
    address = anna["addresses"][0]
    assert {k: address[k] for k in ("street", "postal_code", "city", "country")} == {
        "street": "Hauptstraße 1", "postal_code": "10115", "city": "Berlin", "country": "DE"}
    assert anna["tags"] == ["Kunde", "VIP"]
    assert "photo" not in anna  # bytes have no place in JSON; has_photo says whether


def test_contacts_search_lists_only_matches(db_path, capsys):
    store(db_path, ANNA, JUERGEN)
    assert [c["given_name"] for c in contacts_json(capsys, db_path, "--search", "gross")] == [
        "Jürgen"]
    assert contacts_json(capsys, db_path, "--search", "nobody") == []
    assert run("--db", str(db_path), "contacts", "-s", "mueller") == 0
    captured = capsys.readouterr()
    assert "Anna Müller" in captured.out and "Jürgen" not in captured.out
    assert "1 contact" in captured.err


def test_backup_to_writes_a_copy_with_the_contacts(db_path, tmp_path, capsys):
    store(db_path, ANNA, JUERGEN)
    dest = tmp_path / "copies" / "hearth-copy.db"
    assert run("--db", str(db_path), "backup", "--to", str(dest)) == 0
    assert capsys.readouterr().out.strip() == str(dest)
    con = sqlite3.connect(str(dest))
    try:
        names = sorted(r[0] for r in con.execute("SELECT given_name FROM contact"))
    finally:
        con.close()
    assert names == ["Anna", "Jürgen"]


def _without_identity(people: list[dict]) -> list[dict]:
    # ids, UIDs and timestamps belong to the storing, not to the demo data.
    drop = {"id", "uid", "created_at", "updated_at"}
    return [{k: v for k, v in c.items() if k not in drop} for c in people]


def test_demo_adds_the_same_contacts_for_the_same_seed(tmp_path, capsys):
    paths = {name: tmp_path / f"{name}.db" for name in ("a", "b", "c")}
    for name, seed in (("a", "7"), ("b", "7"), ("c", "8")):
        assert run("--db", str(paths[name]), "demo", "--contacts", "40", "--seed", seed) == 0
        assert "Added 40 demo contacts" in capsys.readouterr().out
    a, b, c = (contacts_json(capsys, paths[n]) for n in ("a", "b", "c"))
    assert len(a) == len(c) == 40
    assert _without_identity(a) == _without_identity(b)
    assert _without_identity(a) != _without_identity(c)


def test_demo_adds_to_what_is_there(db_path, capsys):
    store(db_path, ANNA)
    assert run("--db", str(db_path), "demo", "--contacts", "5") == 0
    assert run("--db", str(db_path), "demo", "--contacts", "5") == 0  # same seed again
    assert len(contacts_json(capsys, db_path)) == 11


@pytest.mark.parametrize("args", [
    ["demo", "--contacts", "abc"], ["demo", "--contacts", "0"], ["demo", "--contacts", "-3"],
    ["demo", "--contacts", "2.5"], ["demo"], ["demo", "--contacts", "3", "--seed", "x"],
    ["contacts", "--bogus"], ["no-such-command"],
])
def test_bad_input_exits_non_zero_with_one_line(db_path, capsys, args):
    assert run("--db", str(db_path), *args) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("hearth")
    assert not db_path.exists()  # refused before the database was touched


def _commands() -> list[str]:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


def test_every_command_is_registered():
    assert {"contacts", "backup", "demo"} <= set(_commands())


@pytest.mark.parametrize("command", [None] + _commands())
def test_every_help_works(command, capsys):
    args = ["--help"] if command is None else [command, "--help"]
    assert run(*args) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: hearth")
    if command:
        assert command in out.splitlines()[0]


def test_a_folder_as_database_gives_one_line(tmp_path, capsys):
    assert run("--db", str(tmp_path), "contacts") == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and str(tmp_path) in err


def test_a_database_under_a_file_gives_one_line(tmp_path, capsys):
    blocker = tmp_path / "plain.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    assert run("--db", str(blocker / "sub" / "hearth.db"), "contacts") == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "cannot be created" in err


def test_a_text_file_as_database_gives_one_line_and_is_kept(tmp_path, capsys):
    text = tmp_path / "addresses.txt"
    text.write_text("Anna Müller, Berlin\n" * 50, encoding="utf-8")
    before = text.read_bytes()
    assert run("--db", str(text), "demo", "--contacts", "3") == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "not a Hearth database" in err
    assert text.read_bytes() == before
