"""Where the demo contacts live and how to call them.

Streets, postal codes and cities of Germany, Austria, Switzerland, Britain
and the US from ``resources/demo/world.json``, and phone numbers written the
way people there write them (British and US numbers from the ranges kept
free for fiction). :class:`PlaceGenerator` draws everything from one
``random.Random``; :mod:`app.demo.contacts` builds the people on top of it.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from random import Random

from app.contacts.model import PostalAddress
from app.core.resources import resource

_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # letters a British postcode's inward part uses


@lru_cache(maxsize=1)
def world_data() -> dict:
    """The demo's names, places and phrases."""
    return json.loads(resource("demo", "world.json").read_text(encoding="utf-8"))


@cache
def _split(pairs: tuple) -> tuple:
    return tuple(zip(*pairs))


@cache
def _cumulative(weights: tuple) -> tuple:
    return tuple(accumulate(weights))


@dataclass(frozen=True)
class Place:
    country: str
    city: str
    postal_code: str
    street: str
    extended: str
    region: str
    area: str  # the area code, without the trunk prefix
    local: str  # GB: the reserved local range ("7946 0")
    language: str

    def address(self, label: str) -> PostalAddress:
        return PostalAddress(street=self.street, postal_code=self.postal_code, city=self.city,
                             region=self.region, country=self.country, extended=self.extended,
                             label=label)


class PlaceGenerator:
    """Random places and phone numbers; subclasses add who lives there."""

    def __init__(self, seed: int):
        self.rnd = Random(seed)
        self.countries = world_data()["countries"]
        self.codes = list(self.countries)
        self.weights = [self.countries[c]["weight"] for c in self.codes]

    # --- small helpers ------------------------------------------------------------

    def pick(self, pairs):
        return self.weighted(*_split(pairs))

    def weighted(self, values, weights):
        """One of ``values``; random.choices, without its setup on every call."""
        cumulative = _cumulative(tuple(weights))
        return values[bisect_right(cumulative, self.rnd.random() * cumulative[-1])]

    def digits(self, n: int) -> str:
        """n digits, not starting with 0 or 1 (no subscriber number does)."""
        return str(self.rnd.randrange(2 * 10 ** (n - 1), 10 ** n))

    def country(self) -> str:
        return self.weighted(self.codes, self.weights)

    def place(self, country: str, city: list | None = None) -> Place:
        r = self.rnd
        data = self.countries[country]
        city = city or r.choice(data["cities"])
        name, low, high, area = city[:4]
        extra = city[4] if len(city) > 4 else None
        language = extra if country in ("DE", "AT", "CH") and extra else data["language"]
        streets = data["streets"].get(language) or next(iter(data["streets"].values()))
        street = r.choice(streets)
        if isinstance(low, list):
            postal = r.choice(low)
        else:
            postal = str(r.randint(low, high)).zfill(data.get("postal_width", 5))
        extended = region = local = ""
        if country == "GB":
            inward = r.choice(_INWARD_LETTERS) + r.choice(_INWARD_LETTERS)
            postal = f"{postal} {r.randint(1, 9)}{inward}"
            street = f"{r.randint(1, 180)} {street}"
            local = extra or ""
            if r.random() < 0.15:
                extended = r.choice(("Flat", "Unit", "Suite")) + f" {r.randint(1, 30)}"
        elif country == "US":
            street = f"{r.randint(1, 9899)} {street}"
            region = extra or ""
            if r.random() < 0.2:
                extended = r.choice((f"Suite {r.randint(1, 30)}00", f"Apt {r.randint(1, 20)}"
                                     f"{r.choice('ABCD')}", f"Floor {r.randint(2, 40)}"))
        else:
            number = str(r.randint(1, 120))
            roll = r.random()
            if roll < 0.12:
                number += r.choice("abc")
            elif roll < 0.17:
                number += f"-{int(number) + r.choice((2, 4))}"
            elif country == "AT" and roll < 0.40:
                number += f"/{r.randint(1, 4)}/{r.randint(1, 24)}"  # Stiege/Tür
            street = f"{street} {number}"
            if r.random() < 0.06:
                extended = r.choice(("Hinterhaus", "2. OG", "c/o Büro am Markt", "Eingang B"))
        return Place(country, name, postal, street, extended, region, area, local, language)

    def home_place(self, country: str, near: Place | None = None) -> Place:
        if near is not None and near.country == country and self.rnd.random() < 0.7:
            city = next(c for c in self.countries[country]["cities"] if c[0] == near.city)
            return self.place(country, city)
        return self.place(country)

    # --- phones, in each country's usual ways of writing them ------------------------

    def landline(self, p: Place) -> str:
        r, a = self.rnd, p.area
        if p.country == "DE":
            sub = self.digits(max(5, 10 - len(a)) + r.choice((0, 0, 1)))
            forms = (f"0{a} {sub}", f"+49 {a} {sub}", f"0{a}/{sub}", f"(0{a}) {sub}")
            return self.weighted(forms, (40, 30, 15, 15))
        if p.country == "AT":
            sub = self.digits(7 if a == "1" else max(5, 9 - len(a)) + r.choice((0, 1)))
            return self.weighted((f"0{a} {sub}", f"+43 {a} {sub}", f"0{a}/{sub}"), (45, 40, 15))
        if p.country == "CH":
            sub = self.digits(7)
            grouped = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
            return self.weighted((f"0{a} {grouped}", f"+41 {a} {grouped}"), (55, 45))
        if p.country == "GB":
            local = f"{p.local}{r.randint(0, 999):03d}"  # Ofcom's drama ranges
            return self.weighted((f"0{a} {local}", f"+44 {a} {local}"), (60, 40))
        return self.us_number(a)

    def mobile(self, country: str, near: Place | None = None) -> str:
        """A mobile number; written internationally when nothing says where it is from."""
        r = self.rnd
        international = near is None and country != "DE"
        data = self.countries[country]
        if country == "GB":
            n = f"{r.randint(0, 999):03d}"
            return self.weighted((f"07700 900{n}", f"+44 7700 900{n}"),
                                 (0 if international else 60, 40))
        if country == "US":
            area = near.area if near is not None and near.country == "US" else \
                r.choice(data["cities"])[3]
            return self.us_number(area, international)
        prefix, length = r.choice(data["mobile"])
        sub = self.digits(length)
        cc = data["calling_code"]
        if country == "CH":
            grouped = f"{sub[:3]} {sub[3:5]} {sub[5:]}"
            return self.weighted((f"0{prefix} {grouped}", f"+41 {prefix} {grouped}"),
                                 (0 if international else 60, 40))
        forms = (f"0{prefix} {sub}", f"+{cc} {prefix} {sub}", f"0{prefix}/{sub}",
                 f"0{prefix}-{sub}")
        return self.weighted(forms, (0, 35, 0, 0) if international else (45, 35, 12, 8))

    def us_number(self, area: str, international: bool = False) -> str:
        line = f"555-01{self.rnd.randint(0, 99):02d}"  # the range kept free for fiction
        forms = (f"({area}) {line}", f"{area}-{line}", f"+1 {area}-{line}",
                 f"+1 ({area}) {line}")
        return self.weighted(forms, (0, 0, 25, 10) if international else (45, 20, 25, 10))
