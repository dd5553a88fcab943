"""The readable part of a personal-data export: a PDF of one to three pages.

Made from the data app.privacy.export collected; what does not fit on three
pages (a long conversation history) is counted and left to the JSON file,
which holds everything.
"""
from __future__ import annotations

from pathlib import Path

from app.conversations.temperature import CHANNEL_WORDS
from app.core import clock, pdf
from app.core.i18n import N_, gettext

MARGIN = 18.0
MAX_PAGES = 3
#: Room a conversation may need at most (heading, clipped notes and outcome).
ENTRY = 45.0
#: Characters of the contact's notes shown (all of them are in the JSON file).
NOTES_LIMIT = 1500

_FIELDS = [  # (label, key in the contact's JSON)
    (N_("Kind"), "kind"), (N_("Title"), "prefix"), (N_("Given name"), "given_name"),
    (N_("Additional names"), "additional_names"), (N_("Family name"), "family_name"),
    (N_("Suffix"), "suffix"), (N_("Nickname"), "nickname"),
    (N_("Organisation"), "organisation"), (N_("Department"), "department"),
    (N_("Job title"), "job_title"), (N_("Role"), "role"), (N_("Birthday"), "birthday"),
    (N_("Anniversary"), "anniversary"), (N_("Relationship"), "relationship"),
    (N_("Letter salutation"), "salutation"), (N_("Gender (for salutations)"), "gender"),
    (N_("Language"), "language"), (N_("Keep in touch every (days)"), "cadence_days"),
    (N_("Tags"), "tags"), (N_("Notes"), "notes"), (N_("vCard UID"), "uid"),
    (N_("Created"), "created_at"), (N_("Last changed"), "updated_at"),
    (N_("In the trash since"), "trashed_at"),
]

#: Stored codes as the reader reads them, in the interface language.
WORDS = {
    "kind": {"person": N_("person"), "organisation": N_("organisation")},
    "gender": {"f": N_("female"), "m": N_("male")},
    "relationship": {"customer": N_("customer"), "prospect": N_("prospect"),
                     "partner": N_("partner"), "supplier": N_("supplier"),
                     "private": N_("private")},
    "origin": {"trade fair": N_("trade fair"), "referral": N_("referral"),
               "mailing": N_("mailing"), "website": N_("website"), "event": N_("event"),
               "cold list": N_("cold list"), "other": N_("other")},
    "label": {"mobile": N_("mobile"), "work": N_("work"), "home": N_("home"),
              "fax": N_("fax"), "other": N_("other")},
    "channel": CHANNEL_WORDS,
}


def word(kind: str, code):
    """A stored code ("work", "m", "customer") in words; anything else as it is."""
    known = WORDS[kind].get(code) if isinstance(code, str) else None
    return gettext(known) if known else code


def shown_date(text: str | None) -> str:
    """A stored date or time as the PDF shows it (one place, for the locale formatter)."""
    if not text:
        return ""
    if len(text) > 19 and text[19] in "+-Z":  # a UTC audit stamp: on the user's clock
        try:
            text = clock.local_text(clock.parse_stamp(text))
        except ValueError:
            pass
    return text[:16].replace("T", " ")


