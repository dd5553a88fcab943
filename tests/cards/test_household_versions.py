"""Each card household (one envelope's addressee lines and salutation) has a
version; a wording saved from a copy read before another process changed it is
refused with one sentence, and the other wording survives: a real second
process, the real run window."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import peewee as pw
import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.cards import envelopes as ce
from app.cards import recipients
from app.cards.runs import HouseholdChanged
from app.contacts import store as contacts
from app.contacts.model import ContactData as C
from app.contacts.model import PostalAddress as A
from app.core.problems import describe
from app.storage import migrations, schema_steps
from app.storage.connection import close_database, open_database
from tests.conftest import ROOT

SENTENCE = ("The wording of this envelope was changed elsewhere after it was opened; "
            "nothing was saved. Look at it again and change it once more.")

_OTHER_WRITER = textwrap.dedent("""
    import sys
    from app.cards import envelopes, recipients
    from app.storage.connection import close_database, open_database

    open_database(sys.argv[1])
    run_id, what = int(sys.argv[2]), sys.argv[3]
    env = next(e for e in envelopes.envelopes(run_id) if len(e.members) > 1)
    if what == "split":
        recipients.split(run_id, env.contact_ids)
    else:
        recipients.set_household_text(env.household_id, salutation=what, version=env.version)
    close_database()
""")


def _other_process(db_path, run_id: int, what: str) -> None:
    """Another Hearth process (the command line, another window) writes and exits."""
    subprocess.run([sys.executable, "-c", _OTHER_WRITER, str(db_path), str(run_id), what],
                   cwd=ROOT, check=True, timeout=60)


@pytest.fixture
def run_id(db) -> int:
    home = dict(street="Hauptstraße 5", postal_code="10115", city="Berlin")
    ids = contacts.create_many([
        C(given_name="Anna", family_name="Müller", gender="f", yearly_card=True,
          addresses=[A(**home)]),
        C(given_name="Max", family_name="Müller", gender="m", yearly_card=True,
          addresses=[A(**home)]),
        C(given_name="Eva", family_name="Schmidt", gender="f", yearly_card=True,
          addresses=[A(street="Ring 1", postal_code="80331", city="München")]),
    ])
    run, _ = recipients.new_run(2026, "Christmas", flagged=True)
    recipients.join(run, ids[:2])
    return run


def _household(run: int) -> ce.Envelope:
    return next(e for e in ce.envelopes(run) if len(e.members) > 1)


def test_each_wording_save_counts_and_only_households_carry_a_version(run_id):
    env = _household(run_id)
    assert env.version == 1
    assert [e.version for e in ce.envelopes(run_id) if len(e.members) == 1] == [0]
    recipients.set_household_text(env.household_id, salutation="Hallo", version=1)
    recipients.set_household_text(env.household_id, addressee="Familie Müller")  # no check
    again = _household(run_id)
    assert (again.addressee, again.salutation, again.version) == (["Familie Müller"],
                                                                  "Hallo", 3)


@pytest.mark.parametrize("other", ["Liebe Familie Müller", "split"])
def test_a_stale_wording_is_refused_and_the_other_write_survives(run_id, db_path, other):
    stale = _household(run_id)
    _other_process(db_path, run_id, other)
    with pytest.raises(HouseholdChanged) as caught:
        recipients.set_household_text(stale.household_id, addressee="Anna und Max",
                                      salutation="Hallo ihr", version=stale.version)
    assert describe(caught.value) == SENTENCE
    if other == "split":
        assert all(len(e.members) == 1 for e in ce.envelopes(run_id))
        assert "Hallo ihr" not in [e.salutation for e in ce.envelopes(run_id)]
        return
    now = _household(run_id)
    assert (now.salutation, now.version) == ("Liebe Familie Müller", 2)
    assert now.addressee != ["Anna und Max"]
    # A copy read now saves.
    recipients.set_household_text(now.household_id, addressee="Anna und Max",
                                  salutation="Hallo ihr", version=now.version)
    saved = _household(run_id)
    assert (saved.addressee, saved.salutation, saved.version) == (["Anna und Max"],
                                                                  "Hallo ihr", 3)


def test_the_run_window_refuses_a_stale_wording_and_shows_the_other(
        run_id, db_path, qtbot, monkeypatch):
    from ui.cards.run_window import CardRunWindow

    shown, typed = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (typed.pop(0), True))
    w = CardRunWindow(run_id)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.state is not None, timeout=5000)
    anna = _household(run_id).contact_ids[0]

    def select_household() -> None:
        row = w.model.row_of_contact(anna)
        w.table.selectRow(w.proxy.mapFromSource(w.model.index(row, 0)).row())

    def salutation_shown() -> str:
        return w.model.data(w.model.index(w.model.row_of_contact(anna), w.model.SALUTATION))

    select_household()
    _other_process(db_path, run_id, "Liebe Familie Müller")  # while the window shows the run
    typed[:] = ["Anna und Max", "Hallo ihr"]
    w.wording_action.trigger()
    assert shown == [SENTENCE]
    assert _household(run_id).salutation == "Liebe Familie Müller"
    # The window shows the run as stored now, and a save from there works.
    qtbot.waitUntil(lambda: salutation_shown() == "Liebe Familie Müller", timeout=5000)
    select_household()
    typed[:] = ["Anna und Max", "Hallo ihr"]
    w.wording_action.trigger()
    qtbot.waitUntil(lambda: salutation_shown() == "Hallo ihr", timeout=5000)
    assert shown == [SENTENCE]
    saved = _household(run_id)
    assert (saved.addressee, saved.salutation, saved.version) == (["Anna und Max"],
                                                                  "Hallo ihr", 3)


@pytest.mark.sqlite_only  # an older SQLite file updated by the migration steps
def test_households_of_earlier_schemas_start_at_version_one(db_path):
    old = pw.SqliteDatabase(str(db_path))
    old.connect()
    migrations.migrate(old, db_path,
                       target=schema_steps.STEPS.index(schema_steps._v_card_household_versions))
    old.execute_sql("INSERT INTO card_run(id, year, occasion, created_at) "
                    "VALUES (1, 2025, 'Christmas', '2025-11-02T10:00:00+00:00')")
    old.execute_sql("INSERT INTO card_household(id, run_id, salutation) VALUES (7, 1, 'Hallo')")
    old.close()
    open_database(db_path, backup_dir=db_path.parent / "backups")
    try:
        assert recipients.household_texts(1) == {7: ("", "Hallo", 1)}
    finally:
        close_database()
