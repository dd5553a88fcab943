"""Opening, migrating and refusing database files; storing contacts."""
from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import peewee as pw
import pytest

from app.contacts import listing
from app.contacts import store as contacts
from app.contacts.model import ORGANISATION, ContactData, Email, Phone, PostalAddress, Url
from app.privacy.erase import erase
from app.storage import connection as appdb
from app.storage import migrations, purge
from app.storage.connection import DatabaseProblem, close_database, open_database

# --- schema versions ---------------------------------------------------------------


def _database_at(path, version: int) -> None:
    """A database file left at ``version``, holding one contact written with the
    columns and index of schema 1 (every later step must keep it)."""
    old = pw.SqliteDatabase(str(path))
    old.connect()
    migrations.migrate(old, path, target=version)
    old.execute_sql(
        "INSERT INTO contact(id, uid, given_name, family_name, display_name, sort_key, "
        "created_at, updated_at) VALUES (1, 'urn:uuid:old-1', 'Anna', 'Müller', "
        "'Anna Müller', 'muller anna', '2020-01-01T00:00:00+00:00', "
        "'2020-01-01T00:00:00+00:00')")
    old.execute_sql("INSERT INTO phone(contact_id, position, label, number, digits) "
                    "VALUES (1, 0, 'work', '+49 30 1234567', '49301234567')")
    old.execute_sql("INSERT INTO contact_fts(rowid, name) VALUES (1, 'Anna Müller')")
    old.close()


def _version_of(path) -> int:
    con = sqlite3.connect(str(path))
    try:
        return con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("version", range(1, migrations.LATEST + 1))
def test_every_earlier_schema_opens_at_the_latest_keeping_its_contacts(tmp_path, version):
    path = tmp_path / f"v{version}.db"
    _database_at(path, version)
    backups = tmp_path / "backups"
    open_database(path, backup_dir=backups)
    try:
        assert migrations.current_version(appdb.database) == migrations.LATEST
        anna = contacts.get(1)
        assert (anna.given_name, anna.family_name) == ("Anna", "Müller")
        assert [p.number for p in anna.phones] == ["+49 30 1234567"]
        assert listing.find_ids("müller") == [1]
        assert contacts.create(ContactData(given_name="New")) == 2
    finally:
        close_database()
    written = sorted(backups.glob("*.db")) if backups.exists() else []
    if version < migrations.LATEST:
        # The copy taken before migrating is the database as it was.
        assert len(written) == 1
        assert _version_of(written[0]) == version
        con = sqlite3.connect(str(written[0]))
        assert con.execute("SELECT given_name FROM contact").fetchall() == [("Anna",)]
        con.close()
    else:
        assert written == []


def test_a_new_database_gets_the_latest_schema_and_no_backup(tmp_path):
    path = tmp_path / "fresh.db"
    open_database(path, backup_dir=tmp_path / "backups")
    close_database()
    assert _version_of(path) == migrations.LATEST
    assert not (tmp_path / "backups").exists()


@pytest.mark.sqlite_only  # SQLite's PRAGMAs
def test_wal_and_foreign_keys_are_on(db):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    cid = contacts.create(ContactData(given_name="Anna", phones=[Phone("030 1234567")]))
    db.execute_sql("DELETE FROM contact WHERE id = ?", (cid,))
    # The phone went with its contact (ON DELETE CASCADE needs foreign keys on).
    assert db.execute_sql("SELECT count(*) FROM phone").fetchone()[0] == 0


def _files(path):
    """The bytes of a database file and whether SQLite left companions beside it."""
    extra = [p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-")]
    return path.read_bytes(), extra


def test_a_database_from_a_newer_hearth_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.db"
    open_database(path)
    contacts.create(ContactData(given_name="Anna"))
    close_database()
    con = sqlite3.connect(str(path))
    con.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    con.close()
    before = _files(path)
    with pytest.raises(DatabaseProblem) as err:
        open_database(path)
    message = str(err.value)
    assert "newer version of Hearth" in message and str(path) in message
    assert _files(path) == before


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"Anna Mueller, +49 30 1234567\n" * 200)
    before = _files(path)
    with pytest.raises(DatabaseProblem) as err:
        open_database(path)
    assert "not a Hearth database" in str(err.value) and str(path) in str(err.value)
    assert _files(path) == before


def test_another_programs_sqlite_database_is_refused_and_left_untouched(tmp_path):
    # A database in SQLite's default rollback-journal mode: switching it to WAL
    # would rewrite its header, so even that must not happen before the check.
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(str(path))
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.execute("INSERT INTO invoices(total) VALUES (99.5)")
    con.commit()
    con.close()
    before = _files(path)
    with pytest.raises(DatabaseProblem) as err:
        open_database(path)
    assert "another program" in str(err.value) and str(path) in str(err.value)
    assert _files(path) == before


