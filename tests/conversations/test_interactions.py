"""Storing conversations: temperature inputs, search, settings, today, briefing."""
from __future__ import annotations

import datetime as dt

import pytest

from app.contacts import listing
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.conversations import store as interactions
from app.conversations import temperature as t
from app.conversations import today, warmth
from app.conversations.store import Interaction, InteractionProblem
from app.privacy.erase import erase
from app.storage import migrations, purge, schema_steps
from app.storage import search_index as search

NOW = dt.datetime(2026, 3, 10, 15, 0)


def person(given, family, **kw) -> int:
    return contacts.create(ContactData(given_name=given, family_name=family, **kw))


def talk(cid, days_ago=0.0, channel="call", **kw) -> int:
    ids = cid if isinstance(cid, list) else [cid]
    return interactions.log(Interaction(channel, ids, NOW - dt.timedelta(days=days_ago), **kw),
                            now=NOW)


def band(cid, now=NOW):
    return warmth.temperature_of(cid, now).band


@pytest.mark.sqlite_only  # SQLite's migration steps; PostgreSQL starts at the latest
def test_migration_adds_interaction_tables(db):
    step = schema_steps.STEPS.index(schema_steps._v_interactions) + 1
    assert migrations.current_version(db) >= step
    names = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master")}
    assert {"interaction", "interaction_contact", "contact_live_temperature"} <= names


def test_logging_a_call_turns_cold_contact_warm_in_the_list(db):
    anna = person("Anna", "Müller")
    assert band(anna) == "cold"
    talk(anna, notes="wants an offer by Friday")
    row = contacts.list_rows([anna])[anna]
    assert row.last_channel == "call" and row.last_contact_at == "2026-03-10T15:00:00"
    assert t.temperature(warmth.inputs_of(row), NOW).band == "warm"


def test_trash_and_restore_interaction_recompute_temperature(db):
    anna = person("Anna", "Müller")
    first = talk(anna, 10)
    second = talk(anna, 5, "meeting")
    assert band(anna) == "hot"
    interactions.trash([second], now=NOW)
    assert band(anna) == "warm"
    assert [i.id for i in interactions.for_contact(anna)] == [first]
    assert [i.id for i in interactions.for_contact(anna, trashed=True)] == [second]
    interactions.restore([second])
    assert band(anna) == "hot"


def test_update_moves_interaction_between_contacts(db):
    anna, max_ = person("Anna", "Müller"), person("Max", "Weber")
    iid = talk(anna)
    item = interactions.get(iid)
    item.contact_ids = [max_]
    interactions.update(item, now=NOW)
    assert band(anna) == "cold" and band(max_) == "warm"


def test_one_interaction_for_several_contacts(db):
    anna, max_ = person("Anna", "Müller"), person("Max", "Weber")
    iid = talk([anna, max_], channel="meeting", subject="Kick-off")
    assert band(anna) == band(max_) == "warm"
    assert interactions.get(iid).contact_names == ["Anna Müller", "Max Weber"]


def test_timeline_newest_first(db):
    anna = person("Anna", "Müller")
    talk(anna, 30, subject="old")
    talk(anna, 1, subject="new")
    talk(anna, 10, subject="middle")
    assert [i.subject for i in interactions.for_contact(anna)] == ["new", "middle", "old"]


def test_interaction_notes_are_searchable_until_trashed(db):
    anna, max_ = person("Anna", "Müller"), person("Max", "Weber")
    iid = talk(anna, notes="Wants the Großküche offer by Friday")
    assert listing.find_ids("grossküche") == [anna]
    assert listing.find_ids("anna offer") == [anna]
    # editing the contact keeps the conversation text in the index
    c = contacts.get(anna)
    c.job_title = "Buyer"
    contacts.update(c)
    assert listing.find_ids("offer") == [anna]
    interactions.trash([iid], now=NOW)
    assert listing.find_ids("offer") == []
    assert listing.find_ids("weber") == [max_]


def test_validation_messages(db):
    anna = person("Anna", "Müller")
    with pytest.raises(InteractionProblem, match="Unknown channel “fax”"):
        talk(anna, channel="fax")
    with pytest.raises(InteractionProblem, match="in the future"):
        talk(anna, days_ago=-3)
    with pytest.raises(InteractionProblem, match="No contact with id 999"):
        talk([anna, 999])
    assert interactions.count_for(anna) == 0  # nothing half-stored


def test_first_contact_filled_from_first_conversation_unless_typed(db):
    anna = person("Anna", "Müller")
    max_ = person("Max", "Weber", first_contact="2019-05-01")
    talk(anna, 40)
    talk(max_, 40)
    assert contacts.get(anna).first_contact == "2026-01-29"
    assert contacts.get(max_).first_contact == "2019-05-01"


