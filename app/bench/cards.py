"""Benchmark of the card run: 1,000 recipients to a label PDF and to CSV.

Called by `python -m app bench`; prints `name: value unit` lines. Works on an
in-memory database of its own and puts back whatever database was open.
"""
from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RECIPIENTS = 1000


def _demo_contacts(n: int):
    from app.contacts.model import ContactData, PostalAddress

    streets = ["Hauptstraße", "Bahnhofstr.", "Lindenweg", "Am Markt", "Schillerstraße"]
    cities = [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"),
              ("20095", "Hamburg"), ("1010", "Wien")]
    out = []
    for k in range(n):
        code, city = cities[k % len(cities)]
        out.append(ContactData(
            given_name=f"Vorname{k}", family_name=f"Müller{k // 2}", gender="fm"[k % 2],
            prefix="Dr." if k % 7 == 0 else "", formal=k % 3 != 0, yearly_card=True,
            organisation="Beispiel GmbH" if k % 10 == 0 else "",
            addresses=[PostalAddress(street=f"{streets[k % 5]} {k // 2 + 1}", postal_code=code,
                                     city=city, country="AT" if city == "Wien" else "",
                                     label="work" if k % 10 == 0 else "home")]))
    return out


def run(print_line: Callable[[str], None] = print, recipients: int = RECIPIENTS) -> None:
    from app.cards import envelopes as card_envelopes
    from app.cards import recipients as card_recipients
    from app.cards.csv_export import write_csv
    from app.cards.labels import find_sheet
    from app.cards.pdf import write_pdf
    from app.cards.print_layout import label_pages
    from app.contacts import store as contacts
    from app.storage.connection import database, open_memory_database

    previous = database.obj
    db = open_memory_database()
    try:
        contacts.create_many(_demo_contacts(recipients))
        now = dt.datetime(2026, 11, 20, 9, 0)
        t0 = time.perf_counter()
        run_id, count = card_recipients.new_run(2026, "Christmas", flagged=True, now=now)
        card_envelopes.accept_all_proposals(run_id)
        print_line(f"cards_new_run_{count}: {time.perf_counter() - t0:.3f} s")
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            envs = card_envelopes.envelopes(run_id)
            pages = label_pages([e.lines for e in envs], find_sheet("Zweckform 3475"), 7)
            write_pdf(pages, Path(tmp) / "labels.pdf")
            print_line(f"cards_labels_pdf_{count}: {time.perf_counter() - t0:.3f} s")
            t0 = time.perf_counter()
            envs = card_envelopes.envelopes(run_id)
            write_csv(envs, Path(tmp) / "merge.csv")
            print_line(f"cards_csv_{count}: {time.perf_counter() - t0:.3f} s")
            t0 = time.perf_counter()
            card_envelopes.problems(run_id, envs)
            print_line(f"cards_problems_{count}: {time.perf_counter() - t0:.3f} s")
    finally:
        db.close()
        if previous is not None:
            database.initialize(previous)


if __name__ == "__main__":
    run()
