"""Demo data: realistic, repeatable contacts to try Hearth out and to measure it.

Names and phrases come from ``resources/demo/world.json``, places and phone
numbers from :mod:`app.demo.places`; this module combines them into people
and organisations in Germany, Austria, Switzerland, Britain and the US, with
e-mail addresses made from the names, companies with departments and job
titles, and families sharing one postal address (the greeting-card run
makes them one household). :func:`fill` stores them in the open database.

All randomness comes from one ``random.Random(seed)``: the same seed and
reference day give the same contacts. UIDs are left empty, so storing
assigns fresh ones and the same seed can be loaded twice.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice

from app.contacts.model import ORGANISATION, ContactData, Email, Phone, Url
from app.core.textfold import fold, german_transliteration
from app.demo.places import Place, PlaceGenerator, world_data

#: Contacts made, sent and stored together (app.demo.rows); all batches share
#: one transaction.
BATCH = 2000
ORGANISATION_SHARE = 0.10
YEARLY_CARD_SHARE = 0.30
#: Persons who move in with an earlier person of the same family name.
FAMILY_SHARE = 0.12
EMPLOYED_SHARE = 0.60
_MAX_COMPANIES = 2000
_MAX_HOUSEHOLDS = 400

_RELATIONSHIPS_AT_WORK = (("customer", 40), ("prospect", 22), ("partner", 10),
                          ("supplier", 18), ("", 10))
_RELATIONSHIPS_PRIVATE = (("private", 70), ("customer", 15), ("", 15))
_RELATIONSHIPS_ORGANISATION = (("customer", 40), ("supplier", 25), ("partner", 15),
                               ("prospect", 20))
_ORIGINS = (("", 25), ("trade fair", 20), ("referral", 15), ("mailing", 8), ("website", 15),
            ("event", 8), ("cold list", 7), ("other", 2))
_CADENCES = (30, 90, 180, 365)
_SLUG_EXTRA = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "đ": "d",
                             "ð": "d", "þ": "th"})
_NOT_SLUG = re.compile(r"[^a-z0-9-]+")


@lru_cache(maxsize=8192)  # names come from short lists: each is folded once
def slug(text: str) -> str:
    """"Jürgen Weiß" -> "juergen-weiss": a name as it appears in an e-mail address."""
    folded = fold(german_transliteration(text)).translate(_SLUG_EXTRA)
    folded = folded.replace(" ", "-").replace("'", "")
    return _NOT_SLUG.sub("", folded).strip("-")


@dataclass(frozen=True)
class _Company:
    name: str
    domain: str
    place: Place
    phone: str
    vocabulary: str  # "de" or "en"


@dataclass(frozen=True)
class _Household:
    family_name: str
    place: Place
    phone: str
    yearly_card: bool
    relationship: str


class _Generator(PlaceGenerator):
    def __init__(self, seed: int, today: dt.date):
        super().__init__(seed)
        self.noon = calendar.timegm(today.timetuple()) + 12 * 3600  # UTC seconds
        world = world_data()
        self.vocab = world["company"]
        self.tags, weights = zip(*world["tags"])
        self.tag_cumulative = list(accumulate(weights))  # random.choices' own, made once
        self.notes = world["notes"]
        self.fairs = world["fairs"]
        self.products = world["products"]
        self.companies: list[_Company] = []
        self.households: list[_Household] = []

    # --- companies, people, families -------------------------------------------------

    def new_company(self, country: str | None = None) -> _Company:
        r = self.rnd
        country = country or self.country()
        data = self.countries[country]
        vocabulary = "de" if data["language"] == "de" else "en"
        vocab = self.vocab[vocabulary]
        form = r.choice(data["company_forms"])
        family = r.choice(data["family"])
        branch = r.choice(vocab["branches"])
        style = r.random()
        if style < 0.45:
            core, name = family, f"{family} {branch} {form}"
        elif style < 0.65:
            other = r.choice(data["family"])
            core, name = f"{family} {other}", f"{family} & {other} {form}"
        elif style < 0.9 or vocabulary == "en":
            core = r.choice(vocab["fancy"])
            name = f"{core} {branch} {form}"
        else:
            core, name = family, f"{branch} {family} {form}"
        if r.random() < 0.5:
            domain = f"{slug(core)}-{slug(branch)}.{data['tld']}"
        else:
            domain = f"{slug(core)}.{data['tld']}"
        place = self.place(country)
        company = _Company(name, domain, place, self.landline(place), vocabulary)
        if len(self.companies) < _MAX_COMPANIES:
            self.companies.append(company)
        else:
            self.companies[r.randrange(_MAX_COMPANIES)] = company
        return company

    def employer(self) -> _Company:
        # About four people per company, once a few companies exist.
        if len(self.companies) >= 50 and self.rnd.random() < 0.75:
            return self.rnd.choice(self.companies)
        return self.new_company()

    def contact(self) -> ContactData:
        r = self.rnd
        if r.random() < ORGANISATION_SHARE:
            c = self.organisation()
        elif self.households and r.random() < FAMILY_SHARE:
            c = self.family_member(r.choice(self.households))
        else:
            c = self.person()
        self.stamp(c)
        return c

    def organisation(self) -> ContactData:
        r = self.rnd
        co = self.new_company()
        mailbox = r.choice(self.vocab[co.vocabulary]["mailboxes"])
        c = ContactData(kind=ORGANISATION, organisation=co.name,
                        phones=[Phone(co.phone, "work")],
                        emails=[Email(f"{mailbox}@{co.domain}", "work")],
                        addresses=[co.place.address("work")],
                        urls=[Url(f"https://www.{co.domain}", "work")],
                        relationship=self.pick(_RELATIONSHIPS_ORGANISATION),
                        language=co.place.language, formal=True)
        if r.random() < 0.15:
            c.department = r.choice(self.vocab[co.vocabulary]["org_departments"])
        if r.random() < 0.3:
            c.phones.append(Phone(self.landline(co.place), "fax"))
        self.common(c, co.place.country, co.place.language)
        return c

    def person(self) -> ContactData:
        r = self.rnd
        company = self.employer() if r.random() < EMPLOYED_SHARE else None
        country = company.place.country if company else self.country()
        data = self.countries[country]
        sex = r.choice("fm")
        c = ContactData(given_name=r.choice(data["given_" + sex]),
                        family_name=r.choice(data["family"]),
                        gender="" if r.random() < 0.02 else sex)
        self.name_extras(c, data, sex)
        home = None
        if company:
            c.organisation = company.name
            c.relationship = self.pick(_RELATIONSHIPS_AT_WORK)
            vocab = self.vocab[company.vocabulary]
            if r.random() < 0.7:
                c.department = r.choice(vocab["departments"])
            if r.random() < 0.85:
                c.job_title = r.choice(vocab["titles"])[0 if sex == "m" else 1]
            c.addresses.append(company.place.address("work"))
            if r.random() < 0.8:
                c.phones.append(Phone(self.landline(company.place), "work"))
            if r.random() < 0.85:
                c.emails.append(Email(self.work_email(c, company.domain), "work"))
            if r.random() < 0.3:
                c.urls.append(Url(f"https://www.{company.domain}", "work"))
            if r.random() < 0.25:
                home = self.home_place(country, company.place)
        else:
            c.relationship = self.pick(_RELATIONSHIPS_PRIVATE)
            if r.random() < 0.95:
                home = self.home_place(country)
        language = home.language if home else (company.place.language if company
                                               else data["language"])
        if r.random() < 0.7:
            c.phones.insert(0 if not company else len(c.phones),
                            Phone(self.mobile(country, home or (company and company.place)),
                                  "mobile"))
        home_phone = ""
        if home:
            c.addresses.append(home.address("home"))
            if r.random() < 0.35:
                home_phone = self.landline(home)
                c.phones.append(Phone(home_phone, "home"))
        if r.random() < (0.2 if company else 0.85):
            c.emails.append(Email(self.private_email(c, data), "home"))
        if r.random() < 0.03:
            c.urls.append(Url(f"https://{slug(c.given_name)}-{slug(c.family_name)}."
                              f"{data['tld']}", "home"))
        self.person_extras(c, language, country)
        self.common(c, country, language)
        if home and r.random() < 0.5:
            self.remember_household(_Household(c.family_name, home, home_phone,
                                               c.yearly_card, c.relationship))
        return c

    def family_member(self, h: _Household) -> ContactData:
        """Someone living with an earlier contact: same family name, same address."""
        r = self.rnd
        country = h.place.country
        data = self.countries[country]
        sex = r.choice("fm")
        c = ContactData(given_name=r.choice(data["given_" + sex]), family_name=h.family_name,
                        gender=sex, relationship=h.relationship or "private",
                        addresses=[h.place.address("home")])
        self.name_extras(c, data, sex)
        if h.phone and r.random() < 0.7:
            c.phones.append(Phone(h.phone, "home"))
        if r.random() < 0.6:
            c.phones.insert(0, Phone(self.mobile(country, h.place), "mobile"))
        if r.random() < 0.6:
            c.emails.append(Email(self.private_email(c, data), "home"))
        self.person_extras(c, h.place.language, country)
        self.common(c, country, h.place.language)
        # The card goes to the household: both on the list, or neither.
        c.yearly_card = h.yearly_card
        return c

    def remember_household(self, h: _Household) -> None:
        if len(self.households) < _MAX_HOUSEHOLDS:
            self.households.append(h)
        else:
            self.households[self.rnd.randrange(_MAX_HOUSEHOLDS)] = h

    def name_extras(self, c: ContactData, data: dict, sex: str) -> None:
        r = self.rnd
        if r.random() < 0.07:
            c.prefix = r.choice(data["prefixes"])
        if r.random() < 0.06:
            if data["language"] == "en" and r.random() < 0.6:
                c.additional_names = r.choice("ABCDEFGHJKLMNPRSTW") + "."
            else:
                other = r.choice(data["given_" + sex])
                if other != c.given_name:
                    c.additional_names = other
        if "suffixes" in data and r.random() < 0.02:
            c.suffix = r.choice(data["suffixes"])
        if r.random() < 0.02:
            c.nickname = c.given_name.split("-")[0][:4].rstrip("aeiouy") + "i"

    def work_email(self, c: ContactData, domain: str) -> str:
        g, f = slug(c.given_name), slug(c.family_name)
        local = self.weighted((f"{g}.{f}", f"{g[:1]}.{f}", f, g, f"{g[:1]}{f}"),
                              (55, 20, 10, 5, 10))
        return f"{local}@{domain}"

    def private_email(self, c: ContactData, data: dict) -> str:
        r = self.rnd
        g, f = slug(c.given_name), slug(c.family_name)
        local = r.choice((f"{g}.{f}", f"{g}{f}{r.randint(60, 99)}",
                          f"{g[:1]}.{f}{r.randint(1, 99)}", f"{g}-{f}", f"{f}.{g}"))
        return f"{local}@{r.choice(data['mail_domains'])}"

    def person_extras(self, c: ContactData, language: str, country: str) -> None:
        r = self.rnd
        c.language = language
        if r.random() < 0.35:
            c.birthday = self.birthday()
        if r.random() < 0.03:
            c.anniversary = self.date_between(dt.date(1975, 1, 1), dt.date(2024, 12, 31))
        private = c.relationship == "private"
        if language == "en":
            c.formal = r.random() < (0.1 if private else 0.5)
        else:
            c.formal = r.random() < (0.3 if private else 0.85)

    def common(self, c: ContactData, country: str, language: str) -> None:
        r = self.rnd
        c.origin = self.pick(_ORIGINS)
        c.yearly_card = r.random() < YEARLY_CARD_SHARE
        # Few people set a keep-in-touch cadence; at 15% the Today view of a
        # 100,000-contact demo listed 13,000 contacts as overdue.
        if r.random() < 0.04:
            c.cadence_days = r.choice(_CADENCES)
        c.tags = self.pick_tags(c)
        if r.random() < 0.3:
            c.notes = "\n".join(self.note(language, country) for _ in range(r.choice((1, 1, 2))))

    def pick_tags(self, c: ContactData) -> list[str]:
        r = self.rnd
        tags: list[str] = []
        if c.relationship == "customer" and r.random() < 0.7:
            tags.append("Kunde")
        if c.relationship == "supplier" and r.random() < 0.8:
            tags.append("Lieferant")
        tags += r.choices(self.tags, cum_weights=self.tag_cumulative,
                          k=r.choice((0, 0, 1, 1, 2, 3)))
        return list(dict.fromkeys(tags))

    def note(self, language: str, country: str) -> str:
        r = self.rnd
        data = self.countries[country]
        template = r.choice(self.notes["en" if language == "en" else "de"])
        return template.format(
            fair=r.choice(self.fairs), product=r.choice(self.products),
            city=r.choice(data["cities"])[0],
            name=f"{r.choice(data['given_' + r.choice('fm')])} {r.choice(data['family'])}")

    def birthday(self) -> str:
        date = self.date_between(dt.date(1940, 1, 1), dt.date(2006, 12, 31))
        return date if self.rnd.random() < 0.7 else "--" + date[5:]

    def date_between(self, first: dt.date, last: dt.date) -> str:
        day = self.rnd.randint(first.toordinal(), last.toordinal())
        return dt.date.fromordinal(day).isoformat()

    def stamp(self, c: ContactData) -> None:
        """Created within the last three years, changed some time since."""
        r = self.rnd
        created = self.noon - r.randrange(3 * 365 * 86400)
        updated = created + (r.randrange(self.noon - created + 1) if r.random() < 0.4 else 0)
        # As contacts.now_iso() writes them; time.strftime is 5x datetime's speed.
        c.created_at = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(created))
        c.updated_at = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(updated))


def generate(n: int, seed: int = 1, *, today: dt.date | None = None) -> Iterator[ContactData]:
    """``n`` demo contacts, always the same ones for the same seed and day."""
    if n < 0:
        raise ValueError(f"cannot generate {n} contacts")
    gen = _Generator(seed, today or dt.date.today())
    for _ in range(n):
        yield gen.contact()


def _batches(items: Iterable[ContactData], size: int) -> Iterator[list[ContactData]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def fill(n: int, seed: int = 1, progress: Callable[[int, int], object] | None = None, *,
         today: dt.date | None = None, conversations: bool = True,
         helper: bool | None = None, bulk: bool | None = None) -> int:
    """Store ``n`` demo contacts in the open database, in one transaction.

    Most contacts who came by referral are linked to an earlier demo contact
    who referred them (ids exist only once stored, hence here). ``progress(done,
    n)`` is called after each batch. Returns how many were stored; if anything
    fails, none are. ``conversations`` adds about five logged conversations per
    contact (app.demo.conversations). ``helper`` makes them in a second process
    (app.demo.producer), ``bulk`` indexes once at the end (app.demo.bulk_store);
    app.demo.loading stores them.
    """
    from app.demo import loading

    return loading.load(made_batches, n, seed, today or dt.date.today(), progress,
                        conversations=conversations, helper=helper, bulk=bulk)


def made_batches(n: int, seed: int, today: dt.date) -> Iterator[list[ContactData]]:
    return _batches(generate(n, seed, today=today), BATCH)
