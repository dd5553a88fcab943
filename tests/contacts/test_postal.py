"""Postal addresses formatted by the destination country's rules."""
from app.contacts.model import PostalAddress as A
from app.contacts.postal import address_problems, country_name, format_address


def test_domestic_german_letter_has_no_country_line_and_keeps_the_city_case():
    lines = format_address(A(street="Hauptstr. 5", postal_code="10115", city="Berlin"),
                           ["Anna und Max Müller"])
    assert lines == ["Anna und Max Müller", "Hauptstr. 5", "10115 Berlin"]


def test_explicit_home_country_is_domestic_too():
    lines = format_address(A(street="Hauptstr. 5", postal_code="10115", city="Berlin",
                             country="DE"), ["Frau Anna Müller"])
    assert lines[-1] == "10115 Berlin"


def test_abroad_the_country_line_is_in_the_senders_language_in_capitals():
    a = A(street="Ring 1", postal_code="1010", city="Wien", country="AT")
    assert format_address(a, ["Herrn Max Huber"])[-2:] == ["1010 WIEN", "ÖSTERREICH"]
    assert format_address(a, ["Mr Max Huber"], sender_language="en")[-1] == "AUSTRIA"


def test_us_address_puts_state_and_zip_after_the_city():
    a = A(street="1600 Amphitheatre Pkwy", postal_code="94043", city="Mountain View",
          region="CA", country="US")
    assert format_address(a, ["John Doe"]) == [
        "John Doe", "1600 Amphitheatre Pkwy", "MOUNTAIN VIEW, CA 94043", "VEREINIGTE STAATEN"]


def test_british_address_has_the_postcode_on_its_own_line():
    a = A(street="10 Downing Street", postal_code="SW1A 2AA", city="London", country="GB")
    assert format_address(a, ["The Miller Family"], sender_country="GB", sender_language="en") == [
        "The Miller Family", "10 Downing Street", "London", "SW1A 2AA"]


def test_company_lines_stay_in_the_order_given_and_c_o_precedes_the_street():
    a = A(street="Hauptstr. 5", extended="c/o Weber", postal_code="10115", city="Berlin")
    assert format_address(a, ["Firma X", "z. Hd. Frau Y"]) == [
        "Firma X", "z. Hd. Frau Y", "c/o Weber", "Hauptstr. 5", "10115 Berlin"]


def test_po_box_when_there_is_no_street():
    a = A(po_box="Postfach 12 34", postal_code="10117", city="Berlin")
    assert format_address(a, ["Firma X"])[1] == "Postfach 12 34"


def test_rules_reject_a_wrong_postal_code_and_a_missing_street():
    assert address_problems(A(street="Hauptstr. 5", postal_code="10115", city="Berlin")) == []
    bad = address_problems(A(street="Hauptstr. 5", postal_code="1011", city="Berlin"))
    assert bad and "1011" in bad[0] and "Germany" in bad[0]
    missing = address_problems(A(postal_code="10115", city="Berlin"))
    assert missing == ["street is missing (required in Germany)"]


def test_unknown_country_is_a_problem():
    assert address_problems(A(street="x", postal_code="1", city="y", country="QQ")) == [
        "unknown country code 'QQ'"]


def test_country_names_by_language():
    assert country_name("ch", "de") == "Schweiz"
    assert country_name("CH", "en") == "Switzerland"