def test_settings_change_recomputes_everyone(db):
    anna = person("Anna", "Müller")
    talk(anna, 300, "meeting")
    assert band(anna) == "warm"
    warmth.save_settings(t.Settings(half_life_days=30))
    assert band(anna) == "cold"
    assert warmth.load_settings().half_life_days == 30
    with pytest.raises(ValueError, match="thresholds must rise"):
        warmth.save_settings(t.Settings(thresholds={"hot": 10, "warm": 50, "cool": 20}))
    assert warmth.load_settings().half_life_days == 30


def test_recompute_all_matches_incremental(db):
    ids = [person(f"P{n}", "X") for n in range(5)]
    for n, cid in enumerate(ids):
        for d in range(n):
            talk(cid, 3 + 40 * d, ["call", "e-mail", "meeting", "note"][d % 4])
    before = {i: r for i, r in contacts.list_rows(ids).items()}
    warmth.recompute_all()
    after = contacts.list_rows(ids)
    for cid in ids:
        assert after[cid].last_contact_at == before[cid].last_contact_at
        assert after[cid].prev_two_way_at == before[cid].prev_two_way_at
        if before[cid].warmth_log is None:
            assert after[cid].warmth_log is None
        else:
            assert after[cid].warmth_log == pytest.approx(before[cid].warmth_log)


def test_pin_and_unpin(db):
    anna = person("Anna", "Müller")
    warmth.pin(anna, "hot")
    got = warmth.temperature_of(anna, NOW)
    assert got.band == "hot" and got.pinned
    warmth.pin(anna, "")
    assert band(anna) == "cold"


def test_customer_floor_from_relationship(db):
    anna = person("Anna", "Müller", relationship="customer")
    assert band(anna) == "cool"


def test_sort_by_warmth_and_filter_by_band(db):
    cold = person("Cold", "A")
    hot = person("Hot", "B")
    warm = person("Warm", "C")
    cool = person("Cool", "D", relationship="customer")
    talk(hot, 3)
    talk(hot, 2, "meeting")
    talk(warm, 5)
    talk(cool, 800)  # long ago: cold by the rules, cool as a customer
    order = listing.ordered_ids("warmth")
    assert order.index(cold) < order.index(cool) < order.index(warm) < order.index(hot)
    assert listing.ordered_ids("warmth", descending=True)[0] == hot
    assert warmth.ids_in_bands(["warm", "hot"], NOW) == {warm, hot}
    assert warmth.ids_in_bands(["cool"], NOW) == {cool}
    # never talked to: shown "new", and found by that filter, not by "cold"
    assert warmth.ids_in_bands(["new"], NOW) == {cold}
    assert warmth.ids_in_bands(["cold"], NOW) == set()


def test_reason_counts_conversations_this_year(db):
    anna = person("Anna", "Müller")
    talk(anna, 23)
    talk(anna, 40, "e-mail")
    talk(anna, 60, "note")
    talk(anna, 100, "meeting")  # last year
    assert warmth.temperature_of(anna, NOW).reason == \
        "warm: call 23 days ago, 2 conversations this year"


def test_cadence_own_and_per_tag(db):
    own = person("Own", "A", cadence_days=30)
    tagged = person("Tag", "B", tags=["Key account"])
    plain = person("Plain", "C")
    warmth.set_tag_cadence("key account", 90)
    assert warmth.cadences() == {own: 30, tagged: 90}
    assert plain not in warmth.cadences([plain])


def test_today_follow_ups_going_cold_birthdays(db):
    anna = person("Anna", "Müller", birthday="1980-03-15")
    max_ = person("Max", "Weber", birthday="--03-24")
    eva = person("Eva", "Roth", birthday="1990-03-25", cadence_days=60)
    talk(anna, 5, follow_up=dt.date(2026, 3, 10), subject="Send offer")
    talk(anna, 20, follow_up=dt.date(2026, 3, 2), subject="Call back")
    talk(anna, 20, follow_up=dt.date(2026, 3, 12), subject="Later")
    done = talk(anna, 20, follow_up=dt.date(2026, 3, 1), subject="Done")
    interactions.set_follow_up(done, done=True)
    talk(max_, 365, "meeting")  # warm a year ago, cool now
    talk(eva, 61, "e-mail")  # warm but past its 60-day cadence
    data = today.today(NOW)
    assert [f.subject for f in data.follow_ups] == ["Call back", "Send offer"]
    assert data.follow_ups[0].days_overdue == 8
    cold = {g.contact_id: g.why for g in data.going_cold}
    assert cold[max_] == "was warm 30 days ago, now cool"
    assert cold[eva].startswith("overdue: keep in touch every 60 days, last contact 2 months ago")
    assert anna not in cold
    assert [(b.name, b.age) for b in data.birthdays] == [
        ("Anna Müller", 46), ("Max Weber", None)]
    assert data.to_json()["birthdays"][1]["date"] == "2026-03-24"


