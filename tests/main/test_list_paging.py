"""Paging through a big search result in the contact list: every row once,
in ranked list order, whichever page the view asks for first."""
from __future__ import annotations

import datetime as dt

from app.contacts import listing
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.conversations import store as interactions
from app.conversations import warmth
from app.conversations.store import Interaction
from ui.contacts import list_model, paged_rows
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


def test_a_big_search_shows_its_first_rows_at_once_and_its_count_after(window, qtbot,
                                                                        monkeypatch):
    """Over a big book the count comes off the GUI thread: the first rows are
    there at once, the label says the matches are being counted, scrolling
    reads on, and then the count arrives and every row is there."""
    monkeypatch.setattr(paged_rows, "COUNT_AT_ONCE_BELOW", 0)  # "big" from the first contact
    contacts.create_many([ContactData(given_name=f"P{i:03d}", family_name="Muster")
                          for i in range(400)] + [ContactData(family_name="Nobody")])
    window.contacts_changed()
    model = window.model
    holder = {}
    monkeypatch.setattr(list_model.ContactTableModel, "_count_later",
                        lambda self, ids: holder.setdefault("ids", ids))
    window.search.setText("muster")
    assert model.counting() and model.rowCount() == list_model.PAGE
    assert "Counting" in window.count_label.text()
    assert model.data(model.index(0, 0)) == "P000 Muster"
    assert model.canFetchMore()
    model.fetchMore()  # the view scrolled to the end of what is read
    assert model.rowCount() == 2 * list_model.PAGE
    # The selected contact far down the result: the list reads on to its row.
    far = model.contact_id(0) + 300
    assert model.row_of(far) == 300 and model.rowCount() > 300
    monkeypatch.undo()
    model._count_later(holder["ids"])  # the real count, off the GUI thread
    qtbot.waitUntil(lambda: not model.counting(), timeout=10_000)
    assert model.rowCount() == 400 and window.count_label.text() == "400 of 401 contacts shown"
    assert [model.data(model.index(r, 0)) for r in (0, 399)] == ["P000 Muster", "P399 Muster"]


def test_typing_in_a_big_book_keeps_the_selection_only_among_the_first_hits(window, qtbot,
                                                                           monkeypatch):
    """A keystroke does not read on through thousands of hits to find the
    selected contact: among the first NEAR_ROWS it stays selected, further
    down the first hit is selected instead (as when it is not found)."""
    monkeypatch.setattr(paged_rows, "COUNT_AT_ONCE_BELOW", 0)
    monkeypatch.setattr(paged_rows, "NEAR_ROWS", 50)
    ids = contacts.create_many([ContactData(given_name=f"P{i:03d}", family_name="Muster")
                                for i in range(200)])
    window.contacts_changed(select=ids[20])
    window.search.setText("muster")
    assert window.table.currentIndex().data(list_model.ContactTableModel.IdRole) == ids[20]
    window.search.clear()
    window.contacts_changed(select=ids[120])
    window.search.setText("muster")
    assert window.table.currentIndex().data(list_model.ContactTableModel.IdRole) == ids[0]
    # Saving (or any reload) still finds its contact wherever it is listed.
    window.contacts_changed(select=ids[150])
    assert window.table.currentIndex().data(list_model.ContactTableModel.IdRole) == ids[150]


def _names(model, rows) -> list:
    return [model.data(model.index(r, 0)) for r in rows]


def test_a_big_book_shows_its_first_rows_before_reading_or_counting_the_rest(
        window, qtbot, monkeypatch):
    """Over a big book the whole list is read as far as shown: the window has
    its first rows at once, reads on as it scrolls, and tells the count when
    it comes (off the GUI thread); searching and sorting work on it as ever."""
    monkeypatch.setattr(paged_rows, "LAZY_LIST_FROM", 0)  # "big" from the first contact
    people = [ContactData(given_name=f"P{i:03d}", family_name="Muster") for i in range(300)]
    people += [ContactData(given_name="Anna", family_name="Zeller", notes="Kunde seit 2010")]
    contacts.create_many(people)
    model = window.model
    held = []
    monkeypatch.setattr(list_model.ContactTableModel, "_count_later",
                        lambda self, ids: held.append(ids))
    window.contacts_changed()
    assert model.rowCount() == list_model.PAGE and held  # a page read, the count later
    assert _names(model, [0, 63]) == ["P000 Muster", "P063 Muster"]
    model.fetchMore()
    assert model.rowCount() == 2 * list_model.PAGE
    monkeypatch.undo()
    monkeypatch.setattr(paged_rows, "LAZY_LIST_FROM", 0)
    model._count_later(held[-1])
    qtbot.waitUntil(lambda: window.count_label.text() == "301 contacts", timeout=10_000)
    assert model.rowCount() == 301 and _names(model, [300]) == ["Anna Zeller"]

    # A search of two longer words is read whole, from the list read whole.
    window.search.setText("zeller kunde")
    qtbot.waitUntil(lambda: window.count_label.text() == "1 of 301 contacts shown",
                    timeout=10_000)
    assert _names(model, [0]) == ["Anna Zeller"]
    window.search.clear()
    qtbot.waitUntil(lambda: window.count_label.text() == "301 contacts", timeout=10_000)
    assert model.rowCount() == 301

    # Name order turned round, another column's order, and back.
    model.sort(model.NAME, list_model.Qt.SortOrder.DescendingOrder)
    assert _names(model, [0, 300]) == ["Anna Zeller", "P000 Muster"]
    model.sort(model.CITY, list_model.Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 301
    model.sort(model.NAME, list_model.Qt.SortOrder.AscendingOrder)
    assert _names(model, [0, 300]) == ["P000 Muster", "Anna Zeller"]

    # By warmth (read as far as shown too), and a search in that order.
    warmest = contacts.create(ContactData(given_name="Hot", family_name="Muster"))
    for _ in range(3):
        interactions.log(Interaction("meeting", [warmest], dt.datetime.now()))
    window.contacts_changed()
    model.sort(model.WARMTH, list_model.Qt.SortOrder.DescendingOrder)
    assert model.contact_id(0) == warmest
    qtbot.waitUntil(lambda: model.rowCount() == 302, timeout=10_000)  # counted meanwhile
    assert [model.contact_id(r) for r in range(model.rowCount())] == \
        warmth.ordered_by_warmth(True)
    window.search.setText("muster")
    qtbot.waitUntil(lambda: model.rowCount() == 301, timeout=10_000)
    assert [model.contact_id(r) for r in range(301)] == listing.find_ids(
        "muster", "warmth", descending=True)
    assert model.contact_id(0) == warmest


def test_another_writer_keeps_a_far_selection_in_a_big_book(window, qtbot, monkeypatch):
    """A write elsewhere reloads the list; the contact selected far down a list
    read as far as shown stays selected, and the new contact is counted."""
    monkeypatch.setattr(paged_rows, "LAZY_LIST_FROM", 0)
    ids = contacts.create_many([ContactData(given_name=f"P{i:03d}", family_name="Muster")
                                for i in range(300)])
    window.contacts_changed(select=ids[250])
    qtbot.waitUntil(lambda: window.count_label.text() == "300 contacts", timeout=10_000)
    contacts.create(ContactData(given_name="Neu", family_name="Aaron"))  # listed first
    window.live_updates.show_list(*window.model.read_ids(window.model.view_state()))
    current = window.table.currentIndex()
    assert current.row() == 251 and current.data(list_model.ContactTableModel.IdRole) == ids[250]
    assert window.table.selected_ids() == [ids[250]]
    qtbot.waitUntil(lambda: window.count_label.text() == "301 contacts", timeout=10_000)
