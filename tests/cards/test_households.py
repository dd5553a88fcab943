"""Households: the same postal address, however it was typed."""
from app.cards.households import (
    address_key,
    in_several,
    normalise_postal_code,
    normalise_street,
    propose_households,
)
from app.contacts.model import PostalAddress as A


def test_street_spellings_that_mean_the_same_street():
    same = ["Hauptstraße 5a", "Hauptstr. 5 a", "HAUPTSTRASSE  5A", "hauptstr.5a", "Haupt-Str. 5a"]
    assert {normalise_street(s) for s in same} == {normalise_street(same[0])}
    assert normalise_street("Lange Straße 3") == normalise_street("Lange Str. 3")
    assert normalise_street("Main Street 10") == normalise_street("Main St. 10")
    assert normalise_street("Hauptstr. 5") != normalise_street("Hauptstr. 7")
    assert normalise_street("Astrid-Lindgren-Str. 2") != normalise_street("Astrid-Lindgren-Weg 2")


def test_postal_codes_lose_spaces_case_and_old_country_prefixes():
    assert normalise_postal_code(" D-10115 ") == "10115"
    assert normalise_postal_code("sw1a 2aa") == normalise_postal_code("SW1A2AA")


def test_people_at_the_same_address_are_proposed_as_one_household():
    people = [
        (1, A(street="Hauptstraße 5", postal_code="10115", city="Berlin")),
        (2, A(street="Lindenweg 1", postal_code="80331", city="München")),
        (3, A(street="Hauptstr. 5", postal_code="D-10115", city="BERLIN")),
        (4, None),
        (5, A(street="hauptstrasse 5", postal_code="10115", city="Berlin", country="DE")),
        (6, A(street="Hauptstr. 5", postal_code="10115", city="Berlin", country="AT")),
    ]
    assert propose_households(people, "DE") == [[1, 3, 5]]


def test_no_address_gives_no_key():
    assert address_key(None) is None
    assert address_key(A(country="DE")) is None


def test_without_postal_code_the_town_decides():
    a = A(street="Dorfstr. 1", city="Kleinhausen")
    b = A(street="Dorfstraße 1", city="kleinhausen")
    c = A(street="Dorfstraße 1", city="Großhausen")
    assert address_key(a) == address_key(b) != address_key(c)


def test_contact_in_two_households():
    assert in_several([[1, 2], [3, 2], [4]]) == {2}


def test_households_are_families_at_a_private_address_not_colleagues():
    from app.cards.households import propose_companies, propose_private, shared_address
    from app.contacts.model import ORGANISATION
    from app.contacts.model import ContactData as C

    home = dict(street="Lindenweg 4", postal_code="93047", city="Regensburg", label="home")
    firm = dict(street="Hafenstraße 2", postal_code="93055", city="Regensburg", label="work")
    brunner = C(id=1, kind=ORGANISATION, organisation="Getränkehandel Brunner OG",
                addresses=[A(**firm)])
    bernhard = C(id=2, given_name="Bernhard", family_name="Bauer",
                 organisation="Getränkehandel Brunner OG", addresses=[A(**firm), A(**home)])
    clara = C(id=3, given_name="Clara", family_name="Bauer", addresses=[A(**home)])
    lodger = C(id=4, given_name="Lars", family_name="Lang", addresses=[A(**home)])
    people = [brunner, bernhard, clara, lodger]
    [family] = propose_private(people)
    # The Bauers at home; the firm and the lodger next door are not in it.
    assert family.ids == [2, 3] and family.company == ""
    assert family.address.street == "Lindenweg 4"
    # The envelope goes to the address they share, not Bernhard's office.
    assert shared_address([bernhard, clara]).street == "Lindenweg 4"
    # One envelope per company is its own choice: the firm and its man there.
    [company] = propose_companies(people)
    assert company.ids == [1, 2] and company.company == "Getränkehandel Brunner OG"
    assert company.address.street == "Hafenstraße 2"