def write_pdf(data: dict, path: Path | str) -> Path:
    doc = pdf.new_document()
    doc.set_auto_page_break(True, MARGIN)
    doc.set_margins(MARGIN, MARGIN, MARGIN)
    c = data["contact"]
    doc.set_title(gettext(N_("Personal data: {name}")).format(name=c["display_name"]))
    doc.add_page()
    w = 210 - 2 * MARGIN

    def text(body: str, size: float = 10, style: str = "") -> None:
        doc.set_font(pdf.FONT, style, size)
        doc.multi_cell(w, size * 0.45, body, new_x="LMARGIN", new_y="NEXT", align="L")

    def heading(title: str) -> None:
        doc.set_y(doc.get_y() + 3)
        text(title, 12.5, "B")
        doc.set_y(doc.get_y() + 1)

    def pair(label: str, value) -> None:
        if value in ("", None, [], False):
            return
        shown = ", ".join(value) if isinstance(value, list) else str(value)
        text(f"{gettext(label)}: {shown}")

    text(gettext(N_("Personal data held about {name}")).format(name=c["display_name"]), 17, "B")
    text(gettext(N_("Exported by Hearth on {date}. This document is readable; "
                    "{json} holds the same data and every stored value, machine-readable.")
                 ).format(date=shown_date(data["exported_at"]), json="personal-data.json"), 9)
    heading(gettext(N_("Contact details")))
    for label, key in _FIELDS:
        value = c[key]
        if key == "notes":
            value = _clip(value, NOTES_LIMIT)
        elif key in WORDS:
            value = word(key, value)
        pair(label, shown_date(value) if key.endswith("_at") else value)
    for label, items, fmt in (
            (N_("Phone"), c["phones"], lambda p: f"{p['number']} ({word('label', p['label'])})"),
            (N_("E-mail"), c["emails"],
             lambda e: f"{e['address']} ({word('label', e['label'])})"),
            (N_("Web"), c["urls"], lambda u: f"{u['url']} ({word('label', u['label'])})"),
            (N_("Address"), c["addresses"], _address)):
        for item in items:
            pair(label, fmt(item))
    pair(N_("Photo"), data["photo"] and data["photo"]["file"])
    pair(N_("Yearly card"), gettext(N_("yes")) if c["yearly_card"] else "")
    heading(gettext(N_("How we met")))
    met = data["how_we_met"]
    pair(N_("Origin"), word("origin", met["origin"]))
    pair(N_("First contact"), met["first_contact"])
    referred = met["referred_by"]  # a marked sentence ("an erased contact") or a name
    pair(N_("Referred by"), gettext(referred) if referred else "")
    if not any(met.values()):
        text(gettext(N_("Not recorded.")))
    heading(gettext(N_("Temperature")))
    t = data["temperature"]
    text(t["reason"])
    pair(N_("Pinned by hand"), t["pinned_band"])
    pair(N_("Last conversation"), shown_date(t["inputs"]["last_contact_at"]))
    cards = data["greeting_cards"]
    if cards["our_cards"] or cards["their_cards"] or cards["no_cards_since"]:
        heading(gettext(N_("Greeting cards")))
        for e in cards["our_cards"]:
            text(gettext(N_("{year} {occasion}: our card {status}")).format(**e)
                 + (f" ({e['envelope']})" if e["envelope"] else ""))
        for e in cards["their_cards"]:
            text(gettext(N_("{year} {occasion}: a card from them, {when}")).format(
                when=shown_date(e["received_at"]), **e))
        pair(N_("No cards since"), shown_date(cards["no_cards_since"]))
    talks = data["conversations"]
    heading(gettext(N_("Conversations ({count})")).format(count=len(talks)))
    if not talks:
        text(gettext(N_("No conversations logged.")))
    for n, i in enumerate(talks):
        if doc.page_no() == MAX_PAGES and doc.get_y() > 297 - MARGIN - ENTRY:
            text(gettext(N_("… and {count} earlier conversations, in {json}.")).format(
                count=len(talks) - n, json="personal-data.json"), 9.5, "B")
            break
        head = f"{shown_date(i['when'])}  {word('channel', i['channel'])}"
        if i["subject"]:
            head += f": {i['subject']}"
        if i["with"]:
            head += "  — " + gettext(N_("with {names}")).format(names=", ".join(i["with"]))
        text(head, 9.5, "B")
        for part in (i["notes"], i["outcome"]):
            if part:
                text(_clip(part, 300), 9)
        if i["follow_up"]:
            text(gettext(N_("Follow-up {date}{done}")).format(
                date=i["follow_up"], done=gettext(N_(" (done)")) if i["follow_up_done"] else ""),
                9)
        doc.set_y(doc.get_y() + 1)
    if doc.page_no() < MAX_PAGES or doc.get_y() < 297 - MARGIN - ENTRY:
        heading(gettext(N_("Also stored")))
        history = data["merge_history"]  # a marked sentence
        text(gettext(history), 9.5)
        text(gettext(N_("Contacts this person referred to us: {count}.")).format(
            count=data["referred_others"]), 9.5)
    path = Path(path)
    doc.output(str(path))
    return path


def _address(a: dict) -> str:
    parts = [a["street"], a["extended"], a["po_box"], f"{a['postal_code']} {a['city']}".strip(),
             a["region"], a["country"]]
    return ", ".join(p for p in parts if p) + f" ({word('label', a['label'])})"


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + " …"
