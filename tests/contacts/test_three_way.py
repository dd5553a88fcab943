"""The three-way merge of a save made from an older copy: plain data, no database."""
from __future__ import annotations

import copy
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from app.contacts.model import ContactData, Email, Phone, PostalAddress, Url
from app.contacts.three_way import BOTH, MINE, THEIRS, as_loaded, merge

_text = st.text(alphabet="abÄü ", max_size=3)
_phones = st.lists(st.builds(Phone, st.text("0123+", min_size=1, max_size=3),
                             st.sampled_from(["work", "mobile"])),
                   max_size=3, unique_by=lambda p: p.number)
_addresses = st.text("ab", min_size=1, max_size=2).map(lambda s: s + "@x.de")
_emails = st.lists(st.builds(Email, _addresses, st.sampled_from(["work", "home"])),
                   max_size=3, unique_by=lambda e: e.address)
_tags = st.lists(st.sampled_from(["Kunde", "VIP", "Messe", "Äpfel"]), max_size=3, unique=True)


@st.composite
def contacts(draw) -> ContactData:
    return ContactData(id=7, version=3, given_name=draw(_text), family_name=draw(_text),
                       nickname=draw(_text), notes=draw(_text), cadence_days=draw(
                           st.none() | st.integers(1, 3)),
                       yearly_card=draw(st.booleans()), phones=draw(_phones),
                       emails=draw(_emails), tags=draw(_tags))


_FIELDS = ("given_name", "family_name", "nickname", "notes", "cadence_days", "yearly_card",
           "phones", "emails", "tags")


def _same_items(a: list, b: list) -> bool:
    return Counter(map(repr, a)) == Counter(map(repr, b))


def _stored(c: ContactData, version: int) -> ContactData:
    c = copy.deepcopy(c)
    c.version, c.updated_at = version, "2026-01-02T10:00:00+00:00"
    return c


@settings(max_examples=150, deadline=None)
@given(contacts(), contacts())
def test_with_nothing_changed_elsewhere_the_users_version_is_saved(base, edited):
    mine = copy.deepcopy(edited)
    mine.id, mine.version = base.id, base.version
    result = merge(base, mine, _stored(base, 4))
    assert not result.conflicts and not result.from_theirs
    for name in _FIELDS:
        got, want = getattr(result.contact, name), getattr(mine, name)
        assert _same_items(got, want) if isinstance(want, list) else got == want, name
    assert result.contact.version == 4


@settings(max_examples=150, deadline=None)
@given(contacts(), contacts())
def test_without_edits_in_the_window_what_was_stored_elsewhere_is_kept(base, elsewhere):
    theirs = copy.deepcopy(elsewhere)
    theirs.id, theirs.version = base.id, 5
    result = merge(base, copy.deepcopy(base), theirs)
    assert not result.conflicts
    for name in _FIELDS:
        got, want = getattr(result.contact, name), getattr(theirs, name)
        assert _same_items(got, want) if isinstance(want, list) else got == want, name


@settings(max_examples=150, deadline=None)
@given(contacts(), st.data())
def test_changes_to_different_fields_are_all_kept(base, data):
    mine_fields = data.draw(st.sets(st.sampled_from(_FIELDS), max_size=4))
    their_fields = data.draw(st.sets(st.sampled_from(_FIELDS).filter(
        lambda f: f not in mine_fields), max_size=4))
    other = data.draw(contacts())
    mine, theirs = copy.deepcopy(base), _stored(base, 4)
    for name in mine_fields:
        setattr(mine, name, copy.deepcopy(getattr(other, name)))
    other = data.draw(contacts())
    for name in their_fields:
        setattr(theirs, name, copy.deepcopy(getattr(other, name)))
    result = merge(base, mine, theirs)
    assert not result.conflicts
    for name in _FIELDS:
        want = getattr(mine if name in mine_fields else theirs, name)
        got = getattr(result.contact, name)
        assert _same_items(got, want) if isinstance(want, list) else got == want, name


@settings(max_examples=150, deadline=None)
@given(contacts(), contacts(), contacts())
def test_a_conflict_is_seen_from_either_side_and_each_choice_is_a_whole_value(base, m, t):
    mine, theirs = copy.deepcopy(m), _stored(t, 9)
    mine.id = theirs.id = base.id
    ours = merge(base, mine, theirs)
    other_way = merge(base, theirs, mine)
    assert {c.field for c in ours.conflicts} == {c.field for c in other_way.conflicts}
    for c in ours.conflicts:
        if c.field in ("phones", "emails", "tags") and c.both is not None:
            # "both" keeps every item either choice would keep
            assert set(map(repr, c.mine)) | set(map(repr, c.theirs)) <= set(map(repr, c.both))
        resolved = ours.resolved({c.field: THEIRS})
        assert getattr(resolved, c.field) == c.theirs


