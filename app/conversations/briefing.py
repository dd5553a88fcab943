"""The pre-call briefing: everything a rep reads before picking up the phone.

:func:`briefing` gathers the facts; :func:`to_html` lays them out for the
window (which prints it through Qt), :func:`write_pdf` for the command line
(fpdf2, no Qt). Both fit one A4 or Letter page for a typical contact: long
notes are cut to a few lines, the full text stays in the address book.
"""
from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field
from pathlib import Path

from app.cards import store as card_store
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.conversations import store as interactions
from app.conversations import temperature, touches_store, warmth
from app.core import pdf
from app.core.i18n import gettext
from app.privacy import erase as privacy
from app.storage.connection import refuse_database_as_output

LAST_CONVERSATIONS = 5
NOTE_LINES = 3  # per conversation, on paper


@dataclass
class Briefing:
    contact: ContactData
    temperature: temperature.Temperature
    referred_by: str
    conversations: list[interactions.Interaction]
    open_follow_ups: list[interactions.Interaction]
    conversation_count: int
    made_on: dt.datetime
    phones: list[tuple[str, str, str]] = field(default_factory=list)  # label, shown, tel: URI
    #: "Christmas 2025: ours sent; theirs received", else the cards logged: cards are
    #: touches, shown apart from the conversations
    cards: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.contact.display_name()

    def role_line(self) -> str:
        c = self.contact
        parts = [c.job_title or c.role, c.department, c.organisation if c.kind != "organisation"
                 else ""]
        return ", ".join(p for p in parts if p)

    def how_we_met(self) -> str:
        c = self.contact
        parts = []
        if c.origin:
            parts.append(c.origin)
        if self.referred_by:
            parts.append(f"referred by {self.referred_by}")
        if c.first_contact:
            parts.append(f"first contact {c.first_contact}")
        return "; ".join(parts) or "not recorded"


def briefing(contact_id: int, now: dt.datetime) -> Briefing:
    from app.contacts.phones import parse as parse_phone
    from app.storage import settings

    c = contacts.get(contact_id)
    referred = ""
    if c.referred_by_id:
        rows = contacts.list_rows([c.referred_by_id])
        if c.referred_by_id in rows:
            referred = rows[c.referred_by_id].display_name
    elif privacy.referrer_erased(contact_id):
        referred = gettext(privacy.ERASED_REFERRER)
    region = contacts.phone_region(c, settings.get("phone_region"))  # the contact's country
    phones = []
    for p in c.phones:
        parsed = parse_phone(p.number, region)
        uri = "tel:" + (parsed.e164 or "".join(ch for ch in p.number if ch.isdigit() or ch == "+"))
        phones.append((p.label, parsed.international or p.number, uri))
    return Briefing(
        contact=c, temperature=warmth.temperature_of(contact_id, now), referred_by=referred,
        conversations=touches_store.conversations(contact_id, LAST_CONVERSATIONS),
        open_follow_ups=interactions.open_follow_ups(contact_id),
        conversation_count=touches_store.count_conversations(contact_id), made_on=now,
        phones=phones, cards=card_history(contact_id))


def card_history(contact_id: int, limit: int = 4) -> list[str]:
    """The latest greeting-card runs this contact was in, or sent us a card in;
    without any run, the latest greeting cards logged as touches."""
    rows = card_store.card_history(contact_id, limit)
    if not rows:
        return [f"{i.happened_at.date().isoformat()}: {i.channel} "
                f"({gettext(interactions.DIRECTION_WORDS[i.direction])})"
                for i in touches_store.touches(contact_id, limit)]
    out = []
    for year, occasion, status, received in rows:
        ours = f"ours {status}" if status else "none from us"
        theirs = "theirs received" if received else "none from them"
        out.append(f"{occasion.capitalize()} {year}: {ours}; {theirs}")
    return out


def _when(i: interactions.Interaction) -> str:
    return i.happened_at.strftime("%Y-%m-%d %H:%M")


