"""The new-run wizard: occasion and year, where the recipients come from, the sender."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.cards import recipients
from app.cards import runs as cards
from app.contacts import store as contacts
from app.core import clock
from app.storage.errors import DatabaseProblem
from ui.common.messages import message_for


class SenderForm(QWidget):
    """Name and address of the sender, for envelopes and the country line's language."""

    def __init__(self, sender: cards.Sender, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.name = QLineEdit(sender.name)
        self.street = QLineEdit(sender.street)
        self.postal_code = QLineEdit(sender.postal_code)
        self.postal_code.setMaximumWidth(100)
        self.city = QLineEdit(sender.city)
        self.country = QLineEdit(sender.country)
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(50)
        self.country.setToolTip(self.tr("Two-letter country code, e.g. DE: addresses in this "
                                        "country get no country line"))
        self.language = QComboBox()
        self.language.addItem(self.tr("German"), "de")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(sender.language)))
        place = QHBoxLayout()
        place.addWidget(self.postal_code)
        place.addWidget(self.city, 1)
        form.addRow(self.tr("Sender &name:"), self.name)
        form.addRow(self.tr("&Street:"), self.street)
        place_label = QLabel(self.tr("Postal code, &town:"))
        place_label.setBuddy(self.city)  # a row of a layout has no buddy: "&" would show
        form.addRow(place_label, place)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&Language:"), self.language)

    def sender(self) -> cards.Sender:
        return cards.Sender(self.name.text().strip(), self.street.text().strip(),
                            self.postal_code.text().strip(), self.city.text().strip(),
                            (self.country.text().strip() or "DE").upper(),
                            self.language.currentData())


class OccasionPage(QWizardPage):
    def __init__(self, today: dt.date, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Which mailing?"))
        self.setSubTitle(self.tr("A run is one mailing: an occasion in a year."))
        form = QFormLayout(self)
        self.occasion = QComboBox()
        self.occasion.setEditable(True)
        for name, label in ((cards.CHRISTMAS, self.tr("Christmas")),
                            (cards.NEW_YEAR, self.tr("New Year")),
                            (cards.EASTER, self.tr("Easter"))):
            self.occasion.addItem(label, name)
        self.occasion.setToolTip(self.tr("Choose one, or type your own occasion"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2999)
        self.year.setValue(today.year)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("optional, e.g. Christmas 2026 customers"))
        self.occasion.editTextChanged.connect(self.completeChanged)
        form.addRow(self.tr("&Occasion:"), self.occasion)
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow(self.tr("&Title:"), self.title)

    def occasion_value(self) -> str:
        text = self.occasion.currentText().strip()
        index = self.occasion.findText(text)
        return self.occasion.itemData(index) if index >= 0 else text

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.occasion.currentText().strip())


class SourcesPage(QWizardPage):
    """Where the recipients come from: the sources add up."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Who gets a card?"))
        self.setSubTitle(self.tr("Choose any number of sources; they add up. Contacts marked "
                                 "“no cards” and contacts in the trash are left out. You can "
                                 "add and remove recipients by hand afterwards."))
        layout = QVBoxLayout(self)
        self.from_run = QCheckBox(self.tr("Copy the recipients of an earlier &run:"))
        self.run_combo = QComboBox()
        runs = cards.list_runs()
        for r in runs:
            self.run_combo.addItem(self.tr("{0} ({1} recipients)").format(
                r.shown_name(), r.recipients), r.id)
        self.from_run.setEnabled(bool(runs))
        self.from_run.setChecked(bool(runs))
        self.run_combo.setEnabled(bool(runs))
        row = QHBoxLayout()
        row.addWidget(self.from_run)
        row.addWidget(self.run_combo, 1)
        layout.addLayout(row)
        self.flagged = QCheckBox(self.tr("Contacts with the &yearly-card flag"))
        self.flagged.setChecked(True)
        layout.addWidget(self.flagged)
        self.use_tag = QCheckBox(self.tr("Contacts with the &tag:"))
        self.tag = QComboBox()
        self.tag.addItems(contacts.all_tags())
        self.use_tag.setEnabled(self.tag.count() > 0)
        row = QHBoxLayout()
        row.addWidget(self.use_tag)
        row.addWidget(self.tag, 1)
        layout.addLayout(row)
        self.use_search = QCheckBox(self.tr("Contacts matching the &search:"))
        self.search = QLineEdit()
        self.search.textEdited.connect(lambda t: self.use_search.setChecked(bool(t.strip())))
        row = QHBoxLayout()
        row.addWidget(self.use_search)
        row.addWidget(self.search, 1)
        layout.addLayout(row)
        self.use_bands = QCheckBox(self.tr("Contacts who are &warm or hot now"))
        layout.addWidget(self.use_bands)
        self.count = QLabel()
        layout.addStretch(1)
        layout.addWidget(self.count)
        for box in (self.from_run, self.flagged, self.use_tag, self.use_search, self.use_bands):
            box.toggled.connect(self._update_count)
        self.tag.currentIndexChanged.connect(self._update_count)
        self.run_combo.currentIndexChanged.connect(self._update_count)
        self.search.textChanged.connect(self._update_count)

    def choices(self) -> dict:
        return {
            "from_run": self.run_combo.currentData() if self.from_run.isChecked() else None,
            "flagged": self.flagged.isChecked(),
            "tag": self.tag.currentText() if self.use_tag.isChecked() else "",
            "search": self.search.text().strip() if self.use_search.isChecked() else "",
            "bands": ("warm", "hot") if self.use_bands.isChecked() else (),
        }

    def _update_count(self) -> None:
        """How many different contacts the chosen sources give, before "no cards"."""
        c = self.choices()
        ids: set[int] = set()
        if c["from_run"] is not None:
            ids |= set(recipients.ids_from_run(c["from_run"]))
        if c["flagged"]:
            ids |= set(recipients.ids_flagged())
        if c["tag"]:
            ids |= set(recipients.ids_by_tag(c["tag"]))
        if c["search"]:
            ids |= set(recipients.ids_by_search(c["search"]))
        if c["bands"]:
            try:
                ids |= set(recipients.ids_by_temperature(c["bands"], clock.local_now()))
            except Exception:  # noqa: BLE001 - temperature not available: the count says so
                self.count.setText(self.tr("Temperatures are not available yet."))
                return
        ids -= recipients.no_cards_ids()
        self.count.setText(self.tr("About %n recipient(s) from these sources.", "", len(ids)))

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._update_count()


class SenderPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Who sends the cards?"))
        self.setSubTitle(self.tr("The sender line goes above the address on envelopes; the "
                                 "country decides which addresses are abroad."))
        layout = QVBoxLayout(self)
        self.form = SenderForm(cards.default_sender())
        layout.addWidget(self.form)


class NewRunWizard(QWizard):
    """Creates the run on Finish; ``run_id`` holds it afterwards."""

    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Card Run"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.run_id: int | None = None
        self.added = 0
        self.occasion_page = OccasionPage(today or clock.today())
        self.sources_page = SourcesPage()
        self.sender_page = SenderPage()
        for page in (self.occasion_page, self.sources_page, self.sender_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create Run"))
        self.resize(620, 460)

    def accept(self) -> None:
        o = self.occasion_page
        try:
            self.run_id, self.added = recipients.new_run(
                o.year.value(), o.occasion_value(), title=o.title.text().strip(),
                sender=self.sender_page.form.sender(), **self.sources_page.choices())
        except (cards.CardProblem, DatabaseProblem) as exc:
            QMessageBox.warning(self, self.windowTitle(), message_for(exc))
            return
        super().accept()
