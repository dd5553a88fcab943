"""What a card run prints and exports: label PDF, envelopes, address list, CSV."""
import csv
import datetime as dt

import pytest
from pypdf import PdfReader

from app.cards import envelopes as ce
from app.cards import recipients
from app.cards import runs as cards
from app.cards.csv_export import write_csv
from app.cards.labels import find_sheet, pages_needed
from app.cards.page_layout import PT_MM, dejavu_width, place_block
from app.cards.pdf import write_pdf
from app.cards.print_layout import ENVELOPES, address_list_pages, envelope_pages, label_pages
from app.contacts import store as contacts
from app.contacts.model import ORGANISATION
from app.contacts.model import ContactData as C
from app.contacts.model import PostalAddress as A

NOW = dt.datetime(2026, 11, 20, 10, 0)
MM = 72 / 25.4


@pytest.fixture
def run(db):
    home = dict(street="Hauptstraße 5", postal_code="10115", city="Berlin")
    people = [C(given_name="Anna", family_name="Müller", gender="f", addresses=[A(**home)]),
              C(given_name="Max", family_name="Müller", gender="m", addresses=[A(**home)]),
              C(kind=ORGANISATION, organisation="=HYPERLINK(\"http://x\")",
                addresses=[A(street="10 Downing Street", postal_code="SW1A 2AA", city="London",
                           country="GB")]),
              C(given_name="Jörg", family_name="Größe", gender="m", formal=False,
                salutation="+Servus Jörg", addresses=[A(street="Weg 1", postal_code="80331",
                                                         city="München")])]
    people += [C(given_name=f"Person{k}", family_name="Beispiel",
                 addresses=[A(street=f"Allee {k}", postal_code="20095", city="Hamburg")])
               for k in range(30)]
    ids = contacts.create_many(people, now=NOW)
    run_id, _ = recipients.new_run(2026, "Christmas", sender=cards.Sender(
        "Hearth GmbH", "Am Markt 1", "50667", "Köln", "DE", "de"), now=NOW)
    recipients.add_recipients(run_id, ids)
    ce.accept_all_proposals(run_id)
    return run_id


def test_label_pdf_pages_text_and_positions(run, tmp_path):
    envs = ce.envelopes(run)
    assert len(envs) == 33  # the Müllers share one
    sheet = find_sheet("Zweckform 3475")
    pages = label_pages([e.lines for e in envs], sheet, start=7)
    path = write_pdf(pages, tmp_path / "labels.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == pages_needed(sheet, 33, 7) == 2
    page_w, page_h = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert abs(page_w / MM - 210) < 0.5 and abs(page_h / MM - 297) < 0.5
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Anna und Max Müller" in text and "10115 Berlin" in text
    assert "VEREINIGTES KÖNIGREICH" in text  # country line abroad, in the sender's language
    # The first text on page 1 sits inside label 7 (third row, first column).
    spots = []
    reader.pages[0].extract_text(visitor_text=lambda t, cm, tm, fd, fs: spots.append(
        (tm[4] / MM, (page_h - tm[5]) / MM, t)) if t.strip() else None)
    x0, y0 = sheet.positions()[6]
    x, y, first = spots[0]
    assert x0 < x < x0 + sheet.label_width and y0 < y < y0 + sheet.label_height, first
    # Nothing lands on labels 1-6, which were used already.
    used_bottom = sheet.positions()[5][1] + sheet.label_height
    assert all(y > used_bottom for _, y, _ in spots)


def test_text_is_shrunk_to_fit_never_wider_than_the_label():
    lines = ["Firma Allerlei Handelsgesellschaft für Weihnachtsbedarf mbH & Co. KG",
             "z. Hd. Frau Prof. Dr. Annegret Müller-Lüdenscheidt", "Hauptstraße 5",
             "10115 Berlin"]
    placed = place_block(lines, 0, 0, 60, 28)
    assert [t.text for t in placed][-1] == "10115 Berlin"
    for t in placed:
        assert dejavu_width(t.text, t.bold) * t.size <= 60
    top = min(t.y - t.size * PT_MM for t in placed)
    bottom = max(t.y for t in placed)
    assert top >= -0.01 and bottom <= 28
    # Short lines keep the full size.
    assert {t.size for t in place_block(["Anna", "Berlin"], 0, 0, 60, 28)} == {11}


def test_dl_envelope_has_the_address_in_the_din_window(run, tmp_path):
    env = next(e for e in ce.envelopes(run) if e.addressee == ["Anna und Max Müller"])
    sender = cards.get_run(run).sender.line()
    [page] = envelope_pages([env.lines], "DL", sender)
    win = ENVELOPES["DL"]
    assert (page.width, page.height) == (220, 110)
    assert (win.window_x, win.window_y + win.window_h) == (20, 95)  # 20 mm left, 15 mm bottom
    assert page.texts[0].text == "Hearth GmbH · Am Markt 1 · 50667 Köln"
    for t in page.texts:
        assert win.window_x < t.x < win.window_x + win.window_w
        assert win.window_y < t.y < win.window_y + win.window_h
    path = write_pdf(envelope_pages([env.lines] * 2, "C5", sender), tmp_path / "env.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 2
    assert abs(float(reader.pages[0].mediabox.width) / MM - 229) < 0.5
    assert "Anna und Max Müller" in reader.pages[1].extract_text()


def test_address_list_pdf(run, tmp_path):
    envs = ce.envelopes(run)
    entries = [(e.lines, [f"Salutation: {e.salutation}", f"Status: {e.status}"]) for e in envs]
    pages = address_list_pages("Christmas 2026", entries)
    assert len(pages) >= 2  # 33 entries do not fit one page
    path = write_pdf(pages, tmp_path / "list.pdf")
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Salutation: Sehr geehrte Frau Müller, sehr geehrter Herr Müller" in text
    assert f"Page {len(pages)} of {len(pages)}" in text


def test_csv_reads_back_with_umlauts_and_neutralised_formulas(run, tmp_path):
    envs = ce.envelopes(run)
    path = write_csv(envs, tmp_path / "merge.csv", delimiter=";")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh, delimiter=";"))
    assert len(table) == 33
    mueller = next(r for r in table if r["Addressee"] == "Anna und Max Müller")
    assert mueller["Line 1"] == "Anna und Max Müller"
    assert mueller["Line 2"] == "Hauptstraße 5" and mueller["Line 3"] == "10115 Berlin"
    assert mueller["Salutation"] == "Sehr geehrte Frau Müller, sehr geehrter Herr Müller"
    assert mueller["Members"] == "Anna Müller; Max Müller"
    firm = next(r for r in table if "HYPERLINK" in r["Addressee"])
    # An English envelope: no "Firma" in front, so the cell would start a formula.
    assert firm["Addressee"] == "'=HYPERLINK(\"http://x\")"
    assert firm["Line 1"] == "'=HYPERLINK(\"http://x\")"
    assert firm["Country"] == "Vereinigtes Königreich"
    jorg = next(r for r in table if "Größe" in r["Addressee"])
    assert jorg["Salutation"] == "'+Servus Jörg"
    for row in table:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_with_other_delimiters(run, tmp_path):
    envs = ce.envelopes(run)
    path = write_csv(envs, tmp_path / "merge.csv", delimiter="\t")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh, delimiter="\t"))
    assert table[0][0] == "Addressee" and len(table) == 34
    with pytest.raises(ValueError, match="delimiter"):
        write_csv(envs, tmp_path / "x.csv", delimiter="|")