def _head(i: interactions.Interaction) -> str:
    text = f"{_when(i)} · {i.channel}"
    if i.channel != "note":
        text += f" ({gettext(interactions.DIRECTION_WORDS[i.direction])})"
    return f"{text} · {i.subject}" if i.subject else text


def _follow_up_line(i: interactions.Interaction, today: dt.date) -> str:
    late = (today - i.follow_up).days
    state = f" (overdue {late} days)" if late > 0 else (" (today)" if late == 0 else "")
    what = i.subject or i.channel
    return f"{i.follow_up.isoformat()}{state}: {what}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def birthday_text(iso: str) -> str:
    """"1980-04-23" -> "23 April 1980"; "--04-23" -> "23 April"."""
    try:
        month, day = int(iso[-5:-3]), int(iso[-2:])
        text = f"{day} {_MONTHS[month - 1]}"
    except (ValueError, IndexError):
        return iso
    return text if iso.startswith("--") else f"{text} {iso[:4]}"


def to_text(b: Briefing) -> str:
    """The briefing as plain text, for the terminal."""
    c = b.contact
    out = [b.name]
    if b.role_line():
        out.append(b.role_line())
    out += [f"{label}: {shown}" for label, shown, _ in b.phones]
    out += [f"{m.label}: {m.address}" for m in c.emails]
    out += ["", f"Temperature: {b.temperature.reason}", f"How we met: {b.how_we_met()}", "",
            f"Last conversations ({len(b.conversations)} of {b.conversation_count}):"]
    if not b.conversations:
        out.append("  No conversations logged yet.")
    for i in b.conversations:
        out.append("  " + _head(i))
        out += ["    " + line for line in i.notes.splitlines() if line.strip()]
        if i.outcome:
            out.append(f"    Outcome: {i.outcome}")
    out.append("Open follow-ups:")
    out += [f"  {_follow_up_line(i, b.made_on.date())}" for i in b.open_follow_ups] or ["  None."]
    if c.birthday:
        out.append(f"Birthday: {birthday_text(c.birthday)}")
    if c.tags:
        out.append("Tags: " + ", ".join(c.tags))
    if b.cards:
        out += ["Greeting cards:"] + [f"  {line}" for line in b.cards]
    if c.notes:
        out += ["Notes:"] + ["  " + line for line in c.notes.splitlines()]
    return "\n".join(out)


# --- HTML for the window ------------------------------------------------------------

def to_html(b: Briefing) -> str:
    """The briefing as simple HTML (QTextDocument's subset): links for tel: and mailto:."""
    e = html.escape
    c = b.contact
    out = [f"<h2>{e(b.name)}</h2>"]
    if b.role_line():
        out.append(f"<p><i>{e(b.role_line())}</i></p>")
    contact_bits = [f'{e(label)}: <a href="{e(uri)}">{e(shown)}</a>'
                    for label, shown, uri in b.phones]
    contact_bits += [f'{e(m.label)}: <a href="mailto:{e(m.address)}">{e(m.address)}</a>'
                     for m in c.emails]
    if contact_bits:
        out.append("<p>" + " &nbsp;·&nbsp; ".join(contact_bits) + "</p>")
    out.append(f"<p><b>Temperature:</b> {e(b.temperature.reason)}</p>")
    out.append(f"<p><b>How we met:</b> {e(b.how_we_met())}</p>")
    out.append(f"<h3>Last conversations ({len(b.conversations)} of {b.conversation_count})</h3>")
    if not b.conversations:
        out.append("<p>No conversations logged yet.</p>")
    for i in b.conversations:
        out.append(f"<p><b>{e(_head(i))}</b>")
        if i.notes:
            out.append("<br>" + e(i.notes).replace("\n", "<br>"))
        if i.outcome:
            out.append(f"<br><i>Outcome:</i> {e(i.outcome)}")
        out.append("</p>")
    out.append("<h3>Open follow-ups</h3>")
    if b.open_follow_ups:
        out.append("<ul>" + "".join(f"<li>{e(_follow_up_line(i, b.made_on.date()))}</li>"
                                    for i in b.open_follow_ups) + "</ul>")
    else:
        out.append("<p>None.</p>")
    personal = []
    if c.birthday:
        personal.append(f"<b>Birthday:</b> {e(birthday_text(c.birthday))}")
    if c.tags:
        personal.append(f"<b>Tags:</b> {e(', '.join(c.tags))}")
    if b.cards:
        personal.append(f"<b>Greeting cards:</b> {e(' · '.join(b.cards))}")
    if personal:
        out.append("<p>" + "<br>".join(personal) + "</p>")
    if c.notes:
        out.append("<h3>Notes</h3><p>" + e(c.notes).replace("\n", "<br>") + "</p>")
    return "\n".join(out)