def test_a_locked_database_says_so_and_names_the_file(tmp_path, monkeypatch):
    path = tmp_path / "busy.db"
    open_database(path)
    close_database()
    monkeypatch.setitem(appdb.PRAGMAS, "busy_timeout", 100)
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseProblem) as err:
            open_database(path)
        assert "locked" in str(err.value) and str(path) in str(err.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    open_database(path)  # usable again once the other program lets go
    close_database()


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseProblem, match="is a folder"):
        open_database(tmp_path)


# --- contacts ------------------------------------------------------------------------

_SERVER_SIDE = {"id", "version", "created_at", "updated_at", "trashed_at"}


def _everything(referrer: int) -> ContactData:
    """A contact with every field set to something other than its default."""
    c = ContactData(
        kind="person", prefix="Dr.", given_name="Jürgen", additional_names="Karl",
        family_name="Weiß", suffix="MBA", nickname="Jürgi", organisation="Weiß & Söhne GmbH",
        department="Einkauf", job_title="Einkaufsleiter", role="Entscheider",
        phones=[Phone("+49 30 1234567", "work"), Phone("0171 2345678", "mobile")],
        emails=[Email("juergen.weiss@example.de", "work"), Email("jw@example.org", "home")],
        addresses=[PostalAddress("Hauptstraße 5", "10115", "Berlin", "BE", "DE", "2. OG",
                                 "Postfach 12 34", "work"),
                   PostalAddress("Rue du Rhône 3", "1204", "Genève", "", "CH", "", "", "home")],
        urls=[Url("https://weiss.example.de", "work")],
        birthday="--04-23", anniversary="1999-06-12", photo=b"\xff\xd8\xffJPEG-bytes",
        photo_mime="image/jpeg", notes="Erste Zeile\nzweite Zeile: „Zitat“",
        tags=["Kunde", "Messe 2025", "VIP"], origin="trade fair", referred_by_id=referrer,
        relationship="customer", salutation="Lieber Jürgen", formal=False, gender="m",
        language="de", cadence_days=90, yearly_card=True, no_cards=True,
        uid="urn:uuid:every-field",
        extra_vcard=["X-CUSTOM;TYPE=work:Wert", "X-OTHER:2"])
    for f in dataclasses.fields(ContactData):
        # A field added since this test was written must round-trip as well.
        if f.name not in _SERVER_SIDE and getattr(c, f.name) == _default(f):
            assert f.type in ("str", str), f"give {f.name} a value in this test"
            setattr(c, f.name, "2024-05-01")
    return c


def _default(f: dataclasses.Field):
    if f.default is not dataclasses.MISSING:
        return f.default
    return f.default_factory()  # type: ignore[misc]


def test_every_field_survives_create_and_get(db):
    referrer = contacts.create(ContactData(given_name="Anna"))
    sent = _everything(referrer)
    cid = contacts.create(sent, now=dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC))
    got = contacts.get(cid)
    for f in dataclasses.fields(ContactData):
        if f.name not in _SERVER_SIDE:
            assert getattr(got, f.name) == getattr(sent, f.name), f.name
    assert got.id == cid
    assert got.created_at == got.updated_at == "2025-03-01T12:00:00+00:00"
    assert got.trashed_at == ""
    without = contacts.get_many([cid], with_photos=False)[0]
    assert without.photo is None and without.given_name == "Jürgen"


def test_an_organisation_is_listed_under_its_name(db):
    cid = contacts.create(ContactData(kind=ORGANISATION, organisation="Groß AG"))
    assert contacts.list_rows([cid])[cid].display_name == "Groß AG"


def test_update_replaces_fields_and_children(db):
    cid = contacts.create(ContactData(given_name="Anna", family_name="Müller",
                                      phones=[Phone("030 1234567"), Phone("0171 2345678")],
                                      tags=["Kunde"]))
    c = contacts.get(cid)
    c.family_name = "Schulz"
    c.phones = c.phones[1:]
    c.emails.append(Email("anna@example.de"))
    c.tags = ["Lieferant"]
    contacts.update(c, now=dt.datetime(2026, 1, 2, tzinfo=dt.UTC))
    again = contacts.get(cid)
    assert again.family_name == "Schulz"
    assert [p.number for p in again.phones] == ["0171 2345678"]
    assert [e.address for e in again.emails] == ["anna@example.de"]
    assert again.tags == ["Lieferant"]
    assert again.updated_at == "2026-01-02T00:00:00+00:00"
    assert again.created_at != again.updated_at
    row = contacts.list_rows([cid])[cid]
    assert (row.display_name, row.phone, row.email) == ("Anna Schulz", "+49 171 2345678",
                                                        "anna@example.de")


