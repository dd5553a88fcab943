"""Edit > Preferences: settings stored in the address book itself, and the
interface language (this computer's, in QSettings)."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from app.storage import settings
from ui.contacts.countries import countries
from ui.main.language import LANGUAGE_SETTING, chosen_language


class PreferencesDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.region = QComboBox()
        for code, name in countries():
            self.region.addItem(f"{name} (+{_calling_code(code)})" if _calling_code(code)
                                else name, code)
        current = self.region.findData(settings.get("phone_region") or "DE")
        self.region.setCurrentIndex(max(current, 0))
        self.region.setAccessibleName(self.tr("Home country for phone numbers"))
        form.addRow(self.tr("Home country for phone numbers"), self.region)
        hint = QLabel(self.tr("Numbers typed without a country code are read as numbers of "
                              "the contact's own country (from the address), else of this "
                              "one."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.language = QComboBox()
        # Each language in its own words, so a user who cannot read the
        # current one still finds theirs.
        self.language.addItem(self.tr("System"), "")
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(chosen_language()), 0))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("Language"), self.language)
        restart = QLabel(self.tr("A new language applies when Hearth is started again."))
        restart.setWordWrap(True)
        form.addRow(restart)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        settings.put("phone_region", self.region.currentData())
        QSettings().setValue(LANGUAGE_SETTING, self.language.currentData())
        super().accept()


def _calling_code(region: str) -> int:
    import phonenumbers

    return phonenumbers.country_code_for_region(region)
