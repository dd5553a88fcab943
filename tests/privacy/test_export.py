"""The export holds what the database holds about the person, field by field, and
no table about a contact is left out of the export or the erasure."""
from __future__ import annotations

import base64
import json

from pypdf import PdfReader

from app.contacts import store as contacts
from app.privacy import erase as privacy
from app.privacy import erase_store, export, export_store
from app.storage.connection import database
from tests.privacy import people


def _rows(sql, *params) -> list[dict]:
    cur = database.execute_sql(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def test_every_table_about_a_contact_is_exported_and_erased(db):
    con = erase_store.connection()
    references = erase_store.references_to(con, "contact")
    keyed = set(erase_store.tables_with_contact_id(con))
    keyed |= {table for table, _ in references if table != "contact"}
    assert {"phone", "interaction_contact", "card_recipient", "sync_item"} <= keyed
    missing = keyed - set(export_store.ROWS_ABOUT) - set(export_store.NOT_ABOUT_THEM)
    assert not missing, (
        f"tables {sorted(missing)} hold rows about a contact: add them to "
        "app/privacy/export_store.ROWS_ABOUT (the erasure deletes rows by contact_id; "
        "make sure it handles them too)")
    # The erasure deletes by a column named contact_id: a reference named otherwise
    # would be missed.
    other = [(t, column) for t, column in references if column != "contact_id"]
    assert other == [("contact", "referred_by_id")]


def test_the_export_matches_the_database_field_by_field(db, tmp_path):
    book = people.build()
    files = export.write_export(book.person, tmp_path / "out")
    assert sorted(p.name for p in files) == ["contact.vcf", "personal-data.json",
                                             "personal-data.pdf", "photo.png"]
    data = json.loads((tmp_path / "out" / "personal-data.json").read_text(encoding="utf-8"))
    # Every stored row, column by column.
    for table, sql in export_store.ROWS_ABOUT.items():
        stored = _rows(sql, *([book.person] * sql.count("?")))
        for row in stored:
            for key, value in row.items():
                if isinstance(value, bytes):
                    row[key] = base64.b64encode(value).decode("ascii")
        assert data["stored_rows"][table] == stored, table
    # The readable sections say the same as the tables.
    [row] = _rows("SELECT * FROM contact WHERE id = ?", book.person)
    c = data["contact"]
    for key in c.keys() & row.keys():
        want = row[key]
        if key in ("formal", "yearly_card"):
            want = bool(want)
        elif key == "extra_vcard":
            want = json.loads(want)
        assert c[key] == (want if want is not None or key != "trashed_at" else ""), key
    assert [p["number"] for p in c["phones"]] == [r["number"] for r in _rows(
        "SELECT number FROM phone WHERE contact_id = ?", book.person)]
    assert [e["address"] for e in c["emails"]] == [people.EMAIL]
    assert c["tags"] == [people.TAG]
    assert (tmp_path / "out" / "photo.png").read_bytes() == people.PHOTO
    talks = {t["id"]: t for t in data["conversations"]}
    assert set(talks) == {r["interaction_id"] for r in _rows(
        "SELECT interaction_id FROM interaction_contact WHERE contact_id = ?", book.person)}
    for r in _rows("SELECT * FROM interaction WHERE id IN (SELECT interaction_id FROM "
                   "interaction_contact WHERE contact_id = ?)", book.person):
        t = talks[r["id"]]
        assert (t["when"], t["channel"], t["subject"], t["notes"], t["follow_up"]) == (
            r["happened_at"], r["channel"], r["subject"], r["notes"], r["follow_up"])
    # Others in a shared conversation: by name only.
    assert talks[book.shared_talk]["with"] == ["Anna Weber"]
    assert "contact_ids" not in talks[book.shared_talk]
    assert [f["due"] for f in data["follow_ups"]] == ["2026-12-01"]
    assert [(e["year"], e["status"]) for e in data["greeting_cards"]["our_cards"]] == [
        (2026, "sent")]
    assert len(data["greeting_cards"]["their_cards"]) == 1
    assert data["how_we_met"] == {"origin": "trade fair", "first_contact": "2024-05-02",
                                  "referred_by": None}
    assert data["temperature"]["pinned_band"] == "hot"
    assert data["temperature"]["inputs"]["last_contact_at"] == row["last_contact_at"]
    assert data["referred_others"] == 2
    card = (tmp_path / "out" / "contact.vcf").read_text(encoding="utf-8")
    assert people.EMAIL in card and "Quaxworth" in card and "PHOTO" in card


def test_the_pdf_is_readable_and_at_most_three_pages(db, tmp_path):
    from app.conversations import store as interactions
    from app.conversations.store import Interaction

    book = people.build()
    interactions.log_many([Interaction(
        "call", [book.person], people.NOW.replace(day=1, month=1 + k % 10),
        subject=f"Call {k}", notes="Long notes. " * 30, outcome="Fine.")
        for k in range(80)], now=people.NOW)
    export.write_export(book.person, tmp_path)
    reader = PdfReader(tmp_path / "personal-data.pdf")
    assert 1 <= len(reader.pages) <= 3
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Quaxworth" in text and people.EMAIL in text
    assert "earlier conversations, in personal-data.json" in text


def test_a_contact_referred_by_someone_erased_says_so(db, tmp_path):
    book = people.build()
    privacy.erase(book.person)
    data = export.collect(book.max)
    assert data["how_we_met"]["referred_by"] == export.ERASED_REFERRER
    assert contacts.get(book.max).referred_by_id is None


def test_the_briefing_says_the_referrer_was_erased(db):
    from app.conversations import briefing

    book = people.build()
    privacy.erase(book.person)
    assert "referred by an erased contact" in briefing.briefing(book.max, people.NOW).how_we_met()


def test_the_pdf_words_stored_codes_in_the_users_language(db, tmp_path):
    from app.core import i18n

    book = people.build()
    i18n.set_language("de")
    try:
        export.write_export(book.person, tmp_path)
    finally:
        i18n.set_language("en")
    reader = PdfReader(tmp_path / "personal-data.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert f"Telefon: {people.PHONE} (mobil)" in text
    assert f"{people.EMAIL} (geschäftlich)" in text and "Art: Person" in text
    assert "(work)" not in text and "(mobile)" not in text
