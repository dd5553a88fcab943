"""Addressee lines and salutations in German and English, from names alone."""
from app.cards.addressee import addressee_lines, company_of, envelope_language, language_of
from app.cards.salutations import household_salutation, salutation
from app.contacts.model import ORGANISATION
from app.contacts.model import ContactData as C
from app.contacts.model import PostalAddress as A

anna = C(given_name="Anna", family_name="Müller", gender="f", prefix="Dr.")
max_ = C(given_name="Max", family_name="Müller", gender="m")
lena = C(given_name="Lena", family_name="Müller", gender="f")
eva = C(given_name="Eva", family_name="Schmidt", gender="f")
ann = C(given_name="Anna", family_name="Miller", gender="f")
bob = C(given_name="Max", family_name="Miller", gender="m")


def test_german_addressees():
    assert addressee_lines([anna], "de") == ["Frau Dr. Anna Müller"]
    assert addressee_lines([max_], "de") == ["Herrn Max Müller"]
    assert addressee_lines([lena, max_], "de") == ["Lena und Max Müller"]
    assert addressee_lines([anna, max_, lena], "de") == ["Familie Müller"]
    assert addressee_lines([lena, eva], "de") == ["Lena Müller und Eva Schmidt"]


def test_english_addressees():
    assert addressee_lines([ann], "en") == ["Ms Anna Miller"]
    assert addressee_lines([ann, bob], "en") == ["Anna and Max Miller"]
    assert addressee_lines([ann, bob, C(given_name="Tom", family_name="Miller")], "en") == [
        "The Miller Family"]


def test_company_addressee_with_attention_line():
    y = C(given_name="Yvonne", family_name="Yilmaz", gender="f", organisation="X GmbH")
    firm = C(kind=ORGANISATION, organisation="X GmbH")
    assert addressee_lines([firm, y], "de", company_of([firm, y], None)) == [
        "Firma X GmbH", "z. Hd. Frau Yvonne Yilmaz"]
    work = A(street="Ring 1", postal_code="10115", city="Berlin", label="work")
    assert addressee_lines([y], "en", company_of([y], work)) == ["X GmbH", "Attn: Ms Yvonne Yilmaz"]
    home = A(street="Ring 1", postal_code="10115", city="Berlin", label="home")
    assert company_of([y], home) == ""
    assert addressee_lines([firm], "en", company_of([firm], None)) == ["X GmbH"]


def test_honorific_typed_in_the_prefix_tells_the_gender():
    herr = C(prefix="Herr Dr.", given_name="Karl", family_name="Wolf")
    assert addressee_lines([herr], "de") == ["Herrn Dr. Karl Wolf"]
    assert salutation(herr, "de") == "Sehr geehrter Herr Dr. Wolf"


def test_german_salutations():
    assert salutation(anna, "de") == "Sehr geehrte Frau Dr. Müller"
    assert salutation(max_, "de") == "Sehr geehrter Herr Müller"
    informal = [C(given_name="Anna", family_name="Müller", gender="f", formal=False),
                C(given_name="Max", family_name="Müller", gender="m", formal=False)]
    assert salutation(informal[0], "de") == "Liebe Anna"
    assert household_salutation(informal, "de") == "Liebe Anna, lieber Max"
    assert household_salutation([anna, max_], "de") == (
        "Sehr geehrte Frau Dr. Müller, sehr geehrter Herr Müller")
    assert salutation(C(given_name="Kim", family_name="Lee"), "de") == "Guten Tag Kim Lee"


def test_english_salutations():
    assert salutation(ann, "en") == "Dear Ms Miller"
    doctor = C(given_name="Max", family_name="Miller", prefix="Dr")
    assert salutation(doctor, "en") == "Dear Dr Miller"
    pair = [C(given_name="Anna", family_name="Miller", formal=False),
            C(given_name="Max", family_name="Miller", formal=False)]
    assert household_salutation(pair, "en") == "Dear Anna and Max"


def test_organisations_and_typed_salutations():
    firm = C(kind=ORGANISATION, organisation="X Ltd")
    assert salutation(firm, "de") == "Sehr geehrte Damen und Herren"
    assert salutation(firm, "en") == "Dear Sir or Madam"
    own = C(given_name="Sepp", family_name="Huber", salutation="Servus Sepp")
    assert salutation(own, "de") == "Servus Sepp"


def test_language_follows_contact_then_country_then_sender():
    assert language_of(C(language="en"), A(country="DE")) == "en"
    assert language_of(C(), A(country="GB")) == "en"
    assert language_of(C(), A(country="AT"), sender_language="en") == "de"
    assert language_of(C(), A(), sender_country="DE", sender_language="de") == "de"
    assert language_of(C(), None, sender_country="GB", sender_language="en") == "en"
    assert language_of(C(language="fr"), A(country="DE")) == "de"


def test_a_german_run_never_falls_back_to_english():
    """A Genevan whose language is French, a Parisian, a household in Geneva: all in
    German on a German run; an English run writes English where the contact or the
    country does not say otherwise."""
    geneva = A(street="Rue du Rhône 12", postal_code="1204", city="Genève", country="CH")
    aebischer = C(given_name="Claire", family_name="Aebischer", gender="f", language="fr",
                  addresses=[geneva])
    assert language_of(aebischer, geneva, sender_language="de") == "de"
    paris = A(street="Rue de Rivoli 1", postal_code="75001", city="Paris", country="FR")
    assert language_of(C(language="fr"), paris, sender_language="de") == "de"
    assert language_of(C(language="fr"), paris, sender_language="en") == "en"
    assert language_of(C(language="de-CH"), paris, sender_language="en") == "de"
    family = [C(given_name=g, family_name="Bärtschi", gender=s, language="fr",
                addresses=[geneva]) for g, s in (("Luc", "m"), ("Anne", "f"), ("Zoé", "f"))]
    language = envelope_language(family, geneva, sender_language="de")
    assert language == "de"
    assert addressee_lines(family, language) == ["Familie Bärtschi"]


def test_only_doctor_and_professor_titles_go_into_a_salutation():
    c = C(prefix="Prof. Dr. med.", given_name="Eva", family_name="Roth", gender="f")
    assert salutation(c, "de") == "Sehr geehrte Frau Prof. Dr. Roth"
    ing = C(prefix="Dipl.-Ing.", given_name="Moritz", family_name="Köhler", gender="m")
    assert salutation(ing, "de") == "Sehr geehrter Herr Köhler"
    assert addressee_lines([ing], "de") == ["Herrn Dipl.-Ing. Moritz Köhler"]
    assert salutation(C(prefix="Dr.-Ing.", family_name="Wolf", gender="m"), "de") == \
        "Sehr geehrter Herr Dr. Wolf"
    assert salutation(C(prefix="Mag.", family_name="Huber", gender="f"), "de") == \
        "Sehr geehrte Frau Mag. Huber"
