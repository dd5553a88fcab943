"""Tags: one tag however its case is written, in any batch size."""
from __future__ import annotations

import peewee as pw
import pytest

from app.cards import recipients as cards
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.conversations import warmth
from app.core.textfold import tag_key
from app.storage import migrations, schema_steps
from app.storage.connection import close_database, database, open_database


def test_only_case_makes_two_spellings_one_tag():
    assert tag_key("Äpfel") == tag_key("äpfel") == tag_key("ÄPFEL ")
    assert tag_key("Apfel") != tag_key("Äpfel")
    assert tag_key("A\u0308pfel") == tag_key("Äpfel")  # decomposed, as some vCards write it
    assert tag_key("STRASSE") == tag_key("Straße")


@pytest.mark.parametrize("others", [0, 10, 60, 600])
def test_case_variants_are_one_tag_in_any_batch(db, others):
    """More than 50 tags in one write once matched every tag by case-folded name
    across the whole table, so "Äpfel" could land on a stored "äpfel"."""
    filler = [f"Größe {n}" for n in range(others)]
    first = contacts.create(ContactData(given_name="Anna", tags=["Äpfel", "Öl"]))
    second, third = contacts.create_many([
        ContactData(given_name="Ben", tags=["äpfel", "ÖL", "Apfel"] + filler),
        ContactData(given_name="Cleo", tags=["ÄPFEL"] + filler[:others // 2]),
    ])
    def own(cid):
        return [t for t in contacts.get(cid).tags if not t.startswith("Größe")]

    assert own(first) == ["Äpfel", "Öl"]
    assert own(second) == ["Apfel", "Äpfel", "Öl"]
    assert own(third) == ["Äpfel"]
    assert contacts.all_tags() == sorted(["Apfel", "Äpfel", "Öl"] + filler, key=tag_key)
    assert cards.ids_by_tag("äPFEL") == [first, second, third]
    assert cards.ids_by_tag("apfel") == [second]


def test_each_contact_keeps_its_own_tags_in_a_large_batch(db):
    people = [ContactData(given_name=f"P{n}", tags=[f"Müller {n}", f"müller {n + 1}"])
              for n in range(80)]
    ids = contacts.create_many(people)
    # A new tag keeps the spelling it was first given: "Müller 0", "müller 1", ...
    for n, cid in enumerate(ids):
        mine = [f"Müller {n}" if n == 0 else f"müller {n}", f"müller {n + 1}"]
        assert contacts.get(cid).tags == sorted(mine, key=tag_key)
    assert len(contacts.all_tags()) == 81


def test_a_tag_cadence_applies_whatever_the_case(db):
    cid = contacts.create(ContactData(given_name="Anna", tags=["Überweisung"]))
    warmth.set_tag_cadence("ÜBERWEISUNG", 30)
    assert warmth.cadences([cid]) == {cid: 30}


def test_the_folded_key_is_unique(db):
    contacts.create(ContactData(given_name="Anna", tags=["Äpfel"]))
    with pytest.raises(pw.IntegrityError):
        database.execute_sql("INSERT INTO tag(name, folded) VALUES ('ÄPFEL', 'äpfel')")


@pytest.mark.sqlite_only  # a SQLite file of an earlier schema, upgraded
def test_the_migration_merges_tags_that_differ_in_case(db_path):
    open_database(db_path, migrate=False)
    try:
        migrations.migrate(database.obj, db_path,
                           target=schema_steps.STEPS.index(schema_steps._v_tag_keys))
        for cid in range(1, 5):
            database.execute_sql("INSERT INTO contact(id, uid, given_name, created_at, "
                                 "updated_at) VALUES (?, ?, 'P', '2025-01-01T00:00:00+00:00', "
                                 "'2025-01-01T00:00:00+00:00')", (cid, f"u{cid}"))
        # The old NOCASE column let non-ASCII case variants in as separate tags.
        database.execute_sql("INSERT INTO tag(id, name) VALUES (1, 'Äpfel'), (2, 'äpfel'), "
                             "(3, 'äPFEL x'), (4, 'Apfel'), (5, 'Öl'), (6, 'öl'), "
                             "(7, 'Kunde'), (8, 'Äpfel X')")
        database.execute_sql(
            "INSERT INTO contact_tag(contact_id, tag_id) VALUES (1, 1), (2, 2), (3, 2), (1, 2), "
            "(4, 3), (4, 4), (1, 5), (2, 6), (3, 7), (3, 8)")
        migrations.migrate(database.obj, db_path)
        # "äpfel" has the most contacts; "Öl" and "öl" tie, the older one stays.
        # "äpfel" has the most contacts; "Öl" and "öl" tie, and so do "äPFEL x"
        # and "Äpfel X": the older one stays.
        assert contacts.all_tags() == ["Apfel", "Kunde", "äpfel", "äPFEL x", "Öl"]
        assert [contacts.get(i).tags for i in range(1, 5)] == [
            ["äpfel", "Öl"], ["äpfel", "Öl"], ["Kunde", "äpfel", "äPFEL x"],
            ["Apfel", "äPFEL x"]]
        assert database.execute_sql("SELECT id, folded FROM tag ORDER BY id").fetchall() == [
            (2, "äpfel"), (3, "äpfel x"), (4, "apfel"), (5, "öl"), (7, "kunde")]
        contacts.create(ContactData(given_name="New", tags=["ÄPFEL", "kunde"]))
        assert contacts.all_tags() == ["Apfel", "Kunde", "äpfel", "äPFEL x", "Öl"]
    finally:
        close_database()
