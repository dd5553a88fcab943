"""Greeting cards in the database: a touch, not a conversation, the same in the
list, its band filter, Today, the briefing, the command line and `hearth check`."""
from __future__ import annotations

import datetime as dt
import json

from app.cards import recipients
from app.cards import runs as cards
from app.cli.main import main
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.conversations import briefing, today, warmth
from app.conversations import store as interactions
from app.conversations import temperature as t
from app.conversations.store import Interaction
from app.storage import check
from app.storage.connection import close_database, open_database

NOW = dt.datetime(2026, 12, 20, 10, 0)


def person(given, family) -> int:
    return contacts.create(ContactData(given_name=given, family_name=family))


def test_the_christmas_run_warms_nobody_and_going_cold_keeps_its_contacts(db):
    anna, bob = person("Anna", "Müller"), person("Bob", "Card")
    # Anna: warm from a call 11 months ago, crossed into cool lately
    interactions.log(Interaction("call", [anna], NOW - dt.timedelta(days=340),
                                 subject="Offer"), now=NOW)
    run = cards.create_run(2026, "Christmas")
    recipients.add_recipients(run, [anna, bob])
    before = [g.contact_id for g in today.going_cold(NOW, warmth.load_settings())]
    assert before == [anna]
    recipients.mark(run, [anna, bob], "sent", now=NOW - dt.timedelta(days=2))
    recipients.mark_received(run, [anna], now=NOW - dt.timedelta(days=1))

    temps = warmth.temperatures([anna, bob], NOW)
    assert temps[anna].band == "cool"
    assert temps[anna].reason == "cool: call 11 months ago, 1 conversation this year"
    assert (temps[bob].band, temps[bob].new) == ("cool", True)
    # the list's rows, its band filter and its warmth order agree with the reason
    rows = contacts.list_rows([anna, bob])
    assert {cid: t.temperature(warmth.inputs_of(r), NOW).band for cid, r in rows.items()} == \
        {anna: "cool", bob: "cool"}
    # Bob has had cards but no conversation: shown, and filtered, as new
    assert warmth.ids_in_bands(["cool"], NOW) == {anna}
    assert warmth.ids_in_bands(["new"], NOW) == {bob}
    assert warmth.ids_in_bands(["warm", "hot"], NOW) == set()
    # Today still lists Anna: her only touch lately was a card
    assert [g.contact_id for g in today.going_cold(NOW, warmth.load_settings())] == [anna]
    # the briefing's conversations are conversations; the cards are apart
    b = briefing.briefing(anna, NOW)
    assert [i.channel for i in b.conversations] == ["call"] and b.conversation_count == 1
    assert b.cards == ["Christmas 2026: ours sent; theirs received"]
    assert check.invariant_findings() == []


def test_cards_logged_by_hand_are_listed_apart_in_the_briefing(db):
    anna = person("Anna", "Müller")
    interactions.log(Interaction("greeting card", [anna], NOW - dt.timedelta(days=3)), now=NOW)
    b = briefing.briefing(anna, NOW)
    assert b.conversations == [] and b.conversation_count == 0
    assert b.cards == ["17/12/2026: greeting card (we reached out)"]
    assert "No conversations logged yet." in briefing.to_text(b)


def test_the_command_line_agrees(db_path, capsys):
    open_database(db_path)
    bob = person("Bob", "Card")
    interactions.log(Interaction("greeting card", [bob], dt.datetime.now()),
                     now=dt.datetime.now())
    close_database()
    assert main(["--db", str(db_path), "contacts", "--json"]) == 0
    [got] = json.loads(capsys.readouterr().out)
    temp = got["temperature"]
    assert temp["band"] == "cool" and temp["new"] is True and got["last_contact"] is None
    assert temp["reason"].startswith("new: greeting cards keep it from cold")


def test_going_cold_is_sorted_by_urgency_then_family_name(db):
    def warm_then_cooling(given, family, prefix="", days=340, channel="call"):
        cid = contacts.create(ContactData(prefix=prefix, given_name=given, family_name=family))
        interactions.log(Interaction(channel, [cid], NOW - dt.timedelta(days=days)), now=NOW)
        return cid

    pohl = warm_then_cooling("Niklas", "Pohl", prefix="Dipl.-Ing.")
    adler = warm_then_cooling("Zora", "Adler")
    brandt = warm_then_cooling("Anna", "Brandt")
    # hot until lately, warm now: more to lose, so listed first
    hot = person("Yvonne", "Zeller")
    for days in (45, 40):
        interactions.log(Interaction("call", [hot], NOW - dt.timedelta(days=days)), now=NOW)
    got = today.going_cold(NOW, warmth.load_settings())
    assert [g.contact_id for g in got] == [hot, adler, brandt, pohl]
    assert [g.temperature.band for g in got] == ["warm", "cool", "cool", "cool"]


def test_a_card_is_not_the_first_contact(db):
    anna = person("Anna", "Müller")
    interactions.log(Interaction("greeting card", [anna], NOW - dt.timedelta(days=400)), now=NOW)
    assert contacts.get(anna).first_contact == ""
    interactions.log(Interaction("call", [anna], NOW - dt.timedelta(days=10)), now=NOW)
    assert contacts.get(anna).first_contact == "2026-12-10"
