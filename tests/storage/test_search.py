"""Search as you type: umlauts, ß, prefixes, phone digits, and input that is
FTS5 syntax (which must be searched for as text, never parsed)."""
from __future__ import annotations

import pytest

from app.contacts import listing
from app.contacts import store as contacts
from app.contacts.model import ORGANISATION, ContactData, Email, Phone, PostalAddress
from app.storage import purge
from app.storage import search_index as search


@pytest.fixture
def people(db):
    def add(**fields) -> int:
        return contacts.create(ContactData(**fields))

    return {
        "anna": add(given_name="Anna", family_name="Müller",
                    phones=[Phone("+49 30 1234567", "work"), Phone("0171 2345678", "mobile")],
                    addresses=[PostalAddress("Hauptstraße 1", "10115", "Berlin", country="DE")]),
        "karl": add(given_name="Karl", family_name="Groß", emails=[Email("karl@gross.example")]),
        "andreas": add(given_name="Andreas", family_name="Nordmann", notes="Notar in Kiel"),
        "sandra": add(given_name="Sandra", family_name="Klein", tags=["Ortsverein"]),
        "bob": add(given_name="Bob", family_name="O'Brien", phones=[Phone("(212) 555-0142")],
                   addresses=[PostalAddress(city="New York", region="NY", country="US")]),
        "near": add(kind=ORGANISATION, organisation="Nearby Logistik GmbH"),
    }


def find(text: str) -> set[int]:
    return set(listing.find_ids(text))


def test_umlauts_and_sharp_s_match_however_they_are_typed(people):
    anna, karl = people["anna"], people["karl"]
    for typed in ("muller", "mueller", "müller", "MÜLLER", "Mül"):
        assert find(typed) == {anna}, typed
    for typed in ("gross", "groß", "GROSS", "gro"):
        assert find(typed) == {karl}, typed


def test_every_word_is_a_prefix_and_all_must_match(people):
    assert find("an mü") == {people["anna"]}
    assert find("mü an") == {people["anna"]}
    assert find("an") == {people["anna"], people["andreas"]}
    assert find("an xyz") == set()
    assert find("berlin") == {people["anna"]}  # the city is searched too
    assert find("brien") == {people["bob"]}


def _runs(digits: str):
    return {digits[i:j] for i in range(len(digits)) for j in range(i + 3, len(digits) + 1)}


@pytest.mark.parametrize("form", ["0301234567", "49301234567",  # national, international
                                  "01712345678", "491712345678"])
def test_any_run_of_three_or_more_digits_of_a_phone_finds_it(people, form):
    for run in sorted(_runs(form)):
        assert people["anna"] in find(run), run


def test_american_numbers_are_found_by_their_own_digits(people):
    for run in ("2125550142", "12125550142", "555-0142", "(212) 555"):
        assert people["bob"] in find(run), run


@pytest.mark.parametrize("typed", ["+49 30 1234567", "030 1234567", "030/123 45 67",
                                   "0049 30 1234567", "+49 (0)30 1234567", "+49 171 2345678"])
def test_a_number_typed_or_pasted_whole_finds_its_contact(people, typed):
    # "+49 30 1234567" is one number; as separate words "30" matched nothing.
    assert find(typed) == {people["anna"]}


def test_short_digit_runs_do_not_match_inside_numbers(people):
    assert find("23") == set()  # inside Anna's numbers, but two digits are too few
    assert find("10115") == {people["anna"]}  # a postal code is a word


EVERYONE = {"anna", "karl", "andreas", "sandra", "bob", "near"}


@pytest.mark.parametrize("typed, expected", [
    ("", EVERYONE), ("   ", EVERYONE), ('"', EVERYONE), ("'", EVERYONE), ("(", EVERYONE),
    (")", EVERYONE), ("*", EVERYONE), ("-", EVERYONE), ("^", EVERYONE), (":", EVERYONE),
    ('""', EVERYONE), ("-)(*", EVERYONE),
    # Operators are words to look for: contacts with a word starting so.
    ("AND", {"andreas"}), ("and", {"andreas"}), ("OR", {"sandra"}),
    ("NOT", {"andreas"}), ("NEAR(", {"near"}), ("NEAR(a b)", set()),
    ('a"b', {"anna"}), ('an"mü', {"anna"}), ("col:val", set()), ("name:anna", set()),
    ("anna:", {"anna"}), ("-anna", {"anna"}), ("anna*", {"anna"}), ("^anna", {"anna"}),
    ("o'brien", {"bob"}), ("Müller OR Groß", set()), ("Groß AND Karl", set()),
])
def test_query_syntax_is_only_ever_text(people, typed, expected):
    assert find(typed) == {people[k] for k in expected}


def test_very_long_input_is_cut_to_the_first_words(people):
    assert find("an " * 500) == find("an")


def test_search_follows_update_trash_restore_and_empty_trash(people, db):
    anna = people["anna"]
    c = contacts.get(anna)
    c.family_name = "Schulz"
    c.phones = [Phone("040 7654321")]
    contacts.update(c)
    assert find("müller") == set()
    assert find("schulz") == {anna}
    assert find("1234567") == set()
    assert find("7654321") == {anna}

    contacts.trash([anna])
    assert find("schulz") == set()
    assert listing.find_ids("schulz", trashed=True) == [anna]
    contacts.restore([anna])
    assert find("schulz") == {anna}

    contacts.trash([anna])
    purge.empty_trash()
    assert search.matching_ids("schulz") == set()
    assert search.matching_ids("7654321") == set()
    assert db.execute_sql("SELECT count(*) FROM contact_fts WHERE rowid & 1073741823 = ?",
                          (anna,)).fetchone()[0] == 0


def test_results_come_in_list_order(people):
    def names(ids):
        rows = contacts.list_rows(ids)
        return [rows[i].display_name for i in ids]

    assert names(listing.find_ids("n")) == ["Nearby Logistik GmbH", "Andreas Nordmann",
                                             "Bob O'Brien"]
    assert names(listing.find_ids("n", descending=True)) == [
        "Bob O'Brien", "Andreas Nordmann", "Nearby Logistik GmbH"]


def test_results_follow_changes_made_by_another_program(people, db_path, engine):
    assert people["karl"] in find("gross")
    if engine == "postgresql":
        import psycopg

        other, mark = psycopg.connect(db_path), "%s"
    else:
        import sqlite3

        other, mark = sqlite3.connect(str(db_path)), "?"
    other.execute("UPDATE contact SET trashed_at = '2026-01-01T00:00:00+00:00' "
                  f"WHERE id = {mark}", (people["karl"],))
    other.commit()
    other.close()
    assert find("gross") == set()
    assert people["karl"] not in listing.find_ids("")


def test_changing_a_result_list_does_not_change_the_next_one(people):
    everyone = listing.find_ids("")
    everyone.clear()
    assert len(listing.find_ids("")) == len(people)
    some = listing.find_ids("an")
    some.append(999)
    assert 999 not in listing.find_ids("an")
