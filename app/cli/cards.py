"""`hearth cards ...`: the greeting-card run from the command line.

    cards new --year Y --occasion O [--from-run ID] [--flagged] [--search Q] [--tag T]
              [--temperature warm,hot]
    cards list
    cards show RUN [--json]
    cards households RUN (--accept-all | --accept-companies | --join CONTACT...
                          | --split CONTACT...)
    cards labels RUN --sheet PART --out FILE.pdf [--start N] [--outlines]
    cards envelopes RUN --size DL|C6|C5 --out FILE.pdf
    cards addresses RUN --out FILE.pdf
    cards csv RUN --out FILE.csv [--delimiter ;]
    cards no-cards CONTACT... [--off]
    cards mark RUN (--sent|--received|--returned|--printed|--planned|--not-received)
               (CONTACT... | --all) [--even-without-address]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from app.cards import envelopes as ce
from app.cards import recipients
from app.cards import runs as cards
from app.cards.print_layout import ENVELOPES
from app.cli.cards_outputs import load_run, run_addresses, run_csv, run_envelopes, run_labels
from app.cli.main import UsageError
from app.contacts import listing
from app.contacts import store as contacts
from app.core import clock
from app.core.i18n import N_, gettext, ngettext
from app.core.i18n import gettext as _
from app.core.problems import problem_code

NO_MATCH = problem_code("cli.cards.no_match", N_("No contact matches “{ref}”."))
NO_MATCH_AMONG = problem_code("cli.cards.no_match_among", N_(
    "No contact matches “{ref}” among the recipients of {run}."))
MANY_MATCH = problem_code("cli.cards.many_match", N_(
    "“{ref}” matches {count} contacts ({listed}); give an id."))
MARK_WHOM = problem_code("cli.cards.mark_whom", N_(
    "Name the contacts to mark, or give --all (not both)."))
NO_ONE_CONTACT = problem_code("cli.cards.no_one_contact", N_(
    "No contact matches “{ref}”; give one contact's id."))
NOT_ONE_CONTACT = problem_code("cli.cards.not_one_contact", N_(
    "{count} contacts match “{ref}”; give one contact's id."))


def register(subparsers, db_option) -> None:
    top = subparsers.add_parser("cards", help=_("greeting-card runs: recipients, labels, CSV"),
                                description=_("The yearly greeting-card run."))
    sub = top.add_subparsers(dest="cards_command", metavar="ACTION", required=True)

    p = sub.add_parser("new", help=_("start a run"), description=(
        "Start a run. Sources add up; contacts marked 'no cards' and contacts in the trash "
        "are left out."))
    db_option(p)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--occasion", required=True,
                   help=_("Christmas, New Year, Easter, or your own word"))
    p.add_argument("--title", default="", help=_("a name for the run (default: occasion and year)"))
    p.add_argument("--from-run", type=int, metavar="ID", help=_("copy the recipients of run ID"))
    p.add_argument("--flagged", action="store_true", help=_("contacts with the yearly-card flag"))
    p.add_argument("--search", metavar="Q", default="", help=_("contacts matching Q"))
    p.add_argument("--tag", metavar="T", default="", help=_("contacts tagged T"))
    p.add_argument("--temperature", metavar="BANDS", default="",
                   help=_("contacts this warm, e.g. warm,hot"))
    p.add_argument("--sender-name", help=_("sender for envelopes (default: the last run's)"))
    p.add_argument("--sender-street")
    p.add_argument("--sender-postal-code")
    p.add_argument("--sender-city")
    p.add_argument("--sender-country", help=_("ISO code, e.g. DE"))
    p.add_argument("--language", choices=("de", "en"), help=_("the sender's language"))
    p.set_defaults(func=run_new)

    p = sub.add_parser("list", help=_("list runs"))
    db_option(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_list)

    p = sub.add_parser("show", help=_("recipients, households, problems of a run"))
    db_option(p)
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_show)

    p = sub.add_parser("households", help=_("accept, join or split households"))
    db_option(p)
    p.add_argument("run", type=int, metavar="RUN")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--accept-all", action="store_true",
                       help=_("accept every proposed household (family at a private address)"))
    group.add_argument("--accept-companies", action="store_true",
                       help=_("one envelope per company: a firm and its people at its address"))
    group.add_argument("--join", nargs="+", metavar="CONTACT", help=_("one envelope for these"))
    group.add_argument("--split", nargs="+", metavar="CONTACT", help=_("an envelope each"))
    p.set_defaults(func=run_households)

    p = sub.add_parser("labels", help=_("labels as PDF"))
    db_option(p)
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("--sheet", required=True, metavar="PART",
                   help=_("e.g. 'Zweckform 3475', L7160, 5160, or custom:3x8:70x36:0,4.5"))
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--start", type=int, default=1, metavar="N",
                   help=_("first free label on the first sheet (1 = top left)"))
    p.add_argument("--outlines", action="store_true", help=_("draw the label outlines (to check)"))
    p.set_defaults(func=run_labels)

    p = sub.add_parser("envelopes", help=_("envelopes as PDF"))
    db_option(p)
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("--size", default="DL", type=str.upper, choices=sorted(ENVELOPES))
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.set_defaults(func=run_envelopes)

    p = sub.add_parser("addresses", help=_("the address list, to check, as PDF"))
    db_option(p)
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.set_defaults(func=run_addresses)

    p = sub.add_parser("csv", help=_("CSV for a mail merge"))
    db_option(p)
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.csv")
    p.add_argument("--delimiter", default=";", help=_("; (default), comma ',' or 'tab'"))
    p.set_defaults(func=run_csv)

    p = sub.add_parser("no-cards", help=_("never add these contacts to a run automatically"))
    db_option(p)
    p.add_argument("contacts", nargs="+", metavar="CONTACT", help=_("id, UID or a search"))
    p.add_argument("--off", action="store_true", help=_("take the mark away again"))
    p.set_defaults(func=run_no_cards)

    p = sub.add_parser("mark", help=_("mark cards sent, returned or received"))
    db_option(p)
    p.add_argument("run", type=int, metavar="RUN")
    # The contacts belong to the status option ("--sent Anna Max"): a positional list
    # after RUN would be swallowed by argparse before it sees the option.
    what = p.add_mutually_exclusive_group(required=True)
    for status in cards.STATUSES + ("received", "not-received"):
        word = (_("as having sent us a card") if status == "received" else
                _("as not having sent us a card") if status == "not-received" else
                gettext(cards.STATUS_WORDS[status]))
        what.add_argument(f"--{status}", nargs="*", metavar="CONTACT",
                          help=_("mark CONTACTs (id, UID or search) {word}").format(word=word))
    p.add_argument("--all", action="store_true", help=_("every recipient of the run"))
    p.add_argument("--even-without-address", action="store_true",
                   help=_("mark sent also recipients without a postal address (left out "
                          "otherwise: their card cannot have gone out)"))
    p.set_defaults(func=run_mark)


def _sender(args) -> cards.Sender:
    s = cards.default_sender()
    for field in ("name", "street", "postal_code", "city", "country"):
        value = getattr(args, f"sender_{field}")
        if value is not None:
            setattr(s, field, value.strip())
    if args.language:
        s.language = args.language
    s.country = (s.country or "DE").upper()
    return s


def run_new(args) -> int:
    if args.from_run is not None:
        load_run(args.from_run)
    bands = [b.strip() for b in args.temperature.split(",") if b.strip()]
    try:
        run_id, count = recipients.new_run(
            args.year, args.occasion, sender=_sender(args), title=args.title,
            from_run=args.from_run, flagged=args.flagged, search=args.search, tag=args.tag,
            bands=bands)
    except cards.CardProblem as exc:
        raise UsageError.of(exc) from None
    run = cards.get_run(run_id)
    print(ngettext("Run {id} “{name}”: {n} recipient.", "Run {id} “{name}”: {n} recipients.",
                   count).format(id=run_id, name=run.shown_name(), n=count))
    _summary(run_id)
    return 0


def _summary(run_id: int) -> None:
    proposals = ce.proposals(run_id)
    problems = ce.problems(run_id)
    if proposals:
        print(ngettext("{count} proposed household: accept it with "
                       "`hearth cards households {run} --accept-all`.",
                       "{count} proposed households: accept them with "
                       "`hearth cards households {run} --accept-all`.", len(proposals)).format(
                    count=len(proposals), run=run_id), file=sys.stderr)
    if problems:
        print(ngettext("{count} problem to look at: `hearth cards show {run}`.",
                       "{count} problems to look at: `hearth cards show {run}`.",
                       len(problems)).format(count=len(problems), run=run_id), file=sys.stderr)


def run_list(args) -> int:
    runs = cards.list_runs()
    if args.json:
        json.dump([r.to_json() for r in runs], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for r in runs:
        print(_("{id:>5}  {name:<28} {recipients:>5} recipients  {sent:>5} sent").format(
            id=r.id, name=r.shown_name(), recipients=r.recipients, sent=r.sent))
    print(ngettext("{n} run", "{n} runs", len(runs)).format(n=len(runs)), file=sys.stderr)
    return 0


def run_show(args) -> int:
    run = load_run(args.run)
    envs = ce.envelopes(run.id)
    problems = ce.problems(run.id, envs)
    found = ce.household_proposals(run.id) + ce.household_proposals(run.id, companies=True)
    proposals = [p.ids for p in found if not p.company]
    recs = recipients.of_run(run.id)
    comparison = recipients.compare(run.id)
    names = contacts.list_rows([i for p in found for i in p.ids])
    if args.json:
        json.dump({"run": run.to_json(),
                   "recipients": [vars(r) for r in recs],
                   "envelopes": [e.to_json() for e in envs],
                   "proposed_households": proposals,
                   "proposed_company_envelopes": [p.ids for p in found if p.company],
                   "problems": [p.to_json() for p in problems],
                   "comparison": comparison.to_json()},
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(gettext(N_("{name} (run {id}), sender: {sender}")).format(
        name=run.shown_name(), id=run.id, sender=run.sender.line() or gettext(N_("(none)"))))
    print(ngettext("{n} recipient in {envelopes}", "{n} recipients in {envelopes}",
                   len(recs)).format(n=len(recs), envelopes=ngettext(
                       "{n} envelope", "{n} envelopes", len(envs)).format(n=len(envs))))
    print("\n" + gettext(N_("Envelopes:")))
    for e in envs:
        members = ", ".join(f"#{m.id}" for m in e.members)
        status = gettext(cards.STATUS_WORDS.get(e.status, e.status))
        print(f"  [{status:<8}] {' / '.join(e.lines)}   ({members}; {e.salutation})")
    for companies, title in ((False, _("Proposed households (same family, same private "
                                        "address; --accept-all):")),
                             (True, _("One envelope per company (--accept-companies):"))):
        shown = [p for p in found if bool(p.company) == companies]
        if shown:
            print(f"\n{title}")
        for p in shown:
            print("  " + " + ".join(f"{names[i].display_name} (#{i})" for i in p.ids)
                  + f"  — {p.line}")
    print("\n" + gettext(N_("Problems ({count}):")).format(count=len(problems)))
    for p in problems:
        print(f"  #{p.contact_id} {p.name}: {p.message}")
    if comparison.previous_run is not None:
        print("\n" + gettext(N_(
            "Compared with run {run}: {new} new, {dropped} dropped, {sent} sent but not "
            "received, {received} received but not sent")).format(
                run=comparison.previous_run, new=len(comparison.new),
                dropped=len(comparison.dropped), sent=len(comparison.sent_not_received),
                received=len(comparison.received_not_sent)))
    return 0


def _contact_ids(run: cards.Run, refs: list[str], *, recipients_only: bool = True) -> list[int]:
    """Each CONTACT (id, UID or search) to exactly one contact, preferring recipients."""
    members = set(recipients.recipient_ids(run.id))
    out: list[int] = []
    for ref in refs:
        found = listing.resolve(ref)
        inside = [i for i in found if i in members]
        chosen = inside or ([] if recipients_only else found)
        if not chosen:
            among = recipients_only and found
            raise UsageError(NO_MATCH_AMONG if among else NO_MATCH, ref=ref, run=run.name)
        if len(chosen) > 1:
            rows = contacts.list_rows(chosen[:5])
            listed = ", ".join(f"{rows[i].display_name} (#{i})" for i in chosen[:5])
            raise UsageError(MANY_MATCH, ref=ref, count=len(chosen),
                             listed=listed + (", ..." if len(chosen) > 5 else ""))
        out.append(chosen[0])
    return out


def run_households(args) -> int:
    run = load_run(args.run)
    if args.accept_all or args.accept_companies:
        n = ce.accept_all_proposals(run.id, companies=args.accept_companies)
        print(ngettext("Accepted {n} household.", "Accepted {n} households.", n).format(n=n))
    elif args.join:
        ids = _contact_ids(run, args.join)
        recipients.join(run.id, ids)
        print(_("{n} recipients now share one envelope.").format(n=len(ids)))
    else:
        ids = _contact_ids(run, args.split)
        recipients.split(run.id, ids)
        print(_("{n} recipients now get an envelope each.").format(n=len(ids)))
    return 0


def run_mark(args) -> int:
    run = load_run(args.run)
    status, refs = next((s, getattr(args, s.replace("-", "_")))
                        for s in cards.STATUSES + ("received", "not-received")
                        if getattr(args, s.replace("-", "_")) is not None)
    if args.all == bool(refs):
        raise UsageError(MARK_WHOM)
    received = status in ("received", "not-received")
    if args.all:
        ids = recipients.recipient_ids(run.id)
    else:
        ids = _contact_ids(run, refs, recipients_only=not received)
    if status == cards.SENT and not args.even_without_address:
        ids = _leave_out_unaddressed(run, ids)
    now = clock.local_now()
    try:
        if received:
            n = recipients.mark_received(run.id, ids, status == "received", now)
            word = _("received") if status == "received" else _("not received")
        else:
            n = recipients.mark(run.id, ids, status, now)
            word = gettext(cards.STATUS_WORDS[status])
    except cards.CardProblem as exc:
        raise UsageError.of(exc) from None
    print(_("{n} of {count} marked {word}.").format(n=n, count=len(ids), word=word))
    return 0


def _leave_out_unaddressed(run: cards.Run, ids: list[int]) -> list[int]:
    """"Sent" only for recipients whose envelope has a postal address; say who is left out."""
    missing = ce.unaddressed_ids(ce.envelopes(run.id), ids)
    if missing:
        rows = contacts.list_rows(missing[:5])
        names = ", ".join(rows[i].display_name for i in missing[:5] if i in rows)
        names += ", ..." * (len(missing) > 5)
        print(ngettext("{count} recipient left out: no postal address ({names}); "
                       "--even-without-address marks them too.",
                       "{count} recipients left out: no postal address ({names}); "
                       "--even-without-address marks them too.",
                       len(missing)).format(count=len(missing), names=names), file=sys.stderr)
    gone = set(missing)
    return [i for i in ids if i not in gone]


def run_no_cards(args) -> int:
    ids: list[int] = []
    for ref in args.contacts:
        found = listing.resolve(ref)
        if len(found) != 1:
            raise UsageError(NOT_ONE_CONTACT if found else NO_ONE_CONTACT,
                             ref=ref, count=len(found))
        ids += found
    recipients.set_no_cards(ids, not args.off)
    print((ngettext("{n} contact may get cards again.", "{n} contacts may get cards again.",
                    len(ids)) if args.off else
           ngettext("{n} contact marked “no cards”.", "{n} contacts marked “no cards”.",
                    len(ids))).format(n=len(ids)))
    return 0
