"""Schema versions on PostgreSQL follow SQLite's rules: an older database is
updated step by step (after a pg_dump), a newer one is refused, each step with
its version bump in one transaction."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.core.problems import describe
from app.storage import migrations, pg_backup, pg_schema, schema_steps
from app.storage.connection import close_database, database, open_database
from app.storage.errors import MIGRATION_FAILED, DatabaseProblem
from app.storage.pg import make_database, schema_version
from app.storage.pg_migrate import NotTranslatable, translate_step_sql
from app.storage.schema_steps import STEPS

#: The oldest schema a PostgreSQL database is built at here: step 9 rebuilt the
#: tags (the last step with SQLite's NOCASE), and step 8 needs a Python function
#: in SQLite. PostgreSQL support itself came much later.
OLDEST = STEPS.index(schema_steps._v_tag_keys) + 1


def _older_database(server, version: int) -> str:
    """A database on ``server`` as a Hearth of schema ``version`` set it up,
    with one contact and one tag in it."""
    url = server.fresh_database(empty=True)
    db = make_database(url)
    db.connect()
    pg_schema.install(db, version)
    db.execute_sql("INSERT INTO contact(uid, given_name, family_name, created_at, updated_at) "
                   "VALUES ('u-1', 'Anna', 'Alt', '2024-01-01T00:00:00+00:00', "
                   "'2024-01-01T00:00:00+00:00')")
    db.execute_sql("INSERT INTO tag(id, name, folded) VALUES (7, 'Kunde', 'kunde')")
    db.execute_sql("INSERT INTO contact_tag(contact_id, tag_id) SELECT id, 7 FROM contact")
    db.close()
    return url


def _schema(server, url: str) -> dict:
    """Columns, constraints, indexes and triggers as PostgreSQL reports them."""
    con = server.connect(url.rsplit("/", 1)[1])
    try:
        def rows(sql):
            return sorted(tuple(r) for r in con.execute(sql).fetchall())
        return {
            "columns": rows("SELECT table_name, ordinal_position, column_name, data_type, "
                            "is_nullable, column_default, collation_name, is_identity "
                            "FROM information_schema.columns WHERE table_schema = 'public'"),
            "constraints": rows("SELECT conrelid::regclass::text, pg_get_constraintdef(oid) "
                                "FROM pg_constraint WHERE connamespace = 'public'::regnamespace"),
            "indexes": rows("SELECT tablename, indexdef FROM pg_indexes "
                            "WHERE schemaname = 'public'"),
            "triggers": rows("SELECT tgrelid::regclass::text, pg_get_triggerdef(oid) "
                             "FROM pg_trigger WHERE NOT tgisinternal"),
        }
    finally:
        con.close()


def test_an_older_database_is_updated_to_the_same_schema_as_a_new_one(pg_server, tmp_path):
    url = _older_database(pg_server, OLDEST)
    try:
        open_database(url, backup_dir=tmp_path)
        assert schema_version(database.obj) == migrations.LATEST
        # What was there is still there, and new rows get ids of their own.
        anna = contacts.get(1)
        assert (anna.given_name, anna.family_name, anna.tags) == ("Anna", "Alt", ["Kunde"])
        assert contacts.create(ContactData(given_name="Ben")) == 2
        assert database.execute_sql("INSERT INTO tag(name, folded) VALUES ('Neu', 'neu') "
                                    "RETURNING id").fetchone()[0] == 8
        close_database()
        fresh = pg_server.fresh_database()
        try:
            assert _schema(pg_server, url) == _schema(pg_server, fresh)
        finally:
            pg_server.drop(fresh)
        # The backup before the update is a pg_dump of the old database.
        dumps = list(tmp_path.glob(f"*-before-schema-{OLDEST + 1}-*.dump"))
        assert len(dumps) == 1 and dumps[0].read_bytes()[:5] == b"PGDMP"
    finally:
        close_database()
        pg_server.drop(url)


def test_without_pg_dump_the_update_is_refused_and_nothing_changes(pg_server, tmp_path,
                                                                   monkeypatch):
    url = _older_database(pg_server, migrations.LATEST - 1)
    monkeypatch.setattr(pg_backup, "find_pg_dump", lambda: None)
    try:
        with pytest.raises(DatabaseProblem) as caught:
            open_database(url, backup_dir=tmp_path)
        text = describe(caught.value)
        assert "pg_dump" in text and "postgresql-client" in text and url in text
        db = make_database(url)
        db.connect()
        assert schema_version(db) == migrations.LATEST - 1
        db.close()
    finally:
        close_database()
        pg_server.drop(url)


def test_a_newer_database_is_refused_unchanged(pg_server):
    url = pg_server.fresh_database()
    con = pg_server.connect(url.rsplit("/", 1)[1])
    con.execute("UPDATE hearth_meta SET value = %s WHERE key = 'schema_version'",
                (str(migrations.LATEST + 1),))
    try:
        with pytest.raises(DatabaseProblem) as caught:
            open_database(url)
        assert "newer version of Hearth" in describe(caught.value)
        assert con.execute("SELECT value FROM hearth_meta WHERE key = 'schema_version'"
                           ).fetchone()[0] == str(migrations.LATEST + 1)
    finally:
        con.close()
        close_database()
        pg_server.drop(url)


def test_a_step_without_a_translation_fails_clearly_and_leaves_the_version(pg_server,
                                                                           monkeypatch):
    from app.storage import pg_migrate

    url = _older_database(pg_server, migrations.LATEST - 1)
    db = make_database(url)
    db.connect()

    def step(d):
        """A step that only SQLite can run."""
        d.execute_sql("ALTER TABLE contact ADD COLUMN half_done INTEGER")
        d.execute_sql("PRAGMA user_version = 99")

    monkeypatch.setattr(pg_migrate, "STEPS", [*STEPS[:-1], step])
    try:
        with pytest.raises(DatabaseProblem) as caught:
            pg_migrate.migrate(db, url, migrations.LATEST - 1)
        assert caught.value.code == MIGRATION_FAILED
        assert f"left at schema {migrations.LATEST - 1}" in describe(caught.value)
        assert schema_version(db) == migrations.LATEST - 1
        columns = [r[0] for r in db.execute_sql(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'contact'")]
        assert "half_done" not in columns  # the step's first statement was undone too
    finally:
        db.close()
        pg_server.drop(url)


def test_step_statements_translate_like_the_derived_schema():
    assert translate_step_sql("ALTER TABLE contact ADD COLUMN touch_log REAL") == \
        "ALTER TABLE contact ADD COLUMN touch_log DOUBLE PRECISION"
    assert translate_step_sql("ALTER TABLE contact ADD COLUMN n TEXT NOT NULL DEFAULT ''") == \
        "ALTER TABLE contact ADD COLUMN n TEXT COLLATE \"C\" NOT NULL DEFAULT ''"
    assert translate_step_sql("CREATE INDEX b ON contact(substr(birthday, -5), id)") == \
        "CREATE INDEX b ON contact(right(birthday, 5), id)"
    assert translate_step_sql("INSERT OR IGNORE INTO t(a) SELECT 1") == \
        "INSERT INTO t(a) SELECT 1 ON CONFLICT DO NOTHING"
    with pytest.raises(NotTranslatable):
        translate_step_sql("PRAGMA foreign_keys = OFF")


def test_an_update_another_hearth_finished_meanwhile_is_not_run_again(pg_server):
    from app.storage import pg_migrate

    url = _older_database(pg_server, migrations.LATEST - 1)
    first, second = make_database(url), make_database(url)
    try:
        first.connect()
        second.connect()
        # Both read the old version; the first updates, the second then finds it done.
        assert pg_migrate.migrate(first, url, migrations.LATEST - 1) == [migrations.LATEST]
        assert pg_migrate.migrate(second, url, migrations.LATEST - 1) == []
        assert schema_version(second) == migrations.LATEST
    finally:
        first.close()
        second.close()
        pg_server.drop(url)


def test_server_setup_updates_an_older_database_after_a_dump(pg_server, tmp_path, monkeypatch):
    from app.storage import pg_setup

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    url = _older_database(pg_server, OLDEST)
    try:
        report = pg_setup.setup(url)
        assert (report.outcome, report.previous, report.version) == (
            pg_setup.UPDATED, OLDEST, migrations.LATEST)
        assert Path(report.dump).read_bytes()[:5] == b"PGDMP"
        assert pg_setup.setup(url).outcome == pg_setup.READY
    finally:
        pg_server.drop(url)
