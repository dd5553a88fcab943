"""Sorting the list by organisation, phone, e-mail or city: contacts without the
value last, the value compared without regard to (ASCII) case, then by name;
read off an index of its own on SQLite (sorting every row of a million took 18 s)."""
from __future__ import annotations

import pytest

from app.contacts import order_store as orders
from app.contacts import store as contacts
from app.contacts.model import ContactData, Email, Phone, PostalAddress
from app.storage.connection import database
from app.storage.engine import is_postgres

pytestmark = pytest.mark.both_engines

PEOPLE = [  # (family name, organisation, phone, e-mail, city)
    ("Abel", "beta GmbH", "+49 30 200", "x@b.de", "köln"),
    ("Bock", "", "", "", ""),
    ("Cramer", "Alpha AG", "+49 30 100", "A@b.de", "Berlin"),
    ("Dorn", "alpha ag", "", "b@b.de", "berlin"),
    ("Ernst", "Beta GmbH", "+49 30 300", "", "Aachen"),
]


def test_each_column_sorts_empty_last_case_blind_then_by_name(db):
    ids = contacts.create_many([
        ContactData(given_name="P", family_name=family, organisation=org,
                    phones=[Phone(phone)] if phone else [],
                    emails=[Email(mail)] if mail else [],
                    addresses=[PostalAddress(city=city)] if city else [])
        for family, org, phone, mail, city in PEOPLE])
    contacts.trash([contacts.create(ContactData(family_name="Gone", organisation="A"))])
    by = dict(zip((p[0] for p in PEOPLE), ids))
    expected = {
        "organisation": ["Cramer", "Dorn", "Abel", "Ernst", "Bock"],
        "phone": ["Cramer", "Abel", "Ernst", "Bock", "Dorn"],
        "email": ["Cramer", "Dorn", "Abel", "Bock", "Ernst"],
        "city": ["Ernst", "Cramer", "Dorn", "Abel", "Bock"],
    }
    for column, names in expected.items():
        want = [by[n] for n in names]
        assert orders.ids_in_order(column) == want, column
        assert orders.ids_in_order(column, True) == want[::-1], column
        if not is_postgres():
            order = orders.ORDERS[column]
            plan = " ".join(str(r) for r in database.execute_sql(
                f"EXPLAIN QUERY PLAN SELECT id FROM contact WHERE trashed_at IS NULL "
                f"ORDER BY {order}"))
            assert "TEMP B-TREE" not in plan, (column, plan)  # in the index's order
