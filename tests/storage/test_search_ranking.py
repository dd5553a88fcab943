"""Search ranking (issue 10, item 11): whole-word and family-name matches first,
then words that start with what was typed, then the rest; list order inside each."""
from __future__ import annotations

from app.contacts import listing
from app.contacts import store as contacts
from app.contacts.model import ContactData, PostalAddress


def _names(ids: list[int]) -> list[str]:
    rows = contacts.list_rows(ids)
    return [rows[i].display_name for i in ids]


def test_a_family_name_comes_before_a_name_that_only_starts_so(db):
    # "Dörte" is indexed as "Doerte" too, so "doe" finds her; her family name
    # sorts before Doe's, but the whole word wins.
    contacts.create(ContactData(given_name="Dörte", family_name="Büttner"))
    contacts.create(ContactData(given_name="John", family_name="Doe"))
    assert _names(listing.find_ids("doe")) == ["John Doe", "Dörte Büttner"]
    assert _names(listing.find_ids("Doe")) == ["John Doe", "Dörte Büttner"]


def test_tiers_whole_or_family_then_prefix_then_the_rest(db):
    contacts.create(ContactData(given_name="Anton", family_name="Aal",
                                addresses=[PostalAddress(city="Berlin")]))
    contacts.create(ContactData(given_name="Bernd", family_name="Zander"))
    contacts.create(ContactData(given_name="Zoe", family_name="Bergmann"))
    contacts.create(ContactData(given_name="Yves", family_name="Ytter", notes="ber"))
    contacts.create(ContactData(given_name="Xaver", family_name="Xylo", nickname="Ber"))
    # Bergmann: family name; Xylo: "Ber" is a whole word of the name;
    # Zander: a name word starts so; Aal (city) and Ytter (notes): the rest.
    assert _names(listing.find_ids("ber")) == [
        "Zoe Bergmann", "Xaver Xylo", "Bernd Zander", "Anton Aal", "Yves Ytter"]
    # The list turned round ranks nothing: matches in its order alone.
    assert _names(listing.find_ids("ber", descending=True)) == [
        "Bernd Zander", "Yves Ytter", "Xaver Xylo", "Zoe Bergmann", "Anton Aal"]


def test_ranking_changes_the_order_only_never_what_is_found(db):
    for i in range(40):
        contacts.create(ContactData(given_name=f"Max{i}", family_name=f"Mustermann{i % 7}",
                                    notes="Messe" if i % 3 else ""))
    for text in ("m", "mu", "me", "max1", "ma mu"):
        ids = listing.find_ids(text)
        assert len(ids) == len(set(ids))
        assert set(ids) == set(listing.find_ids(text, descending=True))


def test_a_result_read_a_page_at_a_time_is_the_whole_result(db):
    from app.contacts.model import ContactData as C

    contacts.create_many([C(given_name=f"Max{i}", family_name=("Maier", "Berg", "Kunz")[i % 3],
                            notes="Messe" if i % 4 else "", organisation="Mars AG" if i % 5 else "")
                          for i in range(120)])
    contacts.trash(listing.find_ids("maier")[:3])
    for text in ("m", "ma", "me", "mars", "berg", "b", "k m", "zzz"):
        whole = listing.find_ids(text)
        for read in (lambda s: s[:5], lambda s: s[-1:], lambda s: [s[i] for i in range(len(s))],
                     list):
            shown = listing.find_shown(text)
            assert len(shown) == len(whole), text
            assert read(shown) == read(whole), text
        shown = listing.find_shown(text)
        if whole:
            assert shown.index(whole[-1]) == len(whole) - 1
            assert shown[0] == whole[0] and shown[-1] == whole[-1]
        assert shown == whole
