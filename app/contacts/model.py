"""Plain, storage-free description of a contact.

Everything that moves contacts in or out (the detail pane, vCard import and
export, demo data, the command line's JSON) speaks this shape; only
``app.contacts.store`` turns it into database rows and back.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

PERSON = "person"
ORGANISATION = "organisation"
KINDS = (PERSON, ORGANISATION)

RELATIONSHIPS = ("", "customer", "prospect", "partner", "supplier", "private")
ORIGINS = ("", "trade fair", "referral", "mailing", "website", "event", "cold list", "other")

PHONE_LABELS = ("mobile", "work", "home", "fax", "other")
EMAIL_LABELS = ("work", "home", "other")
ADDRESS_LABELS = ("work", "home", "other")
URL_LABELS = ("work", "home", "other")


@dataclass
class Phone:
    number: str
    label: str = "work"


@dataclass
class Email:
    address: str
    label: str = "work"


@dataclass
class PostalAddress:
    street: str = ""
    postal_code: str = ""
    city: str = ""
    region: str = ""
    country: str = ""  # ISO 3166-1 alpha-2 code, upper case; "" when unknown
    extended: str = ""  # c/o, building, floor
    po_box: str = ""
    label: str = "work"

    def is_empty(self) -> bool:
        return not any((self.street, self.postal_code, self.city, self.region,
                        self.extended, self.po_box))


@dataclass
class Url:
    url: str
    label: str = "work"


@dataclass
class ContactData:
    """One contact with all its fields, as plain values.

    Dates are ISO strings: ``"1980-04-23"``, or ``"--04-23"`` when the year is
    unknown. ``extra_vcard`` holds vCard property lines Hearth has no field
    for, kept verbatim so that an export writes them back.
    """
    kind: str = PERSON
    prefix: str = ""
    given_name: str = ""
    additional_names: str = ""
    family_name: str = ""
    suffix: str = ""
    nickname: str = ""
    #: the name as the vCard's author wrote it (FN), kept when it differs from the
    #: name composed of the parts; "" = composed (see chosen_name_after_edit)
    formatted_name: str = ""
    organisation: str = ""
    department: str = ""
    job_title: str = ""
    role: str = ""
    phones: list[Phone] = field(default_factory=list)
    emails: list[Email] = field(default_factory=list)
    addresses: list[PostalAddress] = field(default_factory=list)
    urls: list[Url] = field(default_factory=list)
    birthday: str = ""
    anniversary: str = ""
    photo: bytes | None = None
    photo_mime: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    origin: str = ""
    referred_by_id: int | None = None
    first_contact: str = ""  # ISO date we first met or spoke, "" when unknown
    relationship: str = ""
    salutation: str = ""
    formal: bool = True
    gender: str = ""  # "f", "m" or "" : only used to word salutations
    language: str = ""  # ISO 639-1, "" = follow the country
    cadence_days: int | None = None
    yearly_card: bool = False
    no_cards: bool = False  # never add to a greeting-card run automatically
    uid: str = ""
    extra_vcard: list[str] = field(default_factory=list)
    id: int | None = None
    #: the stored version this copy was read at (0: never stored); see app.contacts.store
    version: int = 0
    created_at: str = ""
    updated_at: str = ""
    trashed_at: str = ""

    def display_name(self) -> str:
        return display_name_of(self)

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("photo")
        data["has_photo"] = self.photo is not None
        data["display_name"] = self.display_name()
        return data


def display_name_of(c: ContactData) -> str:
    """The name shown in lists: "Dr. Anna Müller", or the organisation; the name
    a vCard's author chose (FN) when it is kept."""
    if c.formatted_name:
        return c.formatted_name
    if c.kind == ORGANISATION:
        return c.organisation or c.nickname or "(unnamed organisation)"
    parts = [c.prefix, c.given_name, c.additional_names, c.family_name, c.suffix]
    name = " ".join(p for p in parts if p).strip()
    if name:
        return name
    if c.nickname:
        return c.nickname
    if c.organisation:
        return c.organisation
    if c.emails:
        return c.emails[0].address
    return "(no name)"


#: the fields a formatted name (FN) is a way of writing
NAME_FIELDS = ("kind", "prefix", "given_name", "additional_names", "family_name", "suffix",
               "nickname", "organisation")


def chosen_name_after_edit(before: ContactData, after: ContactData) -> str:
    """The formatted name ``after`` an edit keeps: the card author's while the name
    fields it was written for stay as they were, "" (composed) once one changes."""
    if any(getattr(before, f) != getattr(after, f) for f in NAME_FIELDS):
        return ""
    return before.formatted_name