def _anna(**changes) -> ContactData:
    c = ContactData(id=1, version=2, given_name="Anna", family_name="Müller",
                    phones=[Phone("+49 30 1234567", "work")],
                    emails=[Email("anna@example.de", "work")],
                    addresses=[PostalAddress("Hauptstr. 1", "10115", "Berlin", country="DE")],
                    urls=[Url("https://example.de")], notes="Met at the fair.",
                    tags=["Kunde"])
    for name, value in changes.items():
        setattr(c, name, value)
    return c


def test_the_reported_lost_update_keeps_all_four_changes():
    base = _anna()
    theirs = _anna(version=3, phones=base.phones + [Phone("+49 170 5555555", "mobile")],
                   emails=base.emails + [Email("anna.mueller@privat.de", "home")],
                   notes="Met at the fair.\nCalled about the offer.")
    mine = _anna(nickname="Anni")
    result = merge(base, mine, theirs)
    assert not result.conflicts
    c = result.contact
    assert c.nickname == "Anni" and c.version == 3
    assert [p.number for p in c.phones] == ["+49 30 1234567", "+49 170 5555555"]
    assert [e.address for e in c.emails] == ["anna@example.de", "anna.mueller@privat.de"]
    assert c.notes == "Met at the fair.\nCalled about the offer."
    assert set(result.from_theirs) == {"phones", "emails", "notes"}


def test_the_same_field_changed_twice_is_a_conflict_with_both_values():
    base = _anna()
    result = merge(base, _anna(family_name="Meier"), _anna(version=3, family_name="Schulz",
                                                             nickname="Anni"))
    [conflict] = result.conflicts
    assert (conflict.field, conflict.base, conflict.mine, conflict.theirs) == (
        "family_name", "Müller", "Meier", "Schulz")
    assert conflict.choices == (MINE, THEIRS)
    assert result.contact.family_name == "Meier" and result.contact.nickname == "Anni"
    assert result.resolved({"family_name": THEIRS}).family_name == "Schulz"


def test_notes_changed_on_both_sides_can_keep_both():
    result = merge(_anna(), _anna(notes="Prefers e-mail."), _anna(notes="Has two kids."))
    [conflict] = result.conflicts
    assert conflict.choices == (MINE, THEIRS, BOTH)
    assert result.resolved({"notes": BOTH}).notes == "Prefers e-mail.\n\nHas two kids."


def test_list_items_added_removed_and_relabelled_on_different_sides_merge():
    base = _anna(phones=[Phone("1", "work"), Phone("2", "work"), Phone("3", "work")])
    mine = _anna(phones=[Phone("1", "mobile"), Phone("3", "work"), Phone("4", "home")])
    theirs = _anna(phones=[Phone("1", "work"), Phone("2", "work"), Phone("3", "fax"),
                           Phone("5", "work")])
    result = merge(base, mine, theirs)
    assert not result.conflicts
    assert result.contact.phones == [Phone("1", "mobile"), Phone("3", "fax"),
                                     Phone("4", "home"), Phone("5", "work")]


def test_an_item_changed_on_both_sides_or_changed_and_removed_is_a_conflict():
    base = _anna()
    result = merge(base, _anna(phones=[Phone("+49 30 7654321", "work")]),
                   _anna(phones=[Phone("+49 30 1111111", "work")]))
    [conflict] = result.conflicts
    assert conflict.field == "phones"
    assert [p.number for p in conflict.mine] == ["+49 30 7654321"]
    assert [p.number for p in conflict.theirs] == ["+49 30 1111111"]
    assert [p.number for p in conflict.both] == ["+49 30 7654321", "+49 30 1111111"]
    removed = merge(base, _anna(emails=[]), _anna(emails=[Email("anna@example.de", "home")]))
    assert [c.field for c in removed.conflicts] == ["emails"]
    assert removed.conflicts[0].choices == (MINE, THEIRS)  # "both" would be theirs again
    assert removed.resolved({"emails": MINE}).emails == []


def test_tidying_by_the_editor_is_not_a_change():
    loaded = _anna(phones=[Phone("030 1234567", "work")], tags=["VIP", "Kunde"])
    shown = _anna(phones=[Phone("+49 30 1234567", "work")], tags=["VIP", "Kunde"])
    edited = _anna(phones=[Phone("+49 30 1234567", "work"), Phone("+49 89 1", "home")],
                   nickname="Anni")
    mine = as_loaded(loaded, shown, edited)
    assert mine.phones == [Phone("030 1234567", "work"), Phone("+49 89 1", "home")]
    assert mine.nickname == "Anni" and mine.tags == ["Kunde"]
    # stored elsewhere: the same phone relabelled; the window's tidied copy must not clash
    theirs = _anna(version=3, phones=[Phone("030 1234567", "mobile")], tags=["VIP", "Kunde"])
    result = merge(loaded, mine, theirs)
    assert not result.conflicts
    assert result.contact.phones == [Phone("030 1234567", "mobile"), Phone("+49 89 1", "home")]
