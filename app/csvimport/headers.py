"""Column headers as Outlook, Google and home-made Excel lists write them, and
the field each one feeds: data, nothing else (see app.csvimport.mapping).

Targets are strings (app.csvimport.mapping explains them): a field such as
``given_name``; ``phone.work`` (a phone labelled work), likewise ``email.*``
and ``url.*``; ``address.home.city`` (a part of the home address); Google's
numbered columns become ``phone.g2`` with the label from ``phone.g2.label``.

Headers are compared folded (case, accents, ß, spaces and punctuation left
out), so "E-Mail-Adresse" and "E-mail Address" are found in any spelling.
The product tables (Outlook, Google) win over the home-made aliases: in a
German Outlook file "Ort" is the office location, in a home-made list it is
the town; the alias only applies when no other column feeds the town.
"""
from __future__ import annotations

import re

from app.core.textfold import fold


def header_key(header: str) -> str:
    """"E-Mail-Adresse " -> "emailadresse"."""
    return re.sub(r"[^0-9a-z]+", "", fold(header))


def _address(prefix: dict[str, str], label: str) -> dict[str, str]:
    return {header: f"address.{label}.{part}" for header, part in prefix.items()}


# --- Outlook, English (File > Open & Export > Export to a file > CSV) ------------------
OUTLOOK_EN: dict[str, str] = {
    "Title": "prefix", "First Name": "given_name", "Middle Name": "additional_names",
    "Last Name": "family_name", "Suffix": "suffix", "Nickname": "nickname",
    "Company": "organisation", "Department": "department", "Job Title": "job_title",
    "Business Phone": "phone.work", "Business Phone 2": "phone.work",
    "Company Main Phone": "phone.work", "Assistant's Phone": "phone.other",
    "Home Phone": "phone.home", "Home Phone 2": "phone.home", "Mobile Phone": "phone.mobile",
    "Car Phone": "phone.mobile", "Other Phone": "phone.other", "Primary Phone": "phone.other",
    "Callback": "phone.other", "Pager": "phone.other", "Radio Phone": "phone.other",
    "ISDN": "phone.other", "Telex": "phone.other", "TTY/TDD Phone": "phone.other",
    "Business Fax": "phone.fax", "Home Fax": "phone.fax", "Other Fax": "phone.fax",
    "E-mail Address": "email.work", "E-mail 2 Address": "email.home",
    "E-mail 3 Address": "email.other", "Web Page": "url.work",
    "Birthday": "birthday", "Anniversary": "anniversary", "Notes": "notes",
    "Categories": "tags", "Gender": "gender",
    **_address({"Business Street": "street", "Business Street 2": "street",
                "Business Street 3": "street", "Business City": "city",
                "Business State": "region", "Business Postal Code": "postal_code",
                "Business Country/Region": "country", "Business Address PO Box": "po_box"},
               "work"),
    **_address({"Home Street": "street", "Home Street 2": "street", "Home Street 3": "street",
                "Home City": "city", "Home State": "region", "Home Postal Code": "postal_code",
                "Home Country/Region": "country", "Home Address PO Box": "po_box"}, "home"),
    **_address({"Other Street": "street", "Other Street 2": "street",
                "Other Street 3": "street", "Other City": "city", "Other State": "region",
                "Other Postal Code": "postal_code", "Other Country/Region": "country",
                "Other Address PO Box": "po_box"}, "other"),
}

# --- Outlook, German ---------------------------------------------------------------------
OUTLOOK_DE: dict[str, str] = {
    "Anrede": "prefix", "Vorname": "given_name", "Weitere Vornamen": "additional_names",
    "Nachname": "family_name", "Suffix": "suffix", "Spitzname": "nickname",
    "Firma": "organisation", "Abteilung": "department", "Position": "job_title",
    "Telefon geschäftlich": "phone.work", "Telefon geschäftlich 2": "phone.work",
    "Telefon Firma": "phone.work", "Telefon Assistent": "phone.other",
    "Telefon privat": "phone.home", "Telefon privat 2": "phone.home",
    "Mobiltelefon": "phone.mobile", "Mobiltelefon 2": "phone.mobile",
    "Autotelefon": "phone.mobile", "Weiteres Telefon": "phone.other",
    "Haupttelefon": "phone.other", "Rückmeldung": "phone.other", "Pager": "phone.other",
    "ISDN": "phone.other", "Telex": "phone.other", "Telefon für Hörbehinderte": "phone.other",
    "Fax geschäftlich": "phone.fax", "Fax privat": "phone.fax", "Weiteres Fax": "phone.fax",
    "E-Mail-Adresse": "email.work", "E-Mail 2: Adresse": "email.home",
    "E-Mail 3: Adresse": "email.other", "Webseite": "url.work",
    "Geburtstag": "birthday", "Jahrestag": "anniversary", "Notizen": "notes",
    "Kategorien": "tags", "Geschlecht": "gender",
    **_address({"Straße geschäftlich": "street", "Straße geschäftlich 2": "street",
                "Straße geschäftlich 3": "street", "Ort geschäftlich": "city",
                "Region geschäftlich": "region", "Postleitzahl geschäftlich": "postal_code",
                "Land/Region geschäftlich": "country", "Postfach geschäftlich": "po_box"},
               "work"),
    **_address({"Straße privat": "street", "Straße privat 2": "street",
                "Straße privat 3": "street", "Ort privat": "city",
                "Bundesland/Kanton privat": "region", "Postleitzahl privat": "postal_code",
                "Land/Region privat": "country", "Postfach privat": "po_box"}, "home"),
    **_address({"Weitere Straße": "street", "Weitere Straße 2": "street",
                "Weitere Straße 3": "street", "Weiterer Ort": "city",
                "Weiteres/r Bundesland/Kanton": "region", "Weitere Postleitzahl": "postal_code",
                "Weiteres/r Land/Region": "country", "Weiteres Postfach": "po_box"}, "other"),
}

