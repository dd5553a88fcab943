"""Card runs in the database: sources, households, statuses, problems, comparison."""
import datetime as dt

import pytest

from app.cards import envelopes as ce
from app.cards import recipients
from app.cards import runs as cards
from app.contacts import store as contacts
from app.contacts.model import ORGANISATION
from app.contacts.model import ContactData as C
from app.contacts.model import PostalAddress as A
from app.conversations import store as interactions
from app.storage import migrations, pg, schema_steps

NOW = dt.datetime(2026, 11, 20, 10, 0)
HOME = dict(street="Hauptstraße 5", postal_code="10115", city="Berlin", label="home")


def person(given, family, gender="", address=None, **kw):
    return C(given_name=given, family_name=family, gender=gender,
             addresses=[address] if address else [], **kw)


@pytest.fixture
def people(db):
    ids = contacts.create_many([
        person("Anna", "Müller", "f", A(**HOME), yearly_card=True, tags=["family"]),
        person("Max", "Müller", "m", A(**dict(HOME, street="Hauptstr. 5")), yearly_card=True),
        person("Eva", "Schmidt", "f", A(street="Ring 1", postal_code="80331", city="München"),
               yearly_card=True, tags=["family"]),
        person("Otto", "Ohneadresse", "m", yearly_card=True),
        person("Nora", "Nocards", "f", A(street="Weg 2", postal_code="20095", city="Hamburg"),
               yearly_card=True),
        person("Paul", "Papierkorb", "m", A(street="Weg 3", postal_code="20095", city="Hamburg"),
               yearly_card=True),
        person("Ines", "Ignored", "f", A(street="Weg 4", postal_code="20095", city="Hamburg")),
    ], now=NOW)
    names = dict(zip(["anna", "max", "eva", "otto", "nora", "paul", "ines"], ids))
    recipients.set_no_cards([names["nora"]])
    contacts.trash([names["paul"]])
    return names


def test_card_tables_come_with_a_schema_step(db, engine):
    version = pg.schema_version(db) if engine == "postgresql" else migrations.current_version(db)
    assert version == migrations.LATEST
    assert schema_steps._v_card_runs in schema_steps.STEPS
    for table in ("card_run", "card_recipient", "card_household", "card_received",
                  "card_opt_out"):
        assert db.execute_sql(f"SELECT count(*) FROM {table}").fetchone() == (0,)


def test_new_run_from_the_flag_leaves_out_no_cards_and_the_trash(people):
    run_id, count = recipients.new_run(2026, "Christmas", flagged=True, now=NOW)
    got = set(recipients.recipient_ids(run_id))
    assert got == {people["anna"], people["max"], people["eva"], people["otto"]}
    assert count == 4
    # By hand, "no cards" is the user's own decision to override.
    assert recipients.add_recipients(run_id, [people["nora"], people["anna"]]) == 1


def test_new_run_from_search_and_tag(people):
    run_id, _ = recipients.new_run(2026, "Easter", tag="FAMILY", now=NOW)
    assert set(recipients.recipient_ids(run_id)) == {people["anna"], people["eva"]}
    run2, _ = recipients.new_run(2026, "New Year", search="Schmidt", now=NOW)
    assert recipients.recipient_ids(run2) == [people["eva"]]


def test_empty_run_and_bad_input(db):
    run_id, count = recipients.new_run(2026, "Hanukkah", now=NOW)
    assert count == 0 and cards.get_run(run_id).name == "Hanukkah 2026"
    with pytest.raises(cards.CardProblem, match="occasion"):
        cards.create_run(2026, "  ")
    with pytest.raises(cards.CardProblem, match="no card run 999"):
        cards.get_run(999)


def test_same_address_is_proposed_accepted_and_gets_one_envelope(people):
    run_id, _ = recipients.new_run(2026, "Christmas", flagged=True, now=NOW)
    assert ce.proposals(run_id) == [[people["anna"], people["max"]]]
    assert ce.accept_all_proposals(run_id) == 1
    envs = ce.envelopes(run_id)
    assert len(envs) == 3  # Müllers, Eva, Otto
    mueller = next(e for e in envs if people["anna"] in e.contact_ids)
    assert mueller.addressee == ["Anna und Max Müller"]
    assert mueller.salutation == "Sehr geehrte Frau Müller, sehr geehrter Herr Müller"
    assert mueller.lines == ["Anna und Max Müller", "Hauptstraße 5", "10115 Berlin"]
    assert ce.proposals(run_id) == []


