"""`hearth contacts`: list or search contacts, as text or JSON."""
from __future__ import annotations

import json
import sys

from app.contacts import listing
from app.contacts import store as contacts
from app.conversations import warmth
from app.core import clock
from app.core.i18n import gettext as _


def register(subparsers, db_option) -> None:
    p = subparsers.add_parser("contacts", help=_("list or search contacts"),
                              description=_("List contacts, or those matching a search."))
    db_option(p)
    p.add_argument("--search", "-s", metavar="Q", default="", help=_("only contacts matching Q"))
    p.add_argument("--trash", action="store_true", help=_("list the trash instead"))
    p.add_argument("--json", action="store_true", help=_("print a JSON list of objects"))
    p.set_defaults(func=run)


def contact_json(c) -> dict:
    data = c.to_json()
    data["addresses"] = [
        {k: getattr(a, k) for k in ("label", "street", "extended", "po_box", "postal_code",
                                    "city", "region", "country")} for a in c.addresses]
    data["phones"] = [{"label": p.label, "number": p.number} for p in c.phones]
    data["emails"] = [{"label": e.label, "address": e.address} for e in c.emails]
    data["urls"] = [{"label": u.label, "url": u.url} for u in c.urls]
    return data


def run(args) -> int:
    ids = listing.find_ids(args.search, trashed=args.trash)
    if args.json:
        out = []
        now = clock.local_now()
        temp_settings = warmth.load_settings()
        for start in range(0, len(ids), 1000):
            chunk = ids[start:start + 1000]
            temps = warmth.temperatures(chunk, now, temp_settings)
            rows = contacts.list_rows(chunk)
            for c in contacts.get_many(chunk, with_photos=False):
                data = contact_json(c)
                data["temperature"] = temps[c.id].to_json()
                data["last_contact"] = rows[c.id].last_contact_at
                out.append(data)
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    rows = contacts.list_rows(ids)
    for i in ids:
        r = rows[i]
        fields = [r.display_name, r.organisation if r.organisation != r.display_name else "",
                  r.phone, r.email, r.city]
        print(f"{i:>7}  " + "  |  ".join(f for f in fields if f))
    print(f"{len(ids)} contact{'s' if len(ids) != 1 else ''}", file=sys.stderr)
    return 0