# --- Google Contacts (the current layout, and the older one starting "Name,Given Name") --
GOOGLE: dict[str, str] = {
    "First Name": "given_name", "Middle Name": "additional_names", "Last Name": "family_name",
    "Name Prefix": "prefix", "Name Suffix": "suffix", "Nickname": "nickname",
    "Organization Name": "organisation", "Organization Title": "job_title",
    "Organization Department": "department", "Birthday": "birthday", "Notes": "notes",
    "Labels": "tags",
    # the older layout
    "Name": "full_name", "Given Name": "given_name", "Additional Name": "additional_names",
    "Family Name": "family_name", "Group Membership": "tags", "Gender": "gender",
    "Organization 1 - Name": "organisation", "Organization 1 - Title": "job_title",
    "Organization 1 - Department": "department",
}
#: "Phone 2 - Value", "Address 1 - Postal Code": numbered groups, each with its label.
GOOGLE_GROUP = re.compile(r"^(e-mail|phone|address|website) (\d+) - ([a-z ]+)$", re.I)
GOOGLE_KINDS = {"e-mail": "email", "phone": "phone", "address": "address", "website": "url"}
GOOGLE_PARTS = {"label": "label", "type": "label", "value": "", "street": "street",
                "city": "city", "po box": "po_box", "region": "region",
                "postal code": "postal_code", "country": "country",
                "extended address": "extended"}

# --- Hearth's own CSV export (app.csvimport.export) ---------------------------------------
HEARTH: dict[str, str] = {
    "Kind": "kind", "Prefix": "prefix", "Given name": "given_name",
    "Additional names": "additional_names", "Family name": "family_name",
    "Suffix": "suffix", "Nickname": "nickname", "Organisation": "organisation",
    "Department": "department", "Job title": "job_title", "Birthday": "birthday",
    "Anniversary": "anniversary", "First contact": "first_contact", "Notes": "notes",
    "Tags": "tags", "UID": "uid",
    "Gender": "gender",
}