def test_birthday_across_new_year_and_29_february(db):
    a = person("Leap", "Day", birthday="1992-02-29")
    b = person("New", "Year", birthday="--01-02")
    got = today.birthdays(dt.date(2027, 2, 20))
    assert [(x.contact_id, x.date) for x in got] == [(a, dt.date(2027, 2, 28))]
    got = today.birthdays(dt.date(2026, 12, 25))
    assert [(x.contact_id, x.date) for x in got] == [(b, dt.date(2027, 1, 2))]


def test_follow_up_moved_and_done(db):
    anna = person("Anna", "Müller")
    iid = talk(anna, 5, follow_up=dt.date(2026, 3, 9))
    interactions.set_follow_up(iid, due=dt.date(2026, 3, 20))
    assert today.follow_ups_due(NOW.date()) == []
    assert interactions.open_follow_ups(anna)[0].follow_up == dt.date(2026, 3, 20)
    interactions.set_follow_up(iid, done=True)
    assert interactions.open_follow_ups(anna) == []


def test_search_text_covers_subject_and_outcome(db):
    anna = person("Anna", "Müller")
    talk(anna, subject="Maschinenpark", outcome="Angebot angefragt")
    assert search.matching_ids("maschinenpark angebot") == {anna}


def test_briefing_shows_greeting_card_history_and_last_five(db):
    from app.cards import recipients
    from app.cards import runs as cards
    from app.conversations import briefing

    anna = person("Anna", "Müller")
    for n in range(7):
        talk(anna, n + 1, subject=f"Topic {n}")
    run = cards.create_run(2025, "Christmas")
    recipients.add_recipients(run, [anna])
    recipients.mark(run, [anna], "sent", now=NOW)
    recipients.mark_received(run, [anna], now=NOW)
    later = cards.create_run(2026, "Easter")
    recipients.mark_received(later, [anna], now=NOW)
    b = briefing.briefing(anna, NOW)
    assert b.cards == ["Easter 2026: none from us; theirs received",
                       "Christmas 2025: ours sent; theirs received"]
    # marking our card sent and theirs received logged touches, not conversations:
    # the last five conversations are the calls
    assert [i.subject for i in b.conversations] == [f"Topic {n}" for n in range(5)]
    assert b.conversation_count == 7
    assert "Greeting cards:" in briefing.to_text(b)


def test_erasing_or_emptying_trash_removes_conversations_nobody_is_left_in(db):
    anna, max_ = person("Anna", "Müller"), person("Max", "Weber")
    alone = talk(anna, 3, notes="private matter")
    shared = talk([anna, max_], 2, "meeting")
    erase(anna)
    assert [i.id for i in interactions.for_contact(max_)] == [shared]
    assert database_count("interaction") == 1
    with pytest.raises(InteractionProblem):
        interactions.get(alone)
    contacts.trash([max_])
    purge.empty_trash()
    assert database_count("interaction") == 0


def database_count(table: str) -> int:
    from app.storage.connection import database
    return database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_short_words_do_not_search_conversations(db):
    anna = person("Anna", "Müller")
    ofelia = person("Ofelia", "Schmidt")
    talk(anna, notes="offer by Friday")
    assert search.matching_ids("of") == {ofelia}
    assert search.matching_ids("off") == {anna}
    assert search.matching_ids("anna off") == {anna}
    assert search.matching_ids("ofelia off") == set()


@pytest.mark.sqlite_only  # SQLite's migration steps; PostgreSQL starts at the latest
def test_migration_moves_conversation_text_out_of_contact_notes(db_path):
    from app.storage.connection import close_database, database, open_database

    open_database(db_path, migrate=False)
    before = schema_steps.STEPS.index(schema_steps._v_talk_search)
    migrations.migrate(database.obj, db_path, target=before)
    database.execute_sql(
        "INSERT INTO contact(id, given_name, notes, uid, created_at, updated_at) "
        "VALUES (1, 'Anna', 'Mag Straße', 'u1', '2026-01-01', '2026-01-01')")
    database.execute_sql(
        "INSERT INTO interaction(id, channel, happened_at, subject, notes, created_at, "
        "updated_at) VALUES (1, 'call', '2026-03-01T10:00:00', 'Offer', 'Rahmenvertrag', "
        "'x', 'x')")
    database.execute_sql("INSERT INTO interaction_contact VALUES (1, 1)")
    database.execute_sql("INSERT INTO contact_fts(rowid, name, notes) "
                         "VALUES (1, 'Anna', 'Mag Strasse Offer Rahmenvertrag')")
    migrations.migrate(database.obj, db_path)
    assert search.matching_ids("rahmen") == {1}
    assert search.matching_ids("strasse") == {1}
    notes = database.execute_sql(
        "SELECT notes FROM contact_fts WHERE rowid & 1073741823 = 1").fetchone()[0]
    assert notes == "Mag Strasse"
    close_database()
