"""Reading CSV files as they come: encodings, delimiters, headers, values."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.csvimport import headers, mapping, values
from app.csvimport.importing import read_csv
from app.csvimport.notes import CsvProblem
from app.csvimport.source import looks_like_csv, table_from_bytes

FIXTURES = Path(__file__).parent / "fixtures"


def contacts_of(name: str, **options) -> dict:
    f = read_csv(FIXTURES / name, **options)
    return {card.name: card.contact for card in f.result.cards if card.contact}


@pytest.mark.parametrize("name, encoding, delimiter", [
    ("outlook_de.csv", "cp1252", ";"),
    ("outlook_en.csv", "utf-8", ","),
    ("google_current.csv", "utf-8", ","),
    ("excel_de.csv", "cp1252", ";"),
    ("unicode_text.txt", "utf-16", "\t"),
    ("multiline_notes.csv", "utf-8-sig", ","),
])
def test_encoding_and_delimiter_are_guessed(db, name, encoding, delimiter):
    f = read_csv(FIXTURES / name)
    assert (f.table.encoding, f.table.delimiter) == (encoding, delimiter)
    assert looks_like_csv(FIXTURES / name)


def test_german_outlook_with_umlauts_labelled_phones_and_outlooks_empty_dates(db):
    people = contacts_of("outlook_de.csv")
    assert set(people) == {"Jürgen Müller", "Anna Schäfer", "Müller & Söhne KG"}
    j = people["Jürgen Müller"]
    assert (j.gender, j.prefix, j.organisation, j.job_title) == (
        "m", "", "Bäckerei Müller GmbH", "Inhaber")  # "Herr" words the salutation
    assert [(p.label, p.number) for p in j.phones] == [
        ("fax", "0221 123457"), ("work", "0221 123456"), ("home", "0221 998877"),
        ("mobile", "0171 2345678")]  # the "Privat" (Aus) column is not a phone
    assert [e.address for e in j.emails] == ["juergen@baeckerei-mueller.de"]
    a = j.addresses[0]
    assert (a.street, a.postal_code, a.city, a.country, a.label) == (
        "Hauptstraße 5", "50667", "Köln", "DE", "work")
    assert j.birthday == "1965-12-24"
    assert j.notes == "Liefert jeden Montag.\nMag Weihnachtskarten."
    assert j.tags == ["Kunde", "Lieferant"]
    anna = people["Anna Schäfer"]
    assert anna.birthday == ""  # Outlook's "0.0.00"
    assert anna.addresses[0].country == "AT" and anna.addresses[0].label == "home"
    assert [e.label for e in anna.emails] == ["work", "home"]
    assert people["Müller & Söhne KG"].kind == "organisation"


def test_outlooks_location_column_is_not_the_town():
    header = ["Vorname", "Nachname", "Ort geschäftlich", "Ort", "E-Mail-Typ", "Privat"]
    assert mapping.guess(header) == ["given_name", "family_name", "address.work.city",
                                     "", "", ""]
    assert mapping.guess(["Name", "Vorname", "Ort"]) == [
        "family_name", "given_name", "address.work.city"]


def test_english_outlook_us_dates_read_month_first(db):
    people = contacts_of("outlook_en.csv")
    assert people["John Smith"].birthday == "1980-04-23"
    assert people["Mary O'Neil"].birthday == "1975-12-24"
    assert people["Mary O'Neil"].addresses[0].country == "US"
    assert people["John Smith"].addresses[0].country == "GB"
    assert people["John Smith"].urls[0].url == "https://acme.example"


def test_google_groups_labels_multiple_values_and_yearless_birthday(db):
    lena = contacts_of("google_current.csv")["Lena Groß"]
    assert lena.birthday == "--04-23"
    assert [(e.label, e.address) for e in lena.emails] == [
        ("home", "lena@gross.example"), ("work", "l.gross@firma.example"),
        ("work", "lena.gross@firma.example")]
    assert [(p.label, p.number) for p in lena.phones] == [
        ("mobile", "+49 151 11122233"), ("fax", "030 5556667")]
    a = lena.addresses[0]
    assert (a.label, a.street, a.extended, a.city, a.country) == (
        "home", "Torstraße 1", "c/o Weber", "Berlin", "DE")
    assert lena.tags == ["Familie"]  # Google's own "myContacts" is not a tag


def test_google_old_layout(db):
    sofia = contacts_of("google_old.csv")["Sofia Ricci"]
    assert (sofia.organisation, sofia.job_title, sofia.birthday) == (
        "Ricci SRL", "CEO", "1988-07-14")
    assert sofia.addresses[0].country == "IT"  # "Italien"
    assert [p.label for p in sofia.phones] == ["mobile", "home"]


def test_home_made_excel_list_with_a_bad_date_and_no_last_newline(db):
    f = read_csv(FIXTURES / "excel_de.csv")
    cards = f.result.cards
    assert [c.line for c in cards] == [2, 3, 5]  # the blank row 4 is no contact
    k = cards[0].contact
    assert (k.family_name, k.given_name, k.first_contact, k.birthday) == (
        "Köhler", "Günther", "2015-02-01", "1959-05-03")
    assert [(p.label, p.number) for p in k.phones] == [
        ("work", "0761 445566"), ("mobile", "0172 9988776")]
    assert cards[1].contact.addresses[0].country == "CH"
    petra = cards[2]
    assert petra.contact.birthday == ""
    assert [(line, note.code, note.params["text"]) for line, note in petra.notes] == [
        (5, "csv.bad_date", "31.02.1970")]


def test_utf16_tab_text_and_multiline_fields(db):
    people = contacts_of("unicode_text.txt")
    assert people["Zoë Łukasiewicz"].organisation == "Ślązak sp. z o.o."
    f = read_csv(FIXTURES / "multiline_notes.csv")
    clara, empty, ben = f.result.cards
    assert clara.contact.notes.count("\n") == 3
    assert clara.contact.addresses[0].street == "Hinterhaus\nKastanienallee 9"
    assert empty.contact is None and empty.line == 7
    assert empty.reason.code == "csv.nothing_in_row"
    assert ben.line == 8


def test_encoding_and_delimiter_can_be_given():
    data = "Vorname;Nachname\r\nJörg;Weiß".encode("cp1252")
    t = table_from_bytes(data, "x.csv", encoding="cp1252", delimiter="semicolon")
    assert t.rows == [(2, ["Jörg", "Weiß"])]
    wrong = table_from_bytes(data, "x.csv", encoding="utf-8", delimiter=",")
    assert wrong.notes[0][1].code == "csv.not_in_encoding"
    with pytest.raises(CsvProblem):
        table_from_bytes(data, "x.csv", encoding="klingon")
    with pytest.raises(CsvProblem):
        table_from_bytes(b"", "x.csv")


def test_utf8_with_bom_and_utf16_without_one():
    text = "Name,E-Mail\r\nÄrger,a@b.de\r\n"
    for data in (codecs.BOM_UTF8 + text.encode(), text.encode("utf-16-le")):
        t = table_from_bytes(data, "x.csv")
        assert t.header == ["Name", "E-Mail"] and t.rows == [(2, ["Ärger", "a@b.de"])]


@pytest.mark.parametrize("text, order, expected", [
    ("24.12.1980", None, ("1980-12-24", None)),
    ("1.2.80", None, ("1980-02-01", None)),
    ("24.12.", None, ("--12-24", None)),
    ("1980-12-24", None, ("1980-12-24", None)),
    ("1980-12-24 00:00:00", None, ("1980-12-24", None)),
    ("--04-23", None, ("--04-23", None)),
    ("12/24/1980", None, ("1980-12-24", None)),
    ("24/12/1980", None, ("1980-12-24", None)),
    ("05/04/1980", None, ("", "csv.ambiguous_date")),
    ("05/04/1980", "mdy", ("1980-05-04", None)),
    ("05/04/1980", "dmy", ("1980-04-05", None)),
    ("0.0.00", None, ("", None)),
    ("0/0/00", None, ("", None)),
    ("31.02.1970", None, ("", "csv.bad_date")),
    ("April 1980", None, ("", "csv.bad_date")),
])
def test_dates(text, order, expected):
    assert values.parse_date(text, order) == expected


def test_country_names_in_german_and_english():
    for text, code in (("Deutschland", "DE"), ("Österreich", "AT"), ("Germany", "DE"),
                       ("Vereinigte Staaten", "US"), ("Polen", "PL"), ("CH", "CH"),
                       ("Atlantis", "")):
        assert values.country_code(text) == code


def test_header_tables_map_only_to_known_targets():
    for table in headers.TABLES + (headers.ALIASES,):
        for header, target in table.items():
            assert mapping.is_target(target), (header, target)
            assert mapping.target_name(target)
    assert headers.product_target("Phone 3 - Value") == "phone.g3"
    assert headers.product_target("Address 2 - Postal Code") == "address.g2.postal_code"
    assert headers.product_target("Address 2 - Formatted") is None


def test_a_mapping_is_remembered_for_the_same_headers(db):
    header = ["Kundennr", "Vorname", "Nachname"]
    assert mapping.mapping_for(header) == ["", "given_name", "family_name"]
    mapping.remember(header, ["notes", "given_name", "family_name"])
    assert mapping.mapping_for(header) == ["notes", "given_name", "family_name"]
    assert mapping.mapping_for(header + ["Ort"])[0] == ""


def test_mapping_file(tmp_path, db):
    path = tmp_path / "map.json"
    path.write_text('{"Notiz": "tags", "Umsatz": "notes"}', encoding="utf-8")
    f = read_csv(FIXTURES / "excel_de.csv", mapping_file=path)
    k = f.result.cards[0].contact
    assert k.tags == ["Zahlt bar"] and k.notes == "1.200,00"
    path.write_text('{"Notiz": "shoe size"}', encoding="utf-8")
    with pytest.raises(CsvProblem) as caught:
        read_csv(FIXTURES / "excel_de.csv", mapping_file=path)
    assert "shoe size" in str(caught.value)


def test_hostile_rows_are_reported_and_never_stop_the_rest(db):
    big = b"x" * (2 * 1024 * 1024)
    data = (b"Name;Mail\r\nZed;z@x\r\n" + big + b";y\r\nAn\x00na;a@b\r\n\"Bob;b@c\r\nEve;e@f")
    t = table_from_bytes(data, "x.csv")
    assert t.delimiter == ";"
    assert [line for line, _ in t.rows] == [2, 4, 5]
    assert [(line, note.code) for line, note in t.notes] == [
        (3, "csv.bad_row"), (5, "csv.unclosed_quote")]
    from app.csvimport.rows import read_rows

    cards = read_rows(t, mapping.guess(t.header), "DE").cards
    assert cards[1].contact.family_name == "Anna"  # the NUL left out


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_any_bytes_give_rows_or_one_problem(db, data):
    from app.csvimport.rows import read_rows

    try:
        t = table_from_bytes(b"Vorname;Nachname;E-Mail;Geburtstag;Land\r\n" + data, "x.csv")
    except CsvProblem:
        return
    for card in read_rows(t, mapping.guess(t.header), "DE").cards:
        assert card.contact is not None or card.reason is not None


def test_a_preview_reads_only_the_start_of_a_large_file(tmp_path):
    from app.csvimport.source import PREVIEW_BYTES, read_table

    path = tmp_path / "big.txt"
    row = "Zoë\tÅström\tzoe@example.com\r\n"
    count = PREVIEW_BYTES // len(row.encode("utf-16-le")) + 500
    path.write_bytes(codecs.BOM_UTF16_LE + ("Vorname\tNachname\tE-Mail\r\n" + row * count)
                     .encode("utf-16-le"))
    preview = read_table(path, limit=20)
    assert (preview.encoding, preview.delimiter, len(preview.rows)) == ("utf-16", "\t", 20)
    assert preview.rows[-1][1] == ["Zoë", "Åström", "zoe@example.com"]
    assert preview.notes == []
    assert len(read_table(path).rows) == count
