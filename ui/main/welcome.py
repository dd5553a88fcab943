"""What an empty address book opens on: three ways to begin."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeView(QWidget):
    """Signals:
        importRequested(): the user wants to import vCards.
        importCsvRequested(): the user wants to import a CSV file (Outlook, Google, Excel).
        addRequested(): the user wants to add a contact by hand.
        sampleRequested(): the user wants to try Hearth with sample data.
    """
    importRequested = Signal()
    importCsvRequested = Signal()
    addRequested = Signal()
    sampleRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(self.tr("Welcome to Hearth"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr("Your address book is empty. Bring in the contacts you have, "
                              "start typing them in, or look around with sample data first."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(480)  # a wrapped label in a centred layout needs a width
        text.setMinimumHeight(text.heightForWidth(480))
        layout.addWidget(title)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(18)
        self.import_button = QPushButton(self.tr("Import vCards…"))
        self.import_csv_button = QPushButton(self.tr("Import from Outlook, Excel or CSV…"))
        self.add_button = QPushButton(self.tr("Add a contact"))
        self.sample_button = QPushButton(self.tr("Try it with sample data"))
        buttons = ((self.import_button, self.importRequested),
                   (self.import_csv_button, self.importCsvRequested),
                   (self.add_button, self.addRequested),
                   (self.sample_button, self.sampleRequested))
        width = max([260] + [b.sizeHint().width() + 24 for b, _ in buttons])  # one width
        for button, signal in buttons:
            button.setMinimumWidth(width)
            button.setMinimumHeight(36)
            button.clicked.connect(signal)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.add_button.setDefault(True)
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.status)
        layout.addStretch(3)
