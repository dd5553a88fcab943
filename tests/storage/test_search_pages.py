"""A search read page by page in name order (app.storage.search_pages, PagedIds)
gives what the whole search gives: the same contacts, the same ranked order,
the same count, over a varied book with conversations, phones and the trash."""
from __future__ import annotations

import pytest

from app.contacts import listing
from app.contacts import store as contacts
from app.contacts.paged import PagedIds
from app.demo import contacts as demo

pytestmark = pytest.mark.sqlite_only

TYPED = ["m", "mü", "müller", "schmi", "a", "an", "berlin", "gmbh", "0171", "017", "wien",
         "j", "jo", "kunde", "vip", "smith", "lo", "hans", "bäck", "+49", "7946", "weiß", "st",
         "an m", "a b", "4", "49 30", "+49 30 1234", "x", "qq", "angebot", "liefer", "e-mail"]


@pytest.fixture
def book(db):
    demo.fill(1200, seed=3)
    some = listing.find_ids("m")[::7]
    contacts.trash(some)
    return some


@pytest.mark.parametrize("descending", [False, True], ids=["a-z", "z-a"])
def test_every_search_read_page_by_page_is_the_whole_search(book, descending):
    paged = 0
    for text in TYPED:
        base = listing.ordered_ids("name", descending)
        whole = listing.find_ids(text, descending=descending, base=base)
        shown = listing.find_shown(text, descending=descending, base=base, pageable=True)
        paged += isinstance(shown, PagedIds)
        assert shown[:30] == whole[:30], text  # the first screen, read alone
        assert len(shown) == len(whole), text
        assert list(shown) == whole, text
        assert not any(cid in shown for cid in book)  # trashed: never listed
    assert paged >= len(TYPED) - 2  # all but the two with several longer words


def test_the_count_is_known_without_reading_the_rows(book):
    shown = listing.find_shown("m", pageable=True)
    assert shown[:5] and shown.counted() is None  # five rows read, not counted
    assert len(shown) == len(listing.find_ids("m"))
    assert shown.placed() < len(shown)
