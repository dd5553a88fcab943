"""The fields of one contact, in sections (name, organisation, reachable at, postal
addresses, relationship, personal, notes): filled from a ContactData and read back.

The form is the scrolling body of the detail pane (ui.contacts.detail_pane),
which owns the photo, the Save and Revert buttons and the unsaved state.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.contacts import phones
from app.contacts import store as contacts
from app.contacts.dates import BadDate, display_date, parse_user_date
from app.contacts.model import (
    ADDRESS_LABELS,
    EMAIL_LABELS,
    ORGANISATION,
    ORIGINS,
    PERSON,
    PHONE_LABELS,
    RELATIONSHIPS,
    URL_LABELS,
    ContactData,
    Email,
    Phone,
    Url,
    chosen_name_after_edit,
)
from app.core.textfold import tag_key
from app.privacy import erase as privacy
from app.storage import settings
from ui.common import formats
from ui.common.messages import TranslatedError, message_for
from ui.contacts.contact_lookup import ContactLookupEdit
from ui.contacts.multi_value import AddressListEditor, ValueListEditor

# Marked for lupdate here, translated where shown (self.tr(name)).
LANGUAGES = (("", QT_TRANSLATE_NOOP("ContactForm", "(from the country)")),
             ("de", QT_TRANSLATE_NOOP("ContactForm", "German")),
             ("en", QT_TRANSLATE_NOOP("ContactForm", "English")),
             ("fr", QT_TRANSLATE_NOOP("ContactForm", "French")),
             ("it", QT_TRANSLATE_NOOP("ContactForm", "Italian")),
             ("es", QT_TRANSLATE_NOOP("ContactForm", "Spanish")),
             ("nl", QT_TRANSLATE_NOOP("ContactForm", "Dutch")))
CARDS_EVERY_YEAR, CARDS_WHEN_CHOSEN, CARDS_NEVER = "every year", "when chosen", "never"


class ContactForm(QWidget):
    """Signals:
        changed(): the user edited a field (also emitted while filling: the pane ignores it).
    """
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._referred_by_id: int | None = None
        self._build()

    # --- building -----------------------------------------------------------
    def _edited(self, *args) -> None:
        self.changed.emit()

    def _line(self, placeholder: str = "") -> QLineEdit:
        e = QLineEdit()
        e.setPlaceholderText(placeholder)
        e.textEdited.connect(self._edited)
        return e

    def _combo(self, items) -> QComboBox:
        c = QComboBox()
        for value, text in items:
            c.addItem(text, value)
        c.currentIndexChanged.connect(self._edited)
        return c

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 12, 12)

        # Name
        self.kind = self._combo([(PERSON, self.tr("Person")),
                                 (ORGANISATION, self.tr("Organisation"))])
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.prefix = self._line(self.tr("Dr., Prof."))
        self.given_name = self._line()
        self.additional_names = self._line()
        self.family_name = self._line()
        self.suffix = self._line(self.tr("Jr., MBA"))
        self.nickname = self._line()
        name_box, self.name_form = self._group(self.tr("Name"))
        self.name_form.addRow(self.tr("Kind"), self.kind)
        self.name_form.addRow(self.tr("Title / prefix"), self.prefix)
        self.name_form.addRow(self.tr("Given name"), self.given_name)
        self.name_form.addRow(self.tr("Middle names"), self.additional_names)
        self.name_form.addRow(self.tr("Family name"), self.family_name)
        self.name_form.addRow(self.tr("Suffix"), self.suffix)
        self.name_form.addRow(self.tr("Nickname"), self.nickname)

        # Work
        self.organisation = self._line()
        self.department = self._line()
        self.job_title = self._line()
        self.role = self._line()
        work_box, work_form = self._group(self.tr("Organisation"))
        work_form.addRow(self.tr("Organisation"), self.organisation)
        work_form.addRow(self.tr("Department"), self.department)
        work_form.addRow(self.tr("Job title"), self.job_title)
        work_form.addRow(self.tr("Role"), self.role)

        # Reachable at
        self.phones = ValueListEditor(PHONE_LABELS, self.tr("Add phone"),
                                      self.tr("+49 30 1234567"), kind="phone")
        self.emails = ValueListEditor(EMAIL_LABELS, self.tr("Add e-mail"),
                                      self.tr("name@example.com"))
        self.urls = ValueListEditor(URL_LABELS, self.tr("Add web address"),
                                    self.tr("https://example.com"))
        self.addresses = AddressListEditor(ADDRESS_LABELS)
        for editor in (self.phones, self.emails, self.urls, self.addresses):
            editor.changed.connect(self._edited)
            editor.rowsChanged.connect(self._fix_tab_order)
        reach_box, reach_form = self._group(self.tr("Phones, e-mail and web"))
        reach_form.addRow(self.tr("Phones"), self.phones)
        reach_form.addRow(self.tr("E-mail"), self.emails)
        reach_form.addRow(self.tr("Web"), self.urls)
        addr_box, addr_form = self._group(self.tr("Postal addresses"))
        addr_form.addRow(self.addresses)

        # Relationship
        self.relationship = self._combo([(r, self._relationship_text(r)) for r in RELATIONSHIPS])
        self.origin = self._combo([(o, self._origin_text(o)) for o in ORIGINS])
        self.referred_by = ContactLookupEdit(self.tr("Type a name"))
        self.referred_by.textEdited.connect(self._edited)
        self.referred_by.cleared.connect(self._referred_by_cleared)
        self.referred_by.picked.connect(self._referred_by_chosen)
        self.tags = self._line(self.tr("Comma-separated, e.g. Customer, Trade fair 2026"))
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 3650)
        self.cadence.setSpecialValueText(self.tr("none"))
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.valueChanged.connect(self._edited)
        # One choice, three answers: the yearly-card flag and the "no cards" opt-out.
        self.cards_choice = self._combo([
            (CARDS_EVERY_YEAR, self.tr("Every year")),
            (CARDS_WHEN_CHOSEN, self.tr("Only when picked for a run")),
            (CARDS_NEVER, self.tr("Never (not added to runs automatically)"))])
        rel_box, rel_form = self._group(self.tr("Relationship"))
        rel_form.addRow(self.tr("Relationship"), self.relationship)
        rel_form.addRow(self.tr("How we met"), self.origin)
        rel_form.addRow(self.tr("Referred by"), self.referred_by)
        self.first_contact = self._line(formats.date(dt.date(2019, 4, 23)))
        rel_form.addRow(self.tr("First contact"), self.first_contact)
        rel_form.addRow(self.tr("Tags"), self.tags)
        rel_form.addRow(self.tr("Keep in touch every"), self.cadence)
        rel_form.addRow(self.tr("Greeting cards"), self.cards_choice)

        # Personal
        self.birthday = self._line(self.tr("{0}, or {1} without a year").format(
            formats.date(dt.date(1980, 4, 23)), display_date("--04-23")))
        self.anniversary = self._line(formats.date(dt.date(2010, 4, 23)))
        self.language = self._combo([(code, self.tr(name)) for code, name in LANGUAGES])
        self.gender = self._combo([("", self.tr("(not set)")), ("f", self.tr("female")),
                                   ("m", self.tr("male"))])
        self.formal = QCheckBox(self.tr("Formal address (Sie / Mr, Ms)"))
        self.formal.toggled.connect(self._edited)
        self.salutation = self._line(self.tr("Derived from the name unless set here"))
        personal_box, personal_form = self._group(self.tr("Personal"))
        personal_form.addRow(self.tr("Birthday"), self.birthday)
        personal_form.addRow(self.tr("Anniversary"), self.anniversary)
        personal_form.addRow(self.tr("Language"), self.language)
        personal_form.addRow(self.tr("Gender"), self.gender)
        personal_form.addRow(self.tr("Form of address"), self.formal)
        personal_form.addRow(self.tr("Letter salutation"), self.salutation)

        # Notes
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Personal facts, preferences, anything worth "
                                              "remembering"))
        self.notes.setMinimumHeight(90)
        self.notes.textChanged.connect(self._edited)
        notes_box, notes_form = self._group(self.tr("Notes"))
        notes_form.addRow(self.notes)

        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet("color: palette(mid); font-size: small;")
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        for box in (name_box, work_box, reach_box, addr_box, rel_box, personal_box, notes_box):
            layout.addWidget(box)
        layout.addWidget(self.meta)
        layout.addStretch(1)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        """Tab follows reading order, rows added later included (Qt would put a
        widget added after the form was built at the end of the window's chain)."""
        chain = [self.kind, self.prefix, self.given_name, self.additional_names,
                 self.family_name, self.suffix, self.nickname, self.organisation,
                 self.department, self.job_title, self.role, *self.phones.focus_widgets(),
                 *self.emails.focus_widgets(), *self.urls.focus_widgets(),
                 *self.addresses.focus_widgets(), self.relationship, self.origin,
                 self.referred_by, self.first_contact, self.tags, self.cadence,
                 self.cards_choice, self.birthday, self.anniversary, self.language,
                 self.gender, self.formal, self.salutation, self.notes]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        return box, form

    def _relationship_text(self, r: str) -> str:
        return {"": self.tr("(not set)"), "customer": self.tr("customer"),
                "prospect": self.tr("prospect"), "partner": self.tr("partner"),
                "supplier": self.tr("supplier"), "private": self.tr("private")}.get(r, r)

    def _origin_text(self, o: str) -> str:
        return {"": self.tr("(not set)"), "trade fair": self.tr("trade fair"),
                "referral": self.tr("referral"), "mailing": self.tr("mailing"),
                "website": self.tr("website"), "event": self.tr("event"),
                "cold list": self.tr("cold list"), "other": self.tr("other")}.get(o, o)


    # --- filling ------------------------------------------------------------
    def fill(self, c: ContactData) -> None:
        region = settings.get("phone_region") or "DE"
        # National numbers are read in the contact's own country, as app/ stores
        # them: "(212) 555-0142" of a New Yorker must not become +49 212 5550142.
        self.phones.set_region(phones.region_for((a.country for a in c.addresses), region))
        self.phones.set_private(c.relationship == "private")  # landline: home, not work
        self.addresses.set_default_country(region)
        self.kind.setCurrentIndex(max(self.kind.findData(c.kind), 0))
        for name in ("prefix", "given_name", "additional_names", "family_name", "suffix",
                     "nickname", "organisation", "department", "job_title", "role",
                     "salutation"):
            getattr(self, name).setText(getattr(c, name))
        self.phones.set_values([(p.number, p.label) for p in c.phones])
        self.emails.set_values([(e.address, e.label) for e in c.emails])
        self.urls.set_values([(u.url, u.label) for u in c.urls])
        self.addresses.set_addresses(c.addresses)
        self._set_combo(self.relationship, c.relationship)
        self._set_combo(self.origin, c.origin)
        self._set_combo(self.language, c.language)
        self._set_combo(self.gender, c.gender)
        self.formal.setChecked(c.formal)
        self._set_combo(self.cards_choice, CARDS_NEVER if c.no_cards else
                        CARDS_EVERY_YEAR if c.yearly_card else CARDS_WHEN_CHOSEN)
        self.cadence.setValue(c.cadence_days or 0)
        self.tags.setText(", ".join(c.tags))
        self.birthday.setText(display_date(c.birthday))
        self.first_contact.setText(display_date(c.first_contact))
        self.anniversary.setText(display_date(c.anniversary))
        self.notes.setPlainText(c.notes)
        self._referred_by_id = c.referred_by_id
        self.referred_by.exclude = {c.id} if c.id else set()  # nobody refers themselves
        referrer = ""
        if c.referred_by_id:
            rows = contacts.list_rows([c.referred_by_id])
            if c.referred_by_id in rows:
                referrer = rows[c.referred_by_id].display_name
        self.referred_by.setText(referrer)
        # An erased referrer leaves no id; the field says so until a new one is typed.
        erased = bool(c.id) and not c.referred_by_id and privacy.referrer_erased(c.id)
        self.referred_by.setPlaceholderText(self.tr("an erased contact") if erased
                                            else self.tr("Type a name"))
        self._kind_changed()
        if c.id:
            self.meta.setText(self.tr("Created {0} · updated {1} · UID {2}").format(
                c.created_at[:10], c.updated_at[:10], c.uid))
        else:
            self.meta.setText("")

    @staticmethod
    def _set_combo(combo: QComboBox, value: str) -> None:
        idx = combo.findData(value)
        if idx < 0:
            combo.addItem(value, value)
            idx = combo.count() - 1
        combo.setCurrentIndex(idx)

    def _kind_changed(self, *args) -> None:
        person = self.kind.currentData() == PERSON
        for w in (self.prefix, self.given_name, self.additional_names, self.family_name,
                  self.suffix):
            self.name_form.setRowVisible(w, person)
        self.job_title.setEnabled(person)
        self.gender.setEnabled(person)
        self.addresses.default_label = "home" if person else "work"

    def initials(self) -> str:
        """What the photo's place shows when there is no photo."""
        return "".join(w[:1] for w in (self.given_name.text(), self.family_name.text())
                       if w) or self.organisation.text()[:1]

    def _referred_by_cleared(self) -> None:
        self._referred_by_id = None

    def _referred_by_chosen(self, contact_id: int) -> None:
        self._referred_by_id = contact_id
        self._edited()

    # --- reading ------------------------------------------------------------
    def contact(self, base: ContactData, photo: bytes | None, photo_mime: str) -> ContactData:
        """``base`` with the edited fields and this photo; raises ValueError with a
        message for bad input."""
        try:
            birthday = parse_user_date(self.birthday.text())
        except BadDate as exc:
            raise TranslatedError(self.tr("Birthday: {0}").format(message_for(exc))) from None
        try:
            anniversary = parse_user_date(self.anniversary.text())
        except BadDate as exc:
            raise TranslatedError(self.tr("Anniversary: {0}").format(message_for(exc))) from None
        try:
            first_contact = parse_user_date(self.first_contact.text())
        except BadDate as exc:
            raise TranslatedError(self.tr("First contact: {0}").format(message_for(exc))) from None
        if first_contact.startswith("--"):
            raise TranslatedError(self.tr("First contact: give the year too"))
        referred = self._referred_by_id if self.referred_by.text().strip() else None
        tags = []
        for t in self.tags.text().split(","):
            if t.strip() and tag_key(t) not in {tag_key(x) for x in tags}:
                tags.append(t.strip())
        c = ContactData(
            id=base.id, version=base.version, uid=base.uid, created_at=base.created_at,
            updated_at=base.updated_at,
            trashed_at=base.trashed_at, extra_vcard=list(base.extra_vcard),
            kind=self.kind.currentData(),
            prefix=self.prefix.text().strip(), given_name=self.given_name.text().strip(),
            additional_names=self.additional_names.text().strip(),
            family_name=self.family_name.text().strip(), suffix=self.suffix.text().strip(),
            nickname=self.nickname.text().strip(),
            organisation=self.organisation.text().strip(),
            department=self.department.text().strip(), job_title=self.job_title.text().strip(),
            role=self.role.text().strip(),
            phones=[Phone(v, label) for v, label in self.phones.values()],
            emails=[Email(v, label) for v, label in self.emails.values()],
            urls=[Url(v, label) for v, label in self.urls.values()],
            addresses=self.addresses.addresses(),
            birthday=birthday, anniversary=anniversary,
            photo=photo, photo_mime=photo_mime,
            notes=self.notes.toPlainText().strip(), tags=tags,
            origin=self.origin.currentData(), referred_by_id=referred,
            first_contact=first_contact,
            relationship=self.relationship.currentData(),
            salutation=self.salutation.text().strip(), formal=self.formal.isChecked(),
            gender=self.gender.currentData(), language=self.language.currentData(),
            cadence_days=self.cadence.value() or None,
            yearly_card=self.cards_choice.currentData() == CARDS_EVERY_YEAR,
            no_cards=self.cards_choice.currentData() == CARDS_NEVER,
        )
        if c.kind == ORGANISATION and not c.organisation:
            raise TranslatedError(self.tr("An organisation needs a name."))
        c.formatted_name = chosen_name_after_edit(base, c)  # a vCard's FN, until names change
        return c
