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
from app.cards.runs import OCCASION_WORDS, STATUS_WORDS, known_occasion
from app.contacts import store as contacts
from app.contacts.model import ContactData
from app.conversations import store as interactions
from app.conversations import temperature, touches_store, warmth
from app.core import formats, pdf
from app.core.i18n import N_, gettext, ngettext
from app.privacy import erase as privacy
from app.storage.connection import refuse_database_as_output

_ = gettext  # the briefing is all words: the short gettext name keeps it readable
ORIGIN_WORDS = {"trade fair": N_("trade fair"), "referral": N_("referral"),
                "mailing": N_("mailing"), "website": N_("website"), "event": N_("event"),
                "cold list": N_("cold list"), "other": N_("other")}
LABEL_WORDS = {"mobile": N_("mobile"), "work": N_("work"), "home": N_("home"),
               "fax": N_("fax"), "other": N_("other")}


def _label(label: str) -> str:
    """A phone's or e-mail's label in the interface language (a label as typed stays)."""
    return _(LABEL_WORDS[label]) if label in LABEL_WORDS else label


#: Words translated inside the f-strings of to_html, where extraction cannot see them.
_HTML_WORDS = (N_("Outcome"), N_("Birthday"), N_("Tags"), N_("Greeting cards"))

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
            parts.append(_(ORIGIN_WORDS[c.origin]) if c.origin in ORIGIN_WORDS else c.origin)
        if self.referred_by:
            parts.append(_("referred by {name}").format(name=self.referred_by))
        if c.first_contact:
            parts.append(_("first contact {date}").format(date=_date(c.first_contact)))
        return "; ".join(parts) or _("not recorded")


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
        phones.append((_label(p.label), parsed.international or p.number, uri))
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
        return [f"{formats.date(i.happened_at.date())}: "
                f"{_(temperature.CHANNEL_WORDS.get(i.channel, i.channel))} "
                f"({gettext(interactions.DIRECTION_WORDS[i.direction])})"
                for i in touches_store.touches(contact_id, limit)]
    out = []
    for year, occasion, status, received in rows:
        ours = _("ours {status}").format(status=_(STATUS_WORDS.get(status, status))) \
            if status else _("none from us")
        theirs = _("theirs received") if received else _("none from them")
        known = known_occasion(occasion)
        name = _(OCCASION_WORDS[known]) if known else occasion.capitalize()
        out.append(_("{occasion} {year}: {ours}; {theirs}").format(
            occasion=name, year=year, ours=ours, theirs=theirs))
    return out


def _when(i: interactions.Interaction) -> str:
    return formats.date_time(i.happened_at)


def _head(i: interactions.Interaction) -> str:
    text = f"{_when(i)} · {_(temperature.CHANNEL_WORDS.get(i.channel, i.channel))}"
    if i.channel != "note":
        text += f" ({gettext(interactions.DIRECTION_WORDS[i.direction])})"
    return f"{text} · {i.subject}" if i.subject else text


def _logged_by(i: interactions.Interaction) -> str:
    """"logged by Anna" when the conversation names who logged it, else ""."""
    return _("logged by {name}").format(name=i.logged_by) if i.logged_by else ""


def _signed_head(i: interactions.Interaction) -> str:
    """The head line with who logged it after it, for plain text and paper."""
    by = _logged_by(i)
    return f"{_head(i)} · {by}" if by else _head(i)


def _follow_up_line(i: interactions.Interaction, today: dt.date) -> str:
    late = (today - i.follow_up).days
    state = ngettext(" (overdue {n} day)", " (overdue {n} days)", late).format(n=late) \
        if late > 0 else (_(" (today)") if late == 0 else "")
    what = i.subject or _(temperature.CHANNEL_WORDS.get(i.channel, i.channel))
    return f"{formats.date(i.follow_up)}{state}: {what}"


def _date(iso: str) -> str:
    try:
        return formats.date(dt.date.fromisoformat(iso))
    except ValueError:
        return iso


def birthday_text(iso: str) -> str:
    """"1980-04-23" -> "23 April 1980"; "--04-23" -> "23 April" (in the language)."""
    try:
        month, day = int(iso[-5:-3]), int(iso[-2:])
        when = dt.date(int(iso[:4]) if not iso.startswith("--") else 2000, month, day)
    except (ValueError, IndexError):
        return iso
    return formats.day_month(when) if iso.startswith("--") else formats.date(when, "long")


