"""Paging through a big search result in the contact list: every row once,
in ranked list order, whichever page the view asks for first."""
from __future__ import annotations

from app.contacts import store as contacts
from app.contacts.model import ContactData
from ui.contacts import list_model
from ui.contacts.list_model import ContactTableModel


def test_paging_through_a_big_result_keeps_its_order(db):
    # Family "Muster" ranks first (family name), the Aarons only mention it.
    family = [ContactData(given_name=f"P{i:03d}", family_name="Muster") for i in range(150)]
    mention = [ContactData(given_name=f"A{i:03d}", family_name="Aaron", notes="Muster AG")
               for i in range(150)]
    others = [ContactData(given_name=f"N{i:03d}", family_name="Nobody") for i in range(50)]
    contacts.create_many(family + mention + others)
    expected = ([f"P{i:03d} Muster" for i in range(150)]
                + [f"A{i:03d} Aaron" for i in range(150)])

    model = ContactTableModel()
    model.load()
    model.set_search("muster")
    assert model.rowCount() == 300
    # Read pages out of order (the last first, as after a jump to the end),
    # then every row: each row is where it belongs.
    last = model.rowCount() - 1
    assert model.data(model.index(last, 0)) == expected[last]
    for row in range(0, model.rowCount(), list_model.PAGE // 2):
        assert model.data(model.index(row, 0)) == expected[row], row
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == expected
    assert model.data(model.index(300, 0)) is None