# --- PDF for the command line -----------------------------------------------------------

MARGIN = 18.0


def write_pdf(b: Briefing, path: Path | str, page: str = "A4") -> Path:
    """Write the briefing to ``path`` as a one-page PDF (A4 or Letter)."""
    refuse_database_as_output(path)
    width, height = (215.9, 279.4) if page.lower() == "letter" else (210.0, 297.0)
    doc = pdf.new_document(width, height)
    doc.set_title(f"Briefing: {b.name}")
    doc.add_page()
    w = width - 2 * MARGIN
    doc.set_xy(MARGIN, MARGIN)
    c = b.contact

    def text(size: float, body: str, style: str = "", lines: int | None = None,
             link: str | None = None, gap: float = 0.0) -> None:
        doc.set_font(pdf.FONT, style, size)
        h = size * 0.45
        if lines is not None:
            got = doc.multi_cell(w, h, body, dry_run=True, output="LINES")
            if len(got) > lines:
                body = " ".join(got[:lines]).rstrip() + " …"
        doc.set_x(MARGIN)
        doc.multi_cell(w, h, body, link=link or "", new_x="LMARGIN", new_y="NEXT",
                       align="L")
        doc.set_y(doc.get_y() + gap)

    def heading(title: str) -> None:
        doc.set_y(doc.get_y() + 2.5)
        text(12, title, "B", gap=1)

    text(18, b.name, "B", gap=1)
    if b.role_line():
        text(11, b.role_line(), gap=1)
    for label, shown, uri in b.phones:
        text(10, f"{label}: {shown}", link=uri)
    for m in c.emails:
        text(10, f"{m.label}: {m.address}", link=f"mailto:{m.address}")
    heading("Temperature")
    text(10, b.temperature.reason)
    heading("How we met")
    text(10, b.how_we_met())
    heading(f"Last conversations ({len(b.conversations)} of {b.conversation_count})")
    if not b.conversations:
        text(10, "No conversations logged yet.")
    for i in b.conversations:
        text(10, _head(i), "B")
        if i.notes:
            text(9.5, i.notes, lines=NOTE_LINES)
        if i.outcome:
            text(9.5, f"Outcome: {i.outcome}", lines=1)
        doc.set_y(doc.get_y() + 1.2)
    heading("Open follow-ups")
    if not b.open_follow_ups:
        text(10, "None.")
    for i in b.open_follow_ups[:6]:
        text(10, "• " + _follow_up_line(i, b.made_on.date()), lines=1)
    if len(b.open_follow_ups) > 6:
        text(10, f"… and {len(b.open_follow_ups) - 6} more")
    if c.birthday or c.tags or b.cards:
        heading("Personal")
        if c.birthday:
            text(10, f"Birthday: {birthday_text(c.birthday)}")
        if c.tags:
            text(10, "Tags: " + ", ".join(c.tags), lines=2)
        if b.cards:
            text(10, "Greeting cards: " + " · ".join(b.cards), lines=2)
    if c.notes:
        heading("Notes")
        room = int((height - MARGIN - 8 - doc.get_y()) / (9.5 * 0.45))
        text(9.5, c.notes, lines=max(1, room))
    doc.set_xy(MARGIN, height - MARGIN + 4)
    doc.set_font(pdf.FONT, "", 7.5)
    doc.cell(w, 4, f"Hearth briefing, {b.made_on:%Y-%m-%d %H:%M}")
    path = Path(path)
    doc.output(str(path))
    return path