def to_text(b: Briefing) -> str:
    """The briefing as plain text, for the terminal."""
    c = b.contact
    out = [b.name]
    if b.role_line():
        out.append(b.role_line())
    out += [f"{label}: {shown}" for label, shown, _ in b.phones]
    out += [f"{_label(m.label)}: {m.address}" for m in c.emails]
    out += ["", _("Temperature: {reason}").format(reason=b.temperature.reason),
            _("How we met: {how}").format(how=b.how_we_met()), "",
            _("Last conversations ({shown} of {count}):").format(
                shown=len(b.conversations), count=b.conversation_count)]
    if not b.conversations:
        out.append("  " + _("No conversations logged yet."))
    for i in b.conversations:
        out.append("  " + _signed_head(i))
        out += ["    " + line for line in i.notes.splitlines() if line.strip()]
        if i.outcome:
            out.append("    " + _("Outcome: {outcome}").format(outcome=i.outcome))
    out.append(_("Open follow-ups:"))
    out += [f"  {_follow_up_line(i, b.made_on.date())}" for i in b.open_follow_ups] or [
        "  " + _("None.")]
    if c.birthday:
        out.append(_("Birthday: {date}").format(date=birthday_text(c.birthday)))
    if c.tags:
        out.append(_("Tags: {tags}").format(tags=", ".join(c.tags)))
    if b.cards:
        out += [_("Greeting cards:")] + [f"  {line}" for line in b.cards]
    if c.notes:
        out += [_("Notes:")] + ["  " + line for line in c.notes.splitlines()]
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
    contact_bits += [f'{e(_label(m.label))}: <a href="mailto:{e(m.address)}">{e(m.address)}</a>'
                     for m in c.emails]
    if contact_bits:
        out.append("<p>" + " &nbsp;·&nbsp; ".join(contact_bits) + "</p>")
    out.append(f"<p><b>{e(_('Temperature'))}:</b> {e(b.temperature.reason)}</p>")
    out.append(f"<p><b>{e(_('How we met'))}:</b> {e(b.how_we_met())}</p>")
    out.append("<h3>{}</h3>".format(e(_("Last conversations ({shown} of {count})").format(
        shown=len(b.conversations), count=b.conversation_count))))
    if not b.conversations:
        out.append(f"<p>{e(_('No conversations logged yet.'))}</p>")
    for i in b.conversations:
        by = _logged_by(i)
        out.append(f"<p><b>{e(_head(i))}</b>" + (f" &nbsp;<i>{e(by)}</i>" if by else ""))
        if i.notes:
            out.append("<br>" + e(i.notes).replace("\n", "<br>"))
        if i.outcome:
            out.append(f"<br><i>{e(_('Outcome'))}:</i> {e(i.outcome)}")
        out.append("</p>")
    out.append(f"<h3>{e(_('Open follow-ups'))}</h3>")
    if b.open_follow_ups:
        out.append("<ul>" + "".join(f"<li>{e(_follow_up_line(i, b.made_on.date()))}</li>"
                                    for i in b.open_follow_ups) + "</ul>")
    else:
        out.append(f"<p>{e(_('None.'))}</p>")
    personal = []
    if c.birthday:
        personal.append(f"<b>{e(_('Birthday'))}:</b> {e(birthday_text(c.birthday))}")
    if c.tags:
        personal.append(f"<b>{e(_('Tags'))}:</b> {e(', '.join(c.tags))}")
    if b.cards:
        personal.append(f"<b>{e(_('Greeting cards'))}:</b> {e(' · '.join(b.cards))}")
    if personal:
        out.append("<p>" + "<br>".join(personal) + "</p>")
    if c.notes:
        out.append(f"<h3>{e(_('Notes'))}</h3><p>" + e(c.notes).replace("\n", "<br>") + "</p>")
    return "\n".join(out)


# --- PDF for the command line -----------------------------------------------------------

MARGIN = 18.0


def write_pdf(b: Briefing, path: Path | str, page: str = "A4") -> Path:
    """Write the briefing to ``path`` as a one-page PDF (A4 or Letter)."""
    refuse_database_as_output(path)
    width, height = (215.9, 279.4) if page.lower() == "letter" else (210.0, 297.0)
    doc = pdf.new_document(width, height)
    doc.set_title(_("Briefing: {name}").format(name=b.name))
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
        text(10, f"{_label(m.label)}: {m.address}", link=f"mailto:{m.address}")
    heading(_("Temperature"))
    text(10, b.temperature.reason)
    heading(_("How we met"))
    text(10, b.how_we_met())
    heading(_("Last conversations ({shown} of {count})").format(
        shown=len(b.conversations), count=b.conversation_count))
    if not b.conversations:
        text(10, _("No conversations logged yet."))
    for i in b.conversations:
        text(10, _signed_head(i), "B")
        if i.notes:
            text(9.5, i.notes, lines=NOTE_LINES)
        if i.outcome:
            text(9.5, _("Outcome: {outcome}").format(outcome=i.outcome), lines=1)
        doc.set_y(doc.get_y() + 1.2)
    heading(_("Open follow-ups"))
    if not b.open_follow_ups:
        text(10, _("None."))
    for i in b.open_follow_ups[:6]:
        text(10, "• " + _follow_up_line(i, b.made_on.date()), lines=1)
    if len(b.open_follow_ups) > 6:
        text(10, _("… and {count} more").format(count=len(b.open_follow_ups) - 6))
    if c.birthday or c.tags or b.cards:
        heading(_("Personal"))
        if c.birthday:
            text(10, _("Birthday: {date}").format(date=birthday_text(c.birthday)))
        if c.tags:
            text(10, _("Tags: {tags}").format(tags=", ".join(c.tags)), lines=2)
        if b.cards:
            text(10, _("Greeting cards: {cards}").format(cards=" · ".join(b.cards)), lines=2)
    if c.notes:
        heading(_("Notes"))
        room = int((height - MARGIN - 8 - doc.get_y()) / (9.5 * 0.45))
        text(9.5, c.notes, lines=max(1, room))
    doc.set_xy(MARGIN, height - MARGIN + 4)
    doc.set_font(pdf.FONT, "", 7.5)
    doc.cell(w, 4, _("Hearth briefing, {when}").format(when=formats.date_time(b.made_on)))
    path = Path(path)
    doc.output(str(path))
    return path