def test_split_household_is_not_proposed_again_and_join_by_hand(people):
    run_id, _ = recipients.new_run(2026, "Christmas", flagged=True, now=NOW)
    hid = recipients.join(run_id, [people["anna"], people["max"]])
    recipients.split(run_id, [people["anna"], people["max"]])
    assert ce.proposals(run_id) == []
    assert len(ce.envelopes(run_id)) == 4
    assert hid not in recipients.households(run_id)
    joined = recipients.join(run_id, [people["eva"], people["otto"]])
    recipients.set_household_text(joined, addressee="Eva Schmidt|Otto Ohneadresse",
                             salutation="Hallo ihr beiden")
    env = next(e for e in ce.envelopes(run_id) if e.household_id == joined)
    assert env.addressee == ["Eva Schmidt", "Otto Ohneadresse"]
    assert env.salutation == "Hallo ihr beiden"
    with pytest.raises(cards.CardProblem, match="not a recipient"):
        recipients.join(run_id, [people["ines"]])


def test_colleagues_share_an_envelope_but_two_firms_in_one_building_do_not(db):
    office = dict(street="Industriestr. 1", postal_code="70173", city="Stuttgart", label="work")
    ids = contacts.create_many([
        C(kind=ORGANISATION, organisation="Alpha GmbH", addresses=[A(**office)]),
        person("Yvonne", "Yilmaz", "f", A(**office), organisation="Alpha GmbH"),
        person("Bernd", "Beta", "m", A(**office), organisation="Beta AG"),
    ])
    run_id, _ = recipients.new_run(2026, "Christmas", now=NOW)
    recipients.add_recipients(run_id, ids)
    # Not a household: one envelope per company is a choice of its own.
    assert ce.proposals(run_id) == []
    assert ce.company_proposals(run_id) == [ids[:2]]
    assert ce.accept_all_proposals(run_id, companies=True) == 1
    alpha = next(e for e in ce.envelopes(run_id) if ids[0] in e.contact_ids)
    assert alpha.addressee == ["Firma Alpha GmbH", "z. Hd. Frau Yvonne Yilmaz"]
    assert alpha.salutation == "Sehr geehrte Frau Yilmaz"


def test_problems_list(people):
    run_id, _ = recipients.new_run(2026, "Christmas", flagged=True, now=NOW)
    dup = contacts.create(person("Eva", "Schmidt", "f", A(street="Ring 9", postal_code="8033",
                                                          city="München")))
    recipients.add_recipients(run_id, [people["paul"], dup])  # by hand: trashed Paul too
    recipients.join(run_id, [people["anna"], people["eva"]])  # a wrong household by hand
    found = {(p.kind, p.contact_id) for p in ce.problems(run_id)}
    assert (ce.NO_ADDRESS, people["otto"]) in found
    assert (ce.TRASHED, people["paul"]) in found
    assert (ce.BAD_ADDRESS, dup) in found  # 8033 is not a German postal code
    assert (ce.DUPLICATE, dup) in found and (ce.DUPLICATE, people["eva"]) in found
    # Max lives where Anna's household is addressed but gets his own envelope.
    assert (ce.TWO_HOUSEHOLDS, people["max"]) in found
    assert all(p.message for p in ce.problems(run_id))


def test_marking_sent_logs_a_greeting_card_on_every_member(people):
    run_id, _ = recipients.new_run(2026, "Christmas", flagged=True, now=NOW)
    recipients.join(run_id, [people["anna"], people["max"]])
    assert recipients.mark(run_id, [people["anna"], people["max"], people["eva"]], cards.SENT,
                      now=NOW) == 3
    for who in ("anna", "max", "eva"):
        timeline = interactions.for_contact(people[who])
        assert [i.channel for i in timeline] == ["greeting card"]
    # One card to the household: one conversation linked to both.
    assert interactions.for_contact(people["anna"])[0].id == \
        interactions.for_contact(people["max"])[0].id
    # Marking again changes nothing and logs nothing twice.
    assert recipients.mark(run_id, [people["anna"]], cards.SENT, now=NOW) == 0
    assert len(interactions.for_contact(people["anna"])) == 1
    # Returned undeliverable keeps the log; taking "sent" back removes it.
    recipients.mark(run_id, [people["eva"]], cards.RETURNED, now=NOW)
    assert len(interactions.for_contact(people["eva"])) == 1
    recipients.mark(run_id, [people["anna"], people["max"]], cards.PLANNED, now=NOW)
    assert interactions.for_contact(people["anna"]) == []
    with pytest.raises(cards.CardProblem, match="not a recipient"):
        recipients.mark(run_id, [people["ines"]], cards.SENT)


