"""A card is matched the same whether the address book is looked up card by card
(app.contacts.matching.BookIndex) or read whole into memory, and the same as
before the keys were stored: by UID (trashed contacts too), then e-mail, phone
number and name with organisation (live contacts only), the lowest id first,
a stored contact before a card planned earlier in the same import."""
from __future__ import annotations

import copy
import dataclasses

import pytest

from app.contacts import store as contacts
from app.contacts.matching import (
    MIN_PHONE_DIGITS,
    BookIndex,
    Match,
    MatchIndex,
    name_key_of,
)
from app.contacts.model import ContactData, Email, Phone, PostalAddress
from app.core.textfold import fold
from app.storage.connection import database

pytestmark = pytest.mark.both_engines


def person(given="", family="", *, emails=(), phones=(), uid="", org="", kind="person",
           nickname="", country="", fn="") -> ContactData:
    return ContactData(given_name=given, family_name=family, organisation=org, kind=kind,
                       nickname=nickname, uid=uid, formatted_name=fn,
                       emails=[Email(a) for a in emails], phones=[Phone(p) for p in phones],
                       addresses=[PostalAddress(city="X", country=country)] if country else [])


BOOK = [
    person("Anna", "Müller", emails=["Anna.Mueller@Example.de"], phones=["030 1234567"],
           uid="u-anna"),
    person("ANNA", "MÜLLER", emails=["anna.mueller@example.DE"]),  # same keys, higher id
    person("Jürgen", "Weiß", emails=["JÜRGEN@beispiel.de"], phones=["+49 171 7654321"]),
    person("Theo", "Straße", emails=["Straße@Firma.de"]),
    person("José", "Álvarez", org="Café Olé", phones=["+34 912 345 678"]),
    person(org="Müller & Söhne GmbH", kind="organisation", emails=["info@mueller-soehne.de"]),
    person(nickname="Bärchen", phones=["110"], emails=["baer@example.org"]),  # no name key
    person("Tina", "Trash", emails=["gone@example.de"], phones=["0221 5556667"],
           uid="u-trash"),
    person("Jane", "Doe", phones=["(212) 555-0142"], country="US"),
    person("Otto", "Normal", fn="Dr. Otto Normal", phones=["089 4443332"]),
    person("Zoë", "Öztürk", emails=["zoe@example.com", "ZOE@EXAMPLE.COM"]),
]

CARDS = [
    person("Someone", "Else", uid="u-anna"),  # UID
    person("Trashed", "Again", uid="u-trash"),  # UID of a trashed contact
    person("X", "Y", emails=["  anna.mueller@EXAMPLE.de "]),  # e-mail, case and spaces
    person("X", "Y", emails=["jürgen@BEISPIEL.DE"]),  # non-ASCII e-mail, case
    person("X", "Y", emails=["STRASSE@firma.de"]),  # ß folds to ss
    person("X", "Y", emails=["gone@example.de"]),  # only a trashed contact has it
    person("X", "Y", phones=["+49 30 1234567"]),  # phone written otherwise
    person("X", "Y", phones=["0171 7654321"]),
    person("X", "Y", phones=["110"]),  # too short to match
    person("X", "Y", phones=["0221 5556667"]),  # trashed
    person("X", "Y", phones=["+1 212 555 0142"]),  # a US number stored in the US
    person("anna", "muller"),  # name: case and umlaut folded
    person("Jose", "Alvarez", org="Cafe Ole"),  # accents
    person("José", "Álvarez"),  # organisation differs
    person(org="MÜLLER & SÖHNE GMBH", kind="organisation"),
    person(nickname="Bärchen"),  # no personal name: no name match
    person("Tina", "Trash"),  # only a trashed contact has that name
    person("Otto", "Normal", fn="Dr. Otto Normal"),
    person("Otto", "Normal"),  # another displayed name
    person("Neu", "Eins", emails=["neu@example.com"], uid="u-new"),  # new ...
    person("Neu", "Zwei", emails=["NEU@example.com"]),  # ... matches the card before
    person("Other", "Card", uid="u-new"),  # by the earlier card's UID
    person("Neu", "Eins"),  # a planned card is known by UID and e-mail only
    person("Fresh", "Person", emails=["zoe@example.com"]),  # two e-mails of one contact
    person("Nobody", "Known", emails=["nobody@example.com"], phones=["0800 1112223"]),
]


def _old_full_index(region: str) -> MatchIndex:
    """The index as read before the keys were stored: every contact's names folded."""
    index = MatchIndex(region)
    for cid, uid, trashed, display, org, given, family, kind in database.execute_sql(
            "SELECT id, uid, trashed_at IS NOT NULL, display_name, organisation, given_name, "
            "family_name, kind FROM contact ORDER BY id"):
        if uid:
            index.uid.setdefault(uid, cid)
        if trashed:
            index.trashed.add(cid)
            continue
        if given or family or kind == "organisation":
            index.name.setdefault(name_key_of(display, org), cid)
    live = "contact_id IN (SELECT id FROM contact WHERE trashed_at IS NULL)"
    for cid, address in database.execute_sql(
            f"SELECT contact_id, address FROM email WHERE {live} ORDER BY contact_id"):
        index.email.setdefault(address.strip().casefold(), cid)
    for cid, digits in database.execute_sql(
            f"SELECT contact_id, digits FROM phone WHERE {live} ORDER BY contact_id"):
        if len(digits) >= MIN_PHONE_DIGITS:
            index.phone.setdefault(digits, cid)
    return index


