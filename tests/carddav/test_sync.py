"""Two-way sync against a real Radicale: what a user with a phone would notice."""
from __future__ import annotations

import base64

import pytest

from app.carddav import engine
from app.carddav import store as sync_store
from app.carddav.cards import parse_card
from app.contacts import order_store as orders
from app.contacts import saving
from app.contacts import store as contacts
from app.contacts.model import ContactData, Email, Phone
from app.storage import purge
from tests.carddav.conftest import PASSWORD

#: What a user with a phone notices must hold on an office's server database too.
pytestmark = pytest.mark.both_engines


def card(uid: str, given: str, family: str, *extra: str, email: str = "") -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", f"FN:{given} {family}",
             f"N:{family};{given};;;"]
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{email}")
    lines += list(extra) + ["END:VCARD"]
    return "\r\n".join(lines) + "\r\n"


def account_for(user) -> sync_store.Account:
    return sync_store.add_account(user.name, user.server.url, user.name,
                                  [(user.book_url(), "Contacts")])


def run(account, prefer=None) -> engine.SyncResult:
    result = engine.sync_account(account, PASSWORD, prefer)
    assert result.errors == []
    return result


def live() -> list[ContactData]:
    ids = orders.ids_in_order()
    return contacts.get_many(ids)


def by_name(given: str) -> ContactData:
    return next(c for c in live() if c.given_name == given)


def server_card(user, given: str) -> tuple[str, ContactData]:
    for name in user.names():
        text = user.get(name)
        c = parse_card(text, name)
        if c.given_name == given:
            return name, c
    raise AssertionError(f"{given} is not on the server")


def test_first_sync_goes_both_ways_and_a_second_changes_nothing(db, server_user):
    server_user.put("anna.vcf", card("anna-1", "Anna", "Berg", email="anna@example.org"))
    contacts.create(ContactData(given_name="Ben", family_name="Kurz",
                                phones=[Phone("+49 30 1234567", "mobile")],
                                origin="trade fair", relationship="customer"))
    account = account_for(server_user)
    first = run(account)
    assert (first.received, first.sent) == (1, 1)
    assert sorted(c.given_name for c in live()) == ["Anna", "Ben"]
    name, ben = server_card(server_user, "Ben")
    assert ben.phones[0].number == "+49 30 1234567"
    text = server_user.get(name)
    assert "trade fair" not in text and "customer" not in text  # Hearth-only stays here
    again = run(account)
    assert (again.received, again.sent, again.deleted, again.conflicts) == (0, 0, 0, 0)
    assert len(server_user.names()) == 2 and len(live()) == 2


def test_an_earlier_import_is_matched_not_duplicated(db, server_user):
    server_user.put("c.vcf", card("server-uid", "Carla", "Dorn", email="carla@example.org"))
    contacts.create(ContactData(given_name="Carla", family_name="Dorn", uid="other",
                                emails=[Email("Carla@example.org")]))
    run(account_for(server_user))
    assert [c.given_name for c in live()] == ["Carla"]
    assert server_user.names() == ["c.vcf"]


def test_edits_on_each_side_arrive_on_the_other(db, server_user):
    server_user.put("a.vcf", card("a", "Anna", "Berg"))
    server_user.put("b.vcf", card("b", "Bert", "Marx"))
    account = account_for(server_user)
    run(account)
    server_user.put("a.vcf", card("a", "Anna", "Berg-Schmidt"))
    bert = by_name("Bert")
    bert.job_title = "Buyer"
    contacts.update(bert)
    result = run(account)
    assert (result.received, result.sent) == (1, 1)
    assert by_name("Anna").family_name == "Berg-Schmidt"
    assert server_card(server_user, "Bert")[1].job_title == "Buyer"


def test_both_sides_edited_different_fields_are_merged(db, server_user):
    server_user.put("a.vcf", card("a", "Anna", "Berg"))
    account = account_for(server_user)
    run(account)
    server_user.put("a.vcf", card("a", "Anna", "Berg", "TITLE:Head of sales"))
    anna = by_name("Anna")
    anna.phones = [Phone("+49 89 555000", "work")]
    contacts.update(anna)
    result = run(account)
    assert result.conflicts == 0
    here, there = by_name("Anna"), server_card(server_user, "Anna")[1]
    for c in (here, there):
        assert c.job_title == "Head of sales"
        assert [p.number for p in c.phones] == ["+49 89 555000"]


def test_the_same_field_edited_on_both_sides_waits_for_a_choice(db, server_user):
    server_user.put("a.vcf", card("a", "Anna", "Berg"))
    account = account_for(server_user)
    run(account)
    server_user.put("a.vcf", card("a", "Anna", "Berg", "TITLE:Server title"))
    anna = by_name("Anna")
    anna.job_title = "Hearth title"
    contacts.update(anna)
    result = run(account)
    assert result.conflicts == 1
    assert by_name("Anna").job_title == "Hearth title"
    assert server_card(server_user, "Anna")[1].job_title == "Server title"
    assert len(sync_store.conflicts()) == 1
    assert run(account).conflicts == 0  # nothing is overwritten while it waits
    settled = run(account, prefer=engine.SERVER)
    assert settled.conflicts == 0
    assert by_name("Anna").job_title == "Server title"
    assert sync_store.conflicts() == []


