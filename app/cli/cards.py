"""`hearth cards ...`: the greeting-card run from the command line.

    cards new --year Y --occasion O [--from-run ID] [--flagged] [--search Q] [--tag T]
              [--temperature warm,hot]
    cards list
    cards show RUN [--json]
    cards households RUN (--accept-all | --join CONTACT... | --split CONTACT...)
    cards labels RUN --sheet PART --out FILE.pdf [--start N] [--outlines]
    cards envelopes RUN --size DL|C6|C5 --out FILE.pdf
    cards addresses RUN --out FILE.pdf
    cards csv RUN --out FILE.csv [--delimiter ;]
    cards no-cards CONTACT... [--off]
    cards mark RUN (--sent|--received|--returned|--printed|--planned|--not-received)
               (CONTACT... | --all)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from app.cards import envelopes as ce
from app.cards import recipients
from app.cards import runs as cards
from app.cards.csv_export import DELIMITERS, write_csv
from app.cards.labels import SheetProblem, find_sheet, pages_needed
from app.cards.pdf import write_pdf
from app.cards.print_layout import ENVELOPES, address_list_pages, envelope_pages, label_pages
from app.cli.main import UsageError
from app.contacts import listing
from app.contacts import store as contacts
from app.core import clock
from app.core.i18n import N_, gettext, ngettext
from app.core.i18n import gettext as _
from app.core.problems import problem_code

SEE_LIST = problem_code("cli.cards.see_list", N_("{problem} See `hearth cards list`."))
NO_MATCH = problem_code("cli.cards.no_match", N_("No contact matches “{ref}”."))
NO_MATCH_AMONG = problem_code("cli.cards.no_match_among", N_(
    "No contact matches “{ref}” among the recipients of {run}."))
MANY_MATCH = problem_code("cli.cards.many_match", N_(
    "“{ref}” matches {count} contacts ({listed}); give an id."))
NOTHING_TO_PRINT = problem_code("cli.cards.nothing_to_print", N_(
    "{run} has no recipient with a postal address to print."))
NO_RECIPIENTS = problem_code("cli.cards.no_recipients", N_("{run} has no recipients yet."))
BAD_DELIMITER = problem_code("cli.cards.bad_delimiter", N_(
    "--delimiter {delimiter!r}: use ; , or tab."))
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
    group.add_argument("--accept-all", action="store_true", help=_("accept every proposal"))
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
        word = "as having sent us a card" if status == "received" else status.replace("-", " ")
        what.add_argument(f"--{status}", nargs="*", metavar="CONTACT",
                          help=f"mark CONTACTs (id, UID or search) {word}")
    p.add_argument("--all", action="store_true", help=_("every recipient of the run"))
    p.set_defaults(func=run_mark)


def _run(run_id: int) -> cards.Run:
    try:
        return cards.get_run(run_id)
    except cards.CardProblem as exc:
        raise UsageError(SEE_LIST, problem=exc) from None


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
        _run(args.from_run)
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
        print(_("{count} proposed household(s): accept them with "
                "`hearth cards households {run} --accept-all`.").format(
                    count=len(proposals), run=run_id), file=sys.stderr)
    if problems:
        print(_("{count} problem(s) to look at: `hearth cards show {run}`.").format(
            count=len(problems), run=run_id), file=sys.stderr)


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
    run = _run(args.run)
    envs = ce.envelopes(run.id)
    problems = ce.problems(run.id, envs)
    proposals = ce.proposals(run.id)
    recs = recipients.of_run(run.id)
    comparison = recipients.compare(run.id)
    names = contacts.list_rows([i for ids in proposals for i in ids])
    if args.json:
        json.dump({"run": run.to_json(),
                   "recipients": [vars(r) for r in recs],
                   "envelopes": [e.to_json() for e in envs],
                   "proposed_households": proposals,
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
    if proposals:
        print("\n" + gettext(N_("Proposed households (same address):")))
        for ids in proposals:
            print("  " + " + ".join(f"{names[i].display_name} (#{i})" for i in ids))
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
    run = _run(args.run)
    if args.accept_all:
        n = ce.accept_all_proposals(run.id)
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


def _printable(run: cards.Run) -> list[ce.Envelope]:
    envs = ce.envelopes(run.id)
    missing = [e for e in envs if e.address is None]
    if missing:
        names = ", ".join(e.addressee[0] for e in missing[:5]) + ", ..." * (len(missing) > 5)
        print(_("{count} envelope(s) left out: no postal address ({names}).").format(
            count=len(missing), names=names), file=sys.stderr)
    envs = [e for e in envs if e.address is not None]
    if not envs:
        raise UsageError(NOTHING_TO_PRINT, run=run.name)
    return envs


def run_labels(args) -> int:
    run = _run(args.run)
    try:
        sheet = find_sheet(args.sheet)
        envs = _printable(run)
        pages = label_pages([e.lines for e in envs], sheet, args.start, outlines=args.outlines)
    except SheetProblem as exc:
        raise UsageError.of(exc) from None
    write_pdf(pages, args.out, title=f"{run.name}: labels")
    n = pages_needed(sheet, len(envs), args.start)
    print(ngettext("{out}: {labels} labels on {n} sheet of {sheet}, from label {start}.",
                   "{out}: {labels} labels on {n} sheets of {sheet}, from label {start}.", n)
          .format(out=args.out, labels=len(envs), n=n, sheet=sheet.name, start=args.start))
    return 0


def run_envelopes(args) -> int:
    run = _run(args.run)
    envs = _printable(run)
    write_pdf(envelope_pages([e.lines for e in envs], args.size, run.sender.line()), args.out,
              title=f"{run.name}: envelopes")
    print(_("{out}: {n} {size} envelopes.").format(out=args.out, n=len(envs), size=args.size))
    return 0


def run_addresses(args) -> int:
    run = _run(args.run)
    envs = ce.envelopes(run.id)
    if not envs:
        raise UsageError(NO_RECIPIENTS, run=run.name)
    entries = [(e.lines, [f"Salutation: {e.salutation}", f"Status: {e.status}"
                          + (" — no postal address" if e.address is None else "")])
               for e in envs]
    write_pdf(address_list_pages(f"{run.name}: {len(envs)} envelopes", entries), args.out,
              title=f"{run.name}: address list")
    print(_("{out}: {n} envelopes listed.").format(out=args.out, n=len(envs)))
    return 0


def run_csv(args) -> int:
    run = _run(args.run)
    delimiter = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";"}.get(
        args.delimiter.lower(), args.delimiter)
    if delimiter not in DELIMITERS:
        raise UsageError(BAD_DELIMITER, delimiter=args.delimiter)
    envs = ce.envelopes(run.id)
    write_csv(envs, args.out, delimiter=delimiter, sender_language=run.sender.language)
    print(_("{out}: {n} envelopes.").format(out=args.out, n=len(envs)))
    return 0


def run_mark(args) -> int:
    run = _run(args.run)
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
