"""`hearth cards labels|envelopes|addresses|csv`: a run's outputs from the command line.

Only envelopes with a postal address are printed or exported; the command says
how many were left out and why (app.cards.envelopes.with_address).
"""
from __future__ import annotations

import sys

from app.cards import envelopes as ce
from app.cards import runs as cards
from app.cards.csv_export import DELIMITERS, write_csv
from app.cards.labels import SheetProblem, find_sheet, pages_needed
from app.cards.pdf import write_pdf
from app.cards.print_layout import address_list_pages, envelope_pages, label_pages
from app.cli.main import UsageError
from app.core.i18n import N_, ngettext
from app.core.i18n import gettext as _
from app.core.problems import problem_code

SEE_LIST = problem_code("cli.cards.see_list", N_("{problem} See `hearth cards list`."))
NOTHING_TO_PRINT = problem_code("cli.cards.nothing_to_print", N_(
    "{run} has no recipient with a postal address to print."))
NO_RECIPIENTS = problem_code("cli.cards.no_recipients", N_("{run} has no recipients yet."))
BAD_DELIMITER = problem_code("cli.cards.bad_delimiter", N_(
    "--delimiter {delimiter!r}: use ; , or tab."))


def load_run(run_id: int) -> cards.Run:
    try:
        return cards.get_run(run_id)
    except cards.CardProblem as exc:
        raise UsageError(SEE_LIST, problem=exc) from None


def _printable(run: cards.Run) -> list[ce.Envelope]:
    envs = ce.envelopes(run.id)
    missing = [e for e in envs if e.address is None]
    if missing:
        names = ", ".join(e.addressee[0] for e in missing[:5]) + ", ..." * (len(missing) > 5)
        print(ngettext("{count} envelope left out: no postal address ({names}).",
                       "{count} envelopes left out: no postal address ({names}).",
                       len(missing)).format(count=len(missing), names=names), file=sys.stderr)
    envs = ce.with_address(envs)
    if not envs:
        raise UsageError(NOTHING_TO_PRINT, run=run.name)
    return envs


def run_labels(args) -> int:
    run = load_run(args.run)
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
    run = load_run(args.run)
    envs = _printable(run)
    write_pdf(envelope_pages([e.lines for e in envs], args.size, run.sender.line()), args.out,
              title=f"{run.name}: envelopes")
    print(_("{out}: {n} {size} envelopes.").format(out=args.out, n=len(envs), size=args.size))
    return 0


def run_addresses(args) -> int:
    run = load_run(args.run)
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
    run = load_run(args.run)
    delimiter = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";"}.get(
        args.delimiter.lower(), args.delimiter)
    if delimiter not in DELIMITERS:
        raise UsageError(BAD_DELIMITER, delimiter=args.delimiter)
    envs = _printable(run)
    write_csv(envs, args.out, delimiter=delimiter, sender_language=run.sender.language)
    print(_("{out}: {n} envelopes.").format(out=args.out, n=len(envs)))
    return 0