def _plan(index: MatchIndex, cards: list[ContactData], *, create=False, chunk=0
          ) -> list[Match | None]:
    """What the import's planner does: match each card, remember the new ones
    (and, as the import of a file does meanwhile, ``create`` them); with
    ``chunk``, the cards come in chunks of that many, each looked up at once."""
    out = []
    for n, card in enumerate(cards, 1):
        if chunk and (n - 1) % chunk == 0:
            index.prefetch([(c, None) for c in cards[n - 1:n - 1 + chunk]])
        hit = index.match(card)
        out.append(hit)
        if hit is None:
            index.add(card, -n, strong_only=True)
            if create:
                contacts.create(copy.deepcopy(card))
    return out


@pytest.fixture
def book(db) -> dict[str, int]:
    ids = contacts.create_many(copy.deepcopy(BOOK))
    contacts.trash([ids[7]])
    return {c.uid or c.display_name(): i for c, i in zip(BOOK, ids)}


def _reasons(plan: list[Match | None]) -> list[tuple[int, str] | None]:
    return [(m.contact_id, m.reason) if m else None for m in plan]


def test_each_card_is_matched_as_the_whole_book_in_memory_matches_it(book):
    expected = _reasons(_plan(_old_full_index("DE"), CARDS))
    anna, trash, new = book["u-anna"], book["u-trash"], -20
    assert expected[:3] == [(anna, "uid"), (trash, "uid"), (anna, "email")]
    assert expected[5] is None and expected[9] is None and expected[16] is None
    assert expected[8] is None and expected[15] is None and expected[22] is None
    assert expected[20:22] == [(new, "email"), (new, "uid")]
    assert expected[24] is None
    assert sum(m is not None for m in expected) == 15
    for make in (lambda: BookIndex("DE", lookups=len(CARDS)),  # card by card throughout
                 lambda: BookIndex("DE", lookups=0),  # the whole book at once
                 lambda: BookIndex("DE", lookups=5),  # card by card, then the whole book
                 lambda: BookIndex("DE", lookups=21),  # ... after the import's own cards
                 lambda: MatchIndex.loaded("DE")):
        for create, chunk in ((False, 0), (True, 0), (True, 4), (False, 100)):
            with database.atomic() as transaction:
                index = make()
                got = _plan(index, CARDS, create=create, chunk=chunk)
                assert _reasons(got) == expected, (index.lookups, create, chunk)
                transaction.rollback()


def test_a_trashed_contact_is_known_as_trashed_when_matched_by_its_uid(book):
    index = BookIndex("DE", lookups=10)
    assert index.match(person(uid="u-trash")) == Match(book["u-trash"], "uid")
    assert index.trashed == {book["u-trash"]}
    assert index.match(person(uid="u-anna")) == Match(book["u-anna"], "uid")
    assert index.trashed == {book["u-trash"]}


def test_the_keys_follow_edits_trash_and_restore(book):
    anna = contacts.get(book["u-anna"])
    anna.emails = [Email("anna@neu.example")]
    anna.family_name = "Schäfer"
    contacts.update(anna)

    def match(card: ContactData) -> Match | None:
        return BookIndex("DE", lookups=10).match(card)

    # The second Anna Müller is now the first with that e-mail and name.
    second = book["ANNA MÜLLER"]
    assert match(person(emails=["anna.mueller@example.de"])) == Match(second, "email")
    assert match(person("Anna", "Muller")) == Match(second, "name")
    assert match(person(emails=["ANNA@NEU.example"])) == Match(anna.id, "email")
    assert match(person("Anna", "Schafer")) == Match(anna.id, "name")
    contacts.trash([anna.id])
    assert match(person(emails=["anna@neu.example"])) is None
    contacts.restore([anna.id])
    assert match(person(emails=["anna@neu.example"])) == Match(anna.id, "email")


def test_a_big_book_is_not_read_for_a_few_cards(book, monkeypatch):
    from app.contacts import match_store

    def read_all():
        raise AssertionError("every contact read")

    monkeypatch.setattr(match_store, "identities", read_all)
    monkeypatch.setattr(match_store, "largest_id", lambda: 1_000_000)
    index = MatchIndex.from_database("DE")
    assert index.match(person("anna", "müller")) == Match(book["u-anna"], "name")
    assert index.lookups == 1_000_000 // BookIndex.CARD_COST - 1


def test_the_stored_keys_are_the_rules_keys(book):
    for cid, key, display, org in database.execute_sql(
            "SELECT id, match_key, display_name, organisation FROM contact ORDER BY id"):
        c = contacts.get(cid)
        named = bool(c.given_name or c.family_name or c.kind == "organisation")
        assert key == (fold(display).strip() + "|" + fold(org).strip() if named else ""), cid
    for address, key in database.execute_sql("SELECT address, match_key FROM email"):
        assert key == address.strip().casefold()


def test_a_stored_contact_goes_before_one_added_with_the_same_keys(book):
    card = person("anna", "müller", emails=["ANNA.mueller@example.de"], uid="u-anna",
                  phones=["030 1234567"])
    for index in (BookIndex("DE", lookups=10), BookIndex("DE", lookups=0)):
        index.add(card, -1)
        assert index.match(card) == Match(book["u-anna"], "uid")
        for part in ({"uid": ""}, {"uid": "", "emails": []},
                     {"uid": "", "emails": [], "phones": []}):
            reason = {1: "email", 2: "phone", 3: "name"}[len(part)]
            assert index.match(dataclasses.replace(card, **part)) == Match(book["u-anna"], reason)