def test_copy_from_last_year_and_compare_both_ways(people):
    last, _ = recipients.new_run(2025, "Christmas", flagged=True, now=NOW)
    recipients.join(last, [people["anna"], people["max"]])
    recipients.mark(last, [people["anna"], people["max"], people["eva"], people["otto"]],
                    cards.SENT, now=NOW)
    recipients.mark(last, [people["otto"]], cards.RETURNED, now=NOW)
    recipients.mark_received(last, [people["anna"], people["ines"]])
    this, count = recipients.new_run(2026, "Christmas", from_run=last, now=NOW)
    # Otto's card came back undeliverable: not copied. The household is.
    assert set(recipients.recipient_ids(this)) == {people["anna"], people["max"], people["eva"]}
    assert list(recipients.households(this).values()) == [[people["anna"], people["max"]]]
    recipients.add_recipients(this, [people["ines"]])
    cmp = recipients.compare(this)
    assert cmp.previous_run == last
    assert cmp.new == [people["ines"]]
    assert cmp.dropped == [people["otto"]]
    assert set(cmp.sent_not_received) == {people["max"], people["eva"], people["otto"]}
    assert cmp.received_not_sent == [people["ines"]]


def test_remove_recipients_drops_their_empty_household(people):
    run_id, _ = recipients.new_run(2026, "Christmas", flagged=True, now=NOW)
    hid = recipients.join(run_id, [people["anna"], people["max"]])
    recipients.remove_recipients(run_id, [people["anna"], people["max"]])
    assert hid not in recipients.households(run_id)
    assert recipients.household_texts(run_id) == {}


def test_list_runs_counts(people):
    run_id, _ = recipients.new_run(2026, "Christmas", flagged=True, now=NOW)
    recipients.mark(run_id, [people["eva"]], cards.SENT, now=NOW)
    [run] = cards.list_runs()
    assert (run.id, run.recipients, run.sent) == (run_id, 4, 1)


def test_temperature_filter_uses_the_contacts_band(db):
    customer, stranger = contacts.create_many([
        person("Carl", "Kunde", "m", relationship="customer"), person("Sam", "Fremd", "m")])
    run_id, _ = recipients.new_run(2026, "Christmas", bands=["cool"], now=NOW)
    # Never contacted is cold, but a customer never drops below cool.
    assert recipients.recipient_ids(run_id) == [customer]
    with pytest.raises(cards.CardProblem, match="Unknown temperature"):
        recipients.new_run(2026, "Christmas", bands=["lukewarm"], now=NOW)
    assert len(cards.list_runs()) == 1  # the failed run left nothing behind


def test_a_card_they_sent_is_logged_as_their_conversation(people):
    run_id, _ = recipients.new_run(2026, "Christmas", flagged=True, now=NOW)
    assert recipients.mark_received(run_id, [people["anna"]], now=NOW) == 1
    timeline = interactions.for_contact(people["anna"])
    assert [(i.channel, i.direction) for i in timeline] == [("greeting card", interactions.IN)]
    assert recipients.mark_received(run_id, [people["anna"]], now=NOW) == 0  # not logged twice
    assert recipients.received_ids(run_id) == {people["anna"]}
    assert recipients.mark_received(run_id, [people["anna"]], received=False, now=NOW) == 1
    assert interactions.for_contact(people["anna"]) == []
    assert recipients.received_ids(run_id) == set()


def test_the_run_reflects_a_contact_edited_since(people, tmp_path):
    """Otto gets his postal address after the run was made: the run's envelope,
    problems and CSV show it at once; before, he is left out of the CSV."""
    import csv

    from app.cards.csv_export import write_csv

    run_id, _ = recipients.new_run(2026, "Christmas", flagged=True, now=NOW)
    envs = ce.envelopes(run_id)
    assert ce.unaddressed_ids(envs) == [people["otto"]]
    write_csv(envs, tmp_path / "before.csv")
    with (tmp_path / "before.csv").open(encoding="utf-8-sig", newline="") as fh:
        before = [r["Members"] for r in csv.DictReader(fh, delimiter=";")]
    assert "Otto Ohneadresse" not in before and len(before) == 3

    otto = contacts.get(people["otto"])
    otto.addresses.append(A(street="Gartenweg 3", postal_code="50667", city="Köln",
                            label="home"))
    contacts.update(otto, now=NOW)

    envs = ce.envelopes(run_id)
    mine = next(e for e in envs if people["otto"] in e.contact_ids)
    assert mine.lines == ["Herrn Otto Ohneadresse", "Gartenweg 3", "50667 Köln"]
    assert ce.unaddressed_ids(envs) == []
    assert not [p for p in ce.problems(run_id, envs) if p.contact_id == people["otto"]]
    write_csv(envs, tmp_path / "after.csv")
    with (tmp_path / "after.csv").open(encoding="utf-8-sig", newline="") as fh:
        after = [r["Members"] for r in csv.DictReader(fh, delimiter=";")]
    assert "Otto Ohneadresse" in after
