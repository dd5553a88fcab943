"""CSV import speed: ``python -m app.bench.csvimport`` (or ``python -m app bench``).

Writes 10,000 rows as German Outlook exports them (Windows-1252, ";", every
field quoted, a multi-line note) into a temporary folder and prints, as
``name: value unit``, the whole import (read, map, match, store) into a
fresh database, a second import of the same file (everything matched,
nothing stored), and the CSV export of the stored contacts. Target for the
import: under 5 s.
"""
from __future__ import annotations

import csv
import io
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROWS = 10_000
HEADER = ["Anrede", "Vorname", "Nachname", "Firma", "Position", "Straße geschäftlich",
          "Ort geschäftlich", "Postleitzahl geschäftlich", "Land/Region geschäftlich",
          "Telefon geschäftlich", "Mobiltelefon", "E-Mail-Adresse", "Geburtstag", "Kategorien",
          "Notizen", "Priorität", "Vertraulichkeit"]
_GIVEN = ["Anna", "Jörg", "Lena", "Max", "Zoë", "Paul", "Sofía", "Emil", "Marie", "Jonas"]
_FAMILY = ["Müller", "Schmidt", "Weiß", "Nguyen", "Öztürk", "Fischer", "Wagner", "Dubois"]
_CITIES = [("Berlin", "10115", "Deutschland"), ("Wien", "1010", "Österreich"),
           ("Zürich", "8001", "Schweiz"), ("Köln", "50667", "Deutschland")]


def generate(path: Path, rows: int = ROWS, seed: int = 5) -> None:
    rng = random.Random(seed)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(HEADER)
    for i in range(rows):
        city, code, country = rng.choice(_CITIES)
        writer.writerow([rng.choice(("Herr", "Frau", "")), rng.choice(_GIVEN),
                         rng.choice(_FAMILY), f"Firma {i % 700} GmbH", "Einkauf",
                         f"Hauptstraße {i % 200 + 1}", city, code, country,
                         f"030 {i:07d}", f"0171 {i:07d}", f"kontakt.{i}@example.com",
                         f"{1 + i % 28}.{1 + i % 12}.19{50 + i % 50}", "Kunde;Messe",
                         "Auf der Messe getroffen.\r\nIm Mai anrufen.", "Normal", "Normal"])
    path.write_bytes(buffer.getvalue().encode("cp1252"))


def run(print_line: Callable[[str], None] = print, rows: int = ROWS) -> dict[str, float]:
    """Measure and print; returns the figures by name."""
    from app.contacts import listing
    from app.csvimport import export, importing
    from app.storage.connection import close_database, open_database

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="hearth-csv-bench-") as tmp:
        folder = Path(tmp)
        source = folder / "outlook.csv"
        generate(source, rows)
        open_database(folder / "bench.db")
        try:
            for name in ("csv_import", "csv_reimport"):
                t0 = time.perf_counter()
                files = [importing.read_csv(source)]
                report = importing.apply(importing.plan(files), files)
                figures[name] = time.perf_counter() - t0
                print_line(f"{name}_{rows}: {figures[name]:.3f} s "
                           f"({report.created} created)")
            t0 = time.perf_counter()
            export.export_ids(listing.ordered_ids(), folder / "out.csv", ";")
            figures["csv_export"] = time.perf_counter() - t0
            print_line(f"csv_export_{rows}: {figures['csv_export']:.3f} s")
        finally:
            close_database()
    return figures


if __name__ == "__main__":
    run()