# --- home-made Excel lists: what people call their columns, English and German -----------
ALIASES: dict[str, str] = {
    # names
    "Anrede": "prefix", "Titel": "prefix", "Salutation": "prefix", "Title": "prefix",
    "Vorname": "given_name", "Vornamen": "given_name", "First name": "given_name",
    "Firstname": "given_name", "Given name": "given_name", "Forename": "given_name",
    "Nachname": "family_name", "Familienname": "family_name", "Zuname": "family_name",
    "Last name": "family_name", "Lastname": "family_name", "Surname": "family_name",
    "Name": "full_name", "Vollständiger Name": "full_name", "Full name": "full_name",
    "Kontakt": "full_name", "Ansprechpartner": "full_name", "Contact": "full_name",
    "Spitzname": "nickname", "Nickname": "nickname",
    "Firma": "organisation", "Firmenname": "organisation", "Unternehmen": "organisation",
    "Organisation": "organisation", "Company": "organisation", "Organization": "organisation",
    "Abteilung": "department", "Department": "department",
    "Position": "job_title", "Funktion": "job_title", "Job title": "job_title",
    "Job": "job_title", "Beruf": "job_title",
    # phones and e-mails
    "Telefon": "phone.work", "Tel": "phone.work", "Tel.": "phone.work",
    "Telefonnummer": "phone.work", "Phone": "phone.work", "Telephone": "phone.work",
    "Phone number": "phone.work", "Telefon privat": "phone.home",
    "Home phone": "phone.home", "Handy": "phone.mobile", "Mobil": "phone.mobile",
    "Mobilnummer": "phone.mobile", "Mobile": "phone.mobile", "Mobile phone": "phone.mobile",
    "Cell": "phone.mobile", "Fax": "phone.fax", "Telefax": "phone.fax",
    "E-Mail": "email.work", "Email": "email.work", "Mail": "email.work",
    "E-Mail-Adresse": "email.work", "Email address": "email.work",
    "E-Mail privat": "email.home", "Homepage": "url.work", "Website": "url.work",
    "Webseite": "url.work", "Internet": "url.work", "Web": "url.work", "URL": "url.work",
    # the address (one, of whatever kind: labelled "work" like a typed-in address)
    "Straße": "address.work.street", "Strasse": "address.work.street",
    "Str.": "address.work.street", "Straße und Hausnummer": "address.work.street",
    "Adresse": "address.work.street", "Anschrift": "address.work.street",
    "Street": "address.work.street", "Address": "address.work.street",
    "Hausnummer": "address.work.street", "Nr.": "address.work.street",
    "PLZ": "address.work.postal_code", "Postleitzahl": "address.work.postal_code",
    "Zip": "address.work.postal_code", "ZIP code": "address.work.postal_code",
    "Postal code": "address.work.postal_code", "Postcode": "address.work.postal_code",
    "Ort": "address.work.city", "Stadt": "address.work.city", "Wohnort": "address.work.city",
    "City": "address.work.city", "Town": "address.work.city",
    "Bundesland": "address.work.region", "Kanton": "address.work.region",
    "State": "address.work.region", "Region": "address.work.region",
    "Land": "address.work.country", "Staat": "address.work.country",
    "Country": "address.work.country", "Postfach": "address.work.po_box",
    "PO Box": "address.work.po_box", "Zusatz": "address.work.extended",
    "Adresszusatz": "address.work.extended", "c/o": "address.work.extended",
    # dates, notes, groups
    "Geburtstag": "birthday", "Geburtsdatum": "birthday", "Geb.": "birthday",
    "Birthday": "birthday", "Date of birth": "birthday", "Birth date": "birthday",
    "Jahrestag": "anniversary", "Hochzeitstag": "anniversary", "Anniversary": "anniversary",
    "Kunde seit": "first_contact", "Kontakt seit": "first_contact",
    "Erstkontakt": "first_contact", "Customer since": "first_contact",
    "First contact": "first_contact",
    "Notiz": "notes", "Notizen": "notes", "Bemerkung": "notes", "Bemerkungen": "notes",
    "Kommentar": "notes", "Anmerkung": "notes", "Info": "notes", "Note": "notes",
    "Notes": "notes", "Comment": "notes", "Comments": "notes", "Remarks": "notes",
    "Kategorie": "tags", "Kategorien": "tags", "Gruppe": "tags", "Gruppen": "tags",
    "Schlagworte": "tags", "Tags": "tags", "Category": "tags", "Categories": "tags",
    "Group": "tags", "Groups": "tags",
    "Geschlecht": "gender", "Gender": "gender",
}

#: Headers only Outlook and Google write: a file with one of them is theirs, and its
#: other columns ("Ort", "Privat", "Priorität" in German Outlook) are not guessed by alias.
SIGNATURES = ("Weitere Vornamen", "Straße geschäftlich", "E-Mail-Typ", "Vertraulichkeit",
              "Business Street", "E-mail Type", "Sensitivity", "File As", "Group Membership",
              "Given Name Yomi", "Phonetic First Name", "Organization 1 - Name")

#: The product tables, most specific first; then the aliases (see the docstring).
TABLES = (HEARTH, OUTLOOK_EN, OUTLOOK_DE, GOOGLE)

_PRODUCT = {header_key(h): t for table in reversed(TABLES) for h, t in table.items()}
_ALIAS = {header_key(h): t for h, t in ALIASES.items()}
_SIGNATURES = {header_key(h) for h in SIGNATURES}


def is_product_file(header: list[str]) -> bool:
    """Written by Outlook or Google (see SIGNATURES), not a home-made list."""
    return any(header_key(col) in _SIGNATURES or GOOGLE_GROUP.match(col.strip())
               for col in header)


def product_target(header: str) -> str | None:
    """The target of an Outlook, Google or Hearth column, or None."""
    m = GOOGLE_GROUP.match(header.strip())
    if m:
        kind, number, part = m.group(1).lower(), m.group(2), m.group(3).lower().strip()
        if part not in GOOGLE_PARTS:
            return None  # "Formatted", "Display Name": covered by the parts
        kind = GOOGLE_KINDS[kind]
        part = GOOGLE_PARTS[part]
        if kind != "address":
            if part not in ("", "label"):
                return None
            return f"{kind}.g{number}" + (".label" if part else "")
        return f"address.g{number}.{part}"
    return _PRODUCT.get(header_key(header))


def alias_target(header: str) -> str | None:
    """The target a home-made list most likely means by this header, or None."""
    return _ALIAS.get(header_key(header))
