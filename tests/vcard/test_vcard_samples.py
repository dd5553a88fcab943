"""Every real-world file in ../shared/vcards goes through the importer.

No file may crash it; every card is either read or reported with a reason;
for the files below, the fields a user would look at are checked exactly.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from app.core.problems import describe
from app.vcard.reader import read_bytes
from app.vcard.writer import card_text

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "vcards"
FILES = sorted(p.name for p in SAMPLES.glob("*.vcf")) if SAMPLES.is_dir() else []



def said(notes):
    """The notes as (line, sentence), as the import report shows them."""
    return [(line, describe(note)) for line, note in notes]


def read(shared_dir: Path, name: str):
    return read_bytes((shared_dir / "vcards" / name).read_bytes(), name)


def contact(shared_dir: Path, name: str, number: int = 1):
    card = read(shared_dir, name).cards[number - 1]
    assert card.contact is not None, card.reason
    return card.contact


@pytest.mark.parametrize("name", FILES or ["(no samples)"])
def test_every_card_is_read_or_reported(shared_dir, name):
    result = read(shared_dir, name)
    assert result.cards, "a file with BEGIN:VCARD lines yields cards"
    for card in result.cards:
        if card.contact is None:
            assert card.reason and card.line >= 1
        else:
            assert card.contact.display_name()
            # whatever was read survives our own export and import, both versions
            for version in ("3.0", "4.0"):
                again = read_bytes(card_text(card.contact, version).encode(), "x").cards
                assert again[0].contact == card.contact


def test_japanese_shift_jis_with_quoted_printable_address(shared_dir):
    c = contact(shared_dir, "aosp-vcard__v21_japanese_2.vcf")
    assert (c.family_name, c.given_name) == ("安藤", "ロイド1")
    assert c.addresses[0].extended == "東京都渋谷区桜丘町26-1セルリアンタワー6階"
    assert c.addresses[0].postal_code == "150-8512"
    assert c.notes == "メモ"


def test_japanese_3_0_with_charset(shared_dir):
    c = contact(shared_dir, "aosp-vcard__v30_japanese.vcf")
    assert (c.family_name, c.given_name, c.additional_names) == ("伊能", "圭一", "伊予")


def test_japanese_organisation_with_unit(shared_dir):
    c = contact(shared_dir, "aosp-vcard__v40_sort_as.vcf")
    assert (c.organisation, c.department) == ("グーグル", "検索部門")


def test_outlook_2003_quoted_printable_note_and_address(shared_dir):
    c = contact(shared_dir, "ezvcard__outlook-2003.vcf")
    assert c.notes == "This is the note field!!\nSecond line\n\nThird line is empty"
    assert (c.organisation, c.department) == ("Company, The", "TheDepartment")
    a = c.addresses[0]
    assert (a.extended, a.street, a.city, a.region, a.postal_code, a.country, a.label) == \
        ("TheOffice", "123 Main St", "Austin", "TX", "12345", "US", "work")
    assert c.birthday == "1980-03-21"


def test_outlook_2007_note_soft_breaks_and_anniversary(shared_dir):
    c = contact(shared_dir, "ezvcard__outlook-2007.vcf")
    assert c.notes == ("This is the NOTE field\t\nI assume it encodes this text inside a NOTE "
                       "vCard type.\nBut I'm not sure because there's text formatting going on "
                       "here.\nIt does not preserve the formatting")
    assert (c.prefix, c.given_name, c.family_name, c.suffix) == ("Mr.", "Michael", "Angstadt",
                                                                "Jr.")
    assert c.anniversary == "2012-08-01"
    assert [p.label for p in c.phones] == ["work", "home", "mobile", "fax"]


def test_iphone_photo_full_size_and_apple_labels(shared_dir):
    c = contact(shared_dir, "ezvcard__John_Doe_IPHONE.vcf")
    assert len(c.photo) == 32531  # base64 -d of the file's PHOTO lines
    assert c.photo_mime == "image/jpeg" and c.photo.startswith(b"\xff\xd8")
    assert ("905-222-1234", "AssistantPhone") in [(p.number, p.label) for p in c.phones]
    assert [(u.url, u.label) for u in c.urls] == [("http://www.ibm.com", "HomePage")]
    assert c.addresses[1].street == "Street4\nBuilding 6\nFloor 8"
    assert c.birthday == "2012-06-06"


def test_mac_address_book_custom_label(shared_dir):
    c = contact(shared_dir, "ezvcard__John_Doe_MAC_ADDRESS_BOOK.vcf")
    assert ("905-222-1234", "AssistantPhone") in [(p.number, p.label) for p in c.phones]
    assert c.additional_names == "Richter,James"


def test_gmail_custom_labels_and_kept_apple_dates(shared_dir):
    c = contact(shared_dir, "ezvcard__gmail-single.vcf")
    assert ("555 555 2222", "GRAND_CENTRAL") in [(p.number, p.label) for p in c.phones]
    assert c.addresses[1].label == "CustomAdrType" and c.addresses[1].country == "US"
    assert "item4.X-ABDATE:1970-06-02" in c.extra_vcard
    assert "item4.X-ABLABEL:_$!<Anniversary>!$_" in c.extra_vcard


def test_year_less_birthday_and_uri_phone(shared_dir):
    c = contact(shared_dir, "ezvcard__rfc6350-example.vcf")
    assert c.birthday == "--02-03"
    assert c.anniversary == "2009-08-08"
    assert c.phones[0].number == "+1-418-656-9254 ext. 102"
    a = c.addresses[0]
    assert (a.extended, a.street, a.city, a.country) == ("Suite D2-630", "2875 Laurier",
                                                         "Quebec", "CA")


def test_apple_company_card_is_an_organisation(shared_dir):
    c = contact(shared_dir, "kcontacts__vcardwithitemasapplesupport.vcf")
    assert c.kind == "organisation"
    assert c.display_name() == "SOME COMPANY"


def test_utf8_character_split_by_a_fold(shared_dir):
    c = contact(shared_dir, "kcontacts__vcard9.vcf")
    assert c.notes.startswith("Длинный комментарий на русском языке")
    assert "\ufffd" not in c.family_name + c.notes


def test_umlauts_in_quoted_printable_utf8(shared_dir):
    doctor = contact(shared_dir, "kcontacts__vcard10.vcf", 4)
    assert doctor.job_title == "Facharzt für Allgemeinmedizin"
    assert doctor.notes.startswith("Sprechzeiten:\nMo   8–12, 15–18")
    broken = contact(shared_dir, "kcontacts__vcard10.vcf", 2)
    assert broken.addresses[0].street == "AAAAAAA-AäAAAAA 11"
    assert broken.urls[0].url == "http://some-webseite.com"


def test_nested_cards_become_cards_of_their_own(shared_dir):
    cards = read(shared_dir, "aosp-vcard__v21_nest.vcf").cards
    assert [(c.number, c.line, c.contact.family_name) for c in cards] == \
        [(1, 1, "parent"), (2, 4, "nest1"), (3, 8, "nest2")]
    assert [p.number for p in cards[0].contact.phones] == ["1"]


def test_comment_lines_dropped_but_quoted_printable_kept(shared_dir):
    c = contact(shared_dir, "aosp-vcard__v21_invalid_comment_line.vcf")
    assert c.notes == ("This is an (sharp ->#<- sharp) example. "
                       "This message must NOT be ignored.")
    assert c.uid == "357"


def test_address_continued_after_backslash(shared_dir):
    c = contact(shared_dir, "aosp-vcard__v21_adr_multiple_line.vcf")
    assert c.addresses[1].street == "Hermann v. Brevern\n9999999\nPackstation 999"
    assert c.addresses[1].country == "DE"
    assert c.birthday == "2008-12-03"


def test_evolution_escaped_commas_units_and_tags(shared_dir):
    c = contact(shared_dir, "ezvcard__John_Doe_EVOLUTION.vcf")
    assert c.additional_names == "Richter, James"
    assert (c.organisation, c.department) == ("IBM", "Accounting; Dungeon")
    assert c.tags == ["VIP"] and c.anniversary == "1980-03-22"
    assert c.updated_at == "2012-03-05T13:32:54+00:00"


def test_thunderbird_categories_and_anniversary(shared_dir):
    c = contact(shared_dir, "ezvcard__thunderbird-MoreFunctionsForAddressBook-extension.vcf")
    assert c.tags == ["category1", "category2", "category3"]
    assert c.anniversary == "1990-04-30"
    assert c.notes.endswith('You can put anything in the "note" field; even curse words.')


def test_label_parameter_that_swallowed_colons(shared_dir):
    c = contact(shared_dir, "ezvcard__issue114.vcf")
    a = c.addresses[0]
    assert (a.street, a.city, a.postal_code, a.country) == ("Dummy-Dummy-Strasse 1",
                                                            "Bad Homburg", "61352", "DE")


def test_broken_photo_reported_card_kept(shared_dir):
    card = read(shared_dir, "aosp-vcard__v21_malformed_photo.vcf").cards[0]
    assert card.contact.family_name == "name" and card.contact.photo is None
    assert said(card.notes) == [(5, "the PHOTO data is not valid base64; left out")]


def test_card_without_anything_to_show_is_reported(shared_dir):
    card = read(shared_dir, "aosp-vcard__v21_android_custom_prop.vcf").cards[0]
    assert card.contact is None
    assert "no name" in describe(card.reason) and card.line == 1


def test_invalid_property_names_kept_verbatim(shared_dir):
    c = contact(shared_dir, "kcontacts__vcard_legacy_messaging_fields.vcf")
    assert "X-messaging/twitter-All:kdecommunity" in c.extra_vcard
    assert "X-messaging/xmpp-All:one@test.org\ue000two@test.org" in c.extra_vcard
