"""`hearth log`, `hearth today`, `hearth briefing`: the conversation log from a shell."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from app.cli.main import UsageError
from app.contacts import listing
from app.contacts import store as contacts
from app.conversations import briefing, temperature, today
from app.conversations import store as interactions
from app.conversations.store import Interaction, InteractionProblem
from app.core import clock, formats
from app.core.i18n import N_, gettext, ngettext
from app.core.i18n import gettext as _
from app.core.problems import problem_code

NO_MATCH = problem_code("cli.contact.no_match", N_("no contact matches “{ref}”"))
MANY_MATCH = problem_code("cli.contact.many_match", N_(
    "“{ref}” matches {count} contacts; give an id or a narrower search:\n{lines}"))
CANNOT_WRITE = problem_code("cli.briefing.cannot_write", N_("cannot write {path}: {reason}"))


def register(subparsers, db_option) -> None:
    p = subparsers.add_parser(
        "log", help=_("log a conversation with a contact"),
        description=_("Log a conversation. CONTACT is an id, a UID, or a search that matches "
        "exactly one contact."))
    db_option(p)
    p.add_argument("contact", metavar="CONTACT")
    p.add_argument("--channel", required=True, choices=temperature.CHANNELS, metavar="CHANNEL",
                   help=gettext(N_("one of: {choices}")).format(
                       choices=", ".join(temperature.CHANNELS)))
    p.add_argument("--direction", choices=interactions.DIRECTIONS, default=interactions.OUT,
                   help=_("out: we reached out (default); in: they reached out"))
    p.add_argument("--when", metavar="ISO-DATETIME", help=_("when it happened (default: now)"))
    p.add_argument("--subject", default="", metavar="S")
    p.add_argument("--notes", default="", metavar="N")
    p.add_argument("--outcome", default="", metavar="O")
    p.add_argument("--follow-up", metavar="DATE", help=_("remind me on this date (YYYY-MM-DD)"))
    p.add_argument("--by", metavar="NAME", help=_(
        "who logged it (default: the name chosen on this computer, if any)"))
    p.set_defaults(func=run_log)

    p = subparsers.add_parser("today", help=_("follow-ups due, contacts going cold, birthdays"),
                              description=_("What needs doing today."))
    db_option(p)
    p.add_argument("--json", action="store_true", help=_("print JSON"))
    p.set_defaults(func=run_today)

    p = subparsers.add_parser("briefing", help=_("a one-page briefing before a call"),
                              description=_("Print a contact's briefing, or write it as a PDF."))
    db_option(p)
    p.add_argument("contact", metavar="CONTACT")
    p.add_argument("--pdf", metavar="FILE", type=Path, help=_("write a one-page PDF"))
    p.add_argument("--letter", action="store_true", help=_("US Letter paper instead of A4"))
    p.set_defaults(func=run_briefing)


def resolve_one(reference: str) -> int:
    """The one live contact CONTACT means; a UsageError naming the candidates otherwise."""
    ids = listing.resolve(reference)
    if not ids:
        raise UsageError(NO_MATCH, ref=reference)
    if len(ids) > 1:
        rows = contacts.list_rows(ids[:20])
        lines = [f"  {i:>7}  {rows[i].display_name}" + (f"  ({rows[i].organisation})"
                 if rows[i].organisation and rows[i].organisation != rows[i].display_name
                 else "") for i in ids[:20] if i in rows]
        more = gettext(N_("\n  … and {count} more")).format(count=len(ids) - 20) \
            if len(ids) > 20 else ""
        raise UsageError(MANY_MATCH, ref=reference, count=len(ids),
                         lines="\n".join(lines) + more)
    return ids[0]


def run_log(args) -> int:
    cid = resolve_one(args.contact)
    now = clock.local_now()
    try:
        when = interactions.parse_when(args.when) if args.when else now
        follow = interactions.parse_date(args.follow_up) if args.follow_up else None
        item = Interaction(args.channel, [cid], when, args.direction, args.subject, args.notes,
                           args.outcome, follow, logged_by=args.by)
        iid = interactions.log(item, now=now)
    except InteractionProblem as exc:
        raise UsageError.of(exc) from None
    from app.conversations import warmth

    temp = warmth.temperature_of(cid, now)
    name = contacts.list_rows([cid])[cid].display_name
    print(_("Logged {channel} with {name} (conversation {id}); now {reason}").format(
        channel=_(temperature.CHANNEL_WORDS.get(args.channel, args.channel)), name=name,
        id=iid, reason=temp.reason))
    return 0


def run_today(args) -> int:
    now = clock.local_now()
    data = today.today(now)
    if args.json:
        json.dump(data.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(gettext(N_("Today, {date}")).format(date=formats.date(data.date, "full")))
    print("\n" + gettext(N_("Follow-ups due ({count})")).format(count=len(data.follow_ups)))
    for f in data.follow_ups:
        late = (ngettext("{n} day overdue", "{n} days overdue", f.days_overdue).format(
            n=f.days_overdue) if f.days_overdue else gettext(N_("due today")))
        channel = gettext(temperature.CHANNEL_WORDS.get(f.channel, f.channel))
        print(f"  {formats.date(f.due)}  {', '.join(f.names)}: {f.subject or channel}  [{late}]")
    print("\n" + gettext(N_("Going cold ({count})")).format(count=len(data.going_cold)))
    for g in data.going_cold:
        band = gettext(temperature.BAND_WORDS[g.temperature.band])
        print(f"  {g.contact_id:>7}  {g.name}: {g.why}  [{band}]")
    print("\n" + ngettext("Birthdays in the next {n} day ({count})",
                          "Birthdays in the next {n} days ({count})",
                          today.BIRTHDAY_DAYS).format(n=today.BIRTHDAY_DAYS,
                                                      count=len(data.birthdays)))
    for b in data.birthdays:
        age = gettext(N_(", turns {age}")).format(age=b.age) if b.age else ""
        print(f"  {formats.date(b.date)}  {b.name}{age}")
    return 0


def run_briefing(args) -> int:
    cid = resolve_one(args.contact)
    b = briefing.briefing(cid, clock.local_now())
    if args.pdf:
        try:
            path = briefing.write_pdf(b, args.pdf, "letter" if args.letter else "A4")
        except OSError as exc:
            raise UsageError(CANNOT_WRITE, path=args.pdf, reason=exc.strerror or exc) from None
        print(path)
        return 0
    print(briefing.to_text(b))
    return 0
