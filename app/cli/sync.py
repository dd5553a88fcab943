"""`hearth sync add|list|run|remove`: CardDAV accounts and two-way sync."""
from __future__ import annotations

import json
import sys
from urllib.parse import urljoin

from app.carddav import engine, passwords
from app.carddav import store as sync_store
from app.carddav.client import CardDavProblem, Client
from app.cli.main import UsageError
from app.core.i18n import N_, gettext
from app.core.problems import describe, problem_code

NO_PASSWORD = problem_code("cli.sync_no_password", N_(
    "No password for {name}: there is no system keyring here, so pass it on standard "
    "input with --password-stdin."))


def register(subparsers, db_option) -> None:
    p = subparsers.add_parser("sync", help="two-way sync with CardDAV servers",
                              description="Keep Hearth and CardDAV address books in step.")
    db_option(p)
    sub = p.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    a = sub.add_parser("add", help="add a CardDAV account")
    db_option(a)
    a.add_argument("name")
    a.add_argument("--url", required=True, help="the server (a bare host is enough)")
    a.add_argument("--user", required=True)
    a.add_argument("--password-stdin", action="store_true",
                   help="read the password from standard input")
    a.add_argument("--addressbook", metavar="PATH", action="append",
                   help="sync this address book only (repeatable; default: all found)")
    a.set_defaults(func=run_add)
    ls = sub.add_parser("list", help="list the accounts")
    db_option(ls)
    ls.set_defaults(func=run_list)
    r = sub.add_parser("run", help="sync now")
    db_option(r)
    r.add_argument("name", nargs="?", help="one account (default: all)")
    r.add_argument("--json", action="store_true", help="print the counts as JSON")
    r.add_argument("--password-stdin", action="store_true",
                   help="read the password from standard input")
    r.add_argument("--prefer", choices=(engine.LOCAL, engine.SERVER),
                   help="settle fields changed on both sides this way (default: keep the "
                   "conflict for the window)")
    r.set_defaults(func=run_sync)
    rm = sub.add_parser("remove", help="remove an account (contacts stay in Hearth)")
    db_option(rm)
    rm.add_argument("name")
    rm.set_defaults(func=run_remove)


def _password(args, name: str, user: str) -> str:
    if args.password_stdin:
        if not hasattr(args, "_stdin_password"):
            args._stdin_password = sys.stdin.readline().rstrip("\r\n")
        return args._stdin_password
    found = passwords.lookup(name, user)
    if found is None:
        raise UsageError(NO_PASSWORD, name=name)
    return found


def run_add(args) -> int:
    password = _password(args, args.name, args.user)
    client = Client(args.url, args.user, password)
    try:
        if args.addressbook:
            books = [(urljoin(client.url, p.rstrip("/") + "/"), p.strip("/").rsplit("/")[-1])
                     for p in args.addressbook]
        else:
            books = [(b.url, b.name) for b in client.discover()]
    except CardDavProblem as exc:
        print(f"hearth sync add: {describe(exc)}", file=sys.stderr)
        return 1
    finally:
        client.close()
    sync_store.add_account(args.name, client.url, args.user, books)
    passwords.remember(args.name, args.user, password)
    for url, name in books:
        print(f"{args.name}: {name} ({url})")
    return 0


def run_list(args) -> int:
    for a in sync_store.accounts():
        last = a.last_sync_at or "-"
        print(f"{a.name}\t{a.url}\t{a.username}\t{last}")
        for b in sync_store.books(a.id):
            print(f"\t{b.name}\t{b.url}")
    return 0


def run_sync(args) -> int:
    chosen = [sync_store.account(args.name)] if args.name else sync_store.accounts()
    report, status = {}, 0
    for a in chosen:
        try:
            result = engine.sync_account(a, _password(args, a.name, a.username), args.prefer)
        except CardDavProblem as exc:
            status = 1
            report[a.name] = {"error": describe(exc)}
            if not args.json:
                print(f"hearth sync: {describe(exc)}", file=sys.stderr)
            continue
        report[a.name] = result.to_json()
        if result.errors or result.conflicts:
            status = max(status, 1 if result.errors else 0)
        if not args.json:
            print(gettext(N_("{name}: {received} received, {sent} sent, {deleted} deleted, "
                             "{conflicts} conflicts, {errors} errors")).format(
                name=a.name, received=result.received, sent=result.sent,
                deleted=result.deleted, conflicts=result.conflicts,
                errors=len(result.errors)))
    if args.json:
        print(json.dumps(report, indent=2))
    return status


def run_remove(args) -> int:
    a = sync_store.account(args.name)
    sync_store.remove_account(args.name)
    passwords.forget(a.name, a.username)
    return 0