def test_updating_a_contact_that_is_gone_says_so(db):
    with pytest.raises(contacts.ContactNotFound):
        contacts.update(ContactData(id=999, given_name="Nobody"))


def test_trash_restore_and_empty_trash(db):
    keep = contacts.create(ContactData(given_name="Keep", tags=["Kunde"]))
    gone = contacts.create(ContactData(given_name="Gone", phones=[Phone("030 1234567")],
                                       tags=["Einmalig"]))
    assert contacts.trash([gone]) == 1
    assert contacts.trash([gone]) == 0  # already there
    assert listing.ordered_ids() == [keep]
    assert listing.ordered_ids(trashed=True) == [gone]
    assert contacts.count() == 1 and contacts.count(trashed=True) == 1
    assert contacts.get(gone).trashed_at != ""
    contacts.restore([gone])
    assert sorted(listing.ordered_ids()) == [keep, gone]
    assert contacts.get(gone).trashed_at == ""
    contacts.trash([gone])
    assert purge.empty_trash() == 1
    with pytest.raises(contacts.ContactNotFound):
        contacts.get(gone)
    assert db.execute_sql("SELECT count(*) FROM phone").fetchone()[0] == 0
    assert contacts.all_tags() == ["Kunde"]  # the tag nobody uses any more went too
    assert contacts.get(keep).given_name == "Keep"


def test_tags_ignore_case_and_list_only_used_ones(db):
    a = contacts.create(ContactData(given_name="A", tags=["VIP", "Kunde"]))
    contacts.create(ContactData(given_name="B", tags=["vip"]))
    assert contacts.all_tags() == ["Kunde", "VIP"]
    c = contacts.get(a)
    c.tags = ["VIP"]
    contacts.update(c)
    assert contacts.all_tags() == ["VIP"]


def test_photo_is_kept_replaced_and_removed(db):
    cid = contacts.create(ContactData(given_name="Pic", photo=b"\x89PNG-1", photo_mime="image/png"))
    c = contacts.get(cid)
    assert (c.photo, c.photo_mime) == (b"\x89PNG-1", "image/png")
    c.photo = b"\xff\xd8-2"
    c.photo_mime = "image/jpeg"
    contacts.update(c)
    assert contacts.get(cid).photo == b"\xff\xd8-2"
    c.photo = None
    contacts.update(c)
    assert contacts.get(cid).photo is None


def test_erase_removes_a_contact_for_good_even_outside_the_trash(db):
    cid = contacts.create(ContactData(given_name="Erika", family_name="Privat",
                                      emails=[Email("erika@example.de")]))
    erase(cid)
    with pytest.raises(contacts.ContactNotFound):
        contacts.get(cid)
    assert listing.find_ids("erika") == []
    assert db.execute_sql("SELECT count(*) FROM email").fetchone()[0] == 0


def test_national_numbers_are_read_in_the_contacts_own_country(db):
    # "(212) 555-0142" from a New York business card is an American number;
    # read as German it became +49 212 5550142 (a number in Solingen).
    ny = contacts.create(ContactData(
        given_name="Bob", phones=[Phone("(212) 555-0142")],
        addresses=[PostalAddress(city="New York", region="NY", country="US")]))
    vienna = contacts.create(ContactData(
        given_name="Sepp", phones=[Phone("0664 1234567")],
        addresses=[PostalAddress(city="Wien", country="at")]))
    nowhere = contacts.create(ContactData(given_name="Local", phones=[Phone("030 1234567")]))
    rows = contacts.list_rows([ny, vienna, nowhere])
    assert rows[ny].phone == "+1 212-555-0142"
    assert rows[vienna].phone == "+43 664 1234567"
    assert rows[nowhere].phone == "+49 30 1234567"  # no address: the settings' region
    assert listing.find_ids("12125550142") == [ny]
    assert listing.find_ids("436641234567") == [vienna]


def test_resolve_takes_an_id_a_uid_or_a_search(db):
    a = contacts.create(ContactData(given_name="Anna", family_name="Müller", uid="urn:x:anna"))
    b = contacts.create(ContactData(given_name="Bert", family_name="Müller"))
    assert listing.resolve(str(b)) == [b]
    assert listing.resolve("urn:x:anna") == [a]
    assert sorted(listing.resolve("mueller")) == [a, b]
