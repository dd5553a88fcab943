"""Temperature settings: half-life, channel weights, band thresholds (stored in the database)."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QMessageBox, QSpinBox, QVBoxLayout)

from app import temperature as t
from app import warmth
from ui.log_dialog import channel_names
from ui.temperature_look import band_name


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

        columns = QHBoxLayout()
        columns.addWidget(weights_box)
        columns.addWidget(bands_box)
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
            QMessageBox.warning(self, self.windowTitle(), "\n".join(problems))
            return
        super().accept()
