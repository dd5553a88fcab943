"""Exporting a card run as CSV for a mail merge: the delimiter, then the file."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
)

from app.cards import runs as cards
from app.cards.csv_export import write_csv
from app.cards.envelopes import Envelope, with_address
from app.core.i18n import current_language
from ui.common import file_dialogs
from ui.common.messages import message_for
from ui.common.saved_file import tell_saved


class CsvExportDialog(QDialog):
    def __init__(self, run: cards.Run, envelopes: list[Envelope], parent=None):
        super().__init__(parent)
        self.run = run
        self.envelopes = envelopes
        self.written: str | None = None
        self.setWindowTitle(self.tr("Export CSV for Mail Merge"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "One row per envelope: addressee, every address line, postal code, town, country, "
            "salutation and the members' names. UTF-8 with a byte-order mark, so Excel and "
            "LibreOffice show umlauts; cells that would start a formula are made harmless."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.delimiter = QComboBox()
        self.delimiter.addItem(self.tr("Semicolon ( ; ) — Excel in Germany"), ";")
        self.delimiter.addItem(self.tr("Comma ( , ) — Excel in English"), ",")
        self.delimiter.addItem(self.tr("Tab"), "\t")
        form.addRow(self.tr("&Delimiter:"), self.delimiter)
        self.columns = QComboBox()  # the column names: the interface's language or the other
        self.columns.addItem(self.tr("German"), "de")
        self.columns.addItem(self.tr("English"), "en")
        self.columns.setCurrentIndex(max(self.columns.findData(current_language()), 0))
        form.addRow(self.tr("Column &names:"), self.columns)
        layout.addLayout(form)
        # A row without an address would print a blank envelope: such rows are left out.
        rows = with_address(envelopes)
        self.count = QLabel(self.tr("%n envelope(s)", "", len(rows)))
        layout.addWidget(self.count)
        self.left_out = QLabel(self.tr(
            "%n envelope(s) left out: no postal address (see the run's Problems).", "",
            len(envelopes) - len(rows)))
        self.left_out.setWordWrap(True)
        self.left_out.setVisible(len(rows) < len(envelopes))
        layout.addWidget(self.left_out)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Export…"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def export(self, path: str | None = None) -> None:
        if not path:
            path = file_dialogs.save_file(self, self.windowTitle(), f"{self.run.shown_name()}.csv",
                                          self.tr("CSV files (*.csv)"), kind="csv")
        if not path:
            return
        try:
            write_csv(self.envelopes, path, delimiter=self.delimiter.currentData(),
                      sender_language=self.run.sender.language,
                      language=self.columns.currentData())
        except OSError as exc:
            QMessageBox.critical(self, self.windowTitle(),
                                 self.tr("The file {0} could not be written: {1}").format(
                                     path, message_for(exc)))
            return
        self.written = path
        self.saved_box = tell_saved(self.parentWidget(), path)
        self.accept()
