"""Paging through a big search result (issue 15): the list reads a page at a
time, finds the selected contact's row, and asks whether a contact is shown;
every answer is the one the whole result gives."""
from __future__ import annotations

import pytest

from app.contacts import listing
from app.contacts import store as contacts
from app.contacts.model import ContactData as C


@pytest.fixture
def book(db):
    contacts.create_many([C(given_name=f"Max{i}", family_name=("Maier", "Berg", "Kunz")[i % 3],
                            notes="Messe" if i % 4 else "", organisation="Mars AG" if i % 5 else "")
                          for i in range(150)])
    trashed = listing.find_ids("maier")[:4]
    contacts.trash(trashed)
    return trashed


#: Read by RankedIds (the list's ids in hand), or straight from the index in
#: name order (PagedIds, app.storage.search_pages; PostgreSQL reads it whole).
PAGEABLE = pytest.mark.parametrize("pageable", [False, True], ids=["ranked", "paged"])


@PAGEABLE
def test_the_row_of_a_contact_is_its_place_in_the_whole_result(book, pageable):
    everyone = listing.ordered_ids() + book + [10**9]
    for text in ("m", "ma", "me", "mars", "b", "k m"):
        whole = listing.find_ids(text)
        for cid in everyone:
            # fresh: nothing read before the question
            shown = listing.find_shown(text, pageable=pageable)
            assert (cid in shown) == (cid in whole), (text, cid)
            if cid in whole:
                assert shown.index(cid) == whole.index(cid), (text, cid)
            else:
                with pytest.raises(ValueError):
                    shown.index(cid)
            assert shown == whole


@PAGEABLE
def test_reading_after_finding_a_row_goes_on_in_the_same_order(book, pageable):
    whole = listing.find_ids("m")
    shown = listing.find_shown("m", pageable=pageable)
    middle = whole[len(whole) // 2]
    assert shown.index(middle) == len(whole) // 2
    assert [shown[i] for i in range(len(whole))] == whole


@PAGEABLE
def test_the_row_of_a_contact_already_shown_is_found_again(book, pageable):
    for text in ("m", "ma", "b"):
        whole = listing.find_ids(text)
        shown = listing.find_shown(text, pageable=pageable)
        assert shown[:10] == whole[:10]
        for row in (0, 3, 9, 10, len(whole) - 1):
            assert shown.index(whole[row]) == row, (text, row)
        assert list(shown) == whole


def test_a_list_read_before_a_change_counts_only_the_rows_it_shows(book):
    # The window holds its list while another change lands (before it reloads):
    # the count is still the number of rows it can show.
    base = listing.ordered_ids()
    assert len(listing.find_shown("m", base=base)) == len(base)
    newcomer = contacts.create(C(given_name="Mara", family_name="Maier"))
    shown = listing.find_shown("m", base=base)
    assert newcomer not in shown
    assert len(shown) == len(list(shown)) == len(base)
    contacts.trash([base[0]])  # still listed by the list read before
    assert len(listing.find_shown("m", base=base)) == len(base)
