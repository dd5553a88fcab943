"""Everything Hearth stores about one person, handed back (GDPR Art. 15 and 20).

:func:`collect` gathers it as plain data; :func:`write_export` writes it into a
folder as ``personal-data.json`` (machine-readable: the readable sections and,
under ``stored_rows``, every stored row about the person column by column),
``contact.vcf`` (the card, for another address book), ``photo.*`` and a
readable ``personal-data.pdf`` (app.privacy.report). Other people in a shared
conversation are named only by name.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from app.contacts import store as contacts
from app.conversations import warmth
from app.core import clock
from app.core.i18n import N_, gettext
from app.privacy import erase_store, export_store
from app.privacy.erase import ERASED_REFERRER, NO_SUCH_CONTACT, PrivacyProblem
from app.storage.connection import refuse_database_as_output
from app.vcard import writer

FORMAT = "hearth-personal-data"
FORMAT_VERSION = 1
JSON_NAME, VCARD_NAME, PDF_NAME = "personal-data.json", "contact.vcf", "personal-data.pdf"
NO_MERGE_HISTORY = N_("Hearth keeps no history of merged contacts.")
_PHOTO_SUFFIX = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif"}
_INPUTS = ("last_contact_at", "last_channel", "warmth_log", "last_two_way_at",
           "prev_two_way_at")


def collect(contact_id: int, now: dt.datetime | None = None) -> dict:
    """The person's data as one JSON-ready dict (see the module doc)."""
    now = now or clock.local_now()
    con = erase_store.connection()
    rows = export_store.stored_rows(con, contact_id)
    if not rows["contact"]:
        raise PrivacyProblem(NO_SUCH_CONTACT, contact_id=contact_id)
    c = contacts.get(contact_id)
    stored = rows["contact"][0]
    person = c.to_json()
    photo = None
    if c.photo is not None:
        photo = {"file": "photo" + _PHOTO_SUFFIX.get(c.photo_mime, ".bin"),
                 "mime": c.photo_mime, "bytes": len(c.photo)}
    temp = warmth.temperature_of(contact_id, now)
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "exported_at": clock.stamp(),
        "contact": person,
        "photo": photo,
        "how_we_met": {"origin": c.origin, "first_contact": c.first_contact,
                       "referred_by": _referrer(con, c.referred_by_id, contact_id)},
        "temperature": {"band": temp.band, "score": temp.score, "reason": temp.reason,
                        "pinned_band": stored["pinned_band"],
                        "inputs": {k: stored[k] for k in _INPUTS}},
        "conversations": _conversations(con, rows["interaction"], contact_id),
        "follow_ups": [
            {"conversation": i["id"], "due": i["follow_up"], "done": bool(i["follow_up_done"]),
             "subject": i["subject"]}
            for i in rows["interaction"] if i["follow_up"]],
        "greeting_cards": _cards(rows),
        "referred_others": export_store.referred_count(con, contact_id),
        "merge_history": NO_MERGE_HISTORY,
        "pending_import_copies": len(rows["import_undo"]),
        "stored_rows": rows,
    }


def _referrer(con, referred_by_id: int | None, contact_id: int) -> str | None:
    if referred_by_id:
        return export_store.display_names(con, [referred_by_id]).get(referred_by_id)
    if erase_store.erased_referrer_token(con, contact_id):
        return ERASED_REFERRER
    return None


def _conversations(con, interactions: list[dict], contact_id: int) -> list[dict]:
    """Newest first; the other participants by name only."""
    who = export_store.participants(con, [i["id"] for i in interactions])
    names = export_store.display_names(con, sorted({c for ids in who.values() for c in ids}))
    out = []
    for i in sorted(interactions, key=lambda i: (i["happened_at"], i["id"]), reverse=True):
        out.append({
            "id": i["id"], "when": i["happened_at"], "channel": i["channel"],
            "direction": i["direction"], "subject": i["subject"], "notes": i["notes"],
            "outcome": i["outcome"], "follow_up": i["follow_up"],
            "follow_up_done": bool(i["follow_up_done"]), "in_trash": i["trashed_at"] is not None,
            "with": sorted(names[c] for c in who.get(i["id"], []) if c != contact_id),
        })
    return out


def _cards(rows: dict) -> dict:
    runs = {r["id"]: r for r in rows["card_run"]}
    households = {h["id"]: h for h in rows["card_household"]}

    def run_of(run_id):
        r = runs[run_id]
        return {"year": r["year"], "occasion": r["occasion"], "title": r["title"]}

    sent = [{**run_of(e["run_id"]), "status": e["status"], "status_at": e["status_at"],
             "added_at": e["added_at"],
             "envelope": households[e["household_id"]]["addressee"]
             if e["household_id"] in households else ""}
            for e in rows["card_recipient"]]
    received = [{**run_of(e["run_id"]), "received_at": e["received_at"]}
                for e in rows["card_received"]]
    no_cards = rows["card_opt_out"][0]["since"] if rows["card_opt_out"] else None
    return {"our_cards": sent, "their_cards": received, "no_cards_since": no_cards}


def write_export(contact_id: int, folder: Path | str,
                 progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Write the export into ``folder`` (created if needed); returns the files written."""
    from app.privacy import report

    folder = Path(folder)
    step = progress or (lambda done, total: None)
    data = collect(contact_id)
    step(1, 4)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    c = contacts.get(contact_id)
    if data["photo"]:
        photo = folder / data["photo"]["file"]
        refuse_database_as_output(photo)
        photo.write_bytes(c.photo)
        written.append(photo)
    path = folder / JSON_NAME
    refuse_database_as_output(path)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    written.append(path)
    step(2, 4)
    path = folder / VCARD_NAME
    writer.write_file(path, [c], "4.0")
    written.append(path)
    step(3, 4)
    path = folder / PDF_NAME
    refuse_database_as_output(path)
    report.write_pdf(data, path)
    written.append(path)
    step(4, 4)
    return written


def folder_name(contact_id: int) -> str:
    """A new folder's name for one person's export: their name and today's date."""
    import re

    name = contacts.get(contact_id).display_name()
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" ._") or "contact"
    return gettext(N_("{name} personal data {date}")).format(
        name=safe, date=clock.today().isoformat())
