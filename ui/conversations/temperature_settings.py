"""Temperature settings: half-life, channel weights, band thresholds (stored in the database)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from app.contacts import store as contacts
from app.conversations import temperature as t
from app.conversations import warmth
from app.core.textfold import tag_key
from ui.common.messages import message_for
from ui.conversations.log_dialog import channel_names
from ui.conversations.temperature_look import band_name


class TemperatureSettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Temperature settings"))
        current = warmth.load_settings()
        self.half_life = QSpinBox()
        self.half_life.setRange(1, 3650)
        self.half_life.setSuffix(self.tr(" days"))
        self.half_life.setValue(int(current.half_life_days))
        self.half_life.setToolTip(self.tr("After this many days a conversation counts half"))
        self.hot_window = QSpinBox()
        self.hot_window.setRange(1, 365)
        self.hot_window.setSuffix(self.tr(" days"))
        self.hot_window.setValue(current.hot_window_days)
        general = QFormLayout()
        general.addRow(self.tr("Half-life"), self.half_life)
        general.addRow(self.tr("Two conversations within … make hot"), self.hot_window)

        self.weights: dict[str, QDoubleSpinBox] = {}
        weights_box = QGroupBox(self.tr("What a conversation adds"))
        weights_form = QFormLayout(weights_box)
        for channel, text in channel_names(self).items():
            if channel == t.NOTE:
                continue  # a note to self is never contact
            spin = QDoubleSpinBox()
            spin.setRange(0, 10)
            spin.setSingleStep(0.1)
            spin.setDecimals(1)
            spin.setValue(current.weight(channel))
            self.weights[channel] = spin
            weights_form.addRow(text, spin)

        self.thresholds: dict[str, QSpinBox] = {}
        bands_box = QGroupBox(self.tr("Bands (score from 0 to 100)"))
        bands_form = QFormLayout(bands_box)
        for band in (t.HOT, t.WARM, t.COOL):
            spin = QSpinBox()
            spin.setRange(1, 100)
            spin.setPrefix(self.tr("from "))
            spin.setValue(current.thresholds[band])
            self.thresholds[band] = spin
            bands_form.addRow(band_name(band), spin)

        # Keep-in-touch default per tag: a contact without its own cadence
        # takes the shortest of its tags'.
        cadence_box = QGroupBox(self.tr("Keep in touch, by tag (days; 0 = no default)"))
        self.cadence_model = QStandardItemModel(0, 2, self)
        self.cadence_model.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Every … days")])
        known = {tag_key(k): v for k, v in warmth.tag_cadences().items()}
        self._cadences_before: dict[str, int] = {}
        for tag in contacts.all_tags():
            name = QStandardItem(tag)
            name.setEditable(False)
            days = QStandardItem()
            days.setData(known.get(tag_key(tag), 0), Qt.ItemDataRole.EditRole)
            self._cadences_before[tag] = known.get(tag_key(tag), 0)
            self.cadence_model.appendRow([name, days])
        self.cadence_view = QTableView()
        self.cadence_view.setModel(self.cadence_model)
        self.cadence_view.verticalHeader().hide()
        self.cadence_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        cadence_layout = QVBoxLayout(cadence_box)
        cadence_layout.addWidget(self.cadence_view)

        columns = QHBoxLayout()
        columns.addWidget(weights_box)
        columns.addWidget(bands_box)
        columns.addWidget(cadence_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addLayout(columns)
        layout.addWidget(buttons)

    def settings(self) -> t.Settings:
        return t.Settings(
            half_life_days=float(self.half_life.value()),
            weights={**t.DEFAULT_WEIGHTS, **{ch: s.value() for ch, s in self.weights.items()}},
            thresholds={b: s.value() for b, s in self.thresholds.items()},
            hot_window_days=self.hot_window.value())

    def restore_defaults(self) -> None:
        d = t.Settings()
        self.half_life.setValue(int(d.half_life_days))
        self.hot_window.setValue(d.hot_window_days)
        for ch, spin in self.weights.items():
            spin.setValue(d.weight(ch))
        for b, spin in self.thresholds.items():
            spin.setValue(d.thresholds[b])

    def accept(self) -> None:
        new = self.settings()
        problems = new.problems()
        if problems:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(map(message_for, problems)))
            return
        self.save_tag_cadences()
        super().accept()

    def tag_cadences(self) -> dict[str, int]:
        return {self.cadence_model.item(r, 0).text():
                int(self.cadence_model.item(r, 1).data(Qt.ItemDataRole.EditRole) or 0)
                for r in range(self.cadence_model.rowCount())}

    def save_tag_cadences(self) -> None:
        for tag, days in self.tag_cadences().items():
            if days != self._cadences_before.get(tag, 0):
                warmth.set_tag_cadence(tag, max(0, days) or None)
