"""Demo data: repeatable, and realistic in the ways the app relies on."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from app.contacts import listing, phones
from app.contacts import store as contacts
from app.contacts.model import ORGANISATION, ORIGINS, PERSON, RELATIONSHIPS
from app.demo import contacts as demo

DAY = dt.date(2026, 5, 1)


@pytest.fixture(scope="module")
def sample():
    return list(demo.generate(3000, 11, today=DAY))


def test_the_same_seed_gives_the_same_contacts():
    assert list(demo.generate(300, 5, today=DAY)) == list(demo.generate(300, 5, today=DAY))
    assert list(demo.generate(300, 5, today=DAY)) != list(demo.generate(300, 6, today=DAY))
    # The first contacts do not depend on how many are asked for.
    assert list(demo.generate(10, 5, today=DAY)) == list(demo.generate(300, 5, today=DAY))[:10]


def test_the_global_random_state_is_left_alone():
    import random

    random.seed(99)
    expected = random.random()
    random.seed(99)
    list(demo.generate(50, 1, today=DAY))
    assert random.random() == expected


def test_a_negative_count_is_refused():
    with pytest.raises(ValueError):
        list(demo.generate(-1, 1))


def test_mix_of_people_organisations_and_countries(sample):
    kinds = Counter(c.kind for c in sample)
    assert 0.06 < kinds[ORGANISATION] / len(sample) < 0.14
    assert kinds[PERSON] + kinds[ORGANISATION] == len(sample)
    countries = Counter(a.country for c in sample for a in c.addresses)
    assert set(countries) == {"DE", "AT", "CH", "GB", "US"}
    assert countries.most_common(1)[0][0] == "DE"
    assert 0.24 < sum(c.yearly_card for c in sample) / len(sample) < 0.36


def test_names_carry_umlauts_sharp_s_and_other_letters(sample):
    names = " ".join(f"{c.given_name} {c.family_name} {c.organisation}" for c in sample)
    for letter in "äöüßÄÖÜëéÅşł":
        assert letter in names, letter
    people = [c for c in sample if c.kind == PERSON]
    assert all(c.given_name and c.family_name for c in people)
    assert all(c.organisation and not c.given_name for c in sample if c.kind == ORGANISATION)


POSTAL = {"DE": r"\d{5}", "AT": r"\d{4}", "CH": r"\d{4}", "US": r"\d{5}",
          "GB": r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}"}


def test_addresses_look_right_for_their_country(sample):
    for c in sample:
        for a in c.addresses:
            assert re.fullmatch(POSTAL[a.country], a.postal_code), (a.country, a.postal_code)
            assert a.street and a.city
            assert bool(a.region) == (a.country == "US"), a
    cities = {(a.country, a.city) for c in sample for a in c.addresses}
    assert {("DE", "München"), ("AT", "Wien"), ("CH", "Zürich"), ("GB", "London"),
            ("US", "New York")} <= cities
    swiss_streets = {a.street for c in sample for a in c.addresses if a.country == "CH"}
    assert not any("ß" in s for s in swiss_streets)  # the Swiss write ss


def test_phones_are_real_numbers_of_the_contacts_country(sample):
    forms = Counter()
    for c in sample:
        region = phones.region_for((a.country for a in c.addresses), "DE")
        for p in c.phones:
            info = phones.parse(p.number, region)
            if re.fullmatch(r"(07700 |\+44 7700 )900\d{3}", p.number):
                continue  # Ofcom's fictional mobile range, which phonenumbers calls invalid
            assert info.valid, (p.number, region)
            if c.addresses:
                home = {a.country for a in c.addresses}
                assert phonenumbers_region(info) in home | {"DE"}, (p.number, home)
            forms[p.number[0] == "+"] += 1
    # Both ways of writing appear: national ("030 1234567") and international.
    assert forms[True] > 300 and forms[False] > 300
    numbers = {p.number for c in sample for p in c.phones}
    assert any(re.fullmatch(r"\(\d{3}\) 555-01\d\d", n) for n in numbers)
    assert any(re.fullmatch(r"01[567]\d \d{7,8}", n) for n in numbers)
    assert any(re.fullmatch(r"\+44 20 7946 0\d{3}", n) for n in numbers)
    labels = Counter(p.label for c in sample for p in c.phones)
    assert {"mobile", "work", "home", "fax"} <= set(labels)


def phonenumbers_region(info) -> str:
    import phonenumbers

    return phonenumbers.region_code_for_number(info.parsed)


def test_emails_are_ascii_and_made_from_the_names(sample):
    for c in sample:
        for e in c.emails:
            assert re.fullmatch(r"[a-z0-9.-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e.address), e.address
    people_at_work = [c for c in sample if c.kind == PERSON and c.emails
                      and c.emails[0].label == "work"]
    from_name = [c for c in people_at_work
                 if demo.slug(c.family_name) in c.emails[0].address]
    assert len(from_name) > 0.8 * len(people_at_work)
    assert demo.slug("Jürgen Weiß") == "juergen-weiss"
    assert demo.slug("Zoë O'Brien") == "zoe-obrien"
    assert demo.slug("Łukasz Søndergaard") == "lukasz-sondergaard"


def test_companies_have_legal_forms_departments_titles_and_sites(sample):
    orgs = [c for c in sample if c.kind == ORGANISATION]
    forms = Counter(c.organisation.split()[-1] for c in orgs)
    assert {"GmbH", "AG", "KG", "Ltd", "Inc."} <= set(forms)
    assert all(c.urls and c.urls[0].url.startswith("https://www.") for c in orgs)
    staff = [c for c in sample if c.kind == PERSON and c.organisation]
    assert len(staff) > 0.4 * len(sample)
    assert sum(bool(c.department) for c in staff) > 0.5 * len(staff)
    titles = {c.job_title for c in staff}
    assert {"Geschäftsführerin", "Geschäftsführer", "Managing Director"} <= titles
    # Several people work at the same company, at its address.
    by_company = Counter(c.organisation for c in staff)
    assert by_company.most_common(1)[0][1] >= 3


def test_families_share_a_postal_address(sample):
    homes = Counter((c.family_name, a.street, a.postal_code, a.city)
                    for c in sample if c.kind == PERSON
                    for a in c.addresses if a.label == "home")
    families = [k for k, n in homes.items() if n >= 2]
    assert len(families) > 50
    members = [c for c in sample if c.kind == PERSON and any(
        (c.family_name, a.street, a.postal_code, a.city) in set(families) for a in c.addresses)]
    # A household gets one card: its members agree on the yearly-card flag.
    by_home = {}
    for c in members:
        home = next(a for a in c.addresses if a.label == "home")
        by_home.setdefault((c.family_name, home.street, home.city), set()).add(c.yearly_card)
    assert sum(len(flags) == 1 for flags in by_home.values()) > 0.8 * len(by_home)


def test_dates_tags_and_the_other_fields(sample):
    birthdays = [c.birthday for c in sample if c.birthday]
    assert 0.2 * len(sample) < len(birthdays) < 0.5 * len(sample)
    yearless = [b for b in birthdays if b.startswith("--")]
    assert 0.15 * len(birthdays) < len(yearless) < 0.45 * len(birthdays)
    for b in birthdays:
        dt.date.fromisoformat(b.replace("--", "2000-") if b.startswith("--") else b)
    tags = Counter(t for c in sample for t in c.tags)
    assert {"Kunde", "Lieferant", "Messe 2025", "VIP", "Newsletter"} <= set(tags)
    assert all(len(c.tags) == len(set(c.tags)) for c in sample)
    assert {c.relationship for c in sample} <= set(RELATIONSHIPS)
    assert {c.origin for c in sample} <= set(ORIGINS)
    assert {c.gender for c in sample} == {"f", "m", ""}
    assert {c.gender for c in sample if c.kind == ORGANISATION} == {""}
    assert {c.language for c in sample} == {"de", "en", "fr", "it"}
    assert {True, False} == {c.formal for c in sample}
    assert sum(bool(c.notes) for c in sample) > 0.2 * len(sample)
    for c in sample:
        assert c.uid == "" and c.id is None
        assert c.created_at <= c.updated_at <= f"{DAY}T12:00:00+00:00"


def test_fill_stores_contacts_in_one_transaction_with_progress(db):
    seen = []
    assert demo.fill(450, 3, lambda done, total: seen.append((done, total)), today=DAY) == 450
    assert contacts.count() == 450
    assert seen[-1] == (450, 450) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    stored = contacts.get_many(listing.ordered_ids()[:50])
    expected = {(c.given_name, c.family_name, c.organisation)
                for c in demo.generate(450, 3, today=DAY)}
    assert {(c.given_name, c.family_name, c.organisation) for c in stored} <= expected


def test_a_failing_fill_stores_nothing(db, monkeypatch):
    monkeypatch.setattr(demo, "BATCH", 100)
    from app.demo import bulk_store

    calls = []
    real = bulk_store.insert

    def failing(rows):
        calls.append(len(rows.contacts))
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real(rows)

    monkeypatch.setattr(bulk_store, "insert", failing)
    with pytest.raises(RuntimeError):
        demo.fill(500, 1, today=DAY)
    assert calls == [100, 100, 100]
    assert contacts.count() == 0


def test_demo_contacts_are_found_by_search(db):
    demo.fill(300, 4, today=DAY)
    people = [c for c in contacts.get_many(listing.ordered_ids()) if c.phones]
    for c in people[:20]:
        assert c.id in listing.find_ids(c.phones[0].number), c.phones[0].number
        assert c.id in listing.find_ids(f"{c.display_name()}")


def test_referrals_point_at_earlier_demo_contacts(db, monkeypatch):
    monkeypatch.setattr(demo, "BATCH", 100)
    demo.fill(800, 2, today=DAY)
    rows = db.execute_sql("SELECT id, origin, referred_by_id FROM contact").fetchall()
    linked = [(cid, ref) for cid, origin, ref in rows if ref is not None]
    assert len(linked) > 20
    assert all(ref < cid for cid, ref in linked)
    assert {origin for _, origin, ref in rows if ref is not None} == {"referral"}
    assert db.execute_sql("SELECT count(*) FROM contact c JOIN contact r "
                          "ON r.id = c.referred_by_id").fetchone()[0] == len(linked)
