""""Removed … Undo": a row of a multi-value editor (a phone, an e-mail, an
address) that held data can be brought back after its remove button was
pressed, by keyboard as well as by mouse."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class RemovedRowBar(QWidget):
    """Hidden until a row with data is removed; Undo puts it back where it was."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._restore: Callable[[], None] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        self.hide()

    def offer(self, what: str, restore: Callable[[], None]) -> None:
        """``what`` was removed (shown in quotes); ``restore`` brings it back."""
        self._restore = restore
        self.label.setText(self.tr("Removed “{0}”.").format(what))
        self.show()

    def undo(self) -> None:
        restore, self._restore = self._restore, None
        self.hide()
        if restore is not None:
            restore()

    def forget(self) -> None:
        self._restore = None
        self.hide()
