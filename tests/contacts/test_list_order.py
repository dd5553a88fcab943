"""The list's sorts come out the same on both engines: case does not split
an organisation or a city (as SQLite's NOCASE), empty values go last, and a
descending sort is the list turned round."""
from __future__ import annotations

import datetime as dt

from app.contacts import listing
from app.contacts import store as contacts
from app.contacts.model import ContactData, Email, PostalAddress
from app.conversations import store as interactions
from app.conversations import warmth
from app.conversations.store import Interaction


def _add(given: str, family: str, org: str = "", email: str = "", city: str = "") -> int:
    return contacts.create(ContactData(
        given_name=given, family_name=family, organisation=org,
        emails=[Email(email)] if email else [],
        addresses=[PostalAddress(city=city, country="DE")] if city else []))


def test_each_sort_and_its_reverse(db):
    zoe = _add("Zoe", "Adler", org="beta GmbH", email="Zoe@x.example", city="köln")
    max_ = _add("Max", "Müller", org="Alpha AG", email="max@x.example", city="Berlin")
    ida = _add("Ida", "Zander", email="ida@x.example", city="aachen")
    bo = _add("Bo", "Becker", org="Beta GmbH")
    assert listing.ordered_ids("name") == [zoe, bo, max_, ida]
    assert listing.ordered_ids("organisation") == [max_, zoe, bo, ida]
    assert listing.ordered_ids("email") == [ida, max_, zoe, bo]
    assert listing.ordered_ids("city") == [ida, max_, zoe, bo]
    for sort in ("name", "organisation", "email", "city"):
        ids = listing.ordered_ids(sort)
        assert listing.ordered_ids(sort, descending=True) == ids[::-1], sort


def test_the_warmth_sort_and_band_filter_see_a_call(db, engine, request):
    cold = _add("Carl", "Kalt")
    called = _add("Wilma", "Warm")
    now = dt.datetime.now().replace(microsecond=0)
    interactions.log(Interaction("call", [called], now - dt.timedelta(hours=1)))
    ids = listing.ordered_ids(listing.WARMTH)
    assert ids.index(cold) < ids.index(called)
    assert called in warmth.ids_in_bands(["warm", "hot"], now)
    assert cold not in warmth.ids_in_bands(["warm", "hot"], now)