def test_deletions_go_both_ways(db, server_user):
    for uid, given in (("a", "Anna"), ("b", "Bert"), ("c", "Cleo")):
        server_user.put(f"{uid}.vcf", card(uid, given, "X"))
    account = account_for(server_user)
    run(account)
    server_user.delete("a.vcf")
    contacts.trash([by_name("Bert").id])
    cleo = by_name("Cleo").id
    contacts.trash([cleo])
    purge.empty_trash()  # Bert and Cleo gone for good: tombstones
    result = run(account)
    assert result.deleted_here == 1 and result.deleted_there == 2
    assert server_user.names() == []
    assert live() == [] and contacts.count(trashed=True) == 1  # Anna in the trash
    assert run(account).deleted == 0


def test_photo_x_properties_and_groups_survive_an_edit_in_hearth(db, server_user):
    photo = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 40).decode()
    server_user.put("p.vcf", card(
        "p", "Pia", "Lang", f"PHOTO;ENCODING=b;TYPE=PNG:{photo}", "X-PHONETIC-FIRST-NAME:Pia",
        "item1.X-ABRELATEDNAMES:Max", "item1.X-ABLabel:_$!<Spouse>!$_",
        "X-SOMETHING-NEW;FOO=bar:kept verbatim"))
    account = account_for(server_user)
    run(account)
    pia = by_name("Pia")
    pia.notes = "Met at the fair"
    contacts.update(pia)
    assert run(account).sent == 1
    text = server_user.get("p.vcf")
    for line in ("X-PHONETIC-FIRST-NAME:Pia", "item1.X-ABRELATEDNAMES:Max",
                 "X-SOMETHING-NEW;FOO=bar:kept verbatim", "NOTE:Met at the fair"):
        assert line in text
    assert parse_card(text, "p.vcf").photo == base64.b64decode(photo)


def test_a_server_rewriting_prodid_and_rev_causes_no_upload(db, server_user):
    server_user.put("a.vcf", card("a", "Anna", "Berg"))
    account = account_for(server_user)
    run(account)
    server_user.put("a.vcf", card("a", "Anna", "Berg", "PRODID:-//Other//EN",
                                  "REV:20300101T000000Z"))
    result = run(account)
    assert (result.received, result.sent) == (0, 0)


def test_a_stale_sync_token_falls_back_to_listing(db, server_user):
    server_user.put("a.vcf", card("a", "Anna", "Berg"))
    account = account_for(server_user)
    run(account)
    book = sync_store.books(account.id)[0]
    sync_store.set_token(book.id, "http://radicale.org/ns/sync/" + "0" * 64)
    server_user.put("b.vcf", card("b", "Bert", "Marx"))
    result = run(account)
    assert result.received == 1 and len(live()) == 2
    assert sync_store.books(account.id)[0].sync_token.startswith("http")


def test_editing_through_the_save_path_is_sent(db, server_user):
    server_user.put("a.vcf", card("a", "Anna", "Berg"))
    account = account_for(server_user)
    run(account)
    anna = by_name("Anna")
    edited = ContactData(**{**anna.__dict__, "nickname": "Annie"})
    saving.save(edited, anna)
    assert run(account).sent == 1
    assert "NICKNAME:Annie" in server_user.get("a.vcf")


def test_a_conflict_chosen_in_the_window_is_sent_at_the_next_sync(db, server_user):
    from app.carddav import conflicts
    from app.contacts.three_way import MINE

    server_user.put("a.vcf", card("a", "Anna", "Berg"))
    account = account_for(server_user)
    run(account)
    server_user.put("a.vcf", card("a", "Anna", "Berg", "TITLE:Server title"))
    anna = by_name("Anna")
    anna.job_title = "Hearth title"
    contacts.update(anna)
    run(account)
    [waiting] = conflicts.pending()
    assert [c.field for c in waiting.merge.conflicts] == ["job_title"]
    conflicts.resolve(waiting.book_id, waiting.href, waiting.merge.resolved({"job_title": MINE}))
    assert run(account).sent == 1
    assert server_card(server_user, "Anna")[1].job_title == "Hearth title"
    assert conflicts.pending() == []


def test_a_privacy_erasure_deletes_the_card_and_keeps_nothing_of_it(db, server_user):
    from app.carddav import tombstones
    from app.privacy.erase import erase
    from app.storage.connection import database

    server_user.put("e.vcf", card("e", "Erika", "Mustermann", "NOTE:private"))
    server_user.put("f.vcf", card("f", "Fritz", "Muster"))
    account = account_for(server_user)
    run(account)
    erika, fritz = by_name("Erika").id, by_name("Fritz").id
    erase(erika)  # the privacy erasure; the trigger leaves a tombstone
    tombstones.record_deleted([fritz])  # what a deletion path may call itself
    erase(fritz)
    rows = database.execute_sql("SELECT contact_id, card, hash FROM sync_item").fetchall()
    assert rows and all(r == (None, "", "") for r in rows)
    assert run(account).deleted_there == 2
    assert server_user.names() == []
    assert database.execute_sql("SELECT count(*) FROM sync_item").fetchone()[0] == 0
